/**
 * `npm run --silent check -- [--format json|text|html] [--list-rules] [--mask] [--out FILE] [--trust KEY.jwk[,KEY2.jwk]] [--token TOKEN] FILE-OR-FOLDER...`
 * The contract (README, 命令行): exit 0 when nothing blocks, 1 when something does, 2 for bad
 * usage or unreadable input with a one-line reason on stderr and nothing on stdout.
 * With --trust or --token each result also says whether a signed approval covers the draft.
 * For trainers: folders are checked recursively, Word .docx files are read (runCli), and
 * --format html writes a self-contained report; --out writes any report to a file.
 * --mask (formerly --fix, still accepted with a note) writes the draft with every masking
 * suggestion applied, re-checks what it wrote and exits 1 when anything blocking remains.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { applyEditsToSource } from '../engine/source-edits';
import { translator, type Locale } from '../i18n';
import { rules } from '../rules';
import { verifyDrafts, loadTrustedKeys, readTokenOption } from './approval-check';
import { UsageError, type RunResult } from './exit';
import { expandInputs, isDocx } from './inputs';
import { isImageFile } from './images';
import { draftFromSource, loadDocx, loadDraft, loadImage, readImagesOf, userPath, type LoadedDraft } from './loaders';
import { checkImages } from '../ocr/image-check';
import { formatJson, formatText, listRules, type FileResult } from './output';
import { formatHtml } from './report-html';

export { UsageError, type RunResult } from './exit';
export { draftFileSchema, draftFromSource, loadDocx, loadDraft, type LoadedDraft } from './loaders';
export { formatJson, formatText, listRules, type FileResult } from './output';

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
  const kind = loaded.kind === 'docx' || loaded.kind === 'image' ? 'html' : loaded.kind;
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
  if (mask && isImageFile(files[0])) throw new UsageError(tr('cli.error.fixNotImage'));
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
    if (l.readings?.length) {
      findings.push(...checkImages(l.draft, l.readings, rules, { locale }));
      findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    }
    return { file: l.file, draft: l.draft, findings, requiredApproval };
  });
  return { locale, format, results, out, trust, token };
}

function finish({ format, results, locale, out }: Prepared): RunResult {
  const tr = translator(locale);
  const blocked = results.some((r) => r.findings.some((f) => f.severity === 'block'));
  const report =
    format === 'json' ? `${formatJson(results)}\n` : format === 'html' ? formatHtml(results, locale) : `${formatText(results, locale)}\n`;
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
    const prepared = prepare(
      parsed,
      parsed.files.map((file) => loadDraft(file, translator(locale))),
    );
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
    for (const file of parsed.files)
      loaded.push(isImageFile(file) ? loadImage(file, tr) : isDocx(file) ? await loadDocx(file, tr) : loadDraft(file, tr));
    if (!parsed.mask) for (const l of loaded) await readImagesOf(l, tr);
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
