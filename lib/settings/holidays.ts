/**
 * A year's holiday schedule imported from a JSON file in the options page: one year
 * (`{"year": 2027, "off": [["2027-01-01", "2027-01-01"]], "work": [...]}`) or a list of them.
 * All or nothing: a file with any bad field changes nothing and names each bad field.
 */
import { z } from 'zod';
import { t } from '../i18n';
import { HOLIDAYS, holidayYearSchema, type SuppliedHolidayYear } from '../log/holidays';
import type { EffectiveSettings } from './index';
import { lockOf } from './policy';
import { pathString, zodErrorMap, type FieldIssue } from './repair';

export type HolidayImport = { ok: true; years: SuppliedHolidayYear[] } | { ok: false; errors: FieldIssue[] };

// One year, or a list of years: parsed as what it is, so each issue names the field at fault.
const oneYear = holidayYearSchema.transform((y) => [y]);
const severalYears = z.array(holidayYearSchema).min(1).max(20);

export function parseHolidayFile(text: string, locale: 'zh' | 'en' = 'zh'): HolidayImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: t('settings.import.notJson', undefined, locale) }] };
  }
  const parsed = (Array.isArray(data) ? severalYears : oneYear).safeParse(data, { error: zodErrorMap(locale) });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ path: pathString(i.path), message: i.message })) };
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
    out.set(y.year, { year: y.year, origin: lockOf(effective.locks, `holidays.${y.year}`) ? 'policy' : 'local', notice: y.notice });
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}
