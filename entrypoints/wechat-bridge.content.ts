import { defineContentScript } from '#imports';
import wechat from '@/lib/adapters/wechat';
import { installWechatBridge } from '@/lib/page/wechat-bridge';

// WeChat's editor JS API lives on a page global the isolated content script cannot see.
export default defineContentScript({
  matches: wechat.matches,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installWechatBridge(window);
  },
});
