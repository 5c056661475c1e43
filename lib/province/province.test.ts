import type { ChainHead } from '../log/record';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodeDigester } from '../cli/node-digest';
import { calendar, dailyByAccount } from '../log/cadence';
import { useDigester } from '../log/digest';
import { deviceChain, exportText, type Post } from './fixture';
import { FileReadError, ingestFiles, openProvince, type ProvinceDb } from './ingest';
import { signOffOf } from './parse';
import { provinceReport } from './report';

const dir = mkdtempSync(join(tmpdir(), 'province-'));
const D1 = '11111111-1111-4111-8111-111111111111';
const D2 = '22222222-2222-4222-8222-222222222222';
const D3 = '33333333-3333-4333-8333-333333333333';
let opened: ProvinceDb[] = [];
let seq = 0;

beforeAll(() => useDigester(nodeDigester));
afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

async function freshDb(): Promise<ProvinceDb> {
  const db = await openProvince(join(dir, `p${seq++}.duckdb`));
  opened.push(db);
  return db;
}

/** Runs `fn` with TMPDIR (where ingest makes its scratch folders) pointing at a new folder of its own. */
async function withScratchTmp(fn: (scratch: string) => Promise<void>): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'province-scratch-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    await fn(scratch);
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, name };
};

const header = {
  exportedAt: '2026-01-14T08:00:00.000Z',
  unit: { name: '昆明市人民政府办公室', hierarchy: { province: '云南省', prefecture: '昆明市' } },
  accounts: [
    { platform: 'wechat', name: '昆明发布', hierarchy: { county: '五华区' } },
    { platform: 'douyin', name: '春城应急', hierarchy: { county: '盘龙区', department: '应急管理局' } },
  ],
};

const W = (day: string, extra: Partial<Post> = {}): Post => ({ day, platform: 'wechat', account: '昆明发布', ...extra });
// Across the 2025/2026 year end: 元旦 2026-01-01…03 off, Sunday 2026-01-04 an adjusted working day.
const kunming: Post[] = [
  W('2025-12-29', {
    original: true,
    findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
    overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开值班电话，已核实' }],
  }),
  W('2025-12-30', { major: true }),
  W('2025-12-31', { practice: true, original: true }),
  W('2026-01-05', { major: true, approval: { token: null, status: 'missing', tier: 'major', reviewer: '李四' } }),
  W('2026-01-12', { major: true, approval: { token: 'eyJ.x.y', status: 'valid', tier: 'major', reviewer: '王五' } }),
  W('2026-01-13', { original: true, findings: [{ ruleId: 'no-untraceable-repost', category: 'source', severity: 'warn' }] }),
];
const C = (day: string, extra: Partial<Post> = {}): Post => ({ day, platform: 'douyin', account: '春城应急', ...extra });
const chuncheng: Post[] = [C('2025-12-01', { original: true }), C('2026-01-13')];
const B = (day: string): Post => ({ day, platform: 'weibo', account: '盘龙区政府', original: true });

async function exports() {
  const a = await deviceChain(D1, kunming, 1);
  const b = await deviceChain(D2, chuncheng, 100);
  const c = await deviceChain(D3, [B('2026-01-05'), B('2026-01-06'), B('2026-01-07')], 200);
  return { a, b, c };
}

// Each test opens DuckDB and ingests files: seconds on a busy 2-core machine.
describe('province database', { timeout: 30_000 }, () => {
  it('ingests idempotently: the same file again, or under another name, adds nothing', async () => {
    const { a, b } = await exports();
    const file = write('kunming.jsonl', exportText([...a.records, ...b.records].reverse(), [a.head, b.head], header));
    const db = await freshDb();
    const first = await ingestFiles(db, [file]);
    expect(first.files[0]).toMatchObject({ records: 8, added: 8, duplicates: 0, conflicts: 0, problems: 0 });
    expect(first.report.ok).toBe(true);
    const count = async (sql: string) => Number((await db.conn.runAndReadAll(sql)).getRowsJS()[0][0]);
    const again = await ingestFiles(db, [file, write('copy.jsonl', readFileSync(file.path, 'utf8'))]);
    expect(again.files.map((f) => [f.added, f.duplicates])).toEqual([
      [0, 8],
      [0, 8],
    ]);
    expect(await count('select count(*) from log_records')).toBe(8);
    expect(await count('select count(*) from records')).toBe(8);
    expect(await count('select count(*) from findings')).toBe(2);
    expect(await count('select count(*) from overrides')).toBe(1);
    expect(await count('select count(distinct file_sha256) from ingests')).toBe(1);
    // Each record names the file it came from.
    expect(await count('select count(*) from log_records r join ingests i on i.file_sha256 = r.file_sha256 and i.added = 8')).toBe(8);
    expect(await count('select count(*) from ingests')).toBe(3);
    // What each file held per device, and the device's verdict after that run.
    const perFile = (
      await db.conn.runAndReadAll(
        'select device_id, records, first_seq, last_seq, head_seq, verdict from file_devices where file_sha256 = (select min(file_sha256) from ingests) order by device_id, verdict',
      )
    ).getRowsJS();
    expect(perFile[0]).toEqual([D1, 6n, 1n, 6n, 6n, 'verified']);
  });

  it('quarantines a tampered chain with its problem and keeps it out of the records', async () => {
    const { a, c } = await exports();
    const tampered = c.records.map((r, i) => (i === 1 ? { ...r, title: '改过的标题' } : r));
    const db = await freshDb();
    const s = await ingestFiles(db, [
      write('a.jsonl', exportText(a.records, [a.head], header)),
      write('tampered.jsonl', exportText(tampered, [c.head])),
    ]);
    expect(s.report.ok).toBe(false);
    expect(s.report.firstProblem).toMatchObject({ kind: 'altered', deviceId: D3, seq: 2, id: c.records[1].id });
    const view = (sql: string) => db.conn.runAndReadAll(sql).then((r) => r.getRowsJS());
    expect(await view('select distinct device_id from records')).toEqual([[D1]]);
    expect(await view("select count(*), min(problem_kind), min(problem_seq) from quarantined where device_id = '" + D3 + "'")).toEqual([
      [3n, 'altered', 2n],
    ]);
    const report = await provinceReport(db.conn, '2026-01-14');
    expect(report.accounts.map((x) => x.account)).toEqual(['昆明发布']);
    expect(report.failedDevices).toEqual([
      {
        deviceId: D3,
        status: 'failed',
        kind: 'altered',
        seq: 2,
        id: c.records[1].id,
        detail: 'content no longer matches its hash',
        records: 3,
        accounts: 'weibo/盘龙区政府',
      },
    ]);
    // The missing piece of a chain supplied later: verified again, out of quarantine.
    const db2 = await freshDb();
    const gap = await ingestFiles(db2, [write('gap.jsonl', exportText([c.records[0], c.records[2]], [c.head]))]);
    expect(gap.report.firstProblem).toMatchObject({ kind: 'removed', missing: { from: 2, to: 2 } });
    const filled = await ingestFiles(db2, [write('rest.jsonl', exportText([c.records[1]], [c.head]))]);
    expect(filled.report.ok).toBe(true);
    expect((await db2.conn.runAndReadAll('select count(*) from records')).getRowsJS()).toEqual([[3n]]);
  });

  it('counts findings and overrides of verified chains only, each row carrying the account, day and device', async () => {
    const { a } = await exports();
    const flagged = (day: string): Post => ({
      ...B(day),
      findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
      overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '上级通报原文照录，已向上级核实' }],
    });
    const c = await deviceChain(D3, [flagged('2026-01-05'), flagged('2026-01-06')], 200);
    const tampered = c.records.map((r, i) => (i === 1 ? { ...r, title: '改过的标题' } : r));
    const db = await freshDb();
    await ingestFiles(db, [write('a.jsonl', exportText(a.records, [a.head], header)), write('c.jsonl', exportText(tampered, [c.head]))]);
    const view = (sql: string) => db.conn.runAndReadAll(sql).then((r) => r.getRowsJS());
    expect(
      await view(
        `select device_id, platform, account, cast(day as varchar), month, practice from findings where record_id = '${a.records[0].id}'`,
      ),
    ).toEqual([[D1, 'wechat', '昆明发布', '2025-12-29', '2025-12', false]]);
    expect(
      await view(`select device_id, account, cast(day as varchar), reason from overrides where device_id = '${D3}' order by day`),
    ).toEqual([
      [D3, '盘龙区政府', '2026-01-05', '上级通报原文照录，已向上级核实'],
      [D3, '盘龙区政府', '2026-01-06', '上级通报原文照录，已向上级核实'],
    ]);
    const report = await provinceReport(db.conn, '2026-01-14');
    expect(report.overridesByRule).toEqual([{ ruleId: 'no-unmasked-mobile', overrides: 1, accounts: 1 }]);
    expect(report.overrideReasons.map((r) => r.account)).toEqual(['昆明发布']);
    expect(report.findingsByMonth).toEqual([
      { month: '2025-12', category: 'personal-data', findings: 1 },
      { month: '2026-01', category: 'source', findings: 1 },
    ]);
  });

  it('upgrades a database written before findings and overrides carried their record, losing nothing', async () => {
    const { a, b } = await exports();
    const path = join(dir, `old${seq++}.duckdb`);
    let db = await openProvince(path);
    await ingestFiles(db, [write('old.jsonl', exportText([...a.records, ...b.records], [a.head, b.head], header))]);
    const before = await provinceReport(db.conn, '2026-01-14');
    // The tables as the previous version created them.
    for (const [table, columns] of [
      ['findings', 'record_id, category, rule_id, severity'],
      ['overrides', 'record_id, rule_id, reason'],
    ]) {
      await db.conn.run(`drop view if exists record_${table}`);
      await db.conn.run(`create table ${table}_old as select ${columns} from ${table}`);
      await db.conn.run(`drop table ${table}`);
      await db.conn.run(`alter table ${table}_old rename to ${table}`);
    }
    db.close();
    db = await openProvince(path);
    opened.push(db);
    const rows = (sql: string) => db.conn.runAndReadAll(sql).then((r) => r.getRowsJS());
    expect(await rows('select count(*) from findings where device_id is null or day is null')).toEqual([[0n]]);
    expect(await rows(`select account, month, practice from overrides`)).toEqual([['昆明发布', '2025-12', false]]);
    expect(await provinceReport(db.conn, '2026-01-14')).toEqual(before);
  });

  it('reports figures a person can check by hand (holidays, adjusted working days, 14-day windows across the year end)', async () => {
    const { a, b } = await exports();
    const db = await freshDb();
    await ingestFiles(db, [
      write('a.jsonl', exportText(a.records, [a.head], header)),
      write('b.jsonl', exportText(b.records, [b.head], header)),
    ]);
    const report = await provinceReport(db.conn, '2026-01-14');
    const kunmingRow = report.accounts.find((x) => x.account === '昆明发布')!;
    const chunchengRow = report.accounts.find((x) => x.account === '春城应急')!;
    // 12-31 (the practice post does not count), 01-04 (adjusted working day), 01-06…01-09; 01-01…03 are 元旦, today is not over.
    expect(kunmingRow).toMatchObject({
      province: '云南省',
      prefecture: '昆明市',
      county: '五华区',
      posts: 5,
      originals: 2,
      firstDay: '2025-12-29',
      lastPost: '2026-01-13',
      lastOriginal: '2026-01-13',
      missedWorkdays: 6,
      longestWorkdayGap: { from: '2026-01-06', to: '2026-01-09', days: 4 },
      // 2025-12-30 … 2026-01-12: 14 days without an original, across the year end.
      originalGaps: 1,
      longestOriginalGap: { from: '2025-12-30', to: '2026-01-12', days: 14 },
      daysSinceOriginal: 1,
      originalOverdue: false,
      major: 3,
      majorUnverified: 2,
      majorDeclared: 1,
      overridden: 1,
    });
    // December 2025 has 23 working days (12-01 posted), January 2026 before the 13th has 7 (01-04 included).
    expect(chunchengRow).toMatchObject({
      department: '应急管理局',
      county: '盘龙区',
      missedWorkdays: 29,
      longestWorkdayGap: { from: '2025-12-02', to: '2026-01-12', days: 29 },
      originalGaps: 1,
      longestOriginalGap: { from: '2025-12-02', to: '2026-01-14', days: 44 },
      daysSinceOriginal: 44,
      originalOverdue: true,
    });
    // The same counts as the dashboard's calendar, computed in memory.
    const [acc] = dailyByAccount(a.records);
    expect(calendar(acc, acc.firstDay!, '2026-01-14', '2026-01-14').filter((d) => d.missed).length).toBe(6);
    expect(
      report.prefectures.map((p) => [p.name, p.accounts, p.accountsMissing, p.originalOverdue, p.counties.map((c) => c.name)]),
    ).toEqual([['昆明市', 2, 2, 1, ['盘龙区', '五华区']]]);
    expect(report.overridesByRule).toEqual([{ ruleId: 'no-unmasked-mobile', overrides: 1, accounts: 1 }]);
    expect(report.overrideReasons).toEqual([
      {
        platform: 'wechat',
        account: '昆明发布',
        ruleId: 'no-unmasked-mobile',
        reason: '该号码为单位公开值班电话，已核实',
        times: 1,
        lastDay: '2025-12-29',
      },
    ]);
    expect(report.findingsByMonth).toEqual([
      { month: '2025-12', category: 'personal-data', findings: 1 },
      { month: '2026-01', category: 'source', findings: 1 },
    ]);
    expect(report.totals).toMatchObject({ records: 8, quarantined: 0, devices: 2, failedDevices: 0, accounts: 2 });
  });

  it('reads the sign-off coverage field of later records when present', async () => {
    const base = (await deviceChain(D1, [W('2026-01-05', { major: true })])).records[0];
    const table: [Record<string, unknown>, string][] = [
      [{}, 'none'],
      [{ approvalStatus: 'valid' }, 'verified'],
      [{ approval: { token: null, status: 'missing', tier: 'major', reviewer: '李四' } }, 'declared'],
      [{ approvalCoverage: 'declared' }, 'declared'],
      [{ approvalCoverage: { kind: 'verified' } }, 'verified'],
      [{ approvalCoverage: 'none', approvalStatus: 'valid' }, 'none'],
    ];
    for (const [change, expected] of table) expect(signOffOf({ ...base, ...change }), JSON.stringify(change)).toBe(expected);
  });

  it('reports a line that is not a record, and loses nothing else of the file', async () => {
    const { a } = await exports();
    const text = exportText(a.records, [a.head]).split('\n');
    text.splice(2, 0, '{"broken":');
    const db = await freshDb();
    const s = await ingestFiles(db, [write('broken.jsonl', text.join('\n'))]);
    expect(s.problems).toEqual([{ file: 'broken.jsonl', line: 3, reason: 'not JSON' }]);
    expect(s.files[0]).toMatchObject({ records: 6, added: 6 });
    expect(s.report.ok).toBe(true);
  });

  it('parses the next file while storing one: a file that cannot be read stops there, with the files before it stored and no scratch left', async () => {
    const { a, b } = await exports();
    await withScratchTmp(async (scratch) => {
      for (const [name, paths] of [
        [
          'last',
          [
            write('one.jsonl', exportText(a.records, [a.head])),
            write('two.jsonl', exportText(b.records, [b.head])),
            { path: join(dir, 'gone.jsonl'), name: 'gone.jsonl' },
          ],
        ],
        [
          'middle',
          [
            write('one.jsonl', exportText(a.records, [a.head])),
            { path: join(dir, 'gone.jsonl'), name: 'gone.jsonl' },
            write('two.jsonl', exportText(b.records, [b.head])),
          ],
        ],
      ] as const) {
        const db = await freshDb();
        await expect(ingestFiles(db, paths, { workers: 1 }), name).rejects.toBeInstanceOf(FileReadError);
        const stored = name === 'last' ? a.records.length + b.records.length : a.records.length;
        expect((await db.conn.runAndReadAll('select count(*) from log_records')).getRowsJS(), name).toEqual([[BigInt(stored)]]);
        expect((await db.conn.runAndReadAll('select count(*) from ingests')).getRowsJS(), name).toEqual([[name === 'last' ? 2n : 1n]]);
        expect(
          readdirSync(scratch).filter((f) => f.startsWith('govpost-ingest-')),
          name,
        ).toEqual([]);
      }
    });
  }, 60_000);

  it('stops at a file that cannot be stored: nothing of it or of the file parsed ahead is kept, and no scratch is left', async () => {
    const { a, b } = await exports();
    await withScratchTmp(async (scratch) => {
      const db = await freshDb();
      // Storing needs the heads table: without it the first file's transaction fails.
      await db.conn.run('drop table heads');
      const paths = [write('one.jsonl', exportText(a.records, [a.head])), write('two.jsonl', exportText(b.records, [b.head]))];
      await expect(ingestFiles(db, paths, { workers: 1 })).rejects.toThrow(/heads/);
      expect((await db.conn.runAndReadAll('select count(*) from log_records')).getRowsJS()).toEqual([[0n]]);
      expect((await db.conn.runAndReadAll('select count(*) from findings')).getRowsJS()).toEqual([[0n]]);
      expect((await db.conn.runAndReadAll('select count(*) from ingests')).getRowsJS()).toEqual([[0n]]);
      expect(readdirSync(scratch).filter((f) => f.startsWith('govpost-ingest-'))).toEqual([]);
    });
  }, 60_000);

  it('fills the same tables through parse workers as on the main thread', async () => {
    const { a, b, c } = await exports();
    const tampered = c.records.map((r, i) => (i === 2 ? { ...r, account: '改' } : r));
    const text = exportText([...a.records, ...b.records, ...tampered], [a.head, b.head, c.head], header).split('\n');
    text.splice(4, 0, 'not json');
    const file = write('workers.jsonl', text.join('\n'));
    const dump = async (db: ProvinceDb) => {
      const out: unknown[] = [];
      for (const table of ['log_records', 'findings', 'overrides', 'devices', 'heads', 'accounts', 'file_problems']) {
        const cols = table === 'devices' ? 'device_id, records, ok, status, problem_kind, problem_seq' : '*';
        out.push((await db.conn.runAndReadAll(`select ${cols} from ${table} order by all`)).getRowsJS());
      }
      return out;
    };
    const plain = await freshDb();
    const viaWorkers = await freshDb();
    const s1 = await ingestFiles(plain, [file], { workers: 0, now: '2026-01-14T00:00:00.000Z' });
    const s2 = await ingestFiles(viaWorkers, [file], { workers: 2, now: '2026-01-14T00:00:00.000Z' });
    expect(s2.files).toEqual(s1.files);
    expect(s2.problems).toEqual([{ file: 'workers.jsonl', line: 5, reason: 'not JSON' }]);
    expect(s2.report.firstProblem).toMatchObject({ kind: 'altered', deviceId: D3, seq: 3 });
    expect(await dump(viaWorkers)).toEqual(await dump(plain));
    // Two worker threads start tsx and zod each: seconds on a busy 2-core machine.
  }, 60_000);

  it('keeps out a different record under a known id, in the same file or a later one, and lists it', async () => {
    const { a } = await exports();
    const db = await freshDb();
    await ingestFiles(db, [write('a.jsonl', exportText(a.records, [a.head]))]);
    const other = { ...a.records[1], title: '另一条记录', hash: 'f'.repeat(64) };
    const twice = { ...a.records[2], title: '又一条', hash: 'e'.repeat(64) };
    const s = await ingestFiles(db, [write('b.jsonl', exportText([other, a.records[2], twice], []))]);
    expect(s.files[0]).toMatchObject({ records: 3, added: 0, conflicts: 2 });
    expect(s.problems.map((p) => p.reason).sort()).toEqual([
      `record ${a.records[1].id} differs from another copy with the same id`,
      `record ${a.records[2].id} differs from another copy with the same id`,
    ]);
    const stored = (await db.conn.runAndReadAll('select reason from file_problems order by reason')).getRowsJS().map((r) => r[0]);
    expect(stored).toEqual(s.problems.map((p) => p.reason).sort());
    expect((await db.conn.runAndReadAll('select count(*) from log_records')).getRowsJS()).toEqual([[BigInt(a.records.length)]]);
    expect((await db.conn.runAndReadAll(`select title from log_records where id = '${a.records[1].id}'`)).getRowsJS()).toEqual([
      [a.records[1].title],
    ]);
  });

  it('stores text as written whatever it holds: commas, quotes, line breaks, a backslash-N', async () => {
    const odd = '甲,"乙"\n丙\\N';
    const chain = await deviceChain(D1, [
      {
        day: '2026-01-05',
        platform: 'weibo',
        account: odd,
        overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '理由,"引号"\r\n\\N' }],
      },
      { day: '2026-01-06', platform: 'weibo', account: '\\N' },
    ]);
    for (const workers of [0, 1]) {
      const db = await freshDb();
      const s = await ingestFiles(db, [write(`odd-${workers}.jsonl`, exportText(chain.records, [chain.head]))], { workers });
      expect(s.report.ok).toBe(true);
      const rows = (await db.conn.runAndReadAll('select account, title, source from records order by seq')).getRowsJS();
      expect(rows).toEqual([
        [odd, `${odd} 2026-01-05`, '云南发布'],
        ['\\N', '\\N 2026-01-06', '云南发布'],
      ]);
      expect((await db.conn.runAndReadAll('select reason from overrides')).getRowsJS()).toEqual([['理由,"引号"\r\n\\N']]);
      expect((await db.conn.runAndReadAll('select count(*) from log_records where reviewer is null')).getRowsJS()).toEqual([[2n]]);
    }
  }, 60_000);

  it("hands each device's head, signature fields included, to a trust check, and quarantines a chain it rejects", async () => {
    const { a, b } = await exports();
    // A field of the test's own (a real `signature` must have the device signature's form).
    const signed = (text: string, signature: string) =>
      text.replace(/"type":"chain-head"/, `"type":"chain-head","attestation":"${signature}"`);
    // The fixture's own device signature taken off, so the check sees only the one written here.
    const bare = (h: ChainHead): ChainHead => ({ deviceId: h.deviceId, seq: h.seq, hash: h.hash, checkpoint: null });
    const seen: string[] = [];
    const trust = {
      head: (deviceId: string, head: unknown) => {
        const signature = (head as { attestation?: string }).attestation;
        seen.push(`${deviceId}:${signature}`);
        return signature === 'good' ? null : 'chain head signature does not verify';
      },
    };
    const db = await freshDb();
    const s = await ingestFiles(
      db,
      [
        write('signed-a.jsonl', signed(exportText(a.records, [bare(a.head)]), 'good')),
        write('signed-b.jsonl', signed(exportText(b.records, [bare(b.head)]), 'forged')),
      ],
      { trust },
    );
    expect(seen.sort()).toEqual([`${D1}:good`, `${D2}:forged`]);
    expect(s.report.firstProblem).toMatchObject({ deviceId: D2, kind: 'altered', detail: 'chain head signature does not verify' });
    expect((await db.conn.runAndReadAll('select distinct device_id from records')).getRowsJS()).toEqual([[D1]]);
  });
});
