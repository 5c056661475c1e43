/**
 * Approval is a reviewer's act, done in the extension's own review page, never in the platform's
 * page: the editor page hands over what it read (the draft and the findings), the review page shows
 * it and signs. The signed content hash is computed from that handed-over draft by the background.
 */
import type { Draft } from '../engine/draft';
import type { Finding, Tier } from '../engine/rule';
import type { ReviewRequest } from './messages';
import type { AcceptedFinding } from './token';

/** Findings a reviewer has to answer for when approving: everything the gate would show. */
export const findingsToAccept = <F extends Pick<Finding, 'severity' | 'category'>>(findings: readonly F[]): F[] =>
  findings.filter((f) => f.severity !== 'info' && f.category !== 'approval');

/** The opinion a token records for each open finding (the same written reason for each). */
export function acceptedFor(findings: ReviewRequest['findings'], reason: string): AcceptedFinding[] | null {
  const open = findingsToAccept(findings);
  if (open.length && !reason.trim()) return null;
  return open.slice(0, 50).map((f) => ({ ruleId: f.ruleId, text: f.text.slice(0, 200), reason: reason.trim().slice(0, 500) }));
}

/** What the review page needs of a draft: only data, no DOM nodes. */
export function reviewRequestFor(
  draft: Draft,
  required: Tier,
  findings: readonly Finding[],
  where: { pageKey: string; platform?: string; ruleset: string },
): ReviewRequest {
  return {
    pageKey: where.pageKey,
    ...(where.platform ? { platform: where.platform } : {}),
    ruleset: where.ruleset,
    requiredApproval: required,
    draft: {
      title: draft.title,
      text: draft.text,
      images: draft.images
        .slice(0, 500)
        .map(({ src, alt, title, offset }) => ({ src: src.slice(0, 4096), alt: alt.slice(0, 1000), title: title.slice(0, 1000), offset })),
      links: draft.links
        .slice(0, 2000)
        .map(({ href, text, start, end }) => ({ href: href.slice(0, 4096), text: text.slice(0, 2000), start, end })),
      unchecked: (draft.unchecked ?? []).slice(0, 500).map((u) => u.slice(0, 4096)),
    },
    findings: findings
      .filter((f) => f.category !== 'approval')
      .slice(0, 200)
      .map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        text: f.text.slice(0, 200),
        message: f.message.slice(0, 1000),
      })),
  };
}
