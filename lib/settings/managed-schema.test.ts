import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../engine/rule';
import { POLICY_SEVERITIES, policySchema } from './policy';
import { LOCKABLE_FIELDS, OVERRIDE_MODES, SNAPSHOT_MODES } from './schema';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8'));

describe('public/managed_schema.json mirrors policySchema', () => {
  it('declares exactly the policy fields', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(policySchema.shape).sort());
  });
  it('offers the same choices', () => {
    const p = schema.properties;
    expect(p.lockedFields.items.enum).toEqual([...LOCKABLE_FIELDS]);
    expect(p.ruleSeverities.additionalProperties.enum).toEqual([...POLICY_SEVERITIES]);
    expect(p.logSnapshotMode.enum).toEqual([...SNAPSHOT_MODES]);
    expect(Object.keys(p.overrideCategories.properties)).toEqual([...CATEGORIES]);
    for (const c of CATEGORIES) expect(p.overrideCategories.properties[c].enum).toEqual([...OVERRIDE_MODES]);
  });
  it('accepts its own documented example', () => {
    const example = {
      allowedSources: ['云南日报', 'yn.gov.cn'],
      blockedSources: ['网络'],
      ruleSeverities: { 'no-unmasked-mobile': 'block' },
      allowOverrides: false,
      overrideCategories: { map: 'block' },
      reviewerKeys: [{ name: '李审核', unit: '县政府办', publicKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'li-2026' } }],
      unit: '某某县人民政府办公室',
      logSnapshotMode: 'excerpt',
      logRetentionDays: 1095,
      lockedFields: ['sources.allowed', 'ui.locale'],
    };
    expect(policySchema.safeParse(example).success).toBe(true);
  });
});
