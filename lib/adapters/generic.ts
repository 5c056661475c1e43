/** The fallback adapter: no site knowledge, only the generic editor finder and common publish labels. */
import { defineAdapter } from './adapter';

export default defineAdapter({
  id: 'generic',
  name: { zh: '通用编辑器', en: 'Generic editor' },
  // Never injected on its own: it is what every platform adapter falls back to.
  matches: [],
  title: [],
  body: [],
  publish: {
    selectors: [],
    // Labels of the first publish step across the nine consoles (fixture: generic.html)
    labels: ['发布', '发表', '发送', '群发', '立即发布', '提交'],
  },
  // No site knowledge, so no success signal: records stay 'attempted'.
  success: null,
});
