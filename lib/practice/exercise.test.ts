import { describe, expect, it } from 'vitest';
import { draftFromHtml } from '../engine/html-tree';
import type { Finding } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { addMark, overlaps, problemsOf, scoreExercise, type Mark } from './exercise';
import { COMPOSITES } from './samples';

const sample = (id: string) => {
  const s = COMPOSITES.find((c) => c.id === id)!;
  const draft = draftFromHtml(s.draft.html, { title: s.draft.title });
  return { draft, ...checkDraft(draft, rules) };
};
const markOf = (text: string, word: string): Mark => {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(word);
  return { start, end: start + word.length, text: word };
};

describe('exercise scoring', () => {
  it('treats touching but not overlapping ranges as apart, and an empty finding as a point', () => {
    const f = { start: 10, end: 15 } as Finding;
    expect([overlaps({ start: 5, end: 10 }, f), overlaps({ start: 14, end: 20 }, f), overlaps({ start: 15, end: 20 }, f)]).toEqual([
      false,
      true,
      false,
    ]);
    expect(overlaps({ start: 3, end: 8 }, { start: 8, end: 8 })).toBe(true);
  });

  it("groups one rule's signals under one message into one problem", () => {
    const { findings } = sample('composite:sponsored-event');
    const problems = problemsOf(findings);
    expect(problems.map((p) => p.ruleId)).toEqual(['no-commercial-content', 'no-commercial-content']);
    // the commercial rule reports one finding per passage, spanning its signals
    expect(problems[0].findings.map((f) => f.text)).toEqual(['独家冠名，现在报名即送品牌运动礼包，全网最低价，扫码下单']);
  });

  it('gives full marks for every problem found, no false alarm and the right tier', () => {
    const { draft, findings, requiredApproval } = sample('composite:epidemic-bulletin');
    const marks = [markOf(draft.text, '张丽萍'), markOf(draft.text, '阳光花园小区3幢1单元601室')];
    const r = scoreExercise(findings, marks, 'major', requiredApproval);
    expect(r).toMatchObject({ found: 2, missed: 0, falseAlarms: 0, score: 100, tier: { guess: 'major', actual: 'major', correct: true } });
  });

  it('takes points off for misses, false alarms and a wrong tier, and never goes below zero', () => {
    const { draft, findings, requiredApproval } = sample('composite:epidemic-bulletin');
    const r = scoreExercise(findings, [markOf(draft.text, '张丽萍'), markOf(draft.text, '定点医院')], 'general', requiredApproval);
    expect(r).toMatchObject({ found: 1, missed: 1, falseAlarms: 1, score: 0 });
    expect(r.problems.map((p) => p.found)).toEqual([true, false]);
    // Marking the approval tier's own trigger word is neither credit nor a false alarm.
    const neutral = scoreExercise(findings, [markOf(draft.text, '确诊病例')], 'major', requiredApproval);
    expect(neutral.marks[0]).toMatchObject({ hit: false, neutral: true });
    expect(neutral).toMatchObject({ falseAlarms: 0, found: 0, score: 33 });
  });

  it('scores a clean draft on restraint and the tier alone', () => {
    const { draft, findings, requiredApproval } = sample('composite:clean-notice');
    expect(scoreExercise(findings, [], 'general', requiredApproval).score).toBe(100);
    expect(scoreExercise(findings, [markOf(draft.text, '12345')], 'general', requiredApproval).score).toBe(0);
  });

  it('merges overlapping marks', () => {
    const text = '甲乙丙丁戊己庚';
    let marks = addMark([], { start: 0, end: 2, text: '' }, text);
    marks = addMark(marks, { start: 4, end: 6, text: '' }, text);
    marks = addMark(marks, { start: 1, end: 4, text: '' }, text);
    expect(marks).toEqual([{ start: 0, end: 6, text: '甲乙丙丁戊己' }]);
  });
});
