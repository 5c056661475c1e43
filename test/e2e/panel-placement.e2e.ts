/**
 * The guard's panel opens clear of the editor's text, and the toggle stays where it was, in real
 * Chromium with the built extension: a narrow ProseMirror editor, the same kind of page laid out
 * with a full-width editor, an editor in a same-origin iframe, a plain textarea, a window resized
 * while the panel is open, and a window too narrow for anything but the corner (where the panel
 * says so and folds away).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VARIANTS } from '../fixtures/platforms/variants';
import { guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';

const MOBILE = '13987654321';
const variant = (fixture: string) => VARIANTS.find((v) => v.fixture === fixture)!;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the panel avoids the editor', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const f of ['wechat-new.html', 'wechat-legacy.html', 'weibo-home.html', 'toutiao-article.html'])
      await serveFixture(browser.context, variant(f).url.replace(/#.*$/, ''), f);
  });
  afterAll(async () => browser?.close());

  /** Opens the fixture, types a draft with a phone number into its editor, and returns the editor's locator. */
  async function draftIn(
    fixture: string,
    viewport: { width: number; height: number },
    layout?: string,
  ): Promise<{ page: Page; editor: Locator }> {
    const v = variant(fixture);
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(v.url);
    if (layout) await page.addStyleTag({ content: layout });
    // In a frame the editor the user sees is the frame itself.
    const editor = v.frame ? page.locator(v.frame) : page.locator(v.body!).first();
    if (v.frame) {
      const body = page.frameLocator(v.frame).locator('body[contenteditable="true"]');
      await body.waitFor();
      await body.click();
    } else await editor.click();
    await page.keyboard.type(`失主电话${MOBILE}，请联系。`);
    await expect.poll(async () => (await guardState(page)).status).toBe('block');
    // Clicking scrolled the editor into view; the person scrolls back to the top of the page.
    await page.mouse.wheel(0, -5000);
    await page.waitForFunction(() => scrollY === 0);
    return { page, editor };
  }

  /** Clicks the toggle and returns the panel's side and box, the editor's box, and the toggle's box before and after. */
  async function openPanel(page: Page, editor: Locator, clear = true) {
    const toggle = page.locator('govpost-guard').locator('.gpg-summary');
    const before = (await toggle.boundingBox())!;
    await toggle.click();
    const panel = page.locator('govpost-guard').locator('#gpg-panel');
    await panel.waitFor();
    // The scroll just before may still be on its way to the guard (one animation frame).
    if (clear) await expect.poll(async () => overlaps((await panel.boundingBox())!, (await editor.boundingBox())!)).toBe(false);
    return {
      panel,
      side: await panel.getAttribute('data-side'),
      box: (await panel.boundingBox())!,
      field: (await editor.boundingBox())!,
      before,
      after: (await toggle.boundingBox())!,
    };
  }

  // Real editors fill the window: each layout stretches the fixture's editor down past the corner
  // where the panel used to open, so a panel at the corner would cover its text.
  it.each([
    {
      name: 'a narrow ProseMirror editor (WeChat), as tall as the window: to its right',
      fixture: 'wechat-new.html',
      viewport: { width: 1280, height: 800 },
      layout: '.rich_media_content > .ProseMirror { min-height: 900px; }',
      side: 'right',
    },
    {
      name: 'a full-width editor below the title and cover fields (Toutiao laid out wide): above it',
      fixture: 'toutiao-article.html',
      viewport: { width: 1280, height: 800 },
      layout:
        '#garfish_app_for_article { width: auto !important; margin: 400px 20px 20px !important; } .syl-editor > .ProseMirror { min-height: 900px; }',
      side: 'above',
    },
    {
      name: 'a full-width editor with room under it: below it',
      fixture: 'toutiao-article.html',
      viewport: { width: 1280, height: 1000 },
      layout:
        '#garfish_app_for_article { width: auto !important; margin: 20px !important; } .syl-editor > .ProseMirror { min-height: 560px; }',
      side: 'below',
    },
    {
      name: 'an editor in a same-origin iframe (UEditor), as tall as the window: to its right',
      fixture: 'wechat-legacy.html',
      viewport: { width: 1280, height: 800 },
      layout: '#ueditor_0 { height: 900px !important; }',
      side: 'right',
    },
    {
      name: 'a plain textarea (Weibo home), as tall as the window: to its right',
      fixture: 'weibo-home.html',
      viewport: { width: 1280, height: 800 },
      layout: 'textarea._input_1x2ab { height: 900px !important; }',
      side: 'right',
    },
    {
      name: 'the narrow editor in a 1024×768 window, tall but ending above the fold: below it',
      fixture: 'wechat-new.html',
      viewport: { width: 1024, height: 768 },
      layout: '.rich_media_content > .ProseMirror { min-height: 360px; }',
      side: 'below',
    },
  ])('$name', async ({ fixture, viewport, layout, side }) => {
    const { page, editor } = await draftIn(fixture, viewport, layout);
    const opened = await openPanel(page, editor);
    expect(overlaps(opened.box, opened.field)).toBe(false);
    expect(opened.after).toEqual(opened.before);
    expect(opened.side).toBe(side);
    // The panel still lists the finding, and the editor still holds exactly what was typed.
    expect(await opened.panel.innerText()).toContain(`手机号码“${MOBILE}”未脱敏`);
    const v = variant(fixture);
    const typed = v.frame ? page.frameLocator(v.frame).locator('body') : editor;
    expect(
      await typed.evaluate((el) => ('value' in el && typeof el.value === 'string' ? el.value : (el as HTMLElement).innerText)),
    ).toContain(`失主电话${MOBILE}`);
    await page.close();
  });

  it('moves out of the way when the window is resized with the panel open', async () => {
    const { page, editor } = await draftIn('wechat-new.html', { width: 1280, height: 800 });
    const opened = await openPanel(page, editor);
    expect(opened.side).toBe('right');
    expect(overlaps(opened.box, opened.field)).toBe(false);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => opened.panel.getAttribute('data-side')).toBe('below');
    const [box, field] = [(await opened.panel.boundingBox())!, (await editor.boundingBox())!];
    expect(overlaps(box, field)).toBe(false);
    await page.close();
  });

  it('follows the editor as the page scrolls: above it, then at the corner once the editor fills the window', async () => {
    const layout =
      '#garfish_app_for_article { width: auto !important; margin: 400px 20px 20px !important; } .syl-editor > .ProseMirror { min-height: 900px; }';
    const { page, editor } = await draftIn('toutiao-article.html', { width: 1280, height: 800 }, layout);
    const opened = await openPanel(page, editor);
    expect(opened.side).toBe('above');
    await page.mouse.wheel(0, 600);
    await expect.poll(() => opened.panel.getAttribute('data-side')).toBe('corner');
    expect(await opened.panel.locator('.gpg-covers').innerText()).toContain('面板挡住了部分正文');
    expect(await page.locator('govpost-guard').locator('.gpg-summary').boundingBox()).toEqual(opened.before);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => opened.panel.getAttribute('data-side')).toBe('above');
    expect(overlaps((await opened.panel.boundingBox())!, (await editor.boundingBox())!)).toBe(false);
    await page.close();
  });

  it('in a window too narrow for anything else, stays at the corner, says it covers the text, and folds away', async () => {
    const { page, editor } = await draftIn('wechat-new.html', { width: 420, height: 460 });
    const opened = await openPanel(page, editor, false);
    expect(opened.side).toBe('corner');
    expect(opened.after).toEqual(opened.before);
    const note = opened.panel.locator('.gpg-covers');
    expect(await note.innerText()).toContain('面板挡住了部分正文');
    await note.getByRole('button', { name: '收起面板' }).click();
    await expect.poll(() => opened.panel.count()).toBe(0);
    const toggle = page.locator('govpost-guard').locator('.gpg-summary');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.boundingBox()).toEqual(opened.before);
    await page.close();
  });
});
