/** What the guard on an editor page reports about the draft in front of it: the popup shows it, messaging carries it. */
import { z } from 'zod/mini';
import { TIERS } from '../engine/rule';

export const guardStatusSchema = z.object({
  active: z.boolean(),
  platform: z.optional(z.string()),
  status: z.enum(['ok', 'warn', 'block']),
  findings: z.int().check(z.nonnegative()),
  blocking: z.int().check(z.nonnegative()),
  requiredApproval: z.enum(TIERS),
  byCategory: z.record(z.string(), z.int().check(z.nonnegative())),
});
export type GuardStatus = z.infer<typeof guardStatusSchema>;
