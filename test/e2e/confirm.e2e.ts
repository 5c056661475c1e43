/**
 * Outcome 'confirmed': a record the guard released becomes 'confirmed' when the platform
 * shows its documented success signal in that tab — a success page loading (WeChat's account home),
 * an SPA navigation to one (Douyin's content manager), or an in-page layer becoming visible (Weibo
 * video's 再发一条视频) — and stays 'attempted' when the tab goes anywhere else, when another tab
 * shows the success page, or when the platform refuses the publish.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, guardState, launchWithExtension, serveFixture, storedRecords, type GuardBrowser } from '../harness/browser';

const WECHAT_EDITOR = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&token=1&lang=zh_CN';
const WECHAT_HOME = 'https://mp.weixin.qq.com/cgi-bin/home?t=home/index&lang=zh_CN&token=1';
const DOUYIN_UPLOAD = 'https://creator.douyin.com/creator-micro/content/upload?default-tab=3';
const WEIBO_VIDEO = 'https://weibo.com/upload/channel';

interface Stored {
  platform: string;
  title: string;
  seq: number;
  outcome: string;
  confirmedAt?: string;
}

/** An extension page to read the log from: the service worker itself may be stopped and restarted. */
let reader: Page;

/** Every record in the extension's IndexedDB, read from an extension page. */
async function records(): Promise<Stored[]> {
  return (await storedRecords(reader)) as unknown as Stored[];
}

async function outcomeOf(title: string): Promise<string | undefined> {
  return (await records()).find((r) => r.title === title)?.outcome;
}

/** The outcome of the platform's newest record. */
async function latestOutcome(platform: string): Promise<string | undefined> {
  return (await records()).filter((r) => r.platform === platform).sort((a, b) => b.seq - a.seq)[0]?.outcome;
}

async function countOf(platform: string): Promise<number> {
  return (await records()).filter((r) => r.platform === platform).length;
}

/** Publishes a clean draft on the WeChat editor fixture; the record is written before the click goes through. */
async function publishOnWechat(browser: GuardBrowser, title: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(WECHAT_EDITOR);
  await page.locator('#title').fill(title);
  await page.locator('.rich_media_content').click();
  await page.keyboard.type('今日全市森林火险等级为三级，请市民文明祭扫。');
  await expect.poll(async () => (await guardState(page)).status).toBe('ok');
  await page.locator('#js_send').click();
  await expect.poll(() => page.locator('#published').isVisible()).toBe(true);
  await expect.poll(() => outcomeOf(title)).toBe('attempted');
  return page;
}

/** A navigation the page itself starts, as the platform's redirect does. */
async function pageNavigates(page: Page, url: string): Promise<void> {
  await Promise.all([page.waitForURL(url), page.evaluate((u) => location.assign(u), url)]);
  await page.waitForLoadState('load');
}

/** Nothing may change for this long (several of the guard's 500 ms polls, and a service-worker round trip). */
const settleMs = 2000;

describe('confirming a publication', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
    await serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/home/, 'success/wechat-home.html');
    await serveFixture(browser.context, DOUYIN_UPLOAD, 'douyin-upload.html');
    await serveFixture(browser.context, /^https:\/\/weibo\.com\/upload\/channel/, 'success/weibo-video.html');
    reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/rules.html`);
  });
  afterAll(async () => browser?.close());

  it("WeChat: the editor's tab reaching the account home confirms the record, and the dashboard says so", async () => {
    const page = await publishOnWechat(browser, '关于开展冬季森林防火检查的通知');
    await pageNavigates(page, WECHAT_HOME);
    await expect.poll(() => outcomeOf('关于开展冬季森林防火检查的通知')).toBe('confirmed');
    const record = (await records()).find((r) => r.title === '关于开展冬季森林防火检查的通知')!;
    expect(Date.parse(record.confirmedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    await page.close();

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#list`);
    const row = dashboard.locator('#log-list [role="row"][data-id]', { hasText: '关于开展冬季森林防火检查的通知' });
    await expect.poll(() => row.locator('.col-outcome').textContent()).toBe('平台已确认');
    await dashboard.close();
  });

  it('WeChat: the released record survives a service-worker restart before the home loads', async () => {
    await browser.serviceWorker.evaluate(() => Object.assign(globalThis, { __beforeRestart: true }));
    const page = await publishOnWechat(browser, '关于做好汛期安全防范工作的提示');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await pageNavigates(page, WECHAT_HOME);
    await expect.poll(() => outcomeOf('关于做好汛期安全防范工作的提示')).toBe('confirmed');
    // The worker that confirmed is a new one: the marker set in the old one is gone.
    const workers = browser.context.serviceWorkers();
    expect(workers.length).toBe(1);
    expect(await workers[0].evaluate(() => '__beforeRestart' in globalThis)).toBe(false);
    await page.close();
  });

  it('WeChat: going elsewhere, or another tab showing the home, leaves the record attempted', async () => {
    const page = await publishOnWechat(browser, '全省春耕生产会议召开');
    // A look-alike path (the success content script runs there, the background refuses it) and the article list.
    await pageNavigates(page, 'https://mp.weixin.qq.com/cgi-bin/homepage?t=home/index&token=1');
    await pageNavigates(page, 'https://mp.weixin.qq.com/cgi-bin/appmsg?begin=0&count=10&action=list_ex&type=10&token=1');
    // Another tab publishes and reaches the home: only its own record is confirmed.
    const other = await publishOnWechat(browser, '城区道路施工期间交通组织调整');
    await pageNavigates(other, WECHAT_HOME);
    await expect.poll(() => outcomeOf('城区道路施工期间交通组织调整')).toBe('confirmed');
    await new Promise((r) => setTimeout(r, settleMs));
    expect(await outcomeOf('全省春耕生产会议召开')).toBe('attempted');
    await page.close();
    await other.close();
  });

  it('Douyin: an SPA navigation to the content manager confirms, another route change does not', async () => {
    const page = await browser.context.newPage();
    await page.goto(DOUYIN_UPLOAD);
    await page.waitForFunction(() => Number(document.body.dataset.mounted ?? '0') >= 1);
    await page.locator('input[placeholder="添加作品标题"]').fill('秋季森林防火宣传');
    await page.locator('.zone-container.editor-kit-container').click();
    await page.keyboard.type('进入林区请勿携带火种。');
    await expect.poll(async () => (await guardState(page)).status).toBe('ok');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.body.dataset.publishCount ?? '0')).toBe('1');
    await expect.poll(() => outcomeOf('秋季森林防火宣传')).toBe('attempted');
    await page.evaluate(() => history.pushState({}, '', '/creator-micro/content/upload'));
    await new Promise((r) => setTimeout(r, settleMs));
    expect(await outcomeOf('秋季森林防火宣传')).toBe('attempted');
    await page.evaluate(() => history.pushState({}, '', '/creator-micro/content/manage'));
    await expect.poll(() => outcomeOf('秋季森林防火宣传')).toBe('confirmed');
    await page.close();
  });

  it('Weibo video: the success layer becoming visible confirms; a refused publish (layer still hidden) does not', async () => {
    const publishVideo = async (url: string) => {
      const before = await countOf('weibo');
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.locator('textarea').click();
      await page.keyboard.type('防汛演练视频：转移安置全过程。');
      await expect.poll(async () => (await guardState(page)).status).toBe('ok');
      await page.getByRole('button', { name: '发布', exact: true }).click();
      await expect.poll(() => page.evaluate(() => document.body.dataset.publishCount ?? '0')).toBe('1');
      await expect.poll(() => countOf('weibo')).toBe(before + 1);
      return page;
    };
    const refused = await publishVideo(`${WEIBO_VIDEO}?fail=1`);
    await expect.poll(() => refused.locator('#toast').isVisible()).toBe(true);
    await new Promise((r) => setTimeout(r, settleMs));
    expect(await latestOutcome('weibo')).toBe('attempted');
    await refused.close();

    const page = await publishVideo(WEIBO_VIDEO);
    await expect.poll(() => latestOutcome('weibo')).toBe('confirmed');
    const weibo = (await records()).filter((r) => r.platform === 'weibo').sort((a, b) => a.seq - b.seq);
    expect(weibo.map((r) => r.outcome)).toEqual(['attempted', 'confirmed']);
    await page.close();
  });

  // The budget rose from 300 kB with the page-side protections (gate at document_start, trusted-input
  // filter, private WeChat channel, sign-off form, panel placement, textarea mirror, image-check hooks),
  // to 350 kB with the rules that read names in prose and sales by signal families (the rules run in
  // the page for sliced checks while typing), and to 358 kB with this round's names, tiers, sources,
  // sales and maps (371 kB built). zod's JSON Schema converter, which its classic schemas reference but
  // the page never uses, is replaced in this bundle by a module that throws if called (wxt.config.ts): 352 kB.
  // To 370 kB with the next round's sales across paragraphs, incident reports and image targets for maps
  // (367 kB built); the personal-data branch of that round (another 9 kB) was not merged.
  // To 375 kB with the engine's presence index (lib/engine/presence.ts: rules skip, or narrow, the
  // regexes a draft cannot match; a 10k check 2.1 -> 0.85 ms), 5 kB (372 kB built).
  // To 385 kB with the rules' fixes from the second independent development set (names, plates,
  // addresses, sales, sources, maps and tiers: ~7 kB) and the grouped findings panel (~3 kB): 382 kB built.
  // Injection-to-ready is measured in bench:browser (50-62 ms at 382 kB, over its 50 ms target: the cost
  // is the first check's cold run of the rules, not the script's size).
  // Fourth round: 11.5 kB made room (rule descriptions and the review page's signing strings left the
  // page bundle) and the engine warm-up added 0.7 kB; the fixes from four more blind development sets
  // (dev3-dev6: sources, maps, sales, tiers, names: ~13 kB) then filled it: 386 kB built, so to 390 kB.
  // The next room is zod (~78 kB of the bundle): the page's schemas on zod/mini.
  // Fifth round: the fixes from dev7/dev8 (maps, tiers, names, numbers, plates, sales: ~8 kB) less the
  // key-thumbprint code (jose, 4.4 kB: the background now works out the trusted keys): 390.0 kB built,
  // so to 395 kB. Sixth round: the fixes from dev9-dev11 (+5.7 kB: sales, tiers, sources, maps, names,
  // addresses, sellers' lines) less zod's Chinese issue wording (2.5 kB: issues are shown only on the
  // options page and in the CLI, which register it): 395.2 kB, so to 396 kB; the review's fixes of those rules
  // (false alarms and lost majors, +1.2 kB): 396.4 kB, so to 397 kB. Seventh: every schema the page
  // bundles is on zod/mini (the same package's functional API over the same core; classic zod stays
  // with the options page, background and CLI): 397.8 kB built -> 358.5 kB, so down to 361 kB (2 kB of room).
  // Eleventh round: the rules' fixes from dev14/dev15 (sales +1.3 kB, names +1.1, tier +1.6, sources and maps
  // +0.3): 365.6 kB built, so to 367 kB — still 30 kB under the budget before zod/mini.
  // Twelfth round: the fixes from dev16/dev17 (names +3.0 kB: recurring names read one way, kin and life
  // roles, people in running prose; sales +1.1; tier, mailboxes and sellers' lines +0.5) with the presence
  // index's tests in typed arrays and settings read at document_start (+0.4): 370.3 kB built; the review's
  // fixes of those rules (false alarms and lost majors, +2.1 kB): 372.4 kB, so to 374 kB.
  it('keeps the content script within its 374 kB budget', () => {
    const script = join(EXTENSION_DIR, 'content-scripts/content.js');
    expect(statSync(script).size).toBeLessThanOrEqual(374_000);
    // Classic zod stays out (its constructors are named ZodType, ZodString, ...; mini's ZodMiniType, ...),
    // and with it the JSON Schema converter classic schemas reference (its dialect URI).
    const text = readFileSync(script, 'utf8');
    expect(text).toContain('ZodMiniType');
    expect(text).not.toMatch(/[`'"]Zod(?:Type|String|Object)[`'"]/);
    expect(text).not.toContain('json-schema.org/draft');
    // zod's Chinese issue wording stays out too (lib/settings/chinese-issues.ts registers it where issues are shown)
    expect(text).not.toContain('无效输入');
  });
});
