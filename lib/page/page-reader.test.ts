import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_CHARS, bodyAgrees, bridgePort, readWechatBody, takeBridgePort } from './page-reader';
import { BRIDGE_OFFER, installWechatBridge } from './wechat-bridge';

/** A page with WeChat's editor API (answering `html`), and a document whose scripts can be counted. */
function fakePage(answer: (call: { sucCb(r: unknown): void; errCb(e: unknown): void }) => void) {
  const document = Object.assign(new EventTarget(), { scripts: { length: 0 } });
  const win = {
    document,
    MessagePort,
    MessageChannel,
    MessageEvent,
    EventTarget,
    setTimeout,
    clearTimeout,
    __MP_Editor_JSAPI__: { invoke: answer },
  };
  return { win: win as unknown as Window & typeof globalThis, document };
}
const answering = (html: unknown) => (call: { sucCb(r: unknown): void }) => call.sucCb(html);

describe('the WeChat bridge channel', () => {
  it.each([
    ['the bridge runs first', true],
    ['the isolated side runs first', false],
  ])('is set up at document_start whichever side runs first (%s), and reads the body', async (_name, bridgeFirst) => {
    const { win, document } = fakePage(answering({ content: '<p>正文</p>' }));
    const holder = {};
    if (bridgeFirst) installWechatBridge(win);
    takeBridgePort(document, holder);
    if (!bridgeFirst) installWechatBridge(win);
    const port = bridgePort(holder);
    expect(port).not.toBeNull();
    await expect(readWechatBody(port, new AbortController().signal, 1000)).resolves.toBe('<p>正文</p>');
    (port as MessagePort).close();
  });

  it('never takes a port offered once the page has scripts (a page pretending to be the bridge)', () => {
    const { document } = fakePage(answering(''));
    const holder = {};
    takeBridgePort(document, holder);
    document.scripts.length = 1;
    const { port2, port1 } = new MessageChannel();
    const taken = !document.dispatchEvent(new MessageEvent(BRIDGE_OFFER, { ports: [port2], cancelable: true }));
    expect(taken).toBe(false);
    expect(bridgePort(holder)).toBeNull();
    port1.close();
  });

  it('keeps the first port: a second offer (the page, later) is ignored', () => {
    const { win, document } = fakePage(answering(''));
    const holder = {};
    installWechatBridge(win);
    takeBridgePort(document, holder);
    const first = bridgePort(holder);
    const { port2, port1 } = new MessageChannel();
    expect(document.dispatchEvent(new MessageEvent(BRIDGE_OFFER, { ports: [port2], cancelable: true }))).toBe(true);
    expect(bridgePort(holder)).toBe(first);
    port1.close();
    (first as MessagePort).close();
  });
});

describe('readWechatBody', () => {
  /** The bridge's end as a test drives it: records requests, sends replies. */
  function channel() {
    const { port1: bridge, port2: reader } = new MessageChannel();
    const requests: { type: string; id: number }[] = [];
    bridge.onmessage = (e) => requests.push(e.data);
    return { bridge, reader, requests, close: () => (bridge.close(), reader.close()) };
  }

  it('resolves null without a channel', async () => {
    await expect(readWechatBody(null, new AbortController().signal, 1000)).resolves.toBeNull();
  });

  it('ignores replies to other requests, unknown shapes, oversized or non-string bodies, then takes the real reply', async () => {
    const c = channel();
    const read = readWechatBody(c.reader, new AbortController().signal, 5000);
    await vi.waitFor(() => expect(c.requests).toHaveLength(1));
    const { id } = c.requests[0];
    expect(c.requests[0]).toEqual({ type: 'read-body', id });
    for (const forged of [
      { type: 'body', id: id + 1, html: '<p>forged</p>' },
      { type: 'body', id: String(id), html: '<p>forged</p>' },
      { type: 'read-body', id, html: '<p>forged</p>' },
      { type: 'body', id, html: 'x'.repeat(MAX_BODY_CHARS + 1) },
      { type: 'body', id, html: { toString: () => 'forged' } },
      null,
      'body',
    ]) {
      try {
        c.bridge.postMessage(forged);
      } catch {
        /* not cloneable: could not be sent at all */
      }
    }
    c.bridge.postMessage({ type: 'body', id, html: '<p>real</p>' });
    await expect(read).resolves.toBe('<p>real</p>');
    c.close();
  });

  it('resolves null when the bridge says the editor API is unavailable, on timeout, or when aborted', async () => {
    const c = channel();
    const read = readWechatBody(c.reader, new AbortController().signal, 60_000);
    await vi.waitFor(() => expect(c.requests).toHaveLength(1));
    c.bridge.postMessage({ type: 'unavailable', id: c.requests[0].id });
    await expect(read).resolves.toBeNull();
    await expect(readWechatBody(c.reader, new AbortController().signal, 5)).resolves.toBeNull();
    const life = new AbortController();
    const aborted = readWechatBody(c.reader, life.signal, 60_000);
    life.abort();
    await expect(aborted).resolves.toBeNull();
    await expect(readWechatBody(c.reader, life.signal, 60_000)).resolves.toBeNull();
    c.close();
  });
});

describe('bodyAgrees', () => {
  const shown = '通知\n今天下午召开会议。\n请准时参加。';
  it.each([
    ['the same text', '通知\n今天下午召开会议。\n请准时参加。'],
    ['other spacing', '通知 今天下午 召开会议。\n\n 请准时参加。'],
    ['more than the editor rendered', '通知\n今天下午召开会议。\n请准时参加。\n如有疑问请联系 13800138000。'],
  ])('agrees with %s', (_name, page) => expect(bodyAgrees(shown, page)).toBe(true));
  it.each([
    ['an empty body', ''],
    ['a body missing a line', '通知\n今天下午召开会议。'],
    ['another draft', '通知\n明天上午召开会议。\n请准时参加。'],
    ['the lines in another order', '通知\n请准时参加。\n今天下午召开会议。'],
  ])('disagrees with %s', (_name, page) => expect(bodyAgrees(shown, page)).toBe(false));
});
