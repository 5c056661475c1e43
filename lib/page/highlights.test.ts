import { describe, expect, it } from 'vitest';
import type { DefaultTreeAdapterMap } from 'parse5';
import { draftFromHtml } from '../engine/html-tree';
import type { Finding } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { imageTargets, inBand } from './highlights';

type Element = DefaultTreeAdapterMap['element'];
const srcOf = (node: unknown) => (node as Element).attrs.find((a) => a.name === 'src')?.value;

describe('imageTargets: what the page outlines', () => {
  it('is the image a map finding is about, when only its alt text says it is a map — no prose is pointed at', () => {
    const draft = draftFromHtml(
      '<p>禄劝县位于昆明市北部。</p><p><img src="photo.jpg" alt="县城全景"></p><p><img src="a.png" alt="禄劝县区位图"></p><p>全县辖16个乡镇。</p>',
    );
    const { findings } = checkDraft(draft, rules);
    const map = findings.filter((f) => f.category === 'map');
    expect(map.map((f) => [f.text, f.target])).toEqual([['', { image: 1 }]]);
    expect(imageTargets(draft, findings).map((t) => [(t.node as Element).tagName, srcOf(t.node), t.severity])).toEqual([
      ['img', 'a.png', 'block'],
    ]);
  });

  it('is the captioned image too (its caption is the text range), one outline per image at its gravest severity', () => {
    const draft = draftFromHtml(
      '<figure><img src="a.png"><figcaption>全县行政区划图 审图号：待定</figcaption></figure><figure><img src="b.png"><figcaption>中国地图（来源：自然资源部标准地图服务网站）</figcaption></figure>',
    );
    const { findings } = checkDraft(draft, rules);
    const map = findings.filter((f) => f.category === 'map');
    expect(map.map((f) => [f.text, f.target?.image, f.severity])).toEqual([
      ['全县行政区划图 审图号：待定', 0, 'block'],
      ['中国地图（来源：自然资源部标准地图服务网站）', 1, 'warn'],
    ]);
    const twice: Finding[] = [...findings, { ...map[1], severity: 'info' }, { ...map[1], severity: 'block' }];
    expect(imageTargets(draft, twice).map((t) => [srcOf(t.node), t.severity])).toEqual([
      ['a.png', 'block'],
      ['b.png', 'block'],
    ]);
  });

  it('is nothing for text findings, for a draft read without its elements, or without a draft', () => {
    const draft = draftFromHtml('<p>联系电话 13800138000</p><img src="a.png" alt="禄劝县区位图">');
    const { findings } = checkDraft(draft, rules);
    expect(findings.some((f) => f.target)).toBe(true);
    expect(
      imageTargets(
        draft,
        findings.filter((f) => !f.target),
      ),
    ).toEqual([]);
    expect(imageTargets({ ...draft, imageNodes: undefined }, findings)).toEqual([]);
    expect(imageTargets(null, findings)).toEqual([]);
  });
});

describe('inBand: the findings painted when there are many, those near the viewport', () => {
  // Items in document order laid out top to bottom: item i spans rows [top, bottom] of these, in px.
  const laidOut = (rows: ([number, number] | null)[]) => {
    const measured: number[] = [];
    const box = (i: number) => {
      measured.push(i);
      const r = rows[i];
      return r ? { top: r[0], bottom: r[1] } : null;
    };
    return { box, measured };
  };
  // 10,000 lines of 20 px, one finding on each: the viewport's band is lines 50 to 100.
  const lines = Array.from({ length: 10_000 }, (_, i): [number, number] => [i * 20 - 1000, i * 20 - 980]);

  it.each([
    // band top, band bottom, first item in it, first item past it
    { top: 0, bottom: 1000, expected: [49, 101] },
    { top: -450, bottom: 1350, expected: [27, 118] },
    { top: -1e9, bottom: 1e9, expected: [0, 10_000] },
    { top: 1e9, bottom: 2e9, expected: [10_000, 10_000] },
    { top: -2e9, bottom: -1e9, expected: [0, 0] },
  ])('lines meeting $top..$bottom px are [$expected)', ({ top, bottom, expected }) => {
    const { box, measured } = laidOut(lines);
    expect(inBand(lines.length, box, top, bottom)).toEqual(expected);
    // two binary searches: a few measurements, not one per finding
    expect(measured.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(lines.length + 1)));
  });

  it('includes a finding that only partly meets the band (a range over two lines), and one the band edge touches', () => {
    const rows: [number, number][] = [
      [-100, -60],
      [-40, 10],
      [20, 40],
      [90, 100],
      [100, 140],
      [150, 170],
    ];
    expect(inBand(rows.length, laidOut(rows).box, 0, 100)).toEqual([1, 5]);
  });

  it('counts a finding with no box (its text gone from the page) as above the band', () => {
    const rows = [null, null, [30, 50] as [number, number], [200, 220] as [number, number]];
    expect(inBand(rows.length, laidOut(rows).box, 0, 100)).toEqual([2, 3]);
    expect(inBand(0, laidOut([]).box, 0, 100)).toEqual([0, 0]);
  });
});
