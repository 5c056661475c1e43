import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// npm's own range reader, installed with the build tools (it ships no types of its own).
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

/**
 * Packages installed that need a newer Node than the README promises, and why that is fine:
 * listr2 is used only by `wxt submit` (publish-browser-extension, store uploads), which this
 * project never runs; install, build, tests, CLI and benchmarks run on Node 20.19.
 */
const ONLY_FOR_UNUSED_COMMANDS = ['node_modules/listr2'];

describe('the Node version the README promises', () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version;

  it('is the one package.json declares', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`Node.js ≥ ${lowest.replace(/\.0$/, '')}`);
  });

  it('is enough for every installed package but those only an unused command needs', () => {
    const tooNew = Object.entries(lock.packages)
      .filter(([path, p]) => path && !Array.isArray(p.engines) && p.engines?.node && !semver.satisfies(lowest, p.engines.node))
      .map(([path]) => path);
    expect(tooNew).toEqual(ONLY_FOR_UNUSED_COMMANDS);
  });
});
