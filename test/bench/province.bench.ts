/**
 * `npm run bench:province`: a seeded province (PROVINCE_RECORDS records, default 200,000, across
 * 10,000 accounts and 3,000 devices; one export per prefecture), then, each in a fresh Node
 * process timed from outside (wall and CPU time) with its peak resident memory (DuckDB's native memory included):
 *   1. `log ingest FOLDER --db` — load, deduplicate and verify every chain;
 *   2. `log ingest` of the same folder again — idempotent, adds nothing;
 *   3. `log report --db --format html`;
 *   4. `log verify` of one single export holding every record, of one about half and of one a
 *      quarter its size: the peak memory of the three shows whether verification grows with the file.
 * PROVINCE_RECORDS=10000000 is the province-year of the targets (≤ 5 min and ≤ 2 GB to ingest and
 * verify; ≤ 10 s for the report). Generating the data is not timed.
 * PROVINCE_STEPS (comma-separated, default all: ingest,reingest,report,verify,half) runs only those
 * steps, so a province-year fits a short window: `PROVINCE_STEPS=ingest,report,verify` skips the
 * re-ingest and the half-size export (the single export and the quarter still show whether
 * verification memory grows with the file); `PROVINCE_STEPS=none` only generates.
 * PROVINCE_DIR keeps the generated exports in that folder and reuses them on the next run with the
 * same PROVINCE_RECORDS, so a province-year can be generated while the machine is busy and timed
 * later when it is quiet (the database is made anew each run).
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeDigester } from '../../lib/cli/node-digest';
import { useDigester } from '../../lib/log/digest';
import { writeProvince } from './province-data';

const root = resolve(import.meta.dirname, '../..');
const records = Number(process.env.PROVINCE_RECORDS ?? 200_000);
const kept = process.env.PROVINCE_DIR ? resolve(process.env.PROVINCE_DIR) : undefined;
const keep = process.env.PROVINCE_KEEP === '1' || kept !== undefined;
const STEPS = ['ingest', 'reingest', 'report', 'verify', 'half'] as const;
const steps = new Set(
  (process.env.PROVINCE_STEPS === 'none' ? '' : (process.env.PROVINCE_STEPS ?? STEPS.join(',')))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
for (const s of steps)
  if (!(STEPS as readonly string[]).includes(s)) throw new Error(`PROVINCE_STEPS: unknown step ${s} (${STEPS.join(', ')})`);
if (steps.has('reingest') || steps.has('report')) steps.add('ingest');

function timed(label: string, args: string[]): { seconds: number; cpu: number; peakMb: number; stdout: string } {
  // GNU time reports the child's peak resident set; node starts with tsx like `npm run log`.
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', process.execPath, '--max-semi-space-size=64', '--import', 'tsx', 'lib/cli/log.ts', ...args],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const last = run.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, user, system, kb] = last.split(' ').map(Number);
  if (run.status !== 0 && run.status !== 1) throw new Error(`${label} failed (${run.status}): ${run.stderr}`);
  return { seconds, cpu: user + system, peakMb: kb / 1024, stdout: run.stdout };
}

useDigester(nodeDigester);
if (kept) mkdirSync(kept, { recursive: true });
const dir = kept ?? mkdtempSync(join(tmpdir(), 'govpost-province-'));
type Made = Awaited<ReturnType<typeof writeProvince>>;
/** What a kept folder already holds for this many records (written once every file is complete). */
const madeFile = join(dir, `generated-${records}.json`);
try {
  const folder = join(dir, 'exports');
  const single = { files: [join(dir, 'single.jsonl')] };
  const half = join(dir, 'half.jsonl');
  let made: Made;
  let quarter: Made | null;
  if (existsSync(madeFile)) {
    ({ made, quarter } = JSON.parse(readFileSync(madeFile, 'utf8')) as { made: Made; quarter: Made });
    console.log(`Reusing the ${records.toLocaleString('en')} records generated in ${dir}`);
  } else {
    console.log(`Generating ${records.toLocaleString('en')} records across 10,000 accounts and 3,000 devices…`);
    for (const f of [single.files[0], half]) rmSync(f, { force: true });
    made = await writeProvince(folder, { records });
    // The single export holds the same records: the prefectures' files one after another.
    for (const f of made.files) await pipeline(createReadStream(f), createWriteStream(single.files[0], { flags: 'a' }));
    // A third size between the two: the prefectures' files one after another up to about half the bytes.
    for (const f of made.files) {
      const written = statSync(half, { throwIfNoEntry: false })?.size ?? 0;
      if (written >= made.bytes / 2) break;
      await pipeline(createReadStream(f), createWriteStream(half, { flags: 'a' }));
    }
    quarter = await writeProvince(join(dir, 'quarter'), { records: Math.ceil(records / 4), oneFile: true });
    if (kept) writeFileSync(madeFile, JSON.stringify({ made, quarter }));
  }
  if (!steps.has('verify')) quarter = null;
  const gb = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
  console.log(`exports: ${made.files.length} files, ${gb(made.bytes)} GB; single export ${gb(statSync(single.files[0]).size)} GB`);
  const db = join(dir, 'province.duckdb');
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const rows: [string, { seconds: number; cpu: number; peakMb: number }, string][] = [];
  // Each step's figures as soon as it ends, so a long run that fails later still reports them.
  const record = (label: string, r: { seconds: number; cpu: number; peakMb: number }, target: string) => {
    console.log(`  ${label}: ${r.seconds.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU, ${r.peakMb.toFixed(0)} MB`);
    rows.push([label, r, target]);
  };
  if (steps.has('ingest')) {
    const ingest = timed('ingest', ['ingest', folder, '--db', db]);
    record('ingest + verify (log ingest)', ingest, '≤ 300 s, ≤ 2048 MB (10 M records)');
    console.log(`  records per second (ingest + verify): ${Math.round(records / ingest.seconds).toLocaleString('en')}`);
  }
  if (steps.has('reingest')) {
    const again = timed('re-ingest', ['ingest', folder, '--db', db]);
    if (!/新增 0 条/.test(again.stdout.split('\n')[0])) throw new Error(`re-ingest added records: ${again.stdout.split('\n')[0]}`);
    record('re-ingest the same files (adds nothing)', again, '—');
  }
  if (steps.has('report')) {
    const html = join(dir, 'report.html');
    const report = timed('report', ['report', '--db', db, '--format', 'html', '--out', html, '--today', '2026-11-30']);
    record(`report --format html (${(statSync(html).size / 2 ** 20).toFixed(1)} MB)`, report, '≤ 10 s');
  }
  if (steps.has('verify')) {
    const verifyAll = timed('verify', ['verify', single.files[0]]);
    record(
      `log verify, one export of ${records.toLocaleString('en')} (${gb(statSync(single.files[0]).size)} GB)`,
      verifyAll,
      'constant memory',
    );
  }
  if (steps.has('half'))
    record(`log verify, one export of about half (${gb(statSync(half).size)} GB)`, timed('verify', ['verify', half]), '—');
  if (quarter) {
    record(
      `log verify, one export of ${quarter.records.toLocaleString('en')} (${gb(statSync(quarter.files[0]).size)} GB)`,
      timed('verify', ['verify', quarter.files[0]]),
      '—',
    );
  }
  console.log(`\nNode ${process.version}, ${records.toLocaleString('en')} records\n`);
  // CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
  console.log('| step | wall time | CPU time | peak memory | target |\n|---|---|---|---|---|');
  for (const [label, r, target] of rows)
    console.log(`| ${label} | ${r.seconds.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${r.peakMb.toFixed(0)} MB | ${target} |`);
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
