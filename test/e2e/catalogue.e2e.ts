/**
 * The rule catalogue (rules.html) in real Chromium: it lists exactly the rules
 * `check --list-rules` lists, quotes their articles, lists the uncovered articles, searches, prints
 * without its controls, and each example's 'try it' link opens that sample on the practice page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/check';
import { launchWithExtension, type GuardBrowser } from '../harness/browser';

const listed = () => {
  const r = run(['--list-rules', '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).rules as { id: string; basis: { article: number }[] }[];
};

describe('rule catalogue page', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('lists every rule --list-rules lists, with its articles in full, and the articles no rule covers', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/rules.html`);
    await expect.poll(() => page.title()).toBe('政务发布守门员 · 规则目录');
    const rules = listed();
    expect(await page.locator('article.rule').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')))).toEqual(
      rules.map((r) => r.id),
    );

    const mobile = page.locator('article[data-rule="no-unmasked-mobile"]');
    const text = await mobile.innerText();
    expect(text).toContain('手机号码未脱敏');
    expect(text).toContain('除惩戒公示、强制性信息披露外，应去标识化技术性处理');
    expect(text).toContain('13800138000');
    // Options in words people read, not their names in the code.
    const options = await page.locator('article[data-rule="no-commercial-content"] .options').innerText();
    expect(options).toContain('阻止发表的商业信号分值\t数字\t6');
    expect(options).toContain('网店域名（每行一个）\t词语列表');
    expect(options).not.toMatch(/blockScore|string\[\]|\bnumber\b/);

    const covered = new Set(rules.flatMap((r) => r.basis.map((b) => b.article)));
    const uncovered = await page
      .locator('.uncovered-article .article-text')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-article'))));
    expect(uncovered).toEqual(Array.from({ length: 49 }, (_, i) => i + 1).filter((n) => !covered.has(n)));
    expect(await page.locator('#article-23').innerText()).toContain('每2周至少发布1条原创信息');
    if (process.env.GOVPOST_SCREENSHOTS === '1') {
      mkdirSync(join(import.meta.dirname, '../screenshots'), { recursive: true });
      await page.screenshot({ path: join(import.meta.dirname, '../screenshots/rules.png') });
    }

    // Printing hides the search and the links; the content stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.try-it').first().isVisible()).toBe(false);
    expect(await mobile.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('searches, and a try-it link opens the example on the practice page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/rules.html`);
    await page.getByRole('searchbox').fill('审图号');
    await expect.poll(() => page.locator('article.rule').count()).toBe(1);
    expect(await page.locator('article.rule').getAttribute('data-rule')).toBe('no-map-without-approval-number');
    expect(page.url()).toContain('?q=');

    await page.locator('article.rule .examples-invalid .try-it').nth(1).click();
    await page.waitForURL(/practice\.html\?sample=rule%3Ano-map-without-approval-number%3Ainvalid%3A1/);
    await expect.poll(() => page.locator('#practice-editor').innerText()).toContain('下图为新建高速公路线路图');
    await expect.poll(() => page.locator('.gpg-badge .gpg-status').innerText()).toBe('1 个问题');
    expect(await page.locator('[data-sample="rule:no-map-without-approval-number:invalid:1"]').getAttribute('aria-current')).toBe('true');
    await page.close();
  });
});
