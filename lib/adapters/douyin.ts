/** Douyin creator center (adapters README §4): editor-kit description, title input, upload gallery. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'douyin',
  name: { zh: '抖音创作者中心', en: 'Douyin Creator' },
  // The form appears after an upload, behind a pushState from /content/upload: no finer URL check.
  matches: ['https://creator.douyin.com/creator-micro/content/*'],
  title: [
    // 图文 form title (fixture: douyin-upload.html)
    'input[placeholder="添加作品标题"]',
    // video form title, 2026-06 (fixture: douyin-upload.html)
    'input[placeholder*="作品标题"]',
  ],
  body: [
    // editor-kit description (fixture: douyin-upload.html)
    'div.zone-container.editor-kit-container[contenteditable="true"]',
    // editor-kit by its placeholder (fixture: douyin-upload.html)
    '[data-placeholder="添加作品简介"][contenteditable="true"]',
  ],
  gallery: [
    // uploaded 图文 images (fixture: douyin-upload.html)
    '[class*="image-list"] img',
  ],
  publish: {
    selectors: [],
    // Semi buttons with hashed wrappers: the exact label is what MultiPost and SAU click.
    labels: ['发布'],
  },
  success: {
    // Success redirects to the content manager (adapters README §4, SAU).
    pages: ['https://creator.douyin.com/creator-micro/content/manage*'],
    isSuccessUrl: (url) => url.pathname === '/creator-micro/content/manage',
  },
});
