/**
 * Loading exports into the province database (DuckDB): each file streamed a block at a time, every
 * record checked (zod) and hashed as it passes, stored once (deduplicated by id), and every device
 * whose chain gained records or a head walked again in chain order, read back sorted from disk. A
 * chain that fails stays in the database but out of the `records` view, with its problem.
 */
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { VerifyReport } from '../log/chain';
import { addDays, dayKind, dayNumber, isWorkday } from '../log/holidays';
import { GENESIS_HASH, chainHeadSchema, type ChainHead } from '../log/record';
import {
  longerHead,
  walkChains,
  type ChainLookup,
  type ChainTrust,
  type DeviceLink,
  type ExportHeader,
  type VerifiedChain,
} from '../log/stream';
import { CsvSink, csvLines, parseBlockToFiles, parseReplySchema, type BatchSummary, type CsvFiles } from './parse';
import { readBlocks } from './lines';
import { columnList, FINDING_COLUMNS, OVERRIDE_COLUMNS, RECORD_CONTEXT_COLUMNS, RECORD_COLUMNS, SCHEMA_SQL } from './schema';

/** Problems kept in memory to print; all of them go to the database. */
const PROBLEMS_SHOWN = 200;

export interface ProvinceDb {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
  close(): void;
}

/**
 * A database written before findings and overrides carried their record's account, day and device
 * (RECORD_CONTEXT_COLUMNS) gets them from its records, once, in one transaction: nothing is lost and
 * the report's queries run on it unchanged.
 */
async function upgradeTables(conn: DuckDBConnection): Promise<void> {
  const columnsOf = async (table: string) =>
    (await conn.runAndReadAll(`select column_name from information_schema.columns where table_name = '${table}'`))
      .getRowsJS()
      .map(([c]) => c as string);
  const old = [];
  for (const [table, columns] of [
    ['findings', FINDING_COLUMNS],
    ['overrides', OVERRIDE_COLUMNS],
  ] as const) {
    const present = await columnsOf(table);
    if (present.length && !present.includes('device_id')) old.push({ table, columns });
  }
  if (!old.length) return;
  await conn.run('begin transaction');
  try {
    for (const { table, columns } of old) {
      const context = new Set<string>(RECORD_CONTEXT_COLUMNS.map(([n]) => n));
      const select = columns.map(([n]) => (context.has(n) ? `r.${n}` : `t.${n}`)).join(', ');
      await conn.run(`create table ${table}_upgraded as select ${select} from ${table} t left join log_records r on r.id = t.record_id`);
      await conn.run(`drop table ${table}`);
      await conn.run(`alter table ${table}_upgraded rename to ${table}`);
    }
    await conn.run('commit');
  } catch (e) {
    await conn.run('rollback');
    throw e;
  }
}

/** Opens (or creates) a province database; memory is capped so a big ingest spills to disk instead. */
export async function openProvince(path: string, { memoryLimit = '1GB' } = {}): Promise<ProvinceDb> {
  const instance = await DuckDBInstance.create(path, { memory_limit: memoryLimit, preserve_insertion_order: 'false' });
  const conn = await instance.connect();
  await upgradeTables(conn);
  for (const sql of SCHEMA_SQL) await conn.run(sql);
  return {
    instance,
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** A file that could not be read to the end (missing, unreadable, not UTF-8): nothing of it was stored. */
export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly cause: unknown,
  ) {
    super(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export interface FileProblem {
  file: string;
  line: number | null;
  reason: string;
}

export interface IngestSummary {
  files: { name: string; sha256: string; records: number; added: number; duplicates: number; conflicts: number; problems: number }[];
  records: number;
  added: number;
  duplicates: number;
  problems: FileProblem[];
  problemCount: number;
  report: VerifyReport;
}

const STAGE_TYPES: Record<string, string> = { day: 'varchar', seq: 'integer' };
const stageColumns = () => [...RECORD_COLUMNS.map(([n, t]) => `${n} ${STAGE_TYPES[n] ?? t}`), 'line integer'].join(', ');
const insertColumns = RECORD_COLUMNS.map(([n]) => n).join(', ');
// The file's hash as the statement's one parameter: no update of every staged row (an update keeps its undo in memory).
const selectStage = RECORD_COLUMNS.map(([n]) =>
  n === 'day' ? 'cast(s.day as date)' : n === 'seq' ? 'cast(s.seq as bigint)' : n === 'file_sha256' ? 'cast($1 as varchar)' : `s.${n}`,
).join(', ');

/** A record id read back from the database (a varchar column) for a problem message. */
const idText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : JSON.stringify(v);

function appendText(a: DuckDBAppender, v: string | null | undefined) {
  if (v === null || v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

/** Column types of the CSV files the parsers write, as DuckDB's reader takes them. */
const csvColumns = (columns: readonly (readonly [string, string])[]) => `{${columns.map(([n, t]) => `'${n}': '${t}'`).join(', ')}}`;
const STAGE_CSV_COLUMNS = csvColumns([...RECORD_COLUMNS.map(([n, t]) => [n, STAGE_TYPES[n] ?? t] as const), ['line', 'integer']]);
const FINDINGS_CSV_COLUMNS = csvColumns(FINDING_COLUMNS);
const PROBLEMS_CSV_COLUMNS = csvColumns([
  ['line', 'integer'],
  ['reason', 'varchar'],
]);
const OVERRIDES_CSV_COLUMNS = csvColumns(OVERRIDE_COLUMNS);

/** Loads the parsers' CSV files into a table; the format is the one lib/province/parse.ts writes. */
async function loadCsv(conn: DuckDBConnection, table: string, paths: readonly string[], columns: string): Promise<void> {
  const present = paths.filter((p) => existsSync(p));
  if (!present.length) return;
  const list = present.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ');
  await conn.run(
    `insert into ${table} select * from read_csv([${list}], columns = ${columns}, header = false, auto_detect = false,
     delim = ',', quote = '"', escape = '"', new_line = '\\n', nullstr = '\\N', allow_quoted_nulls = false)`,
  );
}

/**
 * Parse workers for a large ingest: the main thread reads and writes the database while two
 * workers check and hash; below a few tens of megabytes their start-up costs more than they save.
 */
class ParsePool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (b: BatchSummary) => void; reject: (e: Error) => void }>();
  private id = 0;

  constructor(count: number) {
    const url = new URL('./parse-worker.mjs', import.meta.url);
    this.workers = Array.from({ length: count }, () => {
      // A small young generation: the batches are short-lived, and three threads' heaps add up.
      const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: 32 } });
      worker.on('message', (message: unknown) => {
        const reply = parseReplySchema.safeParse(message);
        if (!reply.success) return this.failAll(new Error('a parse worker sent a malformed reply'));
        const waiter = this.waiting.get(reply.data.id);
        this.waiting.delete(reply.data.id);
        if ('error' in reply.data) waiter?.reject(new Error(reply.data.error));
        else waiter?.resolve(reply.data.batch);
      });
      worker.on('error', (e) => this.failAll(e));
      return worker;
    });
  }

  private failAll(e: Error) {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  get size() {
    return this.workers.length;
  }

  /** Each worker appends to its own files (`files(k)` for worker k), so no two write one file. */
  parse(bytes: Uint8Array<ArrayBuffer>, first: number, files: (worker: number) => CsvFiles): Promise<BatchSummary> {
    const id = this.id++;
    const worker = id % this.workers.length;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // The block's buffer moves to the worker: no copy, and this thread no longer holds it.
      this.workers[worker].postMessage({ id, first, bytes, files: files(worker) }, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Workers worth starting for files of this many bytes. */
export const workersFor = (bytes: number, cores = availableParallelism()) => (bytes < 64 << 20 ? 0 : Math.min(2, Math.max(1, cores)));

/**
 * The chains of the listed devices whose records the database shows whole and linked (seq 1 to n
 * each once, every record intact, the first linking to the start of the chain and each other to
 * the one before: a join, no sort), with their length and last link, kept in the temp table
 * `whole_chains`. Reading every record back in chain order to walk them was most of the
 * verification's cost; only the other devices are walked link by link. A device whose head has a
 * pruning checkpoint is always walked (older copies may hold pruned records); with `walkAll`, every
 * device is.
 */
async function wholeChains(conn: DuckDBConnection, walkAll: boolean): Promise<VerifiedChain[]> {
  await conn.run(
    `create or replace temp table whole_chains as
     with per as (
       select device_id, count(*) as n, min(seq) as lo, max(seq) as hi, count(distinct seq) as k, bool_and(intact) as intact,
              arg_max(id, seq) as last_id, arg_max(prev_hash, seq) as last_prev, arg_max(hash, seq) as last_hash
       from log_records where device_id in (select device_id from verify_devices) group by device_id),
     links as (
       select a.device_id, bool_and(case when a.seq = 1 then a.prev_hash = $1 else b.hash is not null and a.prev_hash = b.hash end) as linked
       from log_records a left join log_records b on b.device_id = a.device_id and b.seq = a.seq - 1
       where a.device_id in (select device_id from verify_devices) group by a.device_id)
     select p.device_id, p.n, p.last_id, p.last_prev, p.last_hash from per p join links l on l.device_id = p.device_id
     where $2 and p.lo = 1 and p.hi = p.n and p.k = p.n and p.intact and l.linked
       and not exists (select 1 from heads h where h.device_id = p.device_id and h.checkpoint_seq is not null)`,
    [GENESIS_HASH, !walkAll],
  );
  const rows = (await conn.runAndReadAll('select * from whole_chains order by device_id')).getRowsJS();
  return rows.map(([deviceId, n, id, prevHash, hash]) => {
    const count = Number(n);
    return {
      deviceId: deviceId as string,
      count,
      last: { id: id as string, seq: count, prevHash: prevHash as string, hash: hash as string, intact: true },
    };
  });
}

/**
 * Links read back in chain order, a chunk at a time, for the devices being verified, with the
 * chains of `whole_chains` (`verified`, sorted) in their place instead of their links.
 */
async function* sortedLinks(conn: DuckDBConnection, verified: readonly VerifiedChain[]): AsyncGenerator<(DeviceLink | VerifiedChain)[]> {
  let v = 0;
  const result = await conn.stream(
    `select r.device_id, r.seq, r.id, r.prev_hash, r.hash, r.intact from log_records r
     where r.device_id in (select device_id from verify_devices except select device_id from whole_chains)
     order by r.device_id, r.seq, r.id`,
  );
  for await (const rows of result.yieldRowsJs()) {
    const out: (DeviceLink | VerifiedChain)[] = [];
    for (const row of rows) {
      const deviceId = row[0] as string;
      while (v < verified.length && verified[v].deviceId < deviceId) out.push(verified[v++]);
      out.push({
        deviceId,
        seq: Number(row[1]),
        id: row[2] as string,
        prevHash: row[3] as string,
        hash: row[4] as string,
        intact: row[5] as boolean,
      });
    }
    yield out;
  }
  if (v < verified.length) yield verified.slice(v);
}

function sqlLookup(conn: DuckDBConnection): ChainLookup {
  const one = async (sql: string, deviceId: string, hash: string) => {
    const rows = (await conn.runAndReadAll(sql, [deviceId, hash])).getRowsJS();
    return rows.length ? Number(rows[0][0]) : undefined;
  };
  return {
    seqOfHash: (deviceId, hash) =>
      one('select min(seq) from log_records where device_id = $1 and hash = $2 having count(*) > 0', deviceId, hash),
    seqLinkingTo: (deviceId, prevHash) =>
      one('select min(seq) from log_records where device_id = $1 and prev_hash = $2 having count(*) > 0', deviceId, prevHash),
  };
}

async function readHeads(conn: DuckDBConnection): Promise<Map<string, ChainHead>> {
  const rows = (await conn.runAndReadAll('select device_id, head_json from heads')).getRowsJS();
  // Stored by this tool from a checked head; checked again as any stored value is.
  return new Map(rows.map((r) => [r[0] as string, z.looseObject(chainHeadSchema.shape).parse(JSON.parse(r[1] as string)) as ChainHead]));
}

/**
 * Walks again the chains of the devices listed in `verify_devices` and stores their verdicts.
 * `walkAll` walks every link of every chain, even those the database shows whole (the tests
 * compare the two).
 */
async function verifyListed(conn: DuckDBConnection, trust: ChainTrust, now: string, walkAll = false): Promise<VerifyReport> {
  const heads = await readHeads(conn);
  const listed = new Set((await conn.runAndReadAll('select device_id from verify_devices')).getRowsJS().map((r) => r[0] as string));
  const listedHeads = new Map([...heads].filter(([d]) => listed.has(d)));
  const verified = await wholeChains(conn, walkAll);
  const report = await walkChains(sortedLinks(conn, verified), listedHeads, sqlLookup(conn), { trust });
  await conn.run('delete from devices where device_id in (select device_id from verify_devices)');
  const a = await conn.createAppender('devices');
  for (const d of report.devices) {
    a.appendVarchar(d.deviceId);
    a.appendBigInt(BigInt(d.records));
    if (d.firstSeq === null) a.appendNull();
    else a.appendBigInt(BigInt(d.firstSeq));
    if (d.lastSeq === null) a.appendNull();
    else a.appendBigInt(BigInt(d.lastSeq));
    a.appendBoolean(!d.problem);
    a.appendVarchar(d.problem ? 'failed' : 'verified');
    appendText(a, d.problem?.kind);
    if (d.problem) a.appendBigInt(BigInt(d.problem.seq));
    else a.appendNull();
    appendText(a, d.problem?.id);
    appendText(a, d.problem?.detail);
    a.appendVarchar(now);
    a.endRow();
  }
  a.flushSync();
  a.closeSync();
  return report;
}

/**
 * Loads files into the database: per file one transaction (a file that cannot be read adds
 * nothing), then the chains the files touched verified once. Re-ingesting a file adds no record.
 */
export async function ingestFiles(
  db: ProvinceDb,
  paths: readonly { path: string; name: string }[],
  {
    trust = {},
    now = new Date().toISOString(),
    onProgress,
    workers,
  }: { trust?: ChainTrust; now?: string; onProgress?: (records: number) => void; workers?: number } = {},
): Promise<IngestSummary> {
  const { conn } = db;
  const summary: IngestSummary = {
    files: [],
    records: 0,
    added: 0,
    duplicates: 0,
    problems: [],
    problemCount: 0,
    report: { ok: true, records: 0, devices: [], firstProblem: null },
  };
  await conn.run('create or replace temp table verify_devices (device_id varchar)');
  const count = workers ?? workersFor(paths.reduce((n, p) => n + (existsSync(p.path) ? statSync(p.path).size : 0), 0));
  const pool = count > 0 ? new ParsePool(count) : null;
  let parsedRecords = 0;
  // Stops a file being parsed ahead when the one before it could not be stored.
  const stop = new AbortController();
  const parse = (i: number) => {
    const parsed = parseFile(paths[i], pool, stop.signal, (n) => {
      parsedRecords += n;
      onProgress?.(parsedRecords);
    });
    // Seen when awaited below, in order; until then a failure must not count as unhandled.
    parsed.catch(() => undefined);
    return parsed;
  };
  // The next file is parsed (by the workers) while DuckDB loads and commits this one: the two
  // phases use the two cores in turn otherwise, and a province comes as one export per prefecture.
  let next = paths.length ? parse(0) : null;
  try {
    for (let i = 0; i < paths.length; i++) {
      const parsed = await next!;
      next = i + 1 < paths.length ? parse(i + 1) : null;
      await storeFile(db, parsed, summary, now);
    }
  } finally {
    // A file parsed ahead of one that failed to store stops at its next block; its scratch files go too.
    stop.abort();
    const ahead = await next?.catch(() => null);
    if (ahead) rmSync(ahead.scratch, { recursive: true, force: true });
    await pool?.close();
  }
  const report = await verifyListed(conn, trust, now);
  await conn.run(
    `update file_devices set verdict = d.status, problem = d.problem_detail from devices d
     where d.device_id = file_devices.device_id and file_devices.verdict is null`,
  );
  summary.report = report;
  await ensureCalendar(conn);
  return summary;
}

/** One export read and parsed: its rows in CSV files in `scratch`, waiting to be loaded. */
interface ParsedFile {
  path: string;
  name: string;
  fileSha: string;
  scratch: string;
  parsers: CsvFiles[];
  /** The lines that could not be read, as CSV rows (line, reason). */
  problemsCsv: string;
  heads: Map<string, ChainHead>;
  headers: ExportHeader[];
  lines: number;
  records: number;
  problemCount: number;
  /** The first problems, to print. */
  shown: FileProblem[];
}

function note(summary: IngestSummary, p: FileProblem) {
  summary.problemCount++;
  if (summary.problems.length < PROBLEMS_SHOWN) summary.problems.push(p);
}

/**
 * Reads a file a block at a time and parses it (in the workers when there are any) into CSV files
 * in a scratch folder; touches no database, so it can run while the previous file is being stored.
 */
async function parseFile(
  { path, name }: { path: string; name: string },
  pool: ParsePool | null,
  signal: AbortSignal,
  onRecords: (n: number) => void,
): Promise<ParsedFile> {
  const sha = createHash('sha256');
  // The parsers' rows, on disk until DuckDB loads them in bulk.
  const scratch = mkdtempSync(join(tmpdir(), 'govpost-ingest-'));
  const filesOf = (who: string): CsvFiles => ({
    rows: join(scratch, `${who}-rows.csv`),
    findings: join(scratch, `${who}-findings.csv`),
    overrides: join(scratch, `${who}-overrides.csv`),
  });
  const parsed: ParsedFile = {
    path,
    name,
    fileSha: '',
    scratch,
    parsers: pool ? Array.from({ length: pool.size }, (_, k) => filesOf(`w${k}`)) : [filesOf('main')],
    problemsCsv: join(scratch, 'problems.csv'),
    heads: new Map(),
    headers: [],
    lines: 0,
    records: 0,
    problemCount: 0,
    shown: [],
  };
  const problems = new CsvSink(parsed.problemsCsv);
  const apply = (b: BatchSummary) => {
    parsed.lines += b.lines;
    for (const h of b.heads) parsed.heads.set(h.deviceId, longerHead(parsed.heads.get(h.deviceId), h));
    parsed.headers.push(...b.headers);
    for (const [line, reason] of b.problems) {
      parsed.problemCount++;
      problems.add(csvLines([[line, reason]]));
      if (parsed.shown.length < PROBLEMS_SHOWN) parsed.shown.push({ file: name, line, reason });
    }
    parsed.records += b.records;
    onRecords(b.records);
  };
  // Batches in flight: with workers, a few ahead so both stay busy; applied in file order.
  const inflight: Promise<BatchSummary>[] = [];
  const depth = pool ? 4 : 1;
  try {
    // The hash of the bytes names the file: the same export under another name is the same file.
    for await (const block of readBlocks(path, (bytes) => sha.update(bytes))) {
      signal.throwIfAborted();
      const next = pool
        ? pool.parse(block.bytes, block.first, (k) => parsed.parsers[k])
        : parseBlockToFiles(block.bytes, block.first, parsed.parsers[0]);
      // Seen when awaited below, in order; until then a failure must not count as unhandled.
      next.catch(() => undefined);
      inflight.push(next);
      if (inflight.length >= depth) apply(await inflight.shift()!);
    }
    while (inflight.length) apply(await inflight.shift()!);
  } catch (e) {
    // Every batch settled before the scratch files go.
    await Promise.allSettled(inflight);
    try {
      problems.close();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    throw new FileReadError(name, e);
  }
  try {
    problems.close();
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    throw new FileReadError(name, e);
  }
  parsed.fileSha = sha.digest('hex');
  return parsed;
}

/** Loads a parsed file into the database in one transaction (a file that cannot be stored adds nothing). */
async function storeFile(db: ProvinceDb, parsed: ParsedFile, summary: IngestSummary, now: string): Promise<void> {
  const { conn } = db;
  const { path, name, fileSha, heads, headers, lines, records, problemCount } = parsed;
  try {
    await conn.run(`create or replace temp table stage (${stageColumns()})`);
    await conn.run(`create or replace temp table stage_findings (${columnList(FINDING_COLUMNS)})`);
    await conn.run(`create or replace temp table stage_overrides (${columnList(OVERRIDE_COLUMNS)})`);
    await conn.run('create or replace temp table stage_problems (line integer, reason varchar)');
    const parsers = parsed.parsers;
    await loadCsv(
      conn,
      'stage',
      parsers.map((f) => f.rows),
      STAGE_CSV_COLUMNS,
    );
    await loadCsv(
      conn,
      'stage_findings',
      parsers.map((f) => f.findings),
      FINDINGS_CSV_COLUMNS,
    );
    await loadCsv(
      conn,
      'stage_overrides',
      parsers.map((f) => f.overrides),
      OVERRIDES_CSV_COLUMNS,
    );
    await loadCsv(conn, 'stage_problems', [parsed.problemsCsv], PROBLEMS_CSV_COLUMNS);
  } finally {
    rmSync(parsed.scratch, { recursive: true, force: true });
  }
  summary.problemCount += problemCount;
  for (const p of parsed.shown) if (summary.problems.length < PROBLEMS_SHOWN) summary.problems.push(p);
  await conn.run('begin transaction');
  try {
    // A different record under an id already seen (in this file or before) is a conflict: kept out.
    // Their ids stay in the database; only the first few come back to be printed.
    await conn.run(
      // A grouping and an inner join, both of which DuckDB can spill to disk (a correlated
      // semi-join with an extra condition could not, and ran out of a small cache on a 2 GB file).
      `create or replace temp table conflict_ids as
       select id from stage group by id having count(distinct hash) > 1
       union select s.id from stage s join log_records r on r.id = s.id where r.hash <> s.hash`,
    );
    const conflictCount = Number((await conn.runAndReadAll('select count(*) from conflict_ids')).getRowsJS()[0][0]);
    const shown = (await conn.runAndReadAll(`select id from conflict_ids order by id limit ${PROBLEMS_SHOWN}`)).getRowsJS();
    for (const [id] of shown)
      note(summary, { file: name, line: null, reason: `record ${idText(id)} differs from another copy with the same id` });
    summary.problemCount += conflictCount - shown.length;
    await conn.run(
      `create or replace temp table new_ids as select s.id, min(s.line) as line from stage s
       where not exists (select 1 from log_records r where r.id = s.id) group by s.id`,
    );
    const added = Number((await conn.runAndReadAll('select count(*) from new_ids')).getRowsJS()[0][0]);
    // As many new ids as staged rows: every row's id is new and its own (the usual first ingest),
    // so every staged row goes in as it is, without joining the two.
    const allNew = added === records;
    await conn.run(
      `insert into log_records (${insertColumns}) select ${selectStage} from stage s` +
        (allNew ? '' : ' join new_ids n on n.id = s.id and n.line = s.line'),
      [fileSha],
    );
    const isNew = allNew ? '' : ' where record_id in (select id from new_ids)';
    await conn.run(`insert into findings select * from stage_findings${isNew}`);
    await conn.run(`insert into overrides select * from stage_overrides${isNew}`);
    // Heads: the longest known per device wins (a later export of the same browser).
    await conn.run('create or replace temp table stage_heads as select * from heads limit 0');
    const h = await conn.createAppender('stage_heads');
    for (const head of heads.values()) {
      h.appendVarchar(head.deviceId);
      h.appendBigInt(BigInt(head.seq));
      h.appendVarchar(head.hash);
      if (head.checkpoint) h.appendBigInt(BigInt(head.checkpoint.seq));
      else h.appendNull();
      appendText(h, head.checkpoint?.hash);
      appendText(h, head.checkpoint ? JSON.stringify(head.checkpoint) : null);
      h.appendVarchar(JSON.stringify(head));
      h.endRow();
    }
    h.flushSync();
    h.closeSync();
    await conn.run(
      `delete from heads where exists (select 1 from stage_heads s where s.device_id = heads.device_id
         and (s.seq > heads.seq or (s.seq = heads.seq and coalesce(s.checkpoint_seq, 0) > coalesce(heads.checkpoint_seq, 0))))`,
    );
    await conn.run(
      'insert into heads select s.* from stage_heads s where not exists (select 1 from heads h where h.device_id = s.device_id)',
    );
    // Devices this file touched: pending (out of the records view) until verified below.
    await conn.run('create or replace temp table touched (device_id varchar)');
    await conn.run('insert into touched select distinct device_id from stage');
    await conn.run('insert into touched select device_id from stage_heads');
    await conn.run(
      'insert into verify_devices select distinct device_id from touched where device_id not in (select device_id from verify_devices)',
    );
    await conn.run(`update devices set ok = false, status = 'pending' where device_id in (select device_id from touched)`);
    await conn.run(
      `insert into devices (device_id, ok, status) select distinct device_id, false, 'pending' from touched where device_id not in (select device_id from devices)`,
    );
    await conn.run(
      `insert into file_devices select $1, t.device_id, count(s.id), min(s.seq), max(s.seq), null, null, null
       from (select distinct device_id from touched) t left join stage s on s.device_id = t.device_id group by t.device_id`,
      [fileSha],
    );
    await conn.run(
      'update file_devices set head_seq = s.seq from stage_heads s where file_devices.file_sha256 = $1 and file_devices.device_id = s.device_id and file_devices.verdict is null',
      [fileSha],
    );
    await conn.run(`insert into file_problems select $1, $2, line, reason from stage_problems`, [fileSha, name]);
    await conn.run(
      `insert into file_problems select $1, $2, null, 'record ' || id || ' differs from another copy with the same id' from conflict_ids order by id`,
      [fileSha, name],
    );
    await storeHeaders(conn, headers, now);
    const bytes = statSync(path).size;
    await conn.run('insert into ingests values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)', [
      fileSha,
      name,
      bytes,
      now,
      lines,
      records,
      added,
      records - added,
      conflictCount,
      problemCount,
      headers[0]?.unit.name ?? null,
      headers[0]?.exportedAt ?? null,
    ]);
    await conn.run('commit');
    summary.files.push({
      name,
      sha256: fileSha,
      records,
      added,
      duplicates: Math.max(0, records - added),
      conflicts: conflictCount,
      problems: problemCount + conflictCount,
    });
    summary.records += records;
    summary.added += added;
    summary.duplicates += Math.max(0, records - added);
  } catch (e) {
    await conn.run('rollback');
    throw e;
  }
}

/** The accounts the export's headers list, with their place in the unit hierarchy (the latest export wins). */
async function storeHeaders(conn: DuckDBConnection, headers: readonly ExportHeader[], now: string): Promise<void> {
  if (!headers.length) return;
  await conn.run('create or replace temp table stage_accounts as select * from accounts limit 0');
  const a = await conn.createAppender('stage_accounts');
  for (const header of headers) {
    const unit = header.unit.hierarchy ?? {};
    for (const account of header.accounts) {
      const h = { ...unit, ...account.hierarchy };
      for (const v of [
        account.platform,
        account.name,
        header.unit.name,
        h.province,
        h.prefecture,
        h.county,
        h.department,
        account.hostUnit,
        now,
      ])
        appendText(a, v);
      a.endRow();
    }
  }
  a.flushSync();
  a.closeSync();
  await conn.run(
    'delete from accounts where exists (select 1 from stage_accounts s where s.platform = accounts.platform and s.account = accounts.account)',
  );
  // An account listed twice in one file keeps one value per level.
  await conn.run(
    `insert into accounts select platform, account, max(unit), max(province), max(prefecture), max(county), max(department), max(host_unit), max(updated_at)
     from stage_accounts group by platform, account`,
  );
}

/**
 * The calendar table: every day from January of the first recorded year through the end of the
 * year after the last recorded day (or `today`), with whether Art. 22 asks for a post and a
 * running count of working days.
 */
export async function ensureCalendar(conn: DuckDBConnection, today?: string): Promise<void> {
  const rows = (await conn.runAndReadAll('select cast(min(day) as varchar), cast(max(day) as varchar) from log_records')).getRowsJS();
  const [first, last] = rows[0] as [string | null, string | null];
  const from = [first, today].filter((d): d is string => !!d).sort()[0];
  const to = [last, today]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  if (!from || !to) return;
  const start = `${from.slice(0, 4)}-01-01`;
  const end = `${Number(to.slice(0, 4)) + 1}-12-31`;
  const have = (await conn.runAndReadAll('select cast(min(day) as varchar), cast(max(day) as varchar) from calendar')).getRowsJS()[0];
  if (have[0] !== null && (have[0] as string) <= start && (have[1] as string) >= end) return;
  await conn.run('delete from calendar');
  const a = await conn.createAppender('calendar');
  let index = 0;
  for (let n = dayNumber(start); n <= dayNumber(end); n++) {
    const day = addDays(start, n - dayNumber(start));
    const work = isWorkday(day);
    if (work) index++;
    a.appendVarchar(day);
    a.appendVarchar(dayKind(day));
    a.appendBoolean(work);
    a.appendInteger(index);
    a.endRow();
  }
  a.flushSync();
  a.closeSync();
}

/**
 * Verifies every device again (after a change of trust, say) and stores the verdicts; `walkAll`
 * walks every link even of chains the database shows whole (the same verdicts, more slowly).
 */
export async function verifyAll(
  db: ProvinceDb,
  { trust = {}, now = new Date().toISOString(), walkAll = false }: { trust?: ChainTrust; now?: string; walkAll?: boolean } = {},
): Promise<VerifyReport> {
  await db.conn.run(
    'create or replace temp table verify_devices as select distinct device_id from log_records union select device_id from heads',
  );
  return verifyListed(db.conn, trust, now, walkAll);
}
