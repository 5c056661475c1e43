/**
 * Import and export of settings as a JSON file. An import is all or nothing: every bad field is
 * named, and nothing is changed unless the whole file is valid.
 */
import type { Rule } from '../engine/rule';
import { t } from '../i18n';
import { migrate } from './migrations';
import { checkRuleOptions, pathString, zodErrorMap, type FieldIssue } from './repair';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './schema';

export const EXPORT_FORMAT = 'govpost-guard-settings';

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `govpost-guard-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: FieldIssue[] };

const fail = (message: string, path = ''): ImportResult => ({ ok: false, errors: [{ path, message }] });

export function importSettings(text: string, rules: readonly Rule[], locale: 'zh' | 'en' = 'zh'): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(t('settings.import.notJson', undefined, locale));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail(t('settings.import.notSettingsFile', { format: EXPORT_FORMAT }, locale), 'format');
  }
  const file = data as Record<string, unknown>;
  const version = file.version;
  const migrated = migrate(file.settings, typeof version === 'number' ? version : NaN);
  if (!migrated.ok) {
    return migrated.reason === 'newer'
      ? fail(t('settings.import.newer', { version: String(version), supported: SETTINGS_VERSION }, locale), 'version')
      : fail(t('settings.import.badVersion', undefined, locale), 'version');
  }
  const parsed = settingsSchema.safeParse(migrated.value, { error: zodErrorMap(locale) });
  if (!parsed.success) {
    const errors: FieldIssue[] = [];
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = ['settings', ...issue.path, ...(key === undefined ? [] : [key])];
        errors.push({ path: pathString(path), message: issue.message });
      }
    }
    return { ok: false, errors };
  }
  const optionErrors = checkRuleOptions(parsed.data.rules, rules, locale).map((e) => ({ ...e, path: `settings.${e.path}` }));
  if (optionErrors.length) return { ok: false, errors: optionErrors };
  return { ok: true, settings: parsed.data };
}
