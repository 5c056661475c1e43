/**
 * The platform's own page is untrusted code. These tests run a hostile page script next to the
 * guard in real Chromium and check it can neither read the guard's UI nor drive it.
 *
 * Playwright reaches the closed UI through the DevTools protocol (test/harness/closed-root.ts), a
 * privilege no page has; a synthetic event dispatched there stands for any reference a page script
 * might have obtained. Real clicks and typing afterwards prove the same controls work for a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardState, newestRecord, openDashboard, pagePublishCount, storedRecords, type GuardBrowser } from '../harness/browser';
import { launchWithWeChatBasic, openWeChatBasic } from '../harness/wechat';

const PHONE = '13912345678';

const openEditor = (browser: GuardBrowser, text: string): Promise<Page> => openWeChatBasic(browser, text, '关于开展冬季森林防火检查的通知');

describe('a hostile page script', () => {
  let browser: GuardBrowser;
  let extensionPage: Page;
  beforeAll(async () => {
    browser = await launchWithWeChatBasic();
    extensionPage = await openDashboard(browser);
  });
  afterAll(async () => browser?.close());

  it('cannot read the guard panel or the gate dialog: the shadow root is closed and events leave nothing behind', async () => {
    const page = await openEditor(browser, `举报人电话 ${PHONE}`);
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    // A page listener records what a click in the guard's UI shows it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      window.addEventListener(
        'click',
        (e) =>
          seen.push(
            e
              .composedPath()
              .map((n) => (n as Element).localName ?? '#')
              .join('>'),
          ),
        true,
      );
    });
    await page.locator('govpost-guard .gpg-summary').click();
    await page.locator('#js_send').click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    // What we see as the user: the finding with the article.
    expect(await page.getByRole('dialog').innerText()).toContain('第二十四条');

    const probe = await page.evaluate(() => {
      const host = document.querySelector('govpost-guard') as HTMLElement;
      let reopen = 'allowed';
      try {
        host.attachShadow({ mode: 'open' });
      } catch (e) {
        reopen = (e as Error).name;
      }
      return {
        shadowRoot: host.shadowRoot === null,
        childNodes: host.childNodes.length,
        text: host.textContent,
        dialogs: document.querySelectorAll('[role="dialog"]').length,
        // The page's own text has the number (it is the page's draft); nothing of the guard's does.
        guardWords: document.body.innerText.includes('第二十四条') || document.body.innerText.includes('仍然发表'),
        reopen,
        seen: (window as unknown as { seen: string[] }).seen,
        active: document.activeElement?.localName,
      };
    });
    expect(probe).toMatchObject({ shadowRoot: true, childNodes: 0, text: '', dialogs: 0, guardWords: false, reopen: 'NotSupportedError' });
    // The click on the badge reached the page's listener retargeted at the host: nothing inside shows.
    expect(probe.seen[0]).toMatch(/^govpost-guard>body>html>#/);
    // Focus in the dialog shows as the host.
    expect(probe.active).toBe('govpost-guard');
    await page.close();
  });

  it('cannot publish through 仍然发表 with synthetic events; a person typing and clicking can', async () => {
    const before = (await storedRecords(extensionPage)).length;
    const page = await openEditor(browser, `举报人电话 ${PHONE}`);
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const reason = dialog.locator('textarea');
    const override = dialog.getByRole('button', { name: '仍然发表' });
    // The script writes a reason the way scripts do (value + input event), then clicks and presses Enter.
    await reason.evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      area.value = '页面脚本伪造的理由，用来绕过审核';
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      area.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    expect(await override.isDisabled()).toBe(true);
    await override.evaluate((el) => {
      (el as HTMLButtonElement).disabled = false;
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (el as HTMLButtonElement).click();
    });
    await reason.evaluate((el) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true })),
    );
    // Nothing was released: the dialog is still there, waiting for a person.
    expect(await dialog.isVisible()).toBe(true);
    expect(await pagePublishCount(page)).toBe(0);

    // A person types the reason and clicks: published once, with the person's reason.
    await reason.fill('');
    await reason.pressSequentially('该号码为举报人本人同意公开的联系电话');
    await override.click();
    await expect.poll(() => page.locator('#published').isVisible()).toBe(true);
    expect(await pagePublishCount(page)).toBe(1);
    const records = await storedRecords(extensionPage);
    expect(records.length).toBe(before + 1);
    expect(JSON.stringify(records)).not.toContain('页面脚本伪造的理由');
    expect(JSON.stringify(records)).toContain('该号码为举报人本人同意公开的联系电话');
    await page.close();
  });

  it('cannot mask or apply a suggestion with a synthetic click; a real click masks through the editor', async () => {
    const page = await openEditor(browser, `举报人电话 ${PHONE}`);
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.locator('govpost-guard .gpg-summary').click();
    const maskAll = page.locator('govpost-guard .gpg-mask-all');
    // dispatchEvent runs listeners synchronously: had the guard acted, the editor would already differ.
    const after = await maskAll.evaluate((el) => {
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (el as HTMLButtonElement).click();
      return document.querySelector('.rich_media_content')!.textContent;
    });
    expect(after).toContain(PHONE);
    await maskAll.click();
    await expect.poll(() => page.locator('.rich_media_content').innerText()).toBe('举报人电话 139****5678');
    await page.close();
  });

  it('cannot declare a sign-off with synthetic events; the record carries the name a person typed', async () => {
    const page = await openEditor(browser, '漾濞县发生5.1级地震，造成2人受伤。');
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const name = dialog.locator('input[name="gpg-signoff-name"]');
    const declare = dialog.getByRole('button', { name: '已签发，登记后继续' });
    await name.evaluate((el) => {
      (el as HTMLInputElement).value = '页面伪造';
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await declare.evaluate((el) => {
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (el as HTMLButtonElement).click();
    });
    expect(await pagePublishCount(page)).toBe(0);
    await name.fill('');
    await name.pressSequentially('李某');
    await declare.click();
    await expect.poll(() => pagePublishCount(page)).toBe(1);
    const record = newestRecord(await storedRecords(extensionPage))!;
    expect(record.approval).toMatchObject({ coverage: 'declared', declaredName: '李某' });
    await page.close();
  });

  it('cannot open the review page from the platform page with a synthetic click; a person can', async () => {
    // This browser gets a signing key, so the panel offers the review page.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#approval`);
    await options.locator('input[name="approval-name"]').fill('李某');
    await options.locator('select[name="approval-role"]').selectOption('principal-leader');
    await options.locator('#approval-create-key').click();
    await expect.poll(() => options.locator('#approval-public-key').inputValue()).toMatch(/^GPGKEY1\./);
    await options.close();

    const page = await openEditor(browser, '漾濞县发生5.1级地震，造成2人受伤。');
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.locator('govpost-guard .gpg-summary').click();
    const review = page.locator('govpost-guard .gpg-review');
    await review.evaluate((el) => {
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (el as HTMLButtonElement).click();
    });
    const opened = browser.context.waitForEvent('page');
    await review.click();
    const first = await opened;
    await first.waitForURL(/\/review\.html#/);
    // Only the person's click opened one; the review page shows the draft.
    await expect.poll(() => first.locator('.review-body').innerText()).toContain('漾濞县发生5.1级地震');
    expect(browser.context.pages().filter((p) => p.url().includes('/review.html')).length).toBe(1);
    await first.close();
    await page.close();
  });
});
