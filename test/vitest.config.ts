import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit beside the code they test (lib/**, components/**) and in test/unit; end-to-end
// tests drive the built extension in Debian's Chromium (test/e2e, and the hostile-page scenarios in
// test/security) and run one file at a time.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        root,
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
          environment: 'node',
          restoreMocks: true,
          // Some unit tests start the CLI through npm (three Node processes each); on a loaded 2-core
          // machine that alone can take longer than vitest's 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        root,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts', 'test/security/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A service-worker round trip can take a while on a loaded 2-core machine.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
