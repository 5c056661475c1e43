import { describe, expect, it } from 'vitest';
import { checkCase } from '../fuzz/check';
import { fuzzCase } from '../fuzz/generate';

// A small slice of `npm run fuzz` in the normal suite: the same seeded drafts and the same checks
// (no crash, every range inside the text and equal to its slice, no surrogate cut, never empty,
// no personal data left by --mask), so a regression shows up in CI, not only in the long run.
describe('fuzz (seeded sample)', () => {
  it('generates the same draft for the same seed, and different ones for different seeds', () => {
    expect(fuzzCase(7)).toEqual(fuzzCase(7));
    expect(new Set(Array.from({ length: 50 }, (_, i) => fuzzCase(i).source)).size).toBe(50);
  });

  it('covers the odd input it promises: astral digits, invisible and bidi characters, entities, deep markup, images only', () => {
    const sources = Array.from({ length: 500 }, (_, i) => fuzzCase(i).source).join('\n');
    for (const needle of ['𝟏', '\u200b', '\u202e', '&NotEqualTilde;', '&#', '\r\n', '<table>', '<b><b><b><b><b>', 'alt="地图"']) {
      expect(sources, needle).toContain(needle);
    }
  });

  it('500 drafts: no crash, no range violation, no personal data left by --mask', () => {
    const problems = Array.from({ length: 500 }, (_, i) => checkCase(fuzzCase(100_000 + i))).flat();
    expect(problems).toEqual([]);
  }, 120_000);
});
