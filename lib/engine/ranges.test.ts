import { describe, expect, it } from 'vitest';
import { rules } from '../rules';
import { draftFromText } from './draft';
import { draftFromHtml } from './html-tree';
import { findingRange, rangeProblem, wholeCodePoints } from './ranges';
import { checkDraft } from './runner';

describe('range invariant', () => {
  it.each([
    ['a start inside a pair moves back', 'a𝟏b', 2, 3, [1, 3]],
    ['an end inside a pair moves on', 'a𝟏b', 0, 2, [0, 3]],
    ['out of bounds is clamped', 'abc', -2, 9, [0, 3]],
    ['whole pairs stay', '𝟏𝟑', 0, 4, [0, 4]],
  ])('wholeCodePoints: %s', (_, text, s, e, expected) => {
    expect(wholeCodePoints(text, s, e)).toEqual(expected);
  });

  it.each([
    ['an empty range takes the character at its start', 'abc', 1, 1, 'b'],
    ['an empty range at the end takes the last character', 'abc', 3, 3, 'c'],
    ['an empty range before an astral character takes all of it', 'a😀', 1, 1, '😀'],
    ['an empty range after an astral character at the end takes all of it', 'a😀', 3, 3, '😀'],
  ])('findingRange: %s', (_, text, s, e, slice) => {
    const [a, b] = findingRange(text, s, e);
    expect(text.slice(a, b)).toBe(slice);
    expect(rangeProblem(text, a, b)).toBeNull();
  });

  it('only an empty text keeps an empty range', () => {
    expect(findingRange('', 0, 0)).toEqual([0, 0]);
  });

  it.each([
    ['empty', 'abc', 1, 1, /empty/],
    ['a cut pair', 'a𝟏', 0, 2, /surrogate/],
    ['out of bounds', 'abc', 2, 5, /bounds/],
  ])('rangeProblem names %s', (_, text, s, e, re) => {
    expect(rangeProblem(text, s, e)).toMatch(re);
  });
});

describe('checkDraft keeps the invariant whatever the rules report', () => {
  it.each([
    ['mathematical digits', '电话𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖，身份证𝟏𝟏𝟎𝟏𝟎𝟓𝟏𝟗𝟒𝟗𝟏𝟐𝟑𝟏𝟎𝟎𝟐X'],
    ['an emoji right after the number', '电话13912345678😀，银行卡𝟔𝟐𝟐𝟐𝟎𝟐𝟎𝟐𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟖'],
    ['full-width and math digits mixed', '手机：１３９𝟏𝟐𝟑𝟒５６７８'],
  ])('no finding or edit cuts a pair: %s', (_, body) => {
    const draft = draftFromText(body, { title: '通知' });
    const { findings } = checkDraft(draft, rules);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(rangeProblem(draft.text, f.start, f.end, f.text), `${f.ruleId} [${f.start}, ${f.end})`).toBeNull();
      for (const s of f.suggestions ?? [])
        for (const e of s.edits) expect(wholeCodePoints(draft.text, e.start, e.end)).toEqual([e.start, e.end]);
    }
  });

  it('a map in a draft of images only points at the image, empty where it stands, not at the title', () => {
    const draft = draftFromHtml('<img src="a.png" alt="项目区位示意图">', { title: '项目简介' });
    const map = checkDraft(draft, rules).findings.filter((f) => f.category === 'map');
    expect(map.map((f) => [f.text, f.start, f.end, f.target])).toEqual([['', 4, 4, { image: 0 }]]);
    expect(rangeProblem(draft.text, map[0].start, map[0].end, map[0].text, true)).toBeNull();
    // only a finding about an image may be empty
    expect(rangeProblem(draft.text, map[0].start, map[0].end, map[0].text)).toMatch(/empty/);
  });

  it('a map beside a block of only invisible characters points at the image, inside the text', () => {
    const draft = draftFromHtml('<p>\u200b\u200b</p><img src="a.png" alt="区位示意图"><p>\u200d</p>', { title: '项目简介' });
    const map = checkDraft(draft, rules).findings.filter((f) => f.category === 'map');
    expect(map).toHaveLength(1);
    expect(map[0].target).toEqual({ image: 0 });
    expect(rangeProblem(draft.text, map[0].start, map[0].end, map[0].text, true)).toBeNull();
  });
});
