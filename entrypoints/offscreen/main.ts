import { browser } from '#imports';
import { handle } from '@/lib/messaging';
import { bytesFromDataUrl } from '@/lib/ocr/data-url';
import { readImage } from '@/lib/ocr/browser-engine';

// Only the background asks this document to read (the offscreen document has no tab and no UI).
const background = browser.runtime.getURL('/background.js');
handle('ocrRun', browser.runtime.id, async ({ image }, sender) => {
  if (sender.tab || sender.url !== background) throw new Error('ocrRun is for the background only');
  try {
    return { ok: true, result: await readImage(bytesFromDataUrl(image)) };
  } catch (e) {
    return { ok: false, reason: String((e as Error)?.message ?? e).slice(0, 300) };
  }
});
