/**
 * Scores the rules against the labelled corpus: per personal-data rule (span level, by exact text),
 * per category (draft level: a warn/block finding of that category or not) and the confusion
 * matrix of requiredApproval.
 */
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { CATEGORIES, TIERS, type Category, type Tier } from '../../lib/engine/rule';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';
import type { CorpusEntry } from './corpus';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

export interface Evaluation {
  spans: Record<string, Score>;
  categories: Record<Category, Score>;
  approval: Record<Tier, Record<Tier, number>>;
  errors: { file: string; kind: 'fp' | 'fn'; what: string }[];
}

const empty = (): Score => ({ tp: 0, fp: 0, fn: 0 });

export function evaluate(corpus: { file: string; entry: CorpusEntry }[]): Evaluation {
  const spans: Record<string, Score> = {};
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, empty()])) as Record<Category, Score>;
  const approval = Object.fromEntries(TIERS.map((t) => [t, Object.fromEntries(TIERS.map((u) => [u, 0]))])) as Evaluation['approval'];
  const errors: Evaluation['errors'] = [];
  const personalRules = new Set(rules.filter((r) => r.meta.category === 'personal-data').map((r) => r.meta.id));
  for (const id of personalRules) spans[id] = empty();

  for (const { file, entry } of corpus) {
    const draft =
      entry.html !== undefined
        ? draftFromHtml(entry.html, { title: entry.title, platform: entry.platform })
        : draftFromText(entry.text ?? '', { title: entry.title, platform: entry.platform });
    const { findings, requiredApproval } = checkDraft(draft, rules);
    const active = findings.filter((f) => f.severity !== 'info');

    const expected = entry.expect.spans.map((s) => `${s.rule}\u0000${s.text}`);
    const found = active.filter((f) => personalRules.has(f.ruleId)).map((f) => `${f.ruleId}\u0000${f.text}`);
    const remaining = [...expected];
    for (const f of found) {
      const rule = f.split('\u0000')[0];
      const i = remaining.indexOf(f);
      if (i >= 0) {
        remaining.splice(i, 1);
        spans[rule].tp++;
      } else {
        spans[rule].fp++;
        errors.push({ file, kind: 'fp', what: f.replace('\u0000', ': ') });
      }
    }
    for (const m of remaining) {
      const rule = m.split('\u0000')[0];
      (spans[rule] ??= empty()).fn++;
      errors.push({ file, kind: 'fn', what: m.replace('\u0000', ': ') });
    }

    const flagged = new Set(active.map((f) => f.category));
    for (const c of CATEGORIES) {
      const want = entry.expect.categories.includes(c);
      const got = flagged.has(c);
      if (want && got) categories[c].tp++;
      else if (got) {
        categories[c].fp++;
        errors.push({ file, kind: 'fp', what: `category ${c}` });
      } else if (want) {
        categories[c].fn++;
        errors.push({ file, kind: 'fn', what: `category ${c}` });
      }
    }
    approval[entry.expect.requiredApproval][requiredApproval]++;
    if (entry.expect.requiredApproval !== requiredApproval) {
      errors.push({
        file,
        kind: requiredApproval > entry.expect.requiredApproval ? 'fp' : 'fn',
        what: `requiredApproval ${entry.expect.requiredApproval} → ${requiredApproval}`,
      });
    }
  }
  return { spans, categories, approval, errors };
}
