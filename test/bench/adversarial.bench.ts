/**
 * The adversarial row of `npm run bench`: worst-case drafts built to make a scan quadratic, from
 * 1k to 1M characters. Each family must grow at most 12× from 100,000 to 1,000,000 characters; the
 * run exits non-zero when one does not (or is too slow to finish a size). The smaller steps are
 * printed but not judged: from 1k to 10k the fixed cost of a check hides growth, and from 10k to
 * 100k the text and its indexes leave the processor's caches, which costs every scan (a single
 * /\d+/g over the text too) a step of up to 2× per character once; past 100k a linear scan grows
 * ×10 and a quadratic one ×100, so that step is where the verdict can tell them apart.
 *
 * What is measured is the work, not the machine's load. Wall time on a shared machine mostly
 * measures the other processes, so a sample is the CPU time of this process per check (user +
 * system), with the garbage collector on this thread (its work counts, and no helper thread's work
 * for an earlier sample does) and the heap collected before each sample, so no run pays for the
 * garbage of another. Sizes are measured in turn, round after round, every size the same number of
 * times; contention (shared caches, the other processes' memory traffic) can only add CPU time, so
 * each size counts its fastest round.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';
import { adversarialFamilies } from './adversarial-drafts';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const MAX_GROWTH = 12;
const ROUNDS = 9;
/** A sample runs the check often enough to take about this long, so timer resolution does not decide small sizes. */
const SAMPLE_MS = 100;
/** A size whose first check takes longer than this is not measured further: the family has already failed (a linear check of 1M characters takes well under a second). */
const GIVE_UP_MS = 5_000;

// The collector runs on this thread only, so the CPU time of the process is the check's own work
// and nothing a helper thread does for an earlier sample: the benchmark restarts itself with it.
if (!process.execArgv.includes('--single-threaded-gc')) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--single-threaded-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(child.status ?? 1);
}
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU milliseconds per check, averaged over a batch of `reps` checks. */
function sample(fn: () => unknown, reps: number): number {
  collectGarbage();
  const c0 = cpuMs();
  for (let i = 0; i < reps; i++) fn();
  return (cpuMs() - c0) / reps;
}

const only = process.argv.slice(2);
let failed = 0;
const lines: string[] = [];
for (const family of adversarialFamilies) {
  if (only.length && !only.includes(family.id)) continue;
  let note = '';
  // Warm up each size once (and calibrate its batch), giving up on a size that is already too slow.
  const sizes: { size: number; run: () => number; reps: number; samples: number[] }[] = [];
  for (const size of SIZES) {
    const input = family.build(size);
    const run = () => {
      const draft = family.html ? draftFromHtml(input) : draftFromText(input, { title: '压力测试' });
      return checkDraft(draft, rules).findings.length;
    };
    const t0 = performance.now();
    run();
    const first = performance.now() - t0;
    if (first > GIVE_UP_MS) {
      note = `gave up at ${size.toLocaleString('en-US')} characters (one run over ${GIVE_UP_MS / 1000} s)`;
      break;
    }
    sizes.push({ size, run, reps: Math.max(1, Math.ceil(SAMPLE_MS / Math.max(sample(run, 1), 0.001))), samples: [] });
  }
  for (let round = 0; round < ROUNDS; round++) for (const s of sizes) s.samples.push(sample(s.run, s.reps));
  const times = SIZES.map((_, i) => (sizes[i] ? Math.min(...sizes[i].samples) : Number.POSITIVE_INFINITY));
  const ratios = times.slice(1).map((t, i) => t / times[i]);
  const judged = ratios[ratios.length - 1];
  const ok = judged <= MAX_GROWTH && !note;
  if (!ok) failed++;
  const cells = times.map((t) => (Number.isFinite(t) ? t.toFixed(2) : '∞'));
  const growth = ratios.map((r) => (Number.isFinite(r) ? `${r.toFixed(1)}×` : '∞')).join(' ');
  lines.push(`| ${family.id} | ${cells.join(' | ')} | ${growth} | ${ok ? 'ok' : `**FAIL**${note ? ` (${note})` : ''}`} |`);
  console.error(`adversarial: ${family.id} done`);
}

console.log(
  `\n# Adversarial inputs (full check, CPU ms per check, fastest of ${ROUNDS} rounds; must grow ≤ ${MAX_GROWTH}× from 100k to 1M)\n`,
);
console.log(`| family | ${SIZES.map((s) => s.toLocaleString('en-US')).join(' | ')} | growth per 10× | verdict |`);
console.log(`|---|${SIZES.map(() => '---|').join('')}---|---|`);
for (const l of lines) console.log(l);
for (const f of adversarialFamilies) if (!only.length || only.includes(f.id)) console.log(`- ${f.id}: ${f.description}`);
if (failed) {
  console.log(`\n${failed} family/families grew more than ${MAX_GROWTH}× from 100,000 to 1,000,000 characters.`);
  process.exitCode = 1;
}
