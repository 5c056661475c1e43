/**
 * `npx tsx test/bench/commercial-model.bench.ts`: the median time of the commercial model
 * (test/eval/commercial-model-weights.ts) scoring every passage of a synthetic draft of 10k and 100k
 * characters, and the whole text as one passage. Target: 10k characters well under 0.5 ms. Figures
 * are printed, never asserted.
 */
import { draftFromText } from '../../lib/engine/draft';
import { normalize } from '../../lib/engine/normalize';
import { commercialScore } from '../eval/commercial-model-weights';
import { passageStarts } from '../../lib/rules/no-commercial-content';
import { syntheticDraft } from './drafts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(fn: () => unknown): number {
  for (let i = 0; i < 20; i++) fn(); // warm up the JIT
  const samples: number[] = [];
  const until = performance.now() + 1500;
  while (samples.length < 50 || (performance.now() < until && samples.length < 5000)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

let sink = 0;
console.log('| characters | passages | every passage (ms) | one passage (ms) |\n|---|---|---|---|');
for (const size of [10_000, 100_000]) {
  const text = normalize(draftFromText(syntheticDraft(size), { title: '基准测试草稿' }).text).text;
  const starts = passageStarts(text);
  const passages = () => {
    for (let k = 0; k < starts.length; k++)
      sink += commercialScore(text, starts[k], k + 1 < starts.length ? starts[k + 1] - 1 : text.length);
  };
  const whole = () => (sink += commercialScore(text, 0, text.length));
  console.log(`| ${text.length} | ${starts.length} | ${time(passages).toFixed(3)} | ${time(whole).toFixed(3)} |`);
}
if (Number.isNaN(sink)) console.log('(NaN)');
