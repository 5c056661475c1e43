/**
 * Presentation mode: the findings of the draft on screen as steps a trainer walks
 * through one by one — what is wrong, the rule, each article it enforces quoted in full from the
 * measures, and (revealed on demand) the fix: the rule's own suggestions with what they change.
 * The approval tier (an info finding of Art. 21) is a step too: it is part of what editors learn.
 */
import type { Finding, Localized, Rule } from '../engine/rule';
import { articleByNumber, type Article } from '../regulation/articles';

export interface FixPreview {
  /** The suggestion's own message (脱敏为 138****5678). */
  message: string;
  /** The text it replaces and what it becomes. */
  before: string;
  after: string;
  suggestionIndex: number;
}

export interface Step {
  /** The first finding of the step; `findings` are all findings of the same rule and message. */
  finding: Finding;
  findings: Finding[];
  ruleName: Localized;
  articles: Article[];
  fixes: FixPreview[];
}

/** Steps in text order: findings of one rule with one message (one problem) are one step. */
export function presentationSteps(findings: readonly Finding[], rules: readonly Rule[], text: string): Step[] {
  const steps: Step[] = [];
  const byKey = new Map<string, Step>();
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${f.ruleId}\u0000${f.message}`;
    const known = byKey.get(key);
    if (known) {
      known.findings.push(f);
      continue;
    }
    const rule = rules.find((r) => r.meta.id === f.ruleId);
    const step: Step = {
      finding: f,
      findings: [f],
      ruleName: rule?.meta.name ?? { zh: f.ruleId, en: f.ruleId },
      articles: f.basis.map((b) => articleByNumber(b.article)).filter((a): a is Article => a !== undefined),
      fixes: (f.suggestions ?? []).map((s, suggestionIndex) => {
        const edits = [...s.edits].sort((a, b) => a.start - b.start);
        const start = edits[0].start;
        const end = edits.at(-1)!.end;
        let after = '';
        let at = start;
        for (const e of edits) {
          after += text.slice(at, e.start) + e.text;
          at = e.end;
        }
        return { message: s.message, before: text.slice(start, end), after: after + text.slice(at, end), suggestionIndex };
      }),
    };
    byKey.set(key, step);
    steps.push(step);
  }
  return steps;
}

/** Keeps a step index inside the list as findings come and go. */
export function clampStep(index: number, count: number): number {
  return count === 0 ? 0 : Math.min(Math.max(index, 0), count - 1);
}
