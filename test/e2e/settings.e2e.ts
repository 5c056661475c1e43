/**
 * Settings end to end: a setting changed on the options page changes the findings in an open
 * editor without reloading it; a bad import changes nothing; a managed policy file in Chromium's
 * policy directory wins over local settings, locks fields and has its bad parts reported.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';

const EDITOR_URL = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN';
const DRAFT = '请患者家属尽快联系，电话 13800138000。';

/** Chrome's extension ID: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
function extensionIdFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}
const MANIFEST = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key: string };
const EXTENSION_ID = extensionIdFromKey(MANIFEST.key);

async function openEditor(b: GuardBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(EDITOR_URL);
  await page.locator('.rich_media_content').click();
  await page.keyboard.type(DRAFT);
  return page;
}

describe('options page drives open editors', () => {
  let b: GuardBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
    await serveFixture(b.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
  });
  afterAll(async () => b?.close());

  it('has the fixed extension ID from the manifest key', () => {
    expect(EXTENSION_ID).toBe('eibkcieilcckdeaflgnhpjkkobjdcjol');
    expect(b.extensionId).toBe(EXTENSION_ID);
  });

  it('changes the findings in an open editor when a rule is changed on the options page', async () => {
    const editor = await openEditor(b);
    await expect.poll(() => guardState(editor), { timeout: 5000 }).toEqual({ status: 'block', findings: '1' });

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await expect.poll(() => options.title()).toBe('政务发布守门员 · 设置');
    await options.getByLabel('搜索规则').fill('手机');
    const card = options.locator('li.rule[data-rule="no-unmasked-mobile"]');
    await expect.poll(() => options.locator('li.rule').count()).toBeLessThan(5);
    expect(await card.innerText()).toContain('第二十四条');
    await card.locator('select').selectOption('warn');

    // Not reloaded: the open editor re-checks with the new setting.
    await expect.poll(() => guardState(editor), { timeout: 5000 }).toEqual({ status: 'warn', findings: '1' });
    await card.getByLabel('启用此规则').uncheck();
    await expect.poll(() => guardState(editor), { timeout: 5000 }).toEqual({ status: 'ok', findings: '0' });
    await expect.poll(() => options.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await card.getByLabel('启用此规则').check();
    await expect.poll(() => guardState(editor), { timeout: 5000 }).toEqual({ status: 'warn', findings: '1' });
    await editor.close();
    await options.close();
  });

  it('reports every bad field of an invalid import and changes nothing', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const stored = () => options.evaluate(() => chrome.storage.local.get('settings'));
    const before = await stored();
    const bad = {
      format: 'govpost-guard-settings',
      version: 1,
      settings: { profile: { role: 'boss' }, log: { snapshot: 'everything' }, ui: { locale: 'en' } },
    };
    await options
      .getByLabel('从文件导入设置')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const result = options.locator('#import-result');
    await expect.poll(() => result.getAttribute('data-ok')).toBe('false');
    const paths = await result.locator('li[data-path]').evaluateAll((els) => els.map((el) => el.getAttribute('data-path')));
    expect(paths.sort()).toEqual(['settings.log.snapshot', 'settings.profile.role']);
    // each issue worded in Chinese (zod's wording, registered on the options page: lib/settings/chinese-issues.ts)
    for (const text of await result.locator('li[data-path]').allInnerTexts()) expect(text).toMatch(/无效/);
    expect(await result.innerText()).toContain('未作任何改动');
    expect(await stored()).toEqual(before);
    // The page stayed in Chinese: the invalid file's locale was not applied.
    expect(await options.locator('h1').innerText()).toBe('政务发布守门员 · 设置');

    const good = {
      format: 'govpost-guard-settings',
      version: 1,
      settings: { profile: { role: 'reviewer', name: '王五', unit: '县融媒体中心' } },
    };
    await options
      .getByLabel('从文件导入设置')
      .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => result.getAttribute('data-ok')).toBe('true');
    await expect.poll(async () => ((await stored()).settings as { profile?: { name?: string } } | undefined)?.profile?.name).toBe('王五');
    expect(await options.getByLabel('姓名').inputValue()).toBe('王五');
    await options.close();
  });

  it('files the unit hierarchy on the options page, stored checked and kept after a reload', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const stored = async () =>
      ((await options.evaluate(() => chrome.storage.local.get('settings'))).settings as { profile?: { hierarchy?: unknown } } | undefined)
        ?.profile?.hierarchy;
    const level = (name: string) => options.getByLabel(name, { exact: true });
    await level('省').fill('云南省');
    await level('州（市）').fill('昆明市');
    await level('县（市、区）').pressSequentially(' 五华区 ');
    await expect.poll(stored).toEqual({ province: '云南省', prefecture: '昆明市', county: '五华区' });
    await options.reload();
    expect(await level('州（市）').inputValue()).toBe('昆明市');
    expect(await level('县（市、区）').inputValue()).toBe('五华区');
    // An emptied level is dropped, not stored as an empty string.
    await level('州（市）').fill('');
    await level('部门').fill('应急管理局');
    await expect.poll(stored).toEqual({ province: '云南省', county: '五华区', department: '应急管理局' });
    await options.close();
  });

  it('checks a draft already on the page with the stored settings the first time, not with the defaults', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const card = options.locator('li.rule[data-rule="no-unmasked-mobile"]');
    await options.getByLabel('搜索规则').fill('手机');
    await card.locator('select').selectOption('warn');
    await expect.poll(() => options.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await options.close();
    // The editor holds the draft when the page loads: the guard's first check is the one shown as ready.
    const url = 'https://mp.toutiao.com/profile_v4/graphic/publish?first-check';
    await b.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>
          <div class="ProseMirror" contenteditable="true"><p>${DRAFT}</p></div></body></html>`,
      }),
    );
    const page = await b.context.newPage();
    // The status the guard showed when it first became ready (a later re-check may change it).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const host = document.querySelector('govpost-guard');
        if (!host?.hasAttribute('data-ready-ms')) return;
        document.documentElement.dataset.firstStatus = host.getAttribute('data-status') ?? '';
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready-ms'] });
    });
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.firstStatus ?? null), { timeout: 5000 }).toBe('warn');
    await page.close();
  });
});

describe('managed policy from /etc/chromium/policies/managed', () => {
  const dir = '/etc/chromium/policies/managed';
  const file = join(dir, `govpost-guard-e2e-${process.pid}.json`);
  const createdDirs: string[] = [];
  let b: GuardBrowser | undefined;

  beforeAll(async () => {
    for (const d of ['/etc/chromium/policies', dir]) {
      if (!existsSync(d)) {
        mkdirSync(d);
        createdDirs.unshift(d);
      }
    }
    // Chosen so other tests running on this machine at the same time see no change in findings:
    // the mobile rule is held at its default (block) but locked; the rest touches no rule.
    const policy = {
      ruleSeverities: { 'no-unmasked-mobile': 'block', 'no-such-rule': 'warn' },
      unit: '昆明市五华区人民政府办公室',
      lockedFields: ['ui.locale'],
      logRetentionDays: 5,
    };
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
    b = await launchWithExtension();
    await serveFixture(b.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
  });

  afterAll(async () => {
    rmSync(file, { force: true });
    for (const d of createdDirs) if (existsSync(d) && readdirSync(d).length === 0) rmdirSync(d);
    await b?.close();
  });

  it('shows policy fields read-only with the organisation note, and reports the bad parts', async () => {
    const options = await b!.context.newPage();
    await options.goto(`chrome-extension://${b!.extensionId}/options.html`);
    await expect.poll(() => options.locator('#policy-info').getAttribute('data-present'), { timeout: 10_000 }).toBe('true');

    const card = options.locator('li.rule[data-rule="no-unmasked-mobile"]');
    await expect.poll(() => card.locator('select').isDisabled()).toBe(true);
    expect(await card.getByLabel('启用此规则').isDisabled()).toBe(true);
    expect(await card.locator('.lock-note').innerText()).toContain('由单位策略设置');
    expect(await options.locator('li.rule[data-rule="no-unmasked-id-number"] select').isDisabled()).toBe(false);

    const unit = options.getByLabel('所在单位');
    expect(await unit.inputValue()).toBe('昆明市五华区人民政府办公室');
    expect(await unit.isDisabled()).toBe(true);
    expect(await options.getByRole('combobox', { name: '界面语言' }).isDisabled()).toBe(true);

    const issues = await options
      .locator('#policy-issues li[data-path]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-path')));
    expect(issues).toContain('ruleSeverities.no-such-rule');
    // Chromium itself drops values its schema rejects (logRetentionDays: 5 is below the minimum);
    // either way the bad value is not applied.
    expect(await options.getByLabel('保存天数').inputValue()).toBe('730');
    await options.close();
  });

  it('lets the managed value win over a local one in the editor', async () => {
    const options = await b!.context.newPage();
    await options.goto(`chrome-extension://${b!.extensionId}/options.html`);
    // A local setting the policy overrides (written directly: the options page will not let the user).
    await options.evaluate(() =>
      chrome.storage.local.set({ settings: { rules: { 'no-unmasked-mobile': { enabled: false } }, ui: { locale: 'en' } } }),
    );
    const editor = await openEditor(b!);
    await expect.poll(() => guardState(editor), { timeout: 5000 }).toMatchObject({ status: 'block' });
    // The locked language stays Chinese even though local storage asks for English.
    await options.reload();
    await expect.poll(() => options.locator('h1').innerText()).toBe('政务发布守门员 · 设置');
    await editor.close();
    await options.close();
  });
});
