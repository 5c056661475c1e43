/** Filters of the dashboard's list, and what the dashboard and popup receive (all validated). */
import { z } from 'zod';
import { CATEGORIES, TIERS } from '../engine/rule';
import { APPROVAL_STATUSES } from '../approval/status';
import { ORIGINS, OUTCOMES, daySchema, verifiedSignOff, type PublicationRecord } from './record';

export const logFilterSchema = z.object({
  from: z.optional(daySchema),
  to: z.optional(daySchema),
  platform: z.string().max(40).optional(),
  account: z.string().max(60).optional(),
  category: z.enum(CATEGORIES).optional(),
  overridden: z.boolean().optional(),
  approvalStatus: z.enum(APPROVAL_STATUSES).optional(),
  /** true: only major drafts whose sign-off was not a verified signature (declared, self, none). */
  majorUnverified: z.boolean().optional(),
});
export type LogFilter = z.infer<typeof logFilterSchema>;

/** Start of a China Standard Time day as an ISO instant (the `time` index compares these). */
export const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();

/** The same test the indexes answer, for records already in memory (tests, CLI). */
export function matchesFilter(r: PublicationRecord, f: LogFilter): boolean {
  if (f.from && r.day < f.from) return false;
  if (f.to && r.day > f.to) return false;
  if (f.platform !== undefined && r.platform !== f.platform) return false;
  if (f.account !== undefined && r.account !== f.account) return false;
  if (f.category && !r.categories.includes(f.category)) return false;
  if (f.overridden !== undefined && r.overridden !== (f.overridden ? 1 : 0)) return false;
  if (f.approvalStatus && r.approvalStatus !== f.approvalStatus) return false;
  if (f.majorUnverified && !(r.requiredApproval === 'major' && !verifiedSignOff(r))) return false;
  return true;
}

const dayCountSchema = z.object({ posts: z.number().int().nonnegative(), originals: z.number().int().nonnegative() });
export const accountDaysSchema = z.object({
  platform: z.string(),
  account: z.string(),
  days: z.record(daySchema, dayCountSchema),
  firstDay: z.nullable(daySchema),
  lastPost: z.nullable(daySchema),
  lastOriginal: z.nullable(daySchema),
  posts: z.number().int().nonnegative(),
  originals: z.number().int().nonnegative(),
});

export const overrideRowSchema = z.object({
  id: z.string(),
  time: z.string(),
  platform: z.string(),
  account: z.string(),
  title: z.string(),
  ruleIds: z.array(z.string()),
  reason: z.string(),
});
export type OverrideRow = z.infer<typeof overrideRowSchema>;

export const logStatsSchema = z.object({
  today: daySchema,
  total: z.number().int().nonnegative(),
  platforms: z.array(z.string()),
  accounts: z.array(accountDaysSchema),
  /** Findings per category per month (YYYY-MM), oldest first. */
  categoriesByMonth: z.array(
    z.object({
      month: z.string(),
      /** Violations (block, warn) per category. */
      counts: z.record(z.enum(CATEGORIES), z.number().int().nonnegative()),
      /** Info notes (the sign-off tier a draft needs, an exception noted): shown apart, not as problems. */
      notes: z.number().int().nonnegative().default(0),
    }),
  ),
  /** Newest first; at most OVERRIDES_SHOWN. */
  overrides: z.array(overrideRowSchema),
  overridesTotal: z.number().int().nonnegative(),
});
export type LogStats = z.infer<typeof logStatsSchema>;
export const OVERRIDES_SHOWN = 2000;

const originalWindowSchema = z.object({
  daysSince: z.number().int().nullable(),
  daysLeft: z.number().int().nullable(),
  state: z.enum(['ok', 'due-soon', 'overdue', 'none']),
  inWindow: z.number().int().nonnegative(),
});
export const reminderSchema = z.object({
  platform: z.string(),
  account: z.string(),
  workday: z.boolean(),
  notPostedToday: z.boolean(),
  lastPost: z.nullable(daySchema),
  daysSincePost: z.number().int().nullable(),
  original: originalWindowSchema,
});
export const remindersSchema = z.object({ today: daySchema, reminders: z.array(reminderSchema) });

export const rowSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  deviceId: z.string(),
  time: z.string(),
  platform: z.string(),
  account: z.string(),
  title: z.string(),
  url: z.string(),
  origin: z.enum(ORIGINS),
  source: z.string().nullable(),
  requiredApproval: z.enum(TIERS),
  categories: z.array(z.enum(CATEGORIES)),
  findings: z.number().int().nonnegative(),
  blocking: z.number().int().nonnegative(),
  overridden: z.boolean(),
  approvalStatus: z.enum(APPROVAL_STATUSES),
  outcome: z.enum(OUTCOMES),
});
export type LogRow = z.infer<typeof rowSchema>;

/** The list's view of a record: no snapshot text, token or chain hashes. */
export function toLogRow(r: PublicationRecord): LogRow {
  return {
    id: r.id,
    seq: r.seq,
    deviceId: r.deviceId,
    time: r.time,
    platform: r.platform,
    account: r.account,
    title: r.title,
    url: r.url,
    origin: r.origin,
    source: r.source,
    requiredApproval: r.requiredApproval,
    categories: r.categories,
    findings: r.findings.length,
    blocking: r.findings.filter((f) => f.severity === 'block').length,
    overridden: r.overridden === 1,
    approvalStatus: r.approvalStatus,
    outcome: r.outcome,
  };
}
