/**
 * The editor's whole day on every platform fixture, in Debian's Chromium with the built
 * extension and each platform's real editor library: a typed phone number is highlighted in place
 * (rich editors; a textarea cannot carry highlights, so its finding is only listed), its masking
 * suggestion is applied through the editor's own input path and the editor's own undo brings the
 * number back, the publish control is stopped by the gate and released once with a written
 * reason, and text composed through an IME is checked only when the composition ends.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';
import type { ProbeResult } from '../fixtures/platforms/src/probe';
import { VARIANTS, type FixtureVariant } from '../fixtures/platforms/variants';

const PROBE = join(FIXTURE_DIR, 'dist/probe.js');

const PHONE = '请联系 13800138000';
const MASKED = '138****8000';
const REASON = '该号码为本单位公开的值班手机号码';

const exactUrl = (url: string) => new RegExp(`^${url.replace(/#.*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const guard = (page: Page) => page.locator('govpost-guard');

/** The frame the editor lives in (UEditor's iframe, or the page). */
function editorFrame(page: Page, v: FixtureVariant): Frame {
  if (!v.frame) return page.mainFrame();
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error(`no editor frame in ${v.fixture}`);
  return frame;
}

async function focusEditor(page: Page, v: FixtureVariant): Promise<void> {
  if (v.frame) await page.frameLocator(v.frame).locator('body').click();
  else await page.locator(v.body!).first().click();
  await page.keyboard.press('End');
}

async function editorText(page: Page, v: FixtureVariant): Promise<string> {
  return editorFrame(page, v)
    .locator(v.frame ? 'body' : v.body!)
    .first()
    .evaluate((el) => ('value' in el && typeof el.value === 'string' ? el.value : ((el as HTMLElement).innerText ?? '')));
}

/** Clicks the publish control the adapter finds (a div-button on Kuaishou and Bilibili 动态). */
async function clickPublish(page: Page, v: FixtureVariant): Promise<void> {
  await page.addScriptTag({ path: PROBE });
  const found = await page.evaluate(
    ([id, body, title]) =>
      (window as unknown as { __gpgProbe(a: string, b: string, t: string | null): ProbeResult }).__gpgProbe(id, body, title),
    [v.adapter, v.body ?? 'body', v.title ?? null] as const,
  );
  expect(found.publish[0]?.label).toBe(v.publish!.label);
  await page.mouse.click(found.publish[0].x, found.publish[0].y);
}

const publishCount = (page: Page) => page.evaluate(() => document.body.dataset.publishCount ?? '0');

/** The editor library's own model of the body (what the page would send); null where the DOM is the model. */
const model = (page: Page) => page.evaluate(() => (window as unknown as { __gpgModel?: () => string }).__gpgModel?.() ?? null);
/** Text without whitespace: libraries differ in how they separate paragraphs (a block, a hard break). */
const squeeze = (text: string | null) => text?.replace(/\s+/g, '') ?? null;

/** The editor is mounted, and a UEditor frame's body has been made editable by its own script. */
async function editorReady(page: Page, v: FixtureVariant): Promise<void> {
  await page.waitForFunction(() => Number(document.body.dataset.mounted ?? '0') >= 1);
  if (v.frame) await page.waitForFunction(() => document.body.dataset.editable === '1');
}

const CHECKED = VARIANTS.filter((v) => v.adapter !== 'generic' && !v.noEditor);

describe('the editor flow on every platform', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const v of CHECKED) await serveFixture(browser.context, exactUrl(v.url), v.fixture);
  });
  afterAll(async () => browser?.close());

  for (const v of CHECKED) {
    describe(`${v.adapter}: ${v.fixture}`, () => {
      let page: Page;
      const textarea = /textarea/.test(v.body ?? '');
      beforeAll(async () => {
        page = await browser.context.newPage();
        await page.goto(v.url);
        await editorReady(page, v);
      });
      afterAll(async () => page?.close());

      it('highlights a typed phone number in place and lists it in the panel', async () => {
        await focusEditor(page, v);
        // Two paragraphs, the caret left in the second: the mask must land in the first only.
        await page.keyboard.type(PHONE);
        await page.keyboard.press('Enter');
        await page.keyboard.type('第二段');
        await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
        if (!textarea) {
          const frame = editorFrame(page, v);
          await expect.poll(() => frame.evaluate(() => CSS.highlights.get('govpost-block')?.size ?? 0)).toBe(1);
        }
        await guard(page).locator('.gpg-summary').click();
        expect(await guard(page).locator('.gpg-finding[data-rule="no-unmasked-mobile"]').count()).toBe(1);
      });

      it("applies the masking suggestion through the editor, and the editor's undo restores the number", async () => {
        const hasModel = (await model(page)) !== null;
        await guard(page).locator('.gpg-apply').first().click();
        await expect.poll(() => editorText(page, v)).toContain(MASKED);
        await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
        // The library's own state holds exactly the masked text, the other paragraph untouched.
        if (hasModel) expect(squeeze(await model(page))).toBe(`请联系${MASKED}第二段`);
        expect(await editorText(page, v)).toContain('第二段');
        await focusEditor(page, v);
        await page.keyboard.press('Control+z');
        await expect.poll(() => editorText(page, v)).toContain('13800138000');
        if (hasModel) await expect.poll(async () => squeeze(await model(page))).toBe('请联系13800138000第二段');
        await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      });

      it('stops the publish control while the number is there, and releases it once with a written reason', async () => {
        await clickPublish(page, v);
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.isVisible()).toBe(true);
        expect(await publishCount(page)).toBe('0');
        await dialog.locator('textarea').fill(REASON);
        await dialog.getByRole('button', { name: '仍然发表' }).click();
        await expect.poll(() => publishCount(page)).toBe('1');
        expect(await dialog.count()).toBe(0);
      });

      it('does not check while an IME composes, and checks as soon as the composition ends', async () => {
        // A fresh page: an empty editor, nothing to report.
        // Through about:blank: the same URL with a #fragment would only be a fragment navigation.
        await page.goto('about:blank');
        await page.goto(v.url);
        await editorReady(page, v);
        await focusEditor(page, v);
        await page.keyboard.type('今天');
        await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Input.imeSetComposition', { text: '电话13912345678', selectionStart: 13, selectionEnd: 13 });
        // Well past the 300 ms debounce: nothing is checked mid-composition.
        await page.waitForTimeout(700);
        expect(await guardState(page)).toEqual({ status: 'ok', findings: '0' });
        await cdp.send('Input.insertText', { text: '电话13912345678' });
        await expect.poll(() => guardState(page), { timeout: 3000 }).toEqual({ status: 'block', findings: '1' });
        await cdp.detach();
      });
    });
  }
});
