import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';

const EDITOR_URL = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN';

describe('extension in real Chromium', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
  });
  afterAll(async () => browser?.close());

  it('finds a typed phone number and reports block with one finding on the host element', async () => {
    const page = await browser.context.newPage();
    await page.goto(EDITOR_URL);
    const editor = page.locator('.rich_media_content');
    await editor.click();
    await page.keyboard.type('请患者家属尽快联系，电话 13800138000。');
    await expect.poll(() => guardState(page), { timeout: 5000 }).toEqual({ status: 'block', findings: '1' });
    // The editor's DOM holds only what was typed: the guard lives in its own shadow root.
    expect(await editor.evaluate((el) => el.querySelectorAll('govpost-guard, mark, span[class*="gpg"]').length)).toBe(0);
    await page.close();
  });

  it('reports ok once the number is masked', async () => {
    const page = await browser.context.newPage();
    await page.goto(EDITOR_URL);
    await page.locator('.rich_media_content').click();
    await page.keyboard.type('联系电话 138****8000，政务服务热线 12345。');
    await expect.poll(() => guardState(page), { timeout: 5000 }).toEqual({ status: 'ok', findings: '0' });
    await page.close();
  });

  it('does not run on pages outside the platform consoles', async () => {
    await serveFixture(browser.context, 'https://example.com/', 'wechat-basic.html');
    const page = await browser.context.newPage();
    await page.goto('https://example.com/');
    await page.locator('.rich_media_content').click();
    await page.keyboard.type('电话 13800138000');
    await page.waitForTimeout(800);
    expect(await page.locator('govpost-guard').count()).toBe(0);
    await page.close();
  });

  it('shows the current tab status in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(EDITOR_URL);
    await page.locator('.rich_media_content').click();
    await page.keyboard.type('举报人手机 13912345678');
    await expect.poll(() => guardState(page), { timeout: 5000 }).toEqual({ status: 'block', findings: '1' });
    // Open the popup page, then make the editor the active tab and reload the popup, so its
    // "active tab" query lands on the editor exactly as when the toolbar button is clicked.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.locator('#tab-status').getAttribute('data-status')).toBe('block');
    expect(await popup.locator('#tab-status').innerText()).toContain('1 个问题');
    await popup.close();
    await page.close();
  });
});
