/**
 * `npm run --silent log -- verify FILE.jsonl` prints the chain verdict (exit 0 intact, 1 broken);
 * `npm run --silent log -- report FILE.jsonl...` merges exports from several machines and prints
 * the chain verdict and a cadence report per account in Markdown (Art. 22, 23). Both stream the
 * files (any size). For the supervising unit: `ingest FILE|FOLDER... --db DB`, `report --db DB
 * [--format html|csv|md]` and `sql` (lib/province/cli.ts). Exit 2: bad usage or unreadable
 * input, one line on stderr, nothing on stdout.
 */
import { pathToFileURL } from 'node:url';
import { PLATFORMS } from '../adapters/platforms';
import { translator, type Locale } from '../i18n';
import { useDigester } from '../log/digest';
import { cadenceReportOf, verdictLine } from '../log/report';
import { cadenceFromDb, checkStreaming, runProvince, wantsDb } from '../province/cli';
import { provinceTranslator } from '../province/messages';
import { chinaDay } from '../log/record';
import { nodeDigester } from './node-digest';

/** Ends the run with exit code 2 and its message on stderr. */
export class UsageError extends Error {}

export async function runLog(argv: readonly string[], locale: Locale = 'zh', today?: string): Promise<{ code: number; stdout: string }> {
  // node:crypto for the chain's digests: same bytes, same hashes, many times faster than Node's WebCrypto.
  useDigester(nodeDigester);
  const tr = translator(locale);
  const usage = (message: string) => new UsageError(message);
  const [command, ...files] = argv;
  const day = today ?? chinaDay(new Date());
  if (command === 'ingest' || command === 'sql' || (command === 'report' && wantsDb(files)))
    return runProvince(command, files, { locale, today: day, usage });
  if ((command !== 'verify' && command !== 'report') || !files.length || (command === 'verify' && files.length !== 1)) {
    throw usage(`${tr('log.cli.usage')}\n${provinceTranslator(locale)('usage')}`);
  }
  const check = await checkStreaming(files, locale, usage, (db) => (command === 'report' ? cadenceFromDb(db) : Promise.resolve(null)));
  const problems = check.problems.map((p) =>
    p.line === null
      ? tr('import.fileProblemNoLine', { file: p.file, reason: p.reason })
      : tr('import.fileProblem', { file: p.file, line: p.line, reason: p.reason }),
  );
  const problemBlock = check.problemCount
    ? [tr('log.cli.fileProblems', { count: check.problemCount }), ...problems.map((p) => `- ${p}`), '']
    : [];
  const broken = !check.report.ok || check.problemCount > 0;
  if (command === 'verify' || !check.result)
    return { code: broken ? 1 : 0, stdout: [verdictLine(check.report, locale), ...problemBlock].join('\n') + '\n' };
  const platformName = (id: string) => PLATFORMS.find((p) => p.id === id)?.name[locale] ?? id;
  const report = cadenceReportOf(check.result.accounts, check.result.records, check.report, { locale, platformName, today: day });
  // A chain that fails verification is kept apart, as an import would: its records are not counted, and the report says so.
  const apartDevices = check.report.devices.filter((d) => d.problem);
  const apart = apartDevices.reduce((n, d) => n + d.records, 0);
  const apartBlock = apart
    ? [tr('log.report.apart', { count: apart, devices: apartDevices.map((d) => d.deviceId.slice(0, 8)).join(tr('list.separator')) }), '']
    : [];
  return { code: 0, stdout: [report, ...apartBlock, ...problemBlock].join('\n') + '\n' };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const locale: Locale = process.env.GOVPOST_LANG === 'en' ? 'en' : 'zh';
  runLog(process.argv.slice(2), locale).then(
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
