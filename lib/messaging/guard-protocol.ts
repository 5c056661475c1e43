/**
 * The messages an editor page's guard exchanges with the background (status, the publication
 * record, signed approvals), apart from the rest of the protocol so the content script carries
 * only these schemas (its bundle has a 300 kB budget). lib/messaging/protocol.ts adds the
 * dashboard's and popup's messages.
 */
import { z } from 'zod/mini';
import { publicationInputSchema } from '../log/record';
import { approvalProtocol } from '../approval/messages';
import { ocrProtocol } from './ocr-protocol';

import { guardStatusSchema } from '../page/guard-status';

export { guardStatusSchema, type GuardStatus } from '../page/guard-status';

export const guardProtocol = {
  /** popup → content script of the active tab: the guard's current status there. */
  getStatus: { data: z.undefined(), reply: guardStatusSchema },
  /** content script → background: the status changed (drives the toolbar badge). */
  statusChanged: { data: guardStatusSchema, reply: z.void() },
  /** content script → background: commit this publication's record before the publish action is released. */
  recordPublication: { data: publicationInputSchema, reply: z.object({ id: z.uuid() }) },
  /**
   * content script → background: the platform showed that the publication succeeded (in the page, or
   * by an SPA navigation). Confirms only the record the guard released last in the sender's tab.
   */
  confirmPublication: { data: z.object({ id: z.uuid() }), reply: z.object({ confirmed: z.boolean() }) },
  /**
   * success content script → background: a page the platform shows after publishing has loaded in
   * this tab. The background checks the sender's URL against the released record's platform.
   */
  successPageLoaded: { data: z.undefined(), reply: z.object({ confirmed: z.boolean() }) },
  /** Signed approvals: lib/approval/messages.ts. */
  ...approvalProtocol,
  /** Reading images (lib/messaging/ocr-protocol.ts). */
  ...ocrProtocol,
} as const;
