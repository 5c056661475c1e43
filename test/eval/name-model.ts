/**
 * `npm run train:names`: does a small statistical model find the private persons' names the rule
 * no-personal-name misses (issue 17)? A candidate is every span "surname (lib/rules/support/surnames.ts,
 * single or compound) + 1–2 CJK characters" in the normalised text that no finding of the rule overlaps.
 * Hashed features (the candidate's characters and bigrams, the surname, 1–3 characters either side with
 * their position, whether the given-name characters are in the rule's list, whether the string recurs in
 * the draft, whether the draft discloses or commends), a logistic regression with L2, trained by SGD in an
 * order a fixed seed gives, its weights quantised to int8. Of overlapping candidates only the one the model
 * scores highest may fire.
 *
 * Labels: a candidate is a name when its text is one of the draft's labelled `no-personal-name` spans the
 * rule did not find (occurrence by occurrence, in text order), as `npm run eval` matches spans.
 *
 * Evaluated leave-one-set-out over our corpus and the blind development sets dev…dev17 (never a held-out
 * set): for each set, train on the others and score it; the threshold of rule OR model is chosen on the
 * training folds only (nested: out-of-fold scores over them), as the most recall at name precision ≥ 0.93.
 * Then the first-run estimate: the rule as it was at b51cf0e (before dev16 and dev17 were used), read from
 * a JSON dump (--old=/path, see the report), with a model trained without dev16 and dev17.
 *
 * Flags: `--old=FILE` the old rule's findings on dev16/dev17, `--errors` lists what the model adds,
 * `--inner=K` groups the training sets into K inner folds for the nested threshold (default: one per set).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { checkDraft } from '../../lib/engine/runner';
import nameRule from '../../lib/rules/no-personal-name';
import { disclosureExceptions } from '../../lib/rules/support/personal-context';
import { isGivenNameChar, surnameAt } from '../../lib/rules/support/surnames';
import { prng } from '../fuzz/generate';
import { INDEPENDENT_SETS, loadCorpus, type CorpusEntry } from './corpus';
import { dot, sigmoid, type Model } from './logistic';

const DEV_SETS = ['dev', ...Array.from({ length: 16 }, (_, k) => `dev${k + 2}`)];
const RULE = 'no-personal-name';

// ---- features ----
export const BITS = 12;
const BUCKETS = 1 << BITS;
/** FNV-1a of a feature string into a bucket. */
function bucket(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}
const CJK = /[\u4e00-\u9fa5]/;
/** The wide left window and the passage's exception flag (`--narrow` leaves them out). */
const WIDE = !process.argv.includes('--narrow');
const cls = (c: string | undefined) =>
  c === undefined || c === '\n' ? 'N' : CJK.test(c) ? 'H' : /\d/.test(c) ? 'D' : /[A-Za-z]/.test(c) ? 'A' : /\s/.test(c) ? 'S' : 'P';

/** The feature strings of the candidate text[start, end) whose surname is `sur` characters long. */
export function features(
  text: string,
  start: number,
  end: number,
  sur: number,
  recurs: boolean,
  context: boolean,
  exempt: boolean,
): string[] {
  const f: string[] = ['b'];
  const cand = text.slice(start, end);
  const given = cand.slice(sur);
  f.push(`s:${cand.slice(0, sur)}`, `len:${given.length}`);
  for (let k = 0; k < given.length; k++) f.push(`g${k}:${given[k]}`, `g:${given[k]}`, `gl${given.length}${k}:${given[k]}`);
  for (let k = 0; k + 1 < cand.length; k++) f.push(`bi:${cand.slice(k, k + 2)}`);
  f.push(`full:${cand}`);
  let inList = 0;
  for (const c of given) if (isGivenNameChar(c)) inList++;
  f.push(`gv:${inList}/${given.length}`);
  for (let k = 1; k <= 3; k++) {
    f.push(`L${k}:${text.slice(Math.max(0, start - k), start)}`, `R${k}:${text.slice(end, end + k)}`);
  }
  f.push(`Lc:${cls(text[start - 1])}`, `Rc:${cls(text[end])}`, `LRc:${cls(text[start - 1])}${cls(text[end])}`);
  if (recurs) f.push('recurs', `recurs:${given.length}`);
  if (context) f.push('ctx');
  if (exempt) f.push('exempt');
  // a bag of the bigrams 4–12 characters before: a role or an office further left (副县长 X、Y; 主任医师 X)
  if (WIDE) for (let k = Math.max(0, start - 12); k + 2 <= start - 3; k++) f.push(`W:${text.slice(k, k + 2)}`);
  return f;
}

// ---- data ----
interface Unit {
  start: number;
  end: number;
  text: string;
  idx: Int32Array;
  val: Float64Array;
  /** A name the rule did not find (what rule OR model is scored on). */
  label: boolean;
  /** A labelled name, found by the rule or not (what the model is trained on). */
  name: boolean;
  /** A finding of the rule overlaps it: it is trained on, never fired. */
  covered: boolean;
}
interface Doc {
  set: string;
  file: string;
  text: string;
  /** The labelled names. */
  names: number;
  /** Names the rule found, and its false alarms. */
  ruleTp: number;
  ruleFp: number;
  /** The candidates no rule finding overlaps, grouped by start (overlapping ones compete at scoring). */
  cands: Unit[];
}

function featurize(fs: string[]): { idx: Int32Array; val: Float64Array } {
  const counts = new Map<number, number>();
  for (const s of fs) {
    const b = bucket(s);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const idx = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const norm = 1 / Math.sqrt(fs.length);
  return { idx, val: Float64Array.from(idx, (b) => counts.get(b)! * norm) };
}

type Found = { start: number; end: number; text: string };
function makeDoc(set: string, file: string, text: string, labelled: string[], found: Found[]): Doc {
  const remaining = [...labelled];
  let ruleTp = 0;
  let ruleFp = 0;
  for (const f of found) {
    const i = remaining.indexOf(f.text);
    if (i >= 0) {
      remaining.splice(i, 1);
      ruleTp++;
    } else ruleFp++;
  }
  const covered = new Uint8Array(text.length + 1);
  for (const f of found) for (let k = f.start; k < f.end; k++) covered[k] = 1;
  const exceptions = disclosureExceptions(text);
  const context = exceptions.length > 0 || /表彰|公示|任免|名单|拟任|获奖/.test(text);
  // a candidate in a paragraph holding a disclosure or commendation keyword (the rule's exception)
  const exemptAt = (p: number) => {
    const from = text.lastIndexOf('\n', p) + 1;
    const to = (text.indexOf('\n', p) + 1 || text.length + 1) - 1;
    return WIDE && exceptions.some((e) => e.start < to && e.end > from);
  };
  const raw: { start: number; end: number; sur: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const sur = surnameAt(text, i, false);
    if (!sur) continue;
    for (let g = 1; g <= 2; g++) {
      const end = i + sur + g;
      if (end > text.length) break;
      let ok = true;
      for (let k = i + sur; k < end; k++) if (!CJK.test(text[k])) ok = false;
      if (!ok) break;
      raw.push({ start: i, end, sur });
    }
  }
  const seen = new Map<string, number>();
  for (const r of raw) {
    const t = text.slice(r.start, r.end);
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  // occurrence by occurrence, in text order: a candidate is a name while its text remains among the labels
  const left = new Map<string, number>();
  for (const t of remaining) left.set(t, (left.get(t) ?? 0) + 1);
  const all = new Map<string, number>();
  for (const t of labelled) all.set(t, (all.get(t) ?? 0) + 1);
  const take = (m: Map<string, number>, t: string) => {
    const n = m.get(t) ?? 0;
    if (n > 0) m.set(t, n - 1);
    return n > 0;
  };
  const cands = raw.map((r) => {
    const t = text.slice(r.start, r.end);
    let isCovered = false;
    for (let k = r.start; k < r.end; k++) if (covered[k]) isCovered = true;
    const name = take(all, t);
    const label = !isCovered && take(left, t);
    return {
      start: r.start,
      end: r.end,
      text: t,
      label,
      name,
      covered: isCovered,
      ...featurize(features(text, r.start, r.end, r.sur, seen.get(t)! > 1, context, exemptAt(r.start))),
    };
  });
  return { set, file, text, names: labelled.length, ruleTp, ruleFp, cands };
}

function draftOf(entry: CorpusEntry) {
  return entry.html !== undefined
    ? draftFromHtml(entry.html, { title: entry.title, platform: entry.platform })
    : draftFromText(entry.text ?? '', { title: entry.title, platform: entry.platform });
}
function load(set: string, entries: { file: string; entry: CorpusEntry }[]): Doc[] {
  return entries.map(({ file, entry }) => {
    const { findings, normalized } = checkDraft(draftOf(entry), [nameRule]);
    const found = findings
      .filter((f) => f.ruleId === RULE && f.severity !== 'info')
      .map((f) => {
        const [start, end] = normalized.toNormalized(f.start, f.end);
        return { start, end, text: f.text };
      });
    const labelled = entry.expect.spans.filter((s) => s.rule === RULE).map((s) => s.text);
    return makeDoc(set, file, normalized.text, labelled, found);
  });
}

// ---- the model ----
const EPOCHS = 6;
const LEARNING_RATE = 0.5;
const L2 = 1e-5;
const POSITIVE_WEIGHT = 3;
/**
 * Trained on every labelled name (the rule's finds as well as its misses): the current rule misses too few
 * names on these sets to learn from its misses alone. `--misses-only` trains on the misses.
 */
const TRAIN_ON_ALL = !process.argv.includes('--misses-only');

export function train(docs: readonly Doc[]): Model {
  const m: Model = { w: new Float64Array(BUCKETS), bias: 0 };
  const examples: Unit[] = docs.flatMap((d) => d.cands);
  const random = prng(17);
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [examples[i], examples[j]] = [examples[j], examples[i]];
    }
    for (const u of examples) {
      const lr = LEARNING_RATE / (1 + step++ / 50000);
      const y = TRAIN_ON_ALL ? u.name : u.label;
      const g = (sigmoid(dot(m, u)) - (y ? 1 : 0)) * (y ? POSITIVE_WEIGHT : 1);
      m.bias -= lr * g;
      for (let k = 0; k < u.idx.length; k++) {
        const b = u.idx[k];
        m.w[b] -= lr * (g * u.val[k] + L2 * m.w[b]);
      }
    }
  }
  return quantised(m);
}
/** int8 weights times a scale, as they would ship. */
function quantised(m: Model): Model {
  let max = 0;
  for (const x of m.w) max = Math.max(max, Math.abs(x));
  const scale = Number((max / 127 || 1).toPrecision(6));
  return { w: m.w.map((x) => Math.round(x / scale) * scale), bias: Number(m.bias.toFixed(4)) };
}

/** The candidates that may fire: each scored, and only the best of a run of overlapping ones kept. */
interface Scored {
  d: Doc;
  u: Unit;
  s: number;
}
function fireable(m: Model, d: Doc): Scored[] {
  const scored = d.cands.filter((u) => !u.covered).map((u) => ({ d, u, s: dot(m, u) }));
  // candidates come in text order and span at most 4 characters: the overlapping ones are near
  return scored.filter((x, i) => {
    for (let j = Math.max(0, i - 8); j < Math.min(scored.length, i + 9); j++) {
      const y = scored[j];
      if (j !== i && y.u.start < x.u.end && x.u.start < y.u.end && (y.s > x.s || (y.s === x.s && j < i))) return false;
    }
    return true;
  });
}

// ---- evaluation ----
interface Score {
  names: number;
  ruleTp: number;
  ruleFp: number;
  addTp: number;
  addFp: number;
}
const zero = (): Score => ({ names: 0, ruleTp: 0, ruleFp: 0, addTp: 0, addFp: 0 });
const plus = (a: Score, b: Score): Score => ({
  names: a.names + b.names,
  ruleTp: a.ruleTp + b.ruleTp,
  ruleFp: a.ruleFp + b.ruleFp,
  addTp: a.addTp + b.addTp,
  addFp: a.addFp + b.addFp,
});
function scoreAt(docs: readonly Doc[], fired: readonly Scored[], t: number): Score {
  const s = zero();
  for (const d of docs) {
    s.names += d.names;
    s.ruleTp += d.ruleTp;
    s.ruleFp += d.ruleFp;
  }
  for (const x of fired) {
    if (x.s < t) continue;
    if (x.u.label) s.addTp++;
    else s.addFp++;
  }
  return s;
}
const prec = (tp: number, fp: number) => (tp + fp === 0 ? 1 : tp / (tp + fp));
const row = (s: Score) => {
  const rule = `${s.ruleTp}/${s.names} (${(s.ruleTp / s.names).toFixed(3)}), P ${prec(s.ruleTp, s.ruleFp).toFixed(3)}`;
  const tp = s.ruleTp + s.addTp;
  const both = `${tp}/${s.names} (${(tp / s.names).toFixed(3)}), P ${prec(tp, s.ruleFp + s.addFp).toFixed(3)}`;
  return `${rule} | ${both} | +${s.addTp} | +${s.addFp}`;
};

const MIN_PRECISION = 0.93;
/** The threshold with the most recall of rule OR model at name precision ≥ MIN_PRECISION (the highest among equals). */
function chooseThreshold(docs: readonly Doc[], fired: readonly Scored[]): number {
  const s = scoreAt(docs, [], 0);
  let tp = s.ruleTp;
  let fp = s.ruleFp;
  let best = Infinity;
  let bestTp = tp;
  const sorted = [...fired].sort((a, b) => b.s - a.s);
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].u.label) tp++;
    else fp++;
    if (i + 1 < sorted.length && sorted[i + 1].s === sorted[i].s) continue;
    if (prec(tp, fp) >= MIN_PRECISION && tp > bestTp) [best, bestTp] = [sorted[i].s, tp];
  }
  return best;
}
/** Out-of-fold scores over `docs` by leave-one-group-out over their sets (`inner` groups, or one per set). */
function thresholdFor(docs: readonly Doc[], inner: number): number {
  const sets = [...new Set(docs.map((d) => d.set))];
  const groups =
    inner > 0
      ? Array.from({ length: Math.min(inner, sets.length) }, (_, g) => sets.filter((_, k) => k % inner === g))
      : sets.map((s) => [s]);
  const fired: Scored[] = [];
  for (const g of groups) {
    const m = train(docs.filter((d) => !g.includes(d.set)));
    for (const d of docs) if (g.includes(d.set)) fired.push(...fireable(m, d));
  }
  return chooseThreshold(docs, fired);
}

function devDir(name: string): URL {
  const set = INDEPENDENT_SETS.find((s) => s.dir.pathname.endsWith(`/blind/${name}/`));
  if (!set || set.heldOut) throw new Error(`${name} is not a development set`);
  return set.dir;
}

function main() {
  const t0 = performance.now();
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const inner = Number(arg('inner') ?? 0);
  const errors = process.argv.includes('--errors');
  const docs: Doc[] = [...load('corpus', loadCorpus()), ...DEV_SETS.flatMap((n) => load(n, loadCorpus(devDir(n))))];
  const sets = ['corpus', ...DEV_SETS];
  const nCands = docs.reduce((a, d) => a + d.cands.length, 0);
  const nPos = docs.reduce((a, d) => a + d.cands.filter((u) => u.label).length, 0);
  const nNames = docs.reduce((a, d) => a + d.cands.filter((u) => u.name).length, 0);
  const missed = docs.reduce((a, d) => a + d.names - d.ruleTp, 0);
  console.log(
    `# Name-candidate model: leave-one-set-out (${docs.length} drafts, ${docs.reduce((a, d) => a + d.names, 0)} labelled names, ${missed} missed by the rule of which ${nPos} are candidates; ${nCands} candidates, ${nNames} of them labelled names; ${BUCKETS} buckets)\n`,
  );
  console.error(`loaded (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  if (!process.argv.includes('--skip-loso')) {
    const rows: string[] = [];
    const found: string[] = [];
    let total = zero();
    let blind = zero();
    for (const held of sets) {
      const training = docs.filter((d) => d.set !== held);
      const test = docs.filter((d) => d.set === held);
      const m = train(training);
      const t = thresholdFor(training, inner);
      const fired = test.flatMap((d) => fireable(m, d));
      const s = scoreAt(test, fired, t);
      const at0 = scoreAt(test, fired, 0);
      total = plus(total, s);
      if (held !== 'corpus') blind = plus(blind, s);
      rows.push(`| ${held} | ${test.length} | ${Number.isFinite(t) ? t.toFixed(2) : '∞'} | ${row(s)} | +${at0.addTp} / +${at0.addFp} |`);
      if (errors)
        for (const x of fired)
          if (x.s >= t)
            found.push(
              `- ${x.u.label ? 'adds a name' : 'false alarm'}: ${held}/${x.d.file} ${x.s.toFixed(2)} «${x.d.text.slice(Math.max(0, x.u.start - 8), x.u.start)}[${x.u.text}]${x.d.text.slice(x.u.end, x.u.end + 8)}»`,
            );
      console.error(`${held} done (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    console.log(
      `Threshold: the logit chosen on the training folds only (${inner > 0 ? `${inner} inner folds of sets` : 'nested leave-one-set-out'}), the most recall of rule OR model at name precision ≥ ${MIN_PRECISION}; ∞ = the model never fires. Last column: what the model would add at logit ≥ 0 (names / false alarms), for scale.\n`,
    );
    console.log(
      '| held out | drafts | threshold | rule: names found, precision | rule OR model | names added | false alarms added | at logit ≥ 0 |\n|---|---|---|---|---|---|---|---|',
    );
    for (const r of rows) console.log(r);
    console.log(`| **pooled** | ${docs.length} | | ${row(total)} | |`);
    console.log(`| pooled, dev…dev17 only | ${docs.length - docs.filter((d) => d.set === 'corpus').length} | | ${row(blind)} | |`);
    if (found.length) console.log(`\n## What the model adds\n\n${found.join('\n')}`);
  }
  // ---- the first-run estimate: the rule as it was at b51cf0e on dev16/dev17, a model trained without them ----
  const oldFile = arg('old');
  if (oldFile) {
    const old = JSON.parse(readFileSync(oldFile, 'utf8')) as Record<string, { text: string; found: Found[] }>;
    const training = docs.filter((d) => d.set !== 'dev16' && d.set !== 'dev17');
    const m = train(training);
    const t = thresholdFor(training, inner);
    console.log(
      `\n## First-run estimate: the rule at b51cf0e on dev16 and dev17, a model trained without them (threshold ${t.toFixed(2)} from the training sets)\n`,
    );
    console.log(
      '| set | old rule: names found, precision | old rule OR model | names added | false alarms added | at logit ≥ 0 | at logit ≥ 1 | at logit ≥ 2 |\n|---|---|---|---|---|---|---|---|',
    );
    const lines: string[] = [];
    for (const set of ['dev16', 'dev17']) {
      const test = docs
        .filter((d) => d.set === set)
        .map((d) => {
          const o = old[`${set}/${d.file}`];
          if (!o || o.text !== d.text) throw new Error(`${set}/${d.file}: no old findings or another normalisation`);
          const labelled = loadCorpus(devDir(set))
            .find((e) => e.file === d.file)!
            .entry.expect.spans.filter((s) => s.rule === RULE)
            .map((s) => s.text);
          return makeDoc(set, d.file, d.text, labelled, o.found);
        });
      const fired = test.flatMap((d) => fireable(m, d));
      const cells = [0, 1, 2].map((k) => {
        const s = scoreAt(test, fired, k);
        return `+${s.addTp} / +${s.addFp}`;
      });
      console.log(`| ${set} | ${row(scoreAt(test, fired, t))} | ${cells.join(' | ')} |`);
      if (errors)
        for (const x of fired)
          if (x.s >= Math.min(t, 0))
            lines.push(
              `- ${x.u.label ? 'adds a name' : 'false alarm'}: ${set}/${x.d.file} ${x.s.toFixed(2)} «${x.d.text.slice(Math.max(0, x.u.start - 8), x.u.start)}[${x.u.text}]${x.d.text.slice(x.u.end, x.u.end + 8)}»`,
            );
      const missedNames = test.reduce((a, d) => a + d.names - d.ruleTp, 0);
      const cand = test.reduce((a, d) => a + d.cands.filter((u) => u.label).length, 0);
      console.log(`|  | (old rule missed ${missedNames} names; ${cand} of them are candidates) | | | | | | |`);
    }
    if (lines.length) console.log(`\n### Candidates at logit ≥ min(threshold, 0)\n\n${lines.join('\n')}`);
  }
  console.error(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
