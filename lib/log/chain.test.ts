import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical';
import { ChainVerifier, buildRecord, hashRecord, snapshotOf, type ChainLink } from './chain';
import { GENESIS_HASH, type PublicationRecord } from './record';

describe('canonical JSON', () => {
  it('sorts keys, drops undefined, and is stable across key order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, '中文'], c: undefined, d: { y: 2, x: 1.5 } })).toBe('{"a":[true,null,"中文"],"b":1,"d":{"x":1.5,"y":2}}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });

  it('hashes with SHA-256 (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('snapshots', () => {
  it('keeps all, 200 characters, or nothing', () => {
    const text = '字'.repeat(300);
    expect(snapshotOf(text, 'full')).toEqual({ mode: 'full', text });
    expect(snapshotOf(text, 'excerpt').text).toBe('字'.repeat(200));
    expect(snapshotOf(text, 'hash')).toEqual({ mode: 'hash', text: null });
    expect(snapshotOf(undefined, 'full')).toEqual({ mode: 'hash', text: null });
  });
});

async function chain(n: number, deviceId = '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11'): Promise<PublicationRecord[]> {
  const out: PublicationRecord[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < n; i++) {
    const r = await buildRecord(
      { platform: 'weibo', url: 'https://weibo.com/', title: `帖子${i}`, contentHash: 'b'.repeat(64), requiredApproval: 'general', findings: [], overrides: [] },
      { id: crypto.randomUUID(), deviceId, now: new Date(Date.UTC(2026, 0, 5 + i)), snapshotMode: 'hash', account: '', prev },
    );
    out.push(r);
    prev = { seq: r.seq, hash: r.hash };
  }
  return out;
}

async function verify(records: PublicationRecord[], heads = new Map()) {
  const v = new ChainVerifier(heads);
  await v.push(records as unknown as ChainLink[]);
  return v.finish();
}

describe('chain verification (pure)', () => {
  it('accepts an intact chain in any order and in chunks, per device', async () => {
    const a = await chain(4);
    const b = await chain(3, '0b7d3c58-0a4e-4f0f-8f3c-5b8a2d9e6c22');
    const v = new ChainVerifier();
    await v.push([b[2], a[3], a[0]] as unknown as ChainLink[]);
    await v.push([...b.slice(0, 2), a[1], a[2]] as unknown as ChainLink[]);
    const report = v.finish();
    expect(report).toMatchObject({ ok: true, records: 7, firstProblem: null });
    expect(report.devices.map((d) => d.records)).toEqual([3, 4]);
  });

  it('leaves outcome out of the hash and everything else in', async () => {
    const [r] = await chain(1);
    expect(await hashRecord({ ...r, outcome: 'confirmed', confirmedAt: '2026-01-05T00:00:00.000Z' })).toBe(r.hash);
    expect(await hashRecord({ ...r, account: 'x' })).not.toBe(r.hash);
    expect(await hashRecord({ ...r, extra: 1 })).not.toBe(r.hash);
  });

  it('finds a truncated end through the chain head, and a forged head', async () => {
    const a = await chain(5);
    const head = { deviceId: a[0].deviceId, seq: 5, hash: a[4].hash, checkpoint: null };
    expect((await verify(a.slice(0, 3), new Map([[head.deviceId, head]]))).firstProblem).toMatchObject({ kind: 'removed', missing: { from: 4, to: 5 } });
    expect((await verify(a, new Map([[head.deviceId, { ...head, hash: 'c'.repeat(64) }]]))).firstProblem).toMatchObject({ kind: 'altered', seq: 5 });
  });

  it('starts at a pruning checkpoint, and checks it when older records are present', async () => {
    const a = await chain(5);
    const checkpoint = { seq: 2, hash: a[1].hash, count: 2, through: a[1].time, prunedAt: '2026-02-01T00:00:00.000Z', retentionDays: 30 };
    const head = { deviceId: a[0].deviceId, seq: 5, hash: a[4].hash, checkpoint };
    const heads = new Map([[head.deviceId, head]]);
    expect((await verify(a.slice(2), heads)).ok).toBe(true);
    expect((await verify(a, heads)).ok).toBe(true);
    const bad = new Map([[head.deviceId, { ...head, checkpoint: { ...checkpoint, hash: 'd'.repeat(64) } }]]);
    expect((await verify(a.slice(2), bad)).firstProblem).toMatchObject({ kind: 'altered', seq: 3 });
    expect((await verify(a, bad)).firstProblem).toMatchObject({ kind: 'altered', seq: 2 });
  });

  it('reports a duplicated seq as reordered', async () => {
    const a = await chain(3);
    expect((await verify([...a, { ...a[1], id: crypto.randomUUID() }])).firstProblem?.kind).toBe('altered');
    expect((await verify([...a, a[1]])).firstProblem).toMatchObject({ kind: 'reordered', seq: 2 });
  });
});
