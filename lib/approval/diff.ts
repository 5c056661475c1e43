/**
 * What changed since approval, paragraph by paragraph: lines of the current draft that the
 * approved text did not have, and approved lines that are gone. A multiset difference is
 * enough for an editor to find the edit; it is not a full diff.
 */
export interface ChangedPassages {
  added: string[];
  removed: string[];
}

function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  const out: string[] = [];
  for (const line of a) {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else out.push(line);
  }
  return out;
}

export function changedPassages(approved: string, current: string): ChangedPassages {
  const a = approved.split('\n').filter(Boolean);
  const c = current.split('\n').filter(Boolean);
  return { added: minus(c, a), removed: minus(a, c) };
}
