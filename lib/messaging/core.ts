/**
 * Validated messaging over @webext-core/messaging, for any part of the protocol: `send` parses
 * data before it leaves and the reply when it comes back; `handle` checks the sender is this
 * extension and parses the data before the handler runs. A context carries only the schemas of
 * the part it is made with (lib/messaging/index.ts: all; lib/messaging/guard.ts: the editor page's).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MessageData, MessageName, MessageReply, ProtocolMap } from './protocol';

/** A zod schema, classic or mini (the editor page's part is zod/mini, lib/messaging/guard-protocol.ts): both parse. */
type Parser = { parse(data: unknown): unknown };
type Schemas = { readonly [K in MessageName]?: { readonly data: Parser; readonly reply: Parser } };

export interface Sender {
  id?: string;
  tab?: { id?: number };
  /** The sending page or frame (lets a handler accept only the extension's own pages). */
  url?: string;
}

export function createMessaging<P extends Schemas>(schemas: P) {
  const messaging = defineExtensionMessaging<ProtocolMap>();
  const schemaOf = (name: MessageName) => schemas[name]!;

  async function send<K extends MessageName & keyof P>(name: K, data: MessageData<K>, tabId?: number): Promise<MessageReply<K>> {
    const parsed = schemaOf(name).data.parse(data) as never;
    const reply = tabId === undefined ? await messaging.sendMessage(name, parsed) : await messaging.sendMessage(name, parsed, tabId);
    return schemaOf(name).reply.parse(reply) as MessageReply<K>;
  }

  /** Registers the one handler for `name`; returns its remove function. */
  function handle<K extends MessageName & keyof P>(
    name: K,
    runtimeId: string,
    handler: (data: MessageData<K>, sender: Sender) => MessageReply<K> | Promise<MessageReply<K>>,
  ): () => void {
    return messaging.onMessage(name, async (message) => {
      if (message.sender?.id !== runtimeId) throw new Error(`rejected ${name} from a foreign sender`);
      const data = schemaOf(name).data.parse(message.data) as MessageData<K>;
      return schemaOf(name).reply.parse(await handler(data, message.sender)) as never;
    });
  }

  return { send, handle };
}
