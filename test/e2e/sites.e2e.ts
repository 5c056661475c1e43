/**
 * Enabling the guard on a site outside the platform consoles. What headless Chromium
 * cannot reach: Chrome's permission prompt (permissions.request stays pending, and
 * chrome.developerPrivate.addHostPermission does not grant optional host permissions), and the
 * active tab's URL in a popup opened as a tab (no activeTab grant without the toolbar click). So
 * the popup's button is tested in components/PopupView.test.tsx and the handlers in
 * lib/sites/background.test.ts; here: the guard stays away before a site is enabled, and the
 * background refuses to register without the permission. The registration and injection on a
 * granted site are exercised only against a fake Chromium (lib/sites/background.test.ts): the
 * extension holds no host it could be injected into outside the platforms' own adapters.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type GuardBrowser } from '../harness/browser';

const SITE_URL = 'https://www.example.gov.cn/cms/edit';
const PATTERN = 'https://www.example.gov.cn/*';
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/sites/cms-edit.html'));

/** Sends a protocol message from an extension page, as lib/messaging's `send` does. */
function sendFrom(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ([type, data]) =>
      new Promise((resolve, reject) =>
        chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (reply: { res?: unknown; err?: { message: string } }) =>
          reply?.err ? reject(new Error(reply.err.message)) : resolve(reply?.res),
        ),
      ),
    [type, data] as const,
  );
}

const registeredIds = (b: GuardBrowser) =>
  b.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
const hasPermission = (b: GuardBrowser) =>
  b.serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), PATTERN);

/** Opens the popup with `page` as the active tab, as the toolbar click does. */
async function popupFor(b: GuardBrowser, page: Page): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.reload();
  await popup.locator('#tab-status').waitFor();
  return popup;
}

describe('sites enabled from the popup', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.context.route(/^https:\/\/www\.example\.gov\.cn\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE }),
    );
  });
  afterAll(async () => browser?.close());

  it('does not run on the site before it is enabled, and the background refuses without the permission', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITE_URL);
    await page.waitForTimeout(500);
    expect(await page.locator('govpost-guard').count()).toBe(0);
    expect(await hasPermission(browser)).toBe(false);
    const popup = await popupFor(browser, page);
    expect(await popup.locator('#tab-status').getAttribute('data-status')).toBe('inactive');
    // A forged enable (no permission granted) registers nothing.
    expect(await sendFrom(popup, 'siteEnable', { pattern: PATTERN })).toEqual({ ok: false, reason: 'permission' });
    expect(await sendFrom(popup, 'siteEnable', { pattern: 'https://mp.weixin.qq.com/*' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await registeredIds(browser)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
