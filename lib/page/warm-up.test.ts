import { describe, expect, it } from 'vitest';
import type { Rule } from '../engine/rule';
import { fakeRule } from '../../test/harness/fake-rule';
import { rules } from '../rules';
import { warmUp, warmUpSample, type IdlePeriod } from './warm-up';

/** A rule whose examples are `examples` and whose check is `check`. */
const exampleRule = (examples: string[], check: Rule['check'] = () => undefined) => fakeRule('sample', check, { examples });

/** Idle periods of `ms` each; `onWait` runs before each is handed out (a test aborts from there). */
const idleOf = (ms: number, onWait: (n: number) => void = () => undefined) => {
  let waits = 0;
  return async (): Promise<IdlePeriod> => {
    onWait(++waits);
    return { timeRemaining: () => ms };
  };
};

describe('warmUpSample', () => {
  it("holds every rule's plain-text examples and is at least 1,200 characters, as a real draft's regexes need", () => {
    const sample = warmUpSample(rules);
    expect(sample.length).toBeGreaterThanOrEqual(1_200);
    for (const rule of rules)
      for (const example of rule.meta.examples.invalid)
        if (typeof example === 'string') expect(sample, rule.meta.id).toContain(example);
        else if (example.text) expect(sample, rule.meta.id).toContain(example.text);
  });

  it('is empty when no rule has an example', () => {
    expect(warmUpSample([exampleRule([])])).toBe('');
  });
});

describe('warmUp', () => {
  it('checks the sample twice, then stops', async () => {
    const texts: string[] = [];
    await warmUp([exampleRule(['据网友爆料'], (c) => void texts.push(c.text))], new AbortController().signal, idleOf(50));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('据网友爆料');
    expect(texts[0].length).toBeGreaterThanOrEqual(1_200);
  });

  it('starts no step in an idle period with 3 ms or less left, and stops when aborted', async () => {
    const stop = new AbortController();
    let checks = 0;
    await warmUp(
      [exampleRule(['据网友爆料'], () => void checks++)],
      stop.signal,
      idleOf(3, (n) => n === 20 && stop.abort()),
    );
    expect(checks).toBe(0);
  });

  it('does no more once aborted (the first real check has been shown)', async () => {
    const stop = new AbortController();
    let checks = 0;
    await warmUp(
      [exampleRule(['据网友爆料'], () => void checks++)],
      stop.signal,
      idleOf(50, (n) => n === 2 && stop.abort()),
    );
    expect(checks).toBe(1);
  });

  it('never throws: a rule that fails only leaves the first real check cold', async () => {
    const failing = exampleRule(['据网友爆料'], () => {
      throw new Error('boom');
    });
    await expect(warmUp([failing], new AbortController().signal, idleOf(50))).resolves.toBeUndefined();
  });
});
