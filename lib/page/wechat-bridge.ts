/**
 * The MAIN-world half of the page-context reader: answers the isolated content script's
 * `read-body` requests with the body WeChat's editor JS API returns (`mp_editor_get_content`).
 *
 * Requests and replies go over a private MessageChannel, never through `window.postMessage`,
 * where the page would see them and could answer first. The channel's isolated end is handed over
 * at document_start, before any page script exists (./page-reader.ts, handshake below), and this
 * script keeps the built-ins it needs from that moment, so a page that later patches
 * `MessagePort.prototype` or the timers cannot intercept the replies.
 *
 * Runs in the page's own world, so it stays tiny and dependency-free (no zod, no UI), and replies
 * `unavailable` whenever the API is missing, fails or answers in an unknown shape. The isolated
 * side validates every reply.
 */

interface EditorJsApi {
  invoke(call: { apiName: string; apiParam: Record<string, unknown>; sucCb(res: unknown): void; errCb(err: unknown): void }): void;
}

/** Event the MAIN world dispatches on the document, carrying the isolated end of the channel. */
export const BRIDGE_OFFER = 'govpost-guard-bridge-offer';
/** Event the isolated world dispatches when it is ready to take the channel (if it came first). */
export const BRIDGE_ASK = 'govpost-guard-bridge-ask';

/** The HTML in a `mp_editor_get_content` result: a string, or `{ content }` (the API is undocumented). */
function contentOf(res: unknown): string | null {
  if (typeof res === 'string') return res;
  if (res && typeof res === 'object') {
    const content = (res as { content?: unknown }).content;
    if (typeof content === 'string') return content;
  }
  return null;
}

/** Installs the bridge at document_start; lives for the page's lifetime (no extension context to lose). */
export function installWechatBridge(win: Window & typeof globalThis, giveUpMs = 3000): void {
  // Built-ins as they are now, before any page script could replace them; called with .call.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const post = win.MessagePort.prototype.postMessage;
  const setTimer = win.setTimeout.bind(win);
  const clearTimer = win.clearTimeout.bind(win);
  const doc = win.document;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const { port1, port2 } = new win.MessageChannel();

  port1.onmessage = (e: MessageEvent) => {
    const req = e.data as { type?: unknown; id?: unknown } | null;
    if (!req || req.type !== 'read-body' || typeof req.id !== 'number') return;
    const id = req.id;
    let replied = false;
    const reply = (html: string | null) => {
      if (replied) return;
      replied = true;
      clearTimer(timer);
      post.call(port1, html === null ? { type: 'unavailable', id } : { type: 'body', id, html });
    };
    // An API that never calls back must not leave the reader waiting for its own timeout.
    const timer = setTimer(() => reply(null), giveUpMs);
    try {
      const api = (win as unknown as { __MP_Editor_JSAPI__?: EditorJsApi }).__MP_Editor_JSAPI__;
      if (!api || typeof api.invoke !== 'function') return reply(null);
      api.invoke({ apiName: 'mp_editor_get_content', apiParam: {}, sucCb: (res) => reply(contentOf(res)), errCb: () => reply(null) });
    } catch {
      reply(null);
    }
  };

  // The isolated side takes the port by cancelling the offer; only one side ever gets it.
  const offer = () => !dispatch.call(doc, new win.MessageEvent(BRIDGE_OFFER, { ports: [port2], cancelable: true }));
  if (offer()) return;
  // The isolated side has not run yet: offer again when it asks (synchronously, still before page scripts).
  const onAsk = () => {
    if (offer()) doc.removeEventListener(BRIDGE_ASK, onAsk);
  };
  doc.addEventListener(BRIDGE_ASK, onAsk);
}
