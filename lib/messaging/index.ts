/**
 * Messaging with the whole protocol (background, dashboard, popup): see lib/messaging/core.ts.
 * Editor pages use lib/messaging/guard.ts, which carries only their messages' schemas.
 */
import { createMessaging } from './core';
import { protocol } from './protocol';

export type { Sender } from './core';
export const { send, handle } = createMessaging(protocol);
