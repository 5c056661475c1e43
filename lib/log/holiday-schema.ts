/**
 * The shape of a year's holiday schedule an administrator supplies (settings or policy
 * `holidays`), apart from the built-in table so that reading settings does not carry the data.
 */
import { z } from 'zod';

const DAY_MS = 86_400_000;
const isDay = (day: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10) === day;
};
const daySchema = z.string().refine(isDay, { message: '日期应写作 YYYY-MM-DD，且是真实存在的日期 / a real date written YYYY-MM-DD' });

/** A year's schedule as an administrator supplies it (JSON): checked before it changes any count. */
export const holidayYearSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    notice: z.string().trim().max(200).default(''),
    source: z.string().trim().max(200).default(''),
    off: z
      .array(z.tuple([daySchema, daySchema]).refine(([from, to]) => from <= to, { message: '放假区间的开始日期晚于结束日期 / a range ends before it starts' }))
      .max(40),
    work: z.array(daySchema).max(40).default([]),
  })
  .superRefine((y, ctx) => {
    const days = [...y.off.flat(), ...y.work];
    if (days.some((d) => !d.startsWith(`${y.year}-`) && !d.startsWith(`${y.year + 1}-01`) && !d.startsWith(`${y.year - 1}-12`))) {
      ctx.addIssue({ code: 'custom', message: `日期不在 ${y.year} 年内 / a date outside ${y.year}` });
    }
  });
export type SuppliedHolidayYear = z.output<typeof holidayYearSchema>;
