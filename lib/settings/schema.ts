/**
 * The settings model: one zod schema whose defaults are the settings of a fresh
 * install. Every later feature reads the *effective* settings (local merged with the office's
 * managed policy, lib/settings/policy.ts), never raw storage.
 */
import { holidayYearSchema } from '../log/holiday-schema';
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../engine/rule';
import { ecPublicJwkSchema, KID } from '../approval/keys';
import { REVIEWER_TITLES } from '../approval/titles';
import { LOCAL_SNAPSHOT_MODES, SNAPSHOT_MODES, type SnapshotMode } from '../log/snapshot';

/** Bump when the stored shape changes, and add the step to MIGRATIONS (lib/settings/migrations.ts). */
export const SETTINGS_VERSION = 1;

export const ROLES = ['editor', 'reviewer', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

/** How much of a draft the publication log keeps: the log's modes, chosen here. */
export { LOCAL_SNAPSHOT_MODES, SNAPSHOT_MODES, type SnapshotMode };

/** A blocking finding of a category may be published with a written reason, or not at all. */
export const OVERRIDE_MODES = ['reason', 'block'] as const;
export type OverrideMode = (typeof OVERRIDE_MODES)[number];

export const UI_LOCALES = ['zh', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_LIST = 2000;
export const termSchema = z.string().trim().min(1).max(200);
export const termListSchema = z.array(termSchema).max(MAX_LIST);

export const ruleSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
  /** Checked against the rule's own options schema when the rule exists (lib/settings/repair.ts). */
  options: z.record(z.string(), z.unknown()).optional(),
});
export type RuleSettingValue = z.infer<typeof ruleSettingSchema>;

/**
 * Where a unit or an account sits in the province / prefecture / county matrix (Art. 5), and its
 * department: carried in every export so the supervising unit can group accounts. Optional.
 */
export const unitHierarchySchema = z.strictObject({
  province: z.string().trim().max(60).optional(),
  prefecture: z.string().trim().max(60).optional(),
  county: z.string().trim().max(60).optional(),
  department: z.string().trim().max(100).optional(),
});
export type UnitHierarchy = z.infer<typeof unitHierarchySchema>;

/** Art. 15–17: the accounts the office runs, as filed with the competent unit. */
export const accountSchema = z.strictObject({
  platform: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(60),
  hostUnit: z.string().trim().min(1).max(100),
  filingNo: z.string().trim().max(60).default(''),
  /** Only where it differs from the unit's own (profile.hierarchy). */
  hierarchy: unitHierarchySchema.optional(),
});
export type Account = z.infer<typeof accountSchema>;

/** By default a written reason may release any blocking category except a missing sign-off. */
export const DEFAULT_OVERRIDES: Record<(typeof CATEGORIES)[number], OverrideMode> = {
  source: 'reason',
  'personal-data': 'reason',
  map: 'reason',
  commercial: 'reason',
  approval: 'block',
};

/** A reviewer's public key this browser trusts for approvals, added on the options page. */
export const trustedKeySchema = z.strictObject({
  kid: z.string().regex(KID),
  fingerprint: z.string().max(60),
  name: z.string().trim().min(1).max(50),
  unit: z.string().trim().max(100).optional(),
  role: z.enum(REVIEWER_TITLES),
  publicKey: ecPublicJwkSchema,
  /** A revoked key stays listed (so its tokens are reported as revoked, not unknown). */
  revoked: z.boolean().default(false),
  addedAt: z.string().max(40).optional(),
});
export type TrustedKeySetting = z.output<typeof trustedKeySchema>;

const overrideMode = (category: (typeof CATEGORIES)[number]) => z.enum(OVERRIDE_MODES).default(DEFAULT_OVERRIDES[category]);

export const settingsSchema = z.strictObject({
  rules: z.record(z.string().regex(RULE_ID), ruleSettingSchema).default({}),
  sources: z.strictObject({ allowed: termListSchema.default([]), blocked: termListSchema.default([]) }).prefault({}),
  terms: z.strictObject({ commercial: termListSchema.default([]), sensitive: termListSchema.default([]) }).prefault({}),
  overrides: z
    .strictObject({
      /** false: every blocking finding blocks outright, whatever the categories say. */
      allowed: z.boolean().default(true),
      categories: z
        .strictObject({
          source: overrideMode('source'),
          'personal-data': overrideMode('personal-data'),
          map: overrideMode('map'),
          commercial: overrideMode('commercial'),
          approval: overrideMode('approval'),
        })
        .prefault({}),
    })
    .prefault({}),
  profile: z
    .strictObject({
      role: z.enum(ROLES).default('editor'),
      name: z.string().trim().max(50).default(''),
      unit: z.string().trim().max(100).default(''),
      hierarchy: unitHierarchySchema.optional(),
    })
    .prefault({}),
  /**
   * Signed approvals (Art. 21). Added in settings version 1 with defaults, so values stored before
   * it parse unchanged and need no migration step.
   */
  approval: z
    .strictObject({
      /** This user's title as a reviewer (编辑审核/主要负责人/分管领导/主要领导): the default for a new signing key. */
      title: z.enum(REVIEWER_TITLES).default('editor-review'),
      /** Every tier without a valid approval blocks, not only major sensitive information. */
      strict: z.boolean().default(false),
      trustedKeys: z.array(trustedKeySchema).max(200).default([]),
    })
    .prefault({}),
  accounts: z.array(accountSchema).max(200).default([]),
  log: z
    .strictObject({
      snapshot: z.enum(SNAPSHOT_MODES).default('excerpt'),
      retentionDays: z.number().int().min(30).max(3650).default(730),
    })
    .prefault({}),
  ui: z.strictObject({ locale: z.enum(UI_LOCALES).default('zh') }).prefault({}),
  /** Holiday schedules of years the extension does not ship (Art. 22 counts working days). */
  holidays: z.array(holidayYearSchema).max(20).default([]),
});

export type Settings = z.output<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/**
 * The fields a policy can set or lock, and the units the options page shows read-only.
 * `rules.<id>` and `overrides.categories.<category>` are finer-grained locks under these.
 */
export const LOCKABLE_FIELDS = [
  'rules',
  'sources.allowed',
  'sources.blocked',
  'terms.commercial',
  'terms.sensitive',
  'overrides',
  'overrides.allowed',
  'profile.unit',
  'profile.hierarchy',
  'accounts',
  'log.snapshot',
  'log.retentionDays',
  'ui.locale',
  'approval.strict',
  'approval.trustedKeys',
] as const;
export type LockableField = (typeof LOCKABLE_FIELDS)[number];

/** The list settings a policy extends (its entries are fixed, local entries are added unless locked). */
export const LIST_FIELDS = ['sources.allowed', 'sources.blocked', 'terms.commercial', 'terms.sensitive'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export function getList(settings: Settings, field: ListField): string[] {
  const [group, key] = field.split('.') as ['sources' | 'terms', string];
  return (settings[group] as Record<string, string[]>)[key];
}

export function withList(settings: Settings, field: ListField, values: string[]): Settings {
  const [group, key] = field.split('.') as ['sources' | 'terms', string];
  return { ...settings, [group]: { ...settings[group], [key]: values } };
}
