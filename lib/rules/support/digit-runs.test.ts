import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../engine/runner';
import { toDraft } from '../../../test/harness/rule-tester';
import bankCard from '../no-unmasked-bank-card';
import idNumber from '../no-unmasked-id-number';
import mobile from '../no-unmasked-mobile';
import { digitRuns, PICK_STEP, pickNumbers, SCAN_STEP, type Candidate } from './digit-runs';

/** Every candidate `pickNumbers` asks about, in the order it asks (nothing is accepted). */
function asked(text: string, lengths: number[], order: 'shortest' | 'longest' = 'shortest'): Candidate[] {
  const seen: Candidate[] = [];
  for (const _ of pickNumbers(
    digitRuns(text),
    lengths,
    order,
    (c) => (seen.push(c), false),
    () => {},
  ));
  return seen;
}

/** What `pickNumbers` takes when `accept` says yes to candidates whose value is in `yes` (or to all). */
function taken(text: string, lengths: number[], order: 'shortest' | 'longest', yes?: string[]): string[] {
  const out: string[] = [];
  const run = pickNumbers(
    digitRuns(text),
    lengths,
    order,
    (c) => !yes || yes.includes(c.value),
    (c) => out.push(`${c.start}-${c.end}:${c.value}`),
  );
  while (!run.next().done);
  return out;
}

describe('digit runs and their candidates', () => {
  it('takes whole groups only and builds each value from its groups', () => {
    expect(asked('电话 138 0013 8000 转 12', [11]).map((c) => c.value)).toEqual(['13800138000']);
    expect(asked('1 2 3 4 5', [2, 4])).toEqual([
      { start: 0, end: 3, value: '12' },
      { start: 0, end: 7, value: '1234' },
      { start: 2, end: 5, value: '23' },
      { start: 2, end: 9, value: '2345' },
      { start: 4, end: 7, value: '34' },
      { start: 6, end: 9, value: '45' },
    ]);
  });

  it.each([
    // [text, lengths, candidates asked about]
    ['ab 123 4x', [5], ['1234X']],
    ['11010519491231002x', [18], ['11010519491231002X']],
    ['证号 1101051949123100 X', [17], ['1101051949123100X']],
    ['12a 34', [2], ['34']],
    ['12 34a', [2, 4], ['12']],
    ['1...2 34', [2, 3], ['234', '34']],
    ['1..2 34', [2, 3], ['12', '234', '34']],
    ['2024年 6.4级', [4, 2], ['2024', '64']],
    ['无数字', [2], []],
  ])('“%s” (%j) asks about %j', (text, lengths, values) => {
    expect(asked(text, lengths).map((c) => c.value)).toEqual(values);
  });

  it('for one start, asks the longest first when told to, and a taken number ends where the next may start', () => {
    expect(asked('1 2 3', [2, 3], 'longest').map((c) => c.value)).toEqual(['123', '12', '23']);
    expect(taken('1 2 3 4', [2, 3], 'longest')).toEqual(['0-5:123']);
    expect(taken('1 2 3 4', [2, 3], 'shortest')).toEqual(['0-3:12', '4-7:34']);
    // A refused candidate does not move the next start: 23 is asked about after 12 and 123 are refused.
    expect(taken('1 2 3 4', [2, 3], 'shortest', ['23', '4'])).toEqual(['2-5:23']);
  });

  it('pauses after a bounded amount of work on a run of thousands of spaced digits, and resumes where it stopped', () => {
    const text = '1 '.repeat(20_000);
    let askedSinceYield = 0;
    let most = 0;
    let yields = 0;
    const run = pickNumbers(
      digitRuns(text),
      [16, 17, 18, 19],
      'longest',
      () => (askedSinceYield++, false),
      () => {},
    );
    while (!run.next().done) {
      yields++;
      most = Math.max(most, askedSinceYield);
      askedSinceYield = 0;
    }
    expect(yields).toBeGreaterThan(10);
    expect(most).toBeLessThanOrEqual(PICK_STEP);
    // Every window of 16 to 19 digits was asked about once.
    const windows = [16, 17, 18, 19].reduce((n, len) => n + 20_000 - len + 1, 0);
    let total = 0;
    for (const _ of pickNumbers(
      digitRuns(text),
      [16, 17, 18, 19],
      'longest',
      () => (total++, false),
      () => {},
    ));
    expect(total).toBe(windows);
  });
});

/** The candidates of a text as the rules README defines them: whole groups of a digit run (a plain reading, for comparison). */
function reference(text: string, lengths: number[]): string[] {
  const out: string[] = [];
  for (const run of text.matchAll(/(?<![0-9A-Za-z])\d(?:[ \-.·_/()（）]{0,2}\d)*(?:[ \-]?[Xx])?(?![0-9A-Za-z])/g)) {
    const groups = [...run[0].matchAll(/\d+[Xx]?|[Xx]/g)].map((g) => ({ at: run.index + g.index, text: g[0].toUpperCase() }));
    for (let i = 0; i < groups.length; i++)
      for (let j = i, value = ''; j < groups.length; j++) {
        value += groups[j].text;
        if (lengths.includes(value.length)) out.push(`${groups[i].at}-${groups[j].at + groups[j].text.length}:${value}`);
      }
  }
  return out;
}

describe('reading a long text in parts', () => {
  it('finds the same candidates as a plain reading when runs cross the parts it reads', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const bits = ['1', '23', ' ', '-', '..', '...', 'x', 'X', 'a', '年', '\n', '139 1234 5678', '6225 8814 1420 7430'];
    let text = '';
    while (text.length < 3 * SCAN_STEP) text += bits[Math.floor(random() * bits.length)];
    text += ` ${'7 '.repeat(SCAN_STEP)}`;
    const lengths = [2, 11, 16];
    expect(asked(text, lengths).map((c) => `${c.start}-${c.end}:${c.value}`)).toEqual(reference(text, lengths));
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
