/**
 * Hostile page scripts against the publish gate, in Debian's Chromium with the built extension:
 * every path a page can take to send a draft — a window-capture listener that grabs the click
 * before anyone else, form.requestSubmit() with or without a submitter, Enter in a form field —
 * is held while the draft has a blocking finding, and a clean draft goes through exactly once with
 * one record. (form.submit() fires no event an extension can hold: see the README.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guardState, launchWithExtension, publicationCount, type GuardBrowser } from '../harness/browser';

const URL = 'https://zhuanlan.zhihu.com/write';

// A composer in a form: a title input, the body textarea, a 发布 submit button. The page counts
// what it sent in data-sent; its scripts in <head> run before any page content exists, so the
// listeners they add at window capture are the earliest the page can have.
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>写文章</title>
<script>
  window.sent = () => { document.body.dataset.sent = String(Number(document.body.dataset.sent || 0) + 1); };
  // Hostile: grabs every click on 发布 at window capture, stops it for everyone else and sends.
  window.addEventListener('click', (e) => {
    if (e.target.closest && e.target.closest('#pub')) { e.stopImmediatePropagation(); e.preventDefault(); window.sent(); }
  }, true);
</script></head>
<body>
  <form id="f" action="/never" style="width:600px;margin:20px auto">
    <input id="title" name="title" placeholder="请输入标题" style="width:100%">
    <textarea id="body" name="body" placeholder="请输入正文" style="width:100%;height:200px"></textarea>
    <button id="pub" type="submit">发布</button>
  </form>
  <script>
    document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); window.sent(); });
  </script>
</body></html>`;

const sent = (page: Page) => page.evaluate(() => document.body.dataset.sent ?? '0');

describe('hostile page scripts cannot get a publish past the gate', () => {
  let browser: GuardBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.context.route(URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    await page?.close();
    page = await browser.context.newPage();
    await page.goto(URL);
    await page.locator('#title').fill('关于开展冬季森林防火检查的通知');
  });

  const typeBody = async (text: string, status: 'ok' | 'block') => {
    await page.locator('#body').click();
    await page.keyboard.type(text);
    await expect.poll(() => guardState(page)).toEqual({ status, findings: status === 'ok' ? '0' : '1' });
  };

  it("runs before a page listener at window capture: the page's own click grab never sees a blocked publish", async () => {
    const before = await publicationCount(browser);
    await typeBody('请患者家属联系 13800138000', 'block');
    await page.locator('#pub').click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await sent(page)).toBe('0');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await sent(page)).toBe('0');
    expect(await publicationCount(browser)).toBe(before);
  });

  it('holds form.requestSubmit() and requestSubmit(button) from a page script', async () => {
    const before = await publicationCount(browser);
    await typeBody('请患者家属联系 13800138000', 'block');
    await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).requestSubmit());
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: '返回修改' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.evaluate(() =>
      (document.getElementById('f') as HTMLFormElement).requestSubmit(document.getElementById('pub') as HTMLButtonElement),
    );
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await sent(page)).toBe('0');
    expect(await publicationCount(browser)).toBe(before);
  });

  it('holds Enter in a form field (implicit submission)', async () => {
    const before = await publicationCount(browser);
    await typeBody('请患者家属联系 13800138000', 'block');
    await page.locator('#title').press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await sent(page)).toBe('0');
    expect(await publicationCount(browser)).toBe(before);
  });

  it('lets a clean draft through each path exactly once per attempt, with one record for the unchanged draft', async () => {
    const before = await publicationCount(browser);
    await typeBody('今日全市森林火险等级为三级，请市民文明祭扫。', 'ok');
    await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).requestSubmit());
    await expect.poll(() => sent(page)).toBe('1');
    await expect.poll(() => publicationCount(browser)).toBe(before + 1);
    await page.locator('#title').press('Enter');
    await expect.poll(() => sent(page)).toBe('2');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await publicationCount(browser)).toBe(before + 1);
  });

  it('a synthetic click on 仍然发表 from the page does not publish', async () => {
    await typeBody('请患者家属联系 13800138000', 'block');
    await page.locator('#pub').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator('textarea').fill('该号码为举报人本人同意公开的联系电话');
    // A page script reaching into the guard's UI (where it can) and clicking for the user.
    await page.evaluate(() => {
      const root = document.querySelector('govpost-guard')?.shadowRoot;
      root?.querySelector<HTMLButtonElement>('.gpg-override')?.click();
    });
    // Had that click published, the dialog would be gone: the person's own click must still find it.
    const before = await publicationCount(browser);
    await dialog.getByRole('button', { name: '仍然发表' }).click();
    await expect.poll(() => sent(page)).toBe('1');
    await expect.poll(() => publicationCount(browser)).toBe(before + 1);
  });
});
