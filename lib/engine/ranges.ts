/**
 * The range invariant every finding and edit keeps, whatever a rule reported: inside the text,
 * never splitting a surrogate pair (half an emoji or 𝟏 cannot be highlighted, masked or quoted),
 * and — for findings — never empty while the text has anything to point at.
 */

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function cutsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Clamps a range into the text and widens it outwards to whole code points. Empty stays empty. */
export function wholeCodePoints(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (cutsPair(text, s)) s--;
  if (cutsPair(text, e)) e++;
  return [s, e];
}

/**
 * A finding's range: whole code points, and at least one of them — the one at the start, or the
 * last one when the range sits at the very end. Only an empty text leaves it empty (and a finding
 * about an image with no text of its own: the runner keeps that one empty, see Finding.target).
 */
export function findingRange(text: string, start: number, end: number): [number, number] {
  const [s, e] = wholeCodePoints(text, start, end);
  if (e > s || text.length === 0) return [s, e];
  if (s < text.length) return [s, s + (isHigh(text.charCodeAt(s)) && isLow(text.charCodeAt(s + 1)) ? 2 : 1)];
  return [s - (s >= 2 && isLow(text.charCodeAt(s - 1)) && isHigh(text.charCodeAt(s - 2)) ? 2 : 1), s];
}

/**
 * Why a range breaks the invariant, or null when it keeps it (the fuzz run and the tests ask this).
 * A finding about an image as a whole (`aboutImage`: Finding.target) may be empty where the image stands.
 */
export function rangeProblem(text: string, start: number, end: number, slice?: string, aboutImage = false): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end)
    return `out of bounds [${start}, ${end}) in ${text.length}`;
  if (start === end && text.length > 0 && !aboutImage) return `empty at ${start}`;
  if (cutsPair(text, start) || cutsPair(text, end)) return `cuts a surrogate pair [${start}, ${end})`;
  if (slice !== undefined && slice !== text.slice(start, end)) return 'text is not the slice';
  return null;
}
