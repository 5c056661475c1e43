import { describe, expect, it } from 'vitest';
import { draftFromText, locate } from './draft';
import { draftFromHtml, draftFromHtmlDocument } from './html-tree';

describe('draftFromHtml', () => {
  it('builds blocks, title, images with captions, links and source offsets', () => {
    const html =
      '<h2>标题二</h2><p>第一段 <b>加粗</b> 文字</p><figure><img src="/map.png" alt="区位图"><figcaption>图为区位示意图</figcaption></figure>' +
      '<p>见<a href="https://www.yn.gov.cn">云南省人民政府网</a>。</p><ul><li>甲</li><li>乙</li></ul>';
    const d = draftFromHtml(html, { title: '通知' });
    expect(d.text).toBe('通知\n标题二\n第一段 加粗 文字\n图为区位示意图\n见云南省人民政府网。\n甲\n乙');
    expect(d.blocks.map((b) => b.kind)).toEqual(['title', 'heading', 'paragraph', 'caption', 'paragraph', 'list-item', 'list-item']);
    expect(d.images).toHaveLength(1);
    expect(d.images[0]).toMatchObject({ src: '/map.png', alt: '区位图', caption: '图为区位示意图' });
    expect(d.text.slice(...d.images[0].captionRange!)).toBe('图为区位示意图');
    expect(d.links).toEqual([
      { href: 'https://www.yn.gov.cn', text: '云南省人民政府网', start: d.text.indexOf('云南省'), end: d.text.indexOf('。') },
    ]);
    // Every body character maps back to the same character in the HTML source.
    for (let i = d.title.length + 1; i < d.text.length; i++) {
      if (d.text[i] === '\n') continue;
      const at = locate(d, i);
      expect(at, `offset ${i}`).toBeDefined();
      expect(html[at!.offset]).toBe(d.text[i]);
    }
  });

  it('records where a cell stands in its table: table, row and column (colspan counted), paragraphs inside included', () => {
    const html =
      '<p>前言</p><table><tr><th colspan="2">姓名与村组</th><th>金额</th></tr><tr><td>李四</td><td><p>大坪村</p></td><td>500元</td></tr></table>' +
      '<table><tr><td>姓名</td><td>王五</td></tr></table><p>结尾</p>';
    const d = draftFromHtml(html);
    const cells = d.blocks.map((b) => [d.text.slice(b.start, b.end), b.kind, b.cell]);
    expect(cells).toEqual([
      ['前言', 'paragraph', undefined],
      ['姓名与村组', 'cell', { table: 0, row: 0, column: 0 }],
      ['金额', 'cell', { table: 0, row: 0, column: 2 }],
      ['李四', 'cell', { table: 0, row: 1, column: 0 }],
      ['大坪村', 'cell', { table: 0, row: 1, column: 1 }],
      ['500元', 'cell', { table: 0, row: 1, column: 2 }],
      ['姓名', 'cell', { table: 1, row: 0, column: 0 }],
      ['王五', 'cell', { table: 1, row: 0, column: 1 }],
      ['结尾', 'paragraph', undefined],
    ]);
  });

  it('maps decoded character references to their source', () => {
    const html = '<p>A&amp;B&nbsp;电话&#x31;38</p>';
    const d = draftFromHtml(html);
    expect(d.text).toBe('A&B\u00a0电话138');
    expect(locate(d, d.text.indexOf('电'))!.offset).toBe(html.indexOf('电'));
    expect(locate(d, d.text.indexOf('38'))!.offset).toBe(html.indexOf('38'));
  });

  it('survives malformed HTML without losing text', () => {
    const d = draftFromHtml('<p>未闭合<b>加粗<p>第二段</div></span>结尾');
    expect(d.text).toContain('未闭合加粗');
    expect(d.text).toContain('第二段');
    expect(d.text).toContain('结尾');
  });

  it('ignores scripts, styles and whitespace between blocks; treats <br> as a line break', () => {
    const d = draftFromHtml('<div>\n  <p>一</p>\n  <script>var x = "13800138000"</script><style>p{}</style>\n  <p>二<br>三</p>\n</div>');
    expect(d.text).toBe('一\n二\n三');
  });

  it('reads a whole document: <title> as the title, <body> as the draft', () => {
    const d = draftFromHtmlDocument('<!doctype html><html><head><title>关于开展检查的通知</title></head><body><p>正文</p></body></html>');
    expect(d.title).toBe('关于开展检查的通知');
    expect(d.text).toBe('关于开展检查的通知\n正文');
  });
});

describe('draftFromText', () => {
  it('makes one block per non-empty line and keeps source offsets, CRLF included', () => {
    const src = '第一行\r\n\r\n第二行 13800138000\n';
    const d = draftFromText(src, { title: '标题' });
    expect(d.text).toBe('标题\n第一行\n第二行 13800138000');
    const i = d.text.indexOf('138');
    expect(locate(d, i)!.offset).toBe(src.indexOf('138'));
  });
});

describe('worst-case markup', () => {
  it.each([
    ['<b>', (depth: number) => `${'<b>'.repeat(depth)}电话13912345678${'</b>'.repeat(depth)}`],
    ['<span>', (depth: number) => `<p>${'<span>'.repeat(depth)}电话13912345678${'</span>'.repeat(depth)}</p>`],
    ['<div> blocks', (depth: number) => `${'<div>'.repeat(depth)}电话13912345678${'</div>'.repeat(depth)}`],
  ])('reads %s nested 50,000 deep without overflowing the stack, offsets intact', (_, build) => {
    const html = build(50_000);
    const d = draftFromHtml(html);
    expect(d.text).toBe('电话13912345678');
    expect(locate(d, 2)!.offset).toBe(html.indexOf('139'));
  });

  it('reads a whole document whose title and body are nested deep', () => {
    const html = `<!doctype html><html><head><title>${'通知'}</title></head><body>${'<i>'.repeat(30_000)}正文${'</i>'.repeat(30_000)}</body></html>`;
    const d = draftFromHtmlDocument(html);
    expect(d.text).toBe('通知\n正文');
  });

  it('gives each of many images its own block and neighbours as context', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>第${i}段</p><img src="${i}.png">`).join('');
    const d = draftFromHtml(html);
    expect(d.images).toHaveLength(300);
    expect(d.images[0].context).toBe('第0段\n第1段');
    expect(d.images[150].context).toBe('第149段\n第150段\n第151段');
    expect(d.images[299].context).toBe('第298段\n第299段');
  });
});
