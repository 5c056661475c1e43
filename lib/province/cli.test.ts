import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLog, UsageError } from '../cli/log';
import { deviceChain, exportText } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'province-cli-'));
const D1 = '55555555-5555-4555-8555-555555555555';
const D2 = '66666666-6666-4666-8666-666666666666';
const header = {
  exportedAt: '2026-03-10T08:00:00.000Z',
  unit: { name: '大理州人民政府办公室', hierarchy: { province: '云南省', prefecture: '大理白族自治州', county: '大理市' } },
  accounts: [{ platform: 'wechat', name: '大理发布' }],
};

async function folder(): Promise<string> {
  const exports = join(dir, 'exports');
  mkdirSync(join(exports, 'sub'), { recursive: true });
  const a = await deviceChain(
    D1,
    ['2026-03-02', '2026-03-03', '2026-03-05'].map((day, i) => ({ day, platform: 'wechat', account: '大理发布', original: i === 0 })),
  );
  const b = await deviceChain(
    D2,
    ['2026-03-02', '2026-03-04'].map((day) => ({ day, platform: 'weibo', account: '洱海保护', original: true })),
    50,
  );
  writeFileSync(join(exports, 'a.jsonl'), exportText(a.records, [a.head], header));
  writeFileSync(
    join(exports, 'sub', 'b.jsonl'),
    exportText(
      b.records.map((r, i) => (i === 1 ? { ...r, account: '改' } : r)),
      [b.head],
    ),
  );
  writeFileSync(join(exports, 'notes.txt'), 'not an export');
  return exports;
}

// Each run opens DuckDB: seconds on a busy 2-core machine.
describe('log ingest / report --db / sql', { timeout: 30_000 }, () => {
  it('ingests a folder, reports in three formats, and says what failed', async () => {
    const exports = await folder();
    const db = join(dir, 'p.duckdb');
    const first = await runLog(['ingest', exports, '--db', db], 'zh', '2026-03-10');
    // A chain failed verification: exit 1, and the device named.
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('已导入 2 个文件：读取 5 条记录，新增 5 条，重复 0 条。');
    expect(first.stdout).toContain('记录链：1 台设备通过校验，1 台未通过（其记录已单独存放）。');
    expect(first.stdout).toContain(`设备 ${D2}：content no longer matches its hash`);
    const again = await runLog(['ingest', exports, '--db', db], 'zh', '2026-03-10');
    expect(again.stdout.split('\n')[0]).toBe('已导入 2 个文件：读取 5 条记录，新增 0 条，重复 5 条。');

    const html = await runLog(['report', '--db', db, '--today', '2026-03-10'], 'zh', '2026-03-10');
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('大理白族自治州');
    // Nothing loaded from elsewhere (the SVG namespace URI is a name, not a request).
    expect(html.stdout).not.toMatch(/<script src|<link|<img|(?:src|href)=["']?https?:|url\(/);
    const csv = join(dir, 'r.csv');
    expect(await runLog(['report', '--db', db, '--format', 'csv', '--out', csv, '--today', '2026-03-10'])).toEqual({
      code: 0,
      stdout: `已写出报告：${csv}\n`,
    });
    const rows = readFileSync(csv, 'utf8').split('\r\n');
    expect(rows[0].startsWith('\uFEFF州（市）,县（市、区）,部门,填报单位,平台,账号,发布,原创')).toBe(true);
    // Only the verified chain's account. Working days without a post: 03-04, 03-06 and 03-09 (the weekend
    // between does not count, so 03-06 and 03-09 are one run of 2); today is not over.
    expect(rows.slice(1, -1)).toHaveLength(1);
    expect(rows[1]).toMatch(
      /^大理白族自治州,大理市,,大理州人民政府办公室,微信公众平台,大理发布,3,1,2026-03-02,2026-03-05,3,2,2026-03-02,8,0,/,
    );
    const md = await runLog(['report', '--db', db, '--format', 'md', '--today', '2026-03-10'], 'en', '2026-03-10');
    expect(md.stdout).toContain('# Province summary of government new-media posting');
    expect(md.stdout).toContain(D2);
  });

  it('prints the schema and queries for PostgreSQL', async () => {
    const { stdout } = await runLog(['sql', '--today', '2026-03-10']);
    expect(stdout).toContain('create table if not exists log_records (id varchar, device_id varchar, seq bigint');
    expect(stdout).toContain('-- workdayGaps\n');
    expect(stdout).toContain("cast('2026-03-10' as date)");
  });

  it('refuses bad usage with one clear line', async () => {
    const db = join(dir, 'none.duckdb');
    const cases: [string[], string][] = [
      [['report', '--db', db], '数据库'],
      [['report', '--db', join(dir, 'p.duckdb'), '--format', 'pdf'], '--format 只能是 html、csv 或 md'],
      [['report', '--db', db, '--today', '2026-13-45'], '--today 应为日期'],
      [['ingest', join(dir, 'missing')], '请用 --db 指定数据库文件'],
      [['ingest', join(dir, 'missing'), '--db', db], '文件不存在'],
      [['ingest', dir, '--db', db, '--frob'], '未知选项：--frob'],
      [['sql', 'x.jsonl'], '全省汇总'],
    ];
    for (const [args, message] of cases) {
      const error = await runLog(args).catch((e: unknown) => e);
      expect(error, args.join(' ')).toBeInstanceOf(UsageError);
      expect((error as Error).message, args.join(' ')).toContain(message);
    }
  });
});
