import { describe, expect, it } from 'vitest';
import { draftFromText } from './draft';
import { draftFromHtml } from './html-tree';
import { canonicalDraft, canonicalString, canonicalText, draftHash } from './canonical';

describe('canonical draft', () => {
  it('is the title, body lines, images, links and unchecked content as typed', () => {
    const draft = draftFromHtml(
      '<p>全县　森林火险等级　三级</p><p></p><p><img src="/a.png" alt="火险图"> 图１ <a href="https://www.yn.gov.cn/">详见</a></p>',
      { title: ' 森林防火通知 ' },
    );
    expect(canonicalDraft(draft)).toEqual({
      title: '森林防火通知',
      body: ['全县 森林火险等级 三级', '图１ 详见'],
      images: [{ src: '/a.png', alt: '火险图', title: '', at: 10 }],
      links: [{ href: 'https://www.yn.gov.cn/', text: '详见', at: 12 }],
      unchecked: [],
    });
  });

  // What an approval binds: one approved draft, then every change a reader could notice.
  const TITLE = '通知';
  const BASE =
    '<p>今日火险等级三级，伤亡120人。</p><p>详见<a href="https://www.yn.gov.cn/a">公告</a>。<img src="map.png" alt="火险分布图"></p>';
  const same: [string, string][] = [
    [
      'other block elements',
      '<div>今日火险等级三级，伤亡120人。</div>\n\n<div>详见<a href="https://www.yn.gov.cn/a">公告</a>。<img src="map.png" alt="火险分布图"></div>',
    ],
    [
      'extra spaces and blank paragraphs',
      '<p>今日火险等级三级，伤亡120人。 </p><p></p><p>  详见<a href="https://www.yn.gov.cn/a">公告</a>。 <img src="map.png" alt="火险分布图"></p>',
    ],
    [
      'inline formatting',
      '<p><b>今日</b>火险等级三级，伤亡<span>120</span>人。</p><p>详见<a href="https://www.yn.gov.cn/a"><i>公告</i></a>。<img src="map.png" alt="火险分布图"></p>',
    ],
  ];
  const changed: [string, string][] = [
    ['a word', BASE.replace('三级', '四级')],
    [
      'order of paragraphs',
      '<p>详见<a href="https://www.yn.gov.cn/a">公告</a>。<img src="map.png" alt="火险分布图"></p><p>今日火险等级三级，伤亡120人。</p>',
    ],
    ['a right-to-left override around 120 (shows 021)', BASE.replace('120', '\u202e120\u202c')],
    ['an isolate around a number', BASE.replace('120', '\u2067120\u2069')],
    ['a zero-width space', BASE.replace('120', '1\u200b20')],
    ['a zero-width joiner', BASE.replace('火险', '火\u200d险')],
    ['a zero-width no-break space', BASE.replace('120', '12\ufeff0')],
    ['a superscript zero (12⁰)', BASE.replace('120', '12⁰')],
    ['a superscript two (1²0)', BASE.replace('120', '1²0')],
    ['a circled digit (③ for 3)', BASE.replace('三级', '③级')],
    ['full-width digits', BASE.replace('120', '１２０')],
    ['a Chinese numeral for digits', BASE.replace('120', '一百二十')],
    ['a link target', BASE.replace('https://www.yn.gov.cn/a', 'https://shop.example.com/a')],
    [
      'a link moved to other words',
      '<p>今日火险等级三级，伤亡120人。</p><p><a href="https://www.yn.gov.cn/a">详见</a>公告。<img src="map.png" alt="火险分布图"></p>',
    ],
    ['an image source', BASE.replace('map.png', 'map2.png')],
    ['an image alt text', BASE.replace('火险分布图', '火险示意图')],
    ['an image title', BASE.replace('<img ', '<img title="审图号GS(2024)0650号" ')],
    [
      'an image moved to another place',
      '<p>今日火险等级三级，<img src="map.png" alt="火险分布图">伤亡120人。</p><p>详见<a href="https://www.yn.gov.cn/a">公告</a>。</p>',
    ],
    ['text inside svg', BASE.replace('</p><p>', '<svg><text>电话13800138000</text></svg></p><p>')],
    ['text inside a button', BASE.replace('</p><p>', '<button>扫码下单</button></p><p>')],
    ['an option of a select', BASE.replace('</p><p>', '<select><option>限时抢购</option></select></p><p>')],
    ['an embedded video', BASE.replace('</p><p>', '<iframe src="https://v.example.com/1"></iframe></p><p>')],
  ];

  it.each(same)('keeps the approval across %s', async (_name, html) => {
    expect(await draftHash(draftFromHtml(html, { title: TITLE }))).toBe(await draftHash(draftFromHtml(BASE, { title: TITLE })));
  });

  it.each(changed)('invalidates the approval after %s', async (_name, html) => {
    expect(html).not.toBe(BASE);
    expect(await draftHash(draftFromHtml(html, { title: TITLE }))).not.toBe(await draftHash(draftFromHtml(BASE, { title: TITLE })));
  });

  it('binds the title, and text moved out of it into the body', async () => {
    const base = await draftHash(draftFromText('今日火险等级三级。\n\n请文明祭扫。', { title: '通知' }));
    expect(await draftHash(draftFromText('今日火险等级三级。\n请文明祭扫。', { title: '通知' }))).toBe(base);
    expect(await draftHash(draftFromText('今日火险等级三级。\n请文明祭扫。', { title: '通知（更正）' }))).not.toBe(base);
    expect(await draftHash(draftFromText('\u202e今日火险等级三级。\n请文明祭扫。', { title: '通知' }))).not.toBe(base);
    expect(await draftHash(draftFromText('通知\n今日火险等级三级。\n请文明祭扫。', { title: '' }))).not.toBe(base);
  });

  it('hashes with SHA-256 over a JSON form no separator can confuse', async () => {
    expect(canonicalString(draftFromText('a', { title: 't' }))).toBe('["govpost-draft/2","t",["a"],[],[],[]]');
    expect(await draftHash(draftFromText('a', { title: 't' }))).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalText(draftFromText('a\nb', { title: 't' }))).toBe('t\na\nb');
  });
});
