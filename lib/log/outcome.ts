/**
 * What a record can say of a publication whose tab was closed before the platform confirmed it.
 * A platform that goes to a documented success page after every publish (WeChat's account home,
 * Douyin's and Kuaishou's content lists…) had not gone there: the post was most likely never
 * sent (`abandoned`, not counted as a post for Art. 22/23). Past the time limit, the page simply
 * did not show (`unconfirmed`, still counted). A platform with no such page, or only an in-page
 * layer on some of its forms, tells nothing by a closed tab: the record stays `attempted`.
 */
import type { SuccessSignal } from '../adapters/adapter';
import type { Outcome } from './record';

export function outcomeOfClosedTab(
  success: SuccessSignal | null | undefined,
  expired: boolean,
): Extract<Outcome, 'abandoned' | 'unconfirmed'> | null {
  if (!success?.pages?.length) return null;
  return expired ? 'unconfirmed' : 'abandoned';
}

/** Whether a record counts as a post (cadence, originals): released, and not known to have failed. */
export const countsAsPost = (r: { practice?: boolean; outcome?: Outcome }) => !r.practice && r.outcome !== 'abandoned';
