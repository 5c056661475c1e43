/**
 * The publication record a released publish attempt commits (Art. 31 归档, Art. 33 日志), built
 * whole in one place: what was published, what the checks found, what was overridden and why, and
 * what covered the sign-off the draft needed (Art. 21). Pure: the controller gathers the inputs at
 * the click and hands the result to the background, which stores it (lib/log).
 */
import type { Finding, Tier } from '../engine/rule';
import type { ReviewerTitle } from '../approval/titles';
import { reviewerLabel } from '../approval/finding';
import type { ApprovalView } from '../approval/session';
import { fitInput } from '../log/limits';
import { classifyOrigin } from '../log/origin';
import type { Approval, PublicationInput } from '../log/record';

/** A sign-off the editor declares where the office uses no reviewer keys (Art. 21): kept as declared, not verified. */
export interface DeclaredSignOff {
  name: string;
  title: ReviewerTitle;
  /** ISO time of the sign-off. */
  at: string;
}

/** The reviewer label fits the record's field (its schema allows 100 characters). */
const label = (title: ReviewerTitle, name: string): string => reviewerLabel({ role: title, name })!.slice(0, 100);

/**
 * What covered the sign-off the draft needed, for the record: a verified signature, this browser's
 * own key (where policy allows it), a declared sign-off, or none. Null where no draft was read (an
 * approval shown earlier belongs to a draft that is gone) or where no sign-off was asked for.
 */
export function recordApproval(approval: ApprovalView | null, requiredApproval: Tier, declared: DeclaredSignOff | null): Approval | null {
  if (!approval) return null;
  const valid = approval.status === 'valid';
  if (!valid && declared) {
    return {
      token: null,
      status: approval.status,
      tier: requiredApproval,
      reviewer: label(declared.title, declared.name),
      coverage: 'declared',
      declaredName: declared.name,
      declaredRole: declared.title,
      declaredAt: declared.at,
    };
  }
  if (!approval.needed) return null;
  const best = approval.entries.find((e) => e.status === approval.status);
  return {
    token: best?.token ?? null,
    status: approval.status,
    tier: best?.tier ?? null,
    reviewer: best?.name && best.title ? label(best.title, best.name) : null,
    coverage: valid ? (approval.self ? 'self' : 'verified') : 'none',
  };
}

/**
 * The text the record keeps: the page's whole body where it was read (WeChat) and it holds every
 * line the editor shows; never an empty or partial reply in its place.
 */
export function recordText(shownText: string, pageText: string | null): string {
  const shown = shownText.split('\n').filter((l) => l.trim());
  return pageText !== null && shown.every((l) => pageText.includes(l)) ? pageText : shownText;
}

export interface RecordInputs {
  platform: string | undefined;
  url: string;
  /** The draft read at the click; null on a platform's publish button where no editor could be read. */
  draft: { title: string; text: string } | null;
  /** SHA-256 of the draft's canonical form (lib/engine/canonical.ts), of an empty draft when none was read. */
  contentHash: string;
  requiredApproval: Tier;
  /** Every finding at the click, including blocking ones found only in the page's unrendered body. */
  checked: readonly Finding[];
  overrides: PublicationInput['overrides'];
  /** The page's own whole body text where it was read; null otherwise. */
  pageText: string | null;
  /** The approval state of exactly this draft; null without an approval session or a draft read. */
  approval: ApprovalView | null;
  declared: DeclaredSignOff | null;
}

/**
 * The whole record input, fitted to the record's limits (an outsized draft is recorded in part,
 * never refused). With no draft read it still marks the publication: empty title, no text, origin
 * 'unread' (a post, not an original), no approval.
 */
export function publicationInput(r: RecordInputs): PublicationInput {
  const text = r.draft ? recordText(r.draft.text, r.pageText) : null;
  return fitInput({
    platform: r.platform ?? 'generic',
    url: r.url,
    title: r.draft?.title ?? '',
    contentHash: r.contentHash,
    requiredApproval: r.requiredApproval,
    findings: r.checked.map(({ ruleId, category, severity }) => ({ ruleId, category, severity })),
    overrides: r.overrides,
    // The background keeps all, an excerpt or none of the text (settings log.snapshot).
    ...(text !== null ? { text, ...classifyOrigin(text, r.checked) } : { origin: 'unread' as const }),
    approval: r.draft ? recordApproval(r.approval, r.requiredApproval, r.declared) : null,
  });
}
