/** Kuaishou creator platform (adapters README §6): placeholder contenteditable description, upload gallery. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'kuaishou',
  name: { zh: '快手创作者服务平台', en: 'Kuaishou Creator' },
  matches: ['https://cp.kuaishou.com/article/*'],
  isEditorUrl: (url) => url.pathname.startsWith('/article/publish'),
  // 图文 mode has no title field; the description is the whole text.
  title: [],
  body: [
    // description with its custom placeholder attribute (fixture: kuaishou-publish.html)
    'div[placeholder="添加合适的话题和描述，作品能获得更多推荐～"][contenteditable="true"]',
    // description by a looser placeholder, the DOM is revised often (fixture: kuaishou-publish.html)
    '[placeholder*="描述"][contenteditable="true"]',
  ],
  gallery: [
    // uploaded 图文 images (fixture: kuaishou-publish.html)
    '[class*="upload-list"] img',
  ],
  publish: {
    selectors: [],
    // The control is a div whose exact text is 发布, followed by 确认发布 (MultiPost, SAU).
    labels: ['发布'],
  },
  success: {
    // Success redirects to the published-works list (adapters README §6, SAU); status=2 and
    // from=publish tell it from the same list opened by hand.
    pages: ['https://cp.kuaishou.com/article/manage/video*'],
    isSuccessUrl: (url) =>
      url.pathname === '/article/manage/video' && url.searchParams.get('status') === '2' && url.searchParams.get('from') === 'publish',
  },
});
