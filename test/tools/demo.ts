/**
 * `npm run demo`: after `wxt build`, opens Chromium, Microsoft Edge or Google Chrome
 * with the built extension in a fresh profile, on the practice page — the one-command
 * demonstration for a training room. The browser is driven through playwright-core (no browser
 * download) only to open the page once the extension runs; it stays open until the trainer closes it. GOVPOST_BROWSER names the browser (a path or a command on
 * PATH); otherwise the usual places are searched, Chromium and Edge first: branded Google Chrome
 * 137 and later ignores --load-extension, so it is tried last and only with a warning.
 */
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The extension ID pinned by the manifest key (wxt.config.ts). */
export const EXTENSION_ID = 'eibkcieilcckdeaflgnhpjkkobjdcjol';
export const PRACTICE_URL = `chrome-extension://${EXTENSION_ID}/practice.html`;

export type BrowserKind = 'chromium' | 'edge' | 'chrome';

export interface FoundBrowser {
  path: string;
  kind: BrowserKind;
}

export interface DiscoveryEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** True when an executable file is at this path. */
  isExecutable(path: string): boolean;
}

const COMMANDS: [string, BrowserKind][] = [
  ['chromium', 'chromium'],
  ['chromium-browser', 'chromium'],
  ['microsoft-edge', 'edge'],
  ['microsoft-edge-stable', 'edge'],
  ['msedge', 'edge'],
  ['google-chrome', 'chrome'],
  ['google-chrome-stable', 'chrome'],
  ['chrome', 'chrome'],
];

function kindOf(path: string): BrowserKind {
  const name = path.toLowerCase();
  if (/edge/.test(name)) return 'edge';
  if (/chromium/.test(name)) return 'chromium';
  return 'chrome';
}

/** Install locations outside PATH, in order of preference. */
function installPaths(platform: NodeJS.Platform, env: DiscoveryEnv['env']): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env.HOME ?? '', 'Applications')];
    return apps.flatMap((dir) => [
      join(dir, 'Chromium.app/Contents/MacOS/Chromium'),
      join(dir, 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'),
      join(dir, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramFiles, env['ProgramFiles(x86)']].filter(
      (r): r is string => Boolean(r),
    );
    const under = (rel: string) => roots.map((root) => `${root}\\${rel}`);
    return [
      ...under('Chromium\\Application\\chrome.exe'),
      ...under('Microsoft\\Edge\\Application\\msedge.exe'),
      ...under('Google\\Chrome\\Application\\chrome.exe'),
    ];
  }
  return ['/usr/lib/chromium/chromium', '/snap/bin/chromium', '/opt/microsoft/msedge/msedge', '/opt/google/chrome/chrome'];
}

function onPath(command: string, { platform, env, isExecutable }: DiscoveryEnv): string | null {
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  const names = platform === 'win32' ? [`${command}.exe`, command] : [command];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = platform === 'win32' ? `${dir.replace(/\\$/, '')}\\${name}` : join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** The browser to launch, or an error message saying what was looked for. */
export function findBrowser(d: DiscoveryEnv): FoundBrowser | { error: string } {
  const named = d.env.GOVPOST_BROWSER?.trim();
  if (named) {
    const path = /[\\/]/.test(named) ? (d.isExecutable(named) ? named : null) : onPath(named, d);
    return path ? { path, kind: kindOf(path) } : { error: `GOVPOST_BROWSER=${named}: 找不到这个浏览器 (not found)` };
  }
  const found: FoundBrowser[] = [];
  for (const [command, kind] of COMMANDS) {
    const path = onPath(command, d);
    if (path) found.push({ path, kind });
  }
  for (const path of installPaths(d.platform, d.env)) if (d.isExecutable(path)) found.push({ path, kind: kindOf(path) });
  const rank: Record<BrowserKind, number> = { chromium: 0, edge: 1, chrome: 2 };
  found.sort((a, b) => rank[a.kind] - rank[b.kind]);
  return (
    found[0] ?? {
      error:
        '找不到 Chromium、Edge 或 Chrome，请用 GOVPOST_BROWSER 指定浏览器路径 (no Chromium, Edge or Chrome found; set GOVPOST_BROWSER)',
    }
  );
}

/** Browser flags: the built extension only, loaded unpacked (the profile is a fresh directory). */
export function launchArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface Demo {
  context: BrowserContext;
  page: Page;
  profile: string;
  /** Resolves when the trainer closes the browser. */
  closed: Promise<void>;
}

/**
 * Starts the browser with the extension in a fresh profile and shows the practice page. A URL on
 * the command line would race the extension's loading (Chromium shows an error page), so the page
 * is opened once the extension's service worker runs. The first-run page opens too, behind it.
 */
export async function startDemo(browser: FoundBrowser, extensionDir: string, options: { headless?: boolean } = {}): Promise<Demo> {
  const profile = mkdtempSync(join(tmpdir(), 'govpost-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless: options.headless ?? false,
    viewport: null,
    // Playwright's defaults disable extensions and show the automation banner; neither suits a demo.
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
    args: launchArgs(extensionDir),
  });
  const closed = new Promise<void>((done) => context.on('close', () => done()));
  if (!context.serviceWorkers().some((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`))) {
    await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`),
      timeout: 30_000,
    });
  }
  const page = await context.newPage();
  await page.goto(PRACTICE_URL);
  await page.bringToFront();
  for (const blank of context.pages().filter((p) => p.url() === 'about:blank')) await blank.close();
  return { context, page, profile, closed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    process.stderr.write(`没有找到构建好的扩展：${extensionDir}（先运行 npm run build）\n`);
    process.exit(2);
  }
  const browser = findBrowser({ platform: process.platform, env: process.env, isExecutable });
  if ('error' in browser) {
    process.stderr.write(`${browser.error}\n`);
    process.exit(2);
  }
  if (browser.kind === 'chrome') {
    process.stderr.write(
      '注意：Google Chrome 137 及以后的正式版忽略 --load-extension，扩展可能不会加载；请安装 Chromium 或 Edge，或用 GOVPOST_BROWSER 指定。\n',
    );
  }
  try {
    const demo = await startDemo(browser, extensionDir);
    process.stdout.write(`已用 ${browser.path} 打开练习页（全新的临时配置，关闭浏览器后删除）。关闭浏览器窗口即可结束演示。\n`);
    await demo.closed;
    rmSync(demo.profile, { recursive: true, force: true });
  } catch (e) {
    process.stderr.write(`无法启动 ${browser.path}：${(e as Error).message.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
