/**
 * The log's queries: what a page may read (the list, one record, chain heads, the quarantine,
 * verification) and the export's chunks. The id listing is cached until the next write.
 */
import Dexie from 'dexie';
import type { VerifyReport } from './chain';
import type { LogDb, QuarantinedChain } from './db';
import { addDays } from './holidays';
import { dayStart, matchesFilter, toLogRow, type LogFilter, type LogRow } from './query';
import type { ChainHead, PublicationRecord } from './record';
import { verifyLog } from './scan';

/** What the log's parts share: the database, the clock, and a counter each write moves on (caches compare it). */
export interface PublicationLogState {
  readonly db: LogDb;
  readonly clock: () => Date;
  generation: number;
}

export class PublicationLogReads {
  private idCache?: { key: string; generation: number; ids: string[] };
  private idPending?: { key: string; generation: number; promise: Promise<string[]> };

  constructor(private readonly state: PublicationLogState) {}

  private get db() {
    return this.state.db;
  }

  get(id: string): Promise<PublicationRecord | undefined> {
    return this.db.publications.get(id);
  }

  /** Ids matching the filter, newest first; cached until the next write. */
  ids(filter: LogFilter): Promise<string[]> {
    const key = JSON.stringify(filter);
    if (this.idCache?.key === key && this.idCache.generation === this.state.generation) return Promise.resolve(this.idCache.ids);
    // One listing per filter at a time: the first page starts it, the next pages wait for it.
    if (this.idPending?.key === key && this.idPending.generation === this.state.generation) return this.idPending.promise;
    const promise = this.listIds(filter, key);
    this.idPending = { key, generation: this.state.generation, promise };
    return promise;
  }

  private async listIds(filter: LogFilter, key: string): Promise<string[]> {
    const generation = this.state.generation;
    const t = this.db.publications;
    const sets: Promise<string[]>[] = [];
    if (filter.platform !== undefined && filter.account !== undefined)
      sets.push(t.where('[platform+account]').equals([filter.platform, filter.account]).primaryKeys());
    else if (filter.platform !== undefined) sets.push(t.where('platform').equals(filter.platform).primaryKeys());
    else if (filter.account !== undefined) sets.push(t.where('account').equals(filter.account).primaryKeys());
    if (filter.category) sets.push(t.where('categories').equals(filter.category).primaryKeys());
    if (filter.overridden !== undefined)
      sets.push(
        t
          .where('overridden')
          .equals(filter.overridden ? 1 : 0)
          .primaryKeys(),
      );
    if (filter.approvalStatus) sets.push(t.where('approvalStatus').equals(filter.approvalStatus).primaryKeys());
    if (filter.majorUnverified) sets.push(t.filter((r) => matchesFilter(r, { majorUnverified: true })).primaryKeys());
    const [byTime, ...others] = await Promise.all([this.timeRange(filter).primaryKeys(), ...sets]);
    let ids = byTime.reverse();
    for (const s of others.map((o) => new Set(o))) ids = ids.filter((id) => s.has(id));
    this.idCache = { key, generation, ids };
    return ids;
  }

  async query(filter: LogFilter, offset: number, limit: number): Promise<{ total: number; rows: LogRow[] }> {
    const cached = this.idCache?.key === JSON.stringify(filter) && this.idCache.generation === this.state.generation;
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
    return this.db.publications
      .where('time')
      .between(filter.from ? dayStart(filter.from) : '', filter.to ? dayStart(addDays(filter.to, 1)) : '\uffff', true, false);
  }

  /** Heads of every chain (this profile's and imported ones). */
  async heads(): Promise<ChainHead[]> {
    return (await this.db.chains.toArray()).map(({ local: _local, ...head }) => head);
  }

  /** Records in chain order ([deviceId, seq]), `limit` after `after`. */
  async exportChunk(
    after: [string, number] | null,
    limit: number,
  ): Promise<{ records: PublicationRecord[]; next: [string, number] | null }> {
    const index = this.db.publications.where('[deviceId+seq]');
    const records = await (after ? index.above(after) : index.above([Dexie.minKey, Dexie.minKey])).limit(limit).toArray();
    const last = records.at(-1);
    return { records, next: records.length === limit && last ? [last.deviceId, last.seq] : null };
  }

  /** Imported chains kept apart because they failed verification, with the problem found. */
  quarantined(): Promise<QuarantinedChain[]> {
    return this.db.quarantinedChains.toArray();
  }

  /** Walks every chain in the database (lib/log/scan.ts; the dashboard runs the same in workers). */
  verify(): Promise<VerifyReport> {
    return verifyLog(this.db);
  }
}

/** A filter the time index answers alone. */
const dateOnly = (filter: LogFilter) => (Object.keys(filter) as (keyof LogFilter)[]).every((k) => k === 'from' || k === 'to');
