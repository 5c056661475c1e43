/**
 * Success signals: every registered adapter declares one or says it has none, and each
 * platform's documented success page confirms while the pages next to it do not.
 */
import { describe, expect, it } from 'vitest';
import { SUCCESS_PAGES, adapterById, adapters, isSuccessUrl } from './index';

const MATCH_PATTERN = /^https:\/\/[^/*:]+\/.*$/;

// Per platform: URLs the platform shows after a successful publish (adapters README), and URLs that
// must not count — the editor itself, look-alike paths, the same list opened without the markers.
const TABLE: Record<string, { confirms: string[]; not: string[] }> = {
  wechat: {
    confirms: [
      'https://mp.weixin.qq.com/cgi-bin/home?t=home/index&lang=zh_CN&token=123',
      'https://mp.weixin.qq.com/cgi-bin/home',
      'https://mp.weixin.qq.com/cgi-bin/home?t=home/index#published',
    ],
    not: [
      'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&token=123',
      'https://mp.weixin.qq.com/cgi-bin/homepage?t=home/index',
      'https://mp.weixin.qq.com/cgi-bin/home/other',
      'https://mp.weixin.qq.com/cgi-bin/appmsg?begin=0&count=10&action=list_ex&type=10&token=123',
      'https://mp.weixin.qq.com/s/abcdef',
      'http://mp.weixin.qq.com/cgi-bin/home?t=home/index',
      'https://evil.example/https://mp.weixin.qq.com/cgi-bin/home',
    ],
  },
  douyin: {
    confirms: [
      'https://creator.douyin.com/creator-micro/content/manage',
      'https://creator.douyin.com/creator-micro/content/manage?enter_from=publish',
    ],
    not: [
      'https://creator.douyin.com/creator-micro/content/upload?default-tab=3',
      'https://creator.douyin.com/creator-micro/content/post/video?enter_from=publish_page',
      'https://creator.douyin.com/creator-micro/content/manager',
    ],
  },
  kuaishou: {
    confirms: [
      'https://cp.kuaishou.com/article/manage/video?status=2&from=publish',
      'https://cp.kuaishou.com/article/manage/video?from=publish&status=2',
    ],
    not: [
      'https://cp.kuaishou.com/article/manage/video',
      'https://cp.kuaishou.com/article/manage/video?status=1&from=publish',
      'https://cp.kuaishou.com/article/manage/video?status=2',
      'https://cp.kuaishou.com/article/publish/video',
    ],
  },
  baijiahao: {
    confirms: [
      'https://baijiahao.baidu.com/builder/rc/clue',
      'https://baijiahao.baidu.com/builder/rc/content',
      'https://baijiahao.baidu.com/builder/rc/content?type=news',
    ],
    not: [
      'https://baijiahao.baidu.com/builder/rc/edit?type=news',
      'https://baijiahao.baidu.com/builder/rc/home',
      'https://baijiahao.baidu.com/builder/rc/contentx',
    ],
  },
  xiaohongshu: {
    confirms: ['https://creator.xiaohongshu.com/new/note-manager', 'https://creator.xiaohongshu.com/new/note-manager?source=official'],
    not: [
      'https://creator.xiaohongshu.com/publish/publish?source=official',
      'https://creator.xiaohongshu.com/publish/success',
      'https://creator.xiaohongshu.com/new/home',
      'https://creator.xiaohongshu.com/new/note-manager-draft',
    ],
  },
  // In-page only (the video form's success layer): no URL confirms.
  weibo: {
    confirms: [],
    not: ['https://weibo.com/', 'https://weibo.com/upload/channel', 'https://card.weibo.com/article/v5/editor#/draft'],
  },
  // No documented success signal: nothing confirms.
  toutiao: { confirms: [], not: ['https://mp.toutiao.com/profile_v4/graphic/publish', 'https://mp.toutiao.com/profile_v4/index'] },
  bilibili: { confirms: [], not: ['https://member.bilibili.com/york/read-editor', 'https://member.bilibili.com/platform/home'] },
  zhihu: { confirms: [], not: ['https://zhuanlan.zhihu.com/write', 'https://zhuanlan.zhihu.com/p/123456'] },
  generic: { confirms: [], not: ['https://example.com/', 'https://mp.weixin.qq.com/cgi-bin/home?t=home/index'] },
};

describe('success signals', () => {
  it('are declared by every registered adapter: a signal, or null where the adapters README documents none', () => {
    for (const adapter of adapters) expect(Object.hasOwn(adapter, 'success'), adapter.id).toBe(true);
    expect(adapters.filter((a) => a.success === null).map((a) => a.id)).toEqual(['toutiao', 'bilibili', 'zhihu', 'generic']);
    for (const adapter of adapters) {
      const s = adapter.success;
      if (s) expect((s.pages?.length ?? 0) + (s.inPage?.length ?? 0), adapter.id).toBeGreaterThan(0);
    }
    expect(adapterById('weibo')?.success?.inPage).toEqual([{ selector: 'button', text: '再发一条视频' }]);
  });

  it('name their pages as valid match patterns, which feed the success content script', () => {
    expect(SUCCESS_PAGES.length).toBeGreaterThan(0);
    for (const pattern of SUCCESS_PAGES) expect(pattern).toMatch(MATCH_PATTERN);
    expect(SUCCESS_PAGES).toEqual(adapters.flatMap((a) => a.success?.pages ?? []));
  });

  it('has a table row for every adapter', () => {
    expect(Object.keys(TABLE).sort()).toEqual(adapters.map((a) => a.id).sort());
  });

  for (const [id, { confirms, not }] of Object.entries(TABLE)) {
    it(`${id}: the documented success pages confirm, the pages next to them do not`, () => {
      const adapter = adapterById(id)!;
      for (const url of confirms) expect(isSuccessUrl(adapter, url), url).toBe(true);
      for (const url of not) expect(isSuccessUrl(adapter, url), url).toBe(false);
    });
  }

  it("never takes another platform's success page", () => {
    const wechatHome = 'https://mp.weixin.qq.com/cgi-bin/home?t=home/index';
    for (const adapter of adapters.filter((a) => a.id !== 'wechat')) expect(isSuccessUrl(adapter, wechatHome), adapter.id).toBe(false);
  });
});
