import { describe, expect, it } from 'vitest';
import { findingSchema } from '../engine/rule';
import { approvalFinding, approvalSeverity, formatTime, statusLine } from './finding';
import type { ApprovalPayload } from './token';

const payload: ApprovalPayload = {
  v: 1,
  sha256: 'a'.repeat(64),
  tier: 'major',
  kid: 'k'.repeat(43),
  name: '李某',
  role: 'principal-leader',
  iat: Math.floor(new Date(2026, 10, 26, 14, 3).getTime() / 1000),
  exp: Math.floor(new Date(2026, 10, 29, 14, 3).getTime() / 1000),
  ruleset: '0.1.0',
  accepted: [],
};

describe('approval finding', () => {
  it('blocks major drafts and warns otherwise, unless every tier blocks', () => {
    expect(approvalSeverity('major', false)).toBe('block');
    expect(approvalSeverity('important', false)).toBe('warn');
    expect(approvalSeverity('general', true)).toBe('block');
  });

  it('is a valid finding in category approval citing Art. 21, and absent for a valid approval', () => {
    const f = approvalFinding(undefined, 'major', { strict: false })!;
    expect(findingSchema.parse(f)).toMatchObject({
      ruleId: 'approval-missing',
      category: 'approval',
      severity: 'block',
      basis: [{ article: 21 }],
      tier: 'major',
    });
    expect(f.message).toContain('主要领导');
    expect(approvalFinding({ status: 'stale', reason: 'content-changed', payload }, 'general', { strict: false })).toMatchObject({
      ruleId: 'approval-stale',
      severity: 'warn',
    });
    expect(approvalFinding({ status: 'valid', reason: 'ok', payload }, 'major', { strict: true })).toBeNull();
  });

  it('says who approved and when, or why not, in the panel wording', () => {
    expect(formatTime(payload.iat)).toBe('11-26 14:03');
    expect(statusLine({ status: 'valid', reason: 'ok', payload }, 'major')).toBe('已审核 · 主要领导 李某 · 11-26 14:03');
    expect(statusLine({ status: 'stale', reason: 'content-changed', payload }, 'major')).toBe('内容已修改，审核已失效');
    expect(statusLine(undefined, 'important')).toBe('尚未审核签发（重要信息，由主办单位分管领导审定签发）');
    expect(statusLine({ status: 'invalid', reason: 'bad-signature' }, 'general', 'en')).toBe(
      'Invalid approval: the signature does not verify; the token may be forged or altered',
    );
  });
});
