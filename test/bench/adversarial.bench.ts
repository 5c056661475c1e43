/**
 * The adversarial row of `npm run bench`: worst-case drafts built to make a scan quadratic, from
 * 1k to 1M characters. Each family must grow at most 12× per 10× more input; the ratios are
 * printed and the run exits non-zero when a family exceeds them (or is too slow to finish a size).
 */
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';
import { adversarialFamilies } from './adversarial-drafts';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const MAX_GROWTH = 12;
/** A size slower than this is not measured further: the family has already failed. */
const GIVE_UP_MS = 20_000;

/**
 * The fastest of repeated runs: on a shared machine other processes only ever add time, so the
 * minimum is the steadiest estimate of the work itself; small inputs run many times.
 */
function time(fn: () => unknown, size: number): number {
  fn(); // warm up
  const samples: number[] = [];
  const budget = size >= 1_000_000 ? 3000 : 1000;
  const until = performance.now() + budget;
  const minRuns = size >= 1_000_000 ? 3 : 7;
  while (samples.length < minRuns || (performance.now() < until && samples.length < 500)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    if (samples[samples.length - 1] > GIVE_UP_MS) break;
  }
  return Math.min(...samples);
}

const only = process.argv.slice(2);
let failed = 0;
const lines: string[] = [];
for (const family of adversarialFamilies) {
  if (only.length && !only.includes(family.id)) continue;
  const times: number[] = [];
  let note = '';
  for (const size of SIZES) {
    const input = family.build(size);
    const run = () => {
      const draft = family.html ? draftFromHtml(input) : draftFromText(input, { title: '压力测试' });
      return checkDraft(draft, rules).findings.length;
    };
    const t0 = performance.now();
    run();
    if (performance.now() - t0 > GIVE_UP_MS) {
      note = `gave up at ${size.toLocaleString('en-US')} characters (one run over ${GIVE_UP_MS / 1000} s)`;
      times.push(Number.POSITIVE_INFINITY);
      break;
    }
    times.push(time(run, size));
  }
  const ratios = times.slice(1).map((t, i) => t / times[i]);
  const worst = Math.max(...ratios);
  const ok = worst <= MAX_GROWTH && !note;
  if (!ok) failed++;
  const cells = SIZES.map((_, i) => (times[i] === undefined ? '—' : Number.isFinite(times[i]) ? times[i].toFixed(2) : '∞'));
  lines.push(
    `| ${family.id} | ${cells.join(' | ')} | ${ratios.map((r) => (Number.isFinite(r) ? `${r.toFixed(1)}×` : '∞')).join(' ')} | ${ok ? 'ok' : `**FAIL**${note ? ` (${note})` : ''}`} |`,
  );
  console.error(`adversarial: ${family.id} done`);
}

console.log(`\n# Adversarial inputs (full check, fastest of repeated runs, ms; must grow ≤ ${MAX_GROWTH}× per 10×)\n`);
console.log(`| family | ${SIZES.map((s) => s.toLocaleString('en-US')).join(' | ')} | growth per 10× | verdict |`);
console.log(`|---|${SIZES.map(() => '---|').join('')}---|---|`);
for (const l of lines) console.log(l);
for (const f of adversarialFamilies) console.log(`- ${f.id}: ${f.description}`);
if (failed) {
  console.log(`\n${failed} family/families grew faster than ${MAX_GROWTH}× per 10×.`);
  process.exitCode = 1;
}
