import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_CHARS, readWechatBody, type ReaderWindow } from './page-reader';

const ORIGIN = 'https://mp.weixin.qq.com';

/** A window whose postMessage records requests and whose `reply` dispatches message events. */
function fakeWindow() {
  const target = new EventTarget();
  const requests: { source: string; type: string; nonce: string }[] = [];
  const win: ReaderWindow = {
    location: { origin: ORIGIN },
    crypto: globalThis.crypto,
    postMessage: ((msg: { source: string; type: string; nonce: string }) => requests.push(msg)) as Window['postMessage'],
    addEventListener: target.addEventListener.bind(target) as Window['addEventListener'],
    removeEventListener: target.removeEventListener.bind(target) as Window['removeEventListener'],
  };
  const reply = (data: unknown, origin = ORIGIN) => target.dispatchEvent(new MessageEvent('message', { data, origin }));
  return { win, requests, reply };
}

const body = (nonce: string, html: unknown) => ({ source: 'govpost-guard-bridge', type: 'body', nonce, html });

describe('readWechatBody', () => {
  it('sends a read-body request with a random nonce and resolves with the matching reply', async () => {
    const { win, requests, reply } = fakeWindow();
    const read = readWechatBody(win, new AbortController().signal, 1000);
    expect(requests).toHaveLength(1);
    const { nonce } = requests[0];
    expect(requests[0]).toMatchObject({ source: 'govpost-guard', type: 'read-body' });
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    readWechatBody(win, new AbortController().signal, 1);
    expect(requests[1].nonce).not.toBe(nonce);
    reply(body(nonce, '<p>正文</p>'));
    await expect(read).resolves.toBe('<p>正文</p>');
  });

  it('ignores wrong nonces, sources, types, origins, oversized or non-string bodies, then takes the real reply', async () => {
    const { win, requests, reply } = fakeWindow();
    const read = readWechatBody(win, new AbortController().signal, 1000);
    const { nonce } = requests[0];
    reply(body('forged', '<p>forged</p>'));
    reply(body(`${nonce}x`, '<p>forged</p>'));
    reply({ ...body(nonce, '<p>forged</p>'), source: 'govpost-guard' });
    reply({ ...body(nonce, '<p>forged</p>'), type: 'read-body' });
    reply(body(nonce, '<p>forged</p>'), 'https://evil.example');
    reply(body(nonce, 'x'.repeat(MAX_BODY_CHARS + 1)));
    reply(body(nonce, { toString: () => 'forged' }));
    reply(null);
    reply('govpost-guard-bridge');
    reply(body(nonce, '<p>real</p>'));
    await expect(read).resolves.toBe('<p>real</p>');
  });

  it('resolves null at once when the bridge says the editor API is unavailable', async () => {
    const { win, requests, reply } = fakeWindow();
    const read = readWechatBody(win, new AbortController().signal, 60_000);
    reply({ source: 'govpost-guard-bridge', type: 'unavailable', nonce: requests[0].nonce });
    await expect(read).resolves.toBeNull();
  });

  it('resolves null on timeout and stops listening', async () => {
    vi.useFakeTimers();
    try {
      const { win, requests, reply } = fakeWindow();
      const read = readWechatBody(win, new AbortController().signal, 500);
      vi.advanceTimersByTime(500);
      await expect(read).resolves.toBeNull();
      reply(body(requests[0].nonce, '<p>late</p>')); // no listener left: nothing happens
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves null when the lifetime signal aborts, or was already aborted', async () => {
    const { win, requests } = fakeWindow();
    const life = new AbortController();
    const read = readWechatBody(win, life.signal, 60_000);
    life.abort();
    await expect(read).resolves.toBeNull();
    await expect(readWechatBody(win, life.signal, 60_000)).resolves.toBeNull();
    expect(requests).toHaveLength(1);
  });
});
