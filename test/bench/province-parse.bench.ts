/**
 * The parse workers' path of `log ingest` on one thread, for measuring its CPU per record:
 * `npx tsx test/bench/province-parse.bench.ts FILE.jsonl [MAX_LINES]` reads the export's blocks
 * (as lib/province/lines.ts readBlocks does), parses and hashes them and appends the CSV rows
 * (lib/province/parse.ts parseBlockToFiles), and prints the CPU time of that step per line
 * (process.cpuUsage: meaningful on a shared machine, where wall time is not) and the SHA-256 of
 * each CSV file written, so two versions of the parser can be shown to write the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeDigester } from '../../lib/cli/node-digest';
import { useDigester } from '../../lib/log/digest';
import { readBlocks } from '../../lib/province/lines';
import { parseBlockToFiles, type CsvFiles } from '../../lib/province/parse';

const [file, maxArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx test/bench/province-parse.bench.ts FILE.jsonl [MAX_LINES]');
const max = Number(maxArg ?? Infinity);

useDigester(nodeDigester);
const dir = mkdtempSync(join(tmpdir(), 'govpost-parse-bench-'));
const files: CsvFiles = { rows: join(dir, 'rows.csv'), findings: join(dir, 'findings.csv'), overrides: join(dir, 'overrides.csv') };
try {
  let lines = 0;
  let records = 0;
  let cpu = 0;
  for await (const block of readBlocks(file)) {
    if (lines >= max) break;
    const start = process.cpuUsage();
    const b = await parseBlockToFiles(block.bytes, block.first, files);
    const used = process.cpuUsage(start);
    cpu += used.user + used.system;
    lines += b.lines;
    records += b.records;
  }
  const sha = (path: string) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16) : '-');
  console.log(
    `${lines.toLocaleString('en')} lines, ${records.toLocaleString('en')} records: ${(cpu / 1e6).toFixed(2)} s CPU, ` +
      `${(cpu / lines).toFixed(2)} µs per line`,
  );
  console.log(`rows ${sha(files.rows)}  findings ${sha(files.findings)}  overrides ${sha(files.overrides)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
