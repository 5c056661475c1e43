import { describe, expect, it } from 'vitest';
import { isSitePattern, parseEnabledSites, siteScriptId, sitePatternFor } from './index';

describe('sitePatternFor', () => {
  it.each([
    ['https://www.example.gov.cn/cms/edit?id=3#top', 'https://www.example.gov.cn/*'],
    ['http://10.1.2.3:8080/admin/article/new', 'http://10.1.2.3/*'],
    ['https://XXGK.Example.gov.cn/', 'https://xxgk.example.gov.cn/*'],
  ])('%s → %s', (url, pattern) => {
    expect(sitePatternFor(url)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['chrome://extensions/', 'not-web'],
    ['edge://settings', 'not-web'],
    ['chrome-extension://eibkcieilcckdeaflgnhpjkkobjdcjol/popup.html', 'not-web'],
    ['file:///home/user/draft.html', 'not-web'],
    ['about:blank', 'not-web'],
    ['', 'not-web'],
    [undefined, 'not-web'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2', 'platform'],
    ['https://mp.weixin.qq.com/cgi-bin/home', 'platform'],
    ['https://weibo.com/', 'platform'],
    ['https://creator.douyin.com/creator-micro/home', 'platform'],
  ] as const)('refuses %s (%s)', (url, reason) => {
    expect(sitePatternFor(url)).toEqual({ ok: false, reason });
  });
});

describe('isSitePattern', () => {
  it.each([
    ['https://www.example.gov.cn/*', true],
    ['http://10.1.2.3/*', true],
    ['https://*/*', false],
    ['https://*.gov.cn/*', false],
    ['https://www.example.gov.cn/cms/*', false],
    ['https://example.gov.cn:8443/*', false],
    ['file:///*', false],
    ['https://mp.weixin.qq.com/*', false],
  ])('%s → %s', (pattern, ok) => {
    expect(isSitePattern(pattern)).toBe(ok);
  });
});

describe('siteScriptId', () => {
  it('is stable and differs between sites', () => {
    expect(siteScriptId('https://a.gov.cn/*')).toMatch(/^site-[0-9a-f]{8}$/);
    expect(siteScriptId('https://a.gov.cn/*')).toBe(siteScriptId('https://a.gov.cn/*'));
    expect(siteScriptId('https://a.gov.cn/*')).not.toBe(siteScriptId('https://b.gov.cn/*'));
  });
});

describe('parseEnabledSites', () => {
  it('drops unreadable and duplicate entries one by one', () => {
    const good = { pattern: 'https://a.gov.cn/*', enabledAt: '2026-01-01T00:00:00.000Z' };
    expect(parseEnabledSites([good, { pattern: 'https://*/*', enabledAt: 'x' }, 42, good])).toEqual([good]);
    expect(parseEnabledSites('nonsense')).toEqual([]);
    expect(parseEnabledSites(undefined)).toEqual([]);
  });
});
