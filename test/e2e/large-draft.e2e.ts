/**
 * Large drafts are checked in slices while typing: the results must be exactly those of a check
 * in one go, shown for the latest draft only — in a plain contenteditable editor and in a real
 * ProseMirror editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardState, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';
import { syntheticDraft } from '../bench/drafts';
import { draftFromText } from '../../lib/engine/draft';
import { checkDraft } from '../../lib/engine/runner';
import { rules } from '../../lib/rules';

const EDITORS = [
  {
    name: 'WeChat (contenteditable)',
    url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN',
    pattern: /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/,
    fixture: 'wechat-basic.html',
    body: '.rich_media_content',
  },
  {
    name: 'Toutiao (ProseMirror)',
    url: 'https://mp.toutiao.com/profile_v4/graphic/publish',
    pattern: /^https:\/\/mp\.toutiao\.com\/profile_v4\/graphic\/publish/,
    fixture: 'toutiao-article.html',
    body: '.syl-editor > .ProseMirror',
  },
];

// 20,000 characters of clean prose: well over the size checked in slices, with nothing blocking.
const CLEAN = syntheticDraft(60_000, 3)
  .split('\n')
  .filter((line) => !/\d{11}|\*\*\*\*|患者|李某|来源/.test(line))
  .join('')
  .slice(0, 20_000);

describe('large drafts checked in slices', () => {
  let browser: GuardBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const e of EDITORS) await serveFixture(browser.context, e.pattern, e.fixture);
  });
  afterAll(async () => browser?.close());

  /** A new ProseMirror editor page with `text` pasted into it (as the clipboard would). */
  async function pasteIntoProseMirror(text: string) {
    const e = EDITORS[1];
    const page = await browser.context.newPage();
    await page.goto(e.url);
    await page.locator(e.body).click();
    await page.evaluate(
      ({ body, text }) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.querySelector(body)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { body: e.body, text },
    );
    return page;
  }

  for (const editorCase of EDITORS) {
    it(`${editorCase.name}: a 20,000-character draft is checked, then a phone typed at its end blocks`, async () => {
      const page = await browser.context.newPage();
      await page.goto(editorCase.url);
      const editor = page.locator(editorCase.body);
      await editor.click();
      await page.keyboard.insertText(CLEAN);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('govpost-guard')?.getAttribute('data-status') ?? null), { timeout: 30_000 })
        .not.toBeNull();
      await expect
        .poll(() => guardState(page), { timeout: 30_000 })
        .toEqual({ status: expect.stringMatching(/^(ok|warn)$/), findings: expect.any(String) });
      const clean = await guardState(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('举报人电话13912345678');
      // The number blocks; the words around it (举报人) may also raise the sign-off tier, which the
      // guard reminds of since Art. 21 applies by default: one or two findings more than before.
      await expect.poll(() => guardState(page), { timeout: 30_000 }).toMatchObject({ status: 'block' });
      expect(Number((await guardState(page)).findings) - Number(clean.findings)).toBeGreaterThanOrEqual(1);
      // The guard only read: the editor holds exactly what was typed.
      const text = await editor.evaluate((el) => el.textContent ?? '');
      expect(text.replace(/\s/g, '')).toContain('举报人电话13912345678');
      expect(text.length).toBeGreaterThanOrEqual(20_000);
      await page.close();
    });
  }

  it('a newer draft wins over a check still running: masking the number by typing clears the block', async () => {
    const e = EDITORS[1];
    const page = await browser.context.newPage();
    await page.goto(e.url);
    await page.locator(e.body).click();
    await page.keyboard.insertText(`${CLEAN}举报人电话13912345678`);
    await expect.poll(() => guardState(page), { timeout: 30_000 }).toMatchObject({ status: 'block' });
    // Replace the last eight digits with a masked form, typing it.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('****5678');
    await expect.poll(() => guardState(page), { timeout: 30_000 }).toMatchObject({ status: expect.stringMatching(/^(ok|warn)$/) });
    await page.close();
  });

  it('a draft with 1,200 findings: highlights follow the viewport, a finding far down is highlighted once scrolled to, the panel reaches every finding', async () => {
    // 800 identical repost labels (warn) and 400 distinct unmasked phone numbers (block), one a paragraph.
    const lines = [
      ...Array.from({ length: 400 }, () => '来源：转载自据报道'),
      ...Array.from({ length: 400 }, (_, i) => `第${i + 1}户联系电话139${String(10_000_000 + i * 7919).slice(-8)}。`),
    ];
    const expected = checkDraft(draftFromText(lines.join('\n')), rules).findings;
    expect(expected.length).toBe(1200);
    const last = expected.at(-1)!.text;
    const e = EDITORS[1];
    const page = await pasteIntoProseMirror(lines.join('\n'));
    // The count is the checker's, whatever is painted.
    await expect.poll(() => guardState(page), { timeout: 30_000 }).toEqual({ status: 'block', findings: '1200' });
    const painted = (text: string) =>
      page.evaluate((t) => {
        const ranges = ['govpost-block', 'govpost-warn'].flatMap((n) => [...((CSS.highlights.get(n) as Set<Range> | undefined) ?? [])]);
        const shown = ranges.filter(
          (r) => r.toString() === t && r.getBoundingClientRect().bottom > 0 && r.getBoundingClientRect().top < innerHeight,
        );
        return { all: ranges.length, shown: shown.length };
      }, text);
    await page.evaluate(() => document.scrollingElement!.scrollTo(0, 0));
    // Only the findings near the viewport are painted; the last phone number, far below, is not yet.
    await expect.poll(() => painted(last)).toMatchObject({ all: expect.any(Number) });
    const top = await painted(last);
    expect(top.all).toBeGreaterThan(0);
    expect(top.all).toBeLessThan(300);
    expect(top.shown).toBe(0);
    // Scrolled to, it is highlighted in view.
    await page
      .locator(`${e.body} > p`)
      .last()
      .evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await expect.poll(() => painted(last)).toMatchObject({ shown: 1 });
    expect((await painted(last)).all).toBeLessThan(300);

    // The panel: the 800 labels are two entries (转载自据报道, 据报道) of 400 places each; the phone numbers are listed 20 at a time.
    await page.locator('govpost-guard .gpg-summary').click();
    const entries = page.locator('govpost-guard .gpg-finding');
    await expect.poll(() => entries.count()).toBe(22);
    const labels = page.locator('govpost-guard .gpg-finding[data-rule="no-untraceable-repost"]');
    // (read through locators: the guard's closed root is open to Playwright's own world only)
    const counts = async (l: typeof entries) => Promise.all((await l.all()).map((el) => el.getAttribute('data-count')));
    expect(await counts(labels)).toEqual(['400', '400']);
    const more = page.locator('govpost-guard .gpg-more');
    expect(await more.innerText()).toBe('再显示 20 条（还有 380 条）');
    while (await more.count()) await more.click();
    await expect.poll(() => entries.count()).toBe(402);
    expect((await counts(entries)).reduce((n, c) => n + Number(c), 0)).toBe(1200);
    expect(await page.locator(`govpost-guard .gpg-finding:has-text("${last}")`).count()).toBe(1);

    // 下一处 reveals the label's second place, then its third.
    const next = labels.first().locator('.gpg-next');
    expect(await next.innerText()).toBe('共 400 处，第 1 处 · 下一处');
    const selected = () =>
      page.evaluate((body) => {
        const range = getSelection()!.getRangeAt(0);
        const p = range.startContainer.parentElement!.closest('p')!;
        return [range.toString(), [...document.querySelector(body)!.children].indexOf(p)];
      }, e.body);
    await next.click();
    await expect.poll(selected).toEqual(['转载自据报道', 1]);
    expect(await next.innerText()).toBe('共 400 处，第 2 处 · 下一处');
    await next.click();
    await expect.poll(selected).toEqual(['转载自据报道', 2]);
    await page.close();
  });

  it('a draft with 400 map images: outlines follow the viewport, the last map is outlined once scrolled to, every map is counted', async () => {
    const e = EDITORS[0];
    const page = await browser.context.newPage();
    await page.goto(e.url);
    await page.locator(e.body).click();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#cde"/></svg>`;
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    // 400 pictures whose alt text alone calls each a map (no 审图号): one blocking finding about each image
    const html = Array.from(
      { length: 400 },
      (_, i) => `<p>如图</p><p><img alt="禄劝县区位图${i + 1}" width="120" height="80" src="${src}"></p>`,
    ).join('');
    await page.evaluate((h) => document.execCommand('insertHTML', false, h), html);
    await expect.poll(() => guardState(page), { timeout: 30_000 }).toEqual({ status: 'block', findings: '400' });
    const boxes = page.locator('gpg-outline div.block');
    const outlined = async (alt: string) => {
      const img = await page.locator(`${e.body} img[alt="${alt}"]`).boundingBox();
      const all = await Promise.all((await boxes.all()).map((b) => b.boundingBox()));
      return all.some((b) => b && img && Math.round(b.x) === Math.round(img.x) - 3 && Math.round(b.y) === Math.round(img.y) - 3);
    };
    await page.evaluate(() => document.scrollingElement!.scrollTo(0, 0));
    await expect.poll(() => outlined('禄劝县区位图1')).toBe(true);
    // only the maps near the viewport have boxes; the last, far below, has none yet
    const near = await boxes.count();
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(100);
    expect(await outlined('禄劝县区位图400')).toBe(false);
    await page.locator(`${e.body} img[alt="禄劝县区位图400"]`).evaluate((img) => img.scrollIntoView({ block: 'center' }));
    await expect.poll(() => outlined('禄劝县区位图400')).toBe(true);
    expect(await boxes.count()).toBeLessThan(100);
    await page.close();
  });

  it('reveals a finding at the end of one paragraph taller than the screen: the finding itself is scrolled to and highlighted', async () => {
    // some 2,000 repost-label findings and one phone number, all in one paragraph of 18,000 characters
    const page = await pasteIntoProseMirror(`${'来源：转载自据报道'.repeat(2000)}联系电话13912345678`);
    await expect.poll(() => guardState(page), { timeout: 30_000 }).toMatchObject({ status: 'block' });
    await page.evaluate(() => document.scrollingElement!.scrollTo(0, 0));
    await page.locator('govpost-guard .gpg-summary').click();
    await page.locator('govpost-guard .gpg-finding[data-rule="no-unmasked-mobile"] .gpg-reveal').click();
    // selected, in view, and painted there
    const seen = () =>
      page.evaluate(() => {
        const inView = (r: Range) => r.getBoundingClientRect().top >= 0 && r.getBoundingClientRect().bottom <= innerHeight;
        const selected = getSelection()!.rangeCount ? getSelection()!.getRangeAt(0) : null;
        const painted = [...((CSS.highlights.get('govpost-block') as Set<Range> | undefined) ?? [])].some(
          (r) => r.toString() === '13912345678' && inView(r),
        );
        return { selected: selected?.toString() ?? null, inView: selected ? inView(selected) : false, painted };
      });
    await expect.poll(seen).toEqual({ selected: '13912345678', inView: true, painted: true });
    await page.close();
  });
});
