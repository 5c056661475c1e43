/**
 * The background's handle on the offscreen document that runs the OCR engine (MV3 service workers
 * cannot load the WASM runtime's module glue). Created on the first read, closed when idle.
 */
import { browser } from '#imports';
import { send } from '../messaging';
import type { OffscreenHost } from './service';

const URL_PATH = '/offscreen.html';

export function offscreenHost(): OffscreenHost {
  let creating: Promise<void> | null = null;
  const api = () => (browser as unknown as { offscreen: typeof chrome.offscreen }).offscreen;

  async function ensure(): Promise<void> {
    if (await api().hasDocument()) return;
    creating ??= api()
      .createDocument({
        url: URL_PATH,
        reasons: [chrome.offscreen.Reason.WORKERS],
        justification: "Reads the text in the draft's images (OCR, WebAssembly) on this computer.",
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  }

  return {
    async run(image) {
      await ensure();
      // The document's listener registers once its module has run: a first send can miss it.
      for (let attempt = 0; ; attempt++) {
        try {
          return await send('ocrRun', { image });
        } catch (e) {
          if (attempt >= 50 || !/Receiving end does not exist|Could not establish connection/i.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
        }
      }
    },
    async close() {
      if (await api().hasDocument()) await api().closeDocument();
    },
  };
}
