/**
 * The OCR engine in Node on images drawn in Chromium with Debian's Chinese fonts: every ID number,
 * mobile and 审图号 read exactly, in PNG, JPEG q75 at half size and rotated 3°; maps recognised by
 * their place labels; photos without findings. The README's table comes from the same measure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measure, type ImageScore } from '../bench/ocr-quality';

let scores: ImageScore[];
beforeAll(async () => {
  scores = await measure();
}, 900_000);

const of = (kind: string) => scores.filter((s) => s.image.kind === kind);
const rules = (s: ImageScore) => [...new Set(s.findings.map((f) => `${f.ruleId}:${f.severity}`))].sort();

describe('OCR quality on generated images', () => {
  it('reads every ID number and mobile of the 公示 table exactly, in every variant, and blocks on each', () => {
    expect(of('table').map((s) => [s.image.name, s.ids, s.phones, s.findings.length])).toEqual([
      ['table', [6, 6], [6, 6], 12],
      ['table-jpeg75-50', [6, 6], [6, 6], 12],
      ['table-rotated-3', [6, 6], [6, 6], 12],
    ]);
    for (const s of of('table')) expect(rules(s)).toEqual(['no-unmasked-id-number:block', 'no-unmasked-mobile:block']);
  });

  it("reads the poster's contact mobile and a single ID line exactly", () => {
    for (const s of of('poster')) expect([s.image.name, s.phones, rules(s)]).toEqual([s.image.name, [1, 1], ['no-unmasked-mobile:block']]);
    for (const s of of('id-line')) expect([s.image.name, s.ids, rules(s)]).toEqual([s.image.name, [1, 1], ['no-unmasked-id-number:block']]);
  });

  it("reads the 审图号 in the map's corner exactly (no map finding); a map without one is an advisory finding", () => {
    for (const s of of('map')) expect([s.image.name, s.numbers, s.numberPattern, s.findings]).toEqual([s.image.name, [1, 1], true, []]);
    for (const s of of('map-no-number')) {
      expect([s.image.name, s.numberPattern, rules(s)]).toEqual([s.image.name, false, ['no-map-without-approval-number:warn']]);
      expect(s.places[0]).toBeGreaterThanOrEqual(8);
    }
  });

  it('finds nothing in photos without text', () => {
    expect(of('photo').map((s) => [s.image.name, s.text, s.findings])).toEqual([
      ['photo', '', []],
      ['photo-jpeg75-50', '', []],
      ['photo-rotated-3', '', []],
    ]);
  });
});
