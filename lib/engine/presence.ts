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

const PAIR_BITS = 18;

/** The bit of the pair (a, b): the pair as one 32-bit key, hashed multiplicatively to PAIR_BITS bits. */
function pairBit(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

/**
 * A need made ready to test: every code unit in `singles` and every pair bit in `pairs` is present,
 * and each group of `any` has an alternative that holds.
 */
class Test {
  constructor(
    readonly singles: Int32Array,
    readonly pairs: Int32Array,
    readonly any: readonly (readonly Test[])[],
  ) {}
}
const ALWAYS = new Test(new Int32Array(0), new Int32Array(0), []);

function compile(need: Need): Test {
  if (need === null) return ALWAYS;
  const singles: number[] = [];
  const pairs: number[] = [];
  const any: Test[][] = [];
  const add = (n: Need) => {
    if (n === null) return;
    if (typeof n === 'string') {
      if (n.length === 1) singles.push(n.charCodeAt(0));
      for (let k = 1; k < n.length; k++) pairs.push(pairBit(n.charCodeAt(k - 1), n.charCodeAt(k)));
    } else if ('all' in n) for (const m of n.all) add(m);
    else any.push(n.any.map(compile));
  };
  add(need);
  return new Test(Int32Array.from(singles), Int32Array.from(pairs), any);
}

class Unreadable extends Error {}

/** Reads what a regex source needs (see the module comment); throws Unreadable for syntax it does not read. */
export function needOf(source: string): Need {
  let i = 0;
  const alternation = (): Need => {
    const options: Need[] = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
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
          } else throw new Unreadable();
        }
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
        } else if (e !== undefined && /[\\^$.|?*+()[\]{}/\-:,'"`~!@#%&=<>;\s]/.test(e)) literal = e;
        else if (e === undefined || !/[dDsSwWbB1-9]/.test(e)) throw new Unreadable();
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
  return need;
}

const tests = new WeakMap<RegExp, Test>();
/** What `re` needs, read once per regex; nothing when its flags or syntax are not read. */
function testFor(re: RegExp): Test {
  let test = tests.get(re);
  if (test === undefined) {
    let need: Need = null;
    try {
      need = /[iuv]/.test(re.flags) ? null : needOf(re.source);
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
    }
    tests.set(re, (test = compile(need)));
  }
  return test;
}

export class TextPresence {
  private readonly single = new Int32Array(2048);
  private readonly pairs = new Int32Array(1 << (PAIR_BITS - 5));

  constructor(readonly text: string) {
    const { single, pairs } = this;
    let prev = -1;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      single[c >>> 5] |= 1 << (c & 31);
      if (prev >= 0) {
        const bit = pairBit(prev, c);
        pairs[bit >>> 5] |= 1 << (bit & 31);
      }
      prev = c;
    }
  }

  /** False only when `re` cannot match anywhere in the text. */
  mayMatch(re: RegExp): boolean {
    return this.passes(testFor(re));
  }

  private passes(test: Test): boolean {
    const { single, pairs } = this;
    for (const c of test.singles) if ((single[c >>> 5] & (1 << (c & 31))) === 0) return false;
    for (const bit of test.pairs) if ((pairs[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    for (const group of test.any) {
      let some = false;
      for (const t of group) if ((some = this.passes(t))) break;
      if (!some) return false;
    }
    return true;
  }
}
