/**
 * Reading the whole log split into contiguous key ranges, so several workers can read, hash and
 * render at once (target: verify and export 100,000 records within 3 s). In Chromium, reading
 * 100,000 records costs about 2.6 s of CPU (1.4 s of it in the browser's IndexedDB backend) and
 * hashing them about 1.5 s more; two workers on their own parts overlap the two.
 *
 * Verification reads by primary key (record ids are random UUIDs, so ranges of the id space hold
 * about as many records each; reading the table costs the backend 20% less than reading through
 * an index, and it sees every record, even one whose chain fields were deleted). Export reads in
 * chain order ([deviceId+seq]), the order people and machines expect in the file.
 *
 * The same functions run in one range on the calling thread (the background, tests), so the
 * parallel path and the plain one cannot drift apart.
 */
import Dexie from 'dexie';
import type { Locale } from '../i18n';
import { ChainVerifier, intactRecords, signaturesOf, type CheckedLink, type VerifyReport } from './chain';
import type { PublicKeyJwk } from './device-key';
import type { LogDb } from './db';
import type { ChainHead, PublicationRecord } from './record';
import { toCsv, toJsonl } from './transfer';

export type ChainKey = [deviceId: string, seq: number];

/** Keys from `from` (inclusive) to `to` (exclusive) of the [deviceId+seq] index; null is open. */
export interface KeyRange {
  from: ChainKey | null;
  to: ChainKey | null;
}

export const WHOLE_LOG: KeyRange = { from: null, to: null };

/**
 * Records read per IndexedDB request. In workers, 2,500 to 25,000 measured alike (within the
 * noise of a 2-core machine); 10,000 keeps about 12 MB of records per worker in memory.
 */
export const READ_CHUNK = 10_000;
/** Below this many records per part, starting a worker costs more than it saves. */
const MIN_PART = 5_000;

const byDevice = (a: Pick<ChainHead, 'deviceId'>, b: Pick<ChainHead, 'deviceId'>) =>
  a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0;

/** Ids from `from` (inclusive) to `to` (exclusive); null is open. */
export interface IdRange {
  from: string | null;
  to: string | null;
}

/** How many parts a log of these chains is worth splitting into (at least MIN_PART records each). */
export function partsFor(heads: readonly Pick<ChainHead, 'seq' | 'checkpoint'>[], parts: number, minPart = MIN_PART): number {
  const total = heads.reduce((n, h) => n + Math.max(0, h.seq - (h.checkpoint?.seq ?? 0)), 0);
  return Math.max(1, Math.min(Math.floor(parts), Math.floor(total / minPart)));
}

/** The id space in `parts` ranges of equal width: UUIDs are random, so about as many records each. */
export function splitIds(parts: number): IdRange[] {
  const n = Math.max(1, Math.floor(parts));
  const cuts = Array.from({ length: n - 1 }, (_, k) =>
    Math.floor(((k + 1) * 0x1_0000_0000) / n)
      .toString(16)
      .padStart(8, '0'),
  );
  const bounds = [null, ...cuts, null];
  return bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1] }));
}

/** The records of one id range, `chunk` at a time. */
export async function* readIds(db: LogDb, range: IdRange, chunk = READ_CHUNK): AsyncGenerator<PublicationRecord[]> {
  let lower: string | number = range.from ?? Dexie.minKey;
  let inclusive = true;
  for (;;) {
    const ids = db.publications.where(':id');
    // The last range is open above: no key of any type sorts past it.
    const from =
      range.to !== null ? ids.between(lower, range.to, inclusive, false) : inclusive ? ids.aboveOrEqual(lower) : ids.above(lower);
    const records = await from.limit(chunk).toArray();
    if (records.length) yield records;
    if (records.length < chunk) return;
    lower = records[records.length - 1].id;
    inclusive = false;
  }
}

/**
 * Splits the log into `parts` ranges of about as many records each, from the chain heads alone
 * (each chain holds the records after its checkpoint up to its head). The ranges cover the whole
 * key space whatever the heads say, so a record of an unknown device is still read.
 */
export function splitByHeads(
  heads: readonly Pick<ChainHead, 'deviceId' | 'seq' | 'checkpoint'>[],
  parts: number,
  minPart = MIN_PART,
): KeyRange[] {
  const chains = [...heads]
    .sort(byDevice)
    .map((h) => ({ deviceId: h.deviceId, first: (h.checkpoint?.seq ?? 0) + 1, count: Math.max(0, h.seq - (h.checkpoint?.seq ?? 0)) }));
  const total = chains.reduce((n, c) => n + c.count, 0);
  const n = partsFor(heads, parts, minPart);
  if (n === 1) return [WHOLE_LOG];
  const cuts: ChainKey[] = [];
  for (let k = 1; k < n; k++) {
    let position = Math.round((total * k) / n);
    for (const c of chains) {
      if (position < c.count) {
        cuts.push([c.deviceId, c.first + position]);
        break;
      }
      position -= c.count;
    }
  }
  const bounds = [null, ...cuts, null];
  return bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1] }));
}

/** The records of one range in chain order, `chunk` at a time. */
export async function* readRange(db: LogDb, range: KeyRange, chunk = READ_CHUNK): AsyncGenerator<PublicationRecord[]> {
  const index = db.publications.where('[deviceId+seq]');
  // Dexie's minKey (-Infinity) sorts before every array key.
  let lower: ChainKey | number = range.from ?? Dexie.minKey;
  // The chain index is not unique (two records under one [deviceId, seq] is a forgery verification
  // reports), so each next chunk starts at the last key again and skips the ids already read there.
  let atLower = new Set<string>();
  for (;;) {
    const from = range.to !== null ? index.between(lower, range.to, true, false) : index.aboveOrEqual(lower);
    const read = await from.limit(chunk + atLower.size).toArray();
    const records = atLower.size ? read.filter((r) => !atLower.has(r.id)) : read;
    if (records.length) yield records;
    if (read.length < chunk + atLower.size) return;
    // The read started at the previous key, so it holds every record read so far at the last key.
    const last = read[read.length - 1];
    lower = [last.deviceId, last.seq];
    atLower = new Set(read.filter((r) => r.deviceId === last.deviceId && r.seq === last.seq).map((r) => r.id));
  }
}

/** Works through chunks, reading the next while this one is worked on. */
async function eachChunk(
  chunks: AsyncGenerator<PublicationRecord[]>,
  work: (records: PublicationRecord[]) => Promise<void> | void,
): Promise<void> {
  let next = chunks.next();
  for (;;) {
    const chunk = await next;
    if (chunk.done) return;
    next = chunks.next();
    await work(chunk.value);
  }
}

/** What verification needs of the records of an id range; records without their chain fields apart. */
export interface CheckedRange {
  links: CheckedLink[];
  /** Ids of records whose device id, seq or hashes are missing or malformed: no chain lists them. */
  unchained: string[];
}

const chainFields = (r: Partial<PublicationRecord>) =>
  typeof r.deviceId === 'string' && Number.isSafeInteger(r.seq) && typeof r.prevHash === 'string' && typeof r.hash === 'string';

/** Reads and hashes the records of one id range. */
export async function checkRange(db: LogDb, range: IdRange, onProgress?: (done: number) => void): Promise<CheckedRange> {
  const out: CheckedRange = { links: [], unchained: [] };
  let done = 0;
  await eachChunk(readIds(db, range), async (records) => {
    const intact = await intactRecords(records);
    records.forEach((r, i) => {
      if (chainFields(r))
        out.links.push({ deviceId: r.deviceId, id: r.id, seq: r.seq, prevHash: r.prevHash, hash: r.hash, intact: intact[i] });
      else out.unchained.push(r.id);
    });
    onProgress?.((done += records.length));
  });
  return out;
}

export interface RenderOptions {
  format: 'csv' | 'jsonl';
  locale: Locale;
  /** The CSV header (with the BOM): only the first part of an export has it. */
  header: boolean;
}

/**
 * Records read a chunk at a time (readRange: chain order; readIds: table order) as export text: `each` gets every chunk's text
 * as soon as it is rendered (a worker turns it into a Blob at once, so its bytes move to the
 * browser while the next chunk is read). Returns the number of records.
 */
export async function renderChunks(
  chunks: AsyncGenerator<PublicationRecord[]>,
  options: RenderOptions,
  each: (text: string, done: number) => void,
): Promise<number> {
  let count = 0;
  await eachChunk(chunks, (records) => {
    const text =
      options.format === 'csv' ? toCsv(records, { locale: options.locale, header: options.header && count === 0 }) : toJsonl(records);
    count += records.length;
    each(text, count);
  });
  if (options.format === 'csv' && options.header && count === 0) each(toCsv([], { locale: options.locale }), 0);
  return count;
}

/** One range of an export as text parts, in chain order. */
export async function renderRange(
  db: LogDb,
  range: KeyRange,
  options: RenderOptions,
  onProgress?: (done: number) => void,
): Promise<{ parts: string[]; count: number }> {
  const parts: string[] = [];
  const count = await renderChunks(readRange(db, range), options, (text, done) => {
    parts.push(text);
    onProgress?.(done);
  });
  return { parts, count };
}

/**
 * The verdict over the checked ranges (in any order), each chain head's signature checked too;
 * `known`: the key each device is known by (this profile's own key), which a head must be signed with.
 */
export async function verdictOf(
  heads: readonly ChainHead[],
  checked: readonly CheckedRange[],
  known: ReadonlyMap<string, PublicKeyJwk> = new Map(),
): Promise<VerifyReport> {
  const verifier = new ChainVerifier(new Map(heads.map((h) => [h.deviceId, h])), await signaturesOf(heads, known));
  for (const { links, unchained } of checked) verifier.add(links, unchained);
  return verifier.finish();
}

export const WHOLE_ID_SPACE: IdRange = { from: null, to: null };

/**
 * Runs a verification against the chain heads read before it, and again once if a head moved
 * meanwhile (a publication committed while the records were read): otherwise a record written
 * into a part already read would look removed.
 */
export async function withSteadyHeads(
  db: LogDb,
  run: (heads: ChainHead[], known: ReadonlyMap<string, PublicKeyJwk>) => Promise<VerifyReport>,
): Promise<VerifyReport> {
  const read = async () => (await db.chains.toArray()).map(({ local: _local, ...h }) => h);
  const key = (heads: ChainHead[]) => JSON.stringify(heads.map((h) => [h.deviceId, h.seq, h.hash]).sort());
  const known = await knownKeys(db);
  let heads = await read();
  for (let attempt = 0; ; attempt++) {
    const report = await run(heads, known);
    const after = await read();
    if (attempt === 1 || key(after) === key(heads)) return report;
    heads = after;
  }
}

/** Verifies the whole log on this thread (the background; the page uses workers, lib/log/parallel.ts). */
export function verifyLog(db: LogDb): Promise<VerifyReport> {
  return withSteadyHeads(db, async (heads, known) => verdictOf(heads, [await checkRange(db, WHOLE_ID_SPACE)], known));
}

/** This profile's own device key: its chain head must be signed with it, not just with the key the head names. */
export async function knownKeys(db: LogDb): Promise<Map<string, PublicKeyJwk>> {
  const [id, key] = await Promise.all([db.meta.get('deviceId'), db.meta.get('deviceKey')]);
  return id?.key === 'deviceId' && key?.key === 'deviceKey' ? new Map([[id.value, key.value.publicKey]]) : new Map();
}
