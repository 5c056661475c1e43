/**
 * The page-context reader in Debian's Chromium with the built extension: at 发表 the gate also
 * reads WeChat's body through the editor JS API (MAIN-world bridge, over a private channel set up
 * at document_start), so a chunk the page has not rendered into the DOM is checked too. An override
 * of an unrendered chunk goes into the publication's record with its rule and category. What a
 * hostile page can try against the bridge is in test/security/wechat-bridge.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newestRecord, pagePublishCount, recordsOf } from '../harness/browser';
import { WECHAT_CLEAN, WECHAT_HIDDEN, weChatNewTabs } from '../harness/wechat';

describe("WeChat's editor JS API at the publish gate", () => {
  const tabs = weChatNewTabs();
  let page: Page;
  /** A fresh editor with a clean visible draft; `hidden` is the chunk only the JS API returns. */
  async function open(hidden?: string): Promise<void> {
    page = await tabs.open(hidden);
  }

  it('stops a clean visible draft whose unrendered chunk holds a phone number, and lists the number', async () => {
    await open(WECHAT_HIDDEN);
    await page.locator('#js_send button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.gpg-gate-list').innerText()).toContain('13800138000');
    expect(await pagePublishCount(page)).toBe(0);
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await pagePublishCount(page)).toBe(0);
  });

  it('records the override of a finding only the unrendered chunk holds, with its rule and category', async () => {
    await open(WECHAT_HIDDEN);
    await page.locator('#js_send button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator('textarea').fill('该号码为单位公开的咨询电话，已核实可以公开');
    await dialog.getByRole('button', { name: '仍然发表' }).click();
    await expect.poll(() => pagePublishCount(page)).toBe(1);
    const records = await recordsOf(tabs.browser());
    const record = newestRecord(records);
    expect(record).toMatchObject({
      findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
      categories: ['personal-data'],
      overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开的咨询电话，已核实可以公开' }],
      overridden: 1,
    });
    // The snapshot is the page's whole body (the default excerpt of it), unrendered chunk included,
    // with the personal data in it masked as the log keeps it.
    expect((record!.snapshot as { text: string }).text).toBe(`${WECHAT_CLEAN}\n${WECHAT_HIDDEN.replace('13800138000', '138****8000')}`);
  });

  it('publishes the same draft without the hidden chunk, with no dialog', async () => {
    await open();
    await page.locator('#js_send button').click();
    await expect.poll(() => pagePublishCount(page)).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
