/**
 * A hostile WeChat page against the page-context reader: the page never sees a request (no
 * window messages), its forged replies and a channel it offers later are ignored, and a body its
 * editor API returns that disagrees with what the editor shows stops publishing as 无法读取草稿,
 * with no override.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pagePublishCount, recordsOf } from '../harness/browser';
import { WECHAT_HIDDEN, weChatNewTabs } from '../harness/wechat';

describe('a hostile page against the WeChat page reader', () => {
  const tabs = weChatNewTabs();
  let page: Page;
  /** A fresh editor with a clean visible draft; `hidden` is the chunk only the JS API returns. */
  async function open(hidden?: string): Promise<void> {
    page = await tabs.open(hidden);
  }

  /**
   * The page answers every message it sees with a forged body, in the bridge's old window format
   * (echoing any nonce it could read), and records what it saw.
   */
  const forgeReplies = (html: string) =>
    page.evaluate((forged) => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.addEventListener('message', (e) => {
        seen.push(e.data);
        const d = e.data as { source?: string; nonce?: string; id?: number } | null;
        if (d?.source === 'govpost-guard-bridge') return;
        window.postMessage(
          { source: 'govpost-guard-bridge', type: 'body', nonce: d?.nonce ?? 'forged', id: d?.id ?? 1, html: forged },
          location.origin,
        );
      });
    }, html);

  /** The page's own editor API answers with `content` instead of the draft. */
  const answerWith = (content: string) =>
    page.evaluate((body) => {
      const api = (window as unknown as { __MP_Editor_JSAPI__: { invoke(call: { apiName: string; sucCb(r: unknown): void }): void } })
        .__MP_Editor_JSAPI__;
      const invoke = api.invoke.bind(api);
      api.invoke = (call) =>
        call.apiName === 'mp_editor_get_content' ? setTimeout(() => call.sucCb({ content: body }), 10) : invoke(call);
    }, content);

  it.each([
    ['an empty body', ''],
    ['another draft', '<p>今天上午召开春季植树工作会议。</p>'],
  ])('stops publishing as 无法读取草稿 when the editor API answers with %s, and allows no override', async (_name, content) => {
    await open();
    await answerWith(content);
    const before = await recordsOf(tabs.browser());
    await page.locator('#js_send button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.gpg-gate-list').innerText()).toContain('无法读取草稿');
    expect(await dialog.locator('textarea').count()).toBe(0);
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await pagePublishCount(page)).toBe(0);
    expect(await recordsOf(tabs.browser())).toHaveLength(before.length);
  });

  it('sends the page no request: forged window replies hide nothing, and the page saw nothing to answer', async () => {
    await open(WECHAT_HIDDEN);
    await forgeReplies('<p>今天下午召开冬季森林防火工作会议。</p>');
    await page.locator('#js_send button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.gpg-gate-list').innerText()).toContain('13800138000');
    expect(await pagePublishCount(page)).toBe(0);
    // Every message the page saw was one of its own forgeries.
    const seen = await page.evaluate(() => (window as unknown as { seen: { source?: string }[] }).seen);
    expect(seen.every((m) => m?.source === 'govpost-guard-bridge')).toBe(true);
  });

  it('ignores forged replies: a forged finding stops nothing', async () => {
    await open();
    await forgeReplies('<p>伪造内容 13900139000</p>');
    await page.locator('#js_send button').click();
    await expect.poll(() => pagePublishCount(page)).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('never takes a channel a page script offers later, pretending to be the bridge', async () => {
    await open(WECHAT_HIDDEN);
    const offered = await page.evaluate(() => {
      const { port1, port2 } = new MessageChannel();
      const requests: unknown[] = [];
      (window as unknown as { requests: unknown[] }).requests = requests;
      port1.onmessage = (e) => {
        requests.push(e.data);
        port1.postMessage({ type: 'body', id: (e.data as { id: number }).id, html: '<p>今天下午召开冬季森林防火工作会议。</p>' });
      };
      return !document.dispatchEvent(new MessageEvent('govpost-guard-bridge-offer', { ports: [port2], cancelable: true }));
    });
    expect(offered).toBe(false);
    await page.locator('#js_send button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.gpg-gate-list').innerText()).toContain('13800138000');
    expect(await page.evaluate(() => (window as unknown as { requests: unknown[] }).requests)).toEqual([]);
  });
});
