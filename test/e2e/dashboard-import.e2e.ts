/**
 * The dashboard imports a large export streamed: the file is read in pieces (File.stream()), never
 * as one string, and every record reaches the log. Reading a file whole is made to fail in the
 * page before the import starts, so an import that reads it whole cannot pass.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeProvince } from '../bench/province-data';
import { launchWithExtension, publicationCount, type GuardBrowser } from '../harness/browser';

const RECORDS = 30_000;

describe('dashboard import of a large export', () => {
  let b: GuardBrowser;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govpost-import-'));
    // Signed chains of 24 devices in one export of about 30 MB, as the province benchmark makes them.
    file = (await writeProvince(dir, { records: RECORDS, accounts: 64, devices: 24, oneFile: true })).files[0];
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the file in chunks, never whole, and stores every record with its chains verified', { timeout: 240_000 }, async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/dashboard.html#chain`);
    await page.evaluate(() => {
      const whole = () => {
        throw new Error('the import read a whole file at once');
      };
      Blob.prototype.text = whole;
      Blob.prototype.arrayBuffer = whole;
      FileReader.prototype.readAsText = whole;
      FileReader.prototype.readAsArrayBuffer = whole;
      FileReader.prototype.readAsBinaryString = whole;
      FileReader.prototype.readAsDataURL = whole;
    });
    await page.locator('#import-files').setInputFiles(file);
    const status = page.locator('#import-status');
    const report = page.locator('#import-status .import-report');
    await expect.poll(() => report.count(), { timeout: 200_000 }).toBe(1);
    expect(await status.locator('[role=alert]').count()).toBe(0);
    expect(await report.getAttribute('data-added')).toBe(String(RECORDS));
    expect(await status.innerText()).toContain('记录链完整');
    // Both passes read the file in pieces: far more than two reads of about 30 MB.
    const chunks = Number(await status.getAttribute('data-chunks'));
    expect(chunks).toBeGreaterThanOrEqual(2 * Math.ceil(statSync(file).size / (4 << 20)));
    expect(await publicationCount(b)).toBe(RECORDS);
    await page.locator('#verify-chain').click();
    await expect.poll(() => page.locator('#chain-verdict').getAttribute('data-ok'), { timeout: 120_000 }).toBe('true');
    await page.close();
  });
});
