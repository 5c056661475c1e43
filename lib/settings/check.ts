/**
 * Settings → what the engine takes. The one place that knows which settings feed which rule
 * options: add a line to OPTION_FEEDS when a rule grows an option the settings already hold.
 */
import type { CheckSettings, RuleSetting } from '../engine/runner';
import type { Category, Rule } from '../engine/rule';
import type { OverrideMode, Settings } from './schema';

interface OptionFeed {
  /** Only rules of this category get the value (terms mean different things to different rules). */
  category?: Category;
  /** The option name in the rule's zod options object; rules without it are left alone. */
  option: string;
  /** Entries added to the rule's own default list (settings extend a rule's lists, never empty them). */
  value(settings: Settings): string[];
}

export const OPTION_FEEDS: readonly OptionFeed[] = [
  { category: 'source', option: 'allowedSources', value: (s) => s.sources.allowed },
  { category: 'source', option: 'blockedSources', value: (s) => s.sources.blocked },
  { category: 'commercial', option: 'extraTerms', value: (s) => s.terms.commercial },
  { category: 'approval', option: 'extraSensitiveTerms', value: (s) => s.terms.sensitive },
];

/** The settings a rule's options editor should not show: they are edited in their own section. */
export function fedOptions(rule: Rule): string[] {
  return OPTION_FEEDS.filter((f) => feeds(f, rule)).map((f) => f.option);
}

function feeds(feed: OptionFeed, rule: Rule): boolean {
  return (!feed.category || feed.category === rule.meta.category) && feed.option in rule.meta.options.shape;
}

const defaults = new WeakMap<Rule, Record<string, unknown>>();
function defaultOption(rule: Rule, option: string): unknown {
  let d = defaults.get(rule);
  if (!d) defaults.set(rule, (d = rule.meta.options.parse({})));
  return d[option];
}

export function toCheckSettings(settings: Settings, rules: readonly Rule[]): CheckSettings {
  const out: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const local = settings.rules[rule.meta.id];
    const setting: RuleSetting = { ...local, ...(local?.options ? { options: { ...local.options } } : {}) };
    for (const feed of OPTION_FEEDS) {
      if (!feeds(feed, rule)) continue;
      const extra = feed.value(settings);
      if (!extra.length) continue;
      const current = setting.options?.[feed.option] ?? defaultOption(rule, feed.option);
      const base = Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [];
      setting.options = { ...setting.options, [feed.option]: [...new Set([...base, ...extra])] };
    }
    if (Object.keys(setting).length) out[rule.meta.id] = setting;
  }
  return { rules: out, locale: settings.ui.locale };
}

/** Whether a blocking finding of `category` may be published with a written reason. */
export function overrideModeFor(settings: Settings, category: Category): OverrideMode {
  return settings.overrides.allowed ? settings.overrides.categories[category] : 'block';
}
