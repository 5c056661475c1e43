/**
 * The log over LogDb: writes (./log-writes.ts: one serialised write path per profile, so
 * concurrent tabs cannot fork the chain), queries (./log-reads.ts: what pages read, export
 * chunks, verification) and statistics (./log-stats.ts), sharing one database and one write
 * counter that their caches compare. Runs in the background; pages read with PublicationLogReads alone.
 */
import type { LogDb } from './db';
import { PublicationLogReads, type PublicationLogState } from './log-reads';
import { PublicationLogStats } from './log-stats';
import { PublicationLogWrites } from './log-writes';

export { isQuotaError, LogFullError, resolveAccount, type AppendOptions, type QuarantineOrder } from './log-writes';

export class PublicationLog {
  private readonly writes: PublicationLogWrites;
  private readonly reads: PublicationLogReads;
  private readonly statistics: PublicationLogStats;

  constructor(
    readonly db: LogDb,
    clock: () => Date = () => new Date(),
  ) {
    const state: PublicationLogState = { db, clock, generation: 0 };
    this.writes = new PublicationLogWrites(state);
    this.reads = new PublicationLogReads(state);
    this.statistics = new PublicationLogStats(state);
  }

  // Writes
  deviceId(...a: Parameters<PublicationLogWrites['deviceId']>) {
    return this.writes.deviceId(...a);
  }
  identity(...a: Parameters<PublicationLogWrites['identity']>) {
    return this.writes.identity(...a);
  }
  append(...a: Parameters<PublicationLogWrites['append']>) {
    return this.writes.append(...a);
  }
  confirm(...a: Parameters<PublicationLogWrites['confirm']>) {
    return this.writes.confirm(...a);
  }
  settle(...a: Parameters<PublicationLogWrites['settle']>) {
    return this.writes.settle(...a);
  }
  import(...a: Parameters<PublicationLogWrites['import']>) {
    return this.writes.import(...a);
  }
  prune(...a: Parameters<PublicationLogWrites['prune']>) {
    return this.writes.prune(...a);
  }
  pruneIfDue(...a: Parameters<PublicationLogWrites['pruneIfDue']>) {
    return this.writes.pruneIfDue(...a);
  }

  // Queries
  get(...a: Parameters<PublicationLogReads['get']>) {
    return this.reads.get(...a);
  }
  ids(...a: Parameters<PublicationLogReads['ids']>) {
    return this.reads.ids(...a);
  }
  query(...a: Parameters<PublicationLogReads['query']>) {
    return this.reads.query(...a);
  }
  newest(...a: Parameters<PublicationLogReads['newest']>) {
    return this.reads.newest(...a);
  }
  heads(...a: Parameters<PublicationLogReads['heads']>) {
    return this.reads.heads(...a);
  }
  exportChunk(...a: Parameters<PublicationLogReads['exportChunk']>) {
    return this.reads.exportChunk(...a);
  }
  quarantined(...a: Parameters<PublicationLogReads['quarantined']>) {
    return this.reads.quarantined(...a);
  }
  verify(...a: Parameters<PublicationLogReads['verify']>) {
    return this.reads.verify(...a);
  }

  // Statistics
  stats(...a: Parameters<PublicationLogStats['stats']>) {
    return this.statistics.stats(...a);
  }
  reminders(...a: Parameters<PublicationLogStats['reminders']>) {
    return this.statistics.reminders(...a);
  }
}
