/**
 * The command line over the province database: `log ingest`, `log report --db`, `log sql`, and the
 * streaming path the single-machine `log verify` / `log report FILE...` take (a throwaway database
 * in the temp folder sorts the chains on disk, so any file size works).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { translator, type Locale } from '../i18n';
import { addPost, emptyAccount, accountKey, type AccountDays } from '../log/cadence';
import type { VerifyReport } from '../log/chain';
import { deviceKeyTrust, type ChainTrust } from '../log/stream';
import { NotUtf8Error } from './lines';
import { FileReadError, ingestFiles, openProvince, type FileProblem, type IngestSummary, type ProvinceDb } from './ingest';
import { provinceTranslator } from './messages';
import { allQueries } from './queries';
import { provinceReport } from './report';
import { renderCsv, renderHtml, renderMarkdown } from './render';
import { SCHEMA_SQL } from './schema';

/** A mistake of the caller's: exit 2 with this one line on stderr. */
export type UsageErrorFactory = (message: string) => Error;

const userPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

/** Files named, folders searched (sorted, recursively) for .jsonl and .ndjson exports. */
export function exportFiles(inputs: readonly string[], locale: Locale, usage: UsageErrorFactory): { path: string; name: string }[] {
  const tr = translator(locale);
  const p = provinceTranslator(locale);
  const out: { path: string; name: string }[] = [];
  const walk = (dir: string, shown: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name), join(shown, e.name));
      else if (/\.(jsonl|ndjson)$/i.test(e.name)) out.push({ path: join(dir, e.name), name: join(shown, e.name) });
    }
  };
  for (const input of inputs) {
    const path = userPath(input);
    if (!existsSync(path)) throw usage(tr('cli.error.missingFile', { file: input }));
    if (statSync(path).isDirectory()) {
      const before = out.length;
      walk(path, input);
      if (out.length === before) throw usage(p('error.noJsonl', { file: input }));
    } else out.push({ path, name: input });
  }
  return out;
}

async function ingestOrExplain(
  db: ProvinceDb,
  files: { path: string; name: string }[],
  locale: Locale,
  usage: UsageErrorFactory,
  trust?: ChainTrust,
): Promise<IngestSummary> {
  try {
    return await ingestFiles(db, files, { trust });
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    if (e.cause instanceof NotUtf8Error) throw usage(provinceTranslator(locale)('error.lineNotUtf8', { file: e.file, line: e.cause.line }));
    const code = (e.cause as NodeJS.ErrnoException).code;
    throw usage(translator(locale)('cli.error.unreadable', { file: e.file, reason: code ?? String(e.cause) }));
  }
}

/**
 * Verifies exports without keeping them (`log verify`, `log report FILE...`): loaded into a
 * database in the temp folder, walked per device in chain order, and the database removed.
 * `withDb` reads what else it needs (the cadence) before the database goes.
 */
export async function checkStreaming<T>(
  inputs: readonly string[],
  locale: Locale,
  usage: UsageErrorFactory,
  withDb: (db: ProvinceDb) => Promise<T>,
  // Every chain's head must carry its device's signature (a chain can only be extended by its device).
  trust: ChainTrust = deviceKeyTrust(),
): Promise<{ report: VerifyReport; problems: FileProblem[]; problemCount: number; result: T }> {
  const files = exportFiles(inputs, locale, usage);
  const dir = mkdtempSync(join(tmpdir(), 'govpost-verify-'));
  // A small cache: the throwaway database spills to disk, so verifying a 5 GB file needs no more memory than a small one.
  const db = await openProvince(join(dir, 'check.duckdb'), { memoryLimit: '256MB' });
  try {
    const summary = await ingestOrExplain(db, files, locale, usage, trust);
    return { report: summary.report, problems: summary.problems, problemCount: summary.problemCount, result: await withDb(db) };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Daily counts per account from every record loaded (verified or not), streamed from the database. */
export async function cadenceFromDb(db: ProvinceDb): Promise<{ accounts: AccountDays[]; records: number }> {
  const map = new Map<string, AccountDays>();
  let records = 0;
  // The verified records only: a chain that failed verification is kept apart (the `records` view).
  const result = await db.conn.stream('select time, platform, account, origin, practice from records');
  for await (const rows of result.yieldRowsJs()) {
    for (const [time, platform, account, origin, practice] of rows) {
      const post = {
        time: time as string,
        platform: platform as string,
        account: account as string,
        origin: origin as 'original',
        practice: practice as boolean,
      };
      const key = accountKey(post);
      let acc = map.get(key);
      if (!acc) map.set(key, (acc = emptyAccount(post)));
      addPost(acc, post);
      records++;
    }
  }
  const accounts = [...map.values()].sort((a, b) => a.platform.localeCompare(b.platform) || a.account.localeCompare(b.account, 'zh'));
  return { accounts, records };
}

interface Options {
  files: string[];
  db?: string;
  format?: string;
  out?: string;
  today?: string;
}

function parse(args: readonly string[], locale: Locale, usage: UsageErrorFactory): Options {
  const o: Options = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw usage(provinceTranslator(locale)('usage'));
      return v;
    };
    if (a === '--db') o.db = value();
    else if (a === '--format') o.format = value();
    else if (a === '--out') o.out = value();
    else if (a === '--today') o.today = value();
    else if (a.startsWith('--')) throw usage(translator(locale)('cli.error.unknownOption', { option: a }));
    else o.files.push(a);
  }
  if (o.today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(o.today) || Number.isNaN(Date.parse(o.today))))
    throw usage(provinceTranslator(locale)('error.badDay'));
  return o;
}

/** Whether `log report` was asked of the database rather than of files. */
export const wantsDb = (args: readonly string[]) => args.includes('--db');

/**
 * `ingest FILE|FOLDER... --db DB`, `report --db DB [--format html|csv|md] [--out FILE] [--today DAY]`,
 * `sql [--today DAY]`. Exit 0 on success; `ingest` exits 1 when a chain failed or a line was not a record.
 */
export async function runProvince(
  command: 'ingest' | 'report' | 'sql',
  args: readonly string[],
  { locale, today, usage, trust = deviceKeyTrust() }: { locale: Locale; today: string; usage: UsageErrorFactory; trust?: ChainTrust },
): Promise<{ code: number; stdout: string }> {
  const p = provinceTranslator(locale);
  const o = parse(args, locale, usage);
  const day = o.today ?? today;
  if (command === 'sql') {
    if (o.files.length || o.db) throw usage(p('usage'));
    const queries = Object.entries(allQueries(day)).map(([name, sql]) => `-- ${name}\n${sql.trim()};\n`);
    return { code: 0, stdout: ['-- schema', ...SCHEMA_SQL.map((s) => `${s.trim()};`), '', ...queries].join('\n') };
  }
  if (!o.db) throw usage(p('error.needDb'));
  const dbPath = userPath(o.db);
  if (command === 'ingest') {
    if (!o.files.length || o.format || o.out) throw usage(p('usage'));
    const files = exportFiles(o.files, locale, usage);
    const db = await openProvince(dbPath);
    try {
      const s = await ingestOrExplain(db, files, locale, usage, trust);
      const tr = translator(locale);
      const failed = s.report.devices.filter((d) => d.problem);
      const lines = [
        p('ingest.done', { files: s.files.length, records: s.records, added: s.added, duplicates: s.duplicates }),
        ...s.files.map((f) => p('ingest.file', f)),
        p('ingest.devices', { ok: s.report.devices.length - failed.length, failed: failed.length }),
        ...failed.slice(0, 50).map((d) => p('ingest.failedDevice', { device: d.deviceId, problem: d.problem!.detail })),
      ];
      if (s.problemCount) {
        lines.push(tr('log.cli.fileProblems', { count: s.problemCount }));
        for (const x of s.problems)
          lines.push(
            `- ${x.line === null ? tr('import.fileProblemNoLine', { file: x.file, reason: x.reason }) : tr('import.fileProblem', { file: x.file, line: x.line, reason: x.reason })}`,
          );
      }
      return { code: failed.length || s.problemCount ? 1 : 0, stdout: lines.join('\n') + '\n' };
    } finally {
      db.close();
    }
  }
  if (o.files.length) throw usage(p('usage'));
  const format = o.format ?? 'html';
  if (format !== 'html' && format !== 'csv' && format !== 'md') throw usage(p('error.badFormat'));
  if (!existsSync(dbPath)) throw usage(p('error.noDb', { file: o.db }));
  const db = await openProvince(dbPath);
  try {
    const report = await provinceReport(db.conn, day);
    const text =
      format === 'html' ? renderHtml(report, locale) : format === 'csv' ? renderCsv(report, locale) : renderMarkdown(report, locale);
    if (o.out) {
      writeFileSync(userPath(o.out), text);
      return { code: 0, stdout: p('report.written', { file: o.out }) + '\n' };
    }
    return { code: 0, stdout: text };
  } finally {
    db.close();
  }
}
