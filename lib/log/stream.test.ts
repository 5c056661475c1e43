import { describe, expect, it } from 'vitest';
import { recordChain } from '../../test/harness/record-chain';
import { ChainVerifier, hashRecord, intactRecords, signaturesOf, type ChainLink } from './chain';
import { signAs } from '../../test/harness/device-keys';
import { type ChainHead, type PublicationRecord } from './record';
import { settingsSchema } from '../settings/schema';
import {
  EXPORT_HEADER_TYPE,
  classifyLine,
  exportHeaderFor,
  exportHeaderLine,
  deviceKeyTrust,
  memoryChains,
  walkChains,
  type ChainTrust,
  type DeviceLink,
} from './stream';
import { HEAD_TYPE, parseJsonl, toJsonl } from './transfer';

const A = '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11';
const B = '0b7d3c58-0a4e-4f0f-8f3c-5b8a2d9e6c22';

const chain = (n: number, deviceId = A) => recordChain(n, deviceId);

async function links(records: readonly Record<string, unknown>[]): Promise<DeviceLink[]> {
  const intact = await intactRecords(records);
  return records.map((r, i) => ({
    deviceId: r.deviceId as string,
    id: r.id as string,
    seq: r.seq as number,
    prevHash: r.prevHash as string,
    hash: r.hash as string,
    intact: intact[i],
  }));
}

async function streamed(records: readonly Record<string, unknown>[], heads: ChainHead[] = [], trust?: ChainTrust) {
  const { sorted, lookup } = memoryChains(await links(records));
  return walkChains(sorted, new Map(heads.map((h) => [h.deviceId, h])), lookup, { trust });
}

async function whole(records: readonly Record<string, unknown>[], heads: ChainHead[] = []) {
  // Both verifiers check the heads' device signatures the same way (unsigned test heads say so alike).
  const v = new ChainVerifier(new Map(heads.map((h) => [h.deviceId, h])), await signaturesOf(heads));
  await v.push(records as unknown as ChainLink[]);
  return v.finish();
}

const headOf = (r: PublicationRecord[]): ChainHead => ({
  deviceId: r[0].deviceId,
  seq: r.at(-1)!.seq,
  hash: r.at(-1)!.hash,
  checkpoint: null,
});

describe('streaming chain walk', () => {
  // Each case: records as found, heads, and the first problem (kind, seq) the walk must name.
  const cases: {
    name: string;
    build: (
      a: PublicationRecord[],
      b: PublicationRecord[],
    ) => Promise<[Record<string, unknown>[], ChainHead[]]> | [Record<string, unknown>[], ChainHead[]];
    problem: { kind: string; seq: number } | null;
  }[] = [
    {
      name: 'intact, two devices, any order',
      build: (a, b) => [
        [b[2], a[4], a[0], ...b.slice(0, 2), ...a.slice(1, 4)],
        [headOf(a), headOf(b)],
      ],
      problem: null,
    },
    {
      name: 'a title changed',
      build: (a) => [[a[0], { ...a[1], title: '改' }, ...a.slice(2)], [headOf(a)]],
      problem: { kind: 'altered', seq: 2 },
    },
    { name: 'a record removed in the middle', build: (a) => [[a[0], a[1], a[3], a[4]], [headOf(a)]], problem: { kind: 'removed', seq: 4 } },
    { name: 'the end cut off (the head says so)', build: (a) => [a.slice(0, 3), [headOf(a)]], problem: { kind: 'removed', seq: 5 } },
    { name: 'the head forged', build: (a) => [a, [{ ...headOf(a), hash: 'c'.repeat(64) }]], problem: { kind: 'altered', seq: 5 } },
    { name: 'a seq duplicated', build: (a) => [[...a, a[1]], [headOf(a)]], problem: { kind: 'reordered', seq: 2 } },
    {
      name: 'two records swapped (seq and links rewritten, hashes recomputed for neither)',
      build: (a) => [[a[0], { ...a[2], seq: 2 }, { ...a[1], seq: 3 }, a[3], a[4]], [headOf(a)]],
      problem: { kind: 'altered', seq: 2 },
    },
    {
      name: 'a record re-hashed after the next was written',
      build: async (a) => {
        const changed = { ...a[1], title: '改过' } as Record<string, unknown>;
        changed.hash = await hashRecord(changed);
        return [[a[0], changed, ...a.slice(2)], [headOf(a)]];
      },
      problem: { kind: 'altered', seq: 2 },
    },
    {
      name: 'starting at a pruning checkpoint',
      build: (a) => [
        a.slice(2),
        [
          {
            ...headOf(a),
            checkpoint: { seq: 2, hash: a[1].hash, count: 2, through: a[1].time, prunedAt: '2026-02-01T00:00:00.000Z', retentionDays: 30 },
          },
        ],
      ],
      problem: null,
    },
    {
      name: 'a forged checkpoint',
      build: (a) => [
        a.slice(2),
        [
          {
            ...headOf(a),
            checkpoint: {
              seq: 2,
              hash: 'd'.repeat(64),
              count: 2,
              through: a[1].time,
              prunedAt: '2026-02-01T00:00:00.000Z',
              retentionDays: 30,
            },
          },
        ],
      ],
      problem: { kind: 'altered', seq: 3 },
    },
    { name: 'a head and no records', build: (a, b) => [b, [headOf(a), headOf(b)]], problem: { kind: 'removed', seq: 5 } },
  ];

  for (const c of cases) {
    it(`${c.name}: the same verdict as the whole-list verifier`, async () => {
      const [records, built] = await c.build(await chain(5), await chain(3, B));
      // Each head signed by its device, as a browser exports it: the verdicts below are the chain's own.
      const heads = await Promise.all(built.map((h) => signAs(h)));
      const s = await streamed(records, heads, deviceKeyTrust());
      const w = await whole(records, heads);
      if (c.problem) expect(s.firstProblem).toMatchObject(c.problem);
      else expect(s.firstProblem).toBeNull();
      expect(s.ok).toBe(c.problem === null);
      expect(s.firstProblem).toEqual(w.firstProblem);
      expect(s.devices.map((d) => [d.deviceId, d.records, d.firstSeq, d.lastSeq])).toEqual(
        w.devices.map((d) => [d.deviceId, d.records, d.firstSeq, d.lastSeq]),
      );
      expect(s.records).toBe(w.records);
    });
  }

  it('asks a trust check about each head, and fails a chain whose head it rejects', async () => {
    const a = await chain(3);
    const asked: string[] = [];
    const trust: ChainTrust = {
      head: (deviceId, head) => (asked.push(`${deviceId}:${head.seq}`), head.seq === 3 ? 'chain head signature does not verify' : null),
    };
    const report = await streamed(a, [headOf(a)], trust);
    expect(asked).toEqual([`${A}:3`]);
    expect(report.firstProblem).toMatchObject({ kind: 'altered', deviceId: A, seq: 3, detail: 'chain head signature does not verify' });
    expect((await streamed(a.slice(0, 2), [headOf(a.slice(0, 2))], trust)).ok).toBe(true);
  });
});

describe('export lines', () => {
  it('classifies each line on its own', async () => {
    const [r] = await chain(1);
    const header = exportHeaderLine({
      exportedAt: '2026-12-01T00:00:00.000Z',
      unit: { name: '昆明市人民政府办公室', hierarchy: { province: '云南省', prefecture: '昆明市' } },
      accounts: [{ platform: 'wechat', name: '昆明发布' }],
    });
    const table: [string, string, string?][] = [
      ['', 'blank'],
      ['\r', 'blank'],
      ['{"a":', 'problem', 'not JSON'],
      ['[1]', 'problem', 'not a publication record: not an object'],
      [JSON.stringify({ ...r, title: 5 }), 'problem', 'not a publication record: title'],
      [JSON.stringify({ ...r, extra: 1 }), 'problem', 'not a publication record'],
      [`\uFEFF${JSON.stringify(r)}\r`, 'record'],
      [JSON.stringify({ ...r, approvalCoverage: 'declared' }), 'record'],
      [JSON.stringify({ type: HEAD_TYPE, deviceId: A, seq: 1, hash: r.hash, checkpoint: null }), 'head'],
      [JSON.stringify({ type: HEAD_TYPE, deviceId: 'x', seq: 1 }), 'problem', 'bad chain head'],
      [header.trim(), 'header'],
      [JSON.stringify({ type: EXPORT_HEADER_TYPE, v: 1 }), 'problem', 'bad export header'],
      [JSON.stringify({ type: 'device-key', deviceId: A }), 'other'],
    ];
    for (const [line, kind, reason] of table) {
      const item = classifyLine(line);
      expect(item.kind, line).toBe(kind);
      if (reason) expect(item.kind === 'problem' && item.reason, line).toContain(reason);
    }
    const h = classifyLine(header);
    expect(h.kind === 'header' && h.header.unit.hierarchy).toEqual({ province: '云南省', prefecture: '昆明市' });
  });

  it('refuses a header with an unknown hierarchy level', () => {
    expect(() =>
      exportHeaderLine({ exportedAt: '2026-12-01T00:00:00.000Z', unit: { name: 'x', hierarchy: { city: '昆明' } as never }, accounts: [] }),
    ).toThrow();
  });

  it("writes the settings' unit and accounts into the header, which the dashboard's import passes over", async () => {
    const settings = settingsSchema.parse({
      profile: { unit: '五华区人民政府办公室', hierarchy: { province: '云南省', prefecture: '昆明市', county: '五华区' } },
      accounts: [
        { platform: 'wechat', name: '五华发布', hostUnit: '五华区人民政府办公室' },
        { platform: 'douyin', name: '五华应急', hostUnit: '五华区应急管理局', hierarchy: { department: '应急管理局' } },
      ],
    });
    const line = exportHeaderLine(exportHeaderFor(settings, new Date('2026-12-01T02:00:00Z')));
    const item = classifyLine(line);
    expect(item.kind === 'header' && item.header).toEqual({
      type: EXPORT_HEADER_TYPE,
      v: 1,
      exportedAt: '2026-12-01T02:00:00.000Z',
      unit: { name: '五华区人民政府办公室', hierarchy: { province: '云南省', prefecture: '昆明市', county: '五华区' } },
      accounts: [
        { platform: 'wechat', name: '五华发布', hostUnit: '五华区人民政府办公室' },
        { platform: 'douyin', name: '五华应急', hostUnit: '五华区应急管理局', hierarchy: { department: '应急管理局' } },
      ],
    });
    const [r] = await chain(1);
    const parsed = parseJsonl(line + toJsonl([r]), 'x.jsonl');
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toHaveLength(1);
    // Settings without a hierarchy still export (the field is optional).
    expect(classifyLine(exportHeaderLine(exportHeaderFor(settingsSchema.parse({}), new Date()))).kind).toBe('header');
  });
});
