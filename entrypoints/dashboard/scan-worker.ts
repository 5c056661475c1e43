/**
 * The dashboard's scan worker (lib/log/parallel.ts): verifies or exports one key range of the log.
 * Started by the page as a module worker, so it runs in the extension's origin and opens the same
 * IndexedDB database, read-only.
 */
import { handleScan } from '@/lib/log/parallel';

self.onmessage = (event: MessageEvent) => {
  void handleScan(event.data, (reply) => self.postMessage(reply));
};
