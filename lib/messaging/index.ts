/**
 * Validated messaging over @webext-core/messaging: `send` parses data before it leaves and the
 * reply when it comes back; `handle` checks the sender is this extension and parses the data
 * before the handler runs.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { protocol, type MessageData, type MessageName, type MessageReply, type ProtocolMap } from './protocol';

const messaging = defineExtensionMessaging<ProtocolMap>();

export async function send<K extends MessageName>(name: K, data: MessageData<K>, tabId?: number): Promise<MessageReply<K>> {
  const parsed = protocol[name].data.parse(data) as never;
  const reply = tabId === undefined ? await messaging.sendMessage(name, parsed) : await messaging.sendMessage(name, parsed, tabId);
  return protocol[name].reply.parse(reply) as MessageReply<K>;
}

interface Sender {
  id?: string;
  tab?: { id?: number };
  /** The sending page or frame (lets a handler accept only the extension's own pages). */
  url?: string;
}

/** Registers the one handler for `name`; returns its remove function. */
export function handle<K extends MessageName>(
  name: K,
  runtimeId: string,
  handler: (data: MessageData<K>, sender: Sender) => MessageReply<K> | Promise<MessageReply<K>>,
): () => void {
  return messaging.onMessage(name, async (message) => {
    if (message.sender?.id !== runtimeId) throw new Error(`rejected ${name} from a foreign sender`);
    const data = protocol[name].data.parse(message.data) as MessageData<K>;
    return protocol[name].reply.parse(await handler(data, message.sender)) as never;
  });
}
