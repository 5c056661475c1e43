/**
 * Page-context reader (issue 6): the isolated content script asks the MAIN-world bridge
 * (entrypoints/wechat-bridge.content.ts) for WeChat's authoritative body through
 * `window.postMessage`. The page sees these messages too, so every reply is validated (STYLE §7):
 * source, type and this request's nonce must match and the HTML is bounded; anything else is
 * ignored. A forged reply can at most add text to check — the DOM draft is always checked as well.
 */
import { z } from 'zod';

export const BRIDGE_REQUEST_SOURCE = 'govpost-guard';
export const BRIDGE_REPLY_SOURCE = 'govpost-guard-bridge';
/** Replies with more HTML than this are ignored. */
export const MAX_BODY_CHARS = 5 * 1024 * 1024;

const replySchema = (nonce: string) =>
  z.discriminatedUnion('type', [
    z.object({ source: z.literal(BRIDGE_REPLY_SOURCE), type: z.literal('body'), nonce: z.literal(nonce), html: z.string().max(MAX_BODY_CHARS) }),
    z.object({ source: z.literal(BRIDGE_REPLY_SOURCE), type: z.literal('unavailable'), nonce: z.literal(nonce) }),
  ]);

/** What the reader needs of a window (a fake one in unit tests). */
export type ReaderWindow = Pick<Window, 'postMessage' | 'addEventListener' | 'removeEventListener'> & {
  location: { origin: string };
  crypto: Pick<Crypto, 'getRandomValues'>;
};

function randomNonce(win: ReaderWindow): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads WeChat's editor body (HTML) through the MAIN-world bridge. Resolves null when the editor
 * API is unavailable, on timeout, or when `signal` aborts; never rejects.
 */
export function readWechatBody(win: ReaderWindow, signal: AbortSignal, timeoutMs = 1000): Promise<string | null> {
  if (signal.aborted) return Promise.resolve(null);
  const nonce = randomNonce(win);
  const schema = replySchema(nonce);
  return new Promise<string | null>((resolve) => {
    const done = new AbortController();
    const finish = (html: string | null) => {
      clearTimeout(timer);
      done.abort();
      resolve(html);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    signal.addEventListener('abort', () => finish(null), { signal: done.signal });
    win.addEventListener(
      'message',
      (e: MessageEvent) => {
        if (e.origin !== win.location.origin) return;
        const reply = schema.safeParse(e.data);
        if (!reply.success) return;
        finish(reply.data.type === 'body' ? reply.data.html : null);
      },
      { signal: done.signal },
    );
    win.postMessage({ source: BRIDGE_REQUEST_SOURCE, type: 'read-body', nonce }, win.location.origin);
  });
}
