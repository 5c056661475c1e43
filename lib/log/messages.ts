/** zod schemas of the log's replies that cross messaging (verify report, import result). */
import { z } from 'zod';
import { chainHeadSchema, checkpointSchema, type ChainHead } from './record';

export const chainProblemSchema = z.object({
  kind: z.enum(['altered', 'removed', 'reordered', 'invalid', 'unchained', 'unsigned', 'rewritten']),
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
      head: z.nullable(chainHeadSchema),
      checkpoint: z.nullable(checkpointSchema),
      signature: z.object({
        status: z.enum(['signed', 'unsigned', 'rewritten']),
        binding: z.enum(['derived', 'known', 'first']).nullable(),
        fingerprint: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable(),
        detail: z.string(),
      }),
      problem: chainProblemSchema.nullable(),
    }),
  ),
  firstProblem: chainProblemSchema.nullable(),
});

/** What an import did with the records it was given. */
export const importResultSchema = z.object({
  added: z.number().int().nonnegative(),
  /** Records of chains that failed verification, stored apart (quarantine), never in the log. */
  quarantined: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  /** Same id, different content: the stored record is kept. */
  conflicts: z.array(z.string()),
  invalid: z.array(z.object({ index: z.number().int(), reason: z.string() })),
  /** Records of this profile's own chain are never replaced by an import. */
  ownDevice: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** An import that has done nothing yet. */
export const emptyImportResult = (): ImportResult => ({
  added: 0,
  quarantined: 0,
  duplicates: 0,
  conflicts: [],
  invalid: [],
  ownDevice: 0,
});

/** What the import check says of each broken chain: its records go to the quarantine. */
export const quarantineOrderSchema = z.object({
  deviceId: z.string().uuid(),
  kind: z.string().max(40),
  detail: z.string().max(500),
  seq: z.number().int().nonnegative(),
});

/** An imported chain that failed verification: kept as evidence, apart from the verified log; pages show it, messaging carries it. */
export interface QuarantinedChain {
  deviceId: string;
  /** The problem as verification named it (ChainProblem kind and detail) and where. */
  kind: string;
  detail: string;
  seq: number;
  records: number;
  head: ChainHead | null;
  importedAt: string;
}

/** The shape of QuarantinedChain as it crosses messaging. */
export const quarantinedChainSchema = z.object({
  deviceId: z.string(),
  kind: z.string(),
  detail: z.string(),
  seq: z.number().int(),
  records: z.number().int().nonnegative(),
  head: z.nullable(chainHeadSchema),
  importedAt: z.string().datetime(),
});
