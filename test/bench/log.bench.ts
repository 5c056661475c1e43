/**
 * `npm run bench` (second part): the publication log at 100,000 records. Targets:
 * append one record ≤ 5 ms median, verify ≤ 3 s, export ≤ 3 s, dashboard first paint ≤ 500 ms.
 *
 * - Append: the log's own code in Node over fake-indexeddb, into a log of 100,000 records.
 * - The CLI (`log verify`, `log report`) on a 100,000-record JSON Lines export, each run in a fresh
 *   Node process (a cold start, as a user runs it; tsx's own start-up not counted).
 * - The extension in Debian's Chromium, seeded with the same records by bulk adds in its service
 *   worker, then restarted: first paint from navigation start to the first rows painted (the
 *   first opening after the restart, then the median of five more, each once the previous page
 *   has settled); verify from the click on 校验 to the verdict, export from the click to the file on
 *   disk (medians of three). Clicks are dispatched in the page, so Playwright's actionability
 *   waits are not counted. Measuring starts once the restarted browser is idle (read from /proc),
 *   and verify and export after one untimed pass (LevelDB compacts freshly written records as
 *   they are first read through; a log that grew over years has long been compacted).
 * - Publishing with that log: on the WeChat editor fixture at its real URL, from a click on 发表 to
 *   the platform's own handler, which runs only after the draft is checked and the background has
 *   committed the record to the same IndexedDB (median of 30, in the page).
 * - The floor: the same records read with plain IndexedDB getAll on the page thread, nothing done
 *   to them. IndexedDB's own cost differs widely between machines (on a virtual machine where page
 *   faults are dear it is most of the time), so verify and export are best read against it.
 * Figures are printed, never asserted. With GOVPOST_SCREENSHOTS=1 it also saves the README
 * screenshots (test/screenshots/).
 */
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LogDb } from '../../lib/log/db';
import { PublicationLog } from '../../lib/log/publication-log';
import type { ChainHead, PublicationInput, PublicationRecord } from '../../lib/log/record';
import { toJsonl } from '../../lib/log/transfer';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, serveFixture, type GuardBrowser } from '../harness/browser';
import { syntheticLog } from './log-data';

const N = 100_000;
const SCREENSHOTS = resolve(import.meta.dirname, '../screenshots');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const range = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;

const input: PublicationInput = {
  platform: 'wechat',
  url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2',
  title: '关于开展冬季森林防火检查的通知',
  contentHash: 'a'.repeat(64),
  requiredApproval: 'general',
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开值班电话，已核实可以公开' }],
  text: '今日，市应急管理局召开防汛工作会议。'.repeat(30),
};

const rows: [string, string, string][] = [];

// Append: into a log that already holds 100,000 records (indexes are as large as they get).
const t0 = performance.now();
const { records, head } = await syntheticLog(N);
console.error(`generated ${N.toLocaleString('en-US')} chained records in ${ms(performance.now() - t0)}`);
const db = new LogDb('bench-log');
for (let i = 0; i < records.length; i += 10_000) await db.publications.bulkAdd(records.slice(i, i + 10_000));
await db.chains.put({ ...head, local: false });
const publicationLog = new PublicationLog(db);
for (let i = 0; i < 20; i++) await publicationLog.append(input, { snapshotMode: 'excerpt' });
const appends: number[] = [];
for (let i = 0; i < 300; i++) {
  const s = performance.now();
  await publicationLog.append(input, { snapshotMode: 'excerpt' });
  appends.push(performance.now() - s);
}
rows.push(['append one record (Node, fake-indexeddb; median of 300, log of 100k)', ms(median(appends)), '≤ 5 ms']);
await db.delete();

// The CLI on a 100,000-record export, each run in a fresh Node process (test/bench/log-cli.ts).
const dir = mkdtempSync(join(tmpdir(), 'govpost-bench-'));
const file = join(dir, 'log-100k.jsonl');
writeFileSync(file, toJsonl(records, [head]));
const cliRun = (command: 'verify' | 'report'): number => {
  // The Node flags of `npm run log` (package.json): a larger young generation halves the collector's time on 100 MB of JSON.
  const child = spawnSync(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', resolve(import.meta.dirname, 'log-cli.ts'), command, file],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`log CLI benchmark failed: ${child.stderr}`);
  return z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number)
    .parse(child.stdout);
};
const cli = { verify: [0, 1, 2].map(() => cliRun('verify')), report: [0, 1, 2].map(() => cliRun('report')) };
rmSync(dir, { recursive: true, force: true });
rows.push([`CLI \`log verify\` on a ${N.toLocaleString('en-US')}-record export (Node, median of 3)`, range(cli.verify), '≤ 3,000 ms']);
rows.push([`CLI \`log report\` on the same export (Node, median of 3)`, range(cli.report), '']);

// The extension in Chromium with 100,000 records.
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  rows.push(['Chromium figures', 'skipped: no built extension (npm run build)', '']);
} else {
  const profile = mkdtempSync(join(tmpdir(), 'govpost-bench-profile-'));
  const seeding = await launchWithExtension({ profile });
  let s = performance.now();
  try {
    await seed(seeding.serviceWorker, records, head);
    // Opened once before, as by anyone who has a log this size.
    const page = await seeding.context.newPage();
    await page.goto(`chrome-extension://${seeding.extensionId}/dashboard.html#list`);
    await page.waitForFunction(() => document.documentElement.dataset.listPaintedAt, undefined, { timeout: 30_000 });
  } finally {
    await seeding.close();
  }
  console.error(`seeded ${N.toLocaleString('en-US')} records into the extension's IndexedDB in ${ms(performance.now() - s)}`);
  // Measured after a restart, as on the day after: a log that grew over years is not 100,000 records
  // written a minute ago, still being compacted.
  const browser = await launchWithExtension({ profile });
  try {
    const url = `chrome-extension://${browser.extensionId}/dashboard.html`;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // The browser has been up a moment (its first frame costs up to a second on its own) when the
    // dashboard is opened for the first time since the restart.
    await page.setContent('<p>GovPost Guard benchmark</p>');
    await page.waitForTimeout(1000);
    // IndexedDB compacts 100,000 freshly written records in the background after the restart.
    console.error(`browser idle after ${ms(await browserIdle(profile))}`);
    const paints: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto('about:blank');
      await page.goto(`${url}#list`);
      await page.waitForFunction(() => document.documentElement.dataset.listPaintedAt, undefined, { timeout: 30_000 });
      const painted = Number(await page.evaluate(() => document.documentElement.dataset.listPaintedAt));
      const rowsShown = await page.locator('#log-list [role="row"][data-id]').count();
      if (rowsShown < 10) throw new Error(`only ${rowsShown} rows painted`);
      paints.push(painted);
      // Settled: counted, and the calendar and charts computed (the next navigation starts quiet).
      await page.locator('#log-count', { hasText: '共' }).waitFor({ timeout: 30_000 });
      await page.getByRole('tab', { name: '更新日历' }).click();
      await page.locator('#cadence-calendar').waitFor({ timeout: 60_000 });
    }
    rows.push([
      `dashboard first paint, ${N.toLocaleString('en-US')} records: first opening after a browser restart`,
      ms(paints[0]),
      '≤ 500 ms',
    ]);
    rows.push([
      `dashboard first paint, ${N.toLocaleString('en-US')} records: median of 5 more openings`,
      range(paints.slice(1)),
      '≤ 500 ms',
    ]);
    // Scroll to the far end: the window renders and the pages load on demand.
    await page.goto('about:blank');
    await page.goto(`${url}#list`);
    await page.locator('#log-count', { hasText: '共' }).waitFor({ timeout: 30_000 });
    s = performance.now();
    await page.locator('.log-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForFunction(() => document.querySelector('#log-list [aria-rowindex="100001"][data-id]'), undefined, { timeout: 10_000 });
    rows.push(['scroll to record 100,000 and paint it', ms(performance.now() - s), '']);
    // Verify and export from the dashboard's buttons: workers over real IndexedDB, Chromium's WebCrypto.
    await page.goto('about:blank');
    await page.goto(`${url}#chain`);
    await page.waitForTimeout(1000);
    // One untimed pass first: LevelDB compacts a log written a minute ago as it is first read
    // through (a log that grew over years has long been compacted), then the browser is let idle.
    await verifyInPage(page);
    console.error(`browser idle after the first pass in ${ms(await browserIdle(profile))}`);
    const verifies: number[] = [];
    for (let i = 0; i < 3; i++) {
      verifies.push(await verifyInPage(page));
      const verdict = page.locator('#chain-verdict[data-ok="true"]');
      if (!(await verdict.count())) throw new Error(`verification failed: ${await page.locator('#chain-verdict').innerText()}`);
      if ((await page.evaluate(() => document.documentElement.dataset.scanRanIn)) !== 'workers')
        throw new Error('verification did not run in workers');
    }
    rows.push([
      `verify ${N.toLocaleString('en-US')} records in Chromium (click on 校验 to verdict, median of 3)`,
      range(verifies),
      '≤ 3,000 ms',
    ]);
    // The same untimed first pass for export, which reads through the chain index.
    const [first] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('#export-jsonl').dispatchEvent('click'),
    ]);
    await first.path();
    await first.delete();
    console.error(`browser idle after the first export in ${ms(await browserIdle(profile))}`);
    for (const format of ['jsonl', 'csv'] as const) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        s = performance.now();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.locator(`#export-${format}`).dispatchEvent('click'),
        ]);
        await download.path();
        times.push(performance.now() - s);
        await download.delete();
      }
      rows.push([
        `export ${N.toLocaleString('en-US')} records as ${format === 'csv' ? 'CSV' : 'JSON Lines'} in Chromium (click to file on disk, median of 3)`,
        range(times),
        '≤ 3,000 ms',
      ]);
    }
    // The floor: what IndexedDB alone takes to hand the same records to a page, with nothing done to them.
    const floors: number[] = [];
    for (let i = 0; i < 3; i++) floors.push(await readFloor(page));
    rows.push([
      `floor: read ${N.toLocaleString('en-US')} records with plain IndexedDB getAll on the page thread, nothing done to them (median of 3)`,
      range(floors),
      '',
    ]);
    if (process.env.GOVPOST_SCREENSHOTS === '1') await screenshots(page, url);
    await page.close();
    // Publishing with this log: the record is appended through the background into the same
    // IndexedDB before the click is released (after the screenshots, which show 100,000 records).
    const publishes = await publishTimes(browser, 30);
    rows.push([
      `publish on the WeChat fixture with ${N.toLocaleString('en-US')} records: 发表 click to the platform's own handler, draft checked and record committed (median of 30)`,
      range(publishes),
      '',
    ]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** CPU time (ms) used so far by the Chromium processes of one profile (Linux /proc). */
function profileCpu(profile: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** Waits (up to 90 s) until the browser uses under a tenth of a core for a whole second; returns how long that took. */
async function browserIdle(profile: string): Promise<number> {
  const start = performance.now();
  let before = profileCpu(profile);
  while (performance.now() - start < 90_000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = profileCpu(profile);
    if (now - before < 100) break;
    before = now;
  }
  return performance.now() - start;
}

/** Clicks 校验 in the page and times it there: from the click to the button coming back with a verdict. */
function verifyInPage(page: Page): Promise<number> {
  // A string, so the bundler's helpers do not end up in the page.
  return page.evaluate(`new Promise((resolve) => {
    const button = document.getElementById('verify-chain');
    const start = performance.now();
    button.click();
    let running = false;
    const poll = () => {
      if (button.disabled) running = true;
      if (running && !button.disabled) resolve(performance.now() - start);
      else setTimeout(poll, 2);
    };
    poll();
  })`);
}

/**
 * Times publishing on the WeChat editor fixture (served at its real URL): from a click on 发表 to
 * the platform's own click handler, which runs only once the guard has checked the draft and the
 * background has committed the record. Five untimed publishes first; measured in the page.
 */
async function publishTimes(browser: GuardBrowser, n: number): Promise<number[]> {
  await serveFixture(browser.context, /^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/appmsg/, 'wechat-basic.html');
  const editor = await browser.context.newPage();
  await editor.goto('https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&lang=zh_CN');
  await editor.locator('#title').fill(input.title);
  await editor.locator('.rich_media_content').click();
  await editor.keyboard.type('今日全市森林火险等级为三级，请市民文明祭扫。');
  await editor.waitForFunction(() => document.querySelector<HTMLElement>('govpost-guard')?.dataset.status === 'ok');
  const times = await editor.evaluate(async (count) => {
    const button = document.getElementById('js_send')!;
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      // The guard stops the click at the window and replays it once the record is committed.
      const released = new Promise((resolve) => button.addEventListener('click', resolve, { once: true }));
      const start = performance.now();
      button.click();
      await released;
      out.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return out;
  }, n + 5);
  const published = Number(await editor.evaluate(() => document.body.dataset.publishCount));
  if (published !== n + 5) throw new Error(`published ${published} times, expected ${n + 5}`);
  await editor.close();
  return times.slice(5);
}

/**
 * Reads every record of the log as plainly as IndexedDB allows: getAll by primary key, 10,000 at a
 * time, on the page thread, nothing done to them. Verify and export cannot beat this by much (they
 * read the same bytes), so it says how much of their time is the browser's own.
 */
function readFloor(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const start = performance.now();
    const open = indexedDB.open('govpost-guard');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    open.onsuccess = () => {
      const db = open.result;
      let count = 0;
      const next = (after) => {
        const request = db.transaction('publications').objectStore('publications').getAll(after === null ? undefined : IDBKeyRange.lowerBound(after, true), 10000);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        request.onsuccess = () => {
          const records = request.result;
          count += records.length;
          if (records.length === 10000) return next(records[records.length - 1].id);
          db.close();
          if (count < ${N}) reject(new Error('read only ' + count + ' records'));
          else resolve(performance.now() - start);
        };
      };
      next(null);
    };
  })`);
}

/**
 * Writes the pre-hashed records (made by the log's own buildRecord, so the chain verifies)
 * straight into the extension's database from its service worker, as one bulk add per chunk:
 * the import message would validate and deduplicate each record (75–108 s for 100,000).
 */
async function seed(sw: Worker, all: readonly PublicationRecord[], chainHead: ChainHead) {
  // The background creates the database (schema version 2, which IndexedDB numbers 20) when it starts.
  await sw.evaluate(async () => {
    for (;;) {
      const found = (await indexedDB.databases()).find((d) => d.name === 'govpost-guard');
      if (found?.version && found.version >= 20) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  for (let i = 0; i < all.length; i += 10_000) {
    await sw.evaluate(
      ({ records: chunk, head: h }) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('govpost-guard');
          open.onerror = () => fail(open.error ?? new Error('IndexedDB request failed'));
          open.onsuccess = () => {
            const idb = open.result;
            const tx = idb.transaction(['publications', 'chains'], 'readwrite');
            const store = tx.objectStore('publications');
            for (const r of chunk) store.add(r);
            if (h) tx.objectStore('chains').put(h);
            tx.oncomplete = () => (idb.close(), done());
            tx.onerror = () => (idb.close(), fail(tx.error ?? new Error('IndexedDB request failed')));
          };
        }),
      { records: all.slice(i, i + 10_000), head: i === 0 ? { ...chainHead, local: false } : null },
    );
  }
}

/** The README screenshots (test/screenshots/), only when asked for: benchmark runs leave the tree clean. */
async function screenshots(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(`${url}#list`);
  await page.locator('#log-count', { hasText: '共' }).waitFor({ timeout: 30_000 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png') });
  await page.getByRole('tab', { name: '更新日历' }).click();
  await page.locator('#cadence-calendar').waitFor({ timeout: 30_000 });
  await page.locator('.cadence select').selectOption('weibo/盘龙区政府');
  await page.locator('.cadence input[type="month"]').fill('2026-10');
  await page.locator('.cadence input[type="month"]').blur();
  await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-calendar.png') });
}

console.log(`\n# Publication log benchmark (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log('| operation | time | target |');
console.log('|---|---|---|');
for (const [what, time, target] of rows) console.log(`| ${what} | ${time} | ${target} |`);
