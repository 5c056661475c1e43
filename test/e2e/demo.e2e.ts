/**
 * `npm run demo`, headless: the built extension starts in a fresh profile and the
 * practice page is shown, ready to use (the real command opens the same, headful).
 */
import { existsSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, chromiumPath } from '../harness/browser';
import { PRACTICE_URL, startDemo, type Demo } from '../tools/demo';

describe('npm run demo', () => {
  let demo: Demo | undefined;
  afterAll(async () => {
    await demo?.context.close();
    if (demo) rmSync(demo.profile, { recursive: true, force: true });
  });

  it('opens the practice page with the extension loaded, in a profile of its own', async () => {
    demo = await startDemo({ path: chromiumPath(), kind: 'chromium' }, EXTENSION_DIR, { headless: true });
    expect(demo.page.url()).toBe(PRACTICE_URL);
    await demo.page.locator('[data-sample="composite:sponsored-event"]').click();
    // One finding per commercial passage: the sponsored sales line and the follow-and-share lottery.
    await expect.poll(() => demo!.page.locator('.gpg-badge .gpg-status').innerText()).toBe('2 个问题');
    expect(existsSync(demo.profile)).toBe(true);
    expect(demo.context.pages().map((p) => p.url())).not.toContain('about:blank');
  });
});
