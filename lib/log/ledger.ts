/**
 * The ledger over GuardDb: writes (./ledger-writes.ts: one serialised write path per profile, so
 * concurrent tabs cannot fork the chain), queries (./ledger-reads.ts: what pages read, export
 * chunks, verification) and statistics (./ledger-stats.ts), sharing one database and one write
 * counter that their caches compare. Runs in the background; pages read with LedgerReads alone.
 */
import type { GuardDb } from './db';
import { LedgerReads, type LedgerState } from './ledger-reads';
import { LedgerStats } from './ledger-stats';
import { LedgerWrites } from './ledger-writes';

export { isQuotaError, LogFullError, resolveAccount, type AppendOptions, type QuarantineOrder } from './ledger-writes';

export class Ledger {
  private readonly writes: LedgerWrites;
  private readonly reads: LedgerReads;
  private readonly statistics: LedgerStats;

  constructor(
    readonly db: GuardDb,
    clock: () => Date = () => new Date(),
  ) {
    const state: LedgerState = { db, clock, generation: 0 };
    this.writes = new LedgerWrites(state);
    this.reads = new LedgerReads(state);
    this.statistics = new LedgerStats(state);
  }

  // Writes
  deviceId(...a: Parameters<LedgerWrites['deviceId']>) {
    return this.writes.deviceId(...a);
  }
  identity(...a: Parameters<LedgerWrites['identity']>) {
    return this.writes.identity(...a);
  }
  append(...a: Parameters<LedgerWrites['append']>) {
    return this.writes.append(...a);
  }
  confirm(...a: Parameters<LedgerWrites['confirm']>) {
    return this.writes.confirm(...a);
  }
  settle(...a: Parameters<LedgerWrites['settle']>) {
    return this.writes.settle(...a);
  }
  import(...a: Parameters<LedgerWrites['import']>) {
    return this.writes.import(...a);
  }
  prune(...a: Parameters<LedgerWrites['prune']>) {
    return this.writes.prune(...a);
  }
  pruneIfDue(...a: Parameters<LedgerWrites['pruneIfDue']>) {
    return this.writes.pruneIfDue(...a);
  }

  // Queries
  get(...a: Parameters<LedgerReads['get']>) {
    return this.reads.get(...a);
  }
  ids(...a: Parameters<LedgerReads['ids']>) {
    return this.reads.ids(...a);
  }
  query(...a: Parameters<LedgerReads['query']>) {
    return this.reads.query(...a);
  }
  newest(...a: Parameters<LedgerReads['newest']>) {
    return this.reads.newest(...a);
  }
  heads(...a: Parameters<LedgerReads['heads']>) {
    return this.reads.heads(...a);
  }
  exportChunk(...a: Parameters<LedgerReads['exportChunk']>) {
    return this.reads.exportChunk(...a);
  }
  quarantined(...a: Parameters<LedgerReads['quarantined']>) {
    return this.reads.quarantined(...a);
  }
  verify(...a: Parameters<LedgerReads['verify']>) {
    return this.reads.verify(...a);
  }

  // Statistics
  stats(...a: Parameters<LedgerStats['stats']>) {
    return this.statistics.stats(...a);
  }
  reminders(...a: Parameters<LedgerStats['reminders']>) {
    return this.statistics.reminders(...a);
  }
}
