/**
 * One batch of export lines turned into database rows: each line classified and checked (zod),
 * each record hashed, the columns the database keeps picked out. The same function runs on the
 * main thread and in parse workers (./parse-worker.ts), so the two paths cannot drift apart.
 */
import { appendFileSync } from 'node:fs';
import { z } from 'zod';
import { intactRecords } from '../log/chain';
import { chainHeadSchema, chinaDay, type ChainHead } from '../log/record';
import { classifyLine, exportHeaderSchema, type ExportHeader, type StreamedRecord } from '../log/stream';
import { decodeLines } from './lines';
import { RECORD_COLUMNS } from './schema';

/** One value per RECORD_COLUMNS entry (file_sha256 left empty), then the line number. */
export type RecordRow = (string | number | boolean | null)[];

export interface ParsedBatch {
  rows: RecordRow[];
  findings: [string, string, string, string][];
  overrides: [string, string, string][];
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
    for (const f of r.findings) out.findings.push([r.id, f.category, f.ruleId, f.severity]);
    for (const o of r.overrides) for (const rule of o.ruleIds) out.overrides.push([r.id, rule, o.reason]);
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

const csvLines = (rows: readonly (readonly (string | number | boolean | null)[])[]) => {
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

/**
 * A batch parsed and its rows appended to CSV files for DuckDB to load in bulk: handing rows over
 * one value at a time was most of a large ingest's cost on the thread that writes the database.
 */
export async function parseToFiles(lines: readonly string[], first: number, files: CsvFiles): Promise<BatchSummary> {
  const b = await parseBatch(lines, first);
  if (b.rows.length) appendFileSync(files.rows, csvLines(b.rows));
  if (b.findings.length) appendFileSync(files.findings, csvLines(b.findings));
  if (b.overrides.length) appendFileSync(files.overrides, csvLines(b.overrides));
  return { heads: b.heads, headers: b.headers, problems: b.problems, lines: b.lines, records: b.rows.length };
}

const csvFilesSchema = z.object({ rows: z.string(), findings: z.string(), overrides: z.string() });
/** What a parse worker sends back, checked before any of it reaches the database. */
export const batchSummarySchema = z.object({
  heads: z.array(chainHeadSchema.loose()),
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

/** Lines parsed per step: a block holds a few thousand; this bounds the rows held at once. */
export const BATCH = 2_000;

/** A block decoded (a line that is not UTF-8 fails it, named) and parsed a batch at a time into the files. */
export async function parseBlockToFiles(bytes: Uint8Array, first: number, files: CsvFiles): Promise<BatchSummary> {
  const lines = decodeLines(bytes, first);
  const out: BatchSummary = { heads: [], headers: [], problems: [], lines: 0, records: 0 };
  for (let i = 0; i < lines.length; i += BATCH) {
    const b = await parseToFiles(lines.slice(i, i + BATCH), first + i, files);
    out.heads.push(...b.heads);
    out.headers.push(...b.headers);
    out.problems.push(...b.problems);
    out.lines += b.lines;
    out.records += b.records;
  }
  return out;
}
export const parseReplySchema = z.union([
  z.object({ id: z.number().int(), batch: batchSummarySchema }),
  z.object({ id: z.number().int(), error: z.string() }),
]);
