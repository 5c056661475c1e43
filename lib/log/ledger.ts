/**
 * The ledger over GuardDb: one serialised write path per profile (so concurrent tabs cannot fork
 * the chain), queries for the dashboard and popup, export/import in chunks, verification and
 * retention pruning with a checkpoint. Runs in the background only.
 */
import Dexie from 'dexie';
import { CATEGORIES, type Category } from '../engine/rule';
import type { Account, SnapshotMode } from '../settings/schema';
import { addPost, emptyAccount, accountKey, reminder, type AccountDays, type AccountRef, type Reminder } from './cadence';
import { buildRecord, hashRecord, sameRecord, type VerifyReport } from './chain';
import { readIds, verifyLog, WHOLE_ID_SPACE } from './scan';
import { GuardDb, sealPending, type StoredChain } from './db';
import { addDays } from './holidays';
import { OVERRIDES_SHOWN, dayStart, toLogRow, type LogFilter, type LogRow, type LogStats, type OverrideRow } from './query';
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
export function resolveAccount(platform: string, named: string | undefined, accounts: readonly Pick<Account, 'platform' | 'name'>[], chosen?: string): string {
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

export interface ImportResult {
  added: number;
  duplicates: number;
  /** Same id, different content: the stored record is kept. */
  conflicts: string[];
  invalid: { index: number; reason: string }[];
  /** Records of this profile's own chain are never replaced by an import. */
  ownDevice: number;
}

// Large reads: in Chromium, 100k records read in 5,000s take up to 4× as long as in 20,000s.
const CHUNK = 20_000;

export class Ledger {
  private queue: Promise<unknown> = Promise.resolve();
  private device?: Promise<string>;
  private generation = 0;
  private idCache?: { key: string; generation: number; ids: string[] };
  private idPending?: { key: string; generation: number; promise: Promise<string[]> };
  private statsCache?: { generation: number; today: string; accounts: string; stats: LogStats };

  constructor(
    readonly db: GuardDb,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Runs writes one after another, in call order. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** This profile's device id, created once; records carried over from version 1 are sealed first. */
  deviceId(): Promise<string> {
    this.device ??= (async () => {
      await sealPending(this.db);
      return this.db.transaction('rw', this.db.meta, async () => {
        const found = await this.db.meta.get('deviceId');
        if (found) return found.value;
        const id = crypto.randomUUID();
        await this.db.meta.put({ key: 'deviceId', value: id });
        return id;
      });
    })().catch((e) => {
      this.device = undefined;
      throw e;
    });
    return this.device;
  }

  /** Commits one record at the end of this device's chain; resolves once IndexedDB has it. */
  append(input: PublicationInput, options: AppendOptions): Promise<PublicationRecord> {
    const parsed = publicationInputSchema.parse(input);
    return this.serial(async () => {
      const deviceId = await this.deviceId();
      const account = resolveAccount(parsed.platform, parsed.account, options.accounts ?? [], options.chosen?.[parsed.platform]);
      // Compare-and-swap on the head: hashing is async and cannot run inside the transaction.
      for (let attempt = 0; attempt < 5; attempt++) {
        const head = await this.db.chains.get(deviceId);
        const prev = { seq: head?.seq ?? 0, hash: head?.hash ?? GENESIS_HASH };
        const record = publicationRecordSchema.parse(
          await buildRecord(parsed, { id: crypto.randomUUID(), deviceId, now: this.clock(), snapshotMode: options.snapshotMode, account, prev }),
        );
        const written = await this.db.transaction('rw', this.db.publications, this.db.chains, async () => {
          const current = await this.db.chains.get(deviceId);
          if ((current?.seq ?? 0) !== prev.seq || (current?.hash ?? GENESIS_HASH) !== prev.hash) return false;
          await this.db.publications.add(record);
          await this.db.chains.put({ deviceId, seq: record.seq, hash: record.hash, checkpoint: current?.checkpoint ?? null, local: true });
          return true;
        });
        if (written) {
          this.generation++;
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
      if (n) this.generation++;
      return n > 0;
    });
  }

  get(id: string): Promise<PublicationRecord | undefined> {
    return this.db.publications.get(id);
  }

  /** Ids matching the filter, newest first; cached until the next write. */
  ids(filter: LogFilter): Promise<string[]> {
    const key = JSON.stringify(filter);
    if (this.idCache?.key === key && this.idCache.generation === this.generation) return Promise.resolve(this.idCache.ids);
    // One listing per filter at a time: the first page starts it, the next pages wait for it.
    if (this.idPending?.key === key && this.idPending.generation === this.generation) return this.idPending.promise;
    const promise = this.listIds(filter, key);
    this.idPending = { key, generation: this.generation, promise };
    return promise;
  }

  private async listIds(filter: LogFilter, key: string): Promise<string[]> {
    const generation = this.generation;
    const t = this.db.publications;
    const sets: Promise<string[]>[] = [];
    if (filter.platform !== undefined && filter.account !== undefined) sets.push(t.where('[platform+account]').equals([filter.platform, filter.account]).primaryKeys());
    else if (filter.platform !== undefined) sets.push(t.where('platform').equals(filter.platform).primaryKeys());
    else if (filter.account !== undefined) sets.push(t.where('account').equals(filter.account).primaryKeys());
    if (filter.category) sets.push(t.where('categories').equals(filter.category).primaryKeys());
    if (filter.overridden !== undefined) sets.push(t.where('overridden').equals(filter.overridden ? 1 : 0).primaryKeys());
    if (filter.approvalStatus) sets.push(t.where('approvalStatus').equals(filter.approvalStatus).primaryKeys());
    const [byTime, ...others] = await Promise.all([this.timeRange(filter).primaryKeys(), ...sets]);
    let ids = byTime.reverse();
    for (const s of others.map((o) => new Set(o))) ids = ids.filter((id) => s.has(id));
    this.idCache = { key, generation, ids };
    return ids;
  }

  async query(filter: LogFilter, offset: number, limit: number): Promise<{ total: number; rows: LogRow[] }> {
    const cached = this.idCache?.key === JSON.stringify(filter) && this.idCache.generation === this.generation;
    if (!cached && offset === 0 && dateOnly(filter)) {
      // The first page of a date range (or of everything) straight from the time index, so the
      // list paints without waiting for 100,000 keys; the key list for scrolling is built when the
      // next page is asked for (the dashboard asks once the first has painted).
      const [total, page] = await Promise.all([this.timeRange(filter).count(), this.timeRange(filter).reverse().limit(limit).toArray()]);
      return { total, rows: page.map(toLogRow) };
    }
    const ids = await this.ids(filter);
    const page = await this.db.publications.bulkGet(ids.slice(offset, offset + limit));
    return { total: ids.length, rows: page.filter((r): r is PublicationRecord => !!r).map(toLogRow) };
  }

  /**
   * The newest records of a date range (or of everything) from the time index, uncounted: what
   * the dashboard paints first, since counting 100,000 index entries alone takes 0.5–0.7 s in
   * Chromium. Null for other filters (they need the key listing, which counts as it goes).
   */
  async newest(filter: LogFilter, limit: number): Promise<LogRow[] | null> {
    if (!dateOnly(filter)) return null;
    return (await this.timeRange(filter).reverse().limit(limit).toArray()).map(toLogRow);
  }

  private timeRange(filter: LogFilter) {
    return this.db.publications.where('time').between(filter.from ? dayStart(filter.from) : '', filter.to ? dayStart(addDays(filter.to, 1)) : '\uffff', true, false);
  }

  /** Every record once, in chunks by primary key (no cursor per record). */
  private scan(): AsyncGenerator<PublicationRecord[]> {
    return readIds(this.db, WHOLE_ID_SPACE, CHUNK);
  }

  /** Cadence per account, findings by category per month, overrides: cached until the next write. */
  async stats(accounts: readonly Pick<Account, 'platform' | 'name'>[] = [], today = chinaDay(this.clock())): Promise<LogStats> {
    // Filing an account changes the stats without a write to the log.
    const accountsKey = JSON.stringify(accounts.map((a) => [a.platform, a.name]));
    const cached = this.statsCache;
    if (cached?.generation === this.generation && cached.today === today && cached.accounts === accountsKey) return cached.stats;
    const generation = this.generation;
    const byAccount = new Map<string, AccountDays>();
    for (const a of accounts) byAccount.set(accountKey({ platform: a.platform, account: a.name }), emptyAccount({ platform: a.platform, account: a.name }));
    const months = new Map<string, Record<Category, number>>();
    const notes = new Map<string, number>();
    const overrides: OverrideRow[] = [];
    const platforms = new Set<string>();
    let total = 0;
    for await (const chunk of this.scan()) {
      for (const r of chunk) {
        total++;
        platforms.add(r.platform);
        const key = accountKey(r);
        let acc = byAccount.get(key);
        if (!acc) byAccount.set(key, (acc = emptyAccount(r)));
        addPost(acc, r);
        if (r.findings.length) {
          const month = r.day.slice(0, 7);
          let counts = months.get(month);
          if (!counts) months.set(month, (counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>));
          // Info notes (the sign-off tier, a noted exception) are not problems: counted apart.
          for (const f of r.findings) {
            if (f.severity === 'info') notes.set(month, (notes.get(month) ?? 0) + 1);
            else counts[f.category]++;
          }
        }
        for (const o of r.overrides) {
          overrides.push({ id: r.id, time: r.time, platform: r.platform, account: r.account, title: r.title, ruleIds: o.ruleIds, reason: o.reason });
        }
      }
    }
    overrides.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
    const stats: LogStats = {
      today,
      total,
      platforms: [...platforms].sort(),
      accounts: [...byAccount.values()].sort((a, b) => a.platform.localeCompare(b.platform) || a.account.localeCompare(b.account, 'zh')),
      categoriesByMonth: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, counts]) => ({ month, counts, notes: notes.get(month) ?? 0 })),
      overrides: overrides.slice(0, OVERRIDES_SHOWN),
      overridesTotal: overrides.length,
    };
    this.statsCache = { generation, today, accounts: accountsKey, stats };
    return stats;
  }

  /** Reminders per account from the indexes only (the popup opens fast with any log size). */
  async reminders(accounts: readonly Pick<Account, 'platform' | 'name'>[] = [], today = chinaDay(this.clock())): Promise<Reminder[]> {
    const t = this.db.publications;
    const refs = new Map<string, AccountRef>();
    for (const a of accounts) refs.set(accountKey({ platform: a.platform, account: a.name }), { platform: a.platform, account: a.name });
    for (const [platform, account] of (await t.orderBy('[platform+account]').uniqueKeys()) as unknown as [string, string][]) {
      refs.set(accountKey({ platform, account }), { platform, account });
    }
    const windowStart = dayStart(addDays(today, -13));
    const out: Reminder[] = [];
    for (const ref of refs.values()) {
      const acc = emptyAccount(ref);
      const { platform, account } = ref;
      const notPractice = (r: PublicationRecord) => !r.practice;
      const [recent, lastPost, lastOriginal] = await Promise.all([
        t.where('[platform+account+time]').between([platform, account, windowStart], [platform, account, '\uffff']).toArray(),
        t.where('[platform+account+time]').between([platform, account, ''], [platform, account, '\uffff']).reverse().filter(notPractice).first(),
        t.where('[platform+account+origin+time]').between([platform, account, 'original', ''], [platform, account, 'original', '\uffff']).reverse().filter(notPractice).first(),
      ]);
      for (const r of recent) addPost(acc, r);
      acc.lastPost = lastPost ? lastPost.day : null;
      acc.lastOriginal = lastOriginal ? lastOriginal.day : null;
      out.push(reminder(acc, today));
    }
    return out;
  }

  /** Heads of every chain (this profile's and imported ones). */
  async heads(): Promise<ChainHead[]> {
    return (await this.db.chains.toArray()).map(({ local: _local, ...head }) => head);
  }

  /** Records in chain order ([deviceId, seq]), `limit` after `after`. */
  async exportChunk(after: [string, number] | null, limit: number): Promise<{ records: PublicationRecord[]; next: [string, number] | null }> {
    const index = this.db.publications.where('[deviceId+seq]');
    const records = await (after ? index.above(after) : index.above([Dexie.minKey, Dexie.minKey])).limit(limit).toArray();
    const last = records.at(-1);
    return { records, next: records.length === limit && last ? [last.deviceId, last.seq] : null };
  }

  /**
   * Merges records from another machine's export: validated, deduplicated by id; a different
   * record under a known id is a conflict and the stored one is kept; this profile's own chain is
   * never written by an import. Chain heads extend, never shorten, what is known.
   */
  import(rawRecords: readonly unknown[], rawHeads: readonly unknown[]): Promise<ImportResult> {
    return this.serial(async () => {
      const own = await this.deviceId();
      const result: ImportResult = { added: 0, duplicates: 0, conflicts: [], invalid: [], ownDevice: 0 };
      const valid: PublicationRecord[] = [];
      rawRecords.forEach((raw, index) => {
        const p = publicationRecordSchema.safeParse(raw);
        if (!p.success) result.invalid.push({ index, reason: p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 300) });
        else valid.push(p.data);
      });
      const existing = await this.db.publications.bulkGet(valid.map((r) => r.id));
      const fresh = new Map<string, PublicationRecord>();
      valid.forEach((r, i) => {
        const found = existing[i] ?? fresh.get(r.id);
        if (found) {
          if (sameRecord(found, r)) result.duplicates++;
          else result.conflicts.push(r.id);
        } else if (r.deviceId === own) result.ownDevice++;
        else fresh.set(r.id, r);
      });
      const heads = rawHeads.map((h) => chainHeadSchema.safeParse(h)).flatMap((p) => (p.success ? [p.data] : []));
      await this.db.transaction('rw', this.db.publications, this.db.chains, async () => {
        await this.db.publications.bulkAdd([...fresh.values()]);
        const tips = new Map<string, ChainHead>();
        for (const r of fresh.values()) {
          const tip = tips.get(r.deviceId);
          if (!tip || r.seq > tip.seq) tips.set(r.deviceId, { deviceId: r.deviceId, seq: r.seq, hash: r.hash, checkpoint: null });
        }
        for (const h of heads) {
          const tip = tips.get(h.deviceId);
          if (!tip || h.seq >= tip.seq) tips.set(h.deviceId, { ...h, checkpoint: h.checkpoint ?? tip?.checkpoint ?? null });
        }
        for (const tip of tips.values()) {
          if (tip.deviceId === own) continue;
          const known = await this.db.chains.get(tip.deviceId);
          const checkpoint = newer(known?.checkpoint ?? null, tip.checkpoint);
          if (!known || tip.seq > known.seq) await this.db.chains.put({ ...tip, checkpoint, local: false });
          else if (checkpoint !== known.checkpoint) await this.db.chains.put({ ...known, checkpoint });
        }
      });
      result.added = fresh.size;
      if (fresh.size) this.generation++;
      return result;
    });
  }

  /** Walks every chain in the database (lib/log/scan.ts; the dashboard runs the same in workers). */
  verify(): Promise<VerifyReport> {
    return verifyLog(this.db);
  }

  /**
   * Retention (settings log.retentionDays): removes the oldest records of each chain and keeps a
   * checkpoint — seq and hash of the last removed record — so the rest still verifies. A prefix
   * that does not verify is kept as evidence and nothing is removed from that chain.
   */
  prune(retentionDays: number): Promise<{ pruned: number; kept: string[] }> {
    return this.serial(async () => {
      const now = this.clock();
      const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
      let pruned = 0;
      const kept: string[] = [];
      for (const chain of await this.db.chains.toArray()) {
        let checkpoint = chain.checkpoint;
        for (;;) {
          const from = (checkpoint?.seq ?? 0) + 1;
          const batch = await this.db.publications.where('[deviceId+seq]').between([chain.deviceId, from], [chain.deviceId, Dexie.maxKey]).limit(1000).toArray();
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
          const next: Checkpoint = {
            seq: last.seq,
            hash: last.hash,
            count: (checkpoint?.count ?? 0) + prefix.length,
            through: last.time,
            prunedAt: now.toISOString(),
            retentionDays,
          };
          await this.db.transaction('rw', this.db.publications, this.db.chains, async () => {
            await this.db.publications.bulkDelete(prefix.map((r) => r.id));
            const current = (await this.db.chains.get(chain.deviceId)) as StoredChain;
            await this.db.chains.put({ ...current, checkpoint: next });
          });
          checkpoint = next;
          pruned += prefix.length;
          if (prefix.length < batch.length || batch.length < 1000) break;
        }
      }
      if (pruned) this.generation++;
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

/** A filter the time index answers alone. */
const dateOnly = (filter: LogFilter) => (Object.keys(filter) as (keyof LogFilter)[]).every((k) => k === 'from' || k === 'to');

function newer(a: Checkpoint | null, b: Checkpoint | null): Checkpoint | null {
  if (!a) return b;
  if (!b) return a;
  return b.seq > a.seq ? b : a;
}
