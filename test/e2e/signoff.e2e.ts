/**
 * Art. 21 on a fresh install, where the office uses no reviewer keys: a major draft stops at 发表
 * until the editor declares who signed it off (name, title, time); the record keeps that as a
 * declared sign-off, distinct from a verified signature, and the dashboard lists it under
 * "major without verified approval". An important draft reminds but publishes.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardState, newestRecord, openDashboard, pagePublishCount, storedRecords, type GuardBrowser } from '../harness/browser';
import { launchWithWeChatBasic, openWeChatBasic } from '../harness/wechat';

const MAJOR = '漾濞县发生5.1级地震，造成2人受伤。';
const IMPORTANT = '一季度全市地区生产总值同比增长5.1%。';

const openEditor = (browser: GuardBrowser, text: string): Promise<Page> => openWeChatBasic(browser, text, '情况通报');

/** README screenshots, refreshed only on request (GOVPOST_SCREENSHOTS=1). */
const shoot = async (page: Page, name: string) => {
  if (process.env.GOVPOST_SCREENSHOTS === '1') await page.screenshot({ path: join(import.meta.dirname, '../screenshots', name) });
};

describe('declared sign-off where no reviewer keys are used', () => {
  let browser: GuardBrowser;
  let extensionPage: Page;
  beforeAll(async () => {
    browser = await launchWithWeChatBasic();
    extensionPage = await openDashboard(browser);
  });
  afterAll(async () => browser?.close());

  it('stops a major draft at 发表 until the sign-off is declared, then records it as declared', async () => {
    const before = (await storedRecords(extensionPage)).length;
    const page = await openEditor(browser, MAJOR);
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('第二十一条');
    const form = dialog.locator('.gpg-signoff');
    expect(await form.innerText()).toContain('登记签发');
    // Major information is signed off by the principal leader only.
    expect(
      await form.locator('select[name="gpg-signoff-role"]').evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.text)),
    ).toEqual(['主要领导']);
    // Without a name nothing is released.
    await form.getByRole('button', { name: '已签发，登记后继续' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('请填写签发人姓名。');
    expect(await pagePublishCount(page)).toBe(0);

    await form.locator('input[name="gpg-signoff-name"]').click();
    await page.keyboard.type('李某');
    await shoot(page, 'editor-signoff.png');
    await form.getByRole('button', { name: '已签发，登记后继续' }).click();
    await expect.poll(() => pagePublishCount(page)).toBe(1);
    expect(await dialog.count()).toBe(0);
    const records = await storedRecords(extensionPage);
    expect(records).toHaveLength(before + 1);
    const record = newestRecord(records)!;
    expect(record.requiredApproval).toBe('major');
    expect(record.approval).toMatchObject({
      coverage: 'declared',
      declaredName: '李某',
      declaredRole: 'principal-leader',
      token: null,
      reviewer: '主要领导 李某',
    });
    expect(Date.parse((record.approval as { declaredAt: string }).declaredAt)).toBeLessThanOrEqual(Date.now());
    expect(record.overridden).toBe(0);
    await page.close();
  });

  it('asks again after the draft changes: a declaration covers exactly the content it was made for', async () => {
    const page = await openEditor(browser, MAJOR);
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator('input[name="gpg-signoff-name"]').click();
    await page.keyboard.type('李某');
    await dialog.getByRole('button', { name: '已签发，登记后继续' }).click();
    await expect.poll(() => pagePublishCount(page)).toBe(1);
    await page.locator('.rich_media_content').click();
    await page.keyboard.press('End');
    await page.keyboard.type('另有1人失踪。');
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.locator('#js_send').click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.gpg-signoff').count()).toBe(1);
    await dialog.getByRole('button', { name: '返回修改' }).click();
    expect(await pagePublishCount(page)).toBe(1);
    await page.close();
  });

  it('reminds for an important draft without stopping it', async () => {
    const page = await openEditor(browser, IMPORTANT);
    await expect.poll(async () => (await guardState(page)).status).toBe('warn');
    await page.locator('#js_send').click();
    await expect.poll(() => pagePublishCount(page)).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    const record = newestRecord(await storedRecords(extensionPage))!;
    expect(record.requiredApproval).toBe('important');
    expect(record.approval).toMatchObject({ coverage: 'none', status: 'missing' });
    await page.close();
  });

  it('lists declared and uncovered major posts under "major without verified approval" in the dashboard', async () => {
    await extensionPage.reload();
    const total = () => extensionPage.locator('#log-list').getAttribute('data-total');
    await expect.poll(total).toBe('3');
    await extensionPage.locator('input[name="major-unverified"]').check();
    await expect.poll(total).toBe('2');
  });
});
