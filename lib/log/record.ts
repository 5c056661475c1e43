/**
 * The publication record the content script sends when a publish action is released. The full
 * hash-chained ledger is issue 8; this is the record it will extend.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES, TIERS } from '../engine/rule';

export const publicationInputSchema = z.object({
  platform: z.string().max(40),
  url: z.string().url().max(4096),
  title: z.string().max(1000),
  /** SHA-256 (hex) of the normalised title and body. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  requiredApproval: z.enum(TIERS),
  findings: z
    .array(z.object({ ruleId: z.string().max(100), category: z.enum(CATEGORIES), severity: z.enum(SEVERITIES) }))
    .max(10_000),
  overrides: z.array(z.object({ ruleIds: z.array(z.string().max(100)).min(1), reason: z.string().min(10).max(2000) })).max(100),
  practice: z.boolean().default(false),
});
export type PublicationInput = z.input<typeof publicationInputSchema>;

export const publicationRecordSchema = publicationInputSchema.extend({
  id: z.string().uuid(),
  time: z.string().datetime(),
  outcome: z.enum(['attempted', 'confirmed']),
});
export type PublicationRecord = z.infer<typeof publicationRecordSchema>;
