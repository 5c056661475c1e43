/**
 * The province report as a supervisor opens it: exports of a synthetic province ingested through
 * the CLI, the HTML written by `log report --db`, opened from disk in Debian's Chromium with no
 * network. It must show without a console error or a request beyond the file itself, carry the
 * same figures as the database, open every drill-down level on click and when printed (A4).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLog } from '../../lib/cli/log';
import { nodeDigester } from '../../lib/cli/node-digest';
import { useDigester } from '../../lib/log/digest';
import { openProvince } from '../../lib/province/ingest';
import { provinceReport, provinceRollup, type ProvinceReport } from '../../lib/province/report';
import { writeProvince } from '../bench/province-data';
import { launchChromium } from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../screenshots');
const dir = mkdtempSync(join(tmpdir(), 'province-e2e-'));
const db = join(dir, 'province.duckdb');
const html = join(dir, 'report.html');
const TODAY = '2026-11-30';
let browser: Awaited<ReturnType<typeof launchChromium>>;
let figures: ProvinceReport;

beforeAll(async () => {
  useDigester(nodeDigester);
  const made = await writeProvince(join(dir, 'exports'), { records: 6_000, accounts: 320, devices: 48 });
  expect(made.files).toHaveLength(16);
  const ingest = await runLog(['ingest', join(dir, 'exports'), '--db', db], 'zh', TODAY);
  expect(ingest.code).toBe(0);
  expect(ingest.stdout).toContain('新增 6000 条');
  expect((await runLog(['report', '--db', db, '--out', html, '--today', TODAY], 'zh', TODAY)).code).toBe(0);
  const p = await openProvince(db);
  figures = await provinceReport(p.conn, TODAY);
  p.close();
  browser = await launchChromium({ withExtension: false });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('province report in Chromium', () => {
  it('opens offline without a console error and shows the database figures', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(html).href;
    await page.goto(url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('全省政务新媒体发布情况汇总');
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    // The glance cards carry the same numbers as the report's figures.
    const province = provinceRollup(figures);
    const cards = await page.locator('.card b').allTextContents();
    expect(cards.map((c) => Number(c.replaceAll(',', '')))).toEqual([
      figures.totals.accounts,
      figures.totals.records,
      province.accountsMissing,
      province.originalOverdue,
      province.majorUnverified,
      figures.totals.failedDevices,
    ]);
    expect(province.accountsMissing).toBeGreaterThan(0);
    expect(await page.locator('svg').count()).toBe(2);
    // One row per prefecture in the glance table, in the database's order.
    const names = await page.locator('#glance ~ table').first().locator('tbody tr td:first-child').allTextContents();
    expect(names).toEqual(figures.prefectures.map((p) => p.name));
    if (process.env.GOVPOST_SCREENSHOTS === '1') {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'province-report.png') });
    }
    await page.close();
  });

  it('opens every drill-down level on click and for print', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(html).href);
    const open = () => page.locator('details').evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length);
    const total = await page.locator('details').count();
    // 16 prefectures, then their counties.
    expect(total).toBeGreaterThan(16);
    expect(await open()).toBe(0);
    await page.getByRole('button', { name: '展开全部' }).click();
    await expect.poll(open).toBe(total);
    await page.reload();
    expect(await open()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await expect.poll(open).toBe(total);
    await page.close();
  });
});
