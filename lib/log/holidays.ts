/**
 * China's public holidays (法定节假日放假) and adjusted working days (调休上班) as the State
 * Council's General Office announced them, for the daily-update rule of Art. 22 ("除节假日外，
 * 原则上每天至少更新发布1条信息"). Weekends are rest days unless listed as working days.
 * The built-in years are data, added when a notice is published (usually in November of the year
 * before); an administrator can supply a year the extension does not ship yet (settings or
 * policy `holidays`), checked by checkedHolidayYearSchema and applied with applyHolidaySchedules.
 */
import { z } from 'zod';
import { holidayYearSchema, type SuppliedHolidayYear } from './holiday-schema';

export { holidayYearSchema, type SuppliedHolidayYear } from './holiday-schema';

export interface HolidayYear {
  /** The notice, and where its full text was published (checked against reprints of the full text). */
  notice: string;
  source: string;
  /** Inclusive day ranges off work. */
  off: readonly (readonly [string, string])[];
  /** Weekend days that are working days (调休上班). */
  work: readonly string[];
}

export const HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  2024: {
    notice: '国务院办公厅关于2024年部分节假日安排的通知（2023年10月25日）',
    source: '中国政府网 2023-10-25 公布；新华社、中国新闻网同日转发全文',
    off: [
      ['2024-01-01', '2024-01-01'], // 元旦
      ['2024-02-10', '2024-02-17'], // 春节
      ['2024-04-04', '2024-04-06'], // 清明节
      ['2024-05-01', '2024-05-05'], // 劳动节
      ['2024-06-10', '2024-06-10'], // 端午节
      ['2024-09-15', '2024-09-17'], // 中秋节
      ['2024-10-01', '2024-10-07'], // 国庆节
    ],
    work: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  2025: {
    notice: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
    source: '新华社北京11月12日电，受权发布全文（依据2024年11月修订的《全国年节及纪念日放假办法》）',
    off: [
      ['2025-01-01', '2025-01-01'], // 元旦
      ['2025-01-28', '2025-02-04'], // 春节
      ['2025-04-04', '2025-04-06'], // 清明节
      ['2025-05-01', '2025-05-05'], // 劳动节
      ['2025-05-31', '2025-06-02'], // 端午节
      ['2025-10-01', '2025-10-08'], // 国庆节、中秋节
    ],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    notice: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    source: '新华社 2025-11-04 发布全文',
    off: [
      ['2026-01-01', '2026-01-03'], // 元旦
      ['2026-02-15', '2026-02-23'], // 春节
      ['2026-04-04', '2026-04-06'], // 清明节
      ['2026-05-01', '2026-05-05'], // 劳动节
      ['2026-06-19', '2026-06-21'], // 端午节
      ['2026-09-25', '2026-09-27'], // 中秋节
      ['2026-10-01', '2026-10-07'], // 国庆节
    ],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

const DAY_MS = 86_400_000;
export const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
export const dayFromNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => dayFromNumber(dayNumber(day) + n);

const table = new Map<string, DayKind>();
let years = new Set<number>();
let supplied: readonly SuppliedHolidayYear[] = [];

function rebuild(): void {
  table.clear();
  const given = new Set(supplied.map((y) => y.year));
  // A supplied year replaces the built-in one of the same year (a corrected notice).
  const builtIn = Object.entries(HOLIDAYS)
    .filter(([year]) => !given.has(Number(year)))
    .map(([year, y]) => ({ ...y, year: Number(year) }));
  const all = [...builtIn, ...supplied];
  for (const year of all) {
    for (const [from, to] of year.off) for (let d = dayNumber(from); d <= dayNumber(to); d++) table.set(dayFromNumber(d), 'holiday');
    for (const d of year.work) table.set(d, 'adjusted-workday');
  }
  years = new Set(all.map((y) => y.year));
}
rebuild();

const isDay = (d: string) => Number.isFinite(dayNumber(d)) && dayFromNumber(dayNumber(d)) === d;

/**
 * A schedule whose dates exist, whose ranges run forwards, and which speaks only of its own year
 * (元旦 may start on 31 December). Issues carry short codes the options page words for people.
 */
export const checkedHolidayYearSchema = z.strictObject(holidayYearSchema.shape).superRefine((y, ctx) => {
  const near = [`${y.year}`, `${y.year - 1}-12`, `${y.year + 1}-01`];
  const check = (d: string, path: (string | number)[]) => {
    if (!isDay(d)) ctx.addIssue({ code: 'custom', message: 'YYYY-MM-DD', path });
    else if (!near.some((p) => d.startsWith(p))) ctx.addIssue({ code: 'custom', message: 'year', path });
  };
  y.off.forEach(([from, to], i) => {
    check(from, ['off', i, 0]);
    check(to, ['off', i, 1]);
    if (from > to) ctx.addIssue({ code: 'custom', message: 'from ≤ to', path: ['off', i] });
  });
  y.work.forEach((d, i) => check(d, ['work', i]));
});

/** Adds the years an administrator supplied. One table per page or worker: each context applies its settings once they load. */
export function applyHolidaySchedules(schedules: readonly SuppliedHolidayYear[]): void {
  // Settings and policy check only the shape: a schedule whose dates do not hold is not used.
  supplied = schedules.filter((y) => checkedHolidayYearSchema.safeParse(y).success);
  rebuild();
}

/** The years the table covers, and where each came from. */
export function holidayYears(): { year: number; origin: 'builtin' | 'supplied'; notice: string }[] {
  const given = new Map(supplied.map((y) => [y.year, y]));
  const builtIn = Object.entries(HOLIDAYS)
    .filter(([year]) => !given.has(Number(year)))
    .map(([year, y]) => ({ year: Number(year), origin: 'builtin' as const, notice: y.notice }));
  return [...builtIn, ...supplied.map((y) => ({ year: y.year, origin: 'supplied' as const, notice: y.notice }))].sort(
    (a, b) => a.year - b.year,
  );
}

/** Whether the holiday table covers the day's year; outside it only weekends are rest days. */
export const hasHolidayData = (day: string) => years.has(Number(day.slice(0, 4)));

export function dayKind(day: string): DayKind {
  const listed = table.get(day);
  if (listed) return listed;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
}

/** Art. 22 asks for a post on this day (a working day, adjusted working days included). */
export const isWorkday = (day: string) => {
  const k = dayKind(day);
  return k === 'workday' || k === 'adjusted-workday';
};
