import { describe, expect, it } from 'vitest';
import { draftFromText } from '../engine/draft';
import type { Rule } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { adversarialFamilies } from '../../test/bench/adversarial-drafts';
import { syntheticDraft } from '../../test/bench/drafts';
import { fakeRule } from '../../test/harness/fake-rule';
import { checkInSlices, createSlicedChecker, SLICE_FROM } from './sliced-check';

/** A clock the test moves: each rule "takes" `costMs`. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** A rule that reports its id at 0 and advances the clock as if it took `costMs`. */
function timedRule(id: string, clock: ReturnType<typeof fakeClock>, costMs: number): Rule {
  return fakeRule(id, (context) => {
    clock.advance(costMs);
    context.report({ messageId: 'hit', start: 0, end: 1 });
  });
}

describe('checkInSlices', () => {
  it('gives the same findings as a check in one go, on a real draft with the real rules', async () => {
    const draft = draftFromText(
      '据中国地震台网测定，漾濞县发生6.4级地震，造成3人死亡。患者家属电话13912345678。原价99元，扫码下单！'.repeat(300),
      { title: '通知' },
    );
    const sliced = await checkInSlices(
      draft,
      rules,
      {},
      { signal: new AbortController().signal, budgetMs: 0, yieldToPage: () => Promise.resolve() },
    );
    const whole = checkDraft(draft, rules);
    expect(sliced!.findings).toEqual(whole.findings);
    expect(sliced!.requiredApproval).toBe('major');
  });

  /** A check that yields before every step (a budget of 0 ms), counting the yields. */
  async function slicedEveryStep(draft: ReturnType<typeof draftFromText>) {
    let yields = 0;
    const result = await checkInSlices(
      draft,
      rules,
      {},
      {
        signal: new AbortController().signal,
        budgetMs: 0,
        yieldToPage: async () => {
          yields++;
        },
      },
    );
    return { result: result!, yields };
  }

  const PHONE = '\n举报人电话13912345678，受助人银行卡号6225 8814 1420 7430。';
  it.each([
    ['government news (realistic)', syntheticDraft(44_000, 7)],
    ...adversarialFamilies.filter((f) => !f.html).map((f) => [`worst case: ${f.id}`, f.build(44_000)] as [string, string]),
  ])('%s, 44,000 characters: the sliced check finds exactly what the one-go check finds, positions included', async (_, text) => {
    const draft = draftFromText(text + PHONE, { title: '通知' });
    const { result } = await slicedEveryStep(draft);
    const whole = checkDraft(draft, rules);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.map((f) => [f.ruleId, f.start, f.end, f.text])).toEqual(
      whole.findings.map((f) => [f.ruleId, f.start, f.end, f.text]),
    );
    expect(result.findings).toEqual(whole.findings);
    expect(result.requiredApproval).toBe(whole.requiredApproval);
  });

  it('works through a run of 22,000 spaced digits in parts inside the number rules, not in one step per rule', async () => {
    const { result, yields } = await slicedEveryStep(
      draftFromText(adversarialFamilies.find((f) => f.id === 'spaced-digits')!.build(44_000) + PHONE),
    );
    // One step per rule was 12 steps, the bank-card rule alone asking about 88,000 windows in one of them.
    expect(yields).toBeGreaterThan(rules.length + 20);
    expect(result.findings.map((f) => f.text)).toEqual(['13912345678', '6225 8814 1420 7430']);
  });

  it.each([
    ['no-personal-name', 'names-no-punctuation', 6],
    ['no-untraceable-repost', 'repost-labels', 6],
  ])('pauses inside %s on the %s worst case, not only after it', async (ruleId, family, least) => {
    const rule = rules.filter((r) => r.meta.id === ruleId);
    const draft = draftFromText(adversarialFamilies.find((f) => f.id === family)!.build(44_000), { title: '通知' });
    let yields = 0;
    const result = await checkInSlices(
      draft,
      rule,
      {},
      {
        signal: new AbortController().signal,
        budgetMs: 0,
        yieldToPage: async () => {
          yields++;
        },
      },
    );
    // One rule run in one step gave 2 yields (after reading the draft, after the rule); its passes are now steps of their own.
    expect(yields).toBeGreaterThanOrEqual(least);
    expect(result!.findings).toEqual(checkDraft(draft, rule).findings);
  });

  it('makes a pass that reports a thousand times into findings a batch per step, so the page gets turns in between', async () => {
    // Each finding's message reads its data once: the count says how many findings a step made.
    let made = 0;
    const data = {
      get n() {
        made++;
        return String(made);
      },
    };
    const chatty = fakeRule(
      'chatty',
      (context) => {
        for (let i = 0; i < 1000; i++) context.report({ messageId: 'hit', start: i, end: i + 1, data });
      },
      { hit: { zh: '第{{n}}处', en: 'hit {{n}}' } },
    );
    const madeAtYields: number[] = [];
    const result = await checkInSlices(
      draftFromText('字'.repeat(1000)),
      [chatty],
      {},
      {
        signal: new AbortController().signal,
        budgetMs: 0,
        yieldToPage: async () => {
          madeAtYields.push(made);
        },
      },
    );
    expect(result!.findings).toHaveLength(1000);
    expect(result!.findings.map((f) => f.message).slice(0, 3)).toEqual(['第1处', '第2处', '第3处']);
    // Made all at once, the thousand findings came in one step: the yields saw 0, then 1000.
    const perStep = madeAtYields.slice(1).map((m, i) => m - madeAtYields[i]);
    expect(Math.max(...perStep)).toBeLessThanOrEqual(200);
    expect(madeAtYields.at(-1)).toBeGreaterThanOrEqual(800);
  });

  it('yields to the page whenever a slice has used its budget, between rules', async () => {
    const clock = fakeClock();
    const ruleSet = ['a', 'b', 'c', 'd', 'e'].map((id) => timedRule(id, clock, 6));
    const yields: string[] = [];
    const result = await checkInSlices(
      draftFromText('正文'),
      ruleSet,
      {},
      {
        signal: new AbortController().signal,
        budgetMs: 10,
        now: clock.now,
        yieldToPage: async () => {
          yields.push(`after ${clock.now()} ms`);
        },
      },
    );
    // First the page's turn after reading the draft; then 6 ms per rule, 10 ms per slice: two rules
    // per slice, so a yield after the 2nd and 4th rule.
    expect(yields).toEqual(['after 0 ms', 'after 12 ms', 'after 24 ms']);
    expect(result!.findings.map((f) => f.ruleId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('stops at the next yield when aborted, and returns null', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const ruleSet = ['a', 'b', 'c', 'd'].map((id) => timedRule(id, clock, 20));
    let yields = 0;
    const result = await checkInSlices(
      draftFromText('正文'),
      ruleSet,
      {},
      {
        signal: controller.signal,
        now: clock.now,
        yieldToPage: async () => {
          // Aborted at the second yield: after the first rule's slice.
          if (++yields === 2) controller.abort();
        },
      },
    );
    expect(result).toBeNull();
    expect(yields).toBe(2);
    expect(clock.now()).toBe(20);
  });
});

describe('createSlicedChecker', () => {
  it('a newer run aborts the one in progress; only the newest gives a result', async () => {
    const lifetime = new AbortController();
    const clock = fakeClock();
    const checker = createSlicedChecker(lifetime.signal, {
      now: clock.now,
      budgetMs: 1,
      yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
    });
    const ruleSet = ['a', 'b', 'c'].map((id) => timedRule(id, clock, 5));
    const first = checker.run(draftFromText('第一稿'), ruleSet, {});
    const second = checker.run(draftFromText('第二稿'), ruleSet, {});
    expect(await first).toBeNull();
    expect((await second)!.findings).toHaveLength(3);
  });

  it('ending the guard’s lifetime aborts the run', async () => {
    const lifetime = new AbortController();
    const clock = fakeClock();
    const checker = createSlicedChecker(lifetime.signal, { now: clock.now, budgetMs: 1, yieldToPage: async () => lifetime.abort() });
    const run = checker.run(
      draftFromText('正文'),
      ['a', 'b'].map((id) => timedRule(id, clock, 5)),
      {},
    );
    expect(await run).toBeNull();
    expect(await checker.run(draftFromText('正文'), [], {})).toBeNull();
  });

  it.each([
    [SLICE_FROM, false],
    [SLICE_FROM + 1, true],
  ])('slices drafts longer than the threshold (%i characters: %s)', (length, wanted) => {
    const checker = createSlicedChecker(new AbortController().signal);
    expect(checker.wants(draftFromText('字'.repeat(length)))).toBe(wanted);
  });
});
