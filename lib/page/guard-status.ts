/** What the guard on an editor page reports about the draft in front of it: the popup shows it, messaging carries it. */
import { z } from 'zod';
import { TIERS } from '../engine/rule';

export const guardStatusSchema = z.object({
  active: z.boolean(),
  platform: z.string().optional(),
  status: z.enum(['ok', 'warn', 'block']),
  findings: z.number().int().nonnegative(),
  blocking: z.number().int().nonnegative(),
  requiredApproval: z.enum(TIERS),
  byCategory: z.record(z.string(), z.number().int().nonnegative()),
});
export type GuardStatus = z.infer<typeof guardStatusSchema>;
