/** Bilibili (adapters README §7): 2026 Tiptap column editor and the t.bilibili.com 动态 composer. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'bilibili',
  name: { zh: '哔哩哔哩', en: 'Bilibili' },
  matches: ['https://member.bilibili.com/*', 'https://t.bilibili.com/*'],
  isEditorUrl: (url) =>
    url.hostname === 't.bilibili.com' || /^\/(york\/read-editor|article-text\/|platform\/upload\/|read\/editor)/.test(url.pathname),
  title: [
    // 2026 column editor title (fixture: bilibili-column.html)
    '.title textarea',
    // column editor title by placeholder (fixture: bilibili-column.html)
    'textarea[placeholder*="标题"]',
    // 动态 optional title (fixture: bilibili-dynamic.html)
    'input.bili-dyn-publishing__title__input',
  ],
  body: [
    // 2026 column editor, Tiptap (fixture: bilibili-column.html)
    '.editor-container .ProseMirror',
    // 动态 composer (fixture: bilibili-dynamic.html)
    'div[placeholder="有什么想和大家分享的？"][contenteditable="true"]',
    // Quill description of the video upload form on /platform/upload/ (MultiPost video/bilibili.ts; no fixture variant yet, an inline page in gate-status.e2e.ts)
    '.ql-editor[contenteditable="true"]',
  ],
  gallery: [
    // 动态 pics uploader thumbnails (fixture: bilibili-dynamic.html)
    '.bili-pics-uploader__item img',
  ],
  publish: {
    selectors: [
      // 动态 launcher, a div rather than a button (fixture: bilibili-dynamic.html)
      '.bili-dyn-publishing__action.launcher',
      // video upload form 立即投稿 on /platform/upload/ (MultiPost video/bilibili.ts; no fixture variant yet, an inline page in gate-status.e2e.ts)
      'span.submit-add',
    ],
    // The column editor's publish label was not captured by any source; 发布 is unverified.
    // 立即投稿 and 投稿 are the video form's labels, for when its class changes.
    labels: ['发布', '立即投稿', '投稿'],
  },
  // adapters README §7 documents no publish result (保存成功 in .save-tip is the draft's autosave):
  // records stay 'attempted'.
  success: null,
});
