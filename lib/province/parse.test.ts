import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDigester } from '../cli/node-digest';
import { useDigester } from '../log/digest';
import type { PublicationRecord } from '../log/record';
import { HEAD_TYPE } from '../log/transfer';
import { buildRecord } from '../log/chain';
import { deviceChain, exportText } from './fixture';
import { NotUtf8Error, decodeLines } from './lines';
import { csvLines, parseBatch, parseBlockToFiles, type CsvFiles } from './parse';

const dir = mkdtempSync(join(tmpdir(), 'parse-'));
let n = 0;
const D1 = '11111111-1111-4111-8111-111111111111';
const D2 = '22222222-2222-4222-8222-222222222222';

beforeAll(() => useDigester(nodeDigester));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The hot path's files and summary, and the plain path's (parseBatch, csvLines) for the same block. */
async function bothWays(text: string, first = 1) {
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const files: CsvFiles = { rows: join(dir, `r${n}.csv`), findings: join(dir, `f${n}.csv`), overrides: join(dir, `o${n++}.csv`) };
  const fast = await parseBlockToFiles(bytes, first, files);
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const plain = await parseBatch(decodeLines(bytes, first), first);
  return {
    fast: { ...fast, rows: read(files.rows), findings: read(files.findings), overrides: read(files.overrides) },
    plain: {
      heads: plain.heads,
      headers: plain.headers,
      problems: plain.problems,
      lines: plain.lines,
      records: plain.rows.length,
      rows: csvLines(plain.rows),
      findings: csvLines(plain.findings),
      overrides: csvLines(plain.overrides),
    },
  };
}

/** A record line written another way than the log writes it (keys unsorted, a \u escape): hashed the general way. */
const unsorted = (r: PublicationRecord) => JSON.stringify(Object.fromEntries(Object.entries(r).reverse()));

describe('the ingest hot path writes what the plain path writes', () => {
  it('byte for byte: odd text, both hash paths, tampered and foreign-looking records, heads, headers and problems', async () => {
    const a = await deviceChain(D1, [
      { day: '2026-01-05', platform: 'wechat', account: '昆明发布', original: true },
      {
        day: '2026-01-06',
        platform: 'wechat',
        account: '昆明"发布",二号',
        major: true,
        approval: { token: null, status: 'missing', tier: 'major', reviewer: '李"四' },
        findings: [
          { ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' },
          { ruleId: 'rule,"quoted"', category: 'map', severity: 'warn' },
        ],
        overrides: [{ ruleIds: ['no-unmasked-mobile', 'rule,"quoted"'], reason: '理由含"引号"，逗号,\n和换行\\N' }],
      },
      { day: '2026-01-07', platform: 'douyin', account: '\\N', practice: true },
      { day: '2026-01-08', platform: 'weibo', account: '盘龙区政府' },
      { day: '2026-01-09', platform: 'weibo', account: '盘龙区政府' },
      { day: '2026-01-10', platform: 'weibo', account: '盘龙区政府' },
    ]);
    const b = await deviceChain(D2, [{ day: '2026-01-05', platform: 'weibo', account: '五华区政府', original: true }], 100);
    const [r1, r2, r3, r4, r5, r6] = a.records;
    const upper = await buildRecord(
      {
        platform: 'weibo',
        url: 'https://weibo.com/1',
        title: '大写编号',
        contentHash: 'c'.repeat(64),
        requiredApproval: 'general',
        findings: [],
        overrides: [],
      },
      {
        id: 'ABCDEF12-3456-4789-ABCD-EF0123456789',
        deviceId: D2,
        now: new Date('2026-01-06T02:00:00Z'),
        snapshotMode: 'hash',
        account: '',
        prev: { seq: 1, hash: b.records[0].hash },
      },
    );
    const header = { exportedAt: '2026-01-14T08:00:00.000Z', unit: { name: '昆明市人民政府办公室' }, accounts: [] };
    const lines = [
      // A BOM before the first line and CRLF endings, as a Windows editor saves a file.
      `\uFEFF${exportText([], [], header).trimEnd()}\r`,
      `${JSON.stringify(r1)}\r`,
      JSON.stringify(r2),
      '',
      JSON.stringify({ ...r3, title: '标题,含"引号"\n换行\\N' }), // changed after hashing: not intact
      unsorted(r4), // intact, hashed the general way
      JSON.stringify(r5).replace('"platform":"weibo"', '"platform":"\\u0077eibo"'), // a \u escape: the general way
      JSON.stringify(upper), // zod's to accept (an uppercase id), hashed from its bytes: intact
      JSON.stringify({ ...r6, seq: 99 }), // changed after hashing: not intact
      JSON.stringify({ ...b.records[0], approvalCoverage: { kind: 'declared', by: '王五' } }), // a field added after hashing: not intact
      'not json',
      '{"v":2,"id":"x"}',
      '[1,2]',
      JSON.stringify({ type: 'future-kind', x: 1 }),
      JSON.stringify({ type: HEAD_TYPE, ...a.head }),
      JSON.stringify({ type: HEAD_TYPE, deviceId: 'nope' }),
      '   ',
    ];
    const { fast, plain } = await bothWays(lines.join('\n'), 41);
    expect(fast).toEqual(plain);
    // The cases above are what they say they are.
    expect(fast.records).toBe(8);
    expect(fast.lines).toBe(lines.length);
    expect(fast.headers).toHaveLength(1);
    expect(fast.heads).toHaveLength(1);
    expect(fast.problems.map(([line]) => line)).toEqual([51, 52, 53, 56]);
    const intact = fast.rows
      .trimEnd()
      .split(/\n(?="[0-9A-F]{8}-)/i)
      .map((row) => row.split(',')[5]);
    expect(intact).toEqual(['true', 'true', 'false', 'true', 'true', 'true', 'false', 'false']);
    expect(fast.rows).toContain('"昆明""发布"",二号"');
    expect(fast.findings).toContain('"rule,""quoted"""');
    expect(fast.overrides).toContain('"理由含""引号""，逗号,\n和换行\\N"');
  });

  it('names the line that is not UTF-8, as reading a block did', async () => {
    const good = Buffer.from('{"a":1}\n{"b":"中"}\n', 'utf8');
    const bytes = new Uint8Array(Buffer.concat([good, Buffer.from([0x7b, 0xff, 0x7d])]));
    const files: CsvFiles = { rows: join(dir, 'x.csv'), findings: join(dir, 'y.csv'), overrides: join(dir, 'z.csv') };
    const error = await parseBlockToFiles(bytes, 7, files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotUtf8Error);
    expect((error as NotUtf8Error).line).toBe(9);
  });
});
