/**
 * Day one for editors, supervisors and trainers, end to end in Chromium: the first-run setup,
 * settings one click from the popup, a log that keeps personal data masked (stored, shown,
 * exported), the calendar's all-accounts view without pseudo-accounts, holiday schedules beyond
 * the built-in years, and axe-core on every extension page, the in-page panel and the HTML report.
 * Screenshots for the README only with GOVPOST_SCREENSHOTS=1.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../lib/cli/report-html';
import { draftFromText } from '../../lib/engine/draft';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';
import { guardState, launchWithExtension, newestRecord, serveFixture, storedRecords, type GuardBrowser } from '../harness/browser';
import { publishOnWeChatBasic, WECHAT_EDITOR_URL } from '../harness/wechat';

const SCREENSHOTS = join(import.meta.dirname, '../screenshots');
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.GOVPOST_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page (or inside `include`), as "rule: targets" lines. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the debugging protocol, so the pages' script policy does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(' ')}`);
}

const MOBILE = '13987654321';
const ID_NUMBER = '530102199003071234';

const publish = async (browser: GuardBrowser, title: string, text: string, reason?: string): Promise<void> =>
  void (await publishOnWeChatBasic(browser, title, text, reason));

describe('day one', () => {
  let browser: GuardBrowser;
  let base: string;
  const open = async (path: string, viewport = { width: 1280, height: 800 }) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${base}/${path}`);
    return page;
  };
  beforeAll(async () => {
    // The first-run page is opened by these tests themselves; the one the install opens is closed here.
    browser = await launchWithExtension({ keepWelcome: true });
    base = `chrome-extension://${browser.extensionId}`;
    const installed =
      browser.context.pages().find((p) => p.url() === `${base}/welcome.html`) ??
      (await browser.context.waitForEvent('page', { predicate: (p) => p.url() === `${base}/welcome.html`, timeout: 10_000 }));
    await installed.close();
    await serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
    await serveFixture(browser.context, /^https:\/\/weibo\.com\/(\?.*)?$/, 'weibo-home.html');
  });
  afterAll(async () => browser?.close());

  it('stores, shows and exports a published draft with its personal data masked', async () => {
    // Published before any account is filed: the record names none.
    await publish(
      browser,
      `寻找失主${MOBILE}`,
      `拾到身份证一张，号码${ID_NUMBER}，失主电话${MOBILE}。`,
      '失主本人同意公开联系方式，已核实',
    );
    const page = await open('dashboard.html#list');
    const record = newestRecord(await storedRecords(page))!;
    const snapshot = record.snapshot as { mode: string; text: string; masks: { ruleId: string; start: number; end: number }[] };
    expect(JSON.stringify(record)).not.toContain(MOBILE);
    expect(JSON.stringify(record)).not.toContain(ID_NUMBER);
    expect(snapshot.text).toContain('失主电话139****4321');
    // The title line and the body: each piece of personal data masked, its kind and position kept.
    expect(snapshot.masks.map((m) => [m.ruleId, snapshot.text.slice(m.start, m.end)])).toEqual([
      ['no-unmasked-mobile', '139****4321'],
      ['no-unmasked-id-number', '5301**********1234'],
      ['no-unmasked-mobile', '139****4321'],
    ]);
    expect(record.title).toBe('寻找失主139****4321');
    // The record detail names rules as people know them.
    await page.locator('#log-list [role="row"][data-id]').first().getByRole('button').click();
    const detail = page.getByRole('dialog');
    await expect.poll(() => detail.innerText()).toContain('手机号码未脱敏');
    const shown = await detail.innerText();
    expect(shown).not.toContain('no-unmasked-mobile');
    expect(shown).not.toContain(MOBILE);
    expect(shown).toContain('个人信息已脱敏');
    await page.keyboard.press('Escape');
    // The CSV export carries the masked text and names, no ids.
    await page.getByRole('tab', { name: '校验、导出与导入' }).click();
    const download = page.waitForEvent('download');
    await page.locator('#export-csv').click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain('失主电话139****4321');
    expect(csv).not.toContain(MOBILE);
    expect(csv).not.toContain(ID_NUMBER);
    expect(csv).toContain('微信公众平台');
    expect(csv).toContain('手机号码未脱敏');
    expect(csv).not.toContain('no-unmasked-mobile');
    await page.close();
  });

  it('sets up the unit, role and filed accounts in the first-run page, buttons in view at 1280×800', async () => {
    const page = await open('welcome.html');
    await expect.poll(() => page.title()).toBe('政务发布守门员 · 欢迎使用');
    for (const id of ['#setup-save', '#setup-skip']) {
      const inView = await page.locator(id).evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight);
      expect(inView, `${id} visible without scrolling`).toBe(true);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await screenshot(page, 'welcome');
    // Articles link to their text in the catalogue.
    const link = page.locator('.checks a', { hasText: '第二十四条' }).first();
    expect(await link.getAttribute('href')).toMatch(/^rules\.html#rule-/);
    // Accounts need the unit as their host unit.
    await page.getByRole('textbox', { name: '第 1 个账号的名称' }).fill('昆明发布');
    await page.locator('#setup-save').click();
    await expect.poll(() => page.locator('#setup-unit-missing').isVisible()).toBe(true);
    await page.locator('#setup-unit').fill('昆明市人民政府办公室');
    await page.getByLabel('审核/签发人').check();
    await page.locator('#setup-add-account').click();
    await page.getByRole('combobox', { name: '第 2 个账号的平台' }).selectOption('weibo');
    await page.getByRole('textbox', { name: '第 2 个账号的名称' }).fill('春城微博');
    await page.locator('#setup-save').click();
    await expect.poll(() => page.locator('#setup-done').getAttribute('data-stage')).toBe('saved');
    const settings = (await browser.serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).settings as {
      profile: { unit: string; role: string };
      accounts: { platform: string; name: string; hostUnit: string }[];
    };
    expect(settings.profile).toMatchObject({ unit: '昆明市人民政府办公室', role: 'reviewer' });
    expect(settings.accounts.map((a) => [a.platform, a.name, a.hostUnit])).toEqual([
      ['wechat', '昆明发布', '昆明市人民政府办公室'],
      ['weibo', '春城微博', '昆明市人民政府办公室'],
    ]);
    await link.click();
    await page.waitForURL(/rules\.html#rule-/);
    const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect.poll(() => target.locator('.article-text[data-article="24"]').count()).toBeGreaterThan(0);
    await page.close();
    // Skipping is one click.
    const again = await open('welcome.html');
    await again.locator('#setup-skip').click();
    await expect.poll(() => again.locator('#setup-done').getAttribute('data-stage')).toBe('skipped');
    await again.close();
  });

  it('opens the settings from the popup in one click, with no pseudo-account among the reminders', async () => {
    const popup = await open('popup.html', { width: 360, height: 600 });
    await expect.poll(() => popup.locator('#reminders .reminder').count()).toBe(2);
    expect(await popup.locator('#reminders').innerText()).not.toContain('未指定账号');
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(`${base}/options.html`) });
    await popup.locator('#open-settings').click();
    const options = await opened;
    await options.locator('#holidays').waitFor();
    await options.close();
  });

  it('shows all accounts in one calendar with a summary per account, and no 未指定账号', async () => {
    const page = await open('dashboard.html#cadence');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await expect.poll(() => page.locator('#cadence-calendar').getAttribute('data-view')).toBe('all');
    const [year, month] = today.split('-').map(Number);
    expect(await page.locator('#cadence-month').innerText()).toBe(`${year}年${month}月`);
    // The record made before the account was filed is the account's post.
    await expect.poll(() => page.locator(`#cadence-calendar td[data-day="${today}"]`).getAttribute('class')).toContain('posted');
    expect(await page.locator('#cadence-account option').allInnerTexts()).toEqual([
      '全部账号（2 个）',
      '微信公众平台 · 昆明发布',
      '微博 · 春城微博',
    ]);
    const wechat = page.locator('#cadence-summary tr[data-account="wechat/昆明发布"] td');
    expect((await wechat.allInnerTexts()).slice(0, 2)).toEqual(['1', '1']);
    expect(await page.locator('.cadence').innerText()).not.toContain('未指定账号');
    await screenshot(page, 'dashboard-calendar');
    // One account at a time still works, from the summary.
    await page.locator('#cadence-summary tr[data-account="weibo/春城微博"] button').click();
    await expect.poll(() => page.locator('#cadence-calendar').getAttribute('data-view')).toBe('account');
    await page.getByRole('tab', { name: '原创周期' }).click();
    await expect.poll(() => page.locator('#originals-table tbody tr').count()).toBe(2);
    expect(await page.locator('#originals-table').innerText()).not.toContain('未指定账号');
    await page.close();
  });

  it('imports a year of holidays in the settings, checked, and the calendar counts it', async () => {
    const cadence = await open('dashboard.html#cadence');
    await cadence.locator('.cadence input[type="month"]').fill('2027-01');
    await expect.poll(() => cadence.locator('#cadence-no-holidays').isVisible()).toBe(true);
    expect(await cadence.locator('#cadence-no-holidays').innerText()).toContain('没有 2027 年的节假日安排');
    await cadence.close();

    const options = await open('options.html#holidays');
    await expect.poll(() => options.locator('#holidays-missing').innerText()).toContain('2027');
    const input = options.locator('input[name="import-holidays"]');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ year: 2027, off: [['2027-02-30', '2027-02-30']] })),
    });
    await expect.poll(() => options.locator('#holidays-result').getAttribute('data-ok')).toBe('false');
    expect(await options.locator('#holidays-result').innerText()).toContain('off.0.0');
    expect(await options.locator('#holiday-years tr[data-year="2027"]').count()).toBe(0);
    const schedule = { year: 2027, notice: '2027年放假安排（测试）', off: [['2027-01-01', '2027-01-03']], work: [] };
    await input.setInputFiles({ name: '2027.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(schedule)) });
    await expect.poll(() => options.locator('#holiday-years tr[data-year="2027"]').getAttribute('data-origin')).toBe('local');
    expect(await options.locator('#holidays-missing').count()).toBe(0);
    await expect
      .poll(
        async () =>
          ((await browser.serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).settings as { holidays: unknown[] }).holidays
            .length,
      )
      .toBe(1);
    await options.close();

    const after = await open('dashboard.html#cadence');
    await after.locator('.cadence input[type="month"]').fill('2027-01');
    await expect.poll(() => after.locator('#cadence-calendar td[data-day="2027-01-01"]').getAttribute('data-kind')).toBe('holiday');
    expect(await after.locator('#cadence-no-holidays').count()).toBe(0);
    await after.close();
  });

  it('keeps the badge where it was when the panel opens', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(WECHAT_EDITOR_URL);
    await page.locator('.rich_media_content').click();
    await page.keyboard.type(`失主电话${MOBILE}，请联系。`);
    await expect.poll(async () => (await guardState(page)).status).toBe('block');
    const toggle = page.locator('govpost-guard').locator('.gpg-summary');
    const before = await toggle.boundingBox();
    await toggle.click();
    await page.locator('govpost-guard').locator('#gpg-panel').waitFor();
    expect(await toggle.boundingBox()).toEqual(before);
    // The panel opens above the toggle, not over it.
    const panel = (await page.locator('govpost-guard').locator('#gpg-panel').boundingBox())!;
    expect(panel.y + panel.height).toBeLessThanOrEqual(before!.y);
    await page.close();
  });

  it('marks findings in place in a plain textarea (Weibo home), through a mirror that leaves the textarea alone', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://weibo.com/');
    const textarea = page.locator('textarea[placeholder="有什么新鲜事想分享给大家？"]');
    await textarea.click();
    const text = `今天下午，失主电话${MOBILE}，请拾到钱包的市民联系。`;
    await page.keyboard.type(text);
    await expect.poll(async () => (await guardState(page)).status).toBe('block');
    const mirror = page.locator('gpg-mirror div');
    await expect.poll(() => mirror.locator('mark').allInnerTexts()).toEqual([MOBILE]);
    expect(await mirror.locator('mark').getAttribute('class')).toBe('block');
    // Laid exactly over the textarea, and every click goes through to it.
    const [box, field] = await Promise.all([mirror.boundingBox(), textarea.boundingBox()]);
    expect(box).toEqual(field);
    expect(await mirror.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    // What the page will send is exactly what was typed: the guard only painted.
    expect(await textarea.inputValue()).toBe(text);
    expect(await mirror.evaluate((el) => el.textContent)).toBe(`${text} `);
    // Fixed: the mirror goes with the finding.
    await textarea.fill('今天下午，请拾到钱包的市民联系。');
    await expect.poll(() => page.locator('gpg-mirror').count()).toBe(0);
    await page.close();
  });

  it.each([
    [1024, 768],
    [1280, 800],
  ])(
    'presents on a projector at %i×%i: full screen, no sample list, finding, article and fix together, keys to step',
    async (width, height) => {
      const page = await open('practice.html?sample=composite%3Aepidemic-bulletin', { width, height });
      await page.locator('#mode-present').click();
      await expect.poll(() => page.locator('#step-counter').innerText()).toMatch(/^第 1 \/ \d+ 个问题$/);
      await page.locator('#projector-toggle').click();
      await page.locator('.practice.projector').waitFor();
      expect(await page.locator('.library').isVisible()).toBe(false);
      // The badge never stands over the text the room reads.
      expect(await page.locator('.gpg-badge').count()).toBe(0);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('#step-counter').innerText()).toMatch(/^第 2 \//);
      await page.keyboard.press('f');
      await page.locator('#step-fix').waitFor();
      const inView = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
          });
      for (const part of [
        '.step-message',
        '.step-basis .article-label',
        '.step-basis .article-text p:nth-child(2)',
        '#step-fix h3',
        '#step-fix .fix-hint',
      ]) {
        expect(await inView(part), `${part} in view at ${width}×${height}`).toBe(true);
      }
      expect(await page.locator('.presentation').innerText()).not.toMatch(/\bno-[a-z-]+|approval-tier/);
      if (width === 1024) await screenshot(page, 'practice-projector');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.practice.projector').count()).toBe(0);
      // A selected mode button stays readable under the pointer.
      const present = page.locator('#mode-present');
      await present.hover();
      const [fg, bg] = await present.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      expect(fg).toBe('rgb(255, 255, 255)');
      expect(bg).toBe('rgb(29, 79, 196)');
      const current = page.locator('.sample[aria-current="true"]');
      await current.hover();
      expect(await current.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual([
        'rgb(255, 255, 255)',
        'rgb(29, 79, 196)',
      ]);
      await page.close();
    },
  );

  it('passes axe-core with no serious or critical violation on every page, the in-page panel and the HTML report', async () => {
    const found: string[] = [];
    const pages: [string, { width: number; height: number }?][] = [
      ['popup.html', { width: 360, height: 600 }],
      ['options.html'],
      ['dashboard.html#list'],
      ['dashboard.html#cadence'],
      ['dashboard.html#originals'],
      ['dashboard.html#findings'],
      ['dashboard.html#overrides'],
      ['dashboard.html#chain'],
      ['practice.html?sample=composite%3Aepidemic-bulletin'],
      ['rules.html'],
      ['welcome.html'],
      // Opened without a review in progress it says so; the sign-off form itself is checked in approval.e2e.
      ['review.html'],
      // Where the user allows reading a platform image server's pictures (opened from the panel as a small window).
      ['image-access.html?host=mmbiz.qpic.cn', { width: 480, height: 360 }],
    ];
    for (const [path, viewport] of pages) {
      const page = await open(path, viewport);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      found.push(...(await seriousViolations(page)).map((v) => `${path} ${v}`));
      await page.close();
    }
    // The in-page panel, open on a draft with findings.
    const editor = await browser.context.newPage();
    await editor.goto(WECHAT_EDITOR_URL);
    await editor.locator('#title').fill('关于寻找失主的通知');
    await editor.locator('.rich_media_content').click();
    await editor.keyboard.type(`失主电话${MOBILE}，扫码下单立减50元。`);
    await expect.poll(async () => (await guardState(editor)).status).toBe('block');
    await editor.locator('govpost-guard').locator('.gpg-summary').click();
    await editor.locator('govpost-guard').locator('#gpg-panel').waitFor();
    found.push(...(await seriousViolations(editor, 'govpost-guard')).map((v) => `in-page panel ${v}`));
    await editor.close();
    // The HTML report, as the CLI writes it.
    const text = `市民反映的问题已转交相关部门处理，举报人王建国，他的电话是${MOBILE}。来源：网络`;
    const draft = draftFromText(text, { title: '关于群众来信的处理情况' });
    const { findings, requiredApproval } = checkDraft(draft, rules);
    const report = await browser.context.newPage();
    await report.setContent(formatHtml([{ file: 'letter.txt', findings, requiredApproval, draft }]));
    found.push(...(await seriousViolations(report)).map((v) => `HTML report ${v}`));
    await report.close();
    expect(found).toEqual([]);
  });
});
