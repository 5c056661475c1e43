/**
 * A year's holiday schedule imported from a JSON file in the options page: one year
 * (`{"year": 2027, "off": [["2027-01-01", "2027-01-01"]], "work": [...]}`) or a list of them.
 * All or nothing: a file with any bad field changes nothing and names each bad field.
 */
import { z } from 'zod';
import { t } from '../i18n';
import { HOLIDAYS, checkedHolidayYearSchema, type SuppliedHolidayYear } from '../log/holidays';
import type { EffectiveSettings } from './index';
import { pathString, zodErrorMap, type FieldIssue } from './repair';

export type HolidayImport = { ok: true; years: SuppliedHolidayYear[] } | { ok: false; errors: FieldIssue[] };

// One year, or a list of years: parsed as what it is, so each issue names the field at fault.
const oneYear = checkedHolidayYearSchema.transform((y) => [y]);
const severalYears = z.array(checkedHolidayYearSchema).min(1).max(20);

/** The schema's short codes in words. */
function worded(message: string, data: unknown, path: readonly PropertyKey[], locale: 'zh' | 'en'): string {
  if (message === 'YYYY-MM-DD') return t('options.holidays.badDate', undefined, locale);
  if (message === 'from ≤ to') return t('options.holidays.badRange', undefined, locale);
  if (message === 'year') {
    const entry = (Array.isArray(data) ? data[Number(path[0])] : data) as { year?: unknown } | undefined;
    const year = entry?.year;
    return t('options.holidays.badYear', { year: typeof year === 'string' || typeof year === 'number' ? String(year) : '' }, locale);
  }
  return message;
}

export function parseHolidayFile(text: string, locale: 'zh' | 'en' = 'zh'): HolidayImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: t('settings.import.notJson', undefined, locale) }] };
  }
  const parsed = (Array.isArray(data) ? severalYears : oneYear).safeParse(data, { error: zodErrorMap(locale) });
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: pathString(i.path), message: worded(i.message, data, i.path, locale) })),
    };
  return { ok: true, years: parsed.data };
}

/** The local years with the imported ones added; an imported year replaces the same year. */
export function withHolidayYears(local: readonly SuppliedHolidayYear[], imported: readonly SuppliedHolidayYear[]): SuppliedHolidayYear[] {
  const years = new Set(imported.map((y) => y.year));
  return [...local.filter((y) => !years.has(y.year)), ...imported].sort((a, b) => a.year - b.year).slice(-20);
}

/** What the options page shows after an import: the years imported, or every bad field. */
export type HolidayImportResult = { ok: true; years: number[] } | { ok: false; errors: FieldIssue[] };

/** Every year a schedule exists for, and where it comes from (the office's policy, this browser, built in). */
export function holidayEntries(effective: EffectiveSettings): { year: number; origin: 'builtin' | 'local' | 'policy'; notice: string }[] {
  const out = new Map<number, { year: number; origin: 'builtin' | 'local' | 'policy'; notice: string }>();
  for (const [year, y] of Object.entries(HOLIDAYS)) out.set(Number(year), { year: Number(year), origin: 'builtin', notice: y.notice });
  for (const y of effective.settings.holidays) {
    // A year that is not this browser's own, as stored, came from the policy.
    const own = effective.local.holidays.some((l) => JSON.stringify(l) === JSON.stringify(y));
    out.set(y.year, { year: y.year, origin: own ? 'local' : 'policy', notice: y.notice });
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}
