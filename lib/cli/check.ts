/**
 * `npm run --silent check -- [--format json|text|html] [--list-rules] [--mask] [--out FILE] [--trust KEY.jwk[,KEY2.jwk]] [--token TOKEN] FILE-OR-FOLDER...`
 * The contract is in DESIGN.md: exit 0 when nothing blocks, 1 when something does, 2 for bad
 * usage or unreadable input with a one-line reason on stderr and nothing on stdout.
 * With --trust or --token each result also says whether a signed approval covers the draft (issue 7).
 * For trainers (issue 9): folders are checked recursively, Word .docx files are read (runCli), and
 * --format html writes a self-contained report; --out writes any report to a file.
 * --mask (formerly --fix, still accepted with a note) writes the draft with every masking
 * suggestion applied, re-checks what it wrote and exits 1 when anything blocking remains.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Draft } from '../engine/draft';
import { draftFromText } from '../engine/draft';
import { draftFromHtml, draftFromHtmlDocument, type TitleSource } from '../engine/html-tree';
import { articleLabel, type Finding, type Tier } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { applyEditsToSource } from '../engine/source-edits';
import { translator, type Locale } from '../i18n';
import { rules } from '../rules';
import { verifyDrafts, loadTrustedKeys, readTokenOption, type CliApproval } from './approval-check';
import { docxToHtml, expandInputs, isDocx } from './inputs';
import { formatHtml } from './report-html';

/** An error that ends the run with exit code 2 and its message on stderr. */
export class UsageError extends Error {}

const MAX_BYTES = 20 * 1024 * 1024;

/** `npm run` starts scripts in the package root; paths are the user's, relative to where they typed. */
const userPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

export const draftFileSchema = z.object({
  title: z.string(),
  html: z.string().optional(),
  text: z.string().optional(),
  platform: z.string().optional(),
});

export interface LoadedDraft {
  file: string;
  draft: Draft;
  kind: 'json' | 'html' | 'txt' | 'md' | 'docx';
  source: string;
  json?: z.infer<typeof draftFileSchema>;
  /** A whole HTML document's <title>, character by character in the source (masking edits it there). */
  titleSource?: TitleSource;
}

export function loadDraft(file: string, tr = translator()): LoadedDraft {
  const kind = /\.(json|html?|txt|md|markdown)$/i.exec(file)?.[1].toLowerCase();
  if (isDocx(file)) throw new UsageError(tr('cli.error.docxNeedsAsync'));
  if (!kind) throw new UsageError(tr('cli.error.unknownType', { file }));
  let bytes: Buffer;
  try {
    if (statSync(userPath(file)).size > MAX_BYTES) throw new UsageError(tr('cli.error.tooLarge', { file, limit: MAX_BYTES >> 20 }));
    bytes = readFileSync(userPath(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(tr('cli.error.missingFile', { file }));
    throw new UsageError(tr('cli.error.unreadable', { file, reason: code ?? String(e) }));
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(tr('cli.error.notUtf8', { file }));
  }
  return draftFromSource(file, kind === 'htm' ? 'html' : kind === 'markdown' ? 'md' : (kind as 'json' | 'html' | 'txt' | 'md'), source, tr);
}

/** A draft from a file's text, read as its kind says (also used to re-check masked output). */
export function draftFromSource(file: string, kind: 'json' | 'html' | 'txt' | 'md', source: string, tr = translator()): LoadedDraft {
  if (kind === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(source);
    } catch (e) {
      throw new UsageError(tr('cli.error.badJson', { file, reason: (e as Error).message }));
    }
    const parsed = draftFileSchema.safeParse(raw);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new UsageError(tr('cli.error.badJson', { file, reason }));
    }
    const json = parsed.data;
    const draft =
      json.html !== undefined
        ? draftFromHtml(json.html, { title: json.title, platform: json.platform })
        : draftFromText(json.text ?? '', { title: json.title, platform: json.platform });
    return { file, draft, kind, source: json.html ?? json.text ?? '', json };
  }
  if (kind === 'html') {
    const draft = draftFromHtmlDocument(source);
    return { file, draft, kind: 'html', source, titleSource: draft.titleSource };
  }
  return { file, draft: draftFromText(source), kind, source };
}

/** A Word document as a draft: mammoth's HTML, read as any HTML body (no separate title). */
export async function loadDocx(file: string, tr = translator()): Promise<LoadedDraft> {
  if (statSafe(file) > MAX_BYTES) throw new UsageError(tr('cli.error.tooLarge', { file, limit: MAX_BYTES >> 20 }));
  const html = await docxToHtml(file, userPath, tr, (message) => new UsageError(message));
  return { file, draft: draftFromHtml(html), kind: 'docx', source: html };
}

function statSafe(file: string): number {
  try {
    return statSync(userPath(file)).size;
  } catch {
    return 0; // the loader reports a missing file with its own message
  }
}

export interface FileResult {
  file: string;
  requiredApproval: Tier;
  findings: Finding[];
  draft: Draft;
  /** Only when --trust or --token was given. */
  approval?: CliApproval;
}

/** The JSON contract's shape of one finding: exactly these fields. */
function contractFinding(f: Finding) {
  const { ruleId, category, severity, start, end, text, message, basis } = f;
  return { ruleId, category, severity, start, end, text, message, basis };
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify({
    results: results.map((r) => ({
      file: r.file,
      requiredApproval: r.requiredApproval,
      findings: r.findings.map(contractFinding),
      ...(r.approval ? { approval: { status: r.approval.status, reason: r.approval.reason, level: r.approval.level, reviewer: r.approval.reviewer } } : {}),
    })),
  });
}

/** The line (1-based) and a short excerpt around a finding, the finding marked as the catalogue says (【】 in Chinese). */
function excerpt(text: string, start: number, end: number, tr: ReturnType<typeof translator>): { line: number; excerpt: string } {
  const line = text.slice(0, start).split('\n').length;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(Math.max(lineStart, start - 20), start);
  const after = text.slice(end, Math.min(lineEnd, end + 20));
  const flagged = text.slice(start, end);
  return {
    line,
    excerpt: tr('cli.text.excerpt', {
      before: `${start - 20 > lineStart ? '…' : ''}${before}`,
      flagged: flagged.length > 60 ? `${flagged.slice(0, 57)}…` : flagged,
      after: `${after}${end + 20 < lineEnd ? '…' : ''}`,
    }),
  };
}

/** 第二十四条、第四十条 (or "Art. 24, Art. 40"). */
function articlesOf(basis: readonly { article: number }[], tr: ReturnType<typeof translator>): string {
  return basis.map((b) => tr('basis.article', { article: b.article, label: articleLabel(b.article) })).join(tr('list.separator'));
}

export function formatText(results: FileResult[], locale: Locale = 'zh'): string {
  const tr = translator(locale);
  const out: string[] = [];
  let total = 0;
  let blocking = 0;
  for (const r of results) {
    out.push(tr('cli.text.file', { file: r.file }));
    out.push(`  ${tr('cli.text.required', { tier: tr(`tier.${r.requiredApproval}`) })}`);
    if (r.approval) out.push(`  ${tr('cli.text.approval', { status: r.approval.line })}`);
    if (r.findings.length === 0) out.push(`  ${tr('cli.text.none')}`);
    for (const f of r.findings) {
      total++;
      if (f.severity === 'block') blocking++;
      const { line, excerpt: ex } = excerpt(r.draft.text, f.start, f.end, tr);
      const articles = articlesOf(f.basis, tr);
      out.push(`  ${tr('cli.text.finding', { severity: tr(`severity.${f.severity}`), line: tr('cli.text.line', { line }), category: tr(`category.${f.category}`), articles, ruleId: f.ruleId })}`);
      out.push(`    ${ex}`);
      out.push(`    ${f.message}`);
    }
    out.push('');
  }
  out.push(tr('cli.text.summary', { files: results.length, findings: total, blocking }));
  return out.join('\n');
}

export function listRules(format: 'json' | 'text', locale: Locale = 'zh'): string {
  if (format === 'json') {
    return JSON.stringify({
      rules: rules.map((r) => ({ id: r.meta.id, category: r.meta.category, defaultSeverity: r.meta.defaultSeverity, basis: r.meta.basis })),
    });
  }
  const tr = translator(locale);
  const lines = [tr('cli.rules.header', { count: rules.length })];
  for (const r of rules) {
    const articles = articlesOf(r.meta.basis, tr);
    lines.push(`  ${tr('cli.rules.line', { id: r.meta.id, name: r.meta.name[locale], category: tr(`category.${r.meta.category}`), severity: tr(`severity.${r.meta.defaultSeverity}`), articles })}`);
  }
  return lines.join('\n');
}

/** The masking edits of a check: the first suggestion of every personal-data finding that has one. */
export function maskingEdits(findings: readonly Finding[]) {
  return findings.filter((f) => f.category === 'personal-data' && f.suggestions?.length).flatMap((f) => f.suggestions![0].edits);
}

/** Applies masking edits to a loaded file and returns the file's new text. */
export function maskAll(loaded: LoadedDraft, findings: Finding[]): string {
  const { title, source } = applyEditsToSource(loaded.draft, loaded.source, maskingEdits(findings), loaded.titleSource);
  if (loaded.kind === 'json' && loaded.json) {
    const key = loaded.json.html !== undefined ? 'html' : 'text';
    return `${JSON.stringify({ ...loaded.json, title, [key]: source }, null, 2)}\n`;
  }
  return source;
}

export interface MaskResult {
  /** The masked file. */
  output: string;
  /** The check of the masked file: what is left. */
  findings: Finding[];
}

/**
 * "Mask all" for a file: applies every masking suggestion, then reads back what it wrote and checks
 * it again — an edit that overlapped another or landed where no source maps is found again and
 * masked in the next pass. What the last check finds is what the file still holds.
 */
export function maskFile(loaded: LoadedDraft, locale: Locale = 'zh', checked?: Finding[], passes = 3): MaskResult {
  const tr = translator(locale);
  const kind = loaded.kind === 'docx' ? 'html' : loaded.kind;
  let current = loaded;
  let output = loaded.kind === 'json' ? maskAll(loaded, []) : loaded.source;
  let findings = checked ?? checkDraft(current.draft, rules, { locale }).findings;
  for (let pass = 0; pass < passes && maskingEdits(findings).length > 0; pass++) {
    const next = maskAll(current, findings);
    if (next === output) break;
    output = next;
    current = draftFromSource(loaded.file, kind, output, tr);
    findings = checkDraft(current.draft, rules, { locale }).findings;
  }
  return { output, findings };
}

export interface RunResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

type Format = 'json' | 'text' | 'html';

interface Prepared {
  locale: Locale;
  format: Format;
  results: FileResult[];
  out?: string;
  trust?: string;
  token?: string;
}

interface Parsed {
  locale: Locale;
  format: Format;
  files: string[];
  mask: boolean;
  /** A note for stderr (the deprecated --fix). */
  note?: string;
  out?: string;
  trust?: string;
  token?: string;
}

/** Parses the arguments and expands folders; a result when there is nothing left to do (--list-rules). */
function parse(argv: string[], locale: Locale): RunResult | Parsed {
  const tr = translator(locale);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        'list-rules': { type: 'boolean', default: false },
        mask: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        out: { type: 'string' },
        trust: { type: 'string' },
        token: { type: 'string' },
      },
    });
  } catch (e) {
    const option = /'([^']+)'/.exec((e as Error).message)?.[1] ?? (e as Error).message;
    throw new UsageError(tr('cli.error.unknownOption', { option }));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== 'json' && format !== 'text' && format !== 'html') throw new UsageError(tr('cli.error.badFormat'));
  if (values['list-rules']) return { code: 0, stdout: `${listRules(format === 'json' ? 'json' : 'text', locale)}\n`, stderr: '' };
  if (positionals.length === 0) throw new UsageError(`${tr('cli.error.noFiles')}。${tr('cli.usage')}`);
  const files = expandInputs(positionals, userPath, tr, (message) => new UsageError(message));
  const mask = values.mask || values.fix;
  if (mask && files.length !== 1) throw new UsageError(tr('cli.error.fixOneFile'));
  if (mask && isDocx(files[0])) throw new UsageError(tr('cli.error.fixNotDocx'));
  const note = values.fix ? `${tr('cli.mask.fixRenamed')}\n` : undefined;
  return { locale, format, files, mask, note, out: values.out, trust: values.trust, token: values.token };
}

/** Checks the loaded drafts; with --mask, writes or returns the masked file at once. */
function prepare({ locale, format, mask, note, out, trust, token }: Parsed, loaded: LoadedDraft[]): RunResult | Prepared {
  if (mask) {
    const { output, findings } = maskFile(loaded[0], locale);
    const blocking = findings.filter((f) => f.severity === 'block').length;
    // What is still blocking after masking is said in one line; the exit code says it to scripts.
    const stderr = `${note ?? ''}${blocking ? `${translator(locale)('cli.mask.remaining', { count: blocking })}\n` : ''}`;
    const code = blocking ? 1 : 0;
    if (out) {
      writeFileSync(userPath(out), output);
      return { code, stdout: '', stderr };
    }
    return { code, stdout: output, stderr };
  }
  const results: FileResult[] = loaded.map((l) => {
    const { findings, requiredApproval } = checkDraft(l.draft, rules, { locale });
    return { file: l.file, draft: l.draft, findings, requiredApproval };
  });
  return { locale, format, results, out, trust, token };
}

function finish({ format, results, locale, out }: Prepared): RunResult {
  const tr = translator(locale);
  const blocked = results.some((r) => r.findings.some((f) => f.severity === 'block'));
  const report = format === 'json' ? `${formatJson(results)}\n` : format === 'html' ? formatHtml(results, locale) : `${formatText(results, locale)}\n`;
  if (!out) return { code: blocked ? 1 : 0, stdout: report, stderr: '' };
  // The report goes to the file; the terminal gets where it went and the totals.
  writeFileSync(userPath(out), report);
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  const blocking = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'block').length, 0);
  const stdout = `${tr('cli.html.written', { file: out })}\n${tr('cli.text.summary', { files: results.length, findings: total, blocking })}\n`;
  return { code: blocked ? 1 : 0, stdout, stderr: '' };
}

function failed(e: unknown): RunResult {
  if (e instanceof UsageError) return { code: 2, stdout: '', stderr: `${e.message.replace(/\n/g, ' ')}\n` };
  return { code: 2, stdout: '', stderr: `${String((e as Error).message ?? e).replace(/\n/g, ' ')}\n` };
}

const cliLocale = (): Locale => (process.env.GOVPOST_LANG === 'en' ? 'en' : 'zh');

/** The synchronous run, without approvals (verifying a signature is asynchronous: use runCli). */
export function run(argv: string[]): RunResult {
  const locale = cliLocale();
  try {
    const parsed = parse(argv, locale);
    if ('code' in parsed) return parsed;
    const prepared = prepare(parsed, parsed.files.map((file) => loadDraft(file, translator(locale))));
    if ('code' in prepared) return prepared;
    if (prepared.trust !== undefined || prepared.token !== undefined) throw new Error('--trust/--token need runCli');
    return finish(prepared);
  } catch (e) {
    return failed(e);
  }
}

/** Everything `run` does, plus --trust/--token: each result says whether a signed approval covers it. */
export async function runCli(argv: string[]): Promise<RunResult> {
  const locale = cliLocale();
  try {
    const parsed = parse(argv, locale);
    if ('code' in parsed) return parsed;
    const tr = translator(locale);
    const loaded: LoadedDraft[] = [];
    // One file at a time, so the first unreadable file is the one reported.
    for (const file of parsed.files) loaded.push(isDocx(file) ? await loadDocx(file, tr) : loadDraft(file, tr));
    const prepared = prepare(parsed, loaded);
    if ('code' in prepared) return prepared;
    if (prepared.trust !== undefined || prepared.token !== undefined) {
      const trusted = await loadTrustedKeys(prepared.trust, userPath, translator(locale));
      const token = readTokenOption(prepared.token, userPath, translator(locale));
      await verifyDrafts(prepared.results, trusted, token, locale);
    }
    return finish(prepared);
  } catch (e) {
    return failed(e);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runCli(process.argv.slice(2)).then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
