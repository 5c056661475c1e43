/**
 * The settings model: one zod schema whose defaults are the settings of a fresh
 * install. Every later feature reads the *effective* settings (local merged with the office's
 * managed policy, lib/settings/policy.ts), never raw storage.
 */
import { holidayYearSchema } from '../log/holiday-schema';
import { z } from 'zod/mini';
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
export const termSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
export const termListSchema = z.array(termSchema).check(z.maxLength(MAX_LIST));

export const ruleSettingSchema = z.strictObject({
  enabled: z.optional(z.boolean()),
  severity: z.optional(z.enum(SEVERITIES)),
  /** Checked against the rule's own options schema when the rule exists (lib/settings/repair.ts). */
  options: z.optional(z.record(z.string(), z.unknown())),
});
export type RuleSettingValue = z.infer<typeof ruleSettingSchema>;

/**
 * Where a unit or an account sits in the province / prefecture / county matrix (Art. 5), and its
 * department: carried in every export so the supervising unit can group accounts. Optional.
 */
export const unitHierarchySchema = z.strictObject({
  province: z.optional(z.string().check(z.trim(), z.maxLength(60))),
  prefecture: z.optional(z.string().check(z.trim(), z.maxLength(60))),
  county: z.optional(z.string().check(z.trim(), z.maxLength(60))),
  department: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});
export type UnitHierarchy = z.infer<typeof unitHierarchySchema>;

/** Art. 15–17: the accounts the office runs, as filed with the competent unit. */
export const accountSchema = z.strictObject({
  platform: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  hostUnit: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  filingNo: z._default(z.string().check(z.trim(), z.maxLength(60)), ''),
  /** Only where it differs from the unit's own (profile.hierarchy). */
  hierarchy: z.optional(unitHierarchySchema),
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
  kid: z.string().check(z.regex(KID)),
  fingerprint: z.string().check(z.maxLength(60)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  role: z.enum(REVIEWER_TITLES),
  publicKey: ecPublicJwkSchema,
  /** A revoked key stays listed (so its tokens are reported as revoked, not unknown). */
  revoked: z._default(z.boolean(), false),
  addedAt: z.optional(z.string().check(z.maxLength(40))),
});
export type TrustedKeySetting = z.output<typeof trustedKeySchema>;

const overrideMode = (category: (typeof CATEGORIES)[number]) => z._default(z.enum(OVERRIDE_MODES), DEFAULT_OVERRIDES[category]);

export const settingsSchema = z.strictObject({
  rules: z._default(z.record(z.string().check(z.regex(RULE_ID)), ruleSettingSchema), {}),
  sources: z.prefault(z.strictObject({ allowed: z._default(termListSchema, []), blocked: z._default(termListSchema, []) }), {}),
  terms: z.prefault(z.strictObject({ commercial: z._default(termListSchema, []), sensitive: z._default(termListSchema, []) }), {}),
  overrides: z.prefault(
    z.strictObject({
      /** false: every blocking finding blocks outright, whatever the categories say. */
      allowed: z._default(z.boolean(), true),
      categories: z.prefault(
        z.strictObject({
          source: overrideMode('source'),
          'personal-data': overrideMode('personal-data'),
          map: overrideMode('map'),
          commercial: overrideMode('commercial'),
          approval: overrideMode('approval'),
        }),
        {},
      ),
    }),
    {},
  ),
  profile: z.prefault(
    z.strictObject({
      role: z._default(z.enum(ROLES), 'editor'),
      name: z._default(z.string().check(z.trim(), z.maxLength(50)), ''),
      unit: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
      hierarchy: z.optional(unitHierarchySchema),
    }),
    {},
  ),
  /**
   * Signed approvals (Art. 21). Added in settings version 1 with defaults, so values stored before
   * it parse unchanged and need no migration step.
   */
  approval: z.prefault(
    z.strictObject({
      /** This user's title as a reviewer (编辑审核/主要负责人/分管领导/主要领导): the default for a new signing key. */
      title: z._default(z.enum(REVIEWER_TITLES), 'editor-review'),
      /** Every tier without a valid approval blocks, not only major sensitive information. */
      strict: z._default(z.boolean(), false),
      trustedKeys: z._default(z.array(trustedKeySchema).check(z.maxLength(200)), []),
    }),
    {},
  ),
  accounts: z._default(z.array(accountSchema).check(z.maxLength(200)), []),
  log: z.prefault(
    z.strictObject({
      snapshot: z._default(z.enum(SNAPSHOT_MODES), 'excerpt'),
      retentionDays: z._default(z.int().check(z.gte(30), z.lte(3650)), 730),
    }),
    {},
  ),
  ui: z.prefault(z.strictObject({ locale: z._default(z.enum(UI_LOCALES), 'zh') }), {}),
  /** Holiday schedules of years the extension does not ship (Art. 22 counts working days). */
  holidays: z._default(z.array(holidayYearSchema).check(z.maxLength(20)), []),
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
