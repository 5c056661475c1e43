import './chinese-issues';
import { exportHeaderFor } from '../log/stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { draftFromText } from '../engine/draft';
import { defineRule, type Rule } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { rules as registry } from '../rules';
import {
  defaultSettings,
  exportSettings,
  importSettings,
  lockOf,
  mergePolicy,
  overrideModeFor,
  parsePolicy,
  repairSettings,
  resolveSettings,
  settingsSchema,
  toCheckSettings,
  type Settings,
} from './index';
import { migrate } from './migrations';

// Stand-in rules so these tests do not depend on what the real rules' options are today.
const sourceRule = defineRule({
  meta: {
    id: 'fake-source',
    category: 'source',
    defaultSeverity: 'block',
    basis: [{ article: 25 }],
    name: { zh: '来源', en: 'Source' },
    messages: { m: { zh: '来源', en: 'source' } },
    options: z.object({
      allowedSources: z.array(z.string()).default(['新华社']),
      blockedSources: z.array(z.string()).default(['网络']),
      threshold: z.number().int().positive().default(3),
    }),
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
const plainRule = defineRule({
  meta: {
    id: 'fake-plain',
    category: 'personal-data',
    defaultSeverity: 'warn',
    basis: [{ article: 24 }],
    name: { zh: '个人信息', en: 'Personal' },
    messages: { m: { zh: '个人', en: 'personal' } },
    options: z.object({}),
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
const rules = [sourceRule, plainRule] as Rule[];
const paths = (issues: { path: string }[]) => issues.map((i) => i.path).sort();

describe('settings schema and defaults', () => {
  it('fills every field of an empty value with its default', () => {
    const s = defaultSettings();
    expect(s.profile.role).toBe('editor');
    expect(s.ui.locale).toBe('zh');
    expect(s.log).toEqual({ snapshot: 'excerpt', retentionDays: 730 });
    expect(s.overrides.categories.approval).toBe('block');
    expect(s.overrides.categories['personal-data']).toBe('reason');
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('reads nothing stored as the defaults, with nothing repaired', () => {
    expect(repairSettings(undefined, rules)).toEqual({ settings: defaultSettings(), repaired: [] });
  });
});

describe('field-by-field repair of stored settings', () => {
  it('resets only the corrupt fields and reports each of them', () => {
    const stored = {
      profile: { role: 'boss', name: '张三' },
      sources: { allowed: ['云南日报', 3, ''], blocked: 'all' },
      log: { snapshot: 'full', retentionDays: 'forever' },
      accounts: [{ platform: 'wechat', name: '云南发布', hostUnit: '云南省人民政府新闻办公室' }, { platform: 'weibo' }],
      rules: { 'fake-plain': { enabled: false, severity: 'fatal' } },
      ui: { locale: 'fr' },
      legacy: true,
    };
    const { settings, repaired } = repairSettings(stored, rules);
    expect(settings.profile).toEqual({ role: 'editor', name: '张三', unit: '' });
    expect(settings.sources).toEqual({ allowed: ['云南日报'], blocked: [] });
    expect(settings.log).toEqual({ snapshot: 'full', retentionDays: 730 });
    expect(settings.accounts).toEqual([{ platform: 'wechat', name: '云南发布', hostUnit: '云南省人民政府新闻办公室', filingNo: '' }]);
    expect(settings.rules).toEqual({ 'fake-plain': { enabled: false } });
    expect(settings.ui.locale).toBe('zh');
    expect(paths(repaired)).toEqual(
      [
        'accounts.1',
        'legacy',
        'log.retentionDays',
        'profile.role',
        'rules.fake-plain.severity',
        'sources.allowed.1',
        'sources.allowed.2',
        'sources.blocked',
        'ui.locale',
      ].sort(),
    );
    for (const issue of repaired) expect(issue.message).not.toBe('');
  });

  it.each([['a string'], [42], [[1, 2]], [true]])('replaces a stored value that is not an object (%j) with the defaults', (raw) => {
    const { settings, repaired } = repairSettings(raw, rules);
    expect(settings).toEqual(defaultSettings());
    expect(repaired).toHaveLength(1);
  });

  it('drops options a rule would reject, keeping the rule setting', () => {
    const { settings, repaired } = repairSettings({ rules: { 'fake-source': { severity: 'warn', options: { threshold: -1 } } } }, rules);
    expect(settings.rules['fake-source']).toEqual({ severity: 'warn' });
    expect(paths(repaired)).toEqual(['rules.fake-source.options.threshold']);
  });

  it('keeps settings of rules this build does not know (a newer build may)', () => {
    const { settings, repaired } = repairSettings({ rules: { 'future-rule': { enabled: false } } }, rules);
    expect(settings.rules['future-rule']).toEqual({ enabled: false });
    expect(repaired).toEqual([]);
  });

  it('words repair messages in English when asked', () => {
    const zh = repairSettings({ profile: { role: 'boss' } }, rules, 'zh').repaired[0].message;
    const en = repairSettings({ profile: { role: 'boss' } }, rules, 'en').repaired[0].message;
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('migrations', () => {
  const steps = {
    2: (v: unknown) => ({ ...(v as object), step2: true }),
    3: (v: unknown) => ({ ...(v as object), step3: true }),
  };
  it('runs every step from the stored version to the current one, in order', () => {
    expect(migrate({ a: 1 }, 1, 3, steps)).toEqual({ ok: true, value: { a: 1, step2: true, step3: true } });
    expect(migrate({ a: 1 }, 2, 3, steps)).toEqual({ ok: true, value: { a: 1, step3: true } });
    expect(migrate({ a: 1 }, 3, 3, steps)).toEqual({ ok: true, value: { a: 1 } });
  });
  it('refuses a value from a newer build and a version that is not one', () => {
    expect(migrate({}, 4, 3, steps)).toEqual({ ok: false, reason: 'newer' });
    expect(migrate({}, 0, 3, steps)).toEqual({ ok: false, reason: 'invalid-version' });
    expect(migrate({}, 1.5, 3, steps)).toEqual({ ok: false, reason: 'invalid-version' });
  });
});

describe('organisation policy: precedence and locking', () => {
  const local: Settings = {
    ...defaultSettings(),
    rules: { 'fake-plain': { enabled: false }, 'fake-source': { severity: 'info' } },
    sources: { allowed: ['本地日报'], blocked: ['朋友圈'] },
    terms: { commercial: ['秒杀'], sensitive: [] },
    overrides: { allowed: true, categories: { ...defaultSettings().overrides.categories, map: 'reason' } },
    log: { snapshot: 'full', retentionDays: 90 },
    ui: { locale: 'en' },
  };

  it('lets managed values win over local ones and marks them read-only', () => {
    const { policy, issues } = parsePolicy(
      { ruleSeverities: { 'fake-plain': 'block' }, allowOverrides: false, overrideCategories: { map: 'block' }, logSnapshotMode: 'hash' },
      rules,
    );
    expect(issues).toEqual([]);
    const merged = mergePolicy(local, policy);
    expect(merged.settings.rules['fake-plain']).toEqual({ enabled: true, severity: 'block' });
    expect(merged.settings.rules['fake-source']).toEqual({ severity: 'info' });
    expect(merged.settings.overrides.allowed).toBe(false);
    expect(merged.settings.overrides.categories.map).toBe('block');
    expect(merged.settings.log).toEqual({ snapshot: 'hash', retentionDays: 90 });
    expect(lockOf(merged.locks, 'rules.fake-plain')).toBe('policy');
    expect(lockOf(merged.locks, 'rules.fake-source')).toBeUndefined();
    expect(lockOf(merged.locks, 'overrides.allowed')).toBe('policy');
    expect(lockOf(merged.locks, 'log.snapshot')).toBe('policy');
    expect(lockOf(merged.locks, 'log.retentionDays')).toBeUndefined();
    expect(overrideModeFor(merged.settings, 'personal-data')).toBe('block');
  });

  it('keeps personal data unmasked in the log only when the policy asks for it', () => {
    const unmaskedLocally = { ...local, log: { snapshot: 'unmasked' as const, retentionDays: 90 } };
    expect(mergePolicy(unmaskedLocally, parsePolicy({}, rules).policy).settings.log.snapshot).toBe('full');
    const asked = parsePolicy({ logSnapshotMode: 'unmasked' }, rules);
    expect(asked.issues).toEqual([]);
    expect(mergePolicy(local, asked.policy).settings.log.snapshot).toBe('unmasked');
  });

  it('turns a rule off with "off"', () => {
    const merged = mergePolicy(defaultSettings(), parsePolicy({ ruleSeverities: { 'fake-source': 'off' } }, rules).policy);
    expect(merged.settings.rules['fake-source']).toEqual({ enabled: false });
  });

  it('adds local list entries to the policy list unless the list is locked', () => {
    const open = mergePolicy(local, parsePolicy({ allowedSources: ['云南日报', '本地日报'] }, rules).policy);
    expect(open.settings.sources.allowed).toEqual(['云南日报', '本地日报']);
    expect(open.managedLists['sources.allowed']).toEqual(['云南日报', '本地日报']);
    expect(lockOf(open.locks, 'sources.allowed')).toBeUndefined();

    const closed = mergePolicy(local, parsePolicy({ allowedSources: ['云南日报'], lockedFields: ['sources.allowed'] }, rules).policy);
    expect(closed.settings.sources.allowed).toEqual(['云南日报']);
    expect(lockOf(closed.locks, 'sources.allowed')).toBe('locked');
    expect(closed.settings.sources.blocked).toEqual(['朋友圈']);
  });

  it('holds a locked field without a managed value at its default', () => {
    const merged = mergePolicy(local, parsePolicy({ lockedFields: ['ui.locale', 'rules', 'terms.commercial'] }, rules).policy);
    expect(merged.settings.ui.locale).toBe('zh');
    expect(merged.settings.rules).toEqual({});
    expect(merged.settings.terms.commercial).toEqual([]);
    expect(lockOf(merged.locks, 'rules.fake-plain')).toBe('locked');
    expect(lockOf(merged.locks, 'ui.locale')).toBe('locked');
    expect(lockOf(merged.locks, 'profile.name')).toBeUndefined();
  });

  it('keeps the policy severity when all rules are locked too', () => {
    const merged = mergePolicy(local, parsePolicy({ lockedFields: ['rules'], ruleSeverities: { 'fake-source': 'warn' } }, rules).policy);
    expect(merged.settings.rules).toEqual({ 'fake-source': { enabled: true, severity: 'warn' } });
    expect(lockOf(merged.locks, 'rules.fake-source')).toBe('policy');
    expect(lockOf(merged.locks, 'rules.fake-plain')).toBe('locked');
  });

  it('ignores a malformed policy field by field and reports each bad part', () => {
    const { policy, issues } = parsePolicy(
      {
        allowedSources: '新华社',
        blockedSources: ['网络'],
        ruleSeverities: { 'fake-plain': 'fatal', 'fake-source': 'warn', 'no-such-rule': 'block' },
        allowOverrides: 'no',
        reviewerKeys: [
          { name: '李审核', unit: '县政府办', publicKey: { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def' } },
          { name: '', publicKey: {} },
        ],
        lockedFields: ['log.snapshot', 'everything'],
        logRetentionDays: 5,
        colour: 'red',
      },
      rules,
    );
    expect(policy).toEqual({
      blockedSources: ['网络'],
      ruleSeverities: { 'fake-source': 'warn' },
      reviewerKeys: [{ name: '李审核', unit: '县政府办', publicKey: { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def' } }],
      lockedFields: ['log.snapshot'],
    });
    expect(paths(issues)).toEqual(
      [
        'allowOverrides',
        'allowedSources',
        'colour',
        'lockedFields.1',
        'logRetentionDays',
        'reviewerKeys.1',
        'ruleSeverities.fake-plain',
        'ruleSeverities.no-such-rule',
      ].sort(),
    );
    expect(issues.find((i) => i.path === 'ruleSeverities.no-such-rule')?.message).toContain('no-such-rule');
    // A removed entry names the field inside it that was wrong.
    expect(issues.find((i) => i.path === 'reviewerKeys.1')?.message).toMatch(/^(name|publicKey)：/);
  });

  it('treats a policy that is not an object as no policy, reported', () => {
    const r = resolveSettings({ ui: { locale: 'zh' } }, 'garbage', rules);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.policyIssues).toHaveLength(1);
    expect(r.locks).toEqual({});
  });

  it('resolves local and managed storage into what features read', () => {
    const none = resolveSettings(local, {}, rules);
    expect(none.policyPresent).toBe(false);
    expect(none.settings).toEqual(local);
    const managed = resolveSettings(local, { unit: '昆明市五华区人民政府办公室', lockedFields: ['accounts'] }, rules);
    expect(managed.policyPresent).toBe(true);
    expect(managed.local).toEqual(local);
    expect(managed.settings.profile.unit).toBe('昆明市五华区人民政府办公室');
    expect(lockOf(managed.locks, 'profile.unit')).toBe('policy');
    expect(lockOf(managed.locks, 'accounts')).toBe('locked');
  });

  it('files the unit hierarchy from the policy, read-only, and carries it into exports', () => {
    const typed = { ...local, profile: { ...local.profile, hierarchy: { province: '云南省', county: '盘龙区' } } };
    const filed = { province: '云南省', prefecture: '昆明市', county: '五华区', department: '应急管理局' };
    const byPolicy = resolveSettings(typed, { hierarchy: filed }, rules);
    expect(byPolicy.settings.profile.hierarchy).toEqual(filed);
    expect(lockOf(byPolicy.locks, 'profile.hierarchy')).toBe('policy');
    expect(exportHeaderFor(byPolicy.settings, new Date('2026-12-07T00:00:00Z')).unit.hierarchy).toEqual(filed);
    // Locked without a value: this browser's entry is dropped, so an export carries none rather than a local guess.
    const locked = resolveSettings(typed, { lockedFields: ['profile.hierarchy'] }, rules);
    expect(locked.settings.profile.hierarchy).toBeUndefined();
    expect(lockOf(locked.locks, 'profile.hierarchy')).toBe('locked');
    expect(exportHeaderFor(locked.settings, new Date()).unit).not.toHaveProperty('hierarchy');
    // A malformed level is left out and reported; a hierarchy left empty files nothing; the rest still applies.
    const bad = resolveSettings(typed, { unit: '五华区应急管理局', hierarchy: { city: '昆明市' } }, rules);
    expect(bad.policyIssues.map((i) => i.path)).toEqual(['hierarchy.city']);
    expect(bad.settings.profile.unit).toBe('五华区应急管理局');
    expect(bad.settings.profile.hierarchy).toEqual(typed.profile.hierarchy);
    expect(lockOf(bad.locks, 'profile.hierarchy')).toBeUndefined();
  });
});

describe('import and export', () => {
  const mine: Settings = {
    ...defaultSettings(),
    rules: { 'fake-source': { severity: 'warn', options: { threshold: 5 } } },
    sources: { allowed: ['云南日报'], blocked: [] },
    profile: { role: 'reviewer', name: '王五', unit: '县融媒体中心' },
    accounts: [{ platform: 'douyin', name: '某县发布', hostUnit: '某县人民政府办公室', filingNo: '云备2024001' }],
  };

  it('round-trips', () => {
    const text = exportSettings(mine, new Date('2026-11-26T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'govpost-guard-settings', version: 1, exportedAt: '2026-11-26T00:00:00.000Z' });
    expect(importSettings(text, rules)).toEqual({ ok: true, settings: mine });
  });

  it('names every bad field and imports nothing', () => {
    const file = JSON.parse(exportSettings(mine));
    file.settings.profile.role = 'boss';
    file.settings.log = { snapshot: 'all', retentionDays: 1 };
    file.settings.accounts[0].name = '';
    file.settings.colour = 'red';
    const result = importSettings(JSON.stringify(file), rules);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(paths(result.errors)).toEqual(
      [
        'settings.accounts.0.name',
        'settings.colour',
        'settings.log.retentionDays',
        'settings.log.snapshot',
        'settings.profile.role',
      ].sort(),
    );
    for (const e of result.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('rejects options a rule would not accept', () => {
    const file = JSON.parse(exportSettings(mine));
    file.settings.rules['fake-source'].options.threshold = 'many';
    const result = importSettings(JSON.stringify(file), rules);
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'settings.rules.fake-source.options.threshold' }] });
  });

  it.each([
    ['not JSON', '{"format": ', ''],
    ['another JSON file', '{"name": "package"}', 'format'],
    ['a file from a newer build', JSON.stringify({ format: 'govpost-guard-settings', version: 99, settings: {} }), 'version'],
    ['a file without a version', JSON.stringify({ format: 'govpost-guard-settings', settings: {} }), 'version'],
  ])('refuses %s with one clear message', (_, text, path) => {
    const result = importSettings(text, rules, 'zh');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toBe(path);
    expect(result.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('fills fields missing from an older or hand-written file with defaults', () => {
    const result = importSettings(
      JSON.stringify({ format: 'govpost-guard-settings', version: 1, settings: { ui: { locale: 'en' } } }),
      rules,
    );
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), ui: { locale: 'en' } } });
  });
});

describe('toCheckSettings', () => {
  it('passes enable, severity, options and locale, and adds list settings to a rule’s own defaults', () => {
    const s: Settings = {
      ...defaultSettings(),
      rules: { 'fake-plain': { enabled: false }, 'fake-source': { severity: 'warn', options: { threshold: 4 } } },
      sources: { allowed: ['云南日报', '新华社'], blocked: ['公众号'] },
      ui: { locale: 'en' },
    };
    expect(toCheckSettings(s, rules)).toEqual({
      locale: 'en',
      rules: {
        'fake-plain': { enabled: false },
        'fake-source': {
          severity: 'warn',
          options: { threshold: 4, allowedSources: ['新华社', '云南日报'], blockedSources: ['网络', '公众号'] },
        },
      },
    });
  });

  it('leaves rules alone when nothing is set', () => {
    expect(toCheckSettings(defaultSettings(), rules)).toEqual({ locale: 'zh', rules: {} });
  });

  it('changes what the real engine finds', () => {
    const draft = draftFromText('请患者家属尽快联系，电话 13800138000。');
    const before = checkDraft(draft, registry, toCheckSettings(defaultSettings(), registry));
    expect(before.findings.some((f) => f.ruleId === 'no-unmasked-mobile' && f.severity === 'block')).toBe(true);
    const warn = { ...defaultSettings(), rules: { 'no-unmasked-mobile': { severity: 'warn' as const } } };
    expect(
      checkDraft(draft, registry, toCheckSettings(warn, registry)).findings.find((f) => f.ruleId === 'no-unmasked-mobile')?.severity,
    ).toBe('warn');
    const off = { ...defaultSettings(), rules: { 'no-unmasked-mobile': { enabled: false } } };
    expect(checkDraft(draft, registry, toCheckSettings(off, registry)).findings.some((f) => f.ruleId === 'no-unmasked-mobile')).toBe(false);
  });

  it('feeds the real repost rule’s source lists when it has them', () => {
    const repost = registry.find((r) => r.meta.id === 'no-untraceable-repost');
    if (!repost) return expect(registry.length).toBeGreaterThan(0);
    const s = { ...defaultSettings(), sources: { allowed: ['某某县融媒体中心'], blocked: [] } };
    const options = toCheckSettings(s, registry).rules?.['no-untraceable-repost']?.options as { allowedSources: string[] };
    expect(options.allowedSources).toContain('某某县融媒体中心');
    expect(options.allowedSources.length).toBeGreaterThan(1);
  });
});
