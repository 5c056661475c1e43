/**
 * `npm run eval`: precision and recall of the rules on the labelled corpus, as Markdown tables.
 * `npm run eval -- --holdout` scores the independent held-out set instead (never part of the
 * default run; see test/fixtures/holdout/README.md); `--blind-test`, `--blind-test2` and
 * `--blind-test3` the later held-out sets and `--blind-dev` … `--blind-dev6` the development sets
 * (test/fixtures/blind/README.md). A held-out set prints its aggregate only. `--all-held-out` scores
 * every held-out set together (the figure the README reports), aggregate only too.
 */
import { TIERS } from '../../lib/engine/rule';
import { INDEPENDENT_SETS, loadCorpus } from './corpus';
import { evaluate, precision, recall, type Score } from './evaluate';

const together = process.argv.includes('--all-held-out');
const set = together ? undefined : INDEPENDENT_SETS.find(({ flag }) => process.argv.includes(flag));
const setFlag = together ? '--all-held-out' : (set?.flag ?? '');
const independent = together || set !== undefined;
const heldOut = together || (set?.heldOut ?? false);
const blindDev = independent && !heldOut;
const all = together ? INDEPENDENT_SETS.filter((s) => s.heldOut).flatMap((s) => loadCorpus(s.dir)) : loadCorpus(set?.dir);
/**
 * gen-* and hw-* drafts were written and labelled before the checker was run on them; the others
 * were written while the rules were being tuned, so their figures flatter the rules.
 */
const unseen = (file: string) => file.startsWith('gen-') || file.startsWith('hw-');
const part = independent ? 'all' : process.argv.includes('--unseen') ? 'unseen' : process.argv.includes('--tuned') ? 'tuned' : 'all';
const corpus = part === 'all' ? all : all.filter(({ file }) => unseen(file) === (part === 'unseen'));
const result = evaluate(corpus);
const row = (name: string, s: Score) =>
  `| ${name} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${precision(s).toFixed(3)} | ${recall(s).toFixed(3)} |`;
const header = '| | expected | found | false + | missed | precision | recall |\n|---|---|---|---|---|---|---|';

console.log(
  heldOut
    ? `# Held-out evaluation (${setFlag}: ${corpus.length} drafts written independently of the rules; never used for tuning)\n`
    : blindDev
      ? `# Independent development set (${corpus.length} drafts written independently of the rules; their errors may be read)\n`
      : `# Corpus evaluation (${corpus.length} drafts${part === 'all' ? '' : part === 'unseen' ? ', written before the checker ran on them' : ', written while tuning'})\n`,
);
console.log('## Personal data, per rule (spans)\n');
console.log(header);
for (const [rule, s] of Object.entries(result.spans)) console.log(row(rule, s));
const items = Object.values(result.spans).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
  tp: 0,
  fp: 0,
  fn: 0,
});
console.log(`\nPersonal items found: ${items.tp} of ${items.tp + items.fn}; false alarms: ${items.fp}.`);
console.log('\n## Categories (drafts with a warn/block finding)\n');
console.log(header);
for (const [c, s] of Object.entries(result.categories)) console.log(row(c, s));
console.log('\n## requiredApproval (rows: expected, columns: computed)\n');
console.log(`| | ${TIERS.join(' | ')} |\n|---|${TIERS.map(() => '---').join('|')}|`);
for (const t of TIERS) console.log(`| ${t} | ${TIERS.map((u) => result.approval[t][u]).join(' | ')} |`);
const major: Score = {
  tp: result.approval.major.major,
  fp: result.approval.general.major + result.approval.important.major,
  fn: result.approval.major.general + result.approval.major.important,
};
console.log(`\nMajor tier: precision ${precision(major).toFixed(3)}, recall ${recall(major).toFixed(3)}.`);
if (process.argv.includes('--errors') && heldOut) {
  console.log('\n(--errors is not available on a held-out set: read the aggregate only.)');
} else if (process.argv.includes('--errors')) {
  console.log('\n## Errors\n');
  for (const e of result.errors) console.log(`- ${e.kind} ${e.file}: ${e.what}`);
} else if (result.errors.length) {
  console.log(
    `\n${result.errors.length} disagreement(s); ${heldOut ? 'the drafts of a held-out set are never read.' : `run \`npm run eval -- ${setFlag ? `${setFlag} ` : ''}--errors\` to list them.`}`,
  );
}
