/**
 * The log's writes: one serialised write path per profile (so concurrent tabs cannot fork the
 * chain), this profile's device key, records appended and settled, imports merged, and retention
 * pruning with a signed checkpoint. Runs in the background only.
 */
import Dexie from 'dexie';
import type { Account } from '../settings/schema';
import type { SnapshotMode } from './snapshot';
import { buildRecord, hashRecord, sameRecord } from './chain';
import { createDeviceKey, deviceIdForKey, headSignature, signCheckpoint, signHead, type DeviceKey, type SignedHead } from './device-key';
import { sealPending, type QuarantinedChain, type StoredChain } from './db';
import type { PublicationLogState } from './log-reads';
import { emptyImportResult, type ImportResult } from './messages';
import {
  GENESIS_HASH,
  chainHeadSchema,
  chinaDay,
  publicationInputSchema,
  publicationRecordSchema,
  type ChainHead,
  type Checkpoint,
  type PublicationInput,
  type PublicationRecord,
} from './record';

/**
 * The account a record belongs to: the one named, else the one the editor chose for the platform
 * (if it is still filed there), else the platform's only filed account, else ''.
 */
export function resolveAccount(
  platform: string,
  named: string | undefined,
  accounts: readonly Pick<Account, 'platform' | 'name'>[],
  chosen?: string,
): string {
  if (named) return named;
  const mine = accounts.filter((a) => a.platform === platform);
  if (chosen && mine.some((a) => a.name === chosen)) return chosen;
  return mine.length === 1 ? mine[0].name : '';
}

export interface AppendOptions {
  snapshotMode: SnapshotMode;
  accounts?: readonly Pick<Account, 'platform' | 'name'>[];
  /** The account the editor chose per platform (lib/log/accounts.ts). */
  chosen?: Readonly<Record<string, string>>;
}

/** A chain the import check found broken: its records go to the quarantine, with this problem. */
export interface QuarantineOrder {
  deviceId: string;
  kind: string;
  detail: string;
  seq: number;
}

/**
 * A write the disk refused (IndexedDB's QuotaExceededError, however Dexie wraps it: as the
 * transaction's abort, or as the reason a reopen failed).
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  const err = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError' || (typeof err.message === 'string' && err.message.includes('QuotaExceededError'))) return true;
  const failures: unknown[] = Array.isArray(err.failures) ? err.failures : [];
  return [err.inner, err.cause, ...failures].some((x) => isQuotaError(x, depth + 1));
}

/** The error a refused write is reported as (its name crosses messaging): the disk is full. */
export class LogFullError extends Error {
  override name = 'QuotaExceededError';
  constructor(cause: unknown) {
    super('the publication record could not be saved: the disk is full', { cause });
  }
}

export class PublicationLogWrites {
  private queue: Promise<unknown> = Promise.resolve();
  private device?: Promise<{ deviceId: string; key: DeviceKey }>;

  constructor(private readonly state: PublicationLogState) {}

  private get db() {
    return this.state.db;
  }

  private clock(): Date {
    return this.state.clock();
  }

  /**
   * Runs writes one after another, in call order. A database whose opening failed (a full disk
   * while Dexie reopened it) stays failed in Dexie until it is closed: each write starts by
   * closing such a one, so the next attempt after space is freed opens it afresh.
   */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(
      () => this.attempt(fn),
      () => this.attempt(fn),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async attempt<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.hasFailed()) this.db.close({ disableAutoOpen: false });
    try {
      return await fn();
    } catch (e) {
      throw isQuotaError(e) ? new LogFullError(e) : e;
    }
  }

  /** This profile's device id; see identity(). */
  async deviceId(): Promise<string> {
    return (await this.identity()).deviceId;
  }

  /**
   * This profile's device id and signing key, created once together: a new profile takes the id
   * its key stands for (deviceIdForKey); an older one keeps its id and has its chain head signed
   * now. Records carried over from version 1 are sealed first.
   */
  identity(): Promise<{ deviceId: string; key: DeviceKey }> {
    this.device ??= (async () => {
      await sealPending(this.db);
      let stored = await this.db.meta.get('deviceKey');
      if (stored?.key !== 'deviceKey') {
        const { pair, publicKey } = await createDeviceKey();
        const derived = await deviceIdForKey(publicKey);
        await this.db.transaction('rw', this.db.meta, async () => {
          if (await this.db.meta.get('deviceKey')) return;
          await this.db.meta.put({ key: 'deviceKey', value: { privateKey: pair.privateKey, publicKey } });
          if (!(await this.db.meta.get('deviceId'))) await this.db.meta.put({ key: 'deviceId', value: derived });
        });
        stored = await this.db.meta.get('deviceKey');
      }
      const id = await this.db.meta.get('deviceId');
      if (stored?.key !== 'deviceKey' || id?.key !== 'deviceId') throw new Error('the device key could not be stored');
      const identity = { deviceId: id.value, key: stored.value };
      // A chain written before this profile had a key (or sealed just now): its head is signed once.
      const head = await this.db.chains.get(identity.deviceId);
      if (head && head.signature === undefined) {
        const signed = await this.signedHead(identity.key, head.deviceId, head.seq, head.hash, head.checkpoint);
        await this.db.transaction('rw', this.db.chains, async () => {
          const current = await this.db.chains.get(identity.deviceId);
          if (current && current.signature === undefined && current.seq === head.seq && current.hash === head.hash)
            await this.db.chains.put({ ...signed, local: true });
        });
      }
      return identity;
    })().catch((e) => {
      this.device = undefined;
      throw e;
    });
    return this.device;
  }

  /** A head of this device's chain signed with its key (its checkpoint signed first where it is not). */
  private async signedHead(
    key: DeviceKey,
    deviceId: string,
    seq: number,
    hash: string,
    checkpoint: Checkpoint | null,
  ): Promise<SignedHead> {
    const signedCheckpoint = checkpoint
      ? checkpoint.signature !== undefined
        ? { ...checkpoint, signature: checkpoint.signature }
        : await signCheckpoint(key, deviceId, checkpoint)
      : null;
    return signHead(key, { deviceId, seq, hash, checkpoint: signedCheckpoint });
  }

  /** Commits one record at the end of this device's chain; resolves once IndexedDB has it. */
  append(input: PublicationInput, options: AppendOptions): Promise<PublicationRecord> {
    const parsed = publicationInputSchema.parse(input);
    return this.serial(async () => {
      const { deviceId, key } = await this.identity();
      const account = resolveAccount(parsed.platform, parsed.account, options.accounts ?? [], options.chosen?.[parsed.platform]);
      // Compare-and-swap on the head: hashing is async and cannot run inside the transaction.
      for (let attempt = 0; attempt < 5; attempt++) {
        const head = await this.db.chains.get(deviceId);
        const prev = { seq: head?.seq ?? 0, hash: head?.hash ?? GENESIS_HASH };
        const record = publicationRecordSchema.parse(
          await buildRecord(parsed, {
            id: crypto.randomUUID(),
            deviceId,
            now: this.clock(),
            snapshotMode: options.snapshotMode,
            account,
            prev,
          }),
        );
        // Signed before the transaction: WebCrypto cannot be awaited inside one.
        const signed = await this.signedHead(key, deviceId, record.seq, record.hash, head?.checkpoint ?? null);
        const written = await this.db.transaction('rw', this.db.publications, this.db.chains, async () => {
          const current = await this.db.chains.get(deviceId);
          if ((current?.seq ?? 0) !== prev.seq || (current?.hash ?? GENESIS_HASH) !== prev.hash) return false;
          if (JSON.stringify(current?.checkpoint ?? null) !== JSON.stringify(head?.checkpoint ?? null)) return false;
          await this.db.publications.add(record);
          await this.db.chains.put({ ...signed, local: true });
          return true;
        });
        if (written) {
          this.state.generation++;
          return record;
        }
      }
      throw new Error('the chain head kept changing; the record was not written');
    });
  }

  /** The platform showed success: attempted → confirmed (outcome is outside the hash). */
  confirm(id: string): Promise<boolean> {
    return this.serial(async () => {
      const now = this.clock().toISOString();
      const n = await this.db.publications
        .where('id')
        .equals(id)
        .filter((r) => r.outcome === 'attempted')
        .modify({ outcome: 'confirmed', confirmedAt: now });
      if (n) this.state.generation++;
      return n > 0;
    });
  }

  /**
   * What became of a released publication that was never confirmed (lib/log/outcome.ts):
   * attempted → abandoned or unconfirmed (outcome is outside the hash).
   */
  settle(id: string, outcome: 'abandoned' | 'unconfirmed'): Promise<boolean> {
    return this.serial(async () => {
      const n = await this.db.publications
        .where('id')
        .equals(id)
        .filter((r) => r.outcome === 'attempted')
        .modify({ outcome });
      if (n) this.state.generation++;
      return n > 0;
    });
  }

  /**
   * Merges records from another machine's export: validated, deduplicated by id; a different
   * record under a known id is a conflict and the stored one is kept; this profile's own chain is
   * never written by an import. Chain heads extend, never shorten, what is known, and are taken
   * whole (a signature covers its head and checkpoint together).
   *
   * A chain that failed verification (`quarantine`, from the import check; or a head whose
   * signature this background finds wrong, or signed by another key than the one known for the
   * device) is stored apart, in the quarantine, and never mixed into the verified log.
   */
  import(rawRecords: readonly unknown[], rawHeads: readonly unknown[], quarantine: readonly QuarantineOrder[] = []): Promise<ImportResult> {
    return this.serial(async () => {
      const own = await this.deviceId();
      const result = emptyImportResult();
      const valid: PublicationRecord[] = [];
      rawRecords.forEach((raw, index) => {
        const p = publicationRecordSchema.safeParse(raw);
        if (!p.success)
          result.invalid.push({
            index,
            reason: p.error.issues
              .map((i) => `${i.path.join('.')}: ${i.message}`)
              .join('; ')
              .slice(0, 300),
          });
        else valid.push(p.data);
      });
      const heads = rawHeads
        .map((h) => chainHeadSchema.safeParse(h))
        .flatMap((p) => (p.success && p.data.deviceId !== own ? [p.data] : []));
      const best = new Map<string, ChainHead>();
      for (const h of heads) {
        const known = best.get(h.deviceId);
        if (!known || h.seq > known.seq || (h.seq === known.seq && (h.checkpoint?.seq ?? 0) > (known.checkpoint?.seq ?? 0)))
          best.set(h.deviceId, h);
      }
      const apart = new Map(quarantine.filter((q) => q.deviceId !== own).map((q) => [q.deviceId, q]));
      for (const h of best.values()) {
        if (apart.has(h.deviceId)) continue;
        const stored = await this.db.chains.get(h.deviceId);
        const signature = await headSignature(h, stored?.publicKey ?? null);
        if (signature.status !== 'signed')
          apart.set(h.deviceId, { deviceId: h.deviceId, kind: signature.status, detail: signature.detail, seq: h.seq });
      }
      const existing = await this.db.publications.bulkGet(valid.map((r) => r.id));
      const fresh = new Map<string, PublicationRecord>();
      const held = new Map<string, PublicationRecord>();
      valid.forEach((r, i) => {
        const found = existing[i] ?? fresh.get(r.id);
        if (r.deviceId === own && !found) result.ownDevice++;
        else if (apart.has(r.deviceId)) held.set(r.id, r);
        else if (found) {
          if (sameRecord(found, r)) result.duplicates++;
          else result.conflicts.push(r.id);
        } else fresh.set(r.id, r);
      });
      const importedAt = this.clock().toISOString();
      await this.db.transaction('rw', [this.db.publications, this.db.chains, this.db.quarantine, this.db.quarantinedChains], async () => {
        await this.db.publications.bulkAdd([...fresh.values()]);
        await this.db.quarantine.bulkPut([...held.values()]);
        for (const q of apart.values()) {
          const records = await this.db.quarantine
            .where('[deviceId+seq]')
            .between([q.deviceId, Dexie.minKey], [q.deviceId, Dexie.maxKey])
            .count();
          const previous = await this.db.quarantinedChains.get(q.deviceId);
          if (!records && !best.has(q.deviceId) && !previous) continue;
          await this.db.quarantinedChains.put({
            ...q,
            records,
            head: best.get(q.deviceId) ?? previous?.head ?? null,
            importedAt,
          } satisfies QuarantinedChain);
        }
        const tips = new Map<string, ChainHead>();
        // Records ahead of their head (an import that stops midway): an unsigned tip until the head comes.
        for (const r of fresh.values()) {
          const tip = tips.get(r.deviceId);
          if (!tip || r.seq > tip.seq) tips.set(r.deviceId, { deviceId: r.deviceId, seq: r.seq, hash: r.hash, checkpoint: null });
        }
        for (const h of best.values()) {
          const tip = tips.get(h.deviceId);
          if (!apart.has(h.deviceId) && (!tip || h.seq >= tip.seq)) tips.set(h.deviceId, h);
        }
        for (const tip of tips.values()) {
          const known = await this.db.chains.get(tip.deviceId);
          const longer = !known || tip.seq > known.seq;
          const sameSeq = known && tip.seq === known.seq && tip.signature !== undefined;
          if (longer || (sameSeq && (known.signature === undefined || (tip.checkpoint?.seq ?? 0) > (known.checkpoint?.seq ?? 0)))) {
            // A head that only records stand for keeps the known checkpoint: the records after it.
            await this.db.chains.put({
              ...tip,
              checkpoint: tip.signature !== undefined ? tip.checkpoint : (known?.checkpoint ?? null),
              local: false,
            });
          }
        }
      });
      result.added = fresh.size;
      result.quarantined = held.size;
      if (fresh.size) this.state.generation++;
      return result;
    });
  }

  /**
   * Retention (settings log.retentionDays): removes the oldest records of each chain and keeps a
   * checkpoint — seq and hash of the last removed record — so the rest still verifies. A prefix
   * that does not verify is kept as evidence and nothing is removed from that chain. Only this
   * profile's own chain is pruned: a checkpoint must be signed by the chain's device, so imported
   * chains are kept whole.
   */
  prune(retentionDays: number): Promise<{ pruned: number; kept: string[] }> {
    return this.serial(async () => {
      const { key } = await this.identity();
      const now = this.clock();
      const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
      let pruned = 0;
      const kept: string[] = [];
      for (const chain of (await this.db.chains.toArray()).filter((c) => c.local)) {
        let checkpoint = chain.checkpoint;
        for (;;) {
          const from = (checkpoint?.seq ?? 0) + 1;
          const batch = await this.db.publications
            .where('[deviceId+seq]')
            .between([chain.deviceId, from], [chain.deviceId, Dexie.maxKey])
            .limit(1000)
            .toArray();
          const prefix: PublicationRecord[] = [];
          for (const r of batch) {
            if (r.time >= cutoff) break;
            prefix.push(r);
          }
          if (!prefix.length) break;
          const hashes = await Promise.all(prefix.map((r) => hashRecord(r)));
          let prevHash = checkpoint?.hash ?? GENESIS_HASH;
          const intact = prefix.every((r, i) => {
            const ok = r.seq === from + i && r.prevHash === prevHash && hashes[i] === r.hash;
            prevHash = r.hash;
            return ok;
          });
          if (!intact) {
            kept.push(chain.deviceId);
            break;
          }
          const last = prefix[prefix.length - 1];
          const next: Checkpoint = await signCheckpoint(key, chain.deviceId, {
            seq: last.seq,
            hash: last.hash,
            count: (checkpoint?.count ?? 0) + prefix.length,
            through: last.time,
            prunedAt: now.toISOString(),
            retentionDays,
          });
          // Writes are serial, so the head read here is the one the transaction replaces.
          const before = (await this.db.chains.get(chain.deviceId)) as StoredChain;
          const head = await this.signedHead(key, chain.deviceId, before.seq, before.hash, next);
          await this.db.transaction('rw', this.db.publications, this.db.chains, async () => {
            await this.db.publications.bulkDelete(prefix.map((r) => r.id));
            await this.db.chains.put({ ...head, local: true });
          });
          checkpoint = next;
          pruned += prefix.length;
          if (prefix.length < batch.length || batch.length < 1000) break;
        }
      }
      if (pruned) this.state.generation++;
      return { pruned, kept };
    });
  }

  /** Prunes at most once a day (the service worker starts often). */
  async pruneIfDue(retentionDays: number): Promise<{ pruned: number; kept: string[] } | null> {
    const today = chinaDay(this.clock());
    if ((await this.db.meta.get('lastPrune'))?.value === today) return null;
    const result = await this.prune(retentionDays);
    await this.db.meta.put({ key: 'lastPrune', value: today });
    return result;
  }
}
