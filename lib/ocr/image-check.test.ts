import { describe, expect, it } from 'vitest';
import { draftFromHtml } from '../engine/html-tree';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { checkImages, imageText, placeLabels } from './image-check';
import type { OcrLine, OcrResult } from './types';

/** An OCR result as the engine returns it: one line a row unless a row is given as an array of cells. */
function read(rows: (string | string[])[], width = 800): OcrResult {
  const lines: OcrLine[] = [];
  rows.forEach((row, r) => {
    const cells = Array.isArray(row) ? row : [row];
    cells.forEach((text, c) => lines.push({ text, box: [20 + c * 200, 20 + r * 40, 20 * text.length, 28], confidence: 0.95 }));
  });
  return { width, height: 40 * rows.length + 40, lines };
}

const image = (html = '<img src="pic.png">') => draftFromHtml(html);
const run = (result: OcrResult, html?: string) => {
  const draft = image(html);
  return checkImages(draft, [{ index: 0, result }], rules);
};

describe('checkImages: personal data in an image is a finding on that image', () => {
  const invalid: { name: string; rows: (string | string[])[]; ruleId: string; read: string; row: number }[] = [
    {
      name: 'ID number in a 公示 table row',
      rows: ['低保对象名单公示', ['张某某', '530102197001103129', '13812345670'].slice(0, 2)],
      ruleId: 'no-unmasked-id-number',
      read: '5301**********3129',
      row: 1,
    },
    { name: 'mobile on a poster', rows: ['文明城市创建', '手机：13987654321'], ruleId: 'no-unmasked-mobile', read: '139****4321', row: 1 },
    {
      name: 'mobile read as two boxes of one row',
      rows: ['报名咨询', ['电话：139', '8765 4321']],
      ruleId: 'no-unmasked-mobile',
      read: '139****4321',
      row: 1,
    },
  ];
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const found = run(read(c.rows));
      expect(found.map((f) => [f.ruleId, f.severity, f.image?.read])).toEqual([[c.ruleId, 'block', c.read]]);
      const f = found[0];
      expect(f.message).toMatch(/^图片中含有未脱敏的/);
      expect(f.basis.map((b) => b.article)).toContain(24);
      // The region is the row's box, in the image's pixels.
      expect(f.image!.box[1]).toBe(20 + c.row * 40);
      expect(f.image!.src).toBe('pic.png');
      expect([f.start, f.end, f.text]).toEqual([0, 0, '']);
    });
  }

  const valid: { name: string; rows: (string | string[])[] }[] = [
    { name: 'masked ID and phone', rows: ['公示', ['张某', '5301**********3129', '138****5670']] },
    { name: 'service hotline', rows: ['政务服务便民热线 12345', '咨询电话 0871-12345678'] },
    { name: 'credit code', rows: ['统一社会信用代码 91350100M000100Y43'] },
    { name: 'photo without text', rows: [] },
  ];
  for (const c of valid) {
    it(`valid: ${c.name}`, () => {
      expect(run(read(c.rows))).toEqual([]);
    });
  }

  it('says the image finding in English when asked', () => {
    const draft = image();
    const [f] = checkImages(draft, [{ index: 0, result: read(['手机：13987654321']) }], rules, { locale: 'en' });
    expect(f.message).toMatch(/^The image contains an unmasked mobile number \(139\*\*\*\*4321\)/);
  });

  it('respects a disabled rule', () => {
    const draft = image();
    const found = checkImages(draft, [{ index: 0, result: read(['手机：13987654321']) }], rules, {
      rules: { 'no-unmasked-mobile': { enabled: false } },
    });
    expect(found).toEqual([]);
  });
});

const MAP_ROWS = ['昆明市行政区划', ['五华区', '盘龙区', '官渡区', '西山区'], ['呈贡区', '富民县', '安宁市']];

describe('checkImages: maps read from the image', () => {
  it('invalid: several place labels and no 审图号 anywhere → advisory map finding', () => {
    const found = run(read(MAP_ROWS));
    expect(found.map((f) => [f.ruleId, f.category, f.severity])).toEqual([['no-map-without-approval-number', 'map', 'warn']]);
    expect(found[0].message).toContain('五华区');
    expect(found[0].basis).toEqual([{ article: 22 }]);
  });

  const cleared: { name: string; rows: (string | string[])[]; html?: string }[] = [
    { name: '审图号 printed in the corner', rows: [...MAP_ROWS, '审图号：云S(2021)012号'] },
    { name: 'GS number in full-width brackets', rows: [...MAP_ROWS, '审图号：GS（2024）0650号'] },
    {
      name: '审图号 in the caption',
      rows: MAP_ROWS,
      html: '<figure><img src="pic.png"><figcaption>审图号：GS(2024)0650号</figcaption></figure>',
    },
    { name: 'three labels only (a news photo with a sign)', rows: ['五华区', '盘龙区', '人民政府'] },
    { name: 'personal data in it: reported as personal data, not as a map', rows: [...MAP_ROWS, '联系人手机 13987654321'] },
  ];
  for (const c of cleared) {
    it(`valid: ${c.name}`, () => {
      expect(run(read(c.rows), c.html).filter((f) => f.category === 'map')).toEqual([]);
    });
  }

  it('a caption that says map is reported once, by the map rule, and the number in the image clears it', () => {
    const html = '<figure><img src="pic.png"><figcaption>昆明市区位图</figcaption></figure>';
    const draft = draftFromHtml(html);
    expect(
      checkDraft(draft, rules)
        .findings.filter((f) => f.category === 'map')
        .map((f) => f.text),
    ).toEqual(['昆明市区位图']);
    expect(checkImages(draft, [{ index: 0, result: read(MAP_ROWS) }], rules)).toEqual([]);
    draft.images[0].printed = imageText(read([...MAP_ROWS, '审图号：云S(2021)012号'])).text;
    expect(checkDraft(draft, rules).findings.filter((f) => f.category === 'map')).toEqual([]);
  });

  it('place labels are short lines or cells ending in 区/县/市/州/镇/乡', () => {
    expect(placeLabels(read(['五华区 盘龙区', '小哨乡', '楚雄州', '昆明市人民政府办公厅', '城区']))).toEqual([
      '五华区',
      '盘龙区',
      '小哨乡',
      '楚雄州',
      '城区',
    ]);
  });
});

describe('imageText', () => {
  it('joins the boxes of one row left to right, rows top to bottom', () => {
    const r = read([['b', 'c'], 'a']);
    r.lines.reverse();
    expect(imageText(r).text).toBe('b c\na');
  });
});

describe('image text in the draft', () => {
  it('an inline image in ProseMirror (followed by its separator <img>) is one image, cleared by the 审图号 printed in it', () => {
    const html =
      '<p>下图为昆明市行政区划图。<img src="https://mmbiz.qpic.cn/a/0?wx_fmt=png" contenteditable="false"><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p>';
    const draft = draftFromHtml(html);
    expect(draft.images.map((i) => i.src)).toEqual(['https://mmbiz.qpic.cn/a/0?wx_fmt=png']);
    expect(checkDraft(draft, rules).findings.map((f) => f.ruleId)).toEqual(['no-map-without-approval-number']);
    draft.images[0].printed = imageText(read([...MAP_ROWS, '审图号：云S(2021)012号'])).text;
    expect(checkDraft(draft, rules).findings).toEqual([]);
  });
});
