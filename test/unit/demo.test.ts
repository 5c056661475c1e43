import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, PRACTICE_URL, findBrowser, launchArgs, type DiscoveryEnv } from '../tools/demo';

const machine = (platform: NodeJS.Platform, env: Record<string, string>, files: string[]): DiscoveryEnv => ({
  platform,
  env,
  isExecutable: (p) => files.includes(p),
});

describe('npm run demo: finding a browser', () => {
  it('prefers Chromium and Edge on PATH over Google Chrome', () => {
    const linux = machine('linux', { PATH: '/usr/local/bin:/usr/bin' }, [
      '/usr/bin/google-chrome',
      '/usr/bin/microsoft-edge',
      '/usr/local/bin/chromium',
    ]);
    expect(findBrowser(linux)).toEqual({ path: '/usr/local/bin/chromium', kind: 'chromium' });
    expect(findBrowser(machine('linux', { PATH: '/usr/bin' }, ['/usr/bin/google-chrome', '/usr/bin/microsoft-edge']))).toEqual({
      path: '/usr/bin/microsoft-edge',
      kind: 'edge',
    });
    expect(findBrowser(machine('linux', { PATH: '/usr/bin' }, ['/usr/bin/google-chrome-stable']))).toEqual({
      path: '/usr/bin/google-chrome-stable',
      kind: 'chrome',
    });
  });

  it('looks in the usual install places on macOS and Windows', () => {
    expect(
      findBrowser(
        machine('darwin', { PATH: '/usr/bin', HOME: '/Users/a' }, [
          '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        ]),
      ),
    ).toEqual({
      path: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      kind: 'edge',
    });
    const windows = machine('win32', { Path: 'C:\\Windows', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, [
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
    expect(findBrowser(windows)).toEqual({ path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', kind: 'edge' });
    expect(findBrowser(machine('linux', { PATH: '/usr/bin' }, ['/usr/lib/chromium/chromium']))).toEqual({
      path: '/usr/lib/chromium/chromium',
      kind: 'chromium',
    });
  });

  it('takes GOVPOST_BROWSER as a path or a command, and says when it is not there', () => {
    const files = ['/opt/google/chrome/chrome', '/usr/bin/chromium', '/usr/bin/msedge'];
    expect(findBrowser(machine('linux', { PATH: '/usr/bin', GOVPOST_BROWSER: '/opt/google/chrome/chrome' }, files))).toEqual({
      path: '/opt/google/chrome/chrome',
      kind: 'chrome',
    });
    expect(findBrowser(machine('linux', { PATH: '/usr/bin', GOVPOST_BROWSER: 'msedge' }, files))).toEqual({
      path: '/usr/bin/msedge',
      kind: 'edge',
    });
    expect(findBrowser(machine('linux', { PATH: '/usr/bin', GOVPOST_BROWSER: '/nope/chrome' }, files))).toMatchObject({
      error: expect.stringContaining('GOVPOST_BROWSER'),
    });
    expect(findBrowser(machine('linux', { PATH: '/usr/bin' }, []))).toMatchObject({ error: expect.stringContaining('GOVPOST_BROWSER') });
  });

  it("loads the built extension alone and knows the practice page's address", () => {
    expect(PRACTICE_URL).toBe(`chrome-extension://${EXTENSION_ID}/practice.html`);
    expect(launchArgs('/x/.output/chrome-mv3')).toEqual([
      '--disable-extensions-except=/x/.output/chrome-mv3',
      '--load-extension=/x/.output/chrome-mv3',
      '--no-first-run',
      '--no-default-browser-check',
    ]);
  });
});
