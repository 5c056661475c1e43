/**
 * Every message the extension's parts exchange: one zod schema for its data and one for its
 * reply, parsed at the trust boundary. The @webext-core ProtocolMap is derived from these, so a message cannot be
 * sent with a shape the receiver would not accept.
 */
import { z } from 'zod';
import { publicationRecordSchema, chainHeadSchema } from '../log/record';
import { logFilterSchema, logStatsSchema, remindersSchema, rowSchema } from '../log/query';
import { verifyReportSchema, importResultSchema, quarantineOrderSchema, quarantinedChainSchema } from '../log/messages';
import { guardProtocol } from './guard-protocol';
import { offscreenProtocol } from './offscreen-protocol';
import { sitePatternSchema } from '../sites';

export { guardStatusSchema, type GuardStatus } from './guard-protocol';

export const protocol = {
  ...guardProtocol,
  ...offscreenProtocol,
  /** dashboard → background: one page of the filtered list, newest first. */
  logQuery: {
    data: z.object({ filter: logFilterSchema, offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(1000) }),
    reply: z.object({ total: z.number().int().nonnegative(), rows: z.array(rowSchema) }),
  },
  /** dashboard → background: one full record (detail view). */
  logGet: { data: z.object({ id: z.string().uuid() }), reply: z.nullable(publicationRecordSchema) },
  /** dashboard → background: cadence per account, findings by category, overrides. */
  logStats: { data: z.undefined(), reply: logStatsSchema },
  /** popup → background: today's reminders per account (Art. 22, 23). */
  logReminders: { data: z.undefined(), reply: remindersSchema },
  /** dashboard → background: walk every chain. */
  logVerify: { data: z.undefined(), reply: verifyReportSchema },
  /** dashboard → background: records in chain order after `after`, and the chain heads. */
  logExport: {
    data: z.object({ after: z.tuple([z.string().uuid(), z.number().int()]).nullable(), limit: z.number().int().min(1).max(10_000) }),
    reply: z.object({
      records: z.array(publicationRecordSchema),
      next: z.tuple([z.string().uuid(), z.number().int()]).nullable(),
      heads: z.array(chainHeadSchema),
    }),
  },
  /** dashboard → background: merge records from an export (at most 10,000 per message); chains that failed the check go to the quarantine. */
  logImport: {
    data: z.object({
      records: z.array(z.unknown()).max(10_000),
      heads: z.array(z.unknown()).max(10_000),
      quarantine: z.array(quarantineOrderSchema).max(10_000).default([]),
    }),
    reply: importResultSchema,
  },
  /** dashboard → background: the imported chains kept apart because they failed verification. */
  logQuarantined: { data: z.undefined(), reply: z.array(quarantinedChainSchema) },
  /** popup → background: the origin patterns of the sites enabled from the popup. */
  sitesList: { data: z.undefined(), reply: z.array(sitePatternSchema) },
  /** popup → background, after the popup obtained the host permission: register and inject the guard there. */
  siteEnable: {
    data: z.object({ pattern: sitePatternSchema, tabId: z.number().int().nonnegative().optional() }),
    reply: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), reason: z.enum(['invalid', 'permission']) }),
    ]),
  },
  /** popup → background: stop the guard on a site and give its permission back. */
  siteDisable: { data: z.object({ pattern: sitePatternSchema }), reply: z.object({ removed: z.boolean() }) },
} as const;

type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageData<K extends MessageName> = z.input<Protocol[K]['data']>;
export type MessageReply<K extends MessageName> = z.output<Protocol[K]['reply']>;

export type ProtocolMap = {
  [K in MessageName]: (data: MessageData<K>) => MessageReply<K>;
};
