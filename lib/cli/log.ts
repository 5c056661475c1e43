/**
 * `npm run --silent log -- verify FILE.jsonl` prints the chain verdict (exit 0 intact, 1 broken);
 * `npm run --silent log -- report FILE.jsonl...` merges exports from several machines and prints
 * the chain verdict and a cadence report per account in Markdown (Art. 22, 23). Exit 2: bad usage
 * or unreadable input, one line on stderr, nothing on stdout.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PLATFORMS } from '../adapters/platforms';
import { translator, type Locale } from '../i18n';
import { useDigester } from '../log/digest';
import { cadenceReport, verdictLine } from '../log/report';
import { checkFiles } from '../log/transfer';
import { nodeDigester } from './node-digest';

/** Ends the run with exit code 2 and its message on stderr. */
export class UsageError extends Error {}

const userPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

function read(file: string, tr: ReturnType<typeof translator>): { name: string; text: string } {
  try {
    const bytes = readFileSync(userPath(file));
    // isUtf8 (simdutf) and toString decode 100 MB several times faster than a fatal TextDecoder.
    if (!isUtf8(bytes)) throw new TypeError('not UTF-8');
    return { name: file, text: bytes.toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(tr('cli.error.missingFile', { file }));
    if (e instanceof TypeError) throw new UsageError(tr('cli.error.notUtf8', { file }));
    throw new UsageError(tr('cli.error.unreadable', { file, reason: code ?? String(e) }));
  }
}

export async function runLog(argv: readonly string[], locale: Locale = 'zh', today?: string): Promise<{ code: number; stdout: string }> {
  // node:crypto for the chain's digests: same bytes, same hashes, many times faster than Node's WebCrypto.
  useDigester(nodeDigester);
  const tr = translator(locale);
  const [command, ...files] = argv;
  if ((command !== 'verify' && command !== 'report') || !files.length || (command === 'verify' && files.length !== 1)) throw new UsageError(tr('log.cli.usage'));
  const check = await checkFiles(files.map((f) => read(f, tr)));
  const problems = check.problems.map((p) => (p.line === null ? tr('import.fileProblemNoLine', { file: p.file, reason: p.reason }) : tr('import.fileProblem', { file: p.file, line: p.line, reason: p.reason })));
  const problemBlock = problems.length ? [tr('log.cli.fileProblems', { count: problems.length }), ...problems.map((p) => `- ${p}`), ''] : [];
  const failed = !check.report.ok || problems.length > 0;
  if (command === 'verify') return { code: failed ? 1 : 0, stdout: [verdictLine(check.report, locale), ...problemBlock].join('\n') + '\n' };
  const platformName = (id: string) => PLATFORMS.find((p) => p.id === id)?.name[locale] ?? id;
  // A chain that fails verification is kept apart, as an import would: its records are not counted.
  const broken = new Set(check.report.devices.filter((d) => d.problem).map((d) => d.deviceId));
  const counted = check.records.filter((r) => !broken.has(r.deviceId));
  const apart = check.records.length - counted.length;
  const report = cadenceReport(counted, check.report, { locale, platformName, ...(today ? { today } : {}) });
  const apartBlock = apart ? [tr('log.report.apart', { count: apart, devices: [...broken].map((d) => d.slice(0, 8)).join(tr('list.separator')) }), ''] : [];
  return { code: 0, stdout: [report, ...apartBlock, ...problemBlock].join('\n') + '\n' };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLog(process.argv.slice(2)).then(
    ({ code, stdout }) => {
      process.stdout.write(stdout);
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${e instanceof UsageError ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
