/**
 * The rule catalogue (rules.html), built from the registry and the measures' text, never
 * maintained by hand: every rule with its names, category, severity, the articles it enforces in
 * full, description, options (name, type, default from the zod schema) and examples linked into
 * the practice page; and the articles no rule's basis names, so trainers see the coverage.
 */
import { z } from 'zod';
import type { Category, Localized, Rule, Severity } from '../engine/rule';
import { measures, type Article, type Chapter } from '../regulation/articles';
import { exampleDraft, exampleSampleId, type SampleDraft } from '../practice/samples';
import { descriptionOf } from '../rules/descriptions';

export interface CatalogueOption {
  name: string;
  /** JSON Schema type: number, string, boolean, array of string … */
  type: string;
  /** The default as JSON. */
  defaultValue: unknown;
}

export interface CatalogueExample {
  sampleId: string;
  expect: 'valid' | 'invalid';
  draft: SampleDraft;
  /** What a reader sees: the title and the body as plain text (images as their alt or file name). */
  preview: string;
}

export interface CatalogueRule {
  id: string;
  name: Localized;
  category: Category;
  severity: Severity;
  articles: Article[];
  description: Localized;
  options: CatalogueOption[];
  valid: CatalogueExample[];
  invalid: CatalogueExample[];
  hasSuggestions: boolean;
}

export interface Catalogue {
  title: string;
  documentNumber: string;
  chapters: Chapter[];
  rules: CatalogueRule[];
  /** Article number → ids of the rules whose basis names it. */
  coverage: Map<number, string[]>;
  uncovered: Article[];
}

interface JsonSchema {
  type?: string | string[];
  items?: JsonSchema;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

function typeName(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.anyOf) return s.anyOf.map(typeName).join(' | ');
  const type = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'unknown');
  return type === 'array' && s.items ? `${typeName(s.items)}[]` : type;
}

export function ruleOptions(rule: Rule): CatalogueOption[] {
  const schema = z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({ name, type: typeName(s), defaultValue: s.default }));
}

const tagText = (html: string) =>
  html
    .replace(/<img\b[^>]*>/gi, (img) => `［${/\balt="([^"]+)"/.exec(img)?.[1] ?? /\bsrc="([^"]+)"/.exec(img)?.[1] ?? ''}］`)
    .replace(/<\/(p|figcaption|li|h\d|div)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

function example(ruleId: string, expect: 'valid' | 'invalid', e: Parameters<typeof exampleDraft>[0], index: number): CatalogueExample {
  const draft = exampleDraft(e);
  const body = tagText(draft.html);
  return { sampleId: exampleSampleId(ruleId, expect, index), expect, draft, preview: draft.title ? `${draft.title}\n${body}` : body };
}

export function buildCatalogue(rules: readonly Rule[]): Catalogue {
  const m = measures();
  const coverage = new Map<number, string[]>();
  for (const r of rules) for (const b of r.meta.basis) coverage.set(b.article, [...(coverage.get(b.article) ?? []), r.meta.id]);
  const articleOf = (n: number) => m.articles.find((a) => a.number === n)!;
  return {
    title: m.title,
    documentNumber: m.documentNumber,
    chapters: m.chapters,
    rules: rules.map((r) => ({
      id: r.meta.id,
      name: r.meta.name,
      category: r.meta.category,
      severity: r.meta.defaultSeverity,
      articles: r.meta.basis.map((b) => articleOf(b.article)),
      description: descriptionOf(r.meta.id),
      options: ruleOptions(r),
      valid: r.meta.examples.valid.map((e, i) => example(r.meta.id, 'valid', e, i)),
      invalid: r.meta.examples.invalid.map((e, i) => example(r.meta.id, 'invalid', e, i)),
      hasSuggestions: Boolean(r.meta.hasSuggestions),
    })),
    coverage,
    uncovered: m.articles.filter((a) => !coverage.has(a.number)),
  };
}

/** Lower-cased, width-folded text for matching (Ｇ → g, full-width digits → ASCII). */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Whether a rule matches a search: every space-separated term is in its id, names, category, articles, description or examples. */
export function ruleMatches(rule: CatalogueRule, query: string, extra: readonly string[] = []): boolean {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const haystack = fold(
    [
      rule.id,
      rule.name.zh,
      rule.name.en,
      rule.description.zh,
      rule.description.en,
      ...rule.articles.flatMap((a) => [a.label, `art. ${a.number}`, ...a.paragraphs]),
      ...rule.options.map((o) => o.name),
      ...[...rule.invalid, ...rule.valid].map((e) => e.preview),
      ...extra,
    ].join('\n'),
  );
  return terms.every((t) => haystack.includes(t));
}

/** Whether an uncovered article matches a search (its label, number or text). */
export function articleMatches(article: Article, query: string): boolean {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold([article.label, `art. ${article.number}`, ...article.paragraphs].join('\n'));
  return terms.every((t) => haystack.includes(t));
}
