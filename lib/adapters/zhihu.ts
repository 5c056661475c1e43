/** Zhihu (adapters README §10): Draft.js article editor on zhuanlan.zhihu.com. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'zhihu',
  name: { zh: '知乎', en: 'Zhihu' },
  matches: ['https://zhuanlan.zhihu.com/*', 'https://www.zhihu.com/*'],
  // On www.zhihu.com the 想法 and answer composers can open on any page.
  isEditorUrl: (url) => url.hostname !== 'zhuanlan.zhihu.com' || /^\/(write|p\/\d+\/edit)/.test(url.pathname),
  title: [
    // article title (fixture: zhihu-write.html)
    'textarea[placeholder="请输入标题（最多 100 个字）"]',
    // article title, layout class (fixture: zhihu-write.html)
    '.WriteIndex-titleInput textarea',
    // 想法 optional title (MultiPost; no fixture variant yet)
    'textarea[name="title"]',
  ],
  body: [
    // Draft.js content root (fixture: zhihu-write.html)
    '.public-DraftEditor-content[contenteditable="true"]',
    // Draft.js root wrapper (fixture: zhihu-write.html)
    '.DraftEditor-root [contenteditable="true"]',
    // 想法 composer on www.zhihu.com: the Draft.js contents node (MultiPost; no fixture variant yet)
    '[contenteditable="true"] div[data-contents="true"]',
  ],
  publish: {
    selectors: [],
    // The 发布 button is found by its text in every source (MultiPost).
    labels: ['发布'],
  },
  // adapters README §10 documents no success signal for the article or 想法: records stay 'attempted'.
  success: null,
});
