import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordChain } from '../../test/harness/record-chain';
import { signAs } from '../../test/harness/device-keys';
import { nodeDigester } from '../cli/node-digest';
import { buildRecord, hashRecord } from '../log/chain';
import { useDigester } from '../log/digest';
import { GENESIS_HASH, type ChainHead, type PublicationRecord } from '../log/record';
import { ChainWalk, deviceKeyTrust, type ChainLookup, type WalkLink } from '../log/stream';
import { toJsonl } from '../log/transfer';
import { ingestFiles, openProvince, verifyAll, type ProvinceDb } from './ingest';

const dir = mkdtempSync(join(tmpdir(), 'province-verify-'));
let opened: ProvinceDb[] = [];
beforeAll(() => useDigester(nodeDigester));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

const chain = (deviceId: string, n: number) => recordChain(n, deviceId);

const headOf = (r: readonly PublicationRecord[], seq = r.at(-1)!.seq, hash = r[seq - 1]?.hash ?? r.at(-1)!.hash): ChainHead => ({
  deviceId: r[0].deviceId,
  seq,
  hash,
  checkpoint: null,
});
const checkpointAt = (r: readonly PublicationRecord[], seq: number, hash = r[seq - 1].hash) => ({
  seq,
  hash,
  count: seq,
  through: r[seq - 1].time,
  prunedAt: '2026-02-01T00:00:00.000Z',
  retentionDays: 30,
});

describe('verification in the province database', () => {
  it('gives the same verdicts when chains the database shows whole are taken at once as when every link is walked', async () => {
    // One device per case, each its own fault (or none), as in lib/log/stream.test.ts.
    const device = (k: number) => `${k.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const cases: [string, (r: PublicationRecord[]) => Promise<[Record<string, unknown>[], ChainHead | null]>][] = [
      ['whole, signed head', async (r) => [r, headOf(r)]],
      ['whole, no head', async (r) => [r, null]],
      ['whole, records past the head', async (r) => [r, headOf(r, 3)]],
      ['whole, head at 0', async (r) => [r, headOf(r, 0, GENESIS_HASH)]],
      ['the end cut off', async (r) => [r.slice(0, 3), headOf(r)]],
      ['the head forged', async (r) => [r, { ...headOf(r), hash: 'c'.repeat(64) }]],
      ['a title changed', async (r) => [[r[0], { ...r[1], title: '改' }, ...r.slice(2)], headOf(r)]],
      ['a record removed in the middle', async (r) => [[r[0], r[1], r[3], r[4]], headOf(r)]],
      ['the first record removed', async (r) => [r.slice(1), headOf(r)]],
      [
        'a seq twice (a fork: another record after the first)',
        async (r) => {
          const fork = await buildRecord(
            {
              platform: 'weibo',
              url: 'https://weibo.com/',
              title: '分叉',
              contentHash: 'b'.repeat(64),
              requiredApproval: 'general',
              findings: [],
              overrides: [],
            },
            {
              id: crypto.randomUUID(),
              deviceId: r[0].deviceId,
              now: new Date(Date.UTC(2026, 0, 20)),
              snapshotMode: 'hash',
              account: '',
              prev: { seq: 1, hash: r[0].hash },
            },
          );
          return [[...r, fork], headOf(r)];
        },
      ],
      ['a seq twice (an altered copy under another id)', async (r) => [[...r, { ...r[1], id: crypto.randomUUID() }], headOf(r)]],
      ['two records swapped', async (r) => [[r[0], { ...r[2], seq: 2 }, { ...r[1], seq: 3 }, r[3], r[4]], headOf(r)]],
      [
        'a record re-hashed after the next was written',
        async (r) => {
          const changed = { ...r[1], title: '改过' } as Record<string, unknown>;
          changed.hash = await hashRecord(changed);
          return [[r[0], changed, ...r.slice(2)], headOf(r)];
        },
      ],
      [
        'the first record linking elsewhere, re-hashed',
        async (r) => {
          const changed = { ...r[0], prevHash: 'e'.repeat(64) } as Record<string, unknown>;
          changed.hash = await hashRecord(changed);
          return [[changed, ...r.slice(1)], headOf(r)];
        },
      ],
      ['starting at a pruning checkpoint', async (r) => [r.slice(2), { ...headOf(r), checkpoint: checkpointAt(r, 2) }]],
      ['whole, with a checkpoint another copy pruned', async (r) => [r, { ...headOf(r), checkpoint: checkpointAt(r, 2) }]],
      ['a forged checkpoint', async (r) => [r.slice(2), { ...headOf(r), checkpoint: checkpointAt(r, 2, 'd'.repeat(64)) }]],
      ['a forged checkpoint, whole chain', async (r) => [r, { ...headOf(r), checkpoint: checkpointAt(r, 2, 'd'.repeat(64)) }]],
      ['a head and no records', async (r) => [[], headOf(r)]],
    ];
    const lines: string[] = [];
    for (const [k, [, build]] of cases.entries()) {
      const [records, head] = await build(await chain(device(k + 1), 5));
      lines.push(toJsonl(records as PublicationRecord[], head ? [await signAs(head)] : []));
    }
    const path = join(dir, 'cases.jsonl');
    writeFileSync(path, lines.join(''));
    const db = await openProvince(join(dir, 'cases.duckdb'));
    opened.push(db);
    const trust = deviceKeyTrust();
    const now = '2026-02-02T00:00:00.000Z';
    await ingestFiles(db, [{ path, name: 'cases.jsonl' }], { trust, now });
    const devices = async () => (await db.conn.runAndReadAll('select * from devices order by device_id')).getRowsJS();
    const walked = await verifyAll(db, { trust, now, walkAll: true });
    const walkedDevices = await devices();
    const taken = await verifyAll(db, { trust, now });
    expect(taken).toEqual(walked);
    expect(await devices()).toEqual(walkedDevices);
    // The shortcut was taken: chains shown whole from seq 1, without a checkpoint, were not walked.
    const takenWhole = (await db.conn.runAndReadAll('select device_id from whole_chains order by device_id')).getRowsJS().flat();
    expect(takenWhole.map((d) => cases[parseInt((d as string).slice(0, 8), 16) - 1][0])).toEqual([
      'whole, signed head',
      'whole, no head',
      'whole, records past the head',
      'whole, head at 0',
      'the end cut off',
      'the head forged',
    ]);
    // The cases are what they say: the whole chains pass, every other one fails.
    const verdicts = Object.fromEntries(
      cases.map(([name], k) => [name, taken.devices.find((d) => d.deviceId === device(k + 1))?.problem?.kind ?? 'ok']),
    );
    expect(verdicts).toEqual({
      'whole, signed head': 'ok',
      'whole, no head': 'unsigned',
      'whole, records past the head': 'unsigned',
      'whole, head at 0': 'unsigned',
      'the end cut off': 'removed',
      'the head forged': 'altered',
      'a title changed': 'altered',
      'a record removed in the middle': 'removed',
      'the first record removed': 'removed',
      'a seq twice (a fork: another record after the first)': 'reordered',
      'a seq twice (an altered copy under another id)': 'altered',
      'two records swapped': 'altered',
      'a record re-hashed after the next was written': 'altered',
      'the first record linking elsewhere, re-hashed': 'altered',
      'starting at a pruning checkpoint': 'ok',
      'whole, with a checkpoint another copy pruned': 'ok',
      'a forged checkpoint': 'altered',
      'a forged checkpoint, whole chain': 'altered',
      'a head and no records': 'removed',
    });
  }, 60_000);
});

describe('a chain taken whole', () => {
  const lookup: ChainLookup = { seqOfHash: () => Promise.resolve(undefined), seqLinkingTo: () => Promise.resolve(undefined) };
  const D = '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11';

  it.each([null, 0, 2, 5, 6])('leaves the walk as stepping every link would (head at %s)', async (headSeq) => {
    const r = await chain(D, 5);
    const links: WalkLink[] = r.map((x) => ({ id: x.id, seq: x.seq, prevHash: x.prevHash, hash: x.hash, intact: true }));
    for (const headHash of [null, 'f'.repeat(64)]) {
      const head =
        headSeq === null ? null : { deviceId: D, seq: headSeq, hash: headHash ?? r[headSeq - 1]?.hash ?? GENESIS_HASH, checkpoint: null };
      // each trust on walks of its own, so no verdict of one finish carries into the next
      for (const trust of [{}, deviceKeyTrust()]) {
        const stepped = new ChainWalk(D, head, lookup);
        for (const l of links) await stepped.step(l);
        const whole = new ChainWalk(D, head, lookup);
        whole.verifiedChain(5, links[4]);
        expect(await whole.finish(trust)).toEqual(await stepped.finish(trust));
      }
    }
  });

  it('refuses what is not a whole chain from its start', async () => {
    const r = await chain(D, 2);
    const last: WalkLink = { id: r[1].id, seq: 2, prevHash: r[1].prevHash, hash: r[1].hash, intact: true };
    const pruned = { ...headOf(r), checkpoint: checkpointAt(r, 1) };
    expect(() => new ChainWalk(D, pruned, lookup).verifiedChain(2, last)).toThrow();
    expect(() => new ChainWalk(D, null, lookup).verifiedChain(3, last)).toThrow();
    expect(() => new ChainWalk(D, null, lookup).verifiedChain(2, { ...last, intact: false })).toThrow();
  });
});
