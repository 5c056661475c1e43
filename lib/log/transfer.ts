/**
 * Export and import of the log. CSV is for people (Excel, WPS: UTF-8 with BOM, CRLF, Chinese
 * headers, formula-like cells defused); JSON Lines is for machines and carries the chain: one
 * record per line, then one `{"type":"chain-head",…}` line per device, so a copy shows truncation.
 * Import checks files from several machines together: dedupe by id, each device's chain verified.
 */
import Papa from 'papaparse';
import { translator, type Locale, type MessageKey } from '../i18n';
import { ChainVerifier, sameRecord, signaturesOf, type ChainLink, type VerifyReport } from './chain';
import type { PublicKeyJwk } from './device-key';
import type { QuarantineOrder } from './publication-log';
import { PLATFORMS } from '../adapters/platforms';
import { ruleById } from '../rules';
import { clip } from './limits';
import { maskedForPeople } from './mask';
import { chainHeadSchema, publicationRecordSchema, type ChainHead, type PublicationRecord } from './record';

export const UTF8_BOM = '\uFEFF';
export const HEAD_TYPE = 'chain-head';
/** The line an export starts with from this version on (unit and accounts; lib/log/stream.ts). */
export const EXPORT_HEADER_TYPE = 'export-header';

const CSV_FIELDS = [
  'id',
  'time',
  'platform',
  'account',
  'title',
  'url',
  'origin',
  'source',
  'requiredApproval',
  'findings',
  'categories',
  'rules',
  'overrides',
  'approvalStatus',
  'reviewer',
  'outcome',
  'contentHash',
  'snapshot',
  'deviceId',
  'seq',
  'prevHash',
  'hash',
] as const;

/** Beijing time as people write it: 2026-11-26 14:03:00. */
export const beijingTime = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);

function csvHeader(locale: Locale = 'zh'): string[] {
  const tr = translator(locale);
  return CSV_FIELDS.map((f) => tr(`log.csv.${f}`));
}

/** Excel (and WPS) hold at most 32,767 characters in a cell; a longer one spills or is cut off. */
export const EXCEL_CELL_MAX = 32_767;

/**
 * Cells a spreadsheet would read as a formula; written with a leading apostrophe. Papa's own
 * pattern (`/^[=+\-@\t\r].*$/`) has no `s` flag, so it misses a multi-line cell (a snapshot).
 */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * A snapshot that fits one spreadsheet cell: a full text longer than a cell allows is cut, not
 * split mid-character, and says so (the JSON Lines export carries it whole).
 */
function snapshotCell(text: string, tr: (key: MessageKey) => string): string {
  // The apostrophe that defuses a formula-like cell counts too.
  const max = FORMULA_LIKE.test(text) ? EXCEL_CELL_MAX - 1 : EXCEL_CELL_MAX;
  if (text.length <= max) return text;
  const note = tr('log.csv.snapshotCut');
  return clip(text, max - note.length) + note;
}

/** The labels a CSV row repeats, looked up once per export chunk rather than once per cell. */
function labels(locale: Locale): (key: MessageKey) => string {
  const tr = translator(locale);
  const seen = new Map<MessageKey, string>();
  return (key) => {
    let label = seen.get(key);
    if (label === undefined) seen.set(key, (label = tr(key)));
    return label;
  };
}

/** Platform and rule names as people know them; the JSON Lines export keeps the ids. */
function namer(locale: Locale) {
  // Looked up once per id per export chunk: a CSV row repeats the same few names.
  const memo = <T>(look: (id: string) => T) => {
    const seen = new Map<string, T>();
    return (id: string) => {
      if (!seen.has(id)) seen.set(id, look(id));
      return seen.get(id)!;
    };
  };
  return {
    platform: memo((id) => PLATFORMS.find((p) => p.id === id)?.name[locale] ?? id),
    rule: memo((id) => ruleById(id)?.meta.name[locale] ?? id),
  };
}

function csvRow(r: PublicationRecord, tr: (key: MessageKey) => string, names: ReturnType<typeof namer>): string[] {
  const sep = tr('list.separator');
  const kept = maskedForPeople(r);
  return [
    r.id,
    beijingTime(r.time),
    names.platform(r.platform),
    r.account,
    kept.title,
    r.url,
    tr(`log.origin.${r.origin}`),
    r.source ?? '',
    tr(`tier.${r.requiredApproval}`),
    String(r.findings.length),
    r.categories.map((c) => tr(`category.${c}`)).join(sep),
    [...new Set(r.findings.map((f) => names.rule(f.ruleId)))].join(sep),
    r.overrides.map((o) => `${o.ruleIds.map(names.rule).join(sep)}: ${o.reason}`).join('\n'),
    tr(`log.approval.${r.approvalStatus}`),
    r.approval?.reviewer ?? '',
    tr(`log.outcome.${r.outcome}`),
    r.contentHash,
    snapshotCell(kept.text ?? '', tr),
    r.deviceId,
    String(r.seq),
    r.prevHash,
    r.hash,
  ];
}

/** CSV text with BOM; call with `header: false` for later chunks of a long export. */
export function toCsv(
  records: readonly PublicationRecord[],
  { locale = 'zh', header = true }: { locale?: Locale; header?: boolean } = {},
): string {
  const tr = labels(locale);
  const names = namer(locale);
  const rows = records.map((r) => csvRow(r, tr, names));
  const body = Papa.unparse(header ? [csvHeader(locale), ...rows] : rows, { newline: '\r\n', escapeFormulae: FORMULA_LIKE });
  return (header ? UTF8_BOM : '') + body + '\r\n';
}

export function toJsonl(records: readonly PublicationRecord[], heads: readonly ChainHead[] = []): string {
  let out = '';
  for (const r of records) out += `${JSON.stringify(r)}\n`;
  for (const h of heads) out += `${JSON.stringify({ type: HEAD_TYPE, ...h })}\n`;
  return out;
}

export interface FileProblem {
  file: string;
  line: number | null;
  reason: string;
}

export interface ParsedFile {
  records: Record<string, unknown>[];
  heads: ChainHead[];
  problems: FileProblem[];
}

/** One line of a JSON Lines export: a record (kept raw), a chain head, nothing (blank, the header) or a problem. */
export type JsonlLine =
  | { kind: 'record'; record: Record<string, unknown> }
  | { kind: 'head'; head: ChainHead }
  | { kind: 'problem'; problem: FileProblem }
  | { kind: 'none' };

export function parseJsonlLine(raw: string, file: string, line: number): JsonlLine {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (!text.trim()) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'problem', problem: { file, line, reason: 'not JSON' } };
  }
  // Who exported the file: read by the province tools, not a record to import here.
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === EXPORT_HEADER_TYPE) return { kind: 'none' };
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === HEAD_TYPE) {
    const { type: _type, ...rest } = value as Record<string, unknown>;
    const head = chainHeadSchema.safeParse(rest);
    if (head.success) return { kind: 'head', head: head.data };
    return { kind: 'problem', problem: { file, line, reason: `bad chain head: ${head.error.issues[0]?.message ?? ''}` } };
  }
  const rec = publicationRecordSchema.safeParse(value);
  if (!rec.success) {
    const issue = rec.error.issues[0];
    return {
      kind: 'problem',
      problem: { file, line, reason: `not a publication record: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}` },
    };
  }
  // Kept raw: verification hashes the record exactly as it was written.
  return { kind: 'record', record: value as Record<string, unknown> };
}

export function parseJsonl(text: string, file: string): ParsedFile {
  const out: ParsedFile = { records: [], heads: [], problems: [] };
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const item = parseJsonlLine(raw, file, i + 1);
    if (item.kind === 'record') out.records.push(item.record);
    else if (item.kind === 'head') out.heads.push(item.head);
    else if (item.kind === 'problem') out.problems.push(item.problem);
  });
  return out;
}

export interface ImportCheck {
  records: PublicationRecord[];
  heads: ChainHead[];
  problems: FileProblem[];
  duplicates: number;
  report: VerifyReport;
}

/**
 * Several files (one per machine, or several exports of one machine) checked together: records
 * deduplicated by id (a different record under the same id is a problem), the longest head per
 * device kept, and every device's chain verified, its head's signature too (`known`: the key a
 * device is already known by, which its head must be signed with).
 */
export async function checkFiles(
  files: readonly { name: string; text: string }[],
  known: ReadonlyMap<string, PublicKeyJwk> = new Map(),
): Promise<ImportCheck> {
  const byId = new Map<string, Record<string, unknown>>();
  const heads = new Map<string, ChainHead>();
  const problems: FileProblem[] = [];
  let duplicates = 0;
  for (const f of files) {
    const parsed = parseJsonl(f.text, f.name);
    problems.push(...parsed.problems);
    for (const r of parsed.records) {
      const seen = byId.get(r.id as string);
      if (!seen) byId.set(r.id as string, r);
      else if (sameRecord(seen, r)) duplicates++;
      else problems.push({ file: f.name, line: null, reason: `record ${String(r.id)} differs from another copy with the same id` });
    }
    for (const h of parsed.heads) {
      const known = heads.get(h.deviceId);
      if (!known || h.seq > known.seq || (h.seq === known.seq && (h.checkpoint?.seq ?? 0) > (known.checkpoint?.seq ?? 0)))
        heads.set(h.deviceId, h);
    }
  }
  const records = [...byId.values()];
  const verifier = new ChainVerifier(heads, await signaturesOf(heads.values(), known));
  for (let i = 0; i < records.length; i += 5000) await verifier.push(records.slice(i, i + 5000) as ChainLink[]);
  return {
    records: records as unknown as PublicationRecord[],
    heads: [...heads.values()],
    problems,
    duplicates,
    report: verifier.finish(),
  };
}

export interface ImportBatch {
  records: PublicationRecord[];
  heads: ChainHead[];
  /** The chains that failed the check, in every batch: their records are stored apart. */
  quarantine: QuarantineOrder[];
  /** Index of the batch's first record among all the check's records. */
  offset: number;
}

/**
 * A checked import cut into messages of at most `size` records: in chain order (device, seq), the
 * files' chain heads with the last batch, so an import that stops midway leaves each chain a prefix
 * of itself rather than scattered records under a head far ahead. Always at least one batch.
 */
export function importBatches(check: Pick<ImportCheck, 'records' | 'heads'> & { report?: VerifyReport }, size: number): ImportBatch[] {
  const records = [...check.records].sort((a, b) => (a.deviceId === b.deviceId ? a.seq - b.seq : a.deviceId < b.deviceId ? -1 : 1));
  const count = Math.max(1, Math.ceil(records.length / size));
  const quarantine = quarantineOrders(check.report);
  return Array.from({ length: count }, (_, c) => ({
    records: records.slice(c * size, (c + 1) * size),
    heads: c === count - 1 ? check.heads : [],
    quarantine,
    offset: c * size,
  }));
}

/** Every device whose chain the check found broken (altered, cut, unsigned, rewritten…). */
export function quarantineOrders(report: VerifyReport | undefined): QuarantineOrder[] {
  return (report?.devices ?? []).flatMap((d) =>
    d.problem
      ? [{ deviceId: d.deviceId, kind: d.problem.kind, detail: d.problem.detail.slice(0, 500), seq: Math.max(0, d.problem.seq) }]
      : [],
  );
}
