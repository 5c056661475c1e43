/** Messaging for the editor pages' content script: only the guard's messages (lib/messaging/guard-protocol.ts). */
import { createMessaging } from './core';
import { guardProtocol } from './guard-protocol';

export const { send, handle } = createMessaging(guardProtocol);
