/**
 * Markup variants as a test dimension: every platform fixture page, loaded once per way a page can
 * wire its publish handler (test/fixtures/platforms/src/support/page.ts: on the control, on an
 * inner element, delegated to document, delegated at a framework root, the control re-rendered on
 * every input, a confirm step whose button has the same label). On each, in Chromium with the
 * built extension: a clean draft reaches the page's own handler on the first click, a second click
 * on the unchanged draft reaches it again but adds no record, and a draft with a blocking finding
 * never reaches it and writes nothing. A new fixture gets every variant for free.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, guardState, launchWithExtension, publicationCount, serveFixture, type GuardBrowser } from '../harness/browser';
import type { ProbeResult } from '../fixtures/platforms/src/probe';
import { PUBLISH_VARIANTS, type PublishVariant } from '../fixtures/platforms/src/support/page';
import { VARIANTS, type FixtureVariant } from '../fixtures/platforms/variants';

const PROBE = join(FIXTURE_DIR, 'dist/probe.js');
const CLEAN = '今日全市森林火险等级为三级';
const PHONE = '，请联系 13800138000';

const exactUrl = (url: string) => new RegExp(`^${url.replace(/#.*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const publishCount = (page: Page) => page.evaluate(() => document.body.dataset.publishCount ?? '0');

async function focusEditor(page: Page, v: FixtureVariant): Promise<void> {
  if (v.frame) await page.frameLocator(v.frame).locator('body').click();
  else await page.locator(v.body!).first().click();
  await page.keyboard.press('End');
}

/** Clicks, as a person does, the publish control the adapter finds; then the confirm step's same-label button. */
async function publish(page: Page, v: FixtureVariant, variant: PublishVariant, confirm: boolean): Promise<void> {
  await page.addScriptTag({ path: PROBE });
  const found = await page.evaluate(
    ([id, body, title]) =>
      (window as unknown as { __gpgProbe(a: string, b: string, t: string | null): ProbeResult }).__gpgProbe(id, body, title),
    [v.adapter, v.body ?? 'body', v.title ?? null] as const,
  );
  const control = found.publish.find((p) => p.label === v.publish!.label);
  expect(control).toBeDefined();
  await page.mouse.click(control!.x, control!.y);
  if (variant === 'confirm' && confirm) {
    const second = page.locator('.fixture-confirm button').nth(1);
    await second.waitFor();
    expect(await second.innerText()).toBe(v.publish!.label);
    await second.click();
  }
}

const CHECKED = VARIANTS.filter((v) => v.adapter !== 'generic' && !v.noEditor);

describe('publish handler variants on every platform fixture', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const v of CHECKED) await serveFixture(browser.context, exactUrl(v.url), v.fixture);
  });
  afterAll(async () => browser?.close());

  for (const v of CHECKED) {
    for (const variant of PUBLISH_VARIANTS) {
      it(`${v.fixture} / ${variant}: clean is released once per click with one record; blocked never`, async () => {
        const page = await browser.context.newPage();
        await page.addInitScript((name) => ((window as unknown as { __gpgVariant: string }).__gpgVariant = name), variant);
        await page.goto(v.url);
        await page.waitForFunction(() => Number(document.body.dataset.mounted ?? '0') >= 1);
        if (v.frame) await page.waitForFunction(() => document.body.dataset.editable === '1');
        const before = await publicationCount(browser);

        await focusEditor(page, v);
        await page.keyboard.type(CLEAN);
        await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
        await publish(page, v, variant, true);
        await expect.poll(() => publishCount(page)).toBe('1');
        await expect.poll(() => publicationCount(browser)).toBe(before + 1);

        // The same unchanged draft again: the page gets the click, the log keeps one record.
        await publish(page, v, variant, true);
        await expect.poll(() => publishCount(page)).toBe('2');
        expect(await publicationCount(browser)).toBe(before + 1);

        await focusEditor(page, v);
        await page.keyboard.type(PHONE);
        await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
        await publish(page, v, variant, false);
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.count()).toBe(0);
        expect(await publishCount(page)).toBe('2');
        expect(await page.locator('.fixture-confirm').count()).toBe(0);
        expect(await publicationCount(browser)).toBe(before + 1);
        await page.close();
      });
    }
  }
});
