/**
 * The WeChat article editor as the end-to-end tests use it: the plain fixture (wechat-basic.html,
 * a contenteditable body and `#js_send` 发表) and the new editor (wechat-new.html, real ProseMirror
 * with the editor JS API the page-context reader calls). Each opener returns a fresh tab with the
 * draft typed in by real key presses.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { VARIANTS } from '../fixtures/platforms/variants';
import { exactUrl, guardState, launchWithExtension, serveFixture, type GuardBrowser } from './browser';

/** The article editor's URL, served with wechat-basic.html. */
export const WECHAT_EDITOR_URL = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN';

/** Serves wechat-basic.html for every article-editor URL. */
export const serveWeChatBasic = (browser: GuardBrowser): Promise<void> =>
  serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');

/** A browser with the extension and wechat-basic.html served. */
export async function launchWithWeChatBasic(): Promise<GuardBrowser> {
  const browser = await launchWithExtension();
  await serveWeChatBasic(browser);
  return browser;
}

/** A new tab on wechat-basic.html with `title` filled in and `text` typed into the body. */
export async function openWeChatBasic(browser: GuardBrowser, text: string, title: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(WECHAT_EDITOR_URL);
  await page.locator('#title').fill(title);
  await page.locator('.rich_media_content').click();
  await page.keyboard.type(text);
  return page;
}

/**
 * Types a draft into wechat-basic.html and publishes it, with a written reason (仍然发表) when the
 * gate stops it. The tab stays open: a WeChat tab closed before its success page leaves the record
 * "most likely not sent" (abandoned).
 */
export async function publishOnWeChatBasic(browser: GuardBrowser, title: string, text: string, reason?: string): Promise<Page> {
  const page = await openWeChatBasic(browser, text, title);
  await expect.poll(async () => (await guardState(page)).status).toBe(reason ? 'block' : 'ok');
  await page.locator('#js_send').click();
  if (reason) {
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea').fill(reason);
    await dialog.getByRole('button', { name: '仍然发表' }).click();
  }
  await expect.poll(() => page.locator('#published').isVisible()).toBe(true);
  return page;
}

/** The new editor's fixture variant (ProseMirror body, 发表 at `#js_send button`). */
export const WECHAT_NEW = VARIANTS.find((v) => v.fixture === 'wechat-new.html')!;

/** Serves wechat-new.html at its own URL. */
export const serveWeChatNew = (browser: GuardBrowser): Promise<void> =>
  serveFixture(browser.context, exactUrl(WECHAT_NEW.url), WECHAT_NEW.fixture);

/** A browser with the extension and wechat-new.html served. */
export async function launchWithWeChatNew(): Promise<GuardBrowser> {
  const browser = await launchWithExtension();
  await serveWeChatNew(browser);
  return browser;
}

/** A clean visible draft for wechat-new.html, and a chunk with a phone number for its JS API alone. */
export const WECHAT_CLEAN = '今天下午召开冬季森林防火工作会议。';
export const WECHAT_HIDDEN = '如有疑问请联系 13800138000。';

/**
 * A new tab on wechat-new.html with `text` typed into the body and the guard showing ok for it;
 * `hidden` is a chunk only the editor JS API returns (the page has not rendered it).
 */
export async function openWeChatNew(browser: GuardBrowser, text = WECHAT_CLEAN, hidden?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(WECHAT_NEW.url);
  await page.waitForFunction(() => Number(document.body.dataset.mounted ?? '0') >= 1);
  if (hidden) await page.evaluate((chunk) => ((window as unknown as { __hiddenChunk: string }).__hiddenChunk = chunk), hidden);
  await page.locator(WECHAT_NEW.body!).first().click();
  await page.keyboard.type(text);
  await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
  return page;
}

/**
 * For a describe block: one browser with wechat-new.html served, launched before its tests and
 * closed after; `open` gives a fresh editor with WECHAT_CLEAN typed (closing the one before).
 */
export function weChatNewTabs(): { browser(): GuardBrowser; open(hidden?: string): Promise<Page> } {
  let browser: GuardBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchWithWeChatNew();
  });
  afterAll(async () => browser?.close());
  return {
    browser: () => browser!,
    async open(hidden) {
      await page?.close();
      page = await openWeChatNew(browser!, WECHAT_CLEAN, hidden);
      return page;
    },
  };
}
