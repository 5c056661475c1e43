import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../engine/runner';
import { toDraft } from '../../../test/harness/rule-tester';
import bankCard from '../no-unmasked-bank-card';
import idNumber from '../no-unmasked-id-number';
import mobile from '../no-unmasked-mobile';
import { candidates, digitRuns } from './digit-runs';

describe('candidates', () => {
  it('takes whole groups only and builds each value from its groups', () => {
    const [groups] = digitRuns('电话 138 0013 8000 转 12');
    expect(candidates(groups, [11]).map((c) => c.value)).toEqual(['13800138000']);
    const [spaced] = digitRuns('1 2 3 4 5');
    expect(candidates(spaced, [2, 4])).toEqual([
      { start: 0, end: 3, value: '12' },
      { start: 0, end: 7, value: '1234' },
      { start: 2, end: 5, value: '23' },
      { start: 2, end: 9, value: '2345' },
      { start: 4, end: 7, value: '34' },
      { start: 6, end: 9, value: '45' },
    ]);
  });
});

describe('number rules on a run of thousands of spaced digits', () => {
  it('report the numbers after the run, and nothing inside it', () => {
    const text = `${'1 '.repeat(3000)}\n受助人的银行卡号为 6225 8814 1420 7430，联系电话 139 1234 5678。`;
    const findings = checkDraft(toDraft(text), [bankCard, idNumber, mobile]).findings;
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['no-unmasked-bank-card', '6225 8814 1420 7430'],
      ['no-unmasked-mobile', '139 1234 5678'],
    ]);
  });
});
