/**
 * Normalisation done once per check (domain-rules §A.0): NFKC, invisible characters dropped,
 * runs of Chinese numerals mapped to digits. Rules see only the normalised text; the offset map
 * turns their ranges back into the characters the user actually typed.
 */

/** Zero-width, bidi-control, soft-hyphen, variation-selector and keycap characters. */
const INVISIBLE =
  /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF\u20E3]/;

/**
 * Characters NFKC leaves alone and that need no other treatment: printable ASCII, newline/tab,
 * CJK unified ideographs and the CJK punctuation block except U+3000 (ideographic space).
 * Text made only of these is copied without any per-character work.
 */
const PLAIN_RUN = /[\t\n\r\x20-\x7E\u3001-\u303F\u4E00-\u9FFF]+/y;

/** A base character with its combining marks: the unit NFKC may compose. */
const CLUSTER = /[\s\S]\p{M}*/uy;

const CN_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', 洞: '0', 一: '1', 壹: '1', 幺: '1', 二: '2', 贰: '2', 两: '2', 三: '3',
  叁: '3', 四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 拐: '7',
  八: '8', 捌: '8', 九: '9', 玖: '9', 勾: '9',
};
const NUMERAL = '〇零洞一壹幺二贰两三叁四肆五伍六陆七柒拐八捌九玖勾0-9';
/**
 * Seven or more numerals (Chinese or Arabic, separators allowed) that contain at least one Chinese
 * numeral: long enough to be a phone or ID number, too long to be prose such as 第一 or 一二三.
 */
const NUMERAL_RUN = new RegExp(`[${NUMERAL}](?:[\\s\\-–—.·_]{0,2}[${NUMERAL}]){6,}`, 'g');
const HAS_CN_NUMERAL = /[〇零洞一壹幺二贰两三叁四肆五伍六陆七柒拐八捌九玖勾]/;

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
}

export function normalize(original: string): Normalized {
  const pieces: Piece[] = [];
  let out = '';
  let i = 0;
  const pushPiece = (normLen: number, origStart: number, origEnd: number) => {
    const normStart = out.length - normLen;
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
      pieces.push({ normStart, normEnd: out.length, origStart, origEnd });
    }
  };
  while (i < original.length) {
    PLAIN_RUN.lastIndex = i;
    const plain = PLAIN_RUN.exec(original);
    if (plain) {
      out += plain[0];
      pushPiece(plain[0].length, i, i + plain[0].length);
      i += plain[0].length;
      continue;
    }
    CLUSTER.lastIndex = i;
    const cluster = CLUSTER.exec(original)![0];
    const kept = cluster.replace(new RegExp(INVISIBLE.source, 'g'), '');
    const folded = kept.normalize('NFKC');
    out += folded;
    pushPiece(folded.length, i, i + cluster.length);
    i += cluster.length;
  }
  out = out.replace(NUMERAL_RUN, (run) =>
    HAS_CN_NUMERAL.test(run) ? run.replace(/./gu, (c) => CN_DIGIT[c] ?? c) : run,
  );
  return {
    text: out,
    original,
    toOriginal: (start, end) => mapRange(pieces, start, end, original.length),
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
