/**
 * The shape of a year's holiday schedule an administrator supplies (settings or policy
 * `holidays`), apart from the built-in table so that reading settings does not carry the data.
 * Settings and policy check the shape; lib/log/holidays.ts checks the dates themselves, where a
 * schedule is imported and again before one is used.
 */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const holidayYearSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  notice: z.string().trim().max(200).default(''),
  source: z.string().trim().max(200).default(''),
  /** Inclusive ranges off work. */
  off: z.array(z.tuple([day, day])).max(40),
  /** Weekend days that are working days (调休上班). */
  work: z.array(day).max(40).default([]),
});
export type SuppliedHolidayYear = z.output<typeof holidayYearSchema>;
