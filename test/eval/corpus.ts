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
/** An independent set: drafts written and labelled without reading the rules, before the checker ran. */
export interface IndependentSet {
  /** The `npm run eval` flag that scores it. */
  flag: string;
  /** Its files' prefix (`bd3-NNN-<slug>.json`). */
  prefix: string;
  dir: URL;
  /**
   * Held out: scored in aggregate only, never read and never used to tune a rule. A development
   * set's disagreements may be listed (`--errors`) to find the kind of language a rule misses.
   */
  heldOut: boolean;
}

const blind = (name: string) => new URL(`../fixtures/blind/${name}/`, import.meta.url);

/**
 * The first held-out set (test/fixtures/holdout/README.md) and the blind sets written later, each
 * by a writer who had not seen the others (test/fixtures/blind/README.md): development sets dev…dev17
 * (most of them weighted towards the weakest categories) and held-out sets test…test10.
 */
export const INDEPENDENT_SETS: readonly IndependentSet[] = [
  { flag: '--holdout', prefix: 'ho', dir: new URL('../fixtures/holdout/', import.meta.url), heldOut: true },
  { flag: '--blind-dev', prefix: 'bd', dir: blind('dev'), heldOut: false },
  { flag: '--blind-dev2', prefix: 'bd2', dir: blind('dev2'), heldOut: false },
  { flag: '--blind-dev3', prefix: 'bd3', dir: blind('dev3'), heldOut: false },
  { flag: '--blind-dev4', prefix: 'bd4', dir: blind('dev4'), heldOut: false },
  { flag: '--blind-dev5', prefix: 'bd5', dir: blind('dev5'), heldOut: false },
  { flag: '--blind-dev6', prefix: 'bd6', dir: blind('dev6'), heldOut: false },
  { flag: '--blind-dev7', prefix: 'bd7', dir: blind('dev7'), heldOut: false },
  { flag: '--blind-dev8', prefix: 'bd8', dir: blind('dev8'), heldOut: false },
  { flag: '--blind-dev9', prefix: 'bd9', dir: blind('dev9'), heldOut: false },
  { flag: '--blind-dev10', prefix: 'bd10', dir: blind('dev10'), heldOut: false },
  { flag: '--blind-dev11', prefix: 'bd11', dir: blind('dev11'), heldOut: false },
  { flag: '--blind-dev12', prefix: 'bd12', dir: blind('dev12'), heldOut: false },
  { flag: '--blind-dev13', prefix: 'bd13', dir: blind('dev13'), heldOut: false },
  { flag: '--blind-dev14', prefix: 'bd14', dir: blind('dev14'), heldOut: false },
  { flag: '--blind-dev15', prefix: 'bd15', dir: blind('dev15'), heldOut: false },
  { flag: '--blind-dev16', prefix: 'bd16', dir: blind('dev16'), heldOut: false },
  { flag: '--blind-dev17', prefix: 'bd17', dir: blind('dev17'), heldOut: false },
  { flag: '--blind-test', prefix: 'bt', dir: blind('test'), heldOut: true },
  { flag: '--blind-test2', prefix: 'bt2', dir: blind('test2'), heldOut: true },
  { flag: '--blind-test3', prefix: 'bt3', dir: blind('test3'), heldOut: true },
  { flag: '--blind-test4', prefix: 'bt4', dir: blind('test4'), heldOut: true },
  { flag: '--blind-test5', prefix: 'bt5', dir: blind('test5'), heldOut: true },
  { flag: '--blind-test6', prefix: 'bt6', dir: blind('test6'), heldOut: true },
  { flag: '--blind-test7', prefix: 'bt7', dir: blind('test7'), heldOut: true },
  { flag: '--blind-test8', prefix: 'bt8', dir: blind('test8'), heldOut: true },
  { flag: '--blind-test9', prefix: 'bt9', dir: blind('test9'), heldOut: true },
  { flag: '--blind-test10', prefix: 'bt10', dir: blind('test10'), heldOut: true },
];

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
