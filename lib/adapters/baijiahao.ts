/** Baijiahao (adapters README §8): UEditor in a same-origin iframe, title outside it; 动态 textarea. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'baijiahao',
  name: { zh: '百家号', en: 'Baijiahao' },
  matches: ['https://baijiahao.baidu.com/builder/rc/*'],
  isEditorUrl: (url) => /^\/builder\/rc\/(edit|create)/.test(url.pathname),
  title: [
    // article title contenteditable (fixture: baijiahao-news.html)
    '.client_components_titleInput [contenteditable="true"]',
    // article title, page-scoped class (fixture: baijiahao-news.html)
    '.client_pages_edit_components_titleInput [contenteditable="true"]',
    // article title, hashed class variants (fixture: baijiahao-news.html)
    '[class*="titleInput"] [contenteditable="true"]',
  ],
  body: [
    // article UEditor iframe (fixture: baijiahao-news.html)
    'iframe#ueditor_0',
    // article UEditor iframe when the id changes (fixture: baijiahao-news.html)
    '.edui-editor-iframeholder iframe',
    // 动态 textarea (fixture: baijiahao-events.html)
    'textarea#content',
  ],
  gallery: [
    // 动态 picked images (fixture: baijiahao-events.html)
    '.uploader-plus img',
  ],
  publish: {
    selectors: [
      // 动态 发布 (fixture: baijiahao-events.html)
      'button.events-op-bar-pub-btn-blue',
      // video form 发布 (SAU; no fixture variant yet)
      '[data-testid="publish-btn"]',
    ],
    labels: ['发布'],
  },
  success: {
    // After publishing the page redirects to the clue or content list (adapters README §8, SAU).
    pages: ['https://baijiahao.baidu.com/builder/rc/clue*', 'https://baijiahao.baidu.com/builder/rc/content*'],
    isSuccessUrl: (url) => url.pathname === '/builder/rc/clue' || url.pathname === '/builder/rc/content',
  },
});
