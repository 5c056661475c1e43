/** Toutiao 头条号 (adapters README §5): ProseMirror article editor and 微头条. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'toutiao',
  name: { zh: '头条号', en: 'Toutiao' },
  matches: ['https://mp.toutiao.com/profile_v4/*'],
  isEditorUrl: (url) => /\/(graphic|weitoutiao)\/(article\/)?publish/.test(url.pathname),
  title: [
    // article title textarea (fixture: toutiao-article.html)
    'textarea[placeholder="请输入文章标题（2～30个字）"]',
    // article title, looser placeholder (fixture: toutiao-article.html)
    'textarea[placeholder*="请输入文章标题"]',
  ],
  body: [
    // article ProseMirror (fixture: toutiao-article.html)
    '.ProseMirror[contenteditable="true"]',
    // 微头条 composer (fixture: toutiao-weitoutiao.html)
    '.weitoutiao-editor [contenteditable="true"]',
  ],
  gallery: [
    // 微头条 attached images (fixture: toutiao-weitoutiao.html)
    '.image-list img',
  ],
  publish: {
    selectors: [
      // article 预览并发布, first step before 确认发布 (fixture: toutiao-article.html)
      'button.publish-btn',
      // 微头条 发布 (fixture: toutiao-weitoutiao.html)
      'button.publish-content',
    ],
    labels: ['预览并发布', '发布'],
  },
  // adapters README §5 documents no success page or message (failures show only a generic toast, and
  // a captcha can follow 确认发布): records stay 'attempted'.
  success: null,
});
