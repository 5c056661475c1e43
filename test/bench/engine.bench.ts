/**
 * `npm run bench`: the median time of a full check (normalisation and every registered rule) over
 * synthetic drafts of 1k–1M characters, characters per second, and the ratio to the floor — one
 * pass of a single global regex over the same text: /\d+/g, which must look at every character
 * and matches every run of digits (the least any number-finding rule has to do). Targets: 10k characters ≤ 2 ms
 * median, linear growth, ratio ≤ 30. Figures are printed, never asserted.
 */
import { draftFromText } from '../../lib/engine/draft';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';
import { syntheticDraft } from './drafts';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const FLOOR = /\d+/g;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, budgetMs: number, minRuns: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < minRuns || (performance.now() < until && samples.length < 2000)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows: string[] = [];
const perChar: number[] = [];
for (const size of SIZES) {
  const text = syntheticDraft(size);
  const draft = draftFromText(text, { title: '基准测试草稿' });
  let found = 0;
  const full = time(() => (found = checkDraft(draft, rules).findings.length), size >= 1_000_000 ? 4000 : 1500, size >= 1_000_000 ? 5 : 20);
  const floor = time(
    () => {
      let n = 0;
      FLOOR.lastIndex = 0;
      while (FLOOR.exec(text)) n++;
      return n;
    },
    500,
    10,
  );
  perChar.push(full / size);
  rows.push(
    `| ${size.toLocaleString('en-US')} | ${full.toFixed(3)} | ${Math.round(size / (full / 1000)).toLocaleString('en-US')} | ${floor.toFixed(3)} | ${(full / floor).toFixed(1)} | ${found} |`,
  );
}

console.log(`# Engine benchmark (${rules.length} rules, Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log('| characters | full check, median ms | characters/s | floor (/\\d+/g), median ms | ratio to floor | findings |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
const growth = perChar[perChar.length - 1] / perChar[1];
console.log(`\nTime per character at 1M relative to 10k: ${growth.toFixed(2)}× (1.00 = perfectly linear).`);
console.log('Targets: 10k characters ≤ 2 ms median; linear growth; ratio to floor ≤ 30.');
