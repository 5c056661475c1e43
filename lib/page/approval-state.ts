/**
 * The approval state of the draft on the page, kept in step with the checks: after each check the
 * attached approvals are verified against the draft as it is (asynchronous: hashing, signatures),
 * and the latest run wins. The gate waits for the state of exactly the draft it decides on.
 */
import type { Draft } from '../engine/draft';
import type { Finding, Tier } from '../engine/rule';
import type { ApprovalSession, ApprovalView } from '../approval/session';

export interface ApprovalState {
  /** Signed approvals of the draft last verified; null without an approval session. */
  readonly view: ApprovalView | null;
  /** The approval finding of that draft (a missing or invalid sign-off); null when none. */
  readonly finding: Finding | null;
  /** Verifies the draft's approvals for the tier it needs; `changed` runs when the result lands. */
  evaluate(draft: Draft, required: Tier): void;
  /** No draft: no approval finding, and a run still going is dropped. */
  clear(): void;
  /** Resolves once the state matches the latest `evaluate`. */
  settled(): Promise<void>;
}

export function approvalState(session: ApprovalSession | undefined, signal: AbortSignal, changed: () => void): ApprovalState {
  let view: ApprovalView | null = null;
  let finding: Finding | null = null;
  let run: Promise<void> = Promise.resolve();
  let seq = 0;
  return {
    get view() {
      return view;
    },
    get finding() {
      return finding;
    },
    evaluate(draft, required) {
      if (!session) return;
      const mine = ++seq;
      run = session
        .evaluate(draft, required)
        .then((state) => {
          if (mine !== seq || signal.aborted) return;
          view = state.view;
          finding = state.finding;
          changed();
        })
        .catch(() => {
          /* a failed verification leaves the last state; the next check tries again */
        });
    },
    clear() {
      finding = null;
      seq++;
    },
    async settled() {
      let current: Promise<void>;
      do {
        current = run;
        await current;
      } while (current !== run);
    },
  };
}
