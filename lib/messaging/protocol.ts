/**
 * Every message the extension's parts exchange: one zod schema for its data and one for its
 * reply (STYLE §7). The @webext-core ProtocolMap is derived from these, so a message cannot be
 * sent with a shape the receiver would not accept.
 */
import { z } from 'zod';
import { TIERS } from '../engine/rule';
import { publicationInputSchema } from '../log/record';

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

export const protocol = {
  /** popup → content script of the active tab: the guard's current status there. */
  getStatus: { data: z.undefined(), reply: guardStatusSchema },
  /** content script → background: the status changed (drives the toolbar badge). */
  statusChanged: { data: guardStatusSchema, reply: z.void() },
  /** content script → background: commit this publication's record before the publish action is released. */
  recordPublication: { data: publicationInputSchema, reply: z.object({ id: z.string().uuid() }) },
} as const;

type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageData<K extends MessageName> = z.input<Protocol[K]['data']>;
export type MessageReply<K extends MessageName> = z.output<Protocol[K]['reply']>;

export type ProtocolMap = {
  [K in MessageName]: (data: MessageData<K>) => MessageReply<K>;
};
