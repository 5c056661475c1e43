/** Xiaohongshu creator (adapters README §9): Tiptap body, title input, gallery, xhs-publish-btn shadow DOM. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'xiaohongshu',
  name: { zh: '小红书创作服务平台', en: 'Xiaohongshu Creator' },
  matches: ['https://creator.xiaohongshu.com/publish/*'],
  isEditorUrl: (url) => url.pathname.startsWith('/publish/publish'),
  title: [
    // 图文 title (fixture: xiaohongshu-image.html)
    'input[placeholder*="填写标题"]',
    // title by design-system class (fixture: xiaohongshu-image.html)
    'div.d-input input',
    // 写长文 title (xhs-mcp cdp_publish.py; no fixture variant yet)
    'textarea.d-text[placeholder="输入标题"]',
  ],
  body: [
    // Tiptap body, verified 2026-02 (fixture: xiaohongshu-image.html)
    '.tiptap.ProseMirror[contenteditable="true"]',
    // body by role (fixture: xiaohongshu-image.html)
    'div[role="textbox"][contenteditable="true"]',
  ],
  gallery: [
    // uploaded images above the form (fixture: xiaohongshu-image.html)
    '.img-preview-area .pr img',
  ],
  publish: {
    // The old red button is gone since <xhs-publish-btn> (2026-05), which keeps 暂存离开 and 发布 in
    // its shadow root: found by label, as an old red 发布 button would be (fixture: xiaohongshu-image.html)
    selectors: [],
    labels: ['发布'],
  },
  success: {
    // Success navigates away from the publish page, to the note manager (adapters README §9,
    // MultiPost). Other destinations do not count: leaving the form by hand also navigates away.
    pages: ['https://creator.xiaohongshu.com/new/note-manager*'],
    isSuccessUrl: (url) => url.pathname === '/new/note-manager',
  },
});
