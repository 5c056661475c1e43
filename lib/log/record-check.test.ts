import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { prng } from '../../test/fuzz/generate';
import { buildRecord } from './chain';
import { GENESIS_HASH, type PublicationInput } from './record';
import { acceptedRecord } from './record-check';
import { streamedRecordSchema } from './stream';

const DEVICE = '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11';

/** Records as the log writes them, read back from their JSON line as an export is. */
async function records(): Promise<Record<string, unknown>[]> {
  const inputs: PublicationInput[] = [
    {
      platform: 'weibo',
      url: 'https://weibo.com/1',
      title: '标题',
      contentHash: 'c'.repeat(64),
      requiredApproval: 'general',
      findings: [],
      overrides: [],
    },
    {
      platform: 'wechat',
      url: 'https://mp.weixin.qq.com/s?x=1&y=%E4%B8%AD#top',
      title: '含"引号", 逗号\n换行',
      contentHash: 'd'.repeat(64),
      requiredApproval: 'major',
      findings: [
        { ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' },
        { ruleId: 'map-review-number', category: 'map', severity: 'warn' },
      ],
      overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开值班电话，已核实' }],
      text: '联系电话 13812345678，地址：昆明市五华区。',
      origin: 'repost',
      source: '新华社',
      account: '云南发布',
      approval: {
        token: null,
        status: 'missing',
        tier: 'major',
        reviewer: '张三',
        coverage: 'declared',
        declaredName: '张三',
        declaredRole: 'principal-leader',
        declaredAt: '2026-03-01T08:00:00.000Z',
      },
    },
    {
      platform: 'douyin',
      url: 'https://www.douyin.com/video/7',
      title: 'x'.repeat(1000),
      contentHash: 'e'.repeat(64),
      requiredApproval: 'important',
      findings: [],
      overrides: [],
      text: '正文',
      practice: true,
      approval: { token: 'tok', status: 'valid', tier: 'important', reviewer: null, coverage: 'verified' },
    },
  ];
  const out: Record<string, unknown>[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (const [i, input] of inputs.entries()) {
    for (const mode of ['full', 'excerpt', 'hash'] as const) {
      const r = await buildRecord(input, {
        id: crypto.randomUUID(),
        deviceId: DEVICE,
        now: new Date(Date.UTC(2024, 1, 27 + i, 23, 59, 59, 999)),
        snapshotMode: mode,
        account: '',
        prev,
      });
      prev = { seq: r.seq, hash: r.hash };
      out.push(JSON.parse(JSON.stringify(r)) as Record<string, unknown>);
    }
  }
  return out;
}

/** The promise the quick check makes: whatever it accepts, zod accepts, and zod's output equals the value. */
function expectZodAgrees(value: unknown) {
  if (acceptedRecord(value) === null) return false;
  const parsed = streamedRecordSchema.safeParse(value);
  expect(parsed.success, JSON.stringify(value).slice(0, 300)).toBe(true);
  expect(parsed.data).toStrictEqual(value);
  return true;
}

describe('the quick record check beside zod', () => {
  it('accepts the records the log writes (the ingest takes the quick path for them)', async () => {
    for (const r of await records()) {
      expect(acceptedRecord(r)).toBe(r);
      expectZodAgrees(r);
    }
  });

  it('accepts the optional fields zod allows: migratedFrom, approvalCoverage as a string or a loose object', async () => {
    const [r] = await records();
    for (const extra of [
      { migratedFrom: 1 },
      { approvalCoverage: 'verified' },
      { approvalCoverage: { kind: 'declared', note: { any: [1] } } },
    ])
      expect(expectZodAgrees({ ...r, ...extra })).toBe(true);
  });

  it.each<[string, (r: Record<string, unknown>) => Record<string, unknown>, boolean]>([
    // [what, change, whether zod accepts it]
    ['an unknown key', (r) => ({ ...r, extra: 1 }), false],
    ['a missing key', ({ title: _title, ...r }) => r, false],
    [
      'an unknown key in a finding (zod would drop it)',
      (r) => ({ ...r, findings: [{ ruleId: 'a', category: 'map', severity: 'warn', x: 1 }] }),
      true,
    ],
    ['an unknown key in the snapshot (zod would drop it)', (r) => ({ ...r, snapshot: { mode: 'hash', text: null, x: 1 } }), true],
    ['an uppercase id', (r) => ({ ...r, id: (r.id as string).toUpperCase() }), true],
    ['the nil uuid', (r) => ({ ...r, deviceId: '00000000-0000-0000-0000-000000000000' }), true],
    ['a time without milliseconds', (r) => ({ ...r, time: '2026-03-01T08:00:00Z' }), true],
    ['a time on 29 February of a common year', (r) => ({ ...r, time: '2026-02-29T08:00:00.000Z' }), false],
    ['a time with an offset', (r) => ({ ...r, time: '2026-03-01T08:00:00.000+08:00' }), false],
    ['a URL with a space zod would trim', (r) => ({ ...r, url: ' https://a.cn/' }), true],
    ['a URL with a tab zod would strip', (r) => ({ ...r, url: 'https://a.cn/\tx' }), true],
    ['a URL with Chinese in it', (r) => ({ ...r, url: 'https://a.cn/中文' }), true],
    ['a URL that does not parse', (r) => ({ ...r, url: 'not a url' }), false],
    ['a title one character too long', (r) => ({ ...r, title: 'x'.repeat(1001) }), false],
    ['an uppercase hash', (r) => ({ ...r, hash: 'A'.repeat(64) }), false],
    ['seq 0', (r) => ({ ...r, seq: 0 }), false],
    ['seq past 2^53', (r) => ({ ...r, seq: 2 ** 53 }), false],
    ['overridden 2', (r) => ({ ...r, overridden: 2 }), false],
    ['an override reason under 10 characters', (r) => ({ ...r, overrides: [{ ruleIds: ['a'], reason: '太短' }] }), false],
    ['an override without rules', (r) => ({ ...r, overrides: [{ ruleIds: [], reason: '足够长的理由，十个字以上' }] }), false],
    ['an unknown category', (r) => ({ ...r, categories: ['weather'] }), false],
    ['a coverage string past 40 characters', (r) => ({ ...r, approvalCoverage: 'v'.repeat(41) }), false],
    [
      'an own __proto__ in the coverage object (zod drops it)',
      (r) => ({ ...r, approvalCoverage: JSON.parse('{"__proto__":{"kind":"verified"}}') }),
      true,
    ],
  ])('leaves %s to zod', async (_what, change, zodAccepts) => {
    const [, r] = await records();
    const value = change(r);
    expect(acceptedRecord(value)).toBeNull();
    expect(streamedRecordSchema.safeParse(value).success).toBe(zodAccepts);
  });

  /** Values at and around every bound the schema has, and near-misses of every format. */
  const VALUES: unknown[] = [
    null,
    true,
    false,
    0,
    -0,
    1,
    2,
    -1,
    1.5,
    2 ** 53,
    2 ** 53 - 1,
    '',
    ' ',
    'x',
    [],
    [1],
    ['map'],
    ['weather'],
    {},
    ...[9, 10, 40, 41, 50, 51, 60, 61, 100, 101, 200, 201, 1000, 1001, 2000, 2001].map((n) => '字'.repeat(n)),
    'a'.repeat(64),
    'A'.repeat(64),
    'g'.repeat(64),
    'a'.repeat(63),
    'a'.repeat(65),
    ...['0', '1', '4', '8', '9', 'a'].map((v) => `6f1c2f4e-8a4b-${v}c4e-9d35-2d6f0e7b1a11`),
    ...['7', '8', 'b', 'c', 'B'].map((v) => `6f1c2f4e-8a4b-4c4e-${v}d35-2d6f0e7b1a11`),
    '6F1C2F4E-8A4B-4C4E-9D35-2D6F0E7B1A11',
    '6f1c2f4e8a4b4c4e9d352d6f0e7b1a11',
    '00000000-0000-0000-0000-000000000000',
    '2026-01-01',
    '2026-1-01',
    '2026-13-01',
    '１２３４-01-01',
    '2026-01-01T00:00:00.000Z',
    '2024-02-29T23:59:59.999Z',
    '2023-02-29T00:00:00.000Z',
    '2026-04-31T00:00:00.000Z',
    '2026-01-01T24:00:00.000Z',
    '2026-01-01T23:60:00.000Z',
    '2026-01-01T23:59:60.000Z',
    '2026-01-01T00:00:00Z',
    '2026-01-01T00:00:00.0000Z',
    '2026-01-01t00:00:00.000z',
    '2026-01-01T00:00:00.000+08:00',
    '2026-01-01 00:00:00.000Z',
    '+2026-01-01T00:00:00.000Z',
    'https://a.cn/',
    'https://a.cn/ x',
    'http:a',
    'https://',
    'mailto:a@b.cn',
    'https://a.cn/é',
    '\u00a0https://a.cn/',
    'https://a.cn/\u007f',
    `https://a.cn/${'x'.repeat(4100)}`,
    'general',
    'major',
    'important',
    'original',
    'repost',
    'unread',
    'valid',
    'missing',
    'attempted',
    'confirmed',
    'hash',
    'full',
    'unmasked',
    'map',
    'block',
    'verified',
    'self',
    'declared',
    'editor-review',
    'principal-leader',
    { kind: 'x' },
    { kind: 1 },
    { status: 'x'.repeat(41) },
    { mode: 'hash', text: null },
    { mode: 'full', text: 't', masks: [{ ruleId: 'r', start: 0, end: 1 }] },
    { mode: 'full', text: 't', masks: [{ ruleId: 'r', start: -1, end: 1 }] },
    { token: null, status: 'valid', tier: null, reviewer: null },
    { ruleId: 'r', category: 'map', severity: 'warn' },
    { ruleIds: ['r'], reason: '十个字以上的理由文字' },
  ];

  /** Every path in a value (objects' keys, arrays' items), outermost first. */
  function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (!value || typeof value !== 'object') return [];
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return keys.flatMap((k) => [[...at, k], ...paths((value as Record<string | number, unknown>)[k], [...at, k])]);
  }
  function replaced(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
    if (!path.length) return next;
    const [k, ...rest] = path;
    const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) };
    (copy as Record<string | number, unknown>)[k] = replaced((value as Record<string | number, unknown>)[k], rest, next);
    return copy;
  }

  it('never accepts what zod rejects or would change: every field of every record set to every value above', async () => {
    let accepted = 0;
    let rejected = 0;
    for (const r of await records())
      for (const path of paths(r))
        for (const v of VALUES) {
          const value = replaced(r, path, v);
          if (expectZodAgrees(value)) accepted++;
          else rejected++;
        }
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(10_000);
  });

  it('never accepts what zod rejects or would change: keys added and removed anywhere (seeded)', async () => {
    const base = await records();
    const random = prng(20261207);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const mutate = (value: unknown): unknown => {
      const all = [[], ...paths(value)].filter((p) => {
        const at = p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
        return at && typeof at === 'object';
      });
      const path = pick(all);
      const target = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
      if (Array.isArray(target)) {
        const copy = [...(target as unknown[])];
        if (random() < 0.5 || !copy.length) copy.push(pick(VALUES));
        else copy.splice(Math.floor(random() * copy.length), 1);
        return replaced(value, path, copy);
      }
      const copy = { ...(target as Record<string, unknown>) };
      const keys = Object.keys(copy);
      if (random() < 0.5 && keys.length) delete copy[pick(keys)];
      else
        copy[pick(['extra', 'kind', 'status', 'migratedFrom', 'approvalCoverage', 'masks', 'coverage', 'declaredAt', 'type'])] =
          pick(VALUES);
      return replaced(value, path, copy);
    };
    let accepted = 0;
    for (let i = 0; i < 4000; i++) {
      let value: unknown = pick(base);
      for (let n = 1 + Math.floor(random() * 2); n > 0; n--) value = mutate(value);
      if (expectZodAgrees(value)) accepted++;
    }
    expect(accepted).toBeGreaterThan(200);
  });

  it('is checked against this exact schema: a change to the record schema must be mirrored in record-check.ts', () => {
    const json = JSON.stringify(z.toJSONSchema(streamedRecordSchema, { unrepresentable: 'any' }));
    // If this fails, update acceptedRecord (lib/log/record-check.ts) to the new schema, then this digest.
    expect(createHash('sha256').update(json).digest('hex')).toBe('caa780ed554bd9d757a1ae6b59acf77b5eeda0050fd7457660787bb0ec3cba86');
  });
});
