/**
 * Large drafts are checked in slices while typing: the results must be exactly those of a check
 * in one go, shown for the latest draft only — in a plain contenteditable editor and in a real
 * ProseMirror editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';
import { syntheticDraft } from '../bench/drafts';

const EDITORS = [
  {
    name: 'WeChat (contenteditable)',
    url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN',
    pattern: /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/,
    fixture: 'wechat-basic.html',
    body: '.rich_media_content',
  },
  {
    name: 'Toutiao (ProseMirror)',
    url: 'https://mp.toutiao.com/profile_v4/graphic/publish',
    pattern: /^https:\/\/mp\.toutiao\.com\/profile_v4\/graphic\/publish/,
    fixture: 'toutiao-article.html',
    body: '.syl-editor > .ProseMirror',
  },
];

// 20,000 characters of clean prose: well over the size checked in slices, with nothing blocking.
const CLEAN = syntheticDraft(60_000, 3)
  .split('\n')
  .filter((line) => !/\d{11}|\*\*\*\*|患者|李某|来源/.test(line))
  .join('')
  .slice(0, 20_000);

describe('large drafts checked in slices', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const e of EDITORS) await serveFixture(browser.context, e.pattern, e.fixture);
  });
  afterAll(async () => browser?.close());

  for (const editorCase of EDITORS) {
    it(`${editorCase.name}: a 20,000-character draft is checked, then a phone typed at its end blocks`, async () => {
      const page = await browser.context.newPage();
      await page.goto(editorCase.url);
      const editor = page.locator(editorCase.body);
      await editor.click();
      await page.keyboard.insertText(CLEAN);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('govpost-guard')?.getAttribute('data-status') ?? null), { timeout: 30_000 })
        .not.toBeNull();
      await expect
        .poll(() => guardState(page), { timeout: 30_000 })
        .toEqual({ status: expect.stringMatching(/^(ok|warn)$/), findings: expect.any(String) });
      const clean = await guardState(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('举报人电话13912345678');
      // The number blocks; the words around it (举报人) may also raise the sign-off tier, which the
      // guard reminds of since Art. 21 applies by default: one or two findings more than before.
      await expect.poll(() => guardState(page), { timeout: 30_000 }).toMatchObject({ status: 'block' });
      expect(Number((await guardState(page)).findings) - Number(clean.findings)).toBeGreaterThanOrEqual(1);
      // The guard only read: the editor holds exactly what was typed.
      const text = await editor.evaluate((el) => el.textContent ?? '');
      expect(text.replace(/\s/g, '')).toContain('举报人电话13912345678');
      expect(text.length).toBeGreaterThanOrEqual(20_000);
      await page.close();
    });
  }

  it('a newer draft wins over a check still running: masking the number by typing clears the block', async () => {
    const e = EDITORS[1];
    const page = await browser.context.newPage();
    await page.goto(e.url);
    await page.locator(e.body).click();
    await page.keyboard.insertText(`${CLEAN}举报人电话13912345678`);
    await expect.poll(() => guardState(page), { timeout: 30_000 }).toMatchObject({ status: 'block' });
    // Replace the last eight digits with a masked form, typing it.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('****5678');
    await expect.poll(() => guardState(page), { timeout: 30_000 }).toMatchObject({ status: expect.stringMatching(/^(ok|warn)$/) });
    await page.close();
  });
});
