/**
 * The labelled corpus (test/fixtures/corpus/*.json): realistic drafts written for this project,
 * each with what the guard should find. No real person's data: IDs are synthetic with valid check
 * characters, phone numbers are invented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATEGORIES, TIERS } from '../../lib/engine/rule';
import { rules } from '../../lib/rules';

/** The rules whose findings are personal-data spans: a label naming any other id is a mistake, not a miss. */
const PERSONAL_RULES = rules.filter((r) => r.meta.category === 'personal-data').map((r) => r.meta.id);

export const corpusEntrySchema = z.object({
  /** What kind of draft this is (公示, 疫情通报, 微博短帖 …), for people reading the corpus. */
  kind: z.string(),
  title: z.string(),
  text: z.string().optional(),
  html: z.string().optional(),
  platform: z.string().optional(),
  expect: z.object({
    /** Every personal-data span that must be found: the personal-data rule id and the exact text. */
    spans: z
      .array(
        z.object({
          rule: z
            .string()
            .refine((id) => PERSONAL_RULES.includes(id), { message: `not a personal-data rule (${PERSONAL_RULES.join(', ')})` }),
          text: z.string(),
        }),
      )
      .default([]),
    /** Categories that must have at least one warn or block finding; all others must have none. */
    categories: z.array(z.enum(CATEGORIES)).default([]),
    requiredApproval: z.enum(TIERS).default('general'),
  }),
});
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export const CORPUS_DIR = new URL('../fixtures/corpus/', import.meta.url);
/**
 * The independent held-out set (test/fixtures/holdout/README.md): written and labelled without
 * reading the rules, before the checker ran. `npm run eval` never reads it; only `--holdout` does,
 * and it must never be used to tune a rule.
 */
export const HOLDOUT_DIR = new URL('../fixtures/holdout/', import.meta.url);
/**
 * A second independent pair written the same way, later (test/fixtures/blind/README.md): `dev`
 * drafts, whose disagreements may be read to find the kind of language a rule misses, and `test`
 * drafts, scored only as an aggregate (`--blind-test`) and never read or tuned on.
 */
export const BLIND_DEV_DIR = new URL('../fixtures/blind/dev/', import.meta.url);
export const BLIND_TEST_DIR = new URL('../fixtures/blind/test/', import.meta.url);
/** Two more held-out sets, written blind by two new writers in the third round (aggregate only). */
export const BLIND_TEST2_DIR = new URL('../fixtures/blind/test2/', import.meta.url);
export const BLIND_TEST3_DIR = new URL('../fixtures/blind/test3/', import.meta.url);
/**
 * Later development sets, each from a new blind writer after the previous round of fixes
 * (`--blind-dev2` … `--blind-dev6`; dev5 and dev6 weighted towards sources, maps and sales).
 */
export const BLIND_DEV2_DIR = new URL('../fixtures/blind/dev2/', import.meta.url);
export const BLIND_DEV3_DIR = new URL('../fixtures/blind/dev3/', import.meta.url);
export const BLIND_DEV4_DIR = new URL('../fixtures/blind/dev4/', import.meta.url);
export const BLIND_DEV5_DIR = new URL('../fixtures/blind/dev5/', import.meta.url);
export const BLIND_DEV6_DIR = new URL('../fixtures/blind/dev6/', import.meta.url);

export function loadCorpus(dir = CORPUS_DIR): { file: string; entry: CorpusEntry }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir.pathname, file), 'utf8'));
      const parsed = corpusEntrySchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
      if (parsed.data.text === undefined && parsed.data.html === undefined) throw new Error(`${file}: needs text or html`);
      return { file, entry: parsed.data };
    });
}
