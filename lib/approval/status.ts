/**
 * What a draft's signed approval comes to: `valid`, or why not (`missing` when there is none).
 * One list for the verifier, the panel, the CLI, the stored record and the dashboard's filter; its
 * order is the order the dashboard offers them in.
 */
export const APPROVAL_STATUSES = ['missing', 'valid', 'stale', 'expired', 'untrusted', 'insufficient', 'invalid'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
