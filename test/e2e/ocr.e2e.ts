/**
 * Image checks end to end: the built extension in Debian's Chromium reads images entering a real
 * ProseMirror editor (paste, file pick) with its offscreen OCR engine, and the gate waits for reads
 * in progress. Few, small images: the engine's quality is measured in test/unit/ocr-quality.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardState, launchWithExtension, publicationCount, type GuardBrowser } from '../harness/browser';
import { generateTestImages, type TestImage } from '../fixtures/images/generate';

const EDITOR = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN';
const FIXTURE = resolve(import.meta.dirname, '../fixtures/images');

let browser: GuardBrowser;
let images: Record<string, TestImage>;
/** Files the fixture "uploaded", served back at their CDN URL (…/fixtureN/…). */
let uploaded: TestImage[] = [];
/** Who the fake CDN lets read its images from script: the platform's own pages, unless a test widens it. */
let cdnReadableBy = 'https://mp.weixin.qq.com';

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'govpost-ocr-fixture-'));
  await build({
    entryPoints: [join(FIXTURE, 'editor.ts')],
    outfile: join(out, 'editor.js'),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'warning',
  });
  images = Object.fromEntries(
    (await generateTestImages({ variants: false, kinds: ['id-line', 'poster', 'map', 'map-no-number'], webp: true })).map((i) => [
      i.name,
      i,
    ]),
  );
  browser = await launchWithExtension();
  const html = readFileSync(join(FIXTURE, 'editor.html'));
  const script = readFileSync(join(out, 'editor.js'));
  await browser.context.route(/^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await browser.context.route(/^https:\/\/mp\.weixin\.qq\.com\/__ocr_fixture__\/editor\.js/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: script }),
  );
  await browser.context.route(/^https:\/\/mmbiz\.qpic\.cn\//, (route) => {
    const n = Number(/fixture(\d+)/.exec(route.request().url())?.[1] ?? 0);
    const image = uploaded[n - 1];
    // As a platform CDN does: anyone may show the image, but only the platform's own pages may read
    // its bytes from script (an extension without access to the host cannot).
    return image
      ? route.fulfill({
          status: 200,
          contentType: image.mime,
          headers: { 'access-control-allow-origin': cdnReadableBy },
          body: Buffer.from(image.bytes),
        })
      : route.fulfill({ status: 404, body: '' });
  });
}, 120_000);
afterAll(async () => browser?.close());

async function openEditor(mode: 'blob' | 'upload', text: string): Promise<Page> {
  uploaded = [];
  const page = await browser.context.newPage();
  await page.goto(`${EDITOR}&images=${mode}`);
  // A title with no tier of its own (a 低保 公示 is important: its sign-off finding would join the image's).
  await page.locator('#title').fill('关于社区审核情况的说明');
  await page.locator('.ProseMirror').click();
  await page.keyboard.type(text);
  return page;
}

/** A paste of image files, as the clipboard delivers a screenshot: a ClipboardEvent carrying Files. */
async function paste(page: Page, ...list: TestImage[]): Promise<void> {
  uploaded.push(...list);
  await page.locator('.ProseMirror').focus();
  await page.evaluate(
    (files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.mime }));
      document
        .querySelector('.ProseMirror')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    list.map((i) => ({ name: `${i.name}.png`, mime: i.mime, b64: Buffer.from(i.bytes).toString('base64') })),
  );
}

/** A drop of image files onto the editor, at a point inside it (ProseMirror places the drop there). */
async function drop(page: Page, image: TestImage): Promise<void> {
  uploaded.push(image);
  const box = (await page.locator('.ProseMirror').boundingBox())!;
  await page.evaluate(
    ({ f, x, y }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], 'dropped.png', { type: f.mime }));
      document
        .querySelector('.ProseMirror')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, clientX: x, clientY: y }));
    },
    { f: { mime: image.mime, b64: Buffer.from(image.bytes).toString('base64') }, x: box.x + 20, y: box.y + 10 },
  );
}

/** The image sources in ProseMirror's own document: what the page would send. */
const modelImages = (page: Page) =>
  page.evaluate(() => {
    const view = (
      window as unknown as {
        __pm: { state: { doc: { descendants(f: (n: { type: { name: string }; attrs: { src: string } }) => void): void } } };
      }
    ).__pm;
    const out: string[] = [];
    view.state.doc.descendants((n) => {
      if (n.type.name === 'image') out.push(n.attrs.src);
    });
    return out;
  });

/**
 * Holds the offscreen document's OCR replies in the background until released, so a read stays in
 * progress for exactly as long as a test needs (no sleeps): the background's messages to the
 * offscreen document go through chrome.runtime.sendMessage, wrapped here from the test only.
 */
async function holdOcr(b: GuardBrowser): Promise<{ held(): Promise<number>; release(): Promise<void> }> {
  await b.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __ocrHold?: { real: typeof chrome.runtime.sendMessage; held: (() => void)[]; count: number } };
    const real = chrome.runtime.sendMessage.bind(chrome.runtime);
    const hold = { real, held: [] as (() => void)[], count: 0 };
    g.__ocrHold = hold;
    chrome.runtime.sendMessage = ((message: { type?: string }, ...rest: unknown[]) => {
      if (message?.type !== 'ocrRun') return (real as (...a: unknown[]) => unknown)(message, ...rest);
      hold.count++;
      hold.held.push(() => (real as (...a: unknown[]) => unknown)(message, ...rest));
    }) as typeof chrome.runtime.sendMessage;
  });
  return {
    held: () => b.serviceWorker.evaluate(() => (globalThis as unknown as { __ocrHold: { count: number } }).__ocrHold.count),
    release: () =>
      b.serviceWorker.evaluate(() => {
        const g = globalThis as unknown as { __ocrHold?: { real: typeof chrome.runtime.sendMessage; held: (() => void)[] } };
        const hold = g.__ocrHold!;
        chrome.runtime.sendMessage = hold.real;
        delete g.__ocrHold;
        for (const send of hold.held) send();
      }),
  };
}

const editorHasFocus = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') ?? false);

// The guard's UI is in a closed shadow root: read it through Playwright's locators, as the user sees it.
const panelText = async (page: Page) =>
  (await page.locator('govpost-guard .gpg-badge').count())
    ? ((await page.locator('govpost-guard .gpg-badge').first().textContent()) ?? '')
    : '';

describe('image checks', () => {
  it('a pasted screenshot with an ID number blocks publishing, with the finding on the image and its region outlined', async () => {
    const page = await openEditor('blob', '现将审核情况公示如下：');
    await paste(page, images['id-line']);
    await expect.poll(() => modelImages(page).then((s) => s.length)).toBe(1);
    await expect.poll(() => guardState(page), { timeout: 60_000 }).toEqual({ status: 'block', findings: '1' });
    await page.locator('govpost-guard').getByRole('button').first().click();
    await expect.poll(() => panelText(page)).toContain('图片中含有未脱敏的身份证号');
    // The thumbnail with the region: a labelled image in the panel.
    await expect
      .poll(() =>
        page
          .locator('govpost-guard')
          .getByRole('img', { name: /第 1 张图片/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toMatch(/图片中含有未脱敏的身份证号（5301\*+\d{4}）/);
    expect(await dialog.innerText()).toContain('第二十四条');
    expect(await page.locator('#published').isVisible()).toBe(false);
    // The guard changed nothing in the editor: its model still holds the one pasted image.
    expect(await modelImages(page)).toHaveLength(1);
    await page.close();
  }, 180_000);

  it('a standard map with its 审图号 printed in the corner (picked, inserted by CDN URL after upload) has no map finding; one without (dropped) is advisory', async () => {
    const page = await openEditor('upload', '下图为昆明市行政区划图。');
    await page.locator('#pick').setInputFiles({ name: 'kunming.png', mimeType: 'image/png', buffer: Buffer.from(images.map.bytes) });
    uploaded.push(images.map);
    await expect.poll(() => modelImages(page)).toEqual(['https://mmbiz.qpic.cn/mmbiz_png/fixture1/0?wx_fmt=png']);
    // The sentence calls it a map; until its text is read that blocks. 发表 waits for the read, and the
    // number printed in the image clears it: the platform's own handler runs, no dialog.
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(async () => (await page.locator('#published').isVisible()) || (await dialog.count()) > 0, { timeout: 60_000 })
      .toBe(true);
    expect((await dialog.count()) ? await dialog.innerText() : '').toBe('');
    expect(await page.locator('#published').isVisible()).toBe(true);
    expect(await guardState(page)).toEqual({ status: 'ok', findings: '0' });
    await page.close();

    // Dropped this time: the upload's CDN URL claims the dropped file's reading.
    const other = await openEditor('upload', '全市各区县分布如下。');
    await drop(other, images['map-no-number']);
    await expect.poll(() => modelImages(other)).toEqual(['https://mmbiz.qpic.cn/mmbiz_png/fixture1/0?wx_fmt=png']);
    await expect.poll(() => guardState(other), { timeout: 60_000 }).toEqual({ status: 'warn', findings: '1' });
    await other.locator('govpost-guard').getByRole('button').first().click();
    await expect.poll(() => panelText(other)).toContain('图片疑似地图');
    await other.close();
    // Two fresh maps read on a shared 2-core machine: more than the default minute.
  }, 180_000);

  it('publishing while images are still being read shows the waiting state, then the verdict', async () => {
    const page = await openEditor('blob', '活动报名方式见海报。');
    await paste(page, images.poster);
    await expect.poll(() => modelImages(page).then((s) => s.length)).toBe(1);
    await page.locator('#js_send').click();
    const waiting = page.locator('govpost-guard').getByRole('status');
    await expect.poll(() => waiting.textContent(), { timeout: 20_000 }).toMatch(/正在检查图片 0\/1/);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await dialog.innerText()).toMatch(/图片中含有未脱敏的手机号码（139\*\*\*\*4321）/);
    expect(await waiting.count()).toBe(0);
    expect(await page.locator('#published').isVisible()).toBe(false);
    await page.close();
  }, 180_000);

  it('返回修改 or Esc while the gate waits for images: back to the editor, nothing published or recorded, even when the images then read clean', async () => {
    const before = await publicationCount(browser);
    // Esc: a map without its 审图号 (advisory only, so publishing would go ahead once it is read).
    const page = await openEditor('blob', '全市各区县分布如下。');
    const hold = await holdOcr(browser);
    try {
      await paste(page, images['map-no-number-webp']);
      await expect.poll(() => modelImages(page).then((s) => s.length)).toBe(1);
      await expect.poll(() => hold.held(), { timeout: 60_000 }).toBeGreaterThan(0);
      await page.locator('#js_send').click();
      const waiting = page.locator('govpost-guard .gpg-image-wait');
      await expect
        .poll(() => page.locator('govpost-guard').getByRole('status').textContent(), { timeout: 20_000 })
        .toBe('正在检查图片 0/1');
      await page.keyboard.press('Escape');
      await expect.poll(() => waiting.count()).toBe(0);
      expect(await editorHasFocus(page)).toBe(true);
    } finally {
      await hold.release();
    }
    // The reading arrives afterwards (the advisory map finding shows): still nothing published.
    await expect.poll(() => guardState(page), { timeout: 60_000 }).toEqual({ status: 'warn', findings: '1' });
    expect(await page.locator('#published').isVisible()).toBe(false);
    expect(await publicationCount(browser)).toBe(before);
    // The gate is free again: 发表 now goes through at once (the image is read), with one record.
    await page.locator('#js_send').click();
    await expect.poll(() => page.locator('#published').isVisible()).toBe(true);
    await expect.poll(() => publicationCount(browser)).toBe(before + 1);
    await page.close();

    // 返回修改: a poster with a contact mobile, still being read.
    const other = await openEditor('blob', '活动报名方式见海报。');
    const hold2 = await holdOcr(browser);
    try {
      await paste(other, images['poster-webp']);
      await expect.poll(() => modelImages(other).then((s) => s.length)).toBe(1);
      await expect.poll(() => hold2.held(), { timeout: 60_000 }).toBeGreaterThan(0);
      await other.locator('#js_send').click();
      const waiting = other.locator('govpost-guard .gpg-image-wait');
      await expect
        .poll(() => other.locator('govpost-guard').getByRole('status').textContent(), { timeout: 20_000 })
        .toBe('正在检查图片 0/1');
      await waiting.getByRole('button', { name: '返回修改' }).click();
      await expect.poll(() => waiting.count()).toBe(0);
      expect(await editorHasFocus(other)).toBe(true);
    } finally {
      await hold2.release();
    }
    await expect.poll(() => guardState(other), { timeout: 60_000 }).toEqual({ status: 'block', findings: '1' });
    expect(await other.getByRole('dialog').count()).toBe(0);
    expect(await other.locator('#published').isVisible()).toBe(false);
    expect(await publicationCount(browser)).toBe(before + 1);
    await other.close();
  }, 240_000);

  it('an image already in a reopened draft on the platform CDN: listed as unchecked, and 允许读取 mmbiz.qpic.cn 的图片 opens the extension page asking for that one host', async () => {
    const page = await openEditor('blob', '见下图。');
    uploaded = [images.poster];
    // A reopened draft: the image comes with the draft, by its CDN URL; no local bytes were pasted here.
    await page.evaluate((src) => {
      const view = (window as unknown as { __pm: import('prosemirror-view').EditorView }).__pm;
      view.dispatch(view.state.tr.replaceSelectionWith(view.state.schema.nodes.image.create({ src })));
    }, 'https://mmbiz.qpic.cn/mmbiz_png/fixture1/0?wx_fmt=png');
    await page.locator('govpost-guard').getByRole('button').first().click();
    const offer = page.locator('govpost-guard').getByRole('button', { name: '允许读取 mmbiz.qpic.cn 的图片' });
    await expect.poll(() => offer.count(), { timeout: 30_000 }).toBe(1);
    expect(await panelText(page)).toMatch(/第 1 张图片无法读取/);
    // The extension does not hold the host: nothing was granted by the offer itself.
    expect(await browser.serviceWorker.evaluate(() => chrome.permissions.contains({ origins: ['https://mmbiz.qpic.cn/*'] }))).toBe(false);
    const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/image-access.html'));
    await offer.click();
    const ask = await opened;
    expect(new URL(ask.url()).searchParams.get('host')).toBe('mmbiz.qpic.cn');
    await expect.poll(() => ask.getByRole('heading').textContent()).toBe('允许政务发布守门员读取 mmbiz.qpic.cn 上的图片？');
    expect(await ask.getByRole('button', { name: '允许' }).isVisible()).toBe(true);
    await ask.close();

    // Chrome's own permission prompt cannot be accepted in headless Chromium, so the grant is stood in
    // for: the image becomes readable and the background's message on permissions.onAdded is sent to
    // the tab. The editor then reads the image again, and the mobile printed in it blocks.
    cdnReadableBy = '*';
    try {
      await browser.serviceWorker.evaluate(async () => {
        // As the background does: every tab (URLs are not visible without the tabs permission).
        for (const tab of await chrome.tabs.query({})) {
          await chrome.tabs
            .sendMessage(tab.id!, { id: 1, type: 'imageAccessChanged', data: undefined, timestamp: Date.now() })
            .catch(() => undefined);
        }
      });
      await expect.poll(() => guardState(page), { timeout: 60_000 }).toEqual({ status: 'block', findings: '1' });
      expect(await offer.count()).toBe(0);
      expect(await panelText(page)).toContain('图片中含有未脱敏的手机号码（139****4321）');
    } finally {
      cdnReadableBy = 'https://mp.weixin.qq.com';
    }
    await page.close();
  }, 120_000);

  it('the practice page reads its sample images with the same service: a poster with a contact mobile is blocked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/practice.html?sample=composite:image-poster`);
    // The practice page shows the guard's badge in the page itself (no host element).
    await expect.poll(() => page.locator('.gpg-badge').getAttribute('class'), { timeout: 60_000 }).toContain('gpg-block');
    await page.locator('.gpg-summary').click();
    await expect
      .poll(() => page.locator('.gpg-finding[data-rule="no-unmasked-mobile"]').innerText())
      .toContain('图片中含有未脱敏的手机号码（139****4321）');
    expect(await page.getByRole('img', { name: /第 1 张图片/ }).count()).toBe(1);
    await page.close();
  });
});
