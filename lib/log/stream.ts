/**
 * Streaming verification of JSON Lines exports, for logs of any size: each line is classified on
 * its own, and each device's chain is walked link by link as links arrive in chain order, holding
 * only the walk's state (expected seq, previous hash) per device. Memory grows with devices, not
 * records. Where links do not arrive in chain order the caller sorts them first (the province
 * database does, on disk), and answers the rare lookups a broken link needs to be named precisely.
 *
 * A device's verification is one place (`ChainWalk`) with a `ChainTrust` hook, so signature checks
 * of chain heads and pruning checkpoints plug in without touching the walk.
 */
import { z } from 'zod';
import type { ChainProblem, DeviceVerdict, ProblemKind, VerifyReport } from './chain';
import { unitHierarchySchema, type Settings } from '../settings/schema';
import { GENESIS_HASH, chainHeadSchema, publicationRecordSchema, type ChainHead, type Checkpoint } from './record';
import { EXPORT_HEADER_TYPE, HEAD_TYPE } from './transfer';
import { headSignature, type HeadSignature, type PublicKeyJwk } from './device-key';
import { acceptedRecord } from './record-check';

export { EXPORT_HEADER_TYPE };

export const exportHeaderSchema = z.object({
  type: z.literal(EXPORT_HEADER_TYPE),
  /** Version of this header's shape. */
  v: z.literal(1),
  exportedAt: z.string().datetime(),
  unit: z.object({ name: z.string().max(100), hierarchy: z.optional(unitHierarchySchema) }),
  accounts: z
    .array(
      z.object({
        platform: z.string().max(40),
        name: z.string().max(60),
        hostUnit: z.string().max(100).optional(),
        hierarchy: z.optional(unitHierarchySchema),
      }),
    )
    .max(200),
});
export type ExportHeader = z.infer<typeof exportHeaderSchema>;

/** The header of an export from these settings: the unit and its filed accounts, with their hierarchy. */
export function exportHeaderFor(settings: Pick<Settings, 'profile' | 'accounts'>, now: Date): Omit<ExportHeader, 'type' | 'v'> {
  const hierarchy = settings.profile.hierarchy;
  return {
    exportedAt: now.toISOString(),
    unit: { name: settings.profile.unit, ...(hierarchy ? { hierarchy } : {}) },
    accounts: settings.accounts.map((a) => ({
      platform: a.platform,
      name: a.name,
      hostUnit: a.hostUnit,
      ...(a.hierarchy ? { hierarchy: a.hierarchy } : {}),
    })),
  };
}

/** The header line an export starts with. */
export function exportHeaderLine(header: Omit<ExportHeader, 'type' | 'v'>): string {
  return `${JSON.stringify(exportHeaderSchema.parse({ type: EXPORT_HEADER_TYPE, v: 1, ...header }))}\n`;
}

/**
 * A record as it may be written by this version or the next: the sign-off coverage of a record
 * (verified signature, declared by the editor, none) is being added as its own field; it is read
 * when present and otherwise derived from the approval status.
 */
const coverageSchema = z.union([
  z.string().max(40),
  z.looseObject({ kind: z.string().max(40).optional(), status: z.string().max(40).optional() }),
]);
export const streamedRecordSchema = z.strictObject({ ...publicationRecordSchema.shape, approvalCoverage: coverageSchema.optional() });
export type StreamedRecord = z.infer<typeof streamedRecordSchema>;

/** A chain head line longer than this keeps only the chain head's own fields. */
export const MAX_HEAD_JSON = 64 * 1024;

export type LineItem =
  | { kind: 'blank' }
  | { kind: 'record'; record: StreamedRecord; raw: Record<string, unknown> }
  | { kind: 'head'; head: ChainHead }
  | { kind: 'header'; header: ExportHeader }
  /** A line of a kind this version does not know (a later version's addition): counted, not a problem. */
  | { kind: 'other'; type: string }
  | { kind: 'problem'; reason: string };

/** One line of an export, on its own (BOM and CR already stripped or not). */
export function classifyLine(text: string): LineItem {
  const line = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (!trimmed.trim()) return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { kind: 'problem', reason: 'not JSON' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { kind: 'problem', reason: 'not a publication record: not an object' };
  const type = (value as { type?: unknown }).type;
  if (type === HEAD_TYPE) {
    const { type: _type, ...rest } = value as Record<string, unknown>;
    // Fields beyond the chain head's (a signature, say) are kept for the ChainTrust checks, within reason.
    const head = (JSON.stringify(rest).length <= MAX_HEAD_JSON ? z.looseObject(chainHeadSchema.shape) : chainHeadSchema).safeParse(rest);
    return head.success
      ? { kind: 'head', head: head.data }
      : { kind: 'problem', reason: `bad chain head: ${head.error.issues[0]?.message ?? ''}` };
  }
  if (type === EXPORT_HEADER_TYPE) {
    const header = exportHeaderSchema.safeParse(value);
    return header.success
      ? { kind: 'header', header: header.data }
      : { kind: 'problem', reason: `bad export header: ${header.error.issues[0]?.message ?? ''}` };
  }
  if (typeof type === 'string' && type.length <= 40) return { kind: 'other', type };
  // The common record passes a quick check that implies zod's verdict and output (./record-check.ts); anything else is zod's to judge.
  const accepted = acceptedRecord(value);
  if (accepted) return { kind: 'record', record: accepted, raw: value as Record<string, unknown> };
  const rec = streamedRecordSchema.safeParse(value);
  if (!rec.success) {
    const issue = rec.error.issues[0];
    return { kind: 'problem', reason: `not a publication record: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}` };
  }
  return { kind: 'record', record: rec.data, raw: value as Record<string, unknown> };
}

/** The longer of two heads of one device (a later export of the same browser). */
export function longerHead(known: ChainHead | undefined, next: ChainHead): ChainHead {
  if (!known) return next;
  if (next.seq > known.seq) return next;
  if (next.seq === known.seq && (next.checkpoint?.seq ?? 0) > (known.checkpoint?.seq ?? 0)) return next;
  return known;
}

/** What a walk needs of a record: its chain fields and whether it still matches its hash. */
export interface WalkLink {
  id: string;
  seq: number;
  prevHash: string;
  hash: string;
  intact: boolean;
}

/**
 * Answers about a device's whole chain, asked only once a link is broken, to name the problem
 * (reordered rather than altered): which record has this hash, which links to this hash.
 */
export interface ChainLookup {
  seqOfHash(deviceId: string, hash: string): Promise<number | undefined>;
  seqLinkingTo(deviceId: string, prevHash: string): Promise<number | undefined>;
}

/**
 * Checks beyond the hash chain, plugged in per device: a signed chain head or pruning checkpoint
 * is checked here (the device's public key travels in the export). The head is passed as the
 * export carried it, fields beyond the chain head's own (a signature, a key) included. Each
 * returns null when the value is trusted, or why it is not; a check left out trusts the value as
 * the chain shows it.
 */
export interface ChainTrust {
  head?(deviceId: string, head: ChainHead): Promise<string | null> | string | null;
  checkpoint?(deviceId: string, checkpoint: Checkpoint): Promise<string | null> | string | null;
  /**
   * The device key's signature over the head and its checkpoint (lib/log/device-key.ts): a chain
   * can only be extended by its device. Left out, the walk reports the signature as not checked.
   */
  signature?(deviceId: string, head: ChainHead | null): Promise<HeadSignature>;
}

/** The device-key check every real verification uses: each head's signature, against a key known for its device. */
export function deviceKeyTrust(known: ReadonlyMap<string, PublicKeyJwk> = new Map()): ChainTrust {
  return { signature: (deviceId, head) => headSignature(head, known.get(deviceId) ?? null) };
}

const NOT_CHECKED: HeadSignature = { status: 'unsigned', binding: null, fingerprint: null, detail: 'signature not checked' };

/**
 * One device's chain walked link by link in seq order (the same verdicts as `verifyDevice` in
 * lib/log/chain.ts, which sees the whole list at once): constant memory whatever the chain's length.
 */
export class ChainWalk {
  private records = 0;
  private firstSeq: number | null = null;
  private lastSeq: number | null = null;
  /** The first record past the chain head (written after the signed end of the chain). */
  private firstPast: number | null = null;
  private expected = 1;
  private prevHash = GENESIS_HASH;
  private fromStart = true;
  private before: WalkLink | null = null;
  private problem: ChainProblem | null = null;
  private readonly checkpoint: Checkpoint | null;

  constructor(
    readonly deviceId: string,
    private readonly head: ChainHead | null,
    private readonly lookup: ChainLookup,
  ) {
    this.checkpoint = head?.checkpoint ?? null;
  }

  private fail(kind: ProblemKind, at: WalkLink | null, seq: number, detail: string, missing?: ChainProblem['missing']): void {
    this.problem = { kind, deviceId: this.deviceId, id: at?.id ?? null, seq, detail, ...(missing ? { missing } : {}) };
  }

  /** The next link (seq not below the previous one). After a problem only counts are kept. */
  async step(c: WalkLink): Promise<void> {
    this.records++;
    this.lastSeq = c.seq;
    if (this.head && c.seq > this.head.seq && this.firstPast === null) this.firstPast = c.seq;
    if (this.firstSeq === null) {
      this.firstSeq = c.seq;
      // With the whole chain at hand (another copy kept records pruned here), walk it from the
      // start and check the checkpoint on the way; otherwise start at the checkpoint.
      this.fromStart = !this.checkpoint || c.seq === 1;
      if (!this.fromStart) {
        this.expected = this.checkpoint!.seq + 1;
        this.prevHash = this.checkpoint!.hash;
      }
    }
    if (this.problem) return;
    const checkpoint = this.checkpoint;
    const before = this.before;
    this.before = c;
    if (!c.intact) return this.fail('altered', c, c.seq, 'content no longer matches its hash');
    // Older than the checkpoint, kept by another copy of this chain: checked for its hash above only.
    if (!this.fromStart && c.seq < this.expected && c.seq <= checkpoint!.seq) return;
    if (checkpoint && this.fromStart && c.seq === checkpoint.seq && c.hash !== checkpoint.hash)
      return this.fail('altered', c, c.seq, 'does not match the pruning checkpoint');
    if (c.seq < this.expected) return this.fail('reordered', c, c.seq, `seq ${c.seq} appears twice or out of order`);
    if (c.seq > this.expected)
      return this.fail('removed', c, c.seq, `records ${this.expected}–${c.seq - 1} are missing`, { from: this.expected, to: c.seq - 1 });
    if (c.prevHash !== this.prevHash) {
      const linked = await this.lookup.seqOfHash(this.deviceId, c.prevHash);
      if (linked !== undefined) return this.fail('reordered', c, c.seq, `links to record ${linked} instead of ${c.seq - 1}`);
      // Another record links where this one should: the two changed places.
      const belongsHere = await this.lookup.seqLinkingTo(this.deviceId, this.prevHash);
      if (belongsHere !== undefined && belongsHere !== c.seq)
        return this.fail('reordered', c, c.seq, `record ${belongsHere} was written in this place`);
      // The record before was changed and re-hashed after this one was written.
      if (before && before.seq === c.seq - 1)
        return this.fail('altered', before, before.seq, `record ${c.seq} was written after a different version of it`);
      return this.fail(
        'altered',
        c,
        c.seq,
        checkpoint ? 'does not link to the pruning checkpoint' : 'does not link to the start of the chain',
      );
    }
    this.prevHash = c.hash;
    this.expected = c.seq + 1;
  }

  /**
   * A device's whole chain at once, checked already where its links are stored (the province
   * database checks it in SQL, lib/province/ingest.ts): seq 1 to `count` each once, every link
   * intact, the first linking to the start of the chain and each other to the one before, and no
   * pruning checkpoint. Leaves the walk as stepping through those links one by one would; `last`
   * is the link with seq `count`.
   */
  verifiedChain(count: number, last: WalkLink): void {
    if (this.records || this.checkpoint || count < 1 || last.seq !== count || !last.intact) throw new Error('not a whole verified chain');
    this.records = count;
    this.firstSeq = 1;
    this.lastSeq = count;
    // Stepping seq 1, 2, … the first past the head is the one after it.
    if (this.head && count > this.head.seq) this.firstPast = this.head.seq + 1;
    this.fromStart = true;
    this.before = last;
    this.prevHash = last.hash;
    this.expected = count + 1;
  }

  async finish(trust: ChainTrust = {}): Promise<DeviceVerdict> {
    const head = this.head;
    if (!this.problem && head && head.seq >= this.expected) {
      this.fail('removed', null, head.seq, `records ${this.expected}–${head.seq} are missing from the end`, {
        from: this.expected,
        to: head.seq,
      });
    }
    if (!this.problem && head && head.seq === this.expected - 1 && head.seq > (this.checkpoint?.seq ?? 0) && head.hash !== this.prevHash) {
      this.fail('altered', this.before, this.before?.seq ?? head.seq, 'the last record does not match the chain head');
    }
    // Signatures are checked last: a chain whose links are broken is reported for that first.
    if (!this.problem && head && trust.head) {
      const why = await trust.head(this.deviceId, head);
      if (why) this.fail('altered', null, head.seq, why);
    }
    if (!this.problem && this.checkpoint && trust.checkpoint) {
      const why = await trust.checkpoint(this.deviceId, this.checkpoint);
      if (why) this.fail('altered', null, this.checkpoint.seq, why);
    }
    // As verifyDevice does: the hashes hold together; whether the device signed where the chain ends is the rest.
    const signature = trust.signature ? await trust.signature(this.deviceId, head) : NOT_CHECKED;
    if (!this.problem && trust.signature) {
      if (signature.status === 'rewritten') this.fail('rewritten', null, head?.seq ?? 0, signature.detail);
      else if (signature.status === 'unsigned') this.fail('unsigned', null, head?.seq ?? this.lastSeq ?? 0, signature.detail);
      else if (this.firstPast !== null) {
        this.fail('unsigned', null, this.firstPast, `records ${this.firstPast}–${this.lastSeq} are past the signed chain head`, {
          from: this.firstPast,
          to: this.lastSeq!,
        });
      }
    }
    return {
      deviceId: this.deviceId,
      records: this.records,
      firstSeq: this.firstSeq,
      lastSeq: this.lastSeq,
      head,
      checkpoint: this.checkpoint,
      signature,
      problem: this.problem,
    };
  }
}

/** A link of some device, in chain order (device, then seq). */
export interface DeviceLink extends WalkLink {
  deviceId: string;
}

/** A device's whole chain checked where it is stored (see ChainWalk.verifiedChain): its length and last link. */
export interface VerifiedChain {
  deviceId: string;
  count: number;
  last: WalkLink;
}

/**
 * Walks every device's chain from links sorted by device then seq, one device at a time; devices
 * that only have a head (every record missing) are walked too, and a device given as a
 * VerifiedChain (in its place in the order, instead of its links) takes its checked chain whole.
 * Returns each device's verdict as it is reached (`onDevice`) and the whole report (devices only
 * as verdicts, no records).
 */
export async function walkChains(
  links: AsyncIterable<readonly (DeviceLink | VerifiedChain)[]>,
  heads: ReadonlyMap<string, ChainHead>,
  lookup: ChainLookup,
  {
    trust = {},
    unchained = 0,
    onDevice,
  }: { trust?: ChainTrust; unchained?: number; onDevice?: (v: DeviceVerdict) => Promise<void> | void } = {},
): Promise<VerifyReport> {
  const devices: DeviceVerdict[] = [];
  const headless = [...heads.keys()].sort();
  let h = 0;
  let walk = null as ChainWalk | null;
  let count = 0;
  const close = async () => {
    if (!walk) return;
    const v = await walk.finish(trust);
    devices.push(v);
    await onDevice?.(v);
    walk = null;
  };
  // Devices with a head and no record sort in among the others.
  const headOnlyBefore = async (deviceId: string | null) => {
    while (h < headless.length && (deviceId === null || headless[h] < deviceId)) {
      const id = headless[h++];
      if (id === deviceId) continue;
      walk = new ChainWalk(id, heads.get(id) ?? null, lookup);
      await close();
    }
    if (deviceId !== null && headless[h] === deviceId) h++;
  };
  for await (const batch of links) {
    for (const link of batch) {
      if (walk?.deviceId !== link.deviceId) {
        await close();
        await headOnlyBefore(link.deviceId);
        walk = new ChainWalk(link.deviceId, heads.get(link.deviceId) ?? null, lookup);
      }
      if ('last' in link) {
        count += link.count;
        walk.verifiedChain(link.count, link.last);
      } else {
        count++;
        await walk.step(link);
      }
    }
  }
  await close();
  await headOnlyBefore(null);
  const firstProblem =
    devices.find((d) => d.problem)?.problem ??
    (unchained
      ? {
          kind: 'unchained' as const,
          deviceId: '',
          id: null,
          seq: 0,
          count: unchained,
          detail: `${unchained} stored records have no device id or seq`,
        }
      : null);
  return { ok: !firstProblem, records: count + unchained, devices, firstProblem };
}

/** Links held in memory and sorted (small inputs and tests); the province database sorts on disk. */
export function memoryChains(links: readonly DeviceLink[]): { sorted: AsyncIterable<readonly DeviceLink[]>; lookup: ChainLookup } {
  const sorted = [...links].sort((a, b) => (a.deviceId === b.deviceId ? a.seq - b.seq : a.deviceId < b.deviceId ? -1 : 1));
  const find = (deviceId: string, test: (l: DeviceLink) => boolean) => sorted.find((l) => l.deviceId === deviceId && test(l))?.seq;
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- the links are already in memory; the async iterable only matches the on-disk interface
    sorted: (async function* () {
      yield sorted;
    })(),
    lookup: {
      seqOfHash: (deviceId, hash) => Promise.resolve(find(deviceId, (l) => l.hash === hash)),
      seqLinkingTo: (deviceId, prevHash) => Promise.resolve(find(deviceId, (l) => l.prevHash === prevHash)),
    },
  };
}
