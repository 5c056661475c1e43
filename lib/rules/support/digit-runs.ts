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

import { grown } from '../../engine/normalize';

export interface Candidate {
  start: number;
  end: number;
  /** The compacted characters (digits, and a trailing X for ID numbers). */
  value: string;
}

const RUN = /(?<![0-9A-Za-z])\d(?:[ \-.·_/()（）]{0,2}\d)*(?:[ \-]?[Xx])?(?![0-9A-Za-z])/g;

/** Characters of the text one call of {@link DigitRuns.more} reads at most. */
export const SCAN_STEP = 4096;

/**
 * The digit groups of one text, found a part at a time ({@link DigitRuns.more}): group k is
 * `text.slice(start[k], end[k])` (digits, digits and an X, or a lone X); run r, for r below `runs`
 * (the runs read so far), is groups `first[r]` to `first[r + 1] - 1`; `count[k]` is the length of
 * the compacted value of the groups before k (over the whole text).
 */
export interface DigitRuns {
  text: string;
  runs: number;
  first: Int32Array;
  start: Int32Array;
  end: Int32Array;
  count: Int32Array;
  /** Reads on for up to {@link SCAN_STEP} characters; false once the whole text is read. */
  more(): boolean;
}

let cached: DigitRuns | undefined;

/**
 * The digit runs of a text, read as the number rules ask for them. Several number rules read the
 * same normalised text in one check, so the last text's runs are kept: the text is read once per
 * check, not once per rule.
 */
export function digitRuns(text: string): DigitRuns {
  if (cached?.text === text) return cached;
  // Where the next run is looked for, and the run being read ([at, to) still to read).
  let groups = 0;
  let next = 0;
  let at = 0;
  let to = -1;
  let groupStart = -1;
  let done = false;
  const runs: DigitRuns = {
    text,
    runs: 0,
    first: new Int32Array(64),
    start: new Int32Array(64),
    end: new Int32Array(64),
    count: new Int32Array(65),
    more() {
      for (let budget = SCAN_STEP; budget > 0 && !done;) {
        if (to < 0) {
          RUN.lastIndex = next;
          const m = RUN.exec(text);
          if (m) {
            at = m.index;
            to = next = RUN.lastIndex;
          } else done = true;
          budget--;
          continue;
        }
        const stop = Math.min(to, at + budget);
        budget -= stop - at;
        for (; at < stop; at++) {
          const c = text.charCodeAt(at);
          if (c >= 0x30 && c <= 0x39) {
            if (groupStart < 0) groupStart = at;
          } else if (c === 0x58 || c === 0x78) {
            // X closes the digits before it, or stands alone after a space or dash (the run's last character).
            group(groupStart < 0 ? at : groupStart, at + 1);
            groupStart = -1;
          } else if (groupStart >= 0) {
            group(groupStart, at);
            groupStart = -1;
          }
        }
        if (at === to) {
          if (groupStart >= 0) group(groupStart, at);
          groupStart = to = -1;
          if (runs.runs + 2 >= runs.first.length) runs.first = grown(runs.first);
          runs.first[++runs.runs] = groups;
        }
      }
      return !done;
    },
  };
  const group = (from: number, end: number) => {
    const k = groups++;
    if (k === runs.start.length) [runs.start, runs.end, runs.count] = [grown(runs.start), grown(runs.end), grown(runs.count)];
    runs.start[k] = from;
    runs.end[k] = end;
    runs.count[k + 1] = runs.count[k] + end - from;
  };
  return (cached = runs);
}

/** Work (groups visited and candidates asked about) between two pauses of {@link pickNumbers}. */
export const PICK_STEP = 256;

/**
 * Picks numbers out of the runs: candidates whose compacted length is one of `lengths`, starting
 * and ending on group boundaries, earliest first and, for one start, the shortest (`'shortest'`)
 * or the longest (`'longest'`: 6222 0224 0201 2345 678 is one 19-digit card, not 16 + 3) first;
 * the first candidate `accept` takes wins, and the next candidate starts after it. Calls `picked`
 * for each number taken, in text order.
 *
 * A generator: it pauses (yields) after about {@link PICK_STEP} units of work or a part of the text
 * read, so a check in the page can give the editor its turn inside one rule (a run of 20,000 spaced
 * digits asks about 80,000 candidates). Run to the end, it picks exactly what a check in one go picks.
 */
export function* pickNumbers(
  runs: DigitRuns,
  lengths: readonly number[],
  order: 'shortest' | 'longest',
  accept: (c: Candidate) => boolean,
  picked: (c: Candidate) => void,
): Generator<void, void, undefined> {
  // The work is a plain function called once per part: V8 optimises a long loop in a function it
  // can enter again, not one inside a generator (which a page runs once per check, interpreted).
  const more = picker(runs, lengths, order, accept, picked);
  while (more()) yield;
}

/** Does up to {@link PICK_STEP} units of {@link pickNumbers}' work per call; returns whether work is left. */
function picker(
  runs: DigitRuns,
  lengths: readonly number[],
  order: 'shortest' | 'longest',
  accept: (c: Candidate) => boolean,
  picked: (c: Candidate) => void,
): () => boolean {
  const max = Math.max(...lengths);
  const min = Math.min(...lengths);
  const { text } = runs;
  // Ends (group indexes) of the candidates at one start, shortest first.
  const ends: number[] = [];
  // Where the work stands: run r, the next group to start candidates at, where the last number ended.
  let r = 0;
  let i = 0;
  let until = -1;
  // The compacted value of run r (in upper case: a trailing x reads as X), made when a candidate spans several groups.
  let digits: string | undefined;
  const value = (j: number) => {
    const { first, start, end, count } = runs;
    if (i === j) return text.slice(start[i], end[i]).toUpperCase();
    if (digits === undefined) {
      const parts: string[] = [];
      for (let k = first[r]; k < first[r + 1]; k++) parts.push(text.slice(start[k], end[k]));
      digits = parts.join('').toUpperCase();
    }
    return digits.slice(count[i] - count[first[r]], count[j + 1] - count[first[r]]);
  };
  return () => {
    for (let work = 0; ;) {
      // Run r must have been read whole; reading a part of the text ends this part of the work.
      if (r === runs.runs) return runs.more() || r < runs.runs;
      const { first, start, end, count } = runs;
      const to = first[r + 1];
      // A run too short to hold a number is passed over whole.
      if (i === first[r] && count[to] - count[i] < min) i = to;
      for (; i < to; i++) {
        if (++work > PICK_STEP) return true;
        if (start[i] < until) continue;
        ends.length = 0;
        for (let j = i; j < to && count[j] - count[i] < max; j++) if (lengths.includes(count[j + 1] - count[i])) ends.push(j);
        for (let k = 0; k < ends.length; k++) {
          const j = order === 'shortest' ? ends[k] : ends[ends.length - 1 - k];
          const c: Candidate = { start: start[i], end: end[j], value: value(j) };
          work++;
          if (!accept(c)) continue;
          picked(c);
          until = c.end;
          break;
        }
      }
      r++;
      until = -1;
      digits = undefined;
      if (++work > PICK_STEP) return true;
    }
  };
}
