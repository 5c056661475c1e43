import { describe, expect, it } from 'vitest';
import { accessForHost, imageHostAccess, offerAccess } from './image-hosts';

describe('platform image servers', () => {
  const cases: [string, string | null][] = [
    ['https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png', 'https://mmbiz.qpic.cn/*'],
    ['https://wx3.sinaimg.cn/large/abc.jpg', 'https://*.sinaimg.cn/*'],
    ['https://p3-sign.douyinpic.com/tos-cn/x.webp', 'https://*.douyinpic.com/*'],
    ['https://p3-tt.byteimg.com/origin/pgc-image/x', 'https://*.byteimg.com/*'],
    ['https://p4.a.yximgs.com/upic/x.jpg', 'https://*.yximgs.com/*'],
    ['https://i0.hdslb.com/bfs/article/x.png', 'https://*.hdslb.com/*'],
    ['https://pics0.baidu.com/feed/x.jpeg', 'https://pics0.baidu.com/*'],
    ['https://sns-webpic-qc.xhscdn.com/x', 'https://*.xhscdn.com/*'],
    ['https://pic1.zhimg.com/x.jpg', 'https://*.zhimg.com/*'],
    // Not an image server of a platform, not https, another port, or baidu.com beyond its image hosts.
    ['https://example.com/a.png', null],
    ['http://mmbiz.qpic.cn/a.png', null],
    ['https://mmbiz.qpic.cn:8443/a.png', null],
    ['https://www.baidu.com/a.png', null],
    ['https://mmbiz.qpic.cn.evil.example/a.png', null],
    ['not a url', null],
  ];
  for (const [url, pattern] of cases) {
    it(`${url} → ${pattern ?? 'nothing asked'}`, () => {
      expect(imageHostAccess(url)?.pattern ?? null).toBe(pattern);
    });
  }

  it('a host named by the panel or the page maps back only to a known server, never to what it names', () => {
    expect(accessForHost('mmbiz.qpic.cn')).toEqual({ label: 'mmbiz.qpic.cn', pattern: 'https://mmbiz.qpic.cn/*' });
    expect(accessForHost('sinaimg.cn')).toEqual({ label: 'sinaimg.cn', pattern: 'https://*.sinaimg.cn/*' });
    expect(accessForHost('wx1.sinaimg.cn')).toEqual({ label: 'sinaimg.cn', pattern: 'https://*.sinaimg.cn/*' });
    for (const bad of ['example.com', 'baidu.com', '*', '*.qpic.cn', 'mmbiz.qpic.cn/*', '']) expect(accessForHost(bad)).toBeNull();
  });

  it('a failed read of a known server without access names it; with access, or for other images, nothing is offered', async () => {
    const failed = { ok: false as const, reason: 'cannot fetch the image: Failed to fetch' };
    const url = { url: 'https://mmbiz.qpic.cn/mmbiz_png/a/0?wx_fmt=png' };
    const asked: string[] = [];
    const none = async (p: string) => (asked.push(p), false);
    expect(await offerAccess(failed, url, none)).toEqual({ ...failed, access: 'mmbiz.qpic.cn' });
    expect(asked).toEqual(['https://mmbiz.qpic.cn/*']);
    expect(await offerAccess(failed, url, async () => true)).toEqual(failed);
    expect(await offerAccess(failed, { url: 'https://example.com/a.png' }, none)).toEqual(failed);
    expect(await offerAccess(failed, { image: 'data:image/png;base64,AA==' }, none)).toEqual(failed);
    const ok = { ok: true as const, printed: '', findings: [] };
    expect(await offerAccess(ok, url, none)).toEqual(ok);
  });
});
