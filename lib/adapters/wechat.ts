/** WeChat Official Accounts article editor (adapters README §2): new ProseMirror editor and legacy UEditor iframe. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'wechat',
  name: { zh: '微信公众平台', en: 'WeChat Official Accounts' },
  matches: ['https://mp.weixin.qq.com/cgi-bin/appmsg*'],
  // The same path also serves the article list (action=list_ex); only appmsg_edit(_v2) is an editor.
  isEditorUrl: (url) => (url.searchParams.get('t') ?? '').startsWith('media/appmsg_edit'),
  title: [
    // new editor: ProseMirror title (fixture: wechat-new.html)
    '.title-editor__input .ProseMirror[contenteditable="true"]',
    // new editor, older overlay markup (fixture: wechat-new.html)
    '.js_title_main [contenteditable="true"]',
    // legacy editor and the new editor's hidden mirror field (fixture: wechat-legacy.html)
    '#title',
  ],
  body: [
    // new editor: ProseMirror inside the mock iframe (fixture: wechat-new.html)
    '#ueditor_0 .mock-iframe-body .rich_media_content > .ProseMirror',
    // new editor, reached without the #ueditor_0 wrapper (fixture: wechat-new.html)
    '.rich_media_content > .ProseMirror[contenteditable="true"]',
    // legacy editor: UEditor same-origin iframe (fixture: wechat-legacy.html)
    'iframe#ueditor_0',
    // minimal editor used by the foundation test (fixture: wechat-basic.html)
    '.rich_media_content[contenteditable="true"]',
  ],
  publish: {
    selectors: [
      // footer 发表, first step of 发表 → 继续发表 → QR (fixture: wechat-new.html, wechat-legacy.html)
      '#js_send',
    ],
    labels: ['发表', '群发', '保存并群发'],
  },
  success: {
    // 发表 → 继续发表 → QR scan on a phone, then the tab goes to the account home (adapters README §2,
    // several sources). The home is also where a user may go by hand: only the tab the guard
    // released a record in, within the time limit, counts.
    pages: ['https://mp.weixin.qq.com/cgi-bin/home*'],
    isSuccessUrl: (url) => url.pathname === '/cgi-bin/home',
  },
});
