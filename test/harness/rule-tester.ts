/**
 * The strict rule tester (after ESLint's RuleTester). Cases are tables; each invalid case lists
 * the expected findings by messageId and flagged text. It fails on an unknown messageId, a fix
 * without `output`, a fix the rule did not declare, a duplicate case, or a valid case with findings.
 */
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import type { Draft } from '../../lib/engine/draft';
import type { Finding, Rule, Severity, Tier } from '../../lib/engine/rule';
import { applyEdits, checkDraft, type RuleSetting } from '../../lib/engine/runner';

export interface CaseDraft {
  title?: string;
  text?: string;
  html?: string;
  platform?: string;
  options?: Record<string, unknown>;
  /** A name shown in the test report instead of the text. */
  name?: string;
}

export interface ExpectedError {
  messageId: string;
  /** The exact flagged text (the original characters, as typed). */
  text: string;
  severity?: Severity;
  tier?: Tier;
  /** The whole plain text after applying this finding's first suggestion. */
  suggestion?: string;
  /** What the finding is about as a whole (Finding.target): a draft image, when it is about one. */
  target?: { image: number };
}

export type ValidCase = string | CaseDraft;
export type InvalidCase = CaseDraft & { errors: ExpectedError[]; output?: string };

export function toDraft(c: string | CaseDraft): Draft {
  if (typeof c === 'string') return draftFromText(c);
  if (c.html !== undefined) return draftFromHtml(c.html, { title: c.title, platform: c.platform });
  return draftFromText(c.text ?? '', { title: c.title, platform: c.platform });
}

function run(rule: Rule, c: string | CaseDraft): { draft: Draft; findings: Finding[] } {
  const draft = toDraft(c);
  const setting: RuleSetting = { options: typeof c === 'string' ? undefined : c.options };
  const { findings } = checkDraft(draft, [rule], { rules: { [rule.meta.id]: setting } });
  return { draft, findings };
}

const label = (c: string | CaseDraft) =>
  (typeof c === 'string' ? c : (c.name ?? `${c.title ? `${c.title} | ` : ''}${c.text ?? c.html ?? ''}`)).slice(0, 80);

const key = (c: string | CaseDraft) => JSON.stringify(typeof c === 'string' ? { text: c } : { ...c, errors: undefined, output: undefined });

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has no duplicate cases', () => {
      const seen = new Set<string>();
      for (const c of [...cases.valid, ...cases.invalid]) {
        const k = key(c);
        expect(seen.has(k), `duplicate case: ${label(c)}`).toBe(false);
        seen.add(k);
      }
    });
    for (const c of cases.valid) {
      it(`valid: ${label(c)}`, () => {
        const { findings } = run(rule, c);
        expect(findings.map((f) => `${f.messageId}: ${f.text}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)}`, () => {
        for (const e of c.errors) {
          expect(rule.meta.messages, `unknown messageId "${e.messageId}"`).toHaveProperty(e.messageId);
        }
        const { draft, findings } = run(rule, c);
        expect(findings.map((f) => ({ messageId: f.messageId, text: f.text }))).toEqual(
          c.errors.map((e) => ({ messageId: e.messageId, text: e.text })),
        );
        findings.forEach((f, i) => {
          const e = c.errors[i];
          expect(f.text).toBe(draft.text.slice(f.start, f.end));
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.tier) expect(f.tier).toBe(e.tier);
          if (e.target !== undefined) expect(f.target).toEqual(e.target);
          if (e.suggestion !== undefined) {
            expect(f.suggestions?.length, 'expected a suggestion').toBeGreaterThan(0);
            expect(applyEdits(draft.text, f.suggestions![0].edits)).toBe(e.suggestion);
          }
        });
        const fixes = findings.flatMap((f) => f.fix ?? []);
        if (fixes.length) {
          expect(rule.meta.fixable, 'the rule reported a fix but meta.fixable is not set').toBe(true);
          expect(c.output, 'a case whose findings carry a fix must give `output`').toBeDefined();
          expect(applyEdits(draft.text, fixes)).toBe(c.output);
        } else if (c.output !== undefined) {
          expect(fixes, '`output` given but no fix was reported').not.toHaveLength(0);
        }
        if (findings.some((f) => f.suggestions?.length)) {
          expect(rule.meta.hasSuggestions, 'the rule reported suggestions but meta.hasSuggestions is not set').toBe(true);
        }
      });
    }
  });
}
