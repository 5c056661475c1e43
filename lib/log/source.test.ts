/**
 * The pages' one data source for the log: the same answers whether the page reads the database
 * itself or asks the background, and an import sent in chunks adds up to one result.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import type { PublicationInput } from './record';
import type { QuarantineOrder } from './publication-log';
import type { LogFilter } from './query';
import { createLogSource, type LogSourceOptions, type ScanPlace } from './source';
import { parseJsonl, toJsonl } from './transfer';

const input = (title: string): PublicationInput => ({
  platform: 'wechat',
  account: '云南发布',
  url: 'https://mp.weixin.qq.com/',
  title,
  contentHash: 'c'.repeat(64),
  requiredApproval: 'general',
  findings: [],
  overrides: [],
  origin: 'original',
});

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const freshDb = () => {
  const db = new LogDb(`source-${dbs.length}-${Date.now()}`);
  dbs.push(db);
  return db;
};

async function publicationLogWith(count: number, from = '2026-11-02T01:00:00Z'): Promise<PublicationLog> {
  let t = Date.parse(from);
  const publicationLog = new PublicationLog(freshDb(), () => new Date((t += 3_600_000)));
  for (let i = 0; i < count; i++) await publicationLog.append(input(`通知 ${i + 1}`), { snapshotMode: 'hash' });
  return publicationLog;
}

/** The data of every log message, loosely: each branch below reads its own fields. */
interface AnyLogData {
  filter: LogFilter;
  offset: number;
  limit: number;
  id: string;
  after: [string, number] | null;
  records: unknown[];
  heads: unknown[];
  quarantine: QuarantineOrder[];
}
type Send = NonNullable<LogSourceOptions['send']>;
/** A stand-in for messaging: the source's typed send, answered by `answer`. */
const asSend = (answer: (name: string, data: AnyLogData) => Promise<unknown>) => answer as unknown as Send;

/** The background's answers to the log messages, from a real publicationLog; every message is noted. */
function backgroundOf(publicationLog: PublicationLog, sent: string[]) {
  const answer = async (name: string, data: AnyLogData): Promise<unknown> => {
    sent.push(name);
    switch (name) {
      case 'logQuery':
        return publicationLog.query(data.filter, data.offset, data.limit);
      case 'logGet':
        return (await publicationLog.get(data.id)) ?? null;
      case 'logVerify':
        return publicationLog.verify();
      case 'logQuarantined':
        return publicationLog.quarantined();
      case 'logExport':
        return { ...(await publicationLog.exportChunk(data.after, data.limit)), heads: await publicationLog.heads() };
      case 'logImport':
        return publicationLog.import(data.records, data.heads, data.quarantine);
      default:
        throw new Error(`unexpected message ${name}`);
    }
  };
  return answer;
}

const noWorkers = () => {
  throw new Error('workers cannot start here');
};

describe('createLogSource', () => {
  it('asks the background while the page cannot read the database', async () => {
    const publicationLog = await publicationLogWith(5);
    const sent: string[] = [];
    const places: ScanPlace[] = [];
    const source = createLogSource({
      startWorker: noWorkers,
      onScan: (p) => places.push(p),
      pageSize: 3,
      chunk: 2,
      send: asSend(backgroundOf(publicationLog, sent)),
      open: () => Promise.resolve(null),
    });

    const first = await source.firstPage({});
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => r.title)).toEqual(['通知 5', '通知 4', '通知 3']);
    expect((await source.query({}, 3, 3)).rows.map((r) => r.title)).toEqual(['通知 2', '通知 1']);
    expect((await source.get(first.rows[0].id))?.title).toBe('通知 5');
    expect(await source.quarantined()).toEqual([]);
    expect((await source.verify()).ok).toBe(true);

    const exported = await source.export('jsonl', 'zh', () => undefined);
    expect(exported.count).toBe(5);
    expect(parseJsonl((exported.parts as string[]).join(''), 'log.jsonl').records).toHaveLength(5);
    expect(exported.heads).toHaveLength(1);
    expect(places).toEqual(['background', 'background']);
    // Five records in chunks of two: three export messages.
    expect(sent.filter((n) => n === 'logExport')).toHaveLength(3);
    expect(sent).toContain('logQuery');
  });

  it('reads the database itself where it can, and verifies in the page when workers cannot start', async () => {
    const publicationLog = await publicationLogWith(4);
    const sent: string[] = [];
    const places: ScanPlace[] = [];
    const source = createLogSource({
      startWorker: noWorkers,
      onScan: (p) => places.push(p),
      pageSize: 3,
      send: asSend(backgroundOf(publicationLog, sent)),
      open: () => Promise.resolve({ db: publicationLog.db, reader: () => new PublicationLog(publicationLog.db) }),
    });

    // The newest page, uncounted while more may exist.
    const first = await source.firstPage({});
    expect(first).toMatchObject({ total: null });
    expect(first.rows.map((r) => r.title)).toEqual(['通知 4', '通知 3', '通知 2']);
    expect((await source.get(first.rows[2].id))?.title).toBe('通知 2');
    expect((await source.verify()).records).toBe(4);
    const exported = await source.export('csv', 'zh', () => undefined);
    expect(exported.count).toBe(4);
    expect((exported.parts as string[]).join('')).toContain('通知 3');
    expect(places).toEqual(['page', 'page']);
    expect(sent).toEqual([]);
  });

  it('adds the results of an import sent in chunks, with record numbers across the whole import', async () => {
    const other = await publicationLogWith(5, '2026-10-01T01:00:00Z');
    const text = toJsonl((await other.exportChunk(null, 100)).records, await other.heads());
    const here = await publicationLogWith(1);
    const sent: string[] = [];
    const background = backgroundOf(here, sent);
    let chunks = 0;
    // The background refuses the first record of the second chunk: its number is the third of the import.
    const send = asSend((name, data) =>
      background(
        name,
        name === 'logImport' && ++chunks === 2
          ? { ...data, records: [{ ...(data.records[0] as object), seq: -1 }, ...data.records.slice(1)] }
          : data,
      ),
    );
    const source = createLogSource({ startWorker: noWorkers, chunk: 2, send, open: () => Promise.resolve(null) });

    const done = await source.import([new File([text], 'other.jsonl')]);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.problems).toEqual([]);
    expect(sent.filter((n) => n === 'logImport')).toHaveLength(3);
    expect(done.result.invalid.map((x) => x.index)).toEqual([2]);
    expect(done.result.added).toBe(4);
    expect(done.result.ownDevice).toBe(0);
  });

  it('says why an import failed and how much it had stored', async () => {
    const other = await publicationLogWith(3, '2026-10-01T01:00:00Z');
    const text = toJsonl((await other.exportChunk(null, 100)).records, await other.heads());
    const here = await publicationLogWith(1);
    let calls = 0;
    const refuseSecond = asSend(async (name, data) => {
      if (name !== 'logImport') throw new Error(`unexpected message ${name}`);
      if (++calls === 2) throw new Error('the background refused the chunk');
      return here.import(data.records, data.heads, data.quarantine);
    });
    const source = createLogSource({ startWorker: noWorkers, chunk: 2, send: refuseSecond, open: () => Promise.resolve(null) });

    expect(await source.import([new File([text], 'other.jsonl')])).toEqual({
      ok: false,
      message: 'the background refused the chunk',
      added: 2,
    });
    expect((await here.query({}, 0, 10)).total).toBe(3);
  });
});
