/**
 * Conventions checked by a meta-test, so none can drift: every rule file is registered, its id is its file
 * name, it has a table test beside it, a basis, messages in both languages and examples; the
 * README's rule table lists every id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { CATEGORIES, SEVERITIES, type ExampleDraft } from '../../lib/engine/rule';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';
import { descriptionOf, ruleDescriptions } from '../../lib/rules/descriptions';

const RULES_DIR = join(import.meta.dirname, '../../lib/rules');
const ruleFiles = readdirSync(RULES_DIR).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'descriptions.ts',
);

const asDraft = (e: ExampleDraft) =>
  typeof e === 'string'
    ? draftFromText(e)
    : e.html !== undefined
      ? draftFromHtml(e.html, { title: e.title })
      : draftFromText(e.text ?? '', { title: e.title });

describe('rule registry', () => {
  it('registers every rule file exactly once, sorted by id', () => {
    expect(rules.map((r) => `${r.meta.id}.ts`).sort()).toEqual([...ruleFiles].sort());
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('describes every rule, and only the registered rules, in lib/rules/descriptions.ts', () => {
    expect(Object.keys(ruleDescriptions).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    expect(() => descriptionOf('no-such-rule')).toThrow(/no-such-rule/);
  });

  for (const rule of rules) {
    describe(rule.meta.id, () => {
      it('follows the rule conventions', () => {
        const m = rule.meta;
        expect(m.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
        expect(existsSync(join(RULES_DIR, `${m.id}.test.ts`)), 'a table test beside the rule').toBe(true);
        expect(CATEGORIES).toContain(m.category);
        expect(SEVERITIES).toContain(m.defaultSeverity);
        expect(m.basis.length).toBeGreaterThan(0);
        for (const b of m.basis) {
          expect(b.article).toBeGreaterThanOrEqual(1);
          expect(b.article).toBeLessThanOrEqual(49);
        }
        for (const text of [m.name, descriptionOf(m.id), ...Object.values(m.messages)]) {
          expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(text.en.length).toBeGreaterThan(0);
        }
        expect(() => m.options.parse({})).not.toThrow();
        expect(m.examples.valid.length).toBeGreaterThan(0);
        expect(m.examples.invalid.length).toBeGreaterThan(0);
      });

      it('its examples behave as labelled', () => {
        for (const e of rule.meta.examples.valid) {
          const found = checkDraft(asDraft(e), [rule]).findings.filter((f) => f.severity !== 'info');
          expect(
            found.map((f) => f.text),
            JSON.stringify(e),
          ).toEqual([]);
        }
        for (const e of rule.meta.examples.invalid) {
          expect(checkDraft(asDraft(e), [rule]).findings.length, JSON.stringify(e)).toBeGreaterThan(0);
        }
      });
    });
  }

  it('the README rule table lists every rule id', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    for (const rule of rules) expect(readme, rule.meta.id).toContain(`\`${rule.meta.id}\``);
  });
});
