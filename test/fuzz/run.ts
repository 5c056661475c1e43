/**
 * `npm run fuzz [-- --count N] [--from SEED] [--workers N]`: seeded drafts (100,000 by default)
 * through the engine and through `--mask`, split over worker processes (one per core, at most
 * four). Prints crashes, range violations and personal data left by masking, with the seed of each
 * so it can be replayed (`--from SEED --count 1`); exits 1 when there is any.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkCase, type FuzzProblem } from './check';
import { fuzzCase } from './generate';

interface Summary {
  cases: number;
  problems: FuzzProblem[];
}

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    from: { type: 'string', default: '0' },
    workers: { type: 'string' },
    shard: { type: 'string' },
  },
});
const count = Number(values.count);
const from = Number(values.from);

function runShard(shard: number, shards: number): Summary {
  const problems: FuzzProblem[] = [];
  let cases = 0;
  for (let seed = from + shard; seed < from + count; seed += shards) {
    problems.push(...checkCase(fuzzCase(seed)));
    cases++;
    if (cases % 5000 === 0) process.stderr.write(`fuzz: worker ${shard + 1}/${shards}: ${cases} drafts\n`);
  }
  return { cases, problems };
}

if (values.shard) {
  // A worker: its share of the seeds, the summary back to the parent.
  const [shard, shards] = values.shard.split('/').map(Number);
  process.send!(runShard(shard, shards));
} else {
  const workers = Math.max(1, Math.min(Number(values.workers ?? availableParallelism()), 4, count));
  const started = performance.now();
  const summaries = await Promise.all(
    Array.from(
      { length: workers },
      (_, shard) =>
        new Promise<Summary>((resolve, reject) => {
          const child = fork(
            fileURLToPath(import.meta.url),
            ['--count', String(count), '--from', String(from), '--shard', `${shard}/${workers}`],
            {
              execArgv: ['--import', 'tsx'],
            },
          );
          let summary: Summary | undefined;
          child.on('message', (m) => (summary = m as Summary));
          child.on('error', reject);
          child.on('exit', (code) =>
            summary ? resolve(summary) : reject(new Error(`fuzz worker ${shard} exited with ${code} and no summary`)),
          );
        }),
    ),
  );
  const cases = summaries.reduce((n, s) => n + s.cases, 0);
  const problems = summaries.flatMap((s) => s.problems).sort((a, b) => a.seed - b.seed);
  const by = (kind: FuzzProblem['kind']) => problems.filter((p) => p.kind === kind);
  console.log(
    `# Fuzz run: ${cases.toLocaleString('en-US')} drafts (seeds ${from}–${from + count - 1}), ${workers} worker(s), ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  console.log('| check | count |\n|---|---|');
  console.log(`| crashes | ${by('crash').length} |`);
  console.log(`| range violations (bounds, text = slice, surrogate cut, empty) | ${by('range').length} |`);
  console.log(`| personal data left by --mask (re-checked) | ${by('pii-left').length} |`);
  for (const p of problems.slice(0, 30)) console.log(`- seed ${p.seed} (${p.kind}): ${p.detail}`);
  if (problems.length > 30) console.log(`- … and ${problems.length - 30} more`);
  if (problems.length) process.exitCode = 1;
}
