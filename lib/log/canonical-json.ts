/**
 * Canonical JSON for the publication chain's hashes (the digest itself: lib/engine/hash.ts and
 * ./digest.ts). Canonical JSON follows RFC 8785 (JCS)
 * for the values a record holds (strings, finite numbers, booleans, null, arrays, plain objects):
 * keys sorted by UTF-16 code units, no whitespace, primitives as JSON.stringify writes them, and
 * `undefined` members dropped — so the same record hashes the same on every machine and in Node.
 */

export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no representation for a non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]));
        return out + ']';
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        // `omit` applies to this level only: the fields a hash leaves out of a record.
        if (v === undefined || omit?.has(k)) continue;
        out += (first ? '' : ',') + JSON.stringify(k) + ':' + canonicalJson(v);
        first = false;
      }
      return out + '}';
    }
    default:
      throw new TypeError(`canonical JSON has no representation for ${typeof value}`);
  }
}

/**
 * The same canonical JSON through the engine's own JSON.stringify, which is several times faster
 * than writing it piece by piece (verifying 100,000 records). JSON.stringify keeps each
 * object's key order, so it writes canonical JSON when every object's keys are already in order
 * (records are stored that way: `withSortedKeys`); failing that, a sorted property list that holds
 * every key the value has does the same. Anything else (an unknown key at any depth, a non-finite
 * number, a Date or anything with toJSON) takes the generic path: the output is always
 * byte-identical to `canonicalJson`.
 */
export function canonicalJsonOfShape(value: unknown, shape: CanonicalShape, omit?: ReadonlySet<string>): string {
  if (isPlainObject(value) && inOrder(value, omit)) return JSON.stringify(omit ? without(value, omit) : value);
  return hasKeysOf(value, shape.keys, omit) ? JSON.stringify(value, shape.list) : canonicalJson(value, omit);
}

export interface CanonicalShape {
  keys: ReadonlySet<string>;
  list: string[];
}

/** Every key of a record shape, at any depth, minus the top-level fields a hash leaves out. */
export function canonicalShape(keys: Iterable<string>, omit: ReadonlySet<string> = new Set()): CanonicalShape {
  const list = [...new Set(keys)].filter((k) => !omit.has(k)).sort();
  return { keys: new Set(list), list };
}

/** A deep copy with every object's keys in canonical order (same JSON, same hash). */
export function withSortedKeys<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withSortedKeys) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = withSortedKeys((value as Record<string, unknown>)[k]);
  return out as T;
}

/** Plain objects only: JSON.stringify would also read inherited getters and call toJSON. */
function plainPrototype(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    (proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && plainPrototype(value);
}

function without(obj: Record<string, unknown>, omit: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) if (!omit.has(k)) out[k] = obj[k];
  return out;
}

/**
 * A value JSON.stringify writes as canonical JSON: plain objects and arrays, strings, booleans,
 * null and finite numbers only (no Date, boxed primitive, NaN or toJSON, which JSON.stringify
 * would write as something else), every object's own keys in ascending order. `omit` applies to
 * the top level.
 */
export function writesCanonically(value: unknown, omit?: ReadonlySet<string>): boolean {
  return isPlainObject(value) && inOrder(value, omit);
}

/**
 * JSON.stringify of an object without the given top-level members, fast: they are set to
 * undefined (which JSON.stringify skips) on the object itself for that moment and put back, so
 * nothing is copied. Keys the object does not have are left alone; a frozen object is copied.
 */
export function stringifyWithout(obj: Record<string, unknown>, omit: readonly string[]): string {
  if (Object.isFrozen(obj)) return JSON.stringify(without(obj, new Set(omit)));
  const saved = omit.filter((k) => Object.hasOwn(obj, k)).map((k) => [k, obj[k]] as const);
  for (const [k] of saved) obj[k] = undefined;
  try {
    return JSON.stringify(obj);
  } finally {
    for (const [k, v] of saved) obj[k] = v;
  }
}

function inOrder(value: unknown, omit?: ReadonlySet<string>): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (value[i] !== undefined && !inOrder(value[i])) return false;
        return true;
      }
      if (!plainPrototype(value)) return false;
      const obj = value as Record<string, unknown>;
      let prev: string | null = null;
      for (const k of Object.keys(obj)) {
        if (omit?.has(k)) continue;
        if (prev !== null && !(prev < k)) return false;
        prev = k;
        const v = obj[k];
        if (v !== undefined && !inOrder(v)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** A value whose every key, at any depth, is in `keys` (the top level may also hold omitted ones). */
function hasKeysOf(value: unknown, keys: ReadonlySet<string>, omit?: ReadonlySet<string>): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (value[i] !== undefined && !hasKeysOf(value[i], keys)) return false;
        return true;
      }
      if (!plainPrototype(value)) return false;
      const obj = value as Record<string, unknown>;
      for (const k of Object.keys(obj)) {
        const v = obj[k];
        if (v === undefined || omit?.has(k)) continue;
        if (!keys.has(k) || !hasKeysOf(v, keys)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
