/**
 * The gate's edges, in Debian's Chromium with the built extension: Ctrl/Cmd+Enter held only where
 * the platform publishes with it (Weibo's composer), never in a comment box or in an editor where
 * it is a line break (Xiaohongshu's Tiptap); Esc pressed as the dialog appears; the dialog's focus,
 * its 一键脱敏并返回 and its findings read once; a page whose publish control the guard does not
 * know says so (只检查，未拦截发表) and a known one is held; editors mounted late in an open shadow root.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardState, launchWithExtension, publicationCount, serveFixture, type GuardBrowser } from '../harness/browser';
import { VARIANTS } from '../fixtures/platforms/variants';

const PHONE = '请联系 13800138000';
const CLEAN = '今日全市森林火险等级为三级';
const WECHAT = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN';
const variant = (fixture: string) => VARIANTS.find((v) => v.fixture === fixture)!;

const publishCount = (page: Page) => page.evaluate(() => document.body.dataset.publishCount ?? '0');
const mounted = (page: Page) => page.waitForFunction(() => Number(document.body.dataset.mounted ?? '0') >= 1);
const model = (page: Page) => page.evaluate(() => (window as unknown as { __gpgModel?: () => string }).__gpgModel?.() ?? null);

describe('gate edges', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const f of ['weibo-home.html', 'xiaohongshu-image.html']) await serveFixture(browser.context, variant(f).url, f);
    await serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
  });
  afterAll(async () => browser?.close());

  describe('Ctrl/Cmd+Enter', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.context.newPage();
      await page.goto(variant('weibo-home.html').url);
      await mounted(page);
    });
    afterAll(async () => page?.close());
    const composer = () => page.locator('textarea[placeholder="有什么新鲜事想分享给大家？"]');

    it("is held in Weibo's composer while the draft has a blocking finding", async () => {
      await composer().click();
      await page.keyboard.type(PHONE);
      await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await publishCount(page)).toBe('0');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(await publishCount(page)).toBe('0');
    });

    it("in a comment box is the comment's own: no dialog, the composer's draft not published", async () => {
      await page.locator('textarea[placeholder="发布你的评论"]').click();
      await page.keyboard.type('说得好');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.evaluate(() => document.body.dataset.commentSent ?? '0')).toBe('1');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await publishCount(page)).toBe('0');
    });

    it("releases a clean composer draft to the page's own shortcut handler once, with one record", async () => {
      const before = await publicationCount(browser);
      await composer().fill('');
      await composer().click();
      await page.keyboard.type(CLEAN);
      await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => publishCount(page)).toBe('1');
      await expect.poll(() => publicationCount(browser)).toBe(before + 1);
    });

    it("is left to Xiaohongshu's Tiptap body, where it inserts a line break", async () => {
      const xhs = await browser.context.newPage();
      await xhs.goto(variant('xiaohongshu-image.html').url);
      await mounted(xhs);
      await xhs.locator('.tiptap.ProseMirror').click();
      await xhs.keyboard.type(PHONE);
      await expect.poll(() => guardState(xhs)).toEqual({ status: 'block', findings: '1' });
      await xhs.keyboard.press('Control+Enter');
      await xhs.keyboard.type('下一行');
      await expect.poll(() => xhs.locator('.tiptap.ProseMirror br').count()).toBeGreaterThan(0);
      expect(await model(xhs)).toBe(`${PHONE}\n下一行`);
      expect(await xhs.getByRole('dialog').count()).toBe(0);
      expect(await publishCount(xhs)).toBe('0');
      await xhs.close();
    });
  });

  describe('the gate dialog', () => {
    const open = async (text: string) => {
      const page = await browser.context.newPage();
      await page.goto(WECHAT);
      await page.locator('.rich_media_content').click();
      await page.keyboard.type(text);
      await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      return page;
    };

    it('takes Esc pressed the instant the dialog appears, every time, and gives focus back to the editor', async () => {
      const page = await open(PHONE);
      for (let i = 0; i < 10; i++) {
        await page.locator('#js_send').click();
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
        // No dialog left behind that opens late.
        await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('rich_media_content');
      }
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await publishCount(page)).toBe('0');
      await page.close();
    });

    it('starts on 返回修改, reads each finding once, and offers 一键脱敏并返回 when every finding can be masked', async () => {
      const page = await open(PHONE);
      await page.locator('#js_send').click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const text = await dialog.innerText();
      expect(text.split('13800138000').length - 1).toBe(1);
      expect(text.split('第二十四条').length - 1).toBe(1);
      // Enter on the focused button: 返回修改, not 仍然发表.
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await publishCount(page)).toBe('0');

      await page.locator('#js_send').click();
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByRole('button', { name: '一键脱敏并返回' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => page.locator('.rich_media_content').innerText()).toBe('请联系 138****8000');
      await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
      expect(await publishCount(page)).toBe('0');
      await page.close();
    });

    it('does not offer 一键脱敏并返回 when a finding cannot be masked', async () => {
      const page = await open('来源：网络');
      await page.locator('#js_send').click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.getByRole('button', { name: '一键脱敏并返回' }).count()).toBe(0);
      await page.close();
    });
  });

  describe('honest status and late editors', () => {
    const BILI_UPLOAD = 'https://member.bilibili.com/platform/upload/video/frame';
    const form = (control: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>投稿</title></head><body>
      <input type="text" maxlength="80" placeholder="请输入稿件标题" style="width:600px">
      <div class="ql-container"><div class="ql-editor" contenteditable="true" style="width:600px;min-height:120px;border:1px solid #ccc"><p><br></p></div></div>
      ${control}
      <script>document.addEventListener('click', (e) => { if (e.target.closest('.submit-add')) document.body.dataset.publishCount = String(Number(document.body.dataset.publishCount || 0) + 1); });</script>
    </body></html>`;
    const serve = (url: string, html: string) =>
      browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));

    it('says 只检查，未拦截发表 where it finds an editor but no publish control it knows', async () => {
      await serve(`${BILI_UPLOAD}?unknown=1`, form('<button type="button" class="next-step">下一步</button>'));
      const page = await browser.context.newPage();
      await page.goto(`${BILI_UPLOAD}?unknown=1`);
      await page.locator('.ql-editor').click();
      await page.keyboard.type(PHONE);
      await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      expect(await page.locator('govpost-guard').getAttribute('data-guarded')).toBe('false');
      await expect.poll(() => page.locator('govpost-guard .gpg-unguarded').innerText()).toBe('只检查，未拦截发表');
      await page.close();
    });

    it('holds Bilibili 立即投稿 on /platform/upload/', async () => {
      await serve(`${BILI_UPLOAD}?known=1`, form('<span class="submit-add" style="cursor:pointer;padding:8px">立即投稿</span>'));
      const page = await browser.context.newPage();
      await page.goto(`${BILI_UPLOAD}?known=1`);
      await page.locator('.ql-editor').click();
      await page.keyboard.type(PHONE);
      await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      expect(await page.locator('govpost-guard').getAttribute('data-guarded')).toBe('true');
      expect(await page.locator('govpost-guard .gpg-unguarded').count()).toBe(0);
      await page.locator('.submit-add').click();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await publishCount(page)).toBe('0');
      await page.close();
    });

    it('says so when a suggestion cannot be verified in the editor, and never reports it done', async () => {
      const url = 'https://www.zhihu.com/?locked=1';
      // An editor that keeps its own model and takes only input announced by beforeinput (which
      // execCommand does not fire): any other change to its DOM is put back from the model.
      await serve(
        url,
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>知乎</title></head><body>
        <div id="box" contenteditable="true" style="width:600px;min-height:120px;border:1px solid #ccc"></div>
        <script>
          let typing = false;
          let model = '';
          const box = document.getElementById('box');
          box.addEventListener('beforeinput', () => { typing = true; setTimeout(() => (typing = false)); });
          box.addEventListener('input', () => {
            if (typing) model = box.textContent;
            else box.textContent = model;
          });
        </script></body></html>`,
      );
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.locator('#box').click();
      await page.keyboard.type(PHONE);
      await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      await page.locator('govpost-guard .gpg-summary').click();
      await page.locator('govpost-guard .gpg-apply').first().click();
      await expect.poll(() => page.locator('govpost-guard .gpg-edit-unverified').count()).toBe(1);
      expect(await page.locator('govpost-guard .gpg-edit-unverified').innerText()).toBe('未能确认已改好，请手动修改。');
      expect(await page.locator('#box').innerText()).toBe(PHONE);
      expect(await guardState(page)).toEqual({ status: 'block', findings: '1' });
      await page.close();
    });

    it('attaches to a same-origin frame switched to designMode by its own script after load', async () => {
      const url = 'https://baijiahao.baidu.com/builder/rc/edit?type=news&design=1';
      const frame =
        '<!doctype html><html><head><script>addEventListener("load", () => setTimeout(() => { document.designMode = "on"; parent.document.body.dataset.editable = "1"; }, 200));</' +
        'script></head><body><p><br></p></body></html>';
      await serve(
        url,
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>百家号</title></head><body>
        <iframe id="ueditor_0" style="width:600px;height:200px" srcdoc='${frame}'></iframe>
        <button type="button" id="pub">发布</button>
        <script>document.getElementById('pub').addEventListener('click', () => (document.body.dataset.publishCount = String(Number(document.body.dataset.publishCount || 0) + 1)));</script>
        </body></html>`,
      );
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset.editable === '1');
      await page.frameLocator('#ueditor_0').locator('body').click();
      await page.keyboard.type(PHONE);
      await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      await page.locator('#pub').click();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await publishCount(page)).toBe('0');
      await page.close();
    });

    it('attaches to an editor mounted late inside an open shadow root', async () => {
      const url = 'https://www.zhihu.com/?shadow=1';
      await serve(
        url,
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>知乎</title></head><body>
        <zh-composer></zh-composer><button type="button" id="pub">发布</button>
        <script>
          const host = document.querySelector('zh-composer');
          const root = host.attachShadow({ mode: 'open' });
          setTimeout(() => {
            const box = document.createElement('div');
            box.contentEditable = 'true';
            box.style.cssText = 'width:600px;min-height:120px;border:1px solid #ccc';
            root.append(box);
            document.body.dataset.mounted = '1';
          }, 300);
          document.getElementById('pub').addEventListener('click', () => (document.body.dataset.publishCount = String(Number(document.body.dataset.publishCount || 0) + 1)));
        </script></body></html>`,
      );
      const page = await browser.context.newPage();
      await page.goto(url);
      await mounted(page);
      await page.locator('zh-composer [contenteditable]').click();
      await page.keyboard.type(PHONE);
      await expect.poll(() => guardState(page)).toEqual({ status: 'block', findings: '1' });
      await page.locator('#pub').click();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await publishCount(page)).toBe('0');
      await page.close();
    });
  });
});
