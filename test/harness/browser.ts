/**
 * Launches Debian's Chromium (never a downloaded browser) with the built extension in a fresh
 * profile, and serves fixture pages at the platforms' real URLs through request routing, so match
 * patterns, content scripts and selectors run exactly as in production. Nothing reaches the network.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { seeClosedGuardRoots } from './closed-root';

// GPG_EXT_DIR runs the browser tests and benchmarks against another build (a copy of .output/chrome-mv3,
// say, to compare two builds run by run on a noisy machine).
export const EXTENSION_DIR = resolve(process.env.GPG_EXT_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3'));
export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/platforms');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error("Chromium not found: install Debian's chromium package or set CHROMIUM_PATH");
  return found;
}

export interface GuardBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Debian's Chromium in a fresh profile, with or without the built extension; no network. With
 * `profile`, that folder is used and kept (a benchmark restarts the browser on its data).
 */
export async function launchChromium(options: {
  withExtension: boolean;
  profile?: string;
}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (options.withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXTENSION_DIR}: run npm run build`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'govpost-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      ...(options.withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--lang=zh-CN',
      // Debian's Chromium ships only the en-US UI locale: date and month fields then follow the page's
      // lang (2026年10月), as in a Chinese user's browser, rather than mm/dd/yyyy.
      '--enable-blink-features=LangAttributeAwareFormControlUI',
    ],
  });
  // Anything not served by a fixture route is refused: tests never touch the network.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  return {
    context,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension opens its first-run page on install. Left open, that tab takes focus from the
 * test's own pages (keyboard input such as Esc then goes astray), so it is closed unless a test
 * asks to keep it.
 */
export async function launchWithExtension(options: { keepWelcome?: boolean; profile?: string } = {}): Promise<GuardBrowser> {
  const { context, close } = await launchChromium({ withExtension: true, profile: options.profile });
  await seeClosedGuardRoots(context);
  if (!options.keepWelcome) {
    context.on('page', (page) => {
      page
        .waitForURL(/^chrome-extension:\/\/[a-p]{32}\/welcome\.html/, { timeout: 10_000 })
        .then(() => page.close())
        .catch(() => {
          /* not the first-run page */
        });
    });
  }
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close };
}

const ASSET_PATH = /^https?:\/\/[^/]+\/__fixtures__\/(.+)$/;
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const withAssets = new WeakSet<BrowserContext>();

/**
 * Serves test/fixtures/platforms/<path> at `/__fixtures__/<path>` on every origin, so a fixture
 * page served at a platform's real URL can load `/__fixtures__/dist/<name>.js` (bundled by the e2e
 * global setup from test/fixtures/platforms/src) and `/__fixtures__/assets/*` from its own origin.
 */
export async function serveFixtureAssets(context: BrowserContext): Promise<void> {
  if (withAssets.has(context)) return;
  withAssets.add(context);
  await context.route(ASSET_PATH, (route) => {
    const rel = ASSET_PATH.exec(route.request().url())![1].replace(/[?#].*$/, '');
    const file = resolve(FIXTURE_DIR, rel);
    if (!file.startsWith(FIXTURE_DIR + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: 'no such fixture asset' });
    return route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
}

/**
 * Serves `fixture` (a file in test/fixtures/platforms) for every request matching `url`, and the
 * fixtures' scripts and assets under `/__fixtures__/` on the same origin.
 */
export async function serveFixture(context: BrowserContext, url: string | RegExp, fixture: string): Promise<void> {
  const body = readFileSync(join(FIXTURE_DIR, fixture));
  await context.route(url, (route) => {
    // Asset requests on the page's origin fall through to the asset route.
    if (ASSET_PATH.test(route.request().url())) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  await serveFixtureAssets(context);
}

/** The guard's host element attributes, once it is mounted. */
export async function guardState(page: Page): Promise<{ status: string | null; findings: string | null }> {
  const host = page.locator('govpost-guard');
  await host.waitFor({ state: 'attached' });
  return host.evaluate((el) => ({ status: el.getAttribute('data-status'), findings: el.getAttribute('data-findings') }));
}

/** How many publication records the extension's log holds (read in its service worker, never creating the database). */
export function publicationCount(browser: GuardBrowser): Promise<number> {
  return browser.serviceWorker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('govpost-guard');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('publications')) {
            db.close();
            return resolve(0);
          }
          const count = db.transaction('publications', 'readonly').objectStore('publications').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}

/** Every record of the extension's log, read in one of its pages (never creating the database). */
export function storedRecords(extensionPage: Page): Promise<Record<string, unknown>[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('govpost-guard');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('publications').objectStore('publications').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
          all.onerror = () => reject(all.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}

/** The record last appended to a chain (highest seq) among stored records. */
export function newestRecord(records: readonly Record<string, unknown>[]): Record<string, unknown> | undefined {
  return records.reduce<Record<string, unknown> | undefined>(
    (a, r) => (a === undefined || (r.seq as number) > (a.seq as number) ? r : a),
    undefined,
  );
}

/** A route pattern matching exactly `url` (its fragment dropped: requests never carry one). */
export const exactUrl = (url: string): RegExp => new RegExp(`^${url.replace(/#.*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** How many times the fixture page's own publish handler ran (fixture pages count in `body[data-publish-count]`). */
export const pagePublishCount = (page: Page): Promise<number> => page.evaluate(() => Number(document.body.dataset.publishCount ?? 0));

/** Every record of the extension's log, read from a dashboard page opened for the purpose and closed after. */
export async function recordsOf(browser: GuardBrowser): Promise<Record<string, unknown>[]> {
  const reader = await openDashboard(browser);
  try {
    return await storedRecords(reader);
  } finally {
    await reader.close();
  }
}

/** The extension's dashboard (publication log) in a new tab. */
export async function openDashboard(browser: GuardBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  return page;
}
