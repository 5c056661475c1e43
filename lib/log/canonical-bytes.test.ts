import { describe, expect, it } from 'vitest';
import { prng } from '../../test/fuzz/generate';
import { canonicalRuns, writeRuns } from './canonical-bytes';
import { canonicalJson, withSortedKeys } from './canonical-json';
import { UNHASHED_FIELDS } from './record';

const OMIT = UNHASHED_FIELDS;
const omitSet = new Set<string>(OMIT);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The bytes canonicalRuns stands for, or null; the text sits inside a larger buffer (other lines around it). */
function proven(text: string, omit: readonly string[] = OMIT): string | null {
  const before = utf8('{"x":1}\n');
  const line = utf8(text);
  const after = utf8('\n]}"{,1');
  const b = new Uint8Array(before.length + line.length + after.length);
  b.set(before);
  b.set(line, before.length);
  b.set(after, before.length + line.length);
  const runs = canonicalRuns(b, before.length, before.length + line.length, omit);
  if (!runs) return null;
  const out = new Uint8Array(line.length + 2);
  return Buffer.from(out.subarray(0, writeRuns(b, runs, out))).toString('utf8');
}

/** What the hash is taken over: canonical JSON of what JSON.parse reads, the unhashed fields left out. */
const expected = (text: string, omit: readonly string[] = OMIT) => canonicalJson(JSON.parse(text), new Set(omit));

/** What the fast path is meant to prove: integers of up to 15 digits, ASCII keys, strings JSON.stringify writes without \\u. */
function provable(v: unknown): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) && Math.abs(v) < 1e15;
  if (typeof v === 'string') return !/[\u0000-\u0007\u000b\u000e-\u001f\ud800-\udfff]/.test(v);
  if (Array.isArray(v)) return v.every(provable);
  if (v && typeof v === 'object') return Object.entries(v).every(([k, x]) => /^[\x20-\x7e]*$/.test(k) && !/["\\]/.test(k) && provable(x));
  return true;
}

describe('canonical JSON from the bytes of a line', () => {
  it.each([
    ['a record as the log writes it', '{"a":1,"confirmedAt":null,"hash":"ab","outcome":"attempted","v":2}'],
    ['omitted members first', '{"confirmedAt":"2026-01-01T00:00:00.000Z","hash":"x","z":[]}'],
    ['omitted members last', '{"a":"b","hash":"x","outcome":"confirmed"}'],
    ['only omitted members', '{"hash":"x","outcome":"y"}'],
    ['an empty object', '{}'],
    ['nested objects keep their own "hash"', '{"a":{"hash":"kept","outcome":1},"hash":"gone"}'],
    ['escapes JSON.stringify writes', '{"a":"q\\"b\\\\n\\nr\\rt\\tb\\bf\\f"}'],
    ['text of every script, emoji, U+2028', '{"t":"中文 ١٢٣ 😀 \u2028\u2029 \u007f é"}'],
    ['integers', '{"a":0,"b":-7,"c":123456789012345,"d":[1,-1,0]}'],
    ['literals and nesting', '{"a":[true,false,null,[],{}],"b":{"c":{"d":[{"e":null}]}}}'],
    ['keys sorted by code unit (digits, capitals, underscore)', '{"10":1,"9":2,"A":3,"_":4,"a":5,"a ":6,"ab":7}'],
    ['an own __proto__ key, as JSON.parse makes it', '{"__proto__":{"hash":1},"a":2}'],
  ])('proves %s', (_name, text) => {
    expect(proven(text)).toBe(expected(text));
  });

  it.each([
    ['a space between tokens', '{"a": 1}'],
    ['a space before the object ends', '{"a":1 }'],
    ['a leading space', ' {"a":1}'],
    ['keys out of order', '{"b":1,"a":2}'],
    ['a nested object out of order', '{"a":{"d":1,"c":2}}'],
    ['a duplicate key (JSON.parse keeps the last)', '{"a":1,"a":2}'],
    ['a \\u escape', '{"a":"\\u0041"}'],
    ['an escaped slash', '{"a":"\\/"}'],
    ['a non-ASCII key', '{"键":1}'],
    ['a key with an escape', '{"a\\"b":1}'],
    ['a fraction', '{"a":1.5}'],
    ['a fraction JSON.stringify shortens', '{"a":1.0}'],
    ['an exponent', '{"a":1e2}'],
    ['minus zero', '{"a":-0}'],
    ['sixteen digits', '{"a":1234567890123456}'],
    ['an array at the top', '[1,2]'],
    ['trailing bytes', '{"a":1}x'],
    ['a cut-off object', '{"a":1'],
    ['nesting past the limit', `{"a":${'['.repeat(40)}${']'.repeat(40)}}`],
  ])('leaves %s to the general path', (_name, text) => {
    expect(proven(text)).toBeNull();
  });

  it('matches canonicalJson on every text it proves, and proves what JSON.stringify writes from sorted keys', () => {
    const random = prng(20261207);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const KEYS = ['a', 'b', 'B', '_', '0', '10', '9', 'hash', 'outcome', 'confirmedAt', 'v', 'ab', 'a b', '€', 'x"y', '__proto__'];
    const STRINGS = ['', 'plain', '中文标题', 'q"uote', 'back\\slash', 'nl\nx', '\t\r\b\f', '\u0001', '😀', '\ud800', '/', '\u2028'];
    const NUMBERS = [0, 1, -1, 42, 2 ** 53, 1.5, -0, 1e21, 123456789012345, 1234567890123456, 0.1];
    const value = (depth: number): unknown => {
      const k = random();
      if (depth > 3 || k < 0.4) return pick<unknown>([...STRINGS, ...NUMBERS, true, false, null]);
      if (k < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(random() * 5); i > 0; i--) o[pick(KEYS)] = value(depth + 1);
      return o;
    };
    // Ways a line may be written: as the log writes it, keys unsorted, spaced, escaped otherwise, numbers spelled otherwise.
    const spell = (v: unknown): string => {
      const sorted = JSON.stringify(withSortedKeys(v));
      switch (Math.floor(random() * 6)) {
        case 0:
        case 1:
          return sorted;
        case 2:
          return JSON.stringify(v);
        case 3:
          return JSON.stringify(withSortedKeys(v), null, pick([1, '\t']));
        case 4:
          return sorted.replace(/[a-z/]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        default:
          return sorted.replace(/(?<=:)(\d+)(?=[,}\]])/, (d) => pick([`${d}.0`, `${d}e0`, `-0`, `0${d}`]));
      }
    };
    let provedSorted = 0;
    let sortedTexts = 0;
    for (let i = 0; i < 4000; i++) {
      const top: Record<string, unknown> = {};
      for (let n = Math.floor(random() * 8); n > 0; n--) top[pick(KEYS)] = value(1);
      const text = spell(top);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        continue;
      }
      const got = proven(text);
      let want: string | null;
      try {
        want = canonicalJson(parsed, omitSet);
      } catch {
        want = null;
      }
      if (got !== null) expect({ text, got }).toEqual({ text, got: want });
      // A line already canonical (JSON.stringify of sorted keys is, unless integer-like keys reorder it).
      if (text === canonicalJson(top) && provable(top)) {
        sortedTexts++;
        if (got !== null) provedSorted++;
      }
    }
    // The log's own lines take the fast path: every canonical one without a fraction, a \u escape or a non-ASCII key.
    expect(sortedTexts).toBeGreaterThan(500);
    expect(provedSorted).toBe(sortedTexts);
  });
});
