/**
 * The publication log end to end: publishing on a fixture page creates a record the dashboard shows; the
 * popup reminds; altering a stored record makes verification point at it; an export re-imports
 * on a clean profile with the chain intact. (The README screenshot comes from the benchmark, with
 * 100,000 seeded records: test/bench/log.bench.ts.) The record comes first: it is in IndexedDB
 * before the platform's publish handler runs, a record that cannot be written holds the publication,
 * and a publication on an editor the guard could not read is still recorded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardState, launchWithExtension, newestRecord, serveFixture, storedRecords, type GuardBrowser } from '../harness/browser';
import { publishOnWeChatBasic, WECHAT_EDITOR_URL } from '../harness/wechat';

/** What the gate says when the record could not be saved because the disk is full. */
const DISK_FULL = '发布记录未能保存：磁盘空间不足，已暂停发表。请清理磁盘空间后再点“发表”，记录保存后即可发表。';

const publish = async (browser: GuardBrowser, title: string, text: string, reason?: string): Promise<void> =>
  void (await publishOnWeChatBasic(browser, title, text, reason));

/** Changes one stored record's title in the extension's IndexedDB (never creating the database). */
async function tamper(browser: GuardBrowser, title: string): Promise<string> {
  return browser.serviceWorker.evaluate(
    (wanted) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('govpost-guard');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('publications', 'readwrite').objectStore('publications');
          const all = store.getAll();
          all.onsuccess = () => {
            const rec = (all.result as { id: string; title: string }[]).find((r) => r.title === wanted)!;
            const put = store.put({ ...rec, title: `${rec.title}（已改）` });
            put.onsuccess = () => {
              db.close();
              resolve(rec.id);
            };
            put.onerror = () => reject(put.error ?? new Error('IndexedDB request failed'));
          };
        };
      }),
    title,
  );
}

async function dashboard(browser: GuardBrowser, tab = 'list'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#${tab}`);
  return page;
}

describe('publication log', () => {
  let browser: GuardBrowser;
  let exported = '';
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
  });
  afterAll(async () => browser?.close());

  it('records a publication that the dashboard lists and shows in detail', async () => {
    await publish(browser, '关于开展冬季森林防火检查的通知', '今日全市森林火险等级为三级，请市民文明祭扫。');
    await publish(browser, '转发：全省春耕生产会议召开', '来源：新华社\n举报人电话 13912345678', '该号码为举报人本人同意公开的联系电话');
    const page = await dashboard(browser);
    await expect.poll(() => page.title()).toBe('发布记录');
    await expect.poll(() => page.locator('#log-list').getAttribute('data-total')).toBe('2');
    const rows = page.locator('#log-list [role="row"][data-id]');
    await expect.poll(() => rows.count()).toBe(2);
    // Newest first.
    expect(await rows.nth(0).innerText()).toContain('转发：全省春耕生产会议召开');
    expect(await rows.nth(0).innerText()).toContain('转载');
    await rows.nth(0).getByRole('button').click();
    const detail = page.getByRole('dialog');
    await expect.poll(() => detail.isVisible()).toBe(true);
    const text = await detail.innerText();
    expect(text).toContain('该号码为举报人本人同意公开的联系电话');
    expect(text).toContain('新华社');
    expect(text).toMatch(/[0-9a-f]{64}/);
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.count()).toBe(0);
    // Filters go through the background's indexes.
    await page.locator('select[name="overridden"]').selectOption('true');
    await expect.poll(() => page.locator('#log-list').getAttribute('data-total')).toBe('1');
    await page.locator('select[name="overridden"]').selectOption('');
    await expect.poll(() => page.locator('#log-list').getAttribute('data-total')).toBe('2');
    await page.close();
  });

  it('shows the cadence calendar, originals window and the popup reminders', async () => {
    const page = await dashboard(browser, 'cadence');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await expect.poll(() => page.locator(`#cadence-calendar td[data-day="${today}"]`).getAttribute('class')).toContain('posted');
    await page.getByRole('tab', { name: '原创周期' }).click();
    await expect.poll(() => page.locator('#originals-table tbody tr').count()).toBe(1);
    expect(await page.locator('#originals-table tbody').innerText()).toContain('还剩 13 天');
    await page.close();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('#reminders').innerText()).toContain('距上次原创已 0 天');
    expect(await popup.locator('#reminders').innerText()).not.toContain('今日尚未发布');
    expect(await popup.locator('#tab-status').getAttribute('data-status')).toBe('inactive');
    await popup.close();
  });

  it('charts findings by category and lists the override with its reason', async () => {
    const page = await dashboard(browser, 'findings');
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    // The overridden phone number: one personal-data finding this month (the chart is drawn by chart.js).
    await expect.poll(() => page.locator('#findings-table tbody tr').count()).toBe(1);
    const cells = await page.locator('#findings-table tbody tr').first().locator('th, td').allInnerTexts();
    expect(cells).toEqual([month, '0', '1', '0', '0', '0', '0']);
    // Chart.js has drawn the bars: the canvas holds painted pixels.
    const painted = () =>
      page.locator('#findings-chart').evaluate((c: HTMLCanvasElement) =>
        c
          .getContext('2d')!
          .getImageData(0, 0, c.width, c.height)
          .data.some((v, i) => i % 4 === 3 && v > 0),
      );
    await expect.poll(painted).toBe(true);
    await page.getByRole('tab', { name: '强制发表理由' }).click();
    await expect.poll(() => page.locator('#overrides-table tbody tr').count()).toBe(1);
    const row = await page.locator('#overrides-table tbody tr').innerText();
    expect(row).toContain('转发：全省春耕生产会议召开');
    expect(row).toContain('手机号码未脱敏');
    expect(row).not.toContain('no-unmasked-mobile');
    expect(row).toContain('该号码为举报人本人同意公开的联系电话');
    await page.close();
  });

  it('exports CSV with BOM and Chinese headers, and JSON Lines with the chain', async () => {
    const page = await dashboard(browser, 'chain');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.startsWith('\uFEFF记录编号,发表时间（北京时间）,平台,账号,标题')).toBe(true);
    expect(csvText).toContain('该号码为举报人本人同意公开的联系电话');
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.locator('#export-jsonl').click()]);
    exported = readFileSync(await jsonl.path(), 'utf8');
    const lines = exported
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.hash && l.prevHash)).toHaveLength(2);
    // Rendered in the dashboard's scan workers (lib/log/parallel.ts), not a fallback.
    expect(await page.evaluate(() => document.documentElement.dataset.scanRanIn)).toBe('workers');
    const heads = lines.filter((l) => l.type === 'chain-head');
    expect(heads).toHaveLength(1);
    // Signed by this profile's device key, whose public half travels with the head.
    expect(heads[0].publicKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(heads[0].signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(heads[0].checkpoint).toBeNull();
    // The export starts with the unit and its accounts, for the supervising unit's province database.
    expect(lines[0]).toMatchObject({ type: 'export-header', v: 1, unit: { name: expect.any(String) }, accounts: expect.any(Array) });
    await page.close();
  });

  it('points verification at an altered record', async () => {
    const page = await dashboard(browser, 'chain');
    await page.locator('#verify-chain').click();
    await expect.poll(() => page.locator('#chain-verdict').getAttribute('data-ok')).toBe('true');
    expect(await page.locator('#chain-verdict').innerText()).toContain('密钥指纹');
    const id = await tamper(browser, '关于开展冬季森林防火检查的通知');
    await page.locator('#verify-chain').click();
    await expect.poll(() => page.locator('#chain-verdict').getAttribute('data-problem-id')).toBe(id);
    expect(await page.locator('#chain-verdict').innerText()).toContain('被修改过');
    expect(await page.evaluate(() => document.documentElement.dataset.scanRanIn)).toBe('workers');
    await page.close();
  });

  it('re-imports the export on a clean profile with the chain intact', async () => {
    const clean = await launchWithExtension();
    try {
      const page = await dashboard(clean, 'chain');
      await page
        .locator('#import-files')
        .setInputFiles({ name: 'machine-a.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(exported) });
      await expect.poll(() => page.locator('#import-status .import-report').getAttribute('data-added')).toBe('2');
      expect(await page.locator('#import-status').innerText()).toContain('记录链完整');
      await page.locator('#verify-chain').click();
      await expect.poll(() => page.locator('#chain-verdict').getAttribute('data-ok')).toBe('true');
      expect(await page.locator('#chain-verdict').innerText()).toContain('2 条记录');
      await page.getByRole('tab', { name: '记录列表' }).click();
      await expect.poll(() => page.locator('#log-list').getAttribute('data-total')).toBe('2');
      await page.close();
    } finally {
      await clean.close();
    }
  });

  it('keeps apart, on import, a chain cut off with its head line, and lists it with the problem', async () => {
    const clean = await launchWithExtension();
    try {
      const lines = exported.trim().split('\n');
      // The export's first line is its header (the unit, for the supervising unit); records follow.
      const [header, ...body] = lines;
      const records = body.filter((l) => !l.includes('"chain-head"'));
      // The newest record and the head line gone: the hashes of what is left still link up.
      const newest = records.map((l) => JSON.parse(l)).sort((a, b) => b.seq - a.seq)[0];
      const cut = [header, ...records.filter((l) => JSON.parse(l).id !== newest.id)].join('\n');
      const page = await dashboard(clean, 'chain');
      await page.locator('#import-files').setInputFiles({ name: 'cut.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(cut) });
      await expect.poll(() => page.locator('#import-status .import-report').getAttribute('data-added')).toBe('0');
      expect(await page.locator('#import-quarantined').innerText()).toContain('1 条记录所在的记录链未通过校验，已隔离存放');
      expect(await page.locator('#import-verdict').innerText()).toContain('没有设备签名');
      await expect.poll(() => page.locator('#quarantine-list li').count()).toBe(1);
      expect(await page.locator('#quarantine-list').innerText()).toContain('1 条记录，设备');
      expect(await page.locator('#quarantine-list li').getAttribute('data-kind')).toBe('unsigned');
      // Not in the verified log: nothing listed, nothing to verify.
      await page.locator('#verify-chain').click();
      await expect.poll(() => page.locator('#chain-verdict').getAttribute('data-ok')).toBe('true');
      expect(await page.locator('#chain-verdict').innerText()).toContain('0 条记录');
      await page.getByRole('tab', { name: '记录列表' }).click();
      await expect.poll(() => page.locator('#log-list').getAttribute('data-total')).toBe('0');
      expect(await storedRecords(page)).toHaveLength(0);
      await page.close();
    } finally {
      await clean.close();
    }
  });

  it('speaks the language of the settings, and paints in it at once on the next opening', async () => {
    const page = await dashboard(browser, 'list');
    await page.evaluate(() => chrome.storage.local.set({ settings: { ui: { locale: 'en' } } }));
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Publication log');
    // Reopened: English from the first paint (the last language is kept in the page's own storage).
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#list`);
    await page.waitForFunction(() => document.documentElement.dataset.listPaintedAt);
    expect(await page.locator('h1').innerText()).toBe('Publication log');
    await page.evaluate(() => chrome.storage.local.set({ settings: { ui: { locale: 'zh' } } }));
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe('发布记录');
    await page.close();
  });
});

describe('a rewritten log', () => {
  it('says the chain was rewritten when its head is moved back over a removed record', async () => {
    const b = await launchWithExtension();
    try {
      await serveFixture(b.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
      await publish(b, '第一条', '今日全市森林火险等级为三级。');
      await publish(b, '第二条', '今日全市森林火险等级为三级。');
      const page = await dashboard(b, 'chain');
      await page.locator('#verify-chain').click();
      await expect.poll(() => page.locator('#chain-verdict').getAttribute('data-ok')).toBe('true');
      // The newest record removed and the head rewritten to the one before, in the extension's IndexedDB.
      await b.serviceWorker.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('govpost-guard');
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(['publications', 'chains'], 'readwrite');
              const all = tx.objectStore('publications').getAll();
              all.onsuccess = () => {
                const recs = (all.result as { id: string; seq: number; hash: string; deviceId: string }[]).sort((a, b) => a.seq - b.seq);
                const [before, last] = recs.slice(-2);
                tx.objectStore('publications').delete(last.id);
                const head = tx.objectStore('chains').get(last.deviceId);
                head.onsuccess = () => tx.objectStore('chains').put({ ...head.result, seq: before.seq, hash: before.hash });
              };
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
            };
          }),
      );
      await page.locator('#verify-chain').click();
      await expect.poll(() => page.locator('#chain-verdict').getAttribute('data-ok')).toBe('false');
      expect(await page.locator('#chain-verdict').innerText()).toContain('记录链被改写');
      expect(await page.evaluate(() => document.documentElement.dataset.scanRanIn)).toBe('workers');
    } finally {
      await b.close();
    }
  });
});

describe('the account a record names', () => {
  it('is the one the editor chose when several are filed for the platform, and none until then', async () => {
    const b = await launchWithExtension();
    try {
      await serveFixture(b.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
      const page = await dashboard(b);
      const accounts = ['昆明发布', '五华发布'].map((name) => ({ platform: 'wechat', name, hostUnit: '昆明市人民政府办公室' }));
      await page.evaluate((list) => chrome.storage.local.set({ settings: { accounts: list } }), accounts);
      await publish(b, '未选账号时的发布', '今日全市森林火险等级为三级。');
      // What the popup's 发布账号 choice writes (lib/log/accounts.ts).
      await page.evaluate(() => chrome.storage.local.set({ publishingAccounts: { wechat: '五华发布' } }));
      await publish(b, '选定账号后的发布', '今日全市森林火险等级为三级。');
      await page.reload();
      const rows = page.locator('#log-list [role="row"][data-id]');
      await expect.poll(() => rows.count()).toBe(2);
      expect(await rows.nth(0).innerText()).toContain('五华发布');
      expect(await rows.nth(1).innerText()).toContain('未指定账号');
    } finally {
      await b.close();
    }
  });
});

describe('the record comes before the publication', () => {
  let b: GuardBrowser;
  let reader: Page;
  beforeAll(async () => {
    b = await launchWithExtension();
    await serveFixture(b.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
    reader = await dashboard(b);
  });
  afterAll(async () => b?.close());

  /** The WeChat editor fixture with a draft typed in; the platform's own handler notes when it ran. */
  async function draft(title: string, text: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(WECHAT_EDITOR_URL);
    await page.locator('#title').fill(title);
    await page.locator('.rich_media_content').click();
    await page.keyboard.type(text);
    await expect.poll(() => guardState(page)).toEqual({ status: 'ok', findings: '0' });
    await page.evaluate(() =>
      document.getElementById('js_send')!.addEventListener('click', () => (document.body.dataset.publishedAt = String(Date.now()))),
    );
    return page;
  }
  const publishCount = (page: Page) => page.evaluate(() => document.body.dataset.publishCount ?? '0');
  /** The platform tears its editor down (the guard, with nothing to read, goes), leaving the 发表 button. */
  async function tearEditorDown(page: Page): Promise<void> {
    await page.evaluate(() =>
      document.getElementById('app')!.replaceChildren(document.getElementById('js_send')!, document.getElementById('published')!),
    );
    await page.locator('govpost-guard').waitFor({ state: 'detached' });
  }
  const titled = async (title: string) => (await storedRecords(reader)).filter((r) => r.title === title);

  /**
   * Wraps IndexedDB's add in the service worker for the publications store: 'time' notes when the
   * write commits (globalThis.committedAt), 'fail' throws as a full disk would. Undone by restoreAdd.
   */
  const patchAdd = (mode: 'time' | 'fail') =>
    b.serviceWorker.evaluate((how) => {
      const g = globalThis as { originalAdd?: typeof IDBObjectStore.prototype.add; committedAt?: number };
      const add = (g.originalAdd ??= IDBObjectStore.prototype.add);
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (this.name !== 'publications') return add.apply(this, args);
        if (how === 'fail') throw new DOMException('disk full (test)', 'QuotaExceededError');
        const request = add.apply(this, args);
        this.transaction.addEventListener('complete', () => (g.committedAt = Date.now()));
        return request;
      };
    }, mode);
  // A restarted service worker has lost the patch already: nothing to undo, and no error to hide the test's own.
  const restoreAdd = () =>
    b.serviceWorker
      .evaluate(() => {
        const g = globalThis as { originalAdd?: typeof IDBObjectStore.prototype.add };
        if (g.originalAdd) IDBObjectStore.prototype.add = g.originalAdd;
      })
      .catch(() => undefined);

  /**
   * Clicks 发表 while the record cannot be written: the dialog says so and nothing is published;
   * then 返回修改, and the writes work again.
   */
  async function publishWhileWritesFail(page: Page): Promise<void> {
    await patchAdd('fail');
    try {
      await page.locator('#js_send').click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.getByRole('alert').innerText()).toBe(DISK_FULL);
      expect(await publishCount(page)).toBe('0');
      await dialog.getByRole('button', { name: '返回修改' }).click();
    } finally {
      await restoreAdd();
    }
  }

  /**
   * A full disk as the browser meets it: the log's write is refused with QuotaExceededError and the
   * browser closes the connection; reopening the database fails the same way — until `freeDisk`.
   * (Only the log's database: the approval keys have their own, which this test leaves alone.)
   */
  const fillDisk = () =>
    b.serviceWorker.evaluate(() => {
      const g = globalThis as {
        diskFull?: boolean;
        addBeforeFull?: typeof IDBObjectStore.prototype.add;
        openBeforeFull?: typeof IDBFactory.prototype.open;
      };
      g.diskFull = true;
      const add = (g.addBeforeFull ??= IDBObjectStore.prototype.add);
      const open = (g.openBeforeFull ??= IDBFactory.prototype.open);
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (!g.diskFull || this.name !== 'publications') return add.apply(this, args);
        this.transaction.db.dispatchEvent(new Event('close'));
        throw new DOMException('disk full (test)', 'QuotaExceededError');
      };
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        if (!g.diskFull || args[0] !== 'govpost-guard') return open.apply(this, args);
        const request = { error: new DOMException('disk full (test)', 'QuotaExceededError') } as unknown as IDBOpenDBRequest & {
          onerror?: (e: unknown) => void;
        };
        setTimeout(() => request.onerror?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} }));
        return request;
      };
    });
  const freeDisk = () =>
    b.serviceWorker
      .evaluate(() => {
        const g = globalThis as {
          diskFull?: boolean;
          addBeforeFull?: typeof IDBObjectStore.prototype.add;
          openBeforeFull?: typeof IDBFactory.prototype.open;
        };
        g.diskFull = false;
        if (g.addBeforeFull) IDBObjectStore.prototype.add = g.addBeforeFull;
        if (g.openBeforeFull) IDBFactory.prototype.open = g.openBeforeFull;
      })
      .catch(() => undefined);

  it('says the disk is full when it is, and records and publishes on the next attempt once space is freed', async () => {
    const page = await draft('磁盘已满时', '今日全市森林火险等级为三级。');
    await fillDisk();
    try {
      // The write that meets the full disk, then a retry while it is still full (the database cannot even open).
      for (let attempt = 0; attempt < 2; attempt++) {
        await page.locator('#js_send').click();
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.isVisible()).toBe(true);
        expect(await dialog.getByRole('alert').innerText()).toBe(DISK_FULL);
        expect(await dialog.getByRole('heading').innerText()).toBe('发布记录未能保存');
        // No findings hold this publication: the dialog does not say there are some to fix.
        const text = await dialog.innerText();
        expect(text).not.toContain('必须处理的问题');
        expect(text).not.toContain('必须修改');
        expect(await publishCount(page)).toBe('0');
        await dialog.getByRole('button', { name: '返回修改' }).click();
        await expect.poll(() => dialog.count()).toBe(0);
      }
    } finally {
      await freeDisk();
    }
    // Space freed: the very next attempt is recorded and goes out (no service-worker restart needed).
    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await titled('磁盘已满时')).toHaveLength(1);
    await page.close();
  });

  it('marks a publication whose tab was closed before the platform confirmed it as most likely not sent', async () => {
    const page = await draft('发表后立即关闭', '今日全市森林火险等级为三级。');
    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    await expect.poll(async () => (await titled('发表后立即关闭')).length).toBe(1);
    await page.close();
    // WeChat goes to the account home after every publish; the tab closed before it did.
    await expect.poll(async () => (await titled('发表后立即关闭'))[0].outcome).toBe('abandoned');
  });

  it("is committed in IndexedDB before the platform's publish handler runs", async () => {
    const page = await draft('先记录后发表', '今日全市森林火险等级为三级。');
    // The moment the background's write of a record commits, seen from inside its IndexedDB.
    await patchAdd('time');
    try {
      await page.locator('#js_send').click();
      await expect.poll(() => publishCount(page)).toBe('1');
      const publishedAt = Number(await page.evaluate(() => document.body.dataset.publishedAt));
      const committedAt = await b.serviceWorker.evaluate(() => (globalThis as { committedAt?: number }).committedAt ?? null);
      expect(committedAt).not.toBeNull();
      expect(committedAt!).toBeLessThanOrEqual(publishedAt);
      expect(await titled('先记录后发表')).toHaveLength(1);
      await page.close();
    } finally {
      await restoreAdd();
    }
  });

  it('holds the publication while the record cannot be written, and lets it through once it can', async () => {
    const page = await draft('记录写入失败时', '今日全市森林火险等级为三级。');
    await publishWhileWritesFail(page);
    expect(await titled('记录写入失败时')).toHaveLength(0);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    expect(await titled('记录写入失败时')).toHaveLength(1);
    await page.close();
  });

  it('records a title pasted with its article, cut to what a record holds, rather than refusing it', async () => {
    const title = `${'关于开展冬季森林防火检查的通知'.repeat(80)}`;
    const page = await draft(title, '今日全市森林火险等级为三级。');
    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(newestRecord(await storedRecords(reader))!.title).toBe(title.slice(0, 1000));
    await page.close();
  });

  it('records a publication on a page whose editor it could not read', async () => {
    const page = await draft('编辑器消失', '今日全市森林火险等级为三级。');
    await tearEditorDown(page);
    const before = (await storedRecords(reader)).length;
    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    const after = await storedRecords(reader);
    expect(after).toHaveLength(before + 1);
    const record = newestRecord(after)!;
    // Counted as a post on the day, not as an original (Art. 23).
    expect(record).toMatchObject({
      platform: 'wechat',
      title: '',
      findings: [],
      snapshot: { mode: 'hash', text: null },
      origin: 'unread',
      source: null,
    });
    expect(record.url).toBe(WECHAT_EDITOR_URL);
    await page.close();
  });

  it('says so when such a record cannot be written, and holds the publication', async () => {
    const page = await draft('编辑器消失且无法记录', '今日全市森林火险等级为三级。');
    await tearEditorDown(page);
    await publishWhileWritesFail(page);
    await expect.poll(() => page.locator('govpost-guard').count()).toBe(0);
    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    await page.close();
  });

  it('does not record, where nothing was read, a button that only shares the label 发表', async () => {
    const page = await draft('只是同名按钮', '今日全市森林火险等级为三级。');
    await tearEditorDown(page);
    // A comment box's 发表 on the editor page: with the platform's own button gone, the gate takes
    // it by its label, but it is not the platform's publish button.
    await page.evaluate(() => {
      document.getElementById('js_send')!.remove();
      const button = document.createElement('button');
      button.id = 'comment-send';
      button.textContent = '发表';
      button.addEventListener('click', () => (document.body.dataset.commented = String(Number(document.body.dataset.commented ?? 0) + 1)));
      document.getElementById('app')!.append(button);
    });
    const before = (await storedRecords(reader)).length;
    await page.locator('#comment-send').click();
    await expect.poll(() => page.evaluate(() => document.body.dataset.commented)).toBe('1');
    expect(await storedRecords(reader)).toHaveLength(before);
    await page.close();
  });

  it('does not record a click on a platform page that is not its editor, where nothing was read', async () => {
    // The console moves on (as an SPA) to the article list, served under the same path as the
    // editor (t=media/appmsg_list), and the editor goes; a button the adapter takes for 发表 stays.
    const page = await draft('不是编辑页', '今日全市森林火险等级为三级。');
    await page.evaluate((url) => history.pushState(null, '', url), WECHAT_EDITOR_URL.replace('appmsg_edit_v2', 'appmsg_list'));
    await tearEditorDown(page);
    const before = (await storedRecords(reader)).length;
    await page.locator('#js_send').click();
    await expect.poll(() => publishCount(page)).toBe('1');
    expect(await storedRecords(reader)).toHaveLength(before);
    await page.close();
  });
});
