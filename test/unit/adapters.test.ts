/**
 * Adapter conventions, checked so none can drift: every adapter file is registered under its own id, its match
 * patterns are valid Chrome match patterns, every selector carries a comment naming its page variant
 * and fixture, every adapter has a fixture page, and the real URLs from the adapters README resolve to the
 * right adapter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, PLATFORM_MATCHES as LEGACY_MATCHES, platformForUrl as legacyPlatformForUrl } from '../../lib/adapters/platforms';
import { PLATFORM_MATCHES, adapterForUrl, adapters, generic, platformAdapters, urlMatches } from '../../lib/adapters/index';
import { OTHER_FIXTURES, VARIANTS } from '../fixtures/platforms/variants';

const ADAPTER_DIR = join(import.meta.dirname, '../../lib/adapters');
const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/platforms');
const NOT_ADAPTERS = new Set(['adapter.ts', 'index.ts', 'platforms.ts', 'find-editor.ts', 'find-publish.ts', 'watch.ts', 'query.ts']);
const adapterFiles = readdirSync(ADAPTER_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f));

/** Chrome's match-pattern grammar: <scheme>://<host><path>, host `*`, `*.domain` or exact. */
const MATCH_PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|(\*\.)?[^/*:]+)(:\d+)?\/.*$/;

// Real compose-page URLs quoted in lib/adapters/README.md, by platform.
const REAL_URLS: Record<string, string[]> = {
  wechat: [
    'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&token=123&lang=zh_CN',
    'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&type=77&appmsgid=1&token=123',
  ],
  weibo: [
    'https://weibo.com/',
    'https://card.weibo.com/article/v3/editor',
    'https://card.weibo.com/article/v5/editor#/draft',
    'https://weibo.com/upload/channel',
  ],
  douyin: [
    'https://creator.douyin.com/creator-micro/content/upload',
    'https://creator.douyin.com/creator-micro/content/upload?default-tab=3',
    'https://creator.douyin.com/creator-micro/content/publish?enter_from=publish_page',
    'https://creator.douyin.com/creator-micro/content/post/video?enter_from=publish_page',
    'https://creator.douyin.com/creator-micro/content/post/article?default-tab=5&enter_from=publish_page&media_type=article&type=new',
  ],
  toutiao: [
    'https://mp.toutiao.com/profile_v4/graphic/publish',
    'https://mp.toutiao.com/profile_v4/graphic/article/publish',
    'https://mp.toutiao.com/profile_v4/weitoutiao/publish',
  ],
  kuaishou: ['https://cp.kuaishou.com/article/publish/video'],
  bilibili: [
    'https://member.bilibili.com/york/read-editor',
    'https://member.bilibili.com/article-text/home?newEditor=-1',
    'https://member.bilibili.com/platform/upload/text/edit',
    'https://member.bilibili.com/platform/upload/video/frame',
    'https://t.bilibili.com/',
  ],
  baijiahao: [
    'https://baijiahao.baidu.com/builder/rc/edit?type=news',
    'https://baijiahao.baidu.com/builder/rc/edit?type=news&article_id=1',
    'https://baijiahao.baidu.com/builder/rc/edit?type=events',
    'https://baijiahao.baidu.com/builder/rc/edit?type=videoV2',
  ],
  xiaohongshu: [
    'https://creator.xiaohongshu.com/publish/publish?source=official',
    'https://creator.xiaohongshu.com/publish/publish?target=image',
    'https://creator.xiaohongshu.com/publish/publish?from=menu&target=article',
  ],
  zhihu: ['https://zhuanlan.zhihu.com/write', 'https://zhuanlan.zhihu.com/p/123456/edit', 'https://www.zhihu.com/'],
};

// Pages under the match patterns that are not editors.
const NOT_EDITORS: Record<string, string[]> = {
  wechat: ['https://mp.weixin.qq.com/cgi-bin/appmsg?begin=0&count=10&action=list_ex&type=10&token=123'],
  toutiao: ['https://mp.toutiao.com/profile_v4/index'],
  kuaishou: ['https://cp.kuaishou.com/article/manage/video?status=2&from=publish'],
  bilibili: ['https://member.bilibili.com/platform/home'],
  baijiahao: ['https://baijiahao.baidu.com/builder/rc/home', 'https://baijiahao.baidu.com/builder/rc/content'],
  xiaohongshu: ['https://creator.xiaohongshu.com/publish/success'],
  zhihu: ['https://zhuanlan.zhihu.com/p/123456'],
};

describe('adapter registry', () => {
  it('registers every adapter file exactly once, under the file name as id, generic last', () => {
    expect(adapters.map((a) => `${a.id}.ts`).sort()).toEqual([...adapterFiles].sort());
    expect(adapters.at(-1)).toBe(generic);
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
  });

  it('keeps the platforms.ts names working, derived from the adapters', () => {
    expect(LEGACY_MATCHES).toEqual(PLATFORM_MATCHES);
    expect(PLATFORMS.map((p) => p.id)).toEqual(platformAdapters.map((a) => a.id));
    expect(legacyPlatformForUrl('https://zhuanlan.zhihu.com/write')?.id).toBe('zhihu');
    expect(legacyPlatformForUrl('https://example.com/')).toBeUndefined();
  });

  for (const adapter of adapters) {
    describe(adapter.id, () => {
      it('has names in both languages and valid match patterns', () => {
        expect(adapter.name.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(adapter.name.en.length).toBeGreaterThan(0);
        if (adapter !== generic) expect(adapter.matches.length).toBeGreaterThan(0);
        for (const pattern of adapter.matches) expect(pattern, pattern).toMatch(MATCH_PATTERN);
        expect(adapter.publish.labels.length).toBeGreaterThan(0);
      });

      it('has a fixture page variant, and every variant file exists', () => {
        const variants = VARIANTS.filter((v) => v.adapter === adapter.id);
        expect(variants.length).toBeGreaterThan(0);
        for (const v of variants) expect(existsSync(join(FIXTURE_DIR, v.fixture)), v.fixture).toBe(true);
      });

      it('gives every selector a comment naming its page variant and an existing fixture', () => {
        const source = readFileSync(join(ADAPTER_DIR, `${adapter.id}.ts`), 'utf8').split('\n');
        const selectors = [...adapter.title, ...adapter.body, ...(adapter.gallery ?? []), ...adapter.publish.selectors];
        for (const selector of selectors) {
          const line = source.findIndex((l) => l.trim() === `'${selector}',`);
          expect(line, `selector ${selector} is written on its own line`).toBeGreaterThan(0);
          expect(source[line - 1].trim(), `comment above ${selector}`).toMatch(/^\/\/ .+\(.*(no fixture|fixture: )/);
        }
        for (const [, names] of source.join('\n').matchAll(/fixture: ([\w.-]+\.html(?:, [\w.-]+\.html)*)/g)) {
          for (const name of names.split(/,\s*/)) expect(existsSync(join(FIXTURE_DIR, name)), name).toBe(true);
        }
      });
    });
  }

  it("lists every fixture page as a variant (or as another test's fixture), each with its bundled script", () => {
    const pages = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));
    expect([...VARIANTS.map((v) => v.fixture), ...OTHER_FIXTURES].sort()).toEqual(pages.sort());
    for (const v of VARIANTS) {
      const html = readFileSync(join(FIXTURE_DIR, v.fixture), 'utf8');
      for (const [, name] of html.matchAll(/src="\/__fixtures__\/dist\/([\w-]+)\.js"/g)) {
        expect(existsSync(join(FIXTURE_DIR, 'src', `${name}.ts`)) || existsSync(join(FIXTURE_DIR, 'src', `${name}.tsx`)), name).toBe(true);
      }
    }
  });

  it('picks the right adapter for every real URL in the adapters README and every fixture URL', () => {
    for (const [id, urls] of Object.entries(REAL_URLS)) {
      for (const url of urls) {
        const adapter = adapterForUrl(url);
        expect(adapter.id, url).toBe(id);
        expect(adapter.isEditorUrl?.(new URL(url)) ?? true, `${url} is an editor page`).toBe(true);
      }
    }
    for (const v of VARIANTS) expect(adapterForUrl(v.url).id, v.url).toBe(v.adapter);
    expect(adapterForUrl('https://example.com/editor').id).toBe('generic');
    expect(adapterForUrl('https://mp.weixin.qq.com/cgi-bin/home?t=home/index').id).toBe('generic');
  });

  // Chrome's match-pattern semantics at the edges: scheme, look-alike hosts, query and fragment.
  const MATCHING: { url: string; adapter: string }[] = [
    { url: 'https://weibo.com/#/compose', adapter: 'weibo' },
    { url: 'https://WEIBO.com/', adapter: 'weibo' },
    { url: 'https://mp.weixin.qq.com/cgi-bin/appmsg#edit', adapter: 'wechat' },
    { url: 'https://zhuanlan.zhihu.com/write?from=https://weibo.com/', adapter: 'zhihu' },
    { url: 'http://weibo.com/', adapter: 'generic' },
    { url: 'https://evilweibo.com/', adapter: 'generic' },
    { url: 'https://weibo.com.evil.cn/', adapter: 'generic' },
    { url: 'https://card.weibo.com/articles/x', adapter: 'generic' },
    { url: 'https://example.com/?next=https://weibo.com/', adapter: 'generic' },
    { url: 'https://mp.weixin.qq.com/cgi-bin/home?r=/cgi-bin/appmsg', adapter: 'generic' },
    { url: 'not a url', adapter: 'generic' },
    { url: '', adapter: 'generic' },
  ];
  for (const { url, adapter } of MATCHING) {
    it(`gives ${JSON.stringify(url)} to ${adapter}`, () => {
      expect(adapterForUrl(url).id).toBe(adapter);
    });
  }

  it('refuses a malformed match pattern instead of matching nothing', () => {
    expect(() => urlMatches('weibo.com/*', 'https://weibo.com/')).toThrow(/weibo\.com\/\*/);
    expect(() => urlMatches('https://we*bo.com/*', 'https://weibo.com/')).toThrow();
    expect(urlMatches('https://weibo.com/*', 'https://weibo.com/x')).toBe(true);
  });

  it('tells editor pages from other pages under the same patterns', () => {
    for (const [id, urls] of Object.entries(NOT_EDITORS)) {
      for (const url of urls) {
        const adapter = adapterForUrl(url);
        expect(adapter.id, url).toBe(id);
        expect(adapter.isEditorUrl?.(new URL(url)), url).toBe(false);
      }
    }
  });
});
