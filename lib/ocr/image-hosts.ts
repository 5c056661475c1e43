/**
 * The platforms' image servers (CDNs), for images already in a draft (a reopened draft shows its
 * pictures by their CDN URL, so there are no local bytes to read). The background may fetch such an
 * image only with access to that host; the extension asks for it one host at a time, when the user
 * clicks "允许读取 … 的图片" and confirms in the extension's own page, never on install. Each host, the
 * URLs it serves and why: lib/adapters/README.md ("图片服务器 / Image hosts").
 */

export interface ImageHost {
  platform: string;
  /** The image's host name, as it appears in the draft's image URLs. */
  host: RegExp;
  /**
   * The host part of the match pattern asked for: a wildcard where the platform spreads its images
   * over numbered servers of a domain that serves nothing but images; else the exact host.
   */
  grant: (host: string) => string;
}

const exact = (host: string) => host;
const domain = (name: string) => () => `*.${name}`;

export const IMAGE_HOSTS: readonly ImageHost[] = [
  // WeChat articles: https://mmbiz.qpic.cn/mmbiz_png/…/640?wx_fmt=png (also mmbiz_jpg, mmbiz_gif).
  { platform: 'wechat', host: /^mmbiz\.qpic\.cn$/, grant: exact },
  // Weibo: wx1–wx4.sinaimg.cn, tvax1….sinaimg.cn.
  { platform: 'weibo', host: /^[a-z0-9-]+\.sinaimg\.cn$/, grant: domain('sinaimg.cn') },
  // Douyin: p3-sign.douyinpic.com, p3-pc.douyinpic.com….
  { platform: 'douyin', host: /^[a-z0-9-]+\.douyinpic\.com$/, grant: domain('douyinpic.com') },
  // Toutiao: p3-tt.byteimg.com/origin/pgc-image/…, older p1.pstatp.com/large/pgc-image/….
  { platform: 'toutiao', host: /^[a-z0-9-]+\.byteimg\.com$/, grant: domain('byteimg.com') },
  { platform: 'toutiao', host: /^[a-z0-9-]+\.pstatp\.com$/, grant: domain('pstatp.com') },
  // Kuaishou: p4.a.yximgs.com, static.yximgs.com.
  { platform: 'kuaishou', host: /^[a-z0-9.-]+\.yximgs\.com$/, grant: domain('yximgs.com') },
  // Bilibili: i0.hdslb.com/bfs/….
  { platform: 'bilibili', host: /^[a-z0-9-]+\.hdslb\.com$/, grant: domain('hdslb.com') },
  // Baijiahao: pics0–pics7.baidu.com/feed/…; baidu.com serves far more than images, so the exact host.
  { platform: 'baijiahao', host: /^pics\d\.baidu\.com$/, grant: exact },
  // Xiaohongshu: sns-webpic-qc.xhscdn.com….
  { platform: 'xiaohongshu', host: /^[a-z0-9-]+\.xhscdn\.com$/, grant: domain('xhscdn.com') },
  // Zhihu: pic1–pic4.zhimg.com, picx.zhimg.com.
  { platform: 'zhihu', host: /^[a-z0-9-]+\.zhimg\.com$/, grant: domain('zhimg.com') },
];

export interface HostAccess {
  /** What the user is asked about, as a person reads it: mmbiz.qpic.cn, sinaimg.cn. */
  label: string;
  /** The match pattern asked for: https://mmbiz.qpic.cn/*, https://*.sinaimg.cn/*. */
  pattern: string;
}

/** The access that would let the background read this https image, when it is on a known platform image host. */
export function imageHostAccess(url: string): HostAccess | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.port) return null;
  const host = parsed.hostname.toLowerCase();
  const known = IMAGE_HOSTS.find((h) => h.host.test(host));
  if (!known) return null;
  const grant = known.grant(host);
  return { label: grant.replace(/^\*\./, ''), pattern: `https://${grant}/*` };
}

/** The same from what a page or an extension page names (a label or a host): only known hosts pass. */
export function accessForHost(host: string): HostAccess | null {
  if (!/^[a-z0-9.-]{1,253}$/i.test(host)) return null;
  const direct = imageHostAccess(`https://${host}/`);
  if (direct) return direct;
  // A label for a whole image domain (sinaimg.cn) stands for its servers.
  const wildcard = IMAGE_HOSTS.find((h) => h.grant('x') === `*.${host.toLowerCase()}`);
  return wildcard ? { label: host.toLowerCase(), pattern: `https://*.${host.toLowerCase()}/*` } : null;
}

/**
 * In the background, after a read of an image URL failed: when the image is on a known platform
 * image server the extension has no access to, the reply names it, so the panel can offer access.
 * Where access is granted already the read went through and nothing is offered.
 */
export async function offerAccess<R extends { ok: boolean }>(
  reply: R,
  source: { url: string } | { image: string },
  contains: (pattern: string) => Promise<boolean>,
): Promise<R | (R & { access: string })> {
  if (reply.ok || !('url' in source)) return reply;
  const access = imageHostAccess(source.url);
  if (!access || (await contains(access.pattern).catch(() => false))) return reply;
  return { ...reply, access: access.label };
}
