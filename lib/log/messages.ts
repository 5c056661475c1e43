/** zod schemas of the ledger's replies that cross messaging (verify report, import result). */
import { z } from 'zod';
import { chainHeadSchema, checkpointSchema } from './record';

export const chainProblemSchema = z.object({
  kind: z.enum(['altered', 'removed', 'reordered', 'invalid', 'unchained']),
  deviceId: z.string(),
  id: z.string().nullable(),
  seq: z.number().int(),
  missing: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  count: z.number().int().positive().optional(),
  detail: z.string(),
});

export const verifyReportSchema = z.object({
  ok: z.boolean(),
  records: z.number().int().nonnegative(),
  devices: z.array(
    z.object({
      deviceId: z.string(),
      records: z.number().int().nonnegative(),
      firstSeq: z.number().int().nullable(),
      lastSeq: z.number().int().nullable(),
      head: chainHeadSchema.nullable(),
      checkpoint: checkpointSchema.nullable(),
      problem: chainProblemSchema.nullable(),
    }),
  ),
  firstProblem: chainProblemSchema.nullable(),
});

export const importResultSchema = z.object({
  added: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  conflicts: z.array(z.string()),
  invalid: z.array(z.object({ index: z.number().int(), reason: z.string() })),
  ownDevice: z.number().int().nonnegative(),
});
