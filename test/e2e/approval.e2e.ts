/**
 * Signed approvals end to end, with two browser profiles: a reviewer creates a signing key on the options
 * page and an editor trusts it after comparing the fingerprint; the editor's major draft is
 * blocked; the reviewer opens the same draft from the panel in the extension's review page and
 * approves it there ('审核通过') — their own browser does not count its own key for its own drafts —
 * the editor pastes the token and publishes; an edit after approval invalidates it and publishing is blocked again.
 * The browser's token also verifies in the CLI (same canonical draft). Screenshots for the README.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/check';
import { guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';

const EDITOR_URL = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN';
const FIXTURE = /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/;
const TITLE = '关于某县山体滑坡的情况通报';
const BODY = '11月25日，某县发生山体滑坡，造成3人遇难，搜救工作正在进行。';
const SHOTS = resolve(import.meta.dirname, '../screenshots');
/** README screenshots are refreshed only on request (GOVPOST_SCREENSHOTS=1), so test runs leave tracked files alone. */
const shoot = async (target: { screenshot(o: { path: string }): Promise<unknown> }, name: string) => {
  if (process.env.GOVPOST_SCREENSHOTS === '1') await target.screenshot({ path: join(SHOTS, name) });
};

async function options(b: GuardBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html#approval`);
  await page.locator('#approval').waitFor();
  return page;
}

async function openDraft(b: GuardBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.goto(EDITOR_URL);
  await page.locator('#title').fill(TITLE);
  await page.locator('.rich_media_content').click();
  await page.keyboard.type(BODY);
  return page;
}

const guard = (page: Page) => page.locator('govpost-guard');
const approvalLine = (page: Page) => guard(page).locator('.gpg-approval-line').innerText();
const publishCount = (page: Page) => page.evaluate(() => Number(document.body.dataset.publishCount ?? 0));

/** The publication records in the extension's IndexedDB (read in the service worker). */
async function records(b: GuardBrowser): Promise<{ approval: { status: string; reviewer: string | null; token: string | null } | null }[]> {
  return b.serviceWorker.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('govpost-guard');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('publications')) return resolve([]);
          const all = db.transaction('publications', 'readonly').objectStore('publications').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => resolve([]);
        };
      }),
  );
}

describe('signed approvals across two profiles', () => {
  let reviewer: GuardBrowser;
  let editor: GuardBrowser;
  let publicKey: string;
  let fingerprint: string;
  let token: string;

  beforeAll(async () => {
    reviewer = await launchWithExtension();
    editor = await launchWithExtension();
    for (const b of [reviewer, editor]) await serveFixture(b.context, FIXTURE, 'wechat-basic.html');
  });
  afterAll(async () => {
    await reviewer?.close();
    await editor?.close();
  });

  it('reviewer creates a signing key and exports the public key with its fingerprint', async () => {
    const page = await options(reviewer);
    await page.locator('input[name="approval-name"]').fill('李某');
    await page.locator('input[name="approval-unit"]').fill('某县人民政府办公室');
    await page.locator('select[name="approval-role"]').selectOption('principal-leader');
    await page.locator('#approval-create-key').click();
    await expect.poll(() => page.locator('#approval-public-key').inputValue()).toMatch(/^GPGKEY1\./);
    publicKey = await page.locator('#approval-public-key').inputValue();
    fingerprint = (await page.locator('#approval-own-fingerprint').innerText()).trim();
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    // The private key is a non-extractable CryptoKey in the extension's own database.
    const extractable = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('govpost-guard-keys');
          open.onsuccess = () => {
            const get = open.result.transaction('signingKeys').objectStore('signingKeys').get('self');
            get.onsuccess = () => resolve((get.result.privateKey as CryptoKey).extractable);
          };
        }),
    );
    expect(extractable).toBe(false);
    await shoot(page.locator('#approval-my-key'), 'approval-options-key.png');
    await page.close();
  });

  it('editor adds the key after comparing the fingerprint', async () => {
    const page = await options(editor);
    await page.locator('textarea[name="approval-key-paste"]').fill('not a key');
    await page.locator('#approval-read-key').click();
    await expect.poll(() => page.locator('.approval-add [role="alert"]').innerText()).toContain('无法识别');
    await page.locator('textarea[name="approval-key-paste"]').fill(publicKey);
    await page.locator('#approval-read-key').click();
    await expect.poll(() => page.locator('#approval-pending-fingerprint').innerText()).toBe(fingerprint);
    await shoot(page.locator('#approval-trusted'), 'approval-options-trust.png');
    await page.locator('#approval-confirm-key').click();
    await expect.poll(() => page.locator('.trusted-keys tr[data-kid]').count()).toBe(1);
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await page.close();
  });

  it("blocks the editor's major draft until it is approved", async () => {
    const page = await openDraft(editor);
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    expect(await approvalLine(page)).toBe('尚未审核签发（重大敏感信息，由主办单位主要领导审定签发）');
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('第二十一条');
    // Approval findings cannot be waved through with a reason by default.
    expect(await dialog.locator('textarea').count()).toBe(0);
    await dialog.getByRole('button', { name: '返回修改' }).click();
    expect(await publishCount(page)).toBe(0);
    await page.close();
  });

  it("reviewer approves the same draft in the extension's review page and gets a token with a QR code", async () => {
    const page = await openDraft(reviewer);
    await guard(page).locator('.gpg-summary').click();
    const opened = reviewer.context.waitForEvent('page');
    await guard(page).locator('.gpg-review').click();
    const review = await opened;
    await review.waitForURL(/\/review\.html#[0-9a-f-]{36}$/);
    // The reviewer sees exactly the draft they sign.
    await expect.poll(() => review.locator('.review-body').innerText()).toBe(BODY);
    expect(await review.locator('.review-draft-title').innerText()).toBe(TITLE);
    const select = review.locator('select[name="review-tier"]');
    expect(await select.locator('option').allInnerTexts()).toEqual(['一般信息', '重要信息', '重大敏感信息']);
    expect(await select.inputValue()).toBe('major');
    await review.getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => review.locator('textarea[name="review-token"]').inputValue()).toMatch(/^GPGA1\./);
    token = await review.locator('textarea[name="review-token"]').inputValue();
    expect(await review.locator('svg.gpg-qr path').getAttribute('d')).toMatch(/^M\d/);
    await shoot(review, 'approval-reviewer-panel.png');
    // Back in the editor page: the approval is attached, but this browser does not vouch for its own draft.
    await expect.poll(() => approvalLine(page)).toBe('审核人密钥未受信任或已撤销');
    expect(await guard(page).locator('.gpg-approval-entry').first().innerText()).toContain('主要领导 李某');
    expect(await guardState(page)).toEqual({ status: 'block', findings: '1' });
    await review.close();
    await page.close();
  });

  it("the browser's token verifies in the CLI over the same draft", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govpost-approval-e2e-'));
    writeFileSync(join(dir, 'key.jwk'), publicKey);
    writeFileSync(join(dir, 'draft.json'), JSON.stringify({ title: TITLE, html: `<p>${BODY}</p>`, platform: 'wechat' }));
    const r = await runCli(['--format', 'json', '--trust', join(dir, 'key.jwk'), '--token', token, join(dir, 'draft.json')]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).results[0].approval).toMatchObject({
      status: 'valid',
      level: 'major',
      reviewer: { name: '李某', role: 'principal-leader' },
    });
    expect(r.code).toBe(0);
  });

  it('editor pastes the token, publishes; an edit invalidates the approval and publishing is blocked', async () => {
    const page = await openDraft(editor);
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await guard(page).locator('.gpg-summary').click();
    await guard(page).locator('textarea[name="gpg-token"]').fill(token.slice(0, -12));
    await guard(page).locator('.gpg-attach').click();
    await expect.poll(() => guard(page).locator('.gpg-approval-notice').innerText()).toMatch(/^未附加：/);
    await guard(page).locator('textarea[name="gpg-token"]').fill(token);
    await guard(page).locator('.gpg-attach').click();
    await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
    expect(await approvalLine(page)).toMatch(/^已审核 · 主要领导 李某 · \d\d-\d\d \d\d:\d\d$/);
    await shoot(guard(page).locator('.gpg-badge'), 'approval-editor-approved.png');

    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(async () => (await records(editor)).at(-1)?.approval)
      .toMatchObject({ status: 'valid', reviewer: '主要领导 李某', token });

    await page.locator('.rich_media_content').click();
    await page.keyboard.press('End');
    await page.keyboard.type('另有2人受伤。');
    await expect.poll(() => approvalLine(page)).toBe('内容已修改，审核已失效');
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await expect.poll(() => guard(page).locator('.gpg-added').first().innerText()).toContain('另有2人受伤');
    await shoot(guard(page).locator('.gpg-badge'), 'approval-editor-stale.png');
    await page.locator('#js_send').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('内容已修改，审核已失效');
    await dialog.getByRole('button', { name: '返回修改' }).click();
    expect(await publishCount(page)).toBe(1);
    await page.close();
  });

  it("a revoked key's approval fails", async () => {
    const opts = await options(editor);
    await opts.locator('.approval-revoke').click();
    await expect.poll(() => opts.locator('.trusted-keys tr[data-kid]').getAttribute('data-revoked')).toBe('true');
    await expect.poll(() => opts.locator('.save-state').getAttribute('data-state')).toBe('saved');
    const page = await openDraft(editor);
    await expect.poll(() => approvalLine(page)).toBe('审核人密钥未受信任或已撤销');
    await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
    await page.close();
    await opts.close();
  });
});
