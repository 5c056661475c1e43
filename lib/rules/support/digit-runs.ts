/**
 * Digit runs in normalised text: digits with the separators editors put inside numbers (spaces,
 * dashes, dots, brackets, slashes). Number rules pick candidates made of whole groups of a run, so
 * "138 0013 8000" and "1 3 8 0 0 1 3 8 0 0 0" are one candidate and two numbers separated by a
 * space are two.
 */

export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

export interface Candidate {
  start: number;
  end: number;
  /** The compacted characters (digits, and a trailing X for ID numbers). */
  value: string;
}

const RUN = /(?<![0-9A-Za-z])\d(?:[ \-.·_/()（）]{0,2}\d)*(?:[ \-]?[Xx])?(?![0-9A-Za-z])/g;
const GROUP = /\d+[Xx]?|[Xx]/g;

let cachedText: string | undefined;
let cachedRuns: DigitGroup[][] = [];

/**
 * The digit runs of a text. Several number rules scan the same normalised text in one check, so
 * the last result is kept: the scan runs once per check, not once per rule.
 */
export function digitRuns(text: string): readonly DigitGroup[][] {
  if (text === cachedText) return cachedRuns;
  const runs: DigitGroup[][] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const groups: DigitGroup[] = [];
    GROUP.lastIndex = 0;
    for (let g = GROUP.exec(m[0]); g; g = GROUP.exec(m[0])) {
      groups.push({ start: m.index + g.index, end: m.index + g.index + g[0].length, digits: g[0].toUpperCase() });
    }
    runs.push(groups);
  }
  cachedText = text;
  cachedRuns = runs;
  return runs;
}

/**
 * Candidates of a run whose compacted length is one of `lengths`, starting and ending on group
 * boundaries. A run that is exactly one candidate long yields just that candidate.
 */
export function candidates(groups: readonly DigitGroup[], lengths: readonly number[]): Candidate[] {
  const max = Math.max(...lengths);
  const out: Candidate[] = [];
  // The run's digits as one string, and where each group starts in it: a candidate's value is one
  // slice of it. A run of thousands of single digits (1 1 1 …) has a candidate at nearly every
  // group, and concatenating its groups one by one made a string per step of every window.
  const digits = groups.map((g) => g.digits).join('');
  const at = new Int32Array(groups.length + 1);
  for (let k = 0; k < groups.length; k++) at[k + 1] = at[k] + groups[k].digits.length;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i; j < groups.length && at[j] - at[i] < max; j++) {
      if (lengths.includes(at[j + 1] - at[i]))
        out.push({ start: groups[i].start, end: groups[j].end, value: digits.slice(at[i], at[j + 1]) });
    }
  }
  return out;
}

/** Candidates that do not overlap, earliest first, the first acceptable one winning. */
export function pickCandidates(all: readonly Candidate[], accept: (c: Candidate) => boolean): Candidate[] {
  const chosen: Candidate[] = [];
  let until = -1;
  for (const c of all) {
    if (c.start < until || !accept(c)) continue;
    chosen.push(c);
    until = c.end;
  }
  return chosen;
}
