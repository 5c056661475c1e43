import type { Finding, Tier } from './rule';
import { statusOf } from './runner';

/** The summary every surface shows (host element, popup, toolbar badge). */
export function summarize(findings: readonly Finding[], requiredApproval: Tier) {
  const byCategory: Record<string, number> = {};
  for (const f of findings) if (f.severity !== 'info') byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  return {
    status: statusOf(findings),
    findings: findings.filter((f) => f.severity !== 'info').length,
    blocking: findings.filter((f) => f.severity === 'block').length,
    requiredApproval,
    byCategory,
  };
}
