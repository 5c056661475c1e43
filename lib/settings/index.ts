/**
 * Settings as every feature sees them: local settings repaired field by field, the office's
 * managed policy parsed field by field, merged with the policy winning.
 */
import type { Rule } from '../engine/rule';
import { mergePolicy, parsePolicy, type MergedSettings } from './policy';
import { checkRuleOptions, repairWith, type FieldIssue } from './repair';
import { settingsSchema, type Settings } from './schema';

export * from './schema';
export { HIERARCHY_LEVELS, HIERARCHY_MAX, withHierarchyLevel, type HierarchyLevel } from './hierarchy';
export {
  lockOf,
  mergePolicy,
  parsePolicy,
  policySchema,
  type LockReason,
  type MergedSettings,
  type Policy,
  type ReviewerKey,
} from './policy';
export { repairWith, type FieldIssue } from './repair';
export { overrideModeFor, toCheckSettings, fedOptions } from './check';
export { exportFileName, exportSettings, importSettings, type ImportResult } from './transfer';

/** Local settings from storage: whatever is corrupt falls back to its default and is reported. */
export function repairSettings(
  raw: unknown,
  rules: readonly Rule[],
  locale: 'zh' | 'en' = 'zh',
): { settings: Settings; repaired: FieldIssue[] } {
  const { value, issues } = repairWith(settingsSchema, raw, locale);
  const optionIssues = checkRuleOptions(value.rules, rules, locale);
  for (const issue of optionIssues) {
    const id = issue.path.split('.')[1];
    if (value.rules[id]) delete value.rules[id].options;
  }
  return { settings: value, repaired: [...issues, ...optionIssues] };
}

export interface EffectiveSettings extends MergedSettings {
  /** The user's own settings (what the options page edits and export writes). */
  local: Settings;
  repaired: FieldIssue[];
  policyPresent: boolean;
  policyIssues: FieldIssue[];
}

export function resolveSettings(localRaw: unknown, managedRaw: unknown, rules: readonly Rule[]): EffectiveSettings {
  let local = repairSettings(localRaw, rules);
  let policy = parsePolicy(managedRaw, rules);
  let merged = mergePolicy(local.settings, policy.policy);
  // Issues are worded in the UI language, which is itself a setting.
  if (merged.settings.ui.locale !== 'zh') {
    local = repairSettings(localRaw, rules, merged.settings.ui.locale);
    policy = parsePolicy(managedRaw, rules, merged.settings.ui.locale);
    merged = mergePolicy(local.settings, policy.policy);
  }
  const policyPresent = typeof managedRaw === 'object' && managedRaw !== null && Object.keys(managedRaw).length > 0;
  return { ...merged, local: local.settings, repaired: local.repaired, policyPresent, policyIssues: policy.issues };
}
