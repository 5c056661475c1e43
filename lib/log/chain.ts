/**
 * The hash chain: each record's hash is SHA-256 over its canonical JSON (outcome status and the
 * hash itself left out), and the canonical JSON includes the previous record's hash. Verification
 * walks each device's chain in seq order and names the first record that was altered, removed or
 * reordered (Art. 33: 日志记录和安全审计).
 */
import { CATEGORIES } from '../engine/rule';
import type { SnapshotMode } from './snapshot';
import { canonicalJsonOfShape, canonicalShape, stringifyWithout, withSortedKeys, writesCanonically } from './canonical-json';
import { headSignature, type HeadSignature, type PublicKeyJwk } from './device-key';
import { digestAll } from './digest';
import { maskPersonalData } from './mask';
import {
  EXCERPT_LENGTH,
  GENESIS_HASH,
  LOG_SCHEMA_VERSION,
  UNHASHED_FIELDS,
  approvalSchema,
  chinaDay,
  findingSummarySchema,
  overrideSchema,
  publicationRecordSchema,
  snapshotSchema,
  maskSchema,
  publicationInputSchema,
  type ChainHead,
  type Checkpoint,
  type PublicationInput,
  type PublicationRecord,
} from './record';

/** The fields a record's hash leaves out. */
const UNHASHED = new Set<string>(UNHASHED_FIELDS);
/** Every field name a record holds at any depth: records of this shape take the fast canonical path. */
const RECORD_SHAPE = canonicalShape(
  [publicationRecordSchema, snapshotSchema, maskSchema, findingSummarySchema, overrideSchema, approvalSchema].flatMap((s) =>
    Object.keys(s.shape),
  ),
  UNHASHED,
);
/** The canonical JSON a record's hash is taken over. */
export const recordCanonicalJson = (record: Readonly<Record<string, unknown>>): string =>
  canonicalJsonOfShape(record, RECORD_SHAPE, UNHASHED);

/** The hash of a stored record as it is (raw: extra or missing fields change it). */
export async function hashRecord(record: Readonly<Record<string, unknown>>): Promise<string> {
  return (await digestAll([recordCanonicalJson(record)]))[0];
}

/**
 * Whether each stored record still matches its hash: the verification hot path (100,000 records).
 * A record stored as the log writes it (plain JSON values, keys in canonical order, checked by
 * one walk) is its canonical JSON once the unhashed fields are left out, which JSON.stringify
 * writes without a copy (stringifyWithout). Any other record — keys in another order (carried
 * over from version 1), or a value JSON.stringify would write as something else (a Date, a
 * boxed string, NaN) — is hashed the canonical way, and one that has no canonical JSON (a
 * BigInt, say) or no hash is not intact.
 */
export async function intactRecords(records: readonly Record<string, unknown>[]): Promise<boolean[]> {
  const intact = new Array<boolean>(records.length).fill(false);
  const fast: { at: number[]; texts: string[] } = { at: [], texts: [] };
  const slow: { at: number[]; texts: string[] } = { at: [], texts: [] };
  records.forEach((r, i) => {
    if (typeof r.hash !== 'string') return;
    if (writesCanonically(r, UNHASHED)) {
      fast.at.push(i);
      fast.texts.push(stringifyWithout(r, UNHASHED_FIELDS));
      return;
    }
    const text = canonicalOrNull(r);
    if (text === null) return;
    slow.at.push(i);
    slow.texts.push(text);
  });
  for (const part of [fast, slow]) {
    const hashes = await digestAll(part.texts);
    part.at.forEach((i, k) => (intact[i] = hashes[k] === records[i].hash));
  }
  return intact;
}

/** A record's canonical JSON, or null for one that has none (a non-finite number, a BigInt). */
function canonicalOrNull(record: Readonly<Record<string, unknown>>): string | null {
  try {
    return recordCanonicalJson(record);
  } catch {
    return null;
  }
}

/** The same record (outcome status aside): a copy, not a different record under the same id. */
export function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  return a.hash === b.hash && recordCanonicalJson(a) === recordCanonicalJson(b);
}

/** What a record keeps of the draft's text: personal data masked unless the mode is 'unmasked'. */
export function snapshotOf(text: string | undefined, mode: SnapshotMode): PublicationRecord['snapshot'] {
  if (mode === 'hash' || text === undefined) return { mode: text === undefined ? 'hash' : mode, text: null };
  if (mode === 'unmasked') return { mode, text };
  const masked = maskPersonalData(text);
  const kept = mode === 'full' ? masked.text : [...masked.text].slice(0, EXCERPT_LENGTH).join('');
  const masks = masked.masks.filter((m) => m.start < kept.length).map((m) => ({ ...m, end: Math.min(m.end, kept.length) }));
  return { mode, text: kept, masks };
}

/** A title as the log keeps it: personal data masked unless the mode keeps the text unmasked. */
export const titleOf = (title: string, mode: SnapshotMode): string => (mode === 'unmasked' ? title : maskPersonalData(title).text);

export interface RecordContext {
  id: string;
  deviceId: string;
  now: Date;
  snapshotMode: SnapshotMode;
  /** Used when the input names no account. */
  account: string;
  prev: { seq: number; hash: string };
}

/** The next record of the chain, hashed. */
export async function buildRecord(input: PublicationInput, ctx: RecordContext): Promise<PublicationRecord> {
  const p = publicationInputSchema.parse(input);
  const time = ctx.now.toISOString();
  const categories = CATEGORIES.filter((c) => p.findings.some((f) => f.category === c));
  const body: Omit<PublicationRecord, 'hash'> = {
    v: LOG_SCHEMA_VERSION,
    id: ctx.id,
    deviceId: ctx.deviceId,
    seq: ctx.prev.seq + 1,
    time,
    day: chinaDay(time),
    platform: p.platform,
    account: p.account ?? ctx.account,
    url: p.url,
    title: titleOf(p.title, ctx.snapshotMode),
    contentHash: p.contentHash,
    snapshot: snapshotOf(p.text, ctx.snapshotMode),
    origin: p.origin ?? 'original',
    source: p.source ?? null,
    requiredApproval: p.requiredApproval,
    findings: p.findings,
    categories: [...categories],
    overrides: p.overrides,
    overridden: p.overrides.length ? 1 : 0,
    approval: p.approval ?? null,
    approvalStatus: p.approval?.status ?? 'missing',
    practice: p.practice,
    prevHash: ctx.prev.hash,
    outcome: 'attempted',
    confirmedAt: null,
  };
  // Stored with keys in canonical order, so verifying it later is one JSON.stringify (same hash).
  return withSortedKeys({ ...body, hash: await hashRecord(body) });
}

/**
 * `unsigned`: the chain has no signed head (an export from before device keys, a head line cut off)
 * or records past its signed head; `rewritten`: the head or a checkpoint is not signed by the device.
 */
export type ProblemKind = 'altered' | 'removed' | 'reordered' | 'invalid' | 'unchained' | 'unsigned' | 'rewritten';

export interface ChainProblem {
  kind: ProblemKind;
  deviceId: string;
  /** The record the problem is found at (for `removed`: the first record after the gap, if any). */
  id: string | null;
  seq: number;
  /** For `removed`: the seq range that is missing. */
  missing?: { from: number; to: number };
  /** For `unchained`: how many stored records no chain lists (deviceId or seq gone). */
  count?: number;
  detail: string;
}

export interface DeviceVerdict {
  deviceId: string;
  records: number;
  firstSeq: number | null;
  lastSeq: number | null;
  head: ChainHead | null;
  checkpoint: Checkpoint | null;
  /** What the head's signature says (lib/log/device-key.ts). */
  signature: HeadSignature;
  problem: ChainProblem | null;
}

export interface VerifyReport {
  ok: boolean;
  records: number;
  devices: DeviceVerdict[];
  /** The first problem, walking devices in order and each chain from its start. */
  firstProblem: ChainProblem | null;
}

/** What verification needs of a record: the raw stored object (hashed as it is). */
export type ChainLink = Readonly<Record<string, unknown>> & { id: string; deviceId: string; seq: number; prevHash: string; hash: string };

/** A record reduced to what the chain walk needs, once hashed: whether it still matches its hash. */
export interface CheckedLink {
  deviceId: string;
  id: string;
  seq: number;
  prevHash: string;
  hash: string;
  intact: boolean;
}
type Checked = Omit<CheckedLink, 'deviceId'>;

/**
 * Verifies chains from records given in any order and in chunks of any size: `push` raw records
 * (hashed here) or `add` records already hashed (by workers), then `finish`, which sorts each
 * device's records by seq and walks the chain. Only the chain fields are kept, not the records.
 */
export class ChainVerifier {
  private readonly chains = new Map<string, Checked[]>();
  private count = 0;
  private readonly unchained: string[] = [];

  /** `signatures`: each head's signature checked (signaturesOf); a chain without one counts as unsigned. */
  constructor(
    private readonly heads: ReadonlyMap<string, ChainHead> = new Map(),
    private readonly signatures: ReadonlyMap<string, HeadSignature> = new Map(),
  ) {}

  /** Records as stored or parsed (their unhashed fields are set aside and put back while hashing). */
  async push(links: readonly ChainLink[]): Promise<void> {
    const intact = await intactRecords(links);
    this.add(links.map((l, i) => ({ deviceId: l.deviceId, id: l.id, seq: l.seq, prevHash: l.prevHash, hash: l.hash, intact: intact[i] })));
  }

  /** Records already hashed (by workers, lib/log/scan.ts), and the ids of records without chain fields. */
  add(links: readonly CheckedLink[], unchained: readonly string[] = []): void {
    for (const { deviceId, ...c } of links) {
      let list = this.chains.get(deviceId);
      if (!list) this.chains.set(deviceId, (list = []));
      list.push(c);
    }
    this.unchained.push(...unchained);
    this.count += links.length + unchained.length;
  }

  finish(): VerifyReport {
    const ids = new Set([...this.chains.keys(), ...this.heads.keys()]);
    const devices = [...ids]
      .sort()
      .map((d) => verifyDevice(d, this.chains.get(d) ?? [], this.heads.get(d) ?? null, this.signatures.get(d) ?? NO_HEAD));
    const stray = this.unchained.length;
    const firstProblem =
      devices.find((d) => d.problem)?.problem ??
      (stray
        ? {
            kind: 'unchained' as const,
            deviceId: '',
            id: this.unchained.sort()[0],
            seq: 0,
            count: stray,
            detail: `${stray} stored records have no device id or seq`,
          }
        : null);
    return { ok: !firstProblem, records: this.count, devices, firstProblem };
  }
}

const NO_HEAD: HeadSignature = { status: 'unsigned', binding: null, fingerprint: null, detail: 'no chain head' };

/** Each head's signature, checked against the key known for its device where there is one. */
export async function signaturesOf(
  heads: Iterable<ChainHead>,
  known: ReadonlyMap<string, PublicKeyJwk> = new Map(),
): Promise<Map<string, HeadSignature>> {
  const out = new Map<string, HeadSignature>();
  for (const h of heads) out.set(h.deviceId, await headSignature(h, known.get(h.deviceId) ?? null));
  return out;
}

function verifyDevice(deviceId: string, list: Checked[], head: ChainHead | null, signature: HeadSignature): DeviceVerdict {
  list.sort((a, b) => a.seq - b.seq);
  const checkpoint = head?.checkpoint ?? null;
  const verdict = (problem: ChainProblem | null): DeviceVerdict => ({
    deviceId,
    records: list.length,
    firstSeq: list[0]?.seq ?? null,
    lastSeq: list.at(-1)?.seq ?? null,
    head,
    checkpoint,
    signature,
    problem,
  });
  const problem = (kind: ProblemKind, at: Checked | null, seq: number, detail: string, missing?: ChainProblem['missing']) =>
    verdict({ kind, deviceId, id: at?.id ?? null, seq, detail, ...(missing ? { missing } : {}) });

  // Which record holds a hash, and which links to it: only asked once a link is broken.
  let index: { bySeq: Map<string, number>; byPrev: Map<string, number> } | null = null;
  const links = () => {
    index ??= { bySeq: new Map(list.map((c) => [c.hash, c.seq])), byPrev: new Map(list.map((c) => [c.prevHash, c.seq])) };
    return index;
  };
  // With the whole chain at hand (another copy kept records pruned here), walk it from the start
  // and check the checkpoint on the way; otherwise start at the checkpoint.
  const fromStart = !checkpoint || list[0]?.seq === 1;
  let expected = fromStart ? 1 : checkpoint.seq + 1;
  let prevHash = fromStart ? GENESIS_HASH : checkpoint.hash;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!c.intact) return problem('altered', c, c.seq, 'content no longer matches its hash');
    // Older than the checkpoint, kept by another copy of this chain: checked for its hash above only.
    if (!fromStart && c.seq < expected && c.seq <= checkpoint.seq) continue;
    if (checkpoint && fromStart && c.seq === checkpoint.seq && c.hash !== checkpoint.hash) {
      return problem('altered', c, c.seq, 'does not match the pruning checkpoint');
    }
    if (c.seq < expected) return problem('reordered', c, c.seq, `seq ${c.seq} appears twice or out of order`);
    if (c.seq > expected)
      return problem('removed', c, c.seq, `records ${expected}–${c.seq - 1} are missing`, { from: expected, to: c.seq - 1 });
    if (c.prevHash !== prevHash) {
      const { bySeq, byPrev } = links();
      const linked = bySeq.get(c.prevHash);
      if (linked !== undefined) return problem('reordered', c, c.seq, `links to record ${linked} instead of ${c.seq - 1}`);
      // Another record links where this one should: the two changed places.
      const belongsHere = byPrev.get(prevHash);
      if (belongsHere !== undefined && belongsHere !== c.seq)
        return problem('reordered', c, c.seq, `record ${belongsHere} was written in this place`);
      // The record before was changed and re-hashed after this one was written.
      const before = list[i - 1];
      if (before && before.seq === c.seq - 1)
        return problem('altered', before, before.seq, `record ${c.seq} was written after a different version of it`);
      return problem(
        'altered',
        c,
        c.seq,
        checkpoint ? 'does not link to the pruning checkpoint' : 'does not link to the start of the chain',
      );
    }
    prevHash = c.hash;
    expected = c.seq + 1;
  }
  if (head && head.seq >= expected) {
    return problem('removed', null, head.seq, `records ${expected}–${head.seq} are missing from the end`, { from: expected, to: head.seq });
  }
  if (head && head.seq === expected - 1 && head.seq > (checkpoint?.seq ?? 0) && head.hash !== prevHash) {
    const last = list.at(-1)!;
    return problem('altered', last, last.seq, 'the last record does not match the chain head');
  }
  // The hashes hold together; whether the device itself signed where the chain ends is the rest.
  if (signature.status === 'rewritten') return problem('rewritten', null, head?.seq ?? 0, signature.detail);
  if (signature.status === 'unsigned') return problem('unsigned', null, head?.seq ?? list.at(-1)?.seq ?? 0, signature.detail);
  const past = list.find((c) => c.seq > head!.seq);
  if (past)
    return problem('unsigned', past, past.seq, `records ${past.seq}–${list.at(-1)!.seq} are past the signed chain head`, {
      from: past.seq,
      to: list.at(-1)!.seq,
    });
  return verdict(null);
}
