/**
 * The independent sets — the first held-out set (test/fixtures/holdout/README.md) and the blind
 * development and held-out sets (test/fixtures/blind/README.md) — load, validate and stay apart
 * from the corpus. Schema and bookkeeping only: their scores are measured by `npm run eval`,
 * never asserted, so that nobody tunes a rule until a test over these drafts passes.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { rules } from '../../lib/rules';
import { CORPUS_DIR, INDEPENDENT_SETS, loadCorpus } from '../eval/corpus';

const personalRules = new Set(rules.filter((r) => r.meta.category === 'personal-data').map((r) => r.meta.id));

/** How many drafts each set's writer delivered. */
const DELIVERED: Record<string, number> = {
  ho: 200,
  bd: 81,
  bd2: 90,
  bd3: 96,
  bd4: 75,
  bd5: 50,
  bd6: 56,
  bd7: 125,
  bd8: 115,
  bd9: 100,
  bd10: 85,
  bd11: 80,
  bd12: 58,
  bd13: 68,
  bd14: 102,
  bd15: 96,
  bd16: 110,
  bd17: 113,
  bt: 111,
  bt2: 88,
  bt3: 112,
  bt4: 96,
  bt5: 96,
  bt6: 72,
  bt7: 74,
  bt8: 68,
  bt9: 100,
  bt10: 115,
};
const SETS = INDEPENDENT_SETS.map(({ prefix, dir }): [string, URL, number] => [prefix, dir, DELIVERED[prefix]]);

it('knows how many drafts every independent set holds', () => {
  expect(Object.keys(DELIVERED).sort()).toEqual(INDEPENDENT_SETS.map((s) => s.prefix).sort());
});

describe.each(SETS)('independent set %s-NNN', (prefix, dir, count) => {
  const set = loadCorpus(dir);

  it(`holds ${count} drafts named ${prefix}-NNN-<slug>.json, numbered without gaps, every one valid against the corpus schema`, () => {
    expect(set).toHaveLength(count);
    set.forEach(({ file }, i) =>
      expect(file).toMatch(new RegExp(`^${prefix}-${String(i + 1).padStart(3, '0')}-[a-z0-9]+(?:-[a-z0-9]+)*\\.json$`)),
    );
  });

  it('labels personal data only with personal-data rule ids, and only with text the draft contains as often as it is labelled', () => {
    for (const { file, entry } of set) {
      const draft =
        entry.html !== undefined
          ? draftFromHtml(entry.html, { title: entry.title })
          : draftFromText(entry.text ?? '', { title: entry.title });
      const plain = `${draft.title}\n${draft.text}`;
      for (const span of entry.expect.spans) {
        expect(personalRules, `${file}: ${span.rule}`).toContain(span.rule);
        const occurrences = plain.split(span.text).length - 1;
        const labelled = entry.expect.spans.filter((s) => s.text === span.text).length;
        expect(occurrences, `${file}: “${span.text}”`).toBeGreaterThanOrEqual(labelled);
      }
      if (entry.expect.spans.length > 0) expect(entry.expect.categories, file).toContain('personal-data');
    }
  });

  it('is never part of the default corpus run', () => {
    const corpusFiles = loadCorpus().map(({ file }) => file);
    expect(corpusFiles.length).toBeGreaterThan(0);
    expect(corpusFiles.filter((f) => f.startsWith(`${prefix}-`))).toEqual([]);
    expect(readdirSync(CORPUS_DIR).filter((f) => f.startsWith(`${prefix}-`))).toEqual([]);
    const held = new Set(set.map(({ file }) => file));
    expect(corpusFiles.filter((f) => held.has(f))).toEqual([]);
  });
});
