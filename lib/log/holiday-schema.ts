/**
 * The shape of a year's holiday schedule an administrator supplies (settings or policy
 * `holidays`), apart from the built-in table so that reading settings does not carry the data.
 * Settings and policy check the shape; lib/log/holidays.ts checks the dates themselves, where a
 * schedule is imported and again before one is used.
 */
import { z } from 'zod/mini';

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const holidayYearSchema = z.strictObject({
  year: z.int().check(z.gte(2000), z.lte(2100)),
  notice: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  source: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  /** Inclusive ranges off work. */
  off: z.array(z.tuple([day, day])).check(z.maxLength(40)),
  /** Weekend days that are working days (调休上班). */
  work: z._default(z.array(day).check(z.maxLength(40)), []),
});
export type SuppliedHolidayYear = z.output<typeof holidayYearSchema>;
