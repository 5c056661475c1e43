/**
 * Export lines turned into database rows: each line classified and checked (zod), each record
 * hashed, the columns the database keeps picked out. The same function runs on the main thread and
 * in parse workers (./parse-worker.ts), so the two paths cannot drift apart.
 *
 * `parseBlockToFiles` is the ingest's hot path (ten million records): one line at a time, its
 * record hashed from the line's own bytes when they already are its canonical JSON
 * (lib/log/canonical-bytes.ts) and its CSV row written straight from the record. `parseBatch`
 * with `csvLines` is the plain way to the same rows (zod's copy, JSON.stringify for the hash,
 * a row of values): the tests hold the hot path to it byte for byte.
 */
import { hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { canonicalRuns, writeRuns } from '../log/canonical-bytes';
import { intactRecords } from '../log/chain';
import { UNHASHED_FIELDS, chainHeadSchema, chinaDay, type ChainHead } from '../log/record';
import { classifyLine, exportHeaderSchema, type ExportHeader, type StreamedRecord } from '../log/stream';
import { checkUtf8 } from './lines';
import { RECORD_COLUMNS } from './schema';

/** One value per RECORD_COLUMNS entry (file_sha256 left empty), then the line number. */
export type RecordRow = (string | number | boolean | null)[];

export interface ParsedBatch {
  rows: RecordRow[];
  /** FINDING_COLUMNS: record id, category, rule, severity, then the record's context (contextOf). */
  findings: (string | boolean)[][];
  /** OVERRIDE_COLUMNS: record id, rule, reason, then the record's context (contextOf). */
  overrides: (string | boolean)[][];
  heads: ChainHead[];
  headers: ExportHeader[];
  problems: [number, string][];
  lines: number;
}

/**
 * The sign-off a record shows for Art. 21: `verified` (a signature checked at publish time),
 * `declared` (the editor named who signed it off; no signature), or `none`. A record carrying an
 * `approvalCoverage` field (string, or an object with `kind` or `status`) is read from it; older
 * records from `approvalStatus` (valid = verified) and `approval` (a reviewer named without a
 * token = declared).
 */
export function signOffOf(r: StreamedRecord): 'verified' | 'declared' | 'none' {
  const c = r.approvalCoverage;
  const word = (typeof c === 'string' ? c : (c?.kind ?? c?.status ?? '')).toLowerCase();
  if (word) {
    if (word.includes('declar')) return 'declared';
    if (word.includes('verif') || word === 'valid' || word.includes('signed')) return 'verified';
    return 'none';
  }
  if (r.approvalStatus === 'valid') return 'verified';
  if (r.approval && r.approval.token === null && r.approval.reviewer) return 'declared';
  return 'none';
}

/** China days by UTC hour: parsing a date per record is a noticeable share of a 10-million-record ingest. */
const daysByHour = new Map<string, string>();
function dayOf(time: string): string {
  // zod has checked the ISO form (UTC, Z); anything else takes the plain path.
  if (time.length < 20 || !time.endsWith('Z')) return chinaDay(time);
  const hour = time.slice(0, 13);
  let day = daysByHour.get(hour);
  if (day === undefined) {
    if (daysByHour.size > 100_000) daysByHour.clear();
    daysByHour.set(hour, (day = chinaDay(`${hour}:00:00Z`)));
  }
  return day;
}

function rowOf(r: StreamedRecord, intact: boolean, line: number): RecordRow {
  // The day is recomputed from the time: the stored one is hashed but could disagree if forged.
  const day = dayOf(r.time);
  const values: Record<(typeof RECORD_COLUMNS)[number][0], string | number | boolean | null> = {
    id: r.id,
    device_id: r.deviceId,
    seq: r.seq,
    prev_hash: r.prevHash,
    hash: r.hash,
    intact,
    time: r.time,
    day,
    month: day.slice(0, 7),
    platform: r.platform,
    account: r.account,
    title: r.title,
    origin: r.origin,
    source: r.source,
    required_approval: r.requiredApproval,
    approval_status: r.approvalStatus,
    sign_off: signOffOf(r),
    reviewer: r.approval?.reviewer ?? null,
    practice: r.practice,
    overridden: r.overridden,
    findings: r.findings.length,
    file_sha256: null,
  };
  return [...RECORD_COLUMNS.map(([name]) => values[name]), line];
}

/** RECORD_CONTEXT_COLUMNS of a record: what its findings and overrides repeat of it. */
function contextOf(r: StreamedRecord): [string, string, string, string, string, boolean] {
  const day = dayOf(r.time);
  return [r.deviceId, r.platform, r.account, day, day.slice(0, 7), r.practice];
}

export async function parseBatch(lines: readonly string[], first: number): Promise<ParsedBatch> {
  const out: ParsedBatch = { rows: [], findings: [], overrides: [], heads: [], headers: [], problems: [], lines: lines.length };
  const records: { record: StreamedRecord; raw: Record<string, unknown>; line: number }[] = [];
  lines.forEach((text, i) => {
    const line = first + i;
    const item = classifyLine(text);
    if (item.kind === 'record') records.push({ record: item.record, raw: item.raw, line });
    else if (item.kind === 'head') out.heads.push(item.head);
    else if (item.kind === 'header') out.headers.push(item.header);
    else if (item.kind === 'problem') out.problems.push([line, item.reason]);
  });
  const intact = await intactRecords(records.map((p) => p.raw));
  records.forEach(({ record: r, line }, i) => {
    out.rows.push(rowOf(r, intact[i], line));
    const context = contextOf(r);
    for (const f of r.findings) out.findings.push([r.id, f.category, f.ruleId, f.severity, ...context]);
    for (const o of r.overrides) for (const rule of o.ruleIds) out.overrides.push([r.id, rule, o.reason, ...context]);
  });
  return out;
}

/**
 * A value as a CSV cell DuckDB reads back exactly (lib/province/ingest.ts reads these files with
 * `nullstr '\\N'` and quoted nulls off): null is \N, a string is always quoted, so a title that
 * reads "\N", holds a comma, a quote or a line break comes back as written.
 */
function cell(v: string | number | boolean | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'string') return v.includes('"') ? `"${v.replaceAll('"', '""')}"` : `"${v}"`;
  return String(v);
}

export const csvLines = (rows: readonly (readonly (string | number | boolean | null)[])[]) => {
  let out = '';
  for (const row of rows) {
    let line = cell(row[0]);
    for (let i = 1; i < row.length; i++) line += `,${cell(row[i])}`;
    out += `${line}\n`;
  }
  return out;
};

/** The files one parser (a worker, or the main thread) appends its batches' rows to. */
export interface CsvFiles {
  rows: string;
  findings: string;
  overrides: string;
}

/** What a batch tells the thread that writes the database, once its rows are on disk. */
export interface BatchSummary {
  heads: ChainHead[];
  headers: ExportHeader[];
  problems: [number, string][];
  lines: number;
  records: number;
}

const csvFilesSchema = z.object({ rows: z.string(), findings: z.string(), overrides: z.string() });
/** What a parse worker sends back, checked before any of it reaches the database. */
export const batchSummarySchema = z.object({
  heads: z.array(z.looseObject(chainHeadSchema.shape)),
  headers: z.array(exportHeaderSchema),
  problems: z.array(z.tuple([z.number().int(), z.string()])),
  lines: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
});
/** A block of whole lines, undecoded (lib/province/lines.ts readBlocks): the worker decodes and splits it. */
export const parseRequestSchema = z.object({
  id: z.number().int(),
  first: z.number().int().positive(),
  bytes: z.instanceof(Uint8Array),
  files: csvFilesSchema,
});

/**
 * The CSV row `csvLines([rowOf(r, intact, line)])` writes, without the row of values: ids, hashes,
 * times and enum values are quoted as they are (their schema admits no quote), free text through
 * `cell`.
 */
function recordCsv(r: StreamedRecord, intact: boolean, line: number): string {
  const day = dayOf(r.time);
  return (
    `"${r.id}","${r.deviceId}",${r.seq},"${r.prevHash}","${r.hash}",${intact},"${r.time}","${day}","${day.slice(0, 7)}",` +
    `${cell(r.platform)},${cell(r.account)},${cell(r.title)},"${r.origin}",${cell(r.source)},"${r.requiredApproval}",` +
    `"${r.approvalStatus}","${signOffOf(r)}",${cell(r.approval?.reviewer ?? null)},${r.practice},${r.overridden},${r.findings.length},\\N,${line}\n`
  );
}

/** The cells `csvLines` writes for `contextOf(r)`, with the line's end. */
function contextCsv(r: StreamedRecord): string {
  const day = dayOf(r.time);
  return `"${r.deviceId}",${cell(r.platform)},${cell(r.account)},"${day}","${day.slice(0, 7)}",${r.practice}\n`;
}

/** SHA-256 (hex) of each line's canonical JSON, written here: grows to the longest line. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Whether the record on bytes [start, end) of `bytes` still matches its hash, from the bytes
 * themselves when they are its canonical JSON (the unhashed members cut out); null when they are
 * not, for `intactRecords` to hash it the general way.
 */
function intactFromBytes(bytes: Buffer, start: number, end: number, recordHash: string): boolean | null {
  // classifyLine reads the line without a BOM and without the CR of a CRLF ending.
  if (bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
  if (end > start && bytes[end - 1] === 0x0d) end--;
  const runs = canonicalRuns(bytes, start, end, UNHASHED_FIELDS);
  if (!runs) return null;
  if (scratch.length < end - start) scratch = Buffer.allocUnsafe(end - start);
  const length = writeRuns(bytes, runs, scratch);
  return hash('sha256', scratch.subarray(0, length), 'hex') === recordHash;
}

/**
 * CSV lines for one file, written a few hundred at a time: the lines do not outlive the young
 * generation (a whole block's rows held at once cost the collector more than they saved in writes).
 */
export class CsvSink {
  private lines: string[] = [];
  private fd: number | null = null;
  count = 0;

  constructor(private readonly path: string) {}

  add(line: string): void {
    this.lines.push(line);
    this.count++;
    if (this.lines.length >= 256) this.flush();
  }

  flush(): void {
    if (!this.lines.length) return;
    this.fd ??= openSync(this.path, 'a');
    writeSync(this.fd, this.lines.join(''));
    this.lines = [];
  }

  close(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * A block of whole lines (undecoded bytes, a line that is not UTF-8 fails it, named) parsed one
 * line at a time, its rows appended to the files: the same rows, findings and overrides, in the
 * same order, as `csvLines` of `parseBatch`.
 */
export async function parseBlockToFiles(bytes: Uint8Array, first: number, files: CsvFiles): Promise<BatchSummary> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkUtf8(buffer, first);
  const out: BatchSummary = { heads: [], headers: [], problems: [], lines: 0, records: 0 };
  const rows = new CsvSink(files.rows);
  const findings = new CsvSink(files.findings);
  const overrides = new CsvSink(files.overrides);
  try {
    for (let start = 0, line = first; ; line++) {
      const nl = buffer.indexOf(0x0a, start);
      const end = nl === -1 ? buffer.length : nl;
      out.lines++;
      const item = classifyLine(buffer.toString('utf8', start, end));
      if (item.kind === 'record') {
        const r = item.record;
        const intact = intactFromBytes(buffer, start, end, r.hash) ?? (await intactRecords([item.raw]))[0];
        rows.add(recordCsv(r, intact, line));
        if (r.findings.length || r.overrides.length) {
          const context = contextCsv(r);
          for (const f of r.findings) findings.add(`"${r.id}","${f.category}",${cell(f.ruleId)},"${f.severity}",${context}`);
          for (const o of r.overrides) for (const rule of o.ruleIds) overrides.add(`"${r.id}",${cell(rule)},${cell(o.reason)},${context}`);
        }
      } else if (item.kind === 'head') out.heads.push(item.head);
      else if (item.kind === 'header') out.headers.push(item.header);
      else if (item.kind === 'problem') out.problems.push([line, item.reason]);
      if (nl === -1) break;
      start = nl + 1;
    }
  } finally {
    rows.close();
    findings.close();
    overrides.close();
  }
  out.records = rows.count;
  return out;
}
export const parseReplySchema = z.union([
  z.object({ id: z.number().int(), batch: batchSummarySchema }),
  z.object({ id: z.number().int(), error: z.string() }),
]);
