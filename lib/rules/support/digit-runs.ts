/**
 * Digit runs in normalised text: digits with the separators editors put inside numbers (spaces,
 * dashes, dots, brackets, slashes). Number rules pick candidates made of whole groups of a run, so
 * "138 0013 8000" and "1 3 8 0 0 1 3 8 0 0 0" are one candidate and two numbers separated by a
 * space are two.
 *
 * The groups of a whole text are kept flat in typed arrays, not as an object per group and an
 * array per run: a draft of a million characters has hundreds of thousands of short runs (years,
 * counts, 6.4级), and objects that live through a check make the garbage collector's work grow
 * faster than the text. Candidates are made one at a time while picking, only in runs long enough
 * to hold one, and the picking can stop after a bounded amount of work and resume (see {@link pickNumbers}).
 */

import { doubled } from './text-units';

export interface Candidate {
  start: number;
  end: number;
  /** The compacted characters (digits, and a trailing X for ID numbers). */
  value: string;
}

const RUN = /(?<![0-9A-Za-z])\d(?:[ \-.·_/()（）]{0,2}\d)*(?:[ \-]?[Xx])?(?![0-9A-Za-z])/g;

/**
 * The digit groups of one text: group k is `text.slice(start[k], end[k])` (digits, digits and an X,
 * or a lone X); run r is groups `first[r]` to `first[r + 1] - 1`; `count[k]` is the length of the
 * compacted value of the groups before k (over the whole text).
 */
export interface DigitRuns {
  text: string;
  runs: number;
  first: Int32Array;
  start: Int32Array;
  end: Int32Array;
  count: Int32Array;
}

/** A compacted value in upper case: a trailing x reads as X. */
const upper = (s: string) => (s.charCodeAt(s.length - 1) === 0x78 ? s.toUpperCase() : s);

let cached: DigitRuns | undefined;

/**
 * The digit runs of a text. Several number rules scan the same normalised text in one check, so
 * the last result is kept: the scan runs once per check, not once per rule.
 */
export function digitRuns(text: string): DigitRuns {
  if (cached?.text === text) return cached;
  let first = new Int32Array(64);
  let start = new Int32Array(64);
  let end = new Int32Array(64);
  let count = new Int32Array(65);
  let runs = 0;
  let groups = 0;
  const group = (from: number, to: number) => {
    if (groups === start.length) [start, end, count] = [doubled(start), doubled(end), doubled(count)];
    start[groups] = from;
    end[groups] = to;
    count[groups + 1] = count[groups++] + to - from;
  };
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    if (runs + 1 === first.length) first = doubled(first);
    first[runs++] = groups;
    const to = m.index + m[0].length;
    let groupStart = -1;
    for (let i = m.index; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        if (groupStart < 0) groupStart = i;
      } else if (c === 0x58 || c === 0x78) {
        // X closes the digits before it, or stands alone after a space or dash (the run's last character).
        group(groupStart < 0 ? i : groupStart, i + 1);
        groupStart = -1;
      } else if (groupStart >= 0) {
        group(groupStart, i);
        groupStart = -1;
      }
    }
    if (groupStart >= 0) group(groupStart, to);
  }
  first[runs] = groups;
  return (cached = { text, runs, first, start, end, count });
}

/** Work (groups visited and candidates asked about) between two pauses of {@link pickNumbers}. */
export const PICK_STEP = 4096;

/**
 * Picks numbers out of the runs: candidates whose compacted length is one of `lengths`, starting
 * and ending on group boundaries, earliest first and, for one start, the shortest (`'shortest'`)
 * or the longest (`'longest'`: 6222 0224 0201 2345 678 is one 19-digit card, not 16 + 3) first;
 * the first candidate `accept` takes wins, and the next candidate starts after it. Calls `picked`
 * for each number taken, in text order.
 *
 * A generator: it pauses (yields) after about {@link PICK_STEP} units of work, so a check in the
 * page can give the editor its turn inside one rule (a run of 20,000 spaced digits asks about
 * 80,000 candidates). Run to the end, it picks exactly what a check in one go picks.
 */
export function* pickNumbers(
  runs: DigitRuns,
  lengths: readonly number[],
  order: 'shortest' | 'longest',
  accept: (c: Candidate) => boolean,
  picked: (c: Candidate) => void,
): Generator<void, void, undefined> {
  const max = Math.max(...lengths);
  const min = Math.min(...lengths);
  const { text, first, start, end, count } = runs;
  // Ends (group indexes) of the candidates at one start, shortest first.
  const ends: number[] = [];
  // The compacted value of the run being picked from, made when a candidate spans several groups.
  let digits: string | undefined;
  const value = (r: number, i: number, j: number) => {
    if (i === j) return upper(text.slice(start[i], end[i]));
    if (digits === undefined) {
      const parts: string[] = [];
      for (let k = first[r]; k < first[r + 1]; k++) parts.push(text.slice(start[k], end[k]));
      digits = upper(parts.join(''));
    }
    return digits.slice(count[i] - count[first[r]], count[j + 1] - count[first[r]]);
  };
  let work = 0;
  for (let r = 0; r < runs.runs; r++) {
    const from = first[r];
    const to = first[r + 1];
    if (count[to] - count[from] < min) {
      if (++work >= PICK_STEP) {
        work = 0;
        yield;
      }
      continue;
    }
    let until = -1;
    digits = undefined;
    for (let i = from; i < to; i++) {
      if (++work >= PICK_STEP) {
        work = 0;
        yield;
      }
      if (start[i] < until) continue;
      ends.length = 0;
      for (let j = i; j < to && count[j] - count[i] < max; j++) if (lengths.includes(count[j + 1] - count[i])) ends.push(j);
      for (let k = 0; k < ends.length; k++) {
        const j = order === 'shortest' ? ends[k] : ends[ends.length - 1 - k];
        const c: Candidate = { start: start[i], end: end[j], value: value(r, i, j) };
        work++;
        if (!accept(c)) continue;
        picked(c);
        until = c.end;
        break;
      }
    }
  }
}
