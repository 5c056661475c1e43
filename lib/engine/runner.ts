/**
 * Runs the registry over a draft: normalises once, lets each enabled rule report, maps every
 * range back to the characters the user typed, validates each finding and sorts by position.
 */
import type { Draft, DraftImage } from './draft';
import { normalize, normalizeLoose, type Normalized } from './normalize';
import { TextPresence } from './presence';
import { findingRange, wholeCodePoints } from './ranges';
import { TIERS, findingSchema, formatMessage, type Edit, type Finding, type Report, type Rule, type Severity, type Tier } from './rule';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface CheckSettings {
  rules?: Record<string, RuleSetting | undefined>;
  locale?: 'zh' | 'en';
}

export interface CheckResult {
  findings: Finding[];
  requiredApproval: Tier;
  normalized: Normalized;
}

const parsedOptions = new WeakMap<object, Map<Rule, unknown>>();
const NO_OPTIONS = {};

/** Parses a rule's options once per settings object; invalid options fall back to defaults. */
function optionsFor(rule: Rule, raw: Record<string, unknown> | undefined): unknown {
  const key = raw ?? NO_OPTIONS;
  let cache = parsedOptions.get(key);
  if (!cache) parsedOptions.set(key, (cache = new Map<Rule, unknown>()));
  if (!cache.has(rule)) {
    const parsed = rule.meta.options.safeParse(raw ?? {});
    cache.set(rule, parsed.success ? parsed.data : rule.meta.options.parse({}));
  }
  return cache.get(rule);
}

function normalizedImage(image: DraftImage, normalized: Normalized): DraftImage {
  const [offset] = normalized.toNormalized(image.offset, image.offset);
  return {
    ...image,
    offset,
    ...(image.captionRange ? { captionRange: normalized.toNormalized(...image.captionRange) } : {}),
    alt: normalizeLoose(image.alt),
    title: normalizeLoose(image.title),
    caption: normalizeLoose(image.caption),
    // What is printed in the image (a 审图号 in a map's corner) counts as text next to it.
    context: normalizeLoose(image.printed ? `${image.context}\n${image.printed}` : image.context),
  };
}

/** How many reports a step makes into findings (mapped, formatted and validated: some microseconds each). */
const FINDINGS_PER_STEP = 200;

/** A check that runs one rule, or one part of a long rule, per step, so a caller can yield between steps (large drafts in the page). */
export interface CheckRun {
  /** True when every rule has run. */
  readonly done: boolean;
  /** Runs the next rule, or the next part of a rule that works in parts (a generator, see `Rule.check`). */
  step(): void;
  /** Runs what is left and returns the result. */
  result(): CheckResult;
}

export function checkDraft(draft: Draft, rules: readonly Rule[], settings: CheckSettings = {}): CheckResult {
  return startCheck(draft, rules, settings).result();
}

/** Normalises the draft and prepares the rules; the rules run in `step()` or `result()`. */
export function startCheck(draft: Draft, rules: readonly Rule[], settings: CheckSettings = {}): CheckRun {
  const normalized = normalize(draft.text);
  const locale = settings.locale ?? 'zh';
  // Rules read the normalised text, so every position they are given is in its coordinates too.
  const images = draft.images.map((image) => normalizedImage(image, normalized));
  const blocks = draft.blocks.map((b) => {
    const [start, end] = normalized.toNormalized(b.start, b.end);
    return { ...b, start, end };
  });
  const links = draft.links.map((l) => {
    const [start, end] = normalized.toNormalized(l.start, l.end);
    return { ...l, start, end, text: normalized.text.slice(start, end) };
  });
  const title = normalizeLoose(draft.title);
  const findings: Finding[] = [];
  let presence: TextPresence | undefined;
  const sharedValues = new Map<(text: string) => unknown, unknown>();
  const shared = <T>(make: (text: string) => T): T => {
    if (!sharedValues.has(make)) sharedValues.set(make, make(normalized.text));
    return sharedValues.get(make) as T;
  };
  const mapEdits = (edits: Edit[]) =>
    edits.map((e) => {
      const [start, end] = wholeCodePoints(draft.text, ...normalized.toOriginal(e.start, e.end));
      return { start, end, text: e.text };
    });

  // What the rules reported, not yet made into findings: a pass that reports thousands of times
  // (a 40,000-character list of names) is made into findings a batch per step, so a caller that
  // yields between steps never runs them all in one go.
  const reported: (() => void)[] = [];
  let made = 0;
  const makeFindings = (limit: number) => {
    const end = Math.min(reported.length, made + limit);
    while (made < end) reported[made++]();
    if (made === reported.length) made = reported.length = 0;
  };

  const runRule = (rule: Rule): Iterator<unknown, void, undefined> | void => {
    const setting = settings.rules?.[rule.meta.id];
    if (setting?.enabled === false) return;
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    const report = (r: Report) => void reported.push(() => makeFinding(r));
    const makeFinding = (r: Report) => {
      const template = rule.meta.messages[r.messageId];
      if (!template) throw new Error(`${rule.meta.id}: unknown messageId "${r.messageId}"`);
      // Whatever the rule reported, the finding points at whole characters the user can see, or at
      // an image of the draft (then at no text when none belongs to the image).
      const target = r.target?.image;
      if (target !== undefined && !(Number.isInteger(target) && target >= 0 && target < draft.images.length))
        throw new Error(`${rule.meta.id}: no image ${target} in the draft`);
      const original = normalized.toOriginal(r.start, r.end);
      const [start, end] =
        target !== undefined && r.start === r.end
          ? wholeCodePoints(draft.text, original[0], original[0])
          : findingRange(draft.text, ...original);
      const finding: Finding = {
        ruleId: rule.meta.id,
        category: rule.meta.category,
        severity: r.severity ?? severity,
        messageId: r.messageId,
        start,
        end,
        text: draft.text.slice(start, end),
        message: formatMessage(template[locale], r.data),
        basis: rule.meta.basis.map((b) => ({ article: b.article })),
        ...(r.tier ? { tier: r.tier } : {}),
        ...(target !== undefined ? { target: { image: target } } : {}),
        ...(r.fix ? { fix: mapEdits(r.fix) } : {}),
        ...(r.suggestions
          ? {
              suggestions: r.suggestions.map((s) => ({
                messageId: s.messageId,
                message: formatMessage(rule.meta.messages[s.messageId]?.[locale] ?? s.messageId, s.data),
                edits: mapEdits(s.edits),
              })),
            }
          : {}),
      };
      findings.push(findingSchema.parse(finding));
    };
    return rule.check({
      text: normalized.text,
      original: draft.text,
      title,
      blocks,
      images,
      links,
      platform: draft.platform,
      options: optionsFor(rule, setting?.options) as never,
      get presence() {
        return (presence ??= new TextPresence(normalized.text));
      },
      shared,
      report,
    });
  };

  let next = 0;
  // A rule that is a generator and has yielded: its next step resumes it.
  let pending: Iterator<unknown, void, undefined> | void;
  const step = () => {
    if (reported.length) return makeFindings(FINDINGS_PER_STEP);
    if (!pending && next < rules.length) pending = runRule(rules[next++]);
    if (pending && pending.next().done) pending = undefined;
  };
  return {
    get done() {
      return next >= rules.length && !pending && !reported.length;
    },
    step,
    result() {
      while (pending || next < rules.length || reported.length) step();
      findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
      let required = 0;
      for (const f of findings) if (f.tier) required = Math.max(required, TIERS.indexOf(f.tier));
      return { findings, requiredApproval: TIERS[required], normalized };
    },
  };
}

/** The overall status the host element and the gate show. */
export function statusOf(findings: readonly Finding[]): 'ok' | 'warn' | 'block' {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  return 'ok';
}

/** Applies non-overlapping edits to a text, last first so offsets stay valid. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}
