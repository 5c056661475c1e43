import type { Finding } from '../engine/rule';

/**
 * Findings alike in all but their place — the same words flagged the same way by the same rule —
 * listed once, in the draft's order of their first place. A finding about an image stands alone.
 */
export function groupFindings(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<unknown, Finding[]>();
  for (const f of findings) {
    const key = f.image || f.target ? f : `${f.ruleId}\0${f.severity}\0${f.message}\0${f.text}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}
