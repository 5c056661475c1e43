import { describe, expect, it } from 'vitest';
import { draftFromText } from '../engine/draft';
import type { Finding } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { groupFindings } from './finding-groups';

const check = (lines: string[]) => checkDraft(draftFromText(lines.join('\n')), rules).findings;

describe('groupFindings: alike findings listed once', () => {
  it('groups the same words flagged by the same rule, keeps the draft order, and loses no finding', () => {
    const findings = check(['联系电话13912345678', '来源：据报道', '联系电话13912345678', '联系电话13812345678', '来源：据报道']);
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g[0].ruleId, g[0].text, g.length])).toEqual([
      ['no-unmasked-mobile', '13912345678', 2],
      ['no-untraceable-repost', '据报道', 2],
      ['no-unmasked-mobile', '13812345678', 1],
    ]);
    expect(groups.flat().sort((a, b) => a.start - b.start)).toEqual(findings);
    // each group in the draft's order of its places
    for (const g of groups) expect(g.map((f) => f.start)).toEqual([...g.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('never groups findings that differ in severity, message or rule, nor findings about an image', () => {
    const [f] = check(['联系电话13912345678']);
    const alike: Finding[] = [
      f,
      { ...f, start: 30, end: 41, severity: 'warn' },
      { ...f, start: 50, end: 61, message: `${f.message}。` },
      { ...f, start: 70, end: 81, ruleId: 'other-rule' },
      { ...f, start: 0, end: 0, target: { image: 0 } },
      { ...f, start: 0, end: 0, target: { image: 0 } },
    ];
    expect(groupFindings(alike).map((g) => g.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
