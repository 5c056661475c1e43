/**
 * Read-only access to the log from the extension's own pages. An extension page has the
 * extension's origin, so it sees the same `govpost-guard` database as the background: reading it
 * here spares 100,000 records a trip through messaging and zod on both sides (export 12–20 s).
 * Writes stay in the background (one serialised write path per profile), and IndexedDB stays
 * away from content scripts, which run in the website's origin.
 */
import { LogDb } from './db';
import { PublicationLogReads } from './log-reads';

/** What a page may use of the log: its reads. */
export type LogReader = Pick<PublicationLogReads, 'query' | 'newest' | 'get' | 'heads' | 'verify' | 'quarantined'>;

/** IndexedDB numbers Dexie's schema version 3 as 30. */
const KNOWN_IDB_VERSION = 30;

/**
 * The log opened for reading, or null when the background has not created it yet or it has a
 * schema this page does not know (then the page asks the background). Never creates or upgrades
 * the database: the version is checked before it is opened.
 */
export async function openLogReader(name = 'govpost-guard'): Promise<{ db: LogDb; reader: () => LogReader } | null> {
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    if (found?.version !== KNOWN_IDB_VERSION) return null;
    const db = new LogDb(name);
    await db.open();
    // Fresh reads per listing: their caches know nothing of the background's later writes.
    return { db, reader: () => new PublicationLogReads({ db, clock: () => new Date(), generation: 0 }) };
  } catch {
    return null;
  }
}
