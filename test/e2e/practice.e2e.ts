/**
 * Training mode in real Chromium: the first-run page, the practice page's sample
 * library with the platform guard's own badge, highlights and gate, presentation mode stepping
 * through findings with the articles in full, an exercise scored, and practice publishes kept out
 * of the publication log. Screenshots for the README only with GOVPOST_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, publicationCount, type GuardBrowser } from '../harness/browser';

const SCREENSHOTS = join(import.meta.dirname, '../screenshots');
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.GOVPOST_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Selects `text` inside the practice editor, as a trainee dragging the mouse would. */
async function selectInEditor(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const root = document.querySelector('#practice-editor .ProseMirror')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`not in the editor: ${needle}`);
  }, text);
}

const badgeText = (page: Page) => page.locator('.gpg-badge .gpg-status').innerText();
const highlightCount = (page: Page, name: string) => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

describe('training mode', () => {
  let browser: GuardBrowser;
  let base: string;
  beforeAll(async () => {
    browser = await launchWithExtension({ keepWelcome: true });
    base = `chrome-extension://${browser.extensionId}`;
  });
  afterAll(async () => browser?.close());

  it('opens the first-run page on install, which explains the guard and offers the practice page', async () => {
    const welcomeUrl = `${base}/welcome.html`;
    await expect.poll(() => browser.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 10_000 }).toBe(true);
    const welcome = browser.context.pages().find((p) => p.url() === welcomeUrl)!;
    await welcome.locator('h1').waitFor();
    expect(await welcome.title()).toBe('政务发布守门员 · 欢迎使用');
    const text = await welcome.locator('main').innerText();
    expect(text).toContain('数据不出本机');
    expect(text).toContain('图钉');
    expect(text).toContain('第二十四条');
    await screenshot(welcome, 'welcome');
    await welcome.locator('#open-practice').click();
    await welcome.waitForURL(/practice\.html/);
    expect(await welcome.locator('#practice-title').inputValue()).toBe('关于新增1例本土确诊病例的情况通报');
    await welcome.close();
  });

  it('is linked from the popup, as is the rule catalogue', async () => {
    for (const [button, path] of [
      ['#open-practice', '/practice.html'],
      ['#open-rules', '/rules.html'],
    ]) {
      // The popup closes itself after opening the page, as the toolbar popup does.
      const popup = await browser.context.newPage();
      await popup.goto(`${base}/popup.html`);
      const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url() === `${base}${path}` });
      await popup.locator(button).click();
      const page = await opened;
      expect(new URL(page.url()).pathname).toBe(path);
      await page.close();
      await popup.close().catch(() => undefined);
    }
  });

  it("loads samples into the editor with the platform guard's badge, highlights and gate; a practice publish stays out of the log", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/practice.html?sample=composite:dibao-list`);
    await expect.poll(() => page.title()).toBe('政务发布守门员 · 练习与培训');
    await expect.poll(() => page.locator('.gpg-badge').getAttribute('class')).toContain('gpg-block');
    await expect.poll(() => badgeText(page)).toBe('5 个问题');
    expect(await highlightCount(page, 'govpost-block')).toBe(5);
    // The editor's DOM holds only the draft: highlights are painted, not inserted.
    expect(await page.locator('#practice-editor .ProseMirror mark, #practice-editor [class*="gpg"]').count()).toBe(0);

    // One-click masking through the panel, as on a platform, then the library loads another sample.
    await page.locator('.gpg-summary').click();
    await screenshot(page, 'practice');
    await page.locator('.gpg-mask-all').click();
    await expect.poll(() => page.locator('#practice-editor').innerText()).toContain('139****1234');
    await page.locator('[data-sample="composite:repost"]').click();
    await expect.poll(() => page.locator('#practice-title').inputValue()).toBe('我省出台促进消费十条措施');
    await expect.poll(() => page.locator('.gpg-finding[data-rule="no-untraceable-repost"]').count()).toBe(1);

    // The gate stops the practice publish; publishing anyway with a reason lists it on the page only.
    const before = await publicationCount(browser);
    await page.locator('#practice-publish').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('第二十五条');
    await dialog.locator('textarea').fill('培训演示：说明强制发表会记录理由');
    await dialog.getByRole('button', { name: '仍然发表' }).click();
    await expect.poll(() => page.locator('#practice-published li').count()).toBe(1);
    expect(await page.locator('#practice-published').innerText()).toContain('培训演示');
    expect(await publicationCount(browser)).toBe(before);
    await page.close();
  });

  it('steps through the findings in presentation mode with each article quoted in full, and reveals the fix', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/practice.html?sample=composite:epidemic-bulletin&mode=present`);
    await expect.poll(() => page.locator('#step-counter').innerText()).toBe('第 1 / 3 个问题');
    expect(await page.locator('.step').getAttribute('data-rule')).toBe('approval-tier');
    expect(await page.locator('.step .article-text').first().innerText()).toContain('一般情况下，信息内容的审核发布');
    // Large type for the projector.
    expect(await page.locator('.editor .ProseMirror').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(
      24,
    );

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#step-counter').innerText()).toBe('第 2 / 3 个问题');
    const step = page.locator('.step');
    expect(await step.getAttribute('data-rule')).toBe('no-personal-name');
    const articles = await step.locator('.article-text').allInnerTexts();
    expect(articles[0]).toContain('第二十四条');
    expect(articles[0]).toContain('除惩戒公示、强制性信息披露外，应去标识化技术性处理');
    expect(articles[0]).toContain('公职人员未经所在单位同意');
    expect(articles[1]).toContain('第四十条');
    // The step's text is painted in the editor (no selection, so the keys keep working).
    expect(await highlightCount(page, 'govpost-practice-step')).toBe(1);
    expect(await page.locator('#step-fix').count()).toBe(0);
    await page.locator('#reveal-fix').click();
    expect(await page.locator('#step-fix').innerText()).toContain('去标识化');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'practice-presentation');

    await page.locator('#step-next').click();
    await expect.poll(() => page.locator('#step-counter').innerText()).toBe('第 3 / 3 个问题');
    expect(await page.locator('.step').getAttribute('data-rule')).toBe('no-detailed-address');
    expect(await page.locator('#step-next').isDisabled()).toBe(true);
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('#step-counter').innerText()).toBe('第 2 / 3 个问题');

    // The corrected draft leaves only the approval tier to present.
    await page.keyboard.press('f');
    await page.locator('#load-fixed').click();
    await expect.poll(() => page.locator('#step-counter').innerText()).toBe('第 1 / 1 个问题');
    await page.close();
  });

  it('scores an exercise: the trainee marks before the findings are shown', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/practice.html?sample=composite:epidemic-bulletin`);
    await expect.poll(() => badgeText(page)).toBe('2 个问题');
    await page.locator('#mode-exercise').click();
    // Nothing gives the answer away: no badge, no publish button, highlights unpainted, editor read-only.
    await expect.poll(() => page.locator('.gpg-badge').count()).toBe(0);
    expect(await page.locator('#practice-publish').count()).toBe(0);
    expect(await page.locator('.editor .ProseMirror').getAttribute('contenteditable')).toBe('false');
    const painted = () =>
      page
        .locator('#practice-editor p', { hasText: '张丽萍' })
        .evaluate((el) => getComputedStyle(el, '::highlight(govpost-block)').backgroundColor);
    expect(await painted()).toBe('rgba(0, 0, 0, 0)');

    expect(await page.locator('#mark-selection').isDisabled()).toBe(true);
    await selectInEditor(page, '张丽萍');
    await expect.poll(() => page.locator('#mark-selection').isDisabled()).toBe(false);
    await page.locator('#mark-selection').click();
    await selectInEditor(page, '定点医院');
    await page.locator('#mark-selection').click();
    expect(await page.locator('.marks li').allInnerTexts()).toEqual([
      expect.stringContaining('张丽萍'),
      expect.stringContaining('定点医院'),
    ]);
    expect(await highlightCount(page, 'govpost-practice-mark')).toBe(2);
    await page.getByLabel('重大敏感信息').check();

    await page.locator('#exercise-submit').click();
    const result = page.locator('#exercise-result');
    await result.waitFor();
    // One of two problems found, one false alarm, the tier right: (1 + 1 − 1) / 3.
    expect(await result.getAttribute('data-score')).toBe('33');
    const text = await result.innerText();
    expect(text).toContain('找出 1 / 2 个问题，误标 1 处');
    expect(text).toContain('审核级别判断正确');
    expect(await result.locator('.missed').innerText()).toContain('阳光花园小区3幢1单元601室');
    await expect.poll(() => badgeText(page)).toBe('2 个问题');
    expect(await painted()).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, 'practice-exercise');

    await page.locator('#exercise-retry').click();
    await expect.poll(() => page.locator('.marks li').count()).toBe(0);
    await page.close();
  });
});
