/**
 * Every fixture page variant, served at its platform's real URL in Debian's Chromium with the built
 * extension: the adapter finds title and body after the late mount, typing into the real editor
 * (ProseMirror, Tiptap, Draft.js, UEditor iframe, textareas) is checked, a SPA navigation to a
 * re-rendered editor is followed, and the publish control the adapter finds is the one the page
 * handles. The adapter code itself is probed in the page's world through a test-only bundle
 * (test/fixtures/platforms/src/probe.ts), so shadow roots and iframes are real.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';
import type { ProbeResult } from '../fixtures/platforms/src/probe';
import { VARIANTS, type FixtureVariant } from '../fixtures/platforms/variants';

const PROBE = join(FIXTURE_DIR, 'dist/probe.js');
const CLEAN = '今天天气晴朗，欢迎市民参加周末的读书活动。';
const PHONE = '如有疑问请联系 13800138000。';

/** An exact-URL route pattern (the fragment never reaches the network). */
const exactUrl = (url: string) => new RegExp(`^${url.replace(/#.*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function probe(page: Page, v: FixtureVariant): Promise<ProbeResult> {
  return page.evaluate(
    ([id, body, title]) =>
      (window as unknown as { __gpgProbe(a: string, b: string, t: string | null): ProbeResult }).__gpgProbe(id, body, title),
    [v.adapter, v.body ?? 'body', v.title ?? null] as const,
  );
}

async function mounted(page: Page, times: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.mounted ?? '0') >= n, times);
}

async function typeIntoEditor(page: Page, v: FixtureVariant, text: string): Promise<void> {
  if (v.frame) await page.frameLocator(v.frame).locator('body').click();
  else await page.locator(v.body!).first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

const guard = (page: Page) => expect.poll(() => guardState(page), { timeout: 5000 });

describe('platform adapters on their fixture pages', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const v of VARIANTS) await serveFixture(browser.context, exactUrl(v.url), v.fixture);
  });
  afterAll(async () => browser?.close());

  for (const v of VARIANTS) {
    describe(`${v.adapter}: ${v.fixture}`, () => {
      let page: Page;
      const checked = v.adapter !== 'generic'; // the content script runs only on the platforms' consoles
      beforeAll(async () => {
        page = await browser.context.newPage();
        await page.goto(v.url);
        await page.addScriptTag({ path: PROBE });
      });
      afterAll(async () => page?.close());

      if (v.noEditor) {
        it('finds no editor, and the guard stays away', async () => {
          await page.waitForTimeout(600);
          expect((await probe(page, v)).body).toBeNull();
          expect(await page.locator('govpost-guard').count()).toBe(0);
        });
        return;
      }

      it('finds the late-mounted body and title with the adapter selectors, and the gallery images', async () => {
        await mounted(page, 1);
        // A UEditor iframe's body exists only once the frame has loaded.
        await expect.poll(async () => (await probe(page, v)).body, { timeout: 3000 }).not.toBeNull();
        const found = await probe(page, v);
        expect(found.body!.selector === null, 'found by an adapter selector').toBe(v.adapter === 'generic');
        expect(found.body!.matches, `body matches ${v.body}`).toBe(true);
        expect(found.body!.inFrame).toBe(Boolean(v.frame));
        if (v.title === null) expect(found.title).toBeNull();
        else expect(found.title?.matches, `title matches ${v.title}`).toBe(true);
        expect(found.images).toEqual(v.gallery ?? []);
      });

      if (checked) {
        it('checks what is typed into the real editor: clean text is ok, a phone number blocks', async () => {
          await typeIntoEditor(page, v, CLEAN);
          await guard(page).toEqual({ status: 'ok', findings: '0' });
          await typeIntoEditor(page, v, PHONE);
          await guard(page).toEqual({ status: 'block', findings: '1' });
        });
      }

      it('follows a SPA navigation to a re-rendered editor', async () => {
        await page.locator('#fixture-nav').click();
        await mounted(page, 2);
        const url = new URL(page.url());
        expect(url.pathname + url.search + url.hash).toBe(v.navigatesTo);
        await expect.poll(async () => (await probe(page, v)).body?.matches, { timeout: 3000 }).toBe(true);
        if (checked) await guard(page).toEqual({ status: 'ok', findings: '0' });
      });

      it('finds the publish control the page handles: one click, one publish', async () => {
        const controls = (await probe(page, v)).publish;
        expect(controls.length, 'publish controls').toBeGreaterThan(0);
        expect(controls[0].label).toBe(v.publish!.label);
        expect(controls[0].inShadow).toBe(Boolean(v.publish!.inShadow));
        await page.mouse.click(controls[0].x, controls[0].y);
        await expect.poll(() => page.evaluate(() => document.body.dataset.publishCount ?? '0')).toBe('1');
      });

      if (checked) {
        it('checks the re-rendered editor', async () => {
          await typeIntoEditor(page, v, PHONE);
          await guard(page).toEqual({ status: 'block', findings: '1' });
        });
      }
    });
  }
});
