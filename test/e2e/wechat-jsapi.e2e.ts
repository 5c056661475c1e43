/**
 * The page-context reader in Debian's Chromium with the built extension: at 发表 the gate also
 * reads WeChat's body through the editor JS API (MAIN-world bridge, over a private channel set up
 * at document_start), so a chunk the page has not rendered into the DOM is checked too. An override
 * of an unrendered chunk goes into the publication's record with its rule and category. What a
 * hostile page can try against the bridge is in test/security/wechat-bridge.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardState, launchWithExtension, newestRecord, serveFixture, storedRecords, type GuardBrowser } from '../harness/browser';
import { VARIANTS } from '../fixtures/platforms/variants';

const WECHAT = VARIANTS.find((v) => v.fixture === 'wechat-new.html')!;
const exactUrl = (url: string) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const CLEAN = '今天下午召开冬季森林防火工作会议。';
const HIDDEN = '如有疑问请联系 13800138000。';

const publishCount = (page: Page) => page.evaluate(() => document.body.dataset.publishCount ?? '0');

describe("WeChat's editor JS API at the publish gate", () => {
  let browser: GuardBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveFixture(browser.context, exactUrl(WECHAT.url), WECHAT.fixture);
  });
  afterAll(async () => browser?.close());

  /** A fresh editor with a clean visible draft; `hidden` is the chunk only the JS API returns. */
  async function open(hidden?: string): Promise<Page> {
    await page?.close();
    page = await browser.context.newPage();
    await page.goto(WECHAT.url);
    await page.waitForFunction(() => Number(document.body.dataset.mounted ?? '0') >= 1);
    if (hidden) await page.evaluate((text) => ((window as unknown as { __hiddenChunk: string }).__hiddenChunk = text), hidden);
    await page.locator(WECHAT.body!).first().click();
    await page.keyboard.type(CLEAN);
    await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
    return page;
  }

  /** The extension's log, read from one of its pages. */
  async function recordsIn(): Promise<Record<string, unknown>[]> {
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const records = await storedRecords(reader);
    await reader.close();
    return records;
  }

  it('stops a clean visible draft whose unrendered chunk holds a phone number, and lists the number', async () => {
    await open(HIDDEN);
    await page.locator('#js_send button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.gpg-gate-list').innerText()).toContain('13800138000');
    expect(await publishCount(page)).toBe('0');
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await publishCount(page)).toBe('0');
  });

  it('records the override of a finding only the unrendered chunk holds, with its rule and category', async () => {
    await open(HIDDEN);
    await page.locator('#js_send button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator('textarea').fill('该号码为单位公开的咨询电话，已核实可以公开');
    await dialog.getByRole('button', { name: '仍然发表' }).click();
    await expect.poll(() => publishCount(page)).toBe('1');
    const records = await recordsIn();
    const record = newestRecord(records);
    expect(record).toMatchObject({
      findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
      categories: ['personal-data'],
      overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开的咨询电话，已核实可以公开' }],
      overridden: 1,
    });
    // The snapshot is the page's whole body (the default excerpt of it), unrendered chunk included,
    // with the personal data in it masked as the log keeps it.
    expect((record!.snapshot as { text: string }).text).toBe(`${CLEAN}\n${HIDDEN.replace('13800138000', '138****8000')}`);
  });

  it('publishes the same draft without the hidden chunk, with no dialog', async () => {
    await open();
    await page.locator('#js_send button').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
