import { describe, expect, it } from 'vitest';
import { recordChain } from '../../test/harness/record-chain';
import { sha256Hex } from '../engine/hash';
import { canonicalJson, withSortedKeys } from './canonical-json';
import { signAs, signedHeads } from '../../test/harness/device-keys';
import { ChainVerifier, buildRecord, hashRecord, intactRecords, recordCanonicalJson, signaturesOf, snapshotOf } from './chain';
import { UNHASHED_FIELDS, type ChainHead, type PublicationRecord } from './record';

describe('canonical JSON', () => {
  it('sorts keys, drops undefined, and is stable across key order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, '中文'], c: undefined, d: { y: 2, x: 1.5 } })).toBe(
      '{"a":[true,null,"中文"],"b":1,"d":{"x":1.5,"y":2}}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });

  it('hashes with SHA-256 (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('canonical JSON of a record (fast path)', () => {
  const omit = new Set<string>(UNHASHED_FIELDS);
  const ODD = [
    '',
    '\u0000\u001f"\\/',
    '\ud83d\ude00 emoji',
    '\ud800 lone high',
    'lone low \udfff',
    '\u2028\u2029',
    '\ufeffBOM',
    'e\u0301 combining',
    '\u{10ffff}',
    '全角１２３！',
    '\u007f\u0080\u00ff',
  ];

  async function variants(): Promise<Record<string, unknown>[]> {
    const base = await buildRecord(
      {
        platform: 'wechat',
        url: 'https://mp.weixin.qq.com/',
        title: '标题',
        contentHash: 'a'.repeat(64),
        requiredApproval: 'important',
        findings: [
          { ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' },
          { ruleId: 'approval-tier', category: 'approval', severity: 'warn' },
        ],
        overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开值班电话，已核实' }],
        text: '正文'.repeat(300),
        origin: 'repost',
        source: '新华社',
        approval: { token: 'eyJ.x.y', status: 'valid', tier: 'important', reviewer: '张三' },
      },
      {
        id: crypto.randomUUID(),
        deviceId: crypto.randomUUID(),
        now: new Date('2026-11-26T06:00:00.123Z'),
        snapshotMode: 'full',
        account: '昆明发布',
        prev: { seq: 41, hash: 'f'.repeat(64) },
      },
    );
    const out: Record<string, unknown>[] = [
      base,
      { ...base, outcome: 'confirmed', confirmedAt: '2026-11-26T06:01:00.000Z' },
      { ...base, migratedFrom: 1 },
    ];
    for (const odd of ODD)
      out.push({ ...base, title: odd, account: odd, snapshot: { mode: 'full', text: odd }, overrides: [{ ruleIds: [odd], reason: odd }] });
    // Raw records as they might be found: reordered, extra or missing fields at any level, odd values.
    out.push(Object.fromEntries(Object.entries(base).reverse()));
    out.push({ ...base, extra: 1 }, { ...base, [ODD[2]]: 'key' }, { ...base, Z: 1, _: 2, a: 3 });
    out.push({ ...base, snapshot: { text: 'x', mode: 'full', hash: 'h' } }, { ...base, approval: { ...base.approval, outcome: 'x' } });
    out.push(
      { ...base, findings: [{ ...base.findings[0], id: 'known at the top' }] },
      { ...base, findings: [undefined, null, 1.5e-7, -0, 1e21] },
    );
    out.push({ ...base, seq: 2 ** 53 + 2, v: 0.1 + 0.2 }, { ...base, title: undefined }, { ...base, source: undefined, approval: null });
    const { title: _title, ...missing } = base;
    out.push(missing, Object.assign(Object.create(null), base), { ...base, time: new Date(base.time) });
    // Keys in canonical order (how records are stored), also with keys the schema does not know.
    out.push(
      withSortedKeys({ ...base, extra: [{ b: 1, a: ODD[3] }], snapshot: { mode: 'full', text: 't', hash: 'nested, not left out' } }),
    );
    out.push(withSortedKeys({ ...base, findings: [{ severity: 'warn', ruleId: 'x', category: 'approval', v: Number.POSITIVE_INFINITY }] }));
    return out;
  }

  it('stores records with keys in canonical order', async () => {
    const [r] = await variants();
    expect(Object.keys(r)).toEqual(Object.keys(r).sort());
    expect(JSON.stringify(withSortedKeys(r))).toBe(JSON.stringify(r));
  });

  it('is byte-identical to the generic canonical JSON', async () => {
    const outcome = (fn: () => string) => {
      try {
        return fn();
      } catch (e) {
        return `throws ${String(e)}`;
      }
    };
    for (const r of await variants()) expect(outcome(() => recordCanonicalJson(r))).toBe(outcome(() => canonicalJson(r, omit)));
  });

  it('refuses what canonical JSON cannot represent, like the generic path', () => {
    expect(() => recordCanonicalJson({ seq: Number.NaN })).toThrow();
    expect(() => recordCanonicalJson({ seq: 1n })).toThrow();
    expect(() => recordCanonicalJson({ title: () => 1 })).toThrow();
  });

  it('checks stored records against their hash exactly as the canonical JSON would', async () => {
    const records = await variants();
    const expected = await Promise.all(
      records.map(async (r) => {
        try {
          return (await sha256Hex(canonicalJson(r, omit))) === r.hash;
        } catch {
          return false;
        }
      }),
    );
    const before = records.map((r) => [Object.keys(r), JSON.stringify(r)]);
    const intact = await intactRecords(records);
    expect(intact).toEqual(expected);
    // Set aside and put back: every record as it was, keys in the same order, nothing added.
    expect(records.map((r) => [Object.keys(r), JSON.stringify(r)])).toEqual(before);
    // The base record, its outcome changed, its keys reversed: intact. An extra field: not.
    expect(intact.slice(0, 2)).toEqual([true, true]);
    expect(intact[3 + ODD.length]).toBe(true);
    expect(intact[4 + ODD.length]).toBe(false);
  });

  it('does not take values JSON.stringify writes like others for the same record', async () => {
    const [base] = await variants();
    const { outcome: _o, confirmedAt: _c, ...bare } = base;
    const forged = [
      { ...base, time: new Date(base.time as string) }, // same instant, but a Date drops out of the time index
      { ...base, platform: new String(base.platform) }, // a boxed string drops out of the platform index
      { ...base, overridden: Number.NaN }, // written as null
      { ...base, seq: 1n, hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }, // no JSON at all; hash of ''
      { ...base, hash: undefined },
    ];
    expect(await intactRecords(forged as Record<string, unknown>[])).toEqual([false, false, false, false, false]);
    // A record stored without the unhashed fields is intact and gains no own properties.
    const withoutOutcome = { ...bare };
    expect(await intactRecords([withoutOutcome])).toEqual([true]);
    expect(Object.hasOwn(withoutOutcome, 'outcome')).toBe(false);
    expect(await intactRecords([Object.freeze({ ...base })])).toEqual([true]);
  });

  it('checks many records at once, each against its own hash', async () => {
    const records = await chain(600);
    expect(await intactRecords(records)).toEqual(records.map(() => true));
    const swapped = records.map((r, i) => ({ ...r, hash: records[(i + 1) % records.length].hash }));
    expect(await intactRecords(swapped)).toEqual(records.map(() => false));
  });
});

describe('snapshots', () => {
  it('keeps all, 200 characters, or nothing', () => {
    const text = '字'.repeat(300);
    expect(snapshotOf(text, 'full')).toEqual({ mode: 'full', text, masks: [] });
    expect(snapshotOf(text, 'excerpt').text).toBe('字'.repeat(200));
    expect(snapshotOf(text, 'hash')).toEqual({ mode: 'hash', text: null });
    expect(snapshotOf(undefined, 'full')).toEqual({ mode: 'hash', text: null });
  });
});

const chain = (n: number, deviceId = '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11') => recordChain(n, deviceId);

async function verify(records: PublicationRecord[], heads: Map<string, ChainHead> = new Map()) {
  const v = new ChainVerifier(heads, await signaturesOf(heads.values()));
  await v.push(records);
  return v.finish();
}

describe('chain verification (pure)', () => {
  it('accepts an intact chain in any order and in chunks, per device', async () => {
    const a = await chain(4);
    const b = await chain(3, '0b7d3c58-0a4e-4f0f-8f3c-5b8a2d9e6c22');
    const heads = await signedHeads(
      [a, b].map((c) => ({ deviceId: c[0].deviceId, seq: c.length, hash: c.at(-1)!.hash, checkpoint: null })),
    );
    const v = new ChainVerifier(heads, await signaturesOf(heads.values()));
    await v.push([b[2], a[3], a[0]]);
    await v.push([...b.slice(0, 2), a[1], a[2]]);
    const report = v.finish();
    expect(report).toMatchObject({ ok: true, records: 7, firstProblem: null });
    expect(report.devices.map((d) => d.records)).toEqual([3, 4]);
    expect(report.devices.map((d) => d.signature.status)).toEqual(['signed', 'signed']);
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
    expect((await verify(a.slice(0, 3), new Map([[head.deviceId, head]]))).firstProblem).toMatchObject({
      kind: 'removed',
      missing: { from: 4, to: 5 },
    });
    expect((await verify(a, new Map([[head.deviceId, { ...head, hash: 'c'.repeat(64) }]]))).firstProblem).toMatchObject({
      kind: 'altered',
      seq: 5,
    });
  });

  it('starts at a pruning checkpoint, and checks it when older records are present', async () => {
    const a = await chain(5);
    const checkpoint = { seq: 2, hash: a[1].hash, count: 2, through: a[1].time, prunedAt: '2026-02-01T00:00:00.000Z', retentionDays: 30 };
    const head = { deviceId: a[0].deviceId, seq: 5, hash: a[4].hash, checkpoint };
    const heads = new Map<string, ChainHead>([[head.deviceId, await signAs(head)]]);
    expect((await verify(a.slice(2), heads)).ok).toBe(true);
    expect((await verify(a, heads)).ok).toBe(true);
    const bad = new Map<string, ChainHead>([
      [head.deviceId, await signAs({ ...head, checkpoint: { ...checkpoint, hash: 'd'.repeat(64) } })],
    ]);
    expect((await verify(a.slice(2), bad)).firstProblem).toMatchObject({ kind: 'altered', seq: 3 });
    expect((await verify(a, bad)).firstProblem).toMatchObject({ kind: 'altered', seq: 2 });
  });

  it('checks the hash of records older than the checkpoint that another copy kept', async () => {
    const a = await chain(5);
    const checkpoint = { seq: 3, hash: a[2].hash, count: 3, through: a[2].time, prunedAt: '2026-02-01T00:00:00.000Z', retentionDays: 30 };
    const heads = new Map<string, ChainHead>([
      [a[0].deviceId, await signAs({ deviceId: a[0].deviceId, seq: 5, hash: a[4].hash, checkpoint })],
    ]);
    // Records 2–5 (1 pruned on both copies, 2–3 kept by the other): intact, then record 2 altered.
    expect((await verify(a.slice(1), heads)).ok).toBe(true);
    const altered = [{ ...a[1], title: '改过' }, ...a.slice(2)];
    expect((await verify(altered, heads)).firstProblem).toMatchObject({ kind: 'altered', seq: 2, id: a[1].id });
  });

  it('reports a duplicated seq as reordered', async () => {
    const a = await chain(3);
    expect((await verify([...a, { ...a[1], id: crypto.randomUUID() }])).firstProblem?.kind).toBe('altered');
    expect((await verify([...a, a[1]])).firstProblem).toMatchObject({ kind: 'reordered', seq: 2 });
  });
});
