/**
 * Organisation policy (enterprise deployment): what administrators push through Chrome/Edge
 * policy into chrome.storage.managed (public/managed_schema.json mirrors `policySchema`).
 * Managed values win over local ones; a malformed policy is ignored field by field and reported.
 */
import { z } from 'zod/mini';
import { holidayYearSchema } from '../log/holiday-schema';
import { CATEGORIES, SEVERITIES, type Rule } from '../engine/rule';
import { tPage as t } from '../i18n/page';
import { REVIEWER_TITLES } from '../approval/titles';
import { repairWith, type FieldIssue } from './repair';
import {
  LIST_FIELDS,
  LOCKABLE_FIELDS,
  OVERRIDE_MODES,
  RULE_ID,
  SNAPSHOT_MODES,
  accountSchema,
  defaultSettings,
  getList,
  termListSchema,
  unitHierarchySchema,
  withList,
  type ListField,
  type Settings,
} from './schema';

/** A trusted reviewer's public key (JWK), used to verify approvals. */
export const reviewerKeySchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  /** The title the key signs as; without it the title the public key file names (publicKey.role) applies. */
  role: z.optional(z.enum(REVIEWER_TITLES)),
  revoked: z.optional(z.boolean()),
  publicKey: z.catchall(z.object({ kty: z.string().check(z.minLength(1)) }), z.union([z.string(), z.boolean(), z.array(z.string())])),
});
export type ReviewerKey = z.infer<typeof reviewerKeySchema>;

export const POLICY_SEVERITIES = [...SEVERITIES, 'off'] as const;

export const policySchema = z.strictObject({
  allowedSources: z.optional(termListSchema),
  blockedSources: z.optional(termListSchema),
  commercialTerms: z.optional(termListSchema),
  sensitiveTerms: z.optional(termListSchema),
  /** rule id → block | warn | info | off */
  ruleSeverities: z.optional(z.record(z.string().check(z.regex(RULE_ID)), z.enum(POLICY_SEVERITIES))),
  /** false: no blocking finding can be released with a written reason. */
  allowOverrides: z.optional(z.boolean()),
  overrideCategories: z.optional(z.partialRecord(z.enum(CATEGORIES), z.enum(OVERRIDE_MODES))),
  reviewerKeys: z.optional(z.array(reviewerKeySchema).check(z.maxLength(200))),
  /** true: a draft of any tier without a valid approval is blocked (default: only major). */
  approvalStrict: z.optional(z.boolean()),
  /** true: this browser's own signing key counts for its own drafts (a one-person office); records say so. */
  allowSelfApproval: z.optional(z.boolean()),
  unit: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  /** Where the unit sits (Art. 5), filed by the office: exports carry it, the supervising unit groups by it. */
  hierarchy: z.optional(unitHierarchySchema),
  accounts: z.optional(z.array(accountSchema).check(z.maxLength(200))),
  logSnapshotMode: z.optional(z.enum(SNAPSHOT_MODES)),
  logRetentionDays: z.optional(z.int().check(z.gte(30), z.lte(3650))),
  /** Holiday schedules (国务院办公厅放假安排) for years the extension does not ship yet. */
  holidays: z.optional(z.array(holidayYearSchema).check(z.maxLength(20))),
  lockedFields: z.optional(z.array(z.enum(LOCKABLE_FIELDS))),
});
export type Policy = z.output<typeof policySchema>;

/** Parses chrome.storage.managed's contents; whatever does not parse is left out and reported. */
export function parsePolicy(raw: unknown, rules: readonly Rule[], locale: 'zh' | 'en' = 'zh'): { policy: Policy; issues: FieldIssue[] } {
  const { value, issues } = repairWith(policySchema, raw, locale);
  const policy: Policy = { ...value };
  if (policy.ruleSeverities) {
    const known: Record<string, (typeof POLICY_SEVERITIES)[number]> = {};
    for (const [id, severity] of Object.entries(policy.ruleSeverities)) {
      if (rules.some((r) => r.meta.id === id)) known[id] = severity;
      else issues.push({ path: `ruleSeverities.${id}`, message: t('settings.issue.unknownRule', { id }, locale) });
    }
    policy.ruleSeverities = known;
  }
  return { policy, issues };
}

/** Why a field cannot be edited here: the policy gives its value, or the policy locks it. */
export type LockReason = 'policy' | 'locked';

export interface MergedSettings {
  /** What every feature reads. */
  settings: Settings;
  /** Dotted field path → reason; a lock on a path covers everything under it. */
  locks: Record<string, LockReason>;
  /** The policy's own entries of list fields, shown read-only beside the local ones. */
  managedLists: Partial<Record<ListField, string[]>>;
  reviewerKeys: ReviewerKey[];
  /** Only policy grants it: an approval signed in this browser counts here (one-person office). */
  allowSelfApproval: boolean;
}

export function lockOf(locks: Record<string, LockReason>, path: string): LockReason | undefined {
  const parts = path.split('.');
  for (let i = parts.length; i > 0; i--) {
    const reason = locks[parts.slice(0, i).join('.')];
    if (reason) return reason;
  }
  return undefined;
}

const POLICY_LISTS: Record<ListField, 'allowedSources' | 'blockedSources' | 'commercialTerms' | 'sensitiveTerms'> = {
  'sources.allowed': 'allowedSources',
  'sources.blocked': 'blockedSources',
  'terms.commercial': 'commercialTerms',
  'terms.sensitive': 'sensitiveTerms',
};

const unique = (values: string[]) => [...new Set(values)];

/**
 * Local settings with the policy applied. A locked field ignores the local value (the policy's,
 * or the default); a scalar the policy sets wins and is read-only; a list the policy sets keeps
 * the policy's entries and, unless locked, adds the local ones.
 */
export function mergePolicy(local: Settings, policy: Policy): MergedSettings {
  const defaults = defaultSettings();
  const s: Settings = structuredClone(local);
  const locks: Record<string, LockReason> = {};
  const managedLists: Partial<Record<ListField, string[]>> = {};
  const locked = new Set(policy.lockedFields ?? []);

  for (const field of locked) {
    locks[field] = 'locked';
    const [group, key] = field.split('.') as [keyof Settings, string | undefined];
    if (key === undefined) (s as Record<string, unknown>)[group] = structuredClone(defaults[group]);
    else (s[group] as Record<string, unknown>)[key] = structuredClone((defaults[group] as Record<string, unknown>)[key]);
  }

  for (const field of LIST_FIELDS) {
    const managed = policy[POLICY_LISTS[field]];
    if (!managed) continue;
    managedLists[field] = managed;
    Object.assign(s, withList(s, field, unique(locked.has(field) ? managed : [...managed, ...getList(s, field)])));
  }

  for (const [id, severity] of Object.entries(policy.ruleSeverities ?? {})) {
    locks[`rules.${id}`] ??= 'policy';
    s.rules[id] = severity === 'off' ? { ...s.rules[id], enabled: false } : { ...s.rules[id], enabled: true, severity };
  }
  if (policy.allowOverrides !== undefined) {
    s.overrides.allowed = policy.allowOverrides;
    locks['overrides.allowed'] ??= 'policy';
  }
  for (const [category, mode] of Object.entries(policy.overrideCategories ?? {})) {
    if (!mode) continue;
    s.overrides.categories[category as keyof Settings['overrides']['categories']] = mode;
    locks[`overrides.categories.${category}`] ??= 'policy';
  }
  if (policy.approvalStrict !== undefined) {
    s.approval.strict = policy.approvalStrict;
    locks['approval.strict'] ??= 'policy';
  }
  if (policy.unit !== undefined) {
    s.profile.unit = policy.unit;
    locks['profile.unit'] ??= 'policy';
  }
  // A hierarchy left with no level (its only entries were malformed and dropped) files nothing.
  if (policy.hierarchy !== undefined && Object.values(policy.hierarchy).some(Boolean)) {
    s.profile.hierarchy = policy.hierarchy;
    locks['profile.hierarchy'] ??= 'policy';
  }
  if (policy.accounts !== undefined) {
    s.accounts = policy.accounts;
    locks.accounts ??= 'policy';
  }
  if (policy.logSnapshotMode !== undefined) {
    s.log.snapshot = policy.logSnapshotMode;
    locks['log.snapshot'] ??= 'policy';
  } else if (s.log.snapshot === 'unmasked') {
    // Keeping personal data unmasked is the organisation's decision, never a local one.
    s.log.snapshot = 'full';
  }
  if (policy.logRetentionDays !== undefined) {
    s.log.retentionDays = policy.logRetentionDays;
    locks['log.retentionDays'] ??= 'policy';
  }
  if (policy.holidays !== undefined) {
    // The office's schedule for a year wins over one imported on this browser.
    const years = new Set(policy.holidays.map((y) => y.year));
    s.holidays = [...s.holidays.filter((y) => !years.has(y.year)), ...policy.holidays];
  }
  return {
    settings: s,
    locks,
    managedLists,
    reviewerKeys: policy.reviewerKeys ?? [],
    allowSelfApproval: policy.allowSelfApproval ?? false,
  };
}
