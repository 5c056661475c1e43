/**
 * Checks of large drafts in the page, in slices: one rule at a time, giving the page its turn
 * whenever a slice has run for `budgetMs`, so typing and painting never wait behind a whole check
 * (a task over 50 ms is one the user feels). A newer draft aborts the run in progress; so does
 * the guard's lifetime ending.
 */
import type { Draft } from '../engine/draft';
import type { Rule } from '../engine/rule';
import { startCheck, type CheckResult, type CheckSettings } from '../engine/runner';

/** Drafts up to this many characters are checked in one go: it takes a few milliseconds. */
export const SLICE_FROM = 8_000;
const BUDGET_MS = 10;

export interface SliceOptions {
  signal: AbortSignal;
  /** How long one slice may run before the page gets its turn. */
  budgetMs?: number;
  /** Gives the page its turn (the scheduler's yield where the browser has it, else a new task). */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

interface SchedulerGlobal {
  scheduler?: { yield?: () => Promise<void> };
}

/** Lets input and rendering run before continuing; scheduler.yield() keeps our place in line. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as SchedulerGlobal).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The check's result, or null when it was aborted (a newer draft, or the guard stopped). */
export async function checkInSlices(
  draft: Draft,
  rules: readonly Rule[],
  settings: CheckSettings,
  options: SliceOptions,
): Promise<CheckResult | null> {
  const { signal, budgetMs = BUDGET_MS, now = () => performance.now() } = options;
  const pause = options.yieldToPage ?? yieldToPage;
  if (signal.aborted) return null;
  // The caller has just read the draft (a walk over the editor): the page gets its turn before
  // normalising, the first slice.
  await pause();
  if (signal.aborted) return null;
  let sliceStart = now();
  const run = startCheck(draft, rules, settings);
  while (!run.done) {
    if (now() - sliceStart >= budgetMs) {
      await pause();
      if (signal.aborted) return null;
      sliceStart = now();
    }
    run.step();
  }
  return signal.aborted ? null : run.result();
}

/** One sliced check at a time: starting another, or cancelling, aborts the one in progress. */
export function createSlicedChecker(lifetime: AbortSignal, options: Omit<SliceOptions, 'signal'> = {}) {
  let current: AbortController | null = null;
  const cancel = () => {
    current?.abort();
    current = null;
  };
  lifetime.addEventListener('abort', cancel, { once: true });
  return {
    /** Whether a draft is large enough to be checked in slices. */
    wants: (draft: Draft) => draft.text.length > SLICE_FROM,
    run(draft: Draft, rules: readonly Rule[], settings: CheckSettings): Promise<CheckResult | null> {
      cancel();
      if (lifetime.aborted) return Promise.resolve(null);
      const controller = new AbortController();
      current = controller;
      return checkInSlices(draft, rules, settings, { ...options, signal: controller.signal }).finally(() => {
        if (current === controller) current = null;
      });
    },
    cancel,
  };
}
