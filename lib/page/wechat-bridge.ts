/**
 * The MAIN-world half of the page-context reader (issue 6; platforms.md §1 item 4, §2): answers
 * the isolated content script's `read-body` requests with the body WeChat's editor JS API returns
 * (`mp_editor_get_content`). Runs in the page's own world, so it stays tiny and dependency-free
 * (no zod, no UI), trusts nothing it receives beyond a string nonce, and replies `unavailable`
 * whenever the API is missing, fails or answers in an unknown shape. The isolated side
 * (./page-reader.ts) validates every reply.
 */

interface EditorJsApi {
  invoke(call: { apiName: string; apiParam: Record<string, unknown>; sucCb(res: unknown): void; errCb(err: unknown): void }): void;
}

/** The HTML in a `mp_editor_get_content` result: a string, or `{ content }` (the API is undocumented). */
function contentOf(res: unknown): string | null {
  if (typeof res === 'string') return res;
  if (res && typeof res === 'object') {
    const content = (res as { content?: unknown }).content;
    if (typeof content === 'string') return content;
  }
  return null;
}

/** Listens for requests for the page's lifetime (the MAIN world has no extension context to lose). */
export function installWechatBridge(win: Window, giveUpMs = 3000): void {
  win.addEventListener('message', (e: MessageEvent) => {
    const req = e.data as { source?: unknown; type?: unknown; nonce?: unknown } | null;
    if (e.source !== win || !req || req.source !== 'govpost-guard' || req.type !== 'read-body' || typeof req.nonce !== 'string') return;
    const nonce = req.nonce.slice(0, 64);
    let replied = false;
    const reply = (html: string | null) => {
      if (replied) return;
      replied = true;
      clearTimeout(timer);
      const msg = html === null ? { source: 'govpost-guard-bridge', type: 'unavailable', nonce } : { source: 'govpost-guard-bridge', type: 'body', nonce, html };
      win.postMessage(msg, win.location.origin);
    };
    // An API that never calls back must not leave the reader waiting for its own timeout.
    const timer = setTimeout(() => reply(null), giveUpMs);
    try {
      const api = (win as unknown as { __MP_Editor_JSAPI__?: EditorJsApi }).__MP_Editor_JSAPI__;
      if (!api || typeof api.invoke !== 'function') return reply(null);
      api.invoke({ apiName: 'mp_editor_get_content', apiParam: {}, sucCb: (res) => reply(contentOf(res)), errCb: () => reply(null) });
    } catch {
      reply(null);
    }
  });
}
