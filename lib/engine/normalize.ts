/**
 * Normalisation done once per check (rules README §A.0): NFKC, invisible characters dropped,
 * runs of Chinese numerals mapped to digits. Rules see only the normalised text; the offset map
 * turns their ranges back into the characters the user actually typed.
 */

/** Zero-width, bidi-control, soft-hyphen, variation-selector and keycap characters. */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF\u20E3]/;

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
const MARK = /\p{M}/u;

/**
 * Per UTF-16 code unit, filled lazily: 1 = NFKC leaves it alone and it is visible (copied as is),
 * 4 = it folds to exactly one other code unit (full-width punctuation and digits: ONE_UNIT holds it),
 * 2 = it changes otherwise or vanishes, 3 = a combining mark (normalised with its base).
 * Surrogates are 2.
 * Text made only of stable characters is copied without any per-character normalisation.
 */
const STABILITY = new Uint8Array(0x10000);
const ONE_UNIT = new Uint16Array(0x10000);

function stability(code: number): number {
  let v = STABILITY[code];
  if (v === 0) {
    const ch = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdfff) v = 2;
    else if (MARK.test(ch)) v = 3;
    else if (INVISIBLE.test(ch)) v = 2;
    else {
      const folded = ch.normalize('NFKC');
      if (folded === ch) v = 1;
      else if (folded.length === 1 && !MARK.test(folded)) {
        v = 4;
        ONE_UNIT[code] = folded.charCodeAt(0);
      } else v = 2;
    }
    STABILITY[code] = v;
  }
  return v;
}

const FOLDED = new Map<number, string>();
function fold(ch: string): string {
  const folded = ch.replace(INVISIBLE_ALL, '').normalize('NFKC');
  FOLDED.set(ch.charCodeAt(0), folded);
  return folded;
}

/**
 * A base character with its combining marks: the unit NFKC may compose. At most 30 marks go with
 * one base (Unicode's stream-safe limit, UAX #15): NFKC sorts a cluster's marks, which takes time
 * quadratic in a run of thousands; a longer run continues as clusters of its own.
 */
const CLUSTER = /[\s\S]\p{M}{0,30}/uy;

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  洞: '0',
  一: '1',
  壹: '1',
  幺: '1',
  二: '2',
  贰: '2',
  两: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  拐: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
  勾: '9',
};
/** Per code unit: 0 = not a numeral, 1–10 = digit value + 1 (ASCII digits and Chinese numerals). */
const DIGIT_OF = new Uint8Array(0x10000);
for (const [c, d] of Object.entries(CN_DIGIT)) DIGIT_OF[c.charCodeAt(0)] = +d + 1;
for (let d = 0; d <= 9; d++) DIGIT_OF[48 + d] = d + 1;
const SEPARATOR = new Uint8Array(0x10000);
for (const c of ' -–—.·_\t') SEPARATOR[c.charCodeAt(0)] = 1;

/**
 * Rewrites runs of seven or more numerals (Chinese or Arabic, up to two separators between them)
 * that contain a Chinese numeral as ASCII digits, one character for one: long enough to be a
 * phone or ID number, too long to be prose such as 第一 or 一二三. Works in place on the
 * normalised code units; returns whether it rewrote anything.
 */
function chineseNumeralRuns(out: Uint16Array, length: number): boolean {
  let rewritten = false;
  let runStart = -1;
  let lastNumeral = -1;
  let count = 0;
  let hasChinese = false;
  const flush = () => {
    if (count >= 7 && hasChinese) {
      rewritten = true;
      for (let k = runStart; k <= lastNumeral; k++) {
        const d = DIGIT_OF[out[k]];
        if (d) out[k] = 0x30 + d - 1;
      }
    }
    runStart = -1;
    count = 0;
    hasChinese = false;
  };
  for (let i = 0; i < length; i++) {
    const code = out[i];
    if (DIGIT_OF[code]) {
      if (runStart < 0) runStart = i;
      count++;
      if (code > 127) hasChinese = true;
      lastNumeral = i;
    } else if (runStart >= 0 && !(SEPARATOR[code] && i - lastNumeral <= 2)) {
      flush();
    }
  }
  if (runStart >= 0) flush();
  return rewritten;
}

export interface Normalized {
  /** The normalised text rules see. */
  readonly text: string;
  /** The original text. */
  readonly original: string;
  /** Maps a normalised range [start, end) to the original range covering what the user typed. */
  toOriginal(start: number, end: number): [number, number];
  /** Maps an original range [start, end) to the normalised range rules see. */
  toNormalized(start: number, end: number): [number, number];
}

/**
 * The offset map: pieces of the normalised text and the original range each came from, in order,
 * four numbers a piece (normalised start and end, original start and end) in one typed array: a text
 * where every other character changes has a piece per character. Inside a piece whose normalised and
 * original lengths agree the mapping is one to one; otherwise the piece is atomic (an expansion or
 * contraction) and any range touching it covers all of it.
 */
interface PieceMap {
  at: Int32Array;
  /** Number of pieces. */
  length: number;
}

const isLinear = ({ at }: PieceMap, k: number) => at[4 * k + 1] - at[4 * k] === at[4 * k + 3] - at[4 * k + 2];

/** Appends a piece, merging a one-to-one piece into a one-to-one piece it continues (plain text stays one piece). */
function pushPiece(map: PieceMap, normStart: number, normEnd: number, origStart: number, origEnd: number) {
  const last = 4 * (map.length - 1);
  if (
    normEnd - normStart === origEnd - origStart &&
    map.length &&
    map.at[last + 1] === normStart &&
    map.at[last + 3] === origStart &&
    isLinear(map, map.length - 1)
  ) {
    map.at[last + 1] = normEnd;
    map.at[last + 3] = origEnd;
  } else if (normEnd > normStart) {
    const k = 4 * map.length++;
    if (k === map.at.length) map.at = grown(map.at, k);
    map.at[k] = normStart;
    map.at[k + 1] = normEnd;
    map.at[k + 2] = origStart;
    map.at[k + 3] = origEnd;
  }
}

/** A typed array at least twice as long (and at least `min`), holding `a`'s first `used` numbers. */
export function grown<T extends Uint16Array | Int32Array>(a: T, used = a.length, min = 0): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, min));
  b.set(a.subarray(0, used));
  return b;
}

/**
 * Code units to a string in one copy. The decoder reads bytes: only where code units are stored
 * little-endian (every platform the extension runs on).
 */
const utf16 = new Uint8Array(Uint16Array.of(1).buffer)[0] ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** The string of code units `out[0, length)`. */
function decode(out: Uint16Array, length: number, wellFormed: boolean): string {
  // The decoder is one copy, but it replaces a lone surrogate: text holding one is built in chunks.
  if (wellFormed && utf16) return utf16.decode(out.subarray(0, length));
  const parts: string[] = [];
  for (let k = 0; k < length; k += 8192) parts.push(String.fromCharCode(...out.subarray(k, Math.min(length, k + 8192))));
  return parts.join('');
}

export function normalize(original: string): Normalized {
  const n = original.length;
  const pieces: PieceMap = { at: new Int32Array(64), length: 0 };
  // The output, code unit by code unit (NFKC can expand a character, so it may outgrow the input).
  let out = new Uint16Array(n + 16);
  let o = 0;
  let changed = false;
  const emit = (folded: string) => {
    if (o + folded.length > out.length) out = grown(out, o, o + folded.length);
    for (let k = 0; k < folded.length; k++) {
      out[o++] = folded.charCodeAt(k);
    }
  };
  let i = 0;
  while (i < n) {
    // Copy the longest run of characters that map one to one (unchanged, or folded to one code
    // unit); a combining mark ends it, and the character before the mark (its base) goes with it.
    let j = i;
    let v = 0;
    if (o + (n - i) > out.length) out = grown(out, o, o + (n - i));
    while (j < n) {
      const code = original.charCodeAt(j);
      v = STABILITY[code] || stability(code);
      if (v === 1) out[o++] = code;
      else if (v === 4) {
        out[o++] = ONE_UNIT[code];
        changed = true;
      } else break;
      j++;
    }
    if (v === 3 && j > i) {
      // The mark's base was copied: it is normalised with its marks instead. (A folded base is
      // taken back too; the cluster below folds it again.)
      j--;
      o--;
    }
    if (j > i) {
      pushPiece(pieces, o - (j - i), o, i, j);
      i = j;
      continue;
    }
    const code = original.charCodeAt(i);
    let cluster: string;
    let folded: string;
    if (stability(code) === 2 && code < 0xd800 && !(i + 1 < n && stability(original.charCodeAt(i + 1)) === 3)) {
      // A lone BMP character that changes (full-width punctuation, mostly): cached.
      cluster = original[i];
      folded = FOLDED.get(code) ?? fold(cluster);
    } else {
      CLUSTER.lastIndex = i;
      cluster = CLUSTER.exec(original)![0];
      folded = cluster.replace(INVISIBLE_ALL, '').normalize('NFKC');
    }
    if (folded !== cluster) changed = true;
    const from = o;
    emit(folded);
    pushPiece(pieces, from, o, i, i + cluster.length);
    i += cluster.length;
  }
  if (chineseNumeralRuns(out, o)) changed = true;
  // Nothing changed (plain text): the rules read the typed text itself.
  // Normalising neither makes nor mends a lone surrogate: the output holds one only if the input does.
  const text = changed ? decode(out, o, original.isWellFormed()) : original;
  return {
    text,
    original,
    toOriginal: (start, end) => mapRange(pieces, start, end, original.length),
    toNormalized: (start, end) => {
      const s2 = toNorm(pieces, start, false, text.length);
      return [s2, Math.max(s2, toNorm(pieces, end, true, text.length))];
    },
  };
}

/** The piece holding normalised offset `normIndex`, or -1. */
function findPiece({ at, length }: PieceMap, normIndex: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (normIndex < at[4 * mid]) hi = mid - 1;
    else if (normIndex >= at[4 * mid + 1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The first piece whose original range ends after `orig` (pieces are sorted and disjoint). */
function pieceAfter({ at, length }: PieceMap, orig: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[4 * mid + 3] <= orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An original offset in normalised coordinates, as a range's start or (`isEnd`) its end; a dropped
 * (invisible) character maps to where the text resumes.
 */
function toNorm(pieces: PieceMap, orig: number, isEnd: boolean, normLength: number): number {
  const i = pieceAfter(pieces, isEnd ? orig - 1 : orig);
  const { at } = pieces;
  if (i >= pieces.length) return normLength;
  if (orig <= at[4 * i + 2]) return at[4 * i];
  if (isLinear(pieces, i)) return at[4 * i] + (orig - at[4 * i + 2]);
  return at[4 * i + (isEnd ? 1 : 0)];
}

function mapRange(pieces: PieceMap, start: number, end: number, origLength: number): [number, number] {
  const origStart = mapPoint(pieces, start, false, origLength);
  if (end <= start) return [origStart, origStart];
  return [origStart, mapPoint(pieces, end - 1, true, origLength)];
}

/** A normalised offset in original coordinates, as a range's start or (`isEnd`) the end after it. */
function mapPoint(pieces: PieceMap, index: number, isEnd: boolean, origLength: number): number {
  const p = findPiece(pieces, index);
  const { at } = pieces;
  if (p < 0) return !isEnd && pieces.length ? at[4 * pieces.length - 1] : origLength;
  if (isLinear(pieces, p)) return at[4 * p + 2] + (index - at[4 * p]) + (isEnd ? 1 : 0);
  return at[4 * p + (isEnd ? 3 : 2)];
}

/** Normalises a short string (alt text, captions) where no offset map is needed. */
export function normalizeLoose(s: string): string {
  return s ? normalize(s).text : s;
}
