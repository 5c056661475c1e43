/**
 * Page-context reader: the isolated content script asks the MAIN-world bridge
 * (entrypoints/wechat-bridge.content.ts) for WeChat's authoritative body over a private
 * MessageChannel. The channel's isolated end is taken at document_start (`takeBridgePort`, from
 * entrypoints/wechat-port.content.ts), before any page script runs; nothing travels through
 * `window.postMessage`, so the page never sees a request and cannot answer one. Every reply is
 * still validated with zod: the page owns the editor API the bridge calls, so what it returns is
 * compared with what the editor shows (lib/page/controller.ts).
 */
import { z } from 'zod/mini';

/** Replies with more HTML than this are ignored. */
export const MAX_BODY_CHARS = 5 * 1024 * 1024;

const replySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('body'), id: z.int(), html: z.string().check(z.maxLength(MAX_BODY_CHARS)) }),
  z.object({ type: z.literal('unavailable'), id: z.int() }),
]);

export { bridgePort, takeBridgePort, type BridgePort } from './bridge-port';
import type { BridgePort } from './bridge-port';

let nextId = 1;

/**
 * Reads WeChat's editor body (HTML) through the bridge. Resolves null when there is no channel,
 * the editor API is unavailable, on timeout, or when `signal` aborts; never rejects.
 */
export function readWechatBody(port: BridgePort | null, signal: AbortSignal, timeoutMs = 1000): Promise<string | null> {
  if (!port || signal.aborted) return Promise.resolve(null);
  const id = nextId++;
  return new Promise<string | null>((resolve) => {
    const done = new AbortController();
    const finish = (html: string | null) => {
      clearTimeout(timer);
      done.abort();
      resolve(html);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    signal.addEventListener('abort', () => finish(null), { signal: done.signal });
    port.addEventListener(
      'message',
      (e: Event) => {
        const reply = replySchema.safeParse((e as MessageEvent).data);
        if (!reply.success || reply.data.id !== id) return;
        finish(reply.data.type === 'body' ? reply.data.html : null);
      },
      { signal: done.signal },
    );
    port.start();
    port.postMessage({ type: 'read-body', id });
  });
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Whether the page's body holds everything the editor shows, in order (spaces aside). The page may
 * hold more (text the editor has not rendered yet); a line the editor shows that the body lacks
 * means the reply is not the draft the person sees. One forward pass over the body.
 */
export function bodyAgrees(shownText: string, pageText: string): boolean {
  const body = squash(pageText);
  let at = 0;
  for (const line of shownText.split('\n')) {
    const want = squash(line);
    if (!want) continue;
    const found = body.indexOf(want, at);
    if (found < 0) return false;
    at = found + want.length;
  }
  return true;
}
