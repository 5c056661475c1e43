/**
 * The publish-handler variants are a test dimension only if every fixture page goes through them:
 * each platform fixture with a publish control wires its handler with `onPublish`
 * (test/fixtures/platforms/src/support/page.ts), never with a bare click listener, so
 * test/e2e/publish-variants.e2e.ts runs every variant on it; and each editor library fixture
 * exposes its own model for the edit checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARIANTS } from '../fixtures/platforms/variants';

const SRC = join(import.meta.dirname, '../fixtures/platforms/src');

function source(fixture: string): string {
  const base = fixture.replace(/\.html$/, '');
  const file = ['.ts', '.tsx'].map((ext) => join(SRC, base + ext)).find(existsSync);
  if (!file) throw new Error(`no script for ${fixture}`);
  return readFileSync(file, 'utf8');
}

describe('fixture pages and the publish variants', () => {
  for (const v of VARIANTS.filter((x) => x.publish)) {
    it(`${v.fixture} wires its publish handler through onPublish`, () => {
      const src = source(v.fixture);
      expect(src).toMatch(/\bonPublish\(/);
      expect(src).not.toMatch(/\bonClick\([^\n]*published\)/);
      expect(src).not.toMatch(/addEventListener\('click', published\)/);
    });
  }

  it('every editor library support module exposes its model', () => {
    for (const lib of ['prosemirror', 'tiptap', 'ueditor'])
      expect(readFileSync(join(SRC, 'support', `${lib}.ts`), 'utf8')).toMatch(/exposeModel\(/);
    expect(source('zhihu-write.html')).toMatch(/exposeModel\(/);
    expect(source('baijiahao-events.html')).toMatch(/exposeModel\(/);
  });
});
