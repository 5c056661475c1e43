import { defineContentScript } from '#imports';
import wechat from '@/lib/adapters/wechat';
import { takeBridgePort } from '@/lib/page/bridge-port';

// The isolated end of the WeChat bridge's private channel, taken before any page script runs;
// the guard's content script (same isolated world) reads WeChat's body through it.
export default defineContentScript({
  matches: wechat.matches,
  runAt: 'document_start',
  main() {
    takeBridgePort(document);
  },
});
