/**
 * `npm run --silent check -- [--format json|text|html] [--list-rules] [--fix] [--out FILE] [--trust KEY.jwk[,KEY2.jwk]] [--token TOKEN] FILE-OR-FOLDER...`
 * The contract (README, 命令行): exit 0 when nothing blocks, 1 when something does, 2 for bad
 * usage or unreadable input with a one-line reason on stderr and nothing on stdout.
 * With --trust or --token each result also says whether a signed approval covers the draft.
 * For trainers: folders are checked recursively, Word .docx files are read (runCli), and
 * --format html writes a self-contained report; --out writes any report to a file.
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
import { loadDocx, loadDraft, userPath, type LoadedDraft } from './loaders';
import { formatJson, formatText, listRules, type FileResult } from './output';
import { formatHtml } from './report-html';

export { UsageError, type RunResult } from './exit';
export { draftFileSchema, loadDocx, loadDraft, type LoadedDraft } from './loaders';
export { formatJson, formatText, listRules, type FileResult } from './output';

/** Applies every personal-data masking suggestion ("mask all") and returns the masked file. */
export function maskAll(loaded: LoadedDraft, findings: Finding[]): string {
  const edits = findings.filter((f) => f.category === 'personal-data' && f.suggestions?.length).flatMap((f) => f.suggestions![0].edits);
  const { title, source } = applyEditsToSource(loaded.draft, loaded.source, edits);
  if (loaded.kind === 'json' && loaded.json) {
    const key = loaded.json.html !== undefined ? 'html' : 'text';
    return `${JSON.stringify({ ...loaded.json, title, [key]: source }, null, 2)}\n`;
  }
  return source;
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
  fix: boolean;
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
  if (values.fix && files.length !== 1) throw new UsageError(tr('cli.error.fixOneFile'));
  if (values.fix && isDocx(files[0])) throw new UsageError(tr('cli.error.fixNotDocx'));
  return { locale, format, files, fix: values.fix, out: values.out, trust: values.trust, token: values.token };
}

/** Checks the loaded drafts; with --fix, writes or returns the masked file at once. */
function prepare({ locale, format, fix, out, trust, token }: Parsed, loaded: LoadedDraft[]): RunResult | Prepared {
  const results: FileResult[] = loaded.map((l) => {
    const { findings, requiredApproval } = checkDraft(l.draft, rules, { locale });
    return { file: l.file, draft: l.draft, findings, requiredApproval };
  });
  if (fix) {
    const masked = maskAll(loaded[0], results[0].findings);
    if (out) {
      writeFileSync(userPath(out), masked);
      return { code: 0, stdout: '', stderr: '' };
    }
    return { code: 0, stdout: masked, stderr: '' };
  }
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
