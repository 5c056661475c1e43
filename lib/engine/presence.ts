/**
 * Which characters and which pairs of neighbouring characters a text holds, so a rule can skip a
 * scan that cannot match: a regex of ad words (扫码下单|小黄车|…) finds nothing in a flood report
 * that holds no 扫码, 小黄, … Built once per check in one pass (two small bit sets), and shared by
 * every rule through `RuleContext.presence`.
 *
 * What a regex needs is read from its source once: each alternative needs its literal characters
 * (a run of them as neighbouring pairs), a group needs one of its alternatives; whatever is not a
 * plain literal (a class, an escape like \d, an optional or repeated part, a lookaround) needs
 * nothing. So `mayMatch` answers false only when the regex cannot match anywhere in the text; it
 * may answer true for a regex that then finds nothing (a pair hashed onto another's bit, the
 * characters present but not together). A regex whose source it does not read (flags i, u or v, a
 * `{` that is no quantifier) always may match.
 */

/** What a regex needs of a text: a literal run, all of some needs, one of some needs, or nothing. */
export type Need = string | { all: Need[] } | { any: Need[] } | null;

/**
 * The bit sets grow with the text (about 16 bits per character, 2^8 to 2^18 bits): a short draft
 * checks in a few microseconds, and allocating large sets for it cost more than its scans.
 */
const MIN_BITS = 8;
const MAX_BITS = 18;

/** A code unit's 32-bit hash; its top bits index a set. */
const unitHash = (c: number) => Math.imul(c, 0x9e3779b1);
/** A pair's hash (a, b): the pair as one 32-bit key, hashed multiplicatively; its top bits index a set. */
const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1);

/**
 * Needs made ready to test, kept as numbers in three shared arrays rather than an object each: the
 * rules' regexes make some 4,800 tests, kept for the page's life on the editor page's own heap, and
 * as objects (with an array of hashes and an array per group, and an object per alternative) they
 * were about 10,000 of the objects the guard kept there, which every major GC of the page has to
 * mark. A test is a number t: TESTS[5t, 5t + 5) holds where its hashes start, where its pairs
 * start, where they end (in HASHES: every code unit hashed in [from, split) and every pair hashed
 * in [split, to) is present), and where its groups start and end in MEMBERS; a group there is its
 * length followed by its alternatives' tests, and it holds when one of them does. Test 0 needs
 * nothing (ALWAYS).
 */
const FIELDS = 5;
let TESTS = new Int32Array(FIELDS * 1024);
let tests = 1;
let HASHES = new Int32Array(4096);
let hashes = 0;
let MEMBERS = new Int32Array(1024);
let members = 0;
const ALWAYS = 0;

/** `a` with room for `n` more after `used` (doubled when full; the old one is dropped). */
function room(a: Int32Array<ArrayBuffer>, used: number, n: number): Int32Array<ArrayBuffer> {
  if (used + n <= a.length) return a;
  const b = new Int32Array(Math.max(2 * a.length, used + n));
  b.set(a.subarray(0, used));
  return b;
}

function compile(need: Need): number {
  if (need === null) return ALWAYS;
  const singles: number[] = [];
  const pairs: number[] = [];
  const any: number[][] = [];
  const add = (n: Need) => {
    if (n === null) return;
    if (typeof n === 'string') {
      if (n.length === 1) singles.push(unitHash(n.charCodeAt(0)));
      for (let k = 1; k < n.length; k++) pairs.push(pairHash(n.charCodeAt(k - 1), n.charCodeAt(k)));
    } else if ('all' in n) for (const m of n.all) add(m);
    else any.push(n.any.map(compile));
  };
  add(need);
  HASHES = room(HASHES, hashes, singles.length + pairs.length);
  const from = hashes;
  HASHES.set(singles, from);
  HASHES.set(pairs, from + singles.length);
  hashes += singles.length + pairs.length;
  const groups = members;
  for (const group of any) {
    MEMBERS = room(MEMBERS, members, group.length + 1);
    MEMBERS[members++] = group.length;
    MEMBERS.set(group, members);
    members += group.length;
  }
  TESTS = room(TESTS, FIELDS * tests, FIELDS);
  const t = tests++;
  TESTS.set([from, from + singles.length, hashes, groups, members], FIELDS * t);
  return t;
}

class Unreadable extends Error {}

/** Reads what a regex source needs (see the module comment); throws Unreadable for syntax it does not read. */
export function needOf(source: string): Need {
  return readSource(source).need;
}

interface Reading {
  need: Need;
  /** The top-level alternatives: their source and what each needs. */
  top: { source: string; need: Need }[];
  /** The source has a capturing group or a back reference (its alternatives cannot be dropped). */
  captures: boolean;
}

function readSource(source: string): Reading {
  let i = 0;
  let depth = 0;
  let captures = false;
  const top: { source: string; need: Need }[] = [];
  const alternation = (): Need => {
    const outer = depth++ === 0;
    let from = i;
    const options: Need[] = [sequence()];
    if (outer) top.push({ source: source.slice(from, i), need: options[0] });
    while (source[i] === '|') {
      from = ++i;
      options.push(sequence());
      if (outer) top.push({ source: source.slice(from, i), need: options[options.length - 1] });
    }
    depth--;
    if (options.some((o) => o === null)) return null;
    return options.length === 1 ? options[0] : { any: options };
  };
  /** The minimum count of a quantifier at `i` (advancing past it), or -1 when there is none. */
  const quantifier = (): number => {
    const c = source[i];
    let min = -1;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
      if (!m) throw new Unreadable();
      i += m[0].length - 1;
      min = Number(m[1]);
    } else return -1;
    i++;
    if (source[i] === '?') i++;
    return min;
  };
  const sequence = (): Need => {
    const all: Need[] = [];
    let run = '';
    const flush = () => {
      if (run) all.push(run);
      run = '';
    };
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const c = source[i++];
      // the atom: a literal code unit, a group's need, or nothing (a class, a lookaround, an anchor)
      let literal: string | undefined;
      let group: Need = null;
      if (c === '(') {
        let lookaround = false;
        if (source[i] === '?') {
          const kind = source[i + 1];
          if (kind === ':') i += 2;
          else if (kind === '=' || kind === '!') {
            i += 2;
            lookaround = true;
          } else if (kind === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) {
            i += 3;
            lookaround = true;
          } else if (kind === '<') {
            const close = source.indexOf('>', i);
            if (close < 0) throw new Unreadable();
            i = close + 1;
            captures = true;
          } else throw new Unreadable();
        } else captures = true;
        const inner = alternation();
        if (source[i] !== ')') throw new Unreadable();
        i++;
        if (!lookaround) group = inner;
      } else if (c === '[') {
        // the first unescaped ] closes the class ([] matches nothing, [^] anything)
        if (source[i] === '^') i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        if (i >= source.length) throw new Unreadable();
        i++;
      } else if (c === '\\') {
        const e = source[i++];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i, i + 4))) {
          literal = String.fromCharCode(parseInt(source.slice(i, i + 4), 16));
          i += 4;
        } else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i, i + 2))) {
          literal = String.fromCharCode(parseInt(source.slice(i, i + 2), 16));
          i += 2;
        } else if (e === 'n') literal = '\n';
        else if (e === 't') literal = '\t';
        else if (e === 'r') literal = '\r';
        else if (e === 'k' && source[i] === '<') {
          const close = source.indexOf('>', i);
          if (close < 0) throw new Unreadable();
          i = close + 1;
          captures = true;
        } else if (e !== undefined && /[\\^$.|?*+()[\]{}/\-:,'"`~!@#%&=<>;\s]/.test(e)) literal = e;
        else if (e !== undefined && /[1-9]/.test(e)) captures = true;
        else if (e === undefined || !/[dDsSwWbB]/.test(e)) throw new Unreadable();
        // \d \s \w \b, a back reference: nothing needed
      } else if (c === '{' || c === '}' || c === '?' || c === '*' || c === '+' || c === ']') {
        throw new Unreadable();
      } else if (c !== '.' && c !== '^' && c !== '$') literal = c;
      const min = quantifier();
      if (literal !== undefined && min === -1) {
        run += literal;
        continue;
      }
      flush();
      if (literal !== undefined && min >= 1) all.push(literal);
      else if (group !== null && min !== 0) all.push(group);
    }
    flush();
    return all.length === 0 ? null : all.length === 1 ? all[0] : { all };
  };
  const need = alternation();
  if (i !== source.length) throw new Unreadable();
  return { need, top, captures };
}

/** The most narrowed copies kept per regex (each a set of its alternatives some text may match). */
const VARIANTS_MAX = 16;

/** What a regex needs, and (when it has several alternatives and no groups) what each alternative needs. */
interface Reader {
  test: number;
  /** The top-level alternatives' sources, when a copy without some of them matches as the regex does. */
  alternatives: string[] | null;
  /** What each of those alternatives needs. */
  alternativeTests: Int32Array | null;
  /** Copies of the regex holding only some alternatives, by the mask of the alternatives kept. */
  variants: Map<number, RegExp>;
}

const readers = new WeakMap<RegExp, Reader>();
/** Regexes met once and not read yet. */
const metOnce = new WeakSet<RegExp>();
/** For a regex not read yet: it may match anything, so it runs whole (the same matches). */
const UNREAD: Reader = { test: ALWAYS, alternatives: null, alternativeTests: null, variants: new Map() };

/**
 * What `re` needs, read once per regex, the second time it is met; nothing when its flags or
 * syntax are not read. Reading every rule's regexes took longer than running them once, and the
 * first check after a page loads must be shown fast: that check runs every regex whole.
 */
function readerFor(re: RegExp): Reader {
  let reader = readers.get(re);
  if (reader === undefined) {
    if (!metOnce.has(re)) {
      metOnce.add(re);
      return UNREAD;
    }
    let reading: Reading | undefined;
    try {
      if (!/[iuvy]/.test(re.flags)) reading = readSource(re.source);
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
    }
    const narrowable = reading !== undefined && !reading.captures && reading.top.length > 1 && reading.top.length <= 30;
    reader = {
      test: compile(reading?.need ?? null),
      alternatives: narrowable ? reading!.top.map((a) => a.source) : null,
      alternativeTests: narrowable ? Int32Array.from(reading!.top, (a) => compile(a.need)) : null,
      variants: new Map(),
    };
    readers.set(re, reader);
  }
  return reader;
}

/** Reads `re` now rather than the second time it is met (the presence tests use it). */
export function readRegex(re: RegExp): void {
  metOnce.add(re);
  readerFor(re);
}

/** The text's bit sets (see MIN_BITS): which code units and which neighbouring pairs it holds. */
interface Sets {
  single: Int32Array;
  pairs: Int32Array;
  /** 32 minus the bits of the sets: a hash shifted right by it is a bit index. */
  shift: number;
}

export class TextPresence {
  /**
   * Built on the first test that needs them. The first check after a page loads reads no regex
   * (see readerFor), so every test it asks is empty: the pass over the text would be wasted on the
   * check whose time the person waits for (about 3 ms of cold code for 10,000 characters).
   */
  private sets?: Sets;

  constructor(readonly text: string) {}

  private index(): Sets {
    const { text } = this;
    const bits = Math.min(MAX_BITS, Math.max(MIN_BITS, 32 - Math.clz32(text.length * 16)));
    const single = new Int32Array(1 << (bits - 5));
    const pairs = new Int32Array(1 << (bits - 5));
    const shift = 32 - bits;
    let prev = -1;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const bit = unitHash(c) >>> shift;
      single[bit >>> 5] |= 1 << (bit & 31);
      if (prev >= 0) {
        const pair = pairHash(prev, c) >>> shift;
        pairs[pair >>> 5] |= 1 << (pair & 31);
      }
      prev = c;
    }
    return { single, pairs, shift };
  }

  /** False only when `re` cannot match anywhere in the text. */
  mayMatch(re: RegExp): boolean {
    return this.passes(readerFor(re).test);
  }

  /**
   * A regex that finds in this text exactly what `re` finds (the same matches, in the same order),
   * or null when `re` finds nothing here. An alternative that cannot match anywhere in the text
   * never decides a match, so a copy without it finds the same; the copy has fewer first characters
   * to try at every position. Only for a regex without groups (dropping one would renumber the
   * others) and without the sticky flag; copies are kept (up to VARIANTS_MAX per regex), else `re`.
   */
  narrowed(re: RegExp): RegExp | null {
    const reader = readerFor(re);
    const { alternatives, alternativeTests } = reader;
    if (alternatives === null || alternativeTests === null) return this.passes(reader.test) ? re : null;
    let mask = 0;
    for (let k = 0; k < alternatives.length; k++) if (this.passes(alternativeTests[k])) mask |= 1 << k;
    if (mask === 0) return null;
    if (mask === (1 << alternatives.length) - 1) return re;
    let variant = reader.variants.get(mask);
    if (variant === undefined) {
      if (reader.variants.size >= VARIANTS_MAX) return re;
      const kept = alternatives.filter((_, k) => mask & (1 << k));
      reader.variants.set(mask, (variant = new RegExp(kept.join('|'), re.flags)));
    }
    return variant;
  }

  private passes(test: number): boolean {
    const at = FIELDS * test;
    const from = TESTS[at];
    const split = TESTS[at + 1];
    const to = TESTS[at + 2];
    if (from < to) {
      const { single, pairs, shift } = (this.sets ??= this.index());
      for (let k = from; k < to; k++) {
        const bit = HASHES[k] >>> shift;
        if (((k < split ? single : pairs)[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
      }
    }
    for (let g = TESTS[at + 3], end = TESTS[at + 4]; g < end;) {
      const n = MEMBERS[g++];
      let some = false;
      for (let k = g; k < g + n && !some; k++) some = this.passes(MEMBERS[k]);
      if (!some) return false;
      g += n;
    }
    return true;
  }
}
