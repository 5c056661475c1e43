/**
 * A record's canonical JSON (./canonical-json.ts) read straight off the UTF-8 bytes of its export
 * line, without writing it again: a line the log wrote (JSON.stringify of a record whose keys are
 * in canonical order) already is its canonical JSON, with the unhashed members in it. One pass
 * over the bytes proves that — no whitespace between tokens, every object's keys strictly
 * ascending, strings escaped exactly as JSON.stringify escapes them, numbers written as
 * JSON.stringify writes them — and finds the top-level members a hash leaves out; the bytes to
 * hash are then the line with those members cut (`canonicalRuns`). Anything else (a key that is
 * not ASCII, a `\u` escape, a fraction, a space) is not proven and returns null: the caller takes
 * the general path, which gives the same hash the slow way. Linear in the line: each byte is
 * looked at once, each key compared with the one before it only.
 */

/** Nesting deeper than this is not proven here (records are four levels deep): the general path decides. */
const MAX_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Per byte inside a string: 0 an ordinary byte, 1 the closing quote, 2 a backslash, 3 a control character (never raw in JSON). */
const IN_STRING = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) IN_STRING[c] = 3;
IN_STRING[QUOTE] = 1;
IN_STRING[BACKSLASH] = 2;
/** Escapes JSON.stringify writes in a string: \" \\ \b \f \n \r \t (anything else as \u…, which is not proven here). */
const SHORT_ESCAPE = new Uint8Array(256);
for (const c of '"\\bfnrt') SHORT_ESCAPE[c.charCodeAt(0)] = 1;
/** Per byte inside a key: 0 printable ASCII, 1 the closing quote, 2 anything else (a backslash, a control, non-ASCII: not proven). */
const IN_KEY = new Uint8Array(256).fill(2);
for (let c = 0x20; c < 0x80; c++) IN_KEY[c] = 0;
IN_KEY[QUOTE] = 1;
IN_KEY[BACKSLASH] = 2;

/** Integers JSON.stringify writes digit for digit: up to 15 digits is below 2^53, so exact. */
const MAX_DIGITS = 15;

class Scanner {
  constructor(private readonly b: Uint8Array) {}

  /** The end of a string whose opening quote is at `i`, or -1 when it is not written as JSON.stringify writes it. */
  string(i: number, end: number): number {
    const b = this.b;
    for (let k = i + 1; k < end; k++) {
      const t = IN_STRING[b[k]];
      if (t === 0) continue;
      if (t === 1) return k + 1;
      if (t === 3 || !SHORT_ESCAPE[b[++k]]) return -1;
    }
    return -1;
  }

  /**
   * The end of the key whose opening quote is at `i` (printable ASCII without escapes, so bytes
   * order as UTF-16 code units), or -1, also when it does not sort strictly after the key at
   * `prev` (-1: none), compared in the same pass: the closing quote sorts below every byte a key holds.
   */
  key(i: number, end: number, prev: number): number {
    const b = this.b;
    if (b[i] !== QUOTE) return -1;
    // 1: after prev; 0: equal so far; prev's bytes are read only while equal.
    let order = prev < 0 ? 1 : 0;
    let p = prev + 1;
    for (let k = i + 1; k < end; k++) {
      const c = b[k];
      const t = IN_KEY[c];
      if (t === 1) return order === 1 ? k + 1 : -1;
      if (t !== 0) return -1;
      if (order === 0) {
        const q = b[p++];
        if (q !== c) {
          if (q !== QUOTE && q > c) return -1;
          order = 1;
        }
      }
    }
    return -1;
  }

  number(i: number, end: number): number {
    const b = this.b;
    let k = i;
    if (b[k] === MINUS) k++;
    const digits = k;
    if (b[k] === ZERO) {
      // 0 only: -0 is written 0.
      if (k !== i) return -1;
      k++;
    } else {
      while (k < end && b[k] >= ZERO && b[k] <= NINE) k++;
      if (k === digits || k - digits > MAX_DIGITS) return -1;
    }
    // A fraction or an exponent is not proven here.
    return k < end && (b[k] === 0x2e || b[k] === 0x65 || b[k] === 0x45) ? -1 : k;
  }

  literal(i: number, end: number, word: readonly number[]): number {
    if (i + word.length > end) return -1;
    for (let k = 0; k < word.length; k++) if (this.b[i + k] !== word[k]) return -1;
    return i + word.length;
  }

  value(i: number, end: number, depth: number): number {
    const c = this.b[i];
    if (c === QUOTE) return this.string(i, end);
    if (c === OPEN_OBJECT) return depth < MAX_DEPTH ? this.object(i, end, depth + 1, null) : -1;
    if (c === OPEN_ARRAY) return depth < MAX_DEPTH ? this.array(i, end, depth + 1) : -1;
    if (c === 0x74) return this.literal(i, end, TRUE);
    if (c === 0x66) return this.literal(i, end, FALSE);
    if (c === 0x6e) return this.literal(i, end, NULL);
    if (c === MINUS || (c >= ZERO && c <= NINE)) return this.number(i, end);
    return -1;
  }

  array(i: number, end: number, depth: number): number {
    const b = this.b;
    let k = i + 1;
    if (b[k] === CLOSE_ARRAY) return k + 1;
    for (;;) {
      k = this.value(k, end, depth);
      if (k < 0 || k >= end) return -1;
      if (b[k] === CLOSE_ARRAY) return k + 1;
      if (b[k] !== COMMA) return -1;
      k++;
    }
  }

  /**
   * The end of an object, or -1. `members` (top level only) receives each member's key and
   * value range: [keyStart, keyEnd, valueEnd] per member.
   */
  object(i: number, end: number, depth: number, members: number[] | null): number {
    const b = this.b;
    let k = i + 1;
    if (b[k] === CLOSE_OBJECT) return k + 1;
    let prevKey = -1;
    for (;;) {
      const keyEnd = this.key(k, end, prevKey);
      if (keyEnd < 0 || keyEnd >= end || b[keyEnd] !== COLON) return -1;
      prevKey = k;
      const valueEnd = this.value(keyEnd + 1, end, depth);
      if (valueEnd < 0 || valueEnd >= end) return -1;
      members?.push(k, keyEnd, valueEnd);
      k = valueEnd;
      if (b[k] === CLOSE_OBJECT) return k + 1;
      if (b[k] !== COMMA) return -1;
      k++;
    }
  }
}

const bytesOf = (word: string) => [...word].map((c) => c.charCodeAt(0));
const TRUE = bytesOf('true');
const FALSE = bytesOf('false');
const NULL = bytesOf('null');

/** Omitted keys as the bytes of their quoted names. */
function quotedKeys(omit: readonly string[]): Uint8Array[] {
  return omit.map((k) => new TextEncoder().encode(JSON.stringify(k)));
}
const omitCache = new WeakMap<readonly string[], Uint8Array[]>();

function isKey(b: Uint8Array, start: number, end: number, key: Uint8Array): boolean {
  if (end - start !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (b[start + k] !== key[k]) return false;
  return true;
}

/**
 * The canonical JSON of the object written in bytes [start, end), top-level `omit` members left
 * out, as runs of those bytes: the canonical JSON is `{`, the runs joined by `,`, then `}` (each
 * run is whole members with the commas between them). Null when the bytes are not proven to be
 * the canonical JSON of what JSON.parse reads from them.
 */
export function canonicalRuns(b: Uint8Array, start: number, end: number, omit: readonly string[]): number[] | null {
  if (end - start < 2 || b[start] !== OPEN_OBJECT) return null;
  const members: number[] = [];
  const scanner = new Scanner(b);
  if (scanner.object(start, end, 1, members) !== end) return null;
  let keys = omitCache.get(omit);
  if (!keys) omitCache.set(omit, (keys = quotedKeys(omit)));
  const runs: number[] = [];
  let open = false;
  for (let m = 0; m < members.length; m += 3) {
    const keyStart = members[m];
    const keyEnd = members[m + 1];
    let omitted = false;
    for (const key of keys) if (isKey(b, keyStart, keyEnd, key)) omitted = true;
    if (omitted) {
      open = false;
    } else if (open) {
      runs[runs.length - 1] = members[m + 2];
    } else {
      runs.push(keyStart, members[m + 2]);
      open = true;
    }
  }
  return runs;
}

/** The bytes `canonicalRuns` stands for, written into `out` (large enough: the line's length): their length. */
export function writeRuns(b: Uint8Array, runs: readonly number[], out: Uint8Array): number {
  let at = 0;
  out[at++] = OPEN_OBJECT;
  for (let r = 0; r < runs.length; r += 2) {
    if (r) out[at++] = COMMA;
    out.set(b.subarray(runs[r], runs[r + 1]), at);
    at += runs[r + 1] - runs[r];
  }
  out[at++] = CLOSE_OBJECT;
  return at;
}
