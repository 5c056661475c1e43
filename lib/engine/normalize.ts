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
 * phone or ID number, too long to be prose such as 第一 or 一二三.
 */
function chineseNumeralRuns(text: string): string {
  let out: string[] | null = null;
  let runStart = -1;
  let lastNumeral = -1;
  let count = 0;
  let hasChinese = false;
  const flush = () => {
    if (count >= 7 && hasChinese) {
      out ??= text.split('');
      for (let k = runStart; k <= lastNumeral; k++) {
        const d = DIGIT_OF[text.charCodeAt(k)];
        if (d) out[k] = String(d - 1);
      }
    }
    runStart = -1;
    count = 0;
    hasChinese = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
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
  return out ? (out as string[]).join('') : text;
}

/**
 * One piece of the offset map. Inside a piece whose normalised and original lengths agree the
 * mapping is one to one; otherwise the piece is atomic (an expansion or contraction) and any
 * range touching it covers all of it.
 */
interface Piece {
  normStart: number;
  normEnd: number;
  origStart: number;
  origEnd: number;
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

export function normalize(original: string): Normalized {
  const pieces: Piece[] = [];
  // The output is gathered in chunks and joined once: appending to one string a piece at a time
  // builds a chain of hundreds of thousands of string nodes when every other character changes.
  const chunks: string[] = [];
  let outLength = 0;
  const emit = (chunk: string) => {
    if (chunk) {
      chunks.push(chunk);
      outLength += chunk.length;
    }
  };
  let i = 0;
  const pushPiece = (normLen: number, origStart: number, origEnd: number) => {
    const normStart = outLength - normLen;
    const last = pieces[pieces.length - 1];
    const linear = normLen === origEnd - origStart;
    // Merge consecutive one-to-one pieces so plain text stays a single piece.
    if (
      linear &&
      last &&
      last.normEnd === normStart &&
      last.origEnd === origStart &&
      last.normEnd - last.normStart === last.origEnd - last.origStart
    ) {
      last.normEnd += normLen;
      last.origEnd = origEnd;
    } else if (normLen > 0) {
      pieces.push({ normStart, normEnd: outLength, origStart, origEnd });
    }
  };
  const n = original.length;
  while (i < n) {
    // Copy the longest run of characters that map one to one (unchanged, or folded to one code
    // unit), stopping before a base that a combining mark follows.
    let j = i;
    let copied = i;
    while (j < n) {
      const v = stability(original.charCodeAt(j));
      if ((v !== 1 && v !== 4) || (j + 1 < n && stability(original.charCodeAt(j + 1)) === 3)) break;
      if (v === 4) {
        emit(original.slice(copied, j));
        emit(String.fromCharCode(ONE_UNIT[original.charCodeAt(j)]));
        copied = j + 1;
      }
      j++;
    }
    if (j > i) {
      emit(original.slice(copied, j));
      pushPiece(j - i, i, j);
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
    emit(folded);
    pushPiece(folded.length, i, i + cluster.length);
    i += cluster.length;
  }
  const out = chineseNumeralRuns(chunks.join(''));
  return {
    text: out,
    original,
    toOriginal: (start, end) => mapRange(pieces, start, end, original.length),
    toNormalized: (start, end) => {
      const s2 = toNorm(pieces, start, 'start', out.length);
      return [s2, Math.max(s2, toNorm(pieces, end, 'end', out.length))];
    },
  };
}

function findPiece(pieces: Piece[], normIndex: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (normIndex < p.normStart) hi = mid - 1;
    else if (normIndex >= p.normEnd) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** The first piece whose original range ends after `orig` (pieces are sorted and disjoint). */
function pieceAfter(pieces: Piece[], orig: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].origEnd <= orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An original offset in normalised coordinates; a dropped (invisible) character maps to where the text resumes. */
function toNorm(pieces: Piece[], orig: number, side: 'start' | 'end', normLength: number): number {
  const i = pieceAfter(pieces, side === 'end' ? orig - 1 : orig);
  const p = pieces[i];
  if (!p) return normLength;
  if (orig <= p.origStart) return p.normStart;
  const linear = p.normEnd - p.normStart === p.origEnd - p.origStart;
  if (linear) return p.normStart + (orig - p.origStart);
  return side === 'start' ? p.normStart : p.normEnd;
}

function mapRange(pieces: Piece[], start: number, end: number, origLength: number): [number, number] {
  const origStart = mapPoint(pieces, start, 'start', origLength);
  if (end <= start) return [origStart, origStart];
  return [origStart, mapPoint(pieces, end - 1, 'end', origLength)];
}

function mapPoint(pieces: Piece[], index: number, side: 'start' | 'end', origLength: number): number {
  const p = findPiece(pieces, index);
  if (!p) return side === 'start' && pieces.length ? pieces[pieces.length - 1].origEnd : origLength;
  const linear = p.normEnd - p.normStart === p.origEnd - p.origStart;
  if (side === 'start') return linear ? p.origStart + (index - p.normStart) : p.origStart;
  return linear ? p.origStart + (index - p.normStart) + 1 : p.origEnd;
}

/** Normalises a short string (alt text, captions) where no offset map is needed. */
export function normalizeLoose(s: string): string {
  return s ? normalize(s).text : s;
}
