import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { signAs } from '../../test/harness/device-keys';
import { buildRecord } from './chain';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import { GENESIS_HASH, type ChainHead, type PublicationRecord } from './record';
import {
  exportInWorkers,
  handleScan,
  verifyInWorkers,
  workerCount,
  WorkerPool,
  type PoolWorker,
  type ScanReply,
  type ScanWorker,
} from './parallel';
import {
  checkRange,
  partsFor,
  readIds,
  readRange,
  renderRange,
  splitByHeads,
  splitIds,
  verdictOf,
  withSteadyHeads,
  WHOLE_ID_SPACE,
  WHOLE_LOG,
  type IdRange,
} from './scan';
import { toCsv, toJsonl } from './transfer';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const head = (deviceId: string, seq: number, checkpointSeq = 0): ChainHead => ({
  deviceId,
  seq,
  hash: GENESIS_HASH,
  checkpoint: checkpointSeq
    ? {
        seq: checkpointSeq,
        hash: GENESIS_HASH,
        count: checkpointSeq,
        through: '2026-01-01T00:00:00.000Z',
        prunedAt: '2026-11-01T00:00:00.000Z',
        retentionDays: 365,
      }
    : null,
});

describe('splitByHeads', () => {
  it.each([
    { name: 'an empty log', heads: [], parts: 2, ranges: [{ from: null, to: null }] },
    { name: 'a small log stays one range', heads: [head(A, 9_999)], parts: 2, ranges: [{ from: null, to: null }] },
    {
      name: 'one chain in halves',
      heads: [head(A, 100_000)],
      parts: 2,
      ranges: [
        { from: null, to: [A, 50_001] },
        { from: [A, 50_001], to: null },
      ],
    },
    {
      name: 'one chain in thirds',
      heads: [head(A, 30_000)],
      parts: 3,
      ranges: [
        { from: null, to: [A, 10_001] },
        { from: [A, 10_001], to: [A, 20_001] },
        { from: [A, 20_001], to: null },
      ],
    },
    {
      name: 'a pruned chain counts from its checkpoint',
      heads: [head(A, 30_000, 10_000)],
      parts: 2,
      ranges: [
        { from: null, to: [A, 20_001] },
        { from: [A, 20_001], to: null },
      ],
    },
    {
      name: 'the cut falls in the second device (index order, not head order)',
      heads: [head(B, 30_000), head(A, 10_000)],
      parts: 2,
      ranges: [
        { from: null, to: [B, 10_001] },
        { from: [B, 10_001], to: null },
      ],
    },
    {
      name: 'no more parts than 5,000 records each',
      heads: [head(A, 12_000)],
      parts: 4,
      ranges: [
        { from: null, to: [A, 6_001] },
        { from: [A, 6_001], to: null },
      ],
    },
  ])('$name', ({ heads, parts, ranges }) => {
    expect(splitByHeads(heads, parts)).toEqual(ranges);
  });
});

describe('splitIds', () => {
  it.each([
    { parts: 1, cuts: [] },
    { parts: 2, cuts: ['80000000'] },
    { parts: 3, cuts: ['55555555', 'aaaaaaaa'] },
    { parts: 4, cuts: ['40000000', '80000000', 'c0000000'] },
  ])('$parts parts of the id space', ({ parts, cuts }) => {
    const bounds = [null, ...cuts, null];
    expect(splitIds(parts)).toEqual(bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1] })));
  });

  it('splits only logs large enough to be worth it (5,000 records a part)', () => {
    expect([
      partsFor([], 2),
      partsFor([head(A, 9_999)], 2),
      partsFor([head(A, 10_000)], 2),
      partsFor([head(A, 30_000, 10_000), head(B, 12_000)], 4),
    ]).toEqual([1, 1, 2, 4]);
  });
});

let n = 0;
const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** Two devices' chains (A: 7 records, B: 5), stored directly as an import would. */
async function twoChains(): Promise<{ db: LogDb; records: PublicationRecord[]; heads: ChainHead[] }> {
  const db = new LogDb(`scan-${++n}-${Date.now()}`);
  dbs.push(db);
  const records: PublicationRecord[] = [];
  const heads: ChainHead[] = [];
  for (const [deviceId, count] of [
    [B, 5],
    [A, 7],
  ] as const) {
    let prev = { seq: 0, hash: GENESIS_HASH };
    for (let i = 0; i < count; i++) {
      const r = await buildRecord(
        {
          platform: 'weibo',
          account: '昆明发布',
          url: 'https://weibo.com/',
          title: `第 ${i + 1} 条，含 "引号", 逗号`,
          contentHash: 'b'.repeat(64),
          requiredApproval: 'general',
          findings: [],
          overrides: [],
          text: '今日，市应急管理局召开防汛工作会议。',
        },
        { id: crypto.randomUUID(), deviceId, now: new Date(Date.UTC(2026, 10, 1 + i)), snapshotMode: 'excerpt', account: '', prev },
      );
      records.push(r);
      prev = r;
    }
    heads.push(await signAs({ deviceId, seq: prev.seq, hash: prev.hash, checkpoint: null }));
  }
  await db.publications.bulkAdd(records);
  await db.chains.bulkPut(heads.map((h) => ({ ...h, local: false })));
  return { db, records, heads };
}

const inChainOrder = (records: readonly PublicationRecord[]) =>
  [...records].sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.seq - b.seq)).map((r) => r.id);

describe('reading by ranges', () => {
  it('reads every record exactly once, in chain order, however the log is split and chunked', async () => {
    const { db, records, heads } = await twoChains();
    for (const parts of [1, 2, 3, 5]) {
      const ranges = splitByHeads(heads, parts, 1);
      expect(ranges).toHaveLength(parts);
      const ids: string[] = [];
      for (const range of ranges) for await (const chunk of readRange(db, range, 2)) ids.push(...chunk.map((r) => r.id));
      expect(ids).toEqual(inChainOrder(records));
    }
  });

  it('reads two records under one chain key exactly once each, wherever a chunk ends', async () => {
    const { db, records } = await twoChains();
    const twin = { ...records.find((r) => r.deviceId === A && r.seq === 3)!, id: crypto.randomUUID(), title: '伪造的同号记录' };
    const triplet = { ...twin, id: crypto.randomUUID() };
    await db.publications.bulkAdd([twin, triplet]);
    const all = [...records, twin, triplet].map((r) => r.id).sort();
    for (const chunk of [1, 2, 3, 4, 5, 100]) {
      const ids: string[] = [];
      for await (const part of readRange(db, WHOLE_LOG, chunk)) ids.push(...part.map((r) => r.id));
      expect([...ids].sort()).toEqual(all);
    }
  });

  it('reads every record exactly once by id ranges', async () => {
    const { db, records } = await twoChains();
    for (const parts of [1, 2, 3, 16]) {
      const ids: string[] = [];
      for (const range of splitIds(parts)) for await (const chunk of readIds(db, range, 2)) ids.push(...chunk.map((r) => r.id));
      expect(ids).toEqual(records.map((r) => r.id).sort());
    }
  });

  it('verifies in parts exactly as in one pass, and names the altered record', async () => {
    const { db, records, heads } = await twoChains();
    const ranges = splitIds(3);
    const verdict = async (rs: IdRange[]) => verdictOf(heads, await Promise.all(rs.map((r) => checkRange(db, r))));
    expect(await verdict(ranges)).toMatchObject({ ok: true, records: 12, firstProblem: null });
    const victim = records.find((r) => r.deviceId === B && r.seq === 4)!;
    await db.publications.update(victim.id, { title: '改过的标题' });
    const split = await verdict(ranges);
    expect(split.firstProblem).toMatchObject({ kind: 'altered', deviceId: B, id: victim.id, seq: 4 });
    expect(await verdict([WHOLE_ID_SPACE])).toEqual(split);
    expect(await new PublicationLog(db).verify()).toEqual(split);
  });

  it('reports records that no chain lists (device id or seq deleted)', async () => {
    const { db, records } = await twoChains();
    // A forged record without chain fields: the chain index does not list it.
    const { deviceId: _d, seq: _s, ...stray } = { ...records[0], id: crypto.randomUUID() };
    await db.publications.add(stray as PublicationRecord);
    const report = await new PublicationLog(db).verify();
    expect(report.ok).toBe(false);
    expect(report.records).toBe(13);
    expect(report.firstProblem).toMatchObject({ kind: 'unchained', id: stray.id, count: 1 });
  });

  it('verifies again when a publication is committed while the records are read', async () => {
    const { db, heads } = await twoChains();
    let runs = 0;
    const report = await withSteadyHeads(db, async (seen) => {
      runs++;
      // The first pass reads heads, then a record is committed (the head of A moves).
      if (runs === 1) await db.chains.put({ ...heads.find((h) => h.deviceId === A)!, seq: 8, local: false });
      return verdictOf(seen, [await checkRange(db, WHOLE_ID_SPACE)]);
    });
    expect(runs).toBe(2);
    // The second pass saw the moved head (record 8 is not there: this test only moved the head).
    expect(report.firstProblem).toMatchObject({ kind: 'removed', deviceId: A, missing: { from: 8, to: 8 } });
  });

  it('exports in parts byte for byte as in one pass (one CSV header, with its BOM)', async () => {
    const { db, records, heads } = await twoChains();
    const ordered = inChainOrder(records).map((id) => records.find((r) => r.id === id)!);
    for (const format of ['csv', 'jsonl'] as const) {
      const ranges = splitByHeads(heads, 3, 1);
      const parts = await Promise.all(ranges.map((range, i) => renderRange(db, range, { format, locale: 'zh', header: i === 0 })));
      const text = parts.flatMap((p) => p.parts).join('');
      expect(parts.reduce((s, p) => s + p.count, 0)).toBe(12);
      expect(text).toBe(format === 'csv' ? toCsv(ordered) : toJsonl(ordered));
      if (format === 'csv') expect(text.match(/\uFEFF/g)).toHaveLength(1);
    }
  });

  it('an empty log exports the CSV header alone', async () => {
    const db = new LogDb(`scan-empty-${++n}`);
    dbs.push(db);
    const { parts, count } = await renderRange(db, WHOLE_LOG, { format: 'csv', locale: 'zh', header: true });
    expect(count).toBe(0);
    expect(parts.join('')).toBe(toCsv([]));
  });
});

/** A worker that runs the real worker code in this process, replying through the same validation. */
function inProcessWorker(fail?: 'crash' | 'garbage' | 'silent'): ScanWorker {
  const worker: ScanWorker = {
    onmessage: null,
    onerror: null,
    terminate() {
      worker.onmessage = null;
    },
    postMessage(request) {
      if (fail === 'silent') return;
      if (fail === 'crash') return void setTimeout(() => worker.onerror?.({ message: 'out of memory' } as ErrorEvent));
      if (fail === 'garbage')
        return void setTimeout(() =>
          worker.onmessage?.({
            data: { type: 'checked', links: { deviceIds: ['a'], ids: [], seqs: [], prevHashes: [], hashes: [], intact: new Uint8Array() } },
          } as MessageEvent),
        );
      void handleScan(structuredClone(request), (reply) => setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent)));
    },
  };
  return worker;
}

describe('verify and export in workers', () => {
  it('keeps workers ready, never hands out one that failed, and stops the idle ones', () => {
    const started: (PoolWorker & { fail(): void; terminated: boolean })[] = [];
    const pool = new WorkerPool(() => {
      const target = new EventTarget();
      const worker = Object.assign(target, {
        onmessage: null,
        onerror: null,
        terminated: false,
        postMessage() {},
        terminate() {
          worker.terminated = true;
        },
        fail: () => target.dispatchEvent(new Event('error')),
      });
      started.push(worker);
      return worker;
    }, 2);
    pool.warmUp(true);
    expect(started).toHaveLength(2);
    started[1].fail();
    // The failed one is dropped; the healthy one is handed out, then a new one.
    expect(pool.spawn()).toBe(started[0]);
    expect(started[1].terminated).toBe(true);
    expect(pool.spawn()).toBe(started[2]);
    pool.warmUp(true);
    expect(started).toHaveLength(5);
    pool.warmUp(false);
    expect(started.slice(3).every((w) => w.terminated)).toBe(true);
  });

  it('uses two to four workers', () => {
    expect([1, 2, 3, 4, 16].map((cores) => workerCount(cores))).toEqual([2, 2, 3, 4, 4]);
  });

  it('verifies the log in workers with the same verdict as one pass', async () => {
    const { db, records } = await twoChains();
    expect(await verifyInWorkers(db, () => inProcessWorker(), { parts: 2 })).toEqual(await new PublicationLog(db).verify());
    const victim = records.find((r) => r.deviceId === A && r.seq === 2)!;
    await db.publications.update(victim.id, { account: '别的账号' });
    const report = await verifyInWorkers(db, () => inProcessWorker(), { parts: 2 });
    expect(report.firstProblem).toMatchObject({ kind: 'altered', id: victim.id, seq: 2 });
  });

  it('exports CSV in workers in chain order and JSON Lines in table order', async () => {
    const { db, records } = await twoChains();
    const ordered = inChainOrder(records).map((id) => records.find((r) => r.id === id)!);
    const byId = [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    const seen: number[] = [];
    const jsonl = await exportInWorkers(
      db,
      () => inProcessWorker(),
      { format: 'jsonl', locale: 'zh', onProgress: (d) => seen.push(d) },
      { parts: 2 },
    );
    expect(jsonl.count).toBe(12);
    expect(await new Blob(jsonl.parts).text()).toBe(toJsonl(byId));
    expect(seen.every((d) => d <= 12)).toBe(true);
    const csv = await exportInWorkers(db, () => inProcessWorker(), { format: 'csv', locale: 'zh' }, { parts: 2 });
    // Bytes, not Blob.text(), which would drop the BOM.
    expect(new Uint8Array(await new Blob(csv.parts).arrayBuffer())).toEqual(new TextEncoder().encode(toCsv(ordered)));
  });

  it('rejects with the reason when a worker crashes, sends garbage or gets a bad request', async () => {
    const { db } = await twoChains();
    await expect(verifyInWorkers(db, () => inProcessWorker('crash'), { parts: 2 })).rejects.toThrow('scan worker failed: out of memory');
    await expect(verifyInWorkers(db, () => inProcessWorker('garbage'), { parts: 2 })).rejects.toThrow('malformed reply');
    await expect(verifyInWorkers(db, () => inProcessWorker('silent'), { parts: 2, stallMs: 50 })).rejects.toThrow('stopped answering');
    const replies: ScanReply[] = [];
    await handleScan({ kind: 'export', db: db.name, range: WHOLE_LOG, format: 'xlsx', locale: 'zh', header: true }, (r) => replies.push(r));
    expect(replies).toEqual([{ type: 'error', message: expect.stringContaining('bad scan request') }]);
  });
});
