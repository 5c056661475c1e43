/**
 * The rule API (modelled on ESLint's): a rule is `defineRule({ meta, check })`, pure and synchronous.
 * It sees the normalised text and reports ranges in it; the runner maps them back to what the
 * user typed and validates every finding.
 */
import { z } from 'zod/mini';
import type { DraftBlock, DraftImage, DraftLink } from './draft';
import type { TextPresence } from './presence';

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['source', 'personal-data', 'map', 'commercial', 'approval'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Approval tiers of Art. 21, lowest first. */
export const TIERS = ['general', 'important', 'major'] as const;
export type Tier = (typeof TIERS)[number];

/** A localised string: Simplified Chinese first, English complete. */
export interface Localized {
  zh: string;
  en: string;
}

export interface Basis {
  /** Article number in the Yunnan measures (云政办规〔2019〕6号). */
  article: number;
}

/** An edit in draft-text coordinates: serialisable, so it crosses messaging and can be hashed. */
export const editSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
});
export type Edit = z.infer<typeof editSchema>;

export const suggestionSchema = z.object({
  messageId: z.string(),
  message: z.string(),
  edits: z.array(editSchema).check(z.minLength(1)),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const findingSchema = z.object({
  ruleId: z.string().check(z.minLength(1)),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  messageId: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
  message: z.string().check(z.minLength(1)),
  basis: z.array(z.object({ article: z.int().check(z.positive()) })).check(z.minLength(1)),
  tier: z.optional(z.enum(TIERS)),
  fix: z.optional(z.array(editSchema)),
  suggestions: z.optional(z.array(suggestionSchema)),
  /**
   * Set when the finding is about one of the draft's images as a whole (a map without its 审图号):
   * its index in the draft's images. The page outlines that image; the range is the image's caption
   * when the caption is part of the text, else empty at the place the image stands (text '').
   */
  target: z.optional(z.object({ image: z.int().check(z.nonnegative()) })),
  /** Set when the finding is in an image's text: which image, and the region in its pixels. */
  image: z.optional(
    z.object({
      index: z.number(),
      src: z.string().check(z.maxLength(4096)),
      /** [x, y, width, height] in the image's pixels. */
      box: z.array(z.number()).check(z.length(4)),
      width: z.number().check(z.positive()),
      height: z.number().check(z.positive()),
      /** What was read, masked as the panel shows it. */
      read: z.string().check(z.maxLength(200)),
    }),
  ),
});
export type Finding = z.infer<typeof findingSchema>;

/** A sample draft in a rule's examples: plain text, or HTML when images matter. */
export type ExampleDraft = string | { title?: string; text?: string; html?: string };

export interface RuleMeta<O extends z.ZodMiniObject = z.ZodMiniObject> {
  /** kebab-case, equal to the file name; `no-…` for prohibitions. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  basis: Basis[];
  /** What the rule checks, in full, is in lib/rules/descriptions.ts (not bundled into editor pages). */
  name: Localized;
  /** messageId → template with {{placeholders}}. */
  messages: Record<string, Localized>;
  options: O;
  /** Safe fixes that preserve meaning; anything that changes what the post says is a suggestion. */
  fixable?: boolean;
  /** Suggestions the editor applies by hand (masking). */
  hasSuggestions?: boolean;
  examples: { valid: ExampleDraft[]; invalid: ExampleDraft[] };
}

/** What a rule reports, in normalised-text coordinates. */
export interface Report {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string | number>;
  /** Overrides the configured severity for this finding (an exception noted as info, say). */
  severity?: Severity;
  /** The approval tier this finding requires (approval rules). */
  tier?: Tier;
  /**
   * What the finding is about as a whole, as `Finding.target`: an image (its index in
   * `context.images`). The range may then be empty, at the image's offset, when no text of the
   * draft belongs to the image.
   */
  target?: { image: number };
  fix?: Edit[];
  suggestions?: { messageId: string; data?: Record<string, string | number>; edits: Edit[] }[];
}

/** What a rule sees. Everything is normalised; `original` is there for display only. */
export interface RuleContext<O> {
  /** Normalised plain text: title and blocks separated by newlines. */
  text: string;
  original: string;
  title: string;
  /** Blocks in normalised coordinates (the runner maps them). */
  blocks: readonly DraftBlock[];
  images: readonly DraftImage[];
  links: readonly DraftLink[];
  platform?: string;
  options: O;
  /**
   * The characters and pairs of characters in `text`, built on first use and shared by every rule
   * of a check: `presence.mayMatch(re)` is false when a regex cannot match in `text` (its scan can be
   * skipped).
   */
  readonly presence: TextPresence;
  /**
   * What `make` builds from `text`, built once per check and shared by every rule that asks with the
   * same `make` (a sentence index several rules read, say).
   */
  shared<T>(make: (text: string) => T): T;
  report(report: Report): void;
}

export interface Rule<O extends z.ZodMiniObject = z.ZodMiniObject> {
  meta: RuleMeta<O>;
  /**
   * Reports what the rule finds through `context.report`. A rule whose work on one long draft can
   * take long (every window of a run of thousands of digits) may be a generator (`*check`) that
   * yields where it can stop and resume: a check in slices gives the page its turn there, and run
   * to the end it reports exactly what a check in one go reports.
   */
  check(context: RuleContext<z.infer<O>>): void | Iterator<unknown, void, undefined>;
}

export function defineRule<O extends z.ZodMiniObject>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** Fills {{placeholders}}; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

const CN_NUMERALS = '〇一二三四五六七八九';
/** 24 → 第二十四条 (articles of the measures run 1–49). */
export function articleLabel(article: number): string {
  const tens = Math.floor(article / 10);
  const ones = article % 10;
  const t = tens === 0 ? '' : tens === 1 ? '十' : `${CN_NUMERALS[tens]}十`;
  return `第${t}${ones ? CN_NUMERALS[ones] : ''}条`;
}
