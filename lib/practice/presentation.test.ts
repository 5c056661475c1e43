import { describe, expect, it } from 'vitest';
import { draftFromHtml } from '../engine/html-tree';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { clampStep, presentationSteps } from './presentation';
import { COMPOSITES } from './samples';

describe('presentation steps', () => {
  const steps = (id: string) => {
    const s = COMPOSITES.find((c) => c.id === id)!;
    const draft = draftFromHtml(s.draft.html, { title: s.draft.title });
    return presentationSteps(checkDraft(draft, rules).findings, rules, draft.text);
  };

  it('makes one step per problem, in text order, each with its articles in full', () => {
    const list = steps('composite:dibao-list');
    // the 低保 公示 needs the deputy leader's sign-off (approval tier: a benefit 公示 is important), shown at its title
    expect(list.map((s) => s.finding.ruleId)).toEqual([
      'approval-tier',
      'no-unmasked-id-number',
      'no-detailed-address',
      'no-unmasked-mobile',
      'no-unmasked-id-number',
      'no-detailed-address',
    ]);
    expect(list[1].ruleName.zh).toBe('身份证号码未脱敏');
    expect(list[1].articles.map((a) => a.label)).toEqual(['第二十四条', '第四十条']);
    expect(list[1].articles[0].paragraphs.join('')).toContain('去标识化技术性处理');
  });

  it('previews each suggestion as before and after', () => {
    const mobile = steps('composite:dibao-list').find((s) => s.finding.ruleId === 'no-unmasked-mobile')!;
    expect(mobile.fixes[0]).toMatchObject({ before: '13908711234', after: '139****1234', suggestionIndex: 0 });
    expect(mobile.fixes[0].message).toContain('139****1234');
  });

  it('groups signals of one message and keeps the approval tier as a step', () => {
    const list = steps('composite:sponsored-event');
    expect(list.map((s) => s.findings.length)).toEqual([1, 1]);
    expect(steps('composite:epidemic-bulletin')[0].finding.ruleId).toBe('approval-tier');
  });

  it('clamps the step index', () => {
    expect([clampStep(5, 3), clampStep(-1, 3), clampStep(2, 0)]).toEqual([2, 0, 0]);
  });
});
