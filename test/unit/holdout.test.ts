/**
 * The independent held-out set (test/fixtures/holdout/README.md) loads, validates and stays apart
 * from the corpus. Schema and bookkeeping only: its scores are measured by `npm run eval --
 * --holdout`, never asserted, so that nobody tunes a rule until a test over these drafts passes.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { rules } from '../../lib/rules';
import { CORPUS_DIR, HOLDOUT_DIR, loadCorpus } from '../eval/corpus';

const holdout = loadCorpus(HOLDOUT_DIR);
const personalRules = new Set(rules.filter((r) => r.meta.category === 'personal-data').map((r) => r.meta.id));

describe('held-out set', () => {
  it('holds 200 drafts named ho-NNN-<slug>.json, numbered without gaps, every one valid against the corpus schema', () => {
    expect(holdout).toHaveLength(200);
    holdout.forEach(({ file }, i) =>
      expect(file).toMatch(new RegExp(`^ho-${String(i + 1).padStart(3, '0')}-[a-z0-9]+(?:-[a-z0-9]+)*\\.json$`)),
    );
  });

  it('labels personal data only with personal-data rule ids, and only with text the draft contains as often as it is labelled', () => {
    for (const { file, entry } of holdout) {
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
    expect(corpusFiles.filter((f) => f.startsWith('ho-'))).toEqual([]);
    expect(readdirSync(CORPUS_DIR).filter((f) => f.startsWith('ho-'))).toEqual([]);
    const held = new Set(holdout.map(({ file }) => file));
    expect(corpusFiles.filter((f) => held.has(f))).toEqual([]);
  });
});
