/**
 * Warms the engine in the page's idle time, before there is a draft to check. A first check runs
 * code that has never run: functions compiled on their first call, regexes compiled on their first
 * use, each regex's needs read the second time it is met (lib/engine/presence.ts). In Chromium the
 * first check of a 10,000-character draft took about 44 ms where a warm one takes about 5. Editor
 * consoles load the draft after the page (an app fetches it, then mounts the editor), so that cost
 * can be paid while the page waits: two checks of a sample built from the rules' own examples,
 * run only in idle periods and only while each period lasts, so neither the page's work nor the
 * guard's real check ever waits behind it. It stops when `signal` aborts (the first real check
 * has been shown, or the guard's lifetime ended).
 */
import { draftFromText } from '../engine/draft';
import type { Rule } from '../engine/rule';
import { startCheck, type CheckRun } from '../engine/runner';

/** An idle period: how long is left of it. */
export interface IdlePeriod {
  timeRemaining(): number;
}

/** Waits for the next idle period. */
export type WaitForIdle = () => Promise<IdlePeriod>;

const browserIdle: WaitForIdle = () => new Promise((resolve) => requestIdleCallback(resolve));

/** Below this much of an idle period left, a step is not started (a rule's step takes up to a few ms). */
const ROOM_MS = 3;
/** A sample at least this long, so regexes are compiled as they are for a real draft, not for a short string. */
const SAMPLE_LENGTH = 1_200;
/** Two checks: the first compiles, the second reads what each regex needs. */
const PASSES = 2;

/** The rules' example drafts (the plain-text ones), one after another, repeated to SAMPLE_LENGTH characters. */
export function warmUpSample(rules: readonly Rule[]): string {
  const examples = rules
    .flatMap((rule) => [...rule.meta.examples.invalid, ...rule.meta.examples.valid])
    .map((example) => (typeof example === 'string' ? example : [example.title, example.text].filter(Boolean).join('\n')))
    .filter(Boolean)
    .join('\n');
  if (!examples) return '';
  return examples.repeat(Math.ceil(SAMPLE_LENGTH / examples.length));
}

/** Resolves once the warm-up has finished or stopped; never throws (a failed warm-up only means a cold first check). */
export async function warmUp(rules: readonly Rule[], signal: AbortSignal, waitForIdle: WaitForIdle = browserIdle): Promise<void> {
  const text = warmUpSample(rules);
  try {
    for (let pass = 0; pass < PASSES && text; pass++) {
      let run: CheckRun | undefined;
      while (!run?.done) {
        const period = await waitForIdle();
        if (signal.aborted) return;
        run ??= startCheck(draftFromText(text), rules);
        while (!run.done && period.timeRemaining() > ROOM_MS) run.step();
      }
    }
  } catch {
    // The real check reports any rule error where it matters; here nothing depends on the result.
  }
}
