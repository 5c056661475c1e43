/**
 * The platform consoles the guard runs on, as data (STYLE §6). Match patterns come from
 * shared/reference/platforms.md §11; they feed the manifest's content-script matches, so this list
 * is also the extension's whole host footprint. Per-platform selectors live in one file per
 * platform (issue 6); until then every platform uses the generic editor finder.
 */
export interface Platform {
  id: string;
  name: { zh: string; en: string };
  matches: string[];
}

export const PLATFORMS: readonly Platform[] = [
  { id: 'wechat', name: { zh: '微信公众平台', en: 'WeChat Official Accounts' }, matches: ['https://mp.weixin.qq.com/cgi-bin/appmsg*'] },
  { id: 'weibo', name: { zh: '微博', en: 'Weibo' }, matches: ['https://weibo.com/*', 'https://card.weibo.com/article/*'] },
  { id: 'douyin', name: { zh: '抖音创作者中心', en: 'Douyin Creator' }, matches: ['https://creator.douyin.com/creator-micro/content/*'] },
  { id: 'toutiao', name: { zh: '头条号', en: 'Toutiao' }, matches: ['https://mp.toutiao.com/profile_v4/*'] },
  { id: 'kuaishou', name: { zh: '快手创作者服务平台', en: 'Kuaishou Creator' }, matches: ['https://cp.kuaishou.com/article/*'] },
  { id: 'bilibili', name: { zh: '哔哩哔哩', en: 'Bilibili' }, matches: ['https://member.bilibili.com/*', 'https://t.bilibili.com/*'] },
  { id: 'baijiahao', name: { zh: '百家号', en: 'Baijiahao' }, matches: ['https://baijiahao.baidu.com/builder/rc/*'] },
  { id: 'xiaohongshu', name: { zh: '小红书创作服务平台', en: 'Xiaohongshu Creator' }, matches: ['https://creator.xiaohongshu.com/publish/*'] },
  { id: 'zhihu', name: { zh: '知乎', en: 'Zhihu' }, matches: ['https://zhuanlan.zhihu.com/*', 'https://www.zhihu.com/*'] },
];

export const PLATFORM_MATCHES: string[] = PLATFORMS.flatMap((p) => p.matches);

/** Converts a match pattern (scheme://host/path*) to a RegExp over full URLs. */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad match pattern: ${pattern}`);
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const scheme = m[1] === '*' ? 'https?' : m[1];
  return new RegExp(`^${scheme}://${esc(m[2])}${esc(m[3])}$`);
}

export function platformForUrl(url: string): Platform | undefined {
  return PLATFORMS.find((p) => p.matches.some((pattern) => matchPatternToRegExp(pattern).test(url)));
}
