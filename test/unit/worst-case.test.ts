/**
 * The adversarial benchmark's worst-case drafts at a moderate size (20,000 characters): what the
 * check finds on them, and where. Their speed is measured by `npm run bench`, never here.
 */
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';
import { adversarialFamilies } from '../bench/adversarial-drafts';

const SIZE = 20_000;
const family = (id: string) => adversarialFamilies.find((f) => f.id === id)!;
const check = (text: string) => {
  const draft = draftFromText(text, { title: '压力测试' });
  return { draft, ...checkDraft(draft, rules) };
};
/** A number after the worst-case run: found whole, its range mapped back to what was typed. */
const numberAfter = (id: string, typed: string) => {
  const text = `${family(id).build(SIZE)}\n举报人电话${typed}，请核实。`;
  const { draft, findings } = check(text);
  return { draft, mobiles: findings.filter((f) => f.ruleId === 'no-unmasked-mobile').map((f) => [f.text, f.start]) };
};

describe('worst-case drafts: findings and ranges', () => {
  it.each(adversarialFamilies.map((f) => [f.id]))(
    '%s: every finding is a non-empty slice of whole characters (or is about an image)',
    (id) => {
      const f = family(id);
      const input = f.build(SIZE);
      const draft = f.html ? draftFromHtml(input) : draftFromText(input, { title: '压力测试' });
      const { findings } = checkDraft(draft, rules);
      for (const x of findings) {
        // a finding about an image with no text of its own is empty where the image stands
        if (x.target) expect(x.target.image).toBeLessThan(draft.images.length);
        else expect(x.end).toBeGreaterThan(x.start);
        expect(x.text).toBe(draft.text.slice(x.start, x.end));
        expect(x.text.isWellFormed()).toBe(true);
      }
    },
  );

  it('approval-tier: one sentence that never ends needs the major tier once, at its first earthquake', () => {
    const { findings, requiredApproval } = check(family('approval-tier').build(SIZE));
    expect(requiredApproval).toBe('major');
    expect(findings.map((f) => [f.ruleId, f.text, f.start])).toEqual([['approval-tier', '6.4级地震', 5]]);
  });

  it('space-run: the list row after a run of spaces of the whole draft is still read, its name found once', () => {
    const { draft, findings } = check(family('space-run').build(SIZE));
    expect(findings.map((f) => [f.ruleId, f.text, f.start])).toEqual([['no-personal-name', '张三', draft.text.indexOf('张三')]]);
  });

  it('shop-links: one passage of shop links is one commercial finding over the whole passage', () => {
    const { draft, findings } = check(family('shop-links').build(SIZE));
    expect(findings.map((f) => f.ruleId)).toEqual(['no-commercial-content']);
    expect(findings[0].start).toBe(draft.text.indexOf('打开手机淘宝'));
    expect(findings[0].end).toBeGreaterThan(draft.text.length - 50);
  });

  it.each([
    ['combining-marks', '13912345678', '13912345678'],
    ['spaced-digits', '139 1234 5678', '139 1234 5678'],
    ['numerals', '一三九一二三四五六七八', '一三九一二三四五六七八'],
    ['invisible-fullwidth', '１３９\u200b１２３４\u200b５６７８', '１３９\u200b１２３４\u200b５６７８'],
    ['astral-digits', '𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', '𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
    ['huge-token', '13912345678', '13912345678'],
  ])('%s: a mobile number after the run is found as typed', (id, typed, expected) => {
    const { draft, mobiles } = numberAfter(id, typed);
    expect(mobiles).toEqual([[expected, draft.text.lastIndexOf(typed)]]);
  });

  it('html-images: each of many maps between short blocks is reported at its own block', () => {
    const input = family('html-images').build(SIZE);
    const draft = draftFromHtml(input);
    const { findings } = checkDraft(draft, rules);
    expect(draft.images.length).toBeGreaterThan(500);
    expect(findings.filter((f) => f.messageId === 'missingNumber')).toHaveLength(draft.images.length);
    expect(new Set(findings.map((f) => f.start)).size).toBe(findings.length);
  });

  it('deep-nesting: the phone inside thousands of nested tags is found at its place in the source', () => {
    const input = family('deep-nesting').build(SIZE);
    const draft = draftFromHtml(input);
    const { findings } = checkDraft(draft, rules);
    expect(draft.text).toBe('电话13912345678');
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([['no-unmasked-mobile', '13912345678']]);
  });
});
