/**
 * The adapter registry: one file per platform, imported explicitly so each can be grepped. The platform
 * adapters' match patterns are the content script's matches, so this list is also the extension's
 * whole host footprint. The generic adapter comes last and matches nothing on its own.
 */
import { MatchPattern } from '@webext-core/match-patterns';
import type { Adapter } from './adapter';
import baijiahao from './baijiahao';
import bilibili from './bilibili';
import douyin from './douyin';
import generic from './generic';
import kuaishou from './kuaishou';
import toutiao from './toutiao';
import wechat from './wechat';
import weibo from './weibo';
import xiaohongshu from './xiaohongshu';
import zhihu from './zhihu';

export { generic };

/** Platform adapters, in the order of the README's platform table. */
export const platformAdapters: readonly Adapter[] = [wechat, weibo, douyin, toutiao, kuaishou, bilibili, baijiahao, xiaohongshu, zhihu];

export const adapters: readonly Adapter[] = [...platformAdapters, generic];

export const PLATFORM_MATCHES: string[] = platformAdapters.flatMap((a) => a.matches);

const parsed = new Map<string, MatchPattern>();

/**
 * Whether `url` is covered by the match pattern, with Chrome's rules (the fragment and, for our
 * patterns that all end in `*`, the query never change the answer). A string that is not a URL
 * matches nothing. Only strings are passed on: the library's URL-object branch names `Location`,
 * which a service worker does not have.
 */
export function urlMatches(pattern: string, url: string): boolean {
  let matcher = parsed.get(pattern);
  if (!matcher) parsed.set(pattern, (matcher = new MatchPattern(pattern)));
  try {
    return matcher.includes(url);
  } catch {
    // Not a URL (URL.canParse would say so, but only from Chrome 120 on).
    return false;
  }
}

/** The platform adapter whose match patterns cover `url`, if any. */
export function platformForUrl(url: string): Adapter | undefined {
  return platformAdapters.find((a) => a.matches.some((pattern) => urlMatches(pattern, url)));
}

/** The adapter for `url`: its platform's, or the generic one. */
export function adapterForUrl(url: string): Adapter {
  return platformForUrl(url) ?? generic;
}

export function adapterById(id: string | undefined): Adapter | undefined {
  return adapters.find((a) => a.id === id);
}

/** Where the platforms go after a successful publish: the success content script's matches. */
export const SUCCESS_PAGES: string[] = platformAdapters.flatMap((a) => a.success?.pages ?? []);

/** Whether `url` is one of the adapter's documented success pages (fragment ignored). */
export function isSuccessUrl(adapter: Adapter, url: string): boolean {
  const pages = adapter.success?.pages ?? [];
  const href = url.replace(/#.*$/, '');
  if (!pages.some((pattern) => urlMatches(pattern, href))) return false;
  return adapter.success?.isSuccessUrl?.(new URL(href)) ?? true;
}
