import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import { checkFiles, EXCEL_CELL_MAX, importBatches, parseJsonl, toCsv, toJsonl, UTF8_BOM } from './transfer';
import type { PublicationInput } from './record';

const input: PublicationInput = {
  platform: 'weibo',
  url: 'https://weibo.com/compose',
  title: '=HYPERLINK("http://x") 关于“冬季防火”，请注意',
  contentHash: 'e'.repeat(64),
  requiredApproval: 'important',
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '单位值班电话，可以公开，\n已核实' }],
  text: '正文第一行\n第二行，含逗号',
};

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function machine(name: string, count: number) {
  const db = new LogDb(`test-transfer-${name}-${Date.now()}`);
  dbs.push(db);
  let t = Date.parse('2026-11-02T01:00:00Z');
  const publicationLog = new PublicationLog(db, () => new Date((t += 3_600_000)));
  for (let i = 0; i < count; i++) await publicationLog.append({ ...input, account: name }, { snapshotMode: 'full' });
  const { records } = await publicationLog.exportChunk(null, 1000);
  return { db, publicationLog, text: toJsonl(records, await publicationLog.heads()) };
}

describe('CSV for Excel and WPS', () => {
  it('has a BOM, Chinese headers, CRLF, quoted cells and defused formulas', async () => {
    const { publicationLog } = await machine('甲', 1);
    const { records } = await publicationLog.exportChunk(null, 10);
    const csv = toCsv(records);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.filter((r) => r.length > 1);
    expect(rows[0].slice(0, 5)).toEqual(['记录编号', '发表时间（北京时间）', '平台', '账号', '标题']);
    expect(rows[1][4]).toBe(`'${input.title}`);
    expect(rows[1][1]).toBe('2026-11-02 10:00:00');
    expect(rows[1][2]).toBe('微博');
    expect(rows[1][11]).toBe('手机号码未脱敏');
    expect(rows[1][12]).toBe('手机号码未脱敏: 单位值班电话，可以公开，\n已核实');
    expect(rows[1][17]).toBe(input.text);
  });
});

describe('a full-text snapshot longer than a spreadsheet cell', () => {
  const snapshotCell = async (text: string) => {
    const { publicationLog } = await machine('丙', 0);
    await publicationLog.append({ ...input, text }, { snapshotMode: 'full' });
    const { records } = await publicationLog.exportChunk(null, 10);
    const rows = Papa.parse<string[]>(toCsv(records).slice(1), { newline: '\r\n' }).data.filter((r) => r.length > 1);
    return { cell: rows[1][17], jsonl: toJsonl(records) };
  };

  it.each([
    ['exactly a cell', '政'.repeat(EXCEL_CELL_MAX), false],
    ['one over', '政'.repeat(EXCEL_CELL_MAX + 1), true],
    ['an emoji astride the cut', `${'政'.repeat(EXCEL_CELL_MAX - 44)}${'😀'.repeat(30000)}`, true],
    // The defusing apostrophe takes one character of the cell.
    ['formula-like, exactly a cell', `@${'政'.repeat(EXCEL_CELL_MAX - 1)}`, true],
    ['formula-like, one under', `=${'政'.repeat(EXCEL_CELL_MAX - 2)}`, false],
  ])('%s', async (_, text, cut) => {
    const { cell, jsonl } = await snapshotCell(text);
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
    expect(cell.endsWith('……（超出表格单元格上限，全文见 JSON Lines 导出）')).toBe(cut);
    if (!cut) expect(cell).toBe(/^[=@]/.test(text) ? `'${text}` : text);
    // Cut on a character boundary: no lone surrogate.
    expect(cell.isWellFormed()).toBe(true);
    // JSON Lines keeps the whole text.
    expect(JSON.parse(jsonl.trim()).snapshot.text).toBe(text);
  });
});

describe('formula-like cells', () => {
  it.each([
    ['a one-line title', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['a multi-line snapshot', '=HYPERLINK("http://x")\n第二行', '\'=HYPERLINK("http://x")\n第二行'],
    ['a mention', '@昆明发布 今日通知', "'@昆明发布 今日通知"],
    ['a minus sign', '-5℃ 寒潮预警', "'-5℃ 寒潮预警"],
    ['plain text', '今日通知 =1', '今日通知 =1'],
  ])('%s is written so no spreadsheet runs it', async (_, text, expected) => {
    const { publicationLog } = await machine('丁', 0);
    await publicationLog.append({ ...input, title: text.split('\n')[0], text }, { snapshotMode: 'full' });
    const { records } = await publicationLog.exportChunk(null, 10);
    const rows = Papa.parse<string[]>(toCsv(records).slice(1), { newline: '\r\n' }).data.filter((r) => r.length > 1);
    expect(rows[1][17]).toBe(expected);
  });
});

describe('JSON Lines import from several machines', () => {
  it('merges, dedupes by id and verifies each device; re-imports on a clean profile intact', async () => {
    const a = await machine('甲', 3);
    const b = await machine('乙', 2);
    const check = await checkFiles([
      { name: 'a.jsonl', text: a.text },
      { name: 'b.jsonl', text: b.text },
      { name: 'a-again.jsonl', text: a.text },
    ]);
    expect(check.records).toHaveLength(5);
    expect(check.duplicates).toBe(3);
    expect(check.problems).toEqual([]);
    expect(check.report).toMatchObject({ ok: true, records: 5 });
    expect(check.report.devices).toHaveLength(2);

    const clean = new LogDb(`test-transfer-clean-${Date.now()}`);
    dbs.push(clean);
    const publicationLog = new PublicationLog(clean);
    const result = await publicationLog.import(check.records, check.heads);
    expect(result).toMatchObject({ added: 5, duplicates: 0, conflicts: [], invalid: [] });
    expect((await publicationLog.import(check.records, check.heads)).duplicates).toBe(5);
    expect(await publicationLog.verify()).toMatchObject({ ok: true, records: 5 });
    // The clean profile's own chain starts fresh beside the imported ones.
    expect((await publicationLog.append(input, { snapshotMode: 'hash' })).seq).toBe(1);
    expect((await publicationLog.verify()).devices).toHaveLength(3);
  });

  it('lists problems: bad lines, a changed record, a missing line, a different record under one id', async () => {
    const a = await machine('甲', 4);
    const lines = a.text.trim().split('\n');
    const changed = JSON.parse(lines[1]);
    changed.title = '被改过的标题';
    const tampered = [lines[0], JSON.stringify(changed), lines[2], lines[3], '{not json', lines[4]].join('\n');
    const check = await checkFiles([
      { name: 'a.jsonl', text: tampered },
      { name: 'a-orig.jsonl', text: a.text },
    ]);
    expect(check.problems).toEqual([
      { file: 'a.jsonl', line: 5, reason: 'not JSON' },
      { file: 'a-orig.jsonl', line: null, reason: expect.stringContaining(changed.id) },
    ]);
    expect(check.report.firstProblem).toMatchObject({ kind: 'altered', seq: 2, id: changed.id });
    const gap = await checkFiles([{ name: 'gap.jsonl', text: [lines[0], lines[1], lines[3], lines[4]].join('\n') }]);
    expect(gap.report.firstProblem).toMatchObject({ kind: 'removed', seq: 4, missing: { from: 3, to: 3 } });
    const end = await checkFiles([{ name: 'end.jsonl', text: [lines[0], lines[1], lines[4]].join('\n') }]);
    expect(end.report.firstProblem).toMatchObject({ kind: 'removed', missing: { from: 3, to: 4 } });
    expect(parseJsonl('{"type":"chain-head","deviceId":"x"}\n{"id":1}', 'f').problems.map((p) => p.line)).toEqual([1, 2]);
  });
});

describe('import batches', () => {
  it('go in chain order, with the chain heads only in the last, so a stopped import leaves prefixes', async () => {
    const a = await machine('甲', 3);
    const b = await machine('乙', 2);
    const lines = [...a.text.trim().split('\n'), ...b.text.trim().split('\n')];
    // Records last-first and the heads first: nothing in chain order.
    const check = await checkFiles([{ name: 'ab.jsonl', text: lines.reverse().join('\n') }]);
    expect(check.heads).toHaveLength(2);
    const batches = importBatches(check, 2);
    const counts = new Map([(await a.publicationLog.heads())[0], (await b.publicationLog.heads())[0]].map((h) => [h.deviceId, h.seq]));
    const expected = [...counts.keys()].sort().flatMap((d) => Array.from({ length: counts.get(d)! }, (_, i) => `${d}:${i + 1}`));
    expect(batches.flatMap((x) => x.records.map((r) => `${r.deviceId}:${r.seq}`))).toEqual(expected);
    expect(batches.map((x) => [x.offset, x.records.length, x.heads.length])).toEqual([
      [0, 2, 0],
      [2, 2, 0],
      [4, 1, 2],
    ]);
  });

  it('send the heads even when there are no records', () => {
    const head = { deviceId: '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11', seq: 3, hash: 'b'.repeat(64), checkpoint: null };
    expect(importBatches({ records: [], heads: [head] }, 5000)).toEqual([{ records: [], heads: [head], quarantine: [], offset: 0 }]);
  });
});
