/** Sina Weibo (adapters README §3): home composer textarea and the card.weibo.com 头条文章 editor. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'weibo',
  name: { zh: '微博', en: 'Weibo' },
  // The composer can appear on any weibo.com SPA route, so there is no finer URL check.
  matches: ['https://weibo.com/*', 'https://card.weibo.com/article/*'],
  title: [
    // 头条文章 title textarea (fixture: weibo-article.html)
    'textarea[placeholder*="标题"]',
    // video form title (MultiPost video/weibo.ts; no fixture variant yet)
    'input[placeholder="填写标题（0～30个字）"]',
  ],
  body: [
    // home composer (fixture: weibo-home.html)
    'textarea[placeholder="有什么新鲜事想分享给大家？"]',
    // 头条文章 ProseMirror body (fixture: weibo-article.html)
    '.ProseMirror[contenteditable="true"]',
  ],
  gallery: [
    // home composer thumbnails under the textarea (fixture: weibo-home.html)
    '[class*="picture"] img',
  ],
  publish: {
    // Weibo's classes are CSS-module hashes that change per build: labels are the stable anchor.
    // The video form's 发布 is a plain button labelled 发布 (SAU): covered by the label.
    selectors: [],
    labels: ['发送', '发布'],
    // The home composer sends on Ctrl/Cmd+Enter; a comment box's Ctrl+Enter is the comment's own.
    // (fixture: weibo-home.html)
    shortcut: { composer: ['textarea[placeholder="有什么新鲜事想分享给大家？"]'] },
  },
  success: {
    // Video form: a success layer with a 再发一条视频 button shows after 发布 (SAU). The layer is in
    // the page from the start and hidden, so only its becoming visible counts. The home composer
    // and the 头条文章 editor have no documented success signal (adapters README §3).
    inPage: [{ selector: 'button', text: '再发一条视频' }],
  },
});
