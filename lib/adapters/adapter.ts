/**
 * What a platform adapter is: mostly data (STYLE §6) — URL match patterns, ordered fallback
 * selectors for title, body and publish controls (label text as the last resort) — plus small
 * hooks only where data is not enough.
 */
import type { Localized } from '../engine/rule';

export interface Adapter {
  /** Platform id: wechat, weibo, douyin, toutiao, kuaishou, bilibili, baijiahao, xiaohongshu, zhihu, generic. */
  id: string;
  name: Localized;
  /** Match patterns; they feed the manifest's content-script matches. */
  matches: string[];
  /** A finer check on the URL where the pattern is broader than the editor pages. */
  isEditorUrl?(url: URL): boolean;
  /** Ordered selectors for the title field (input, textarea or contenteditable). */
  title: string[];
  /**
   * Ordered selectors for the body: a textarea, a contenteditable root, or an iframe whose
   * same-origin body is the editor (UEditor).
   */
  body: string[];
  /** Selectors for images outside the body (gallery thumbnails). */
  gallery?: string[];
  publish: {
    /** Ordered selectors for publish controls, first step of multi-step flows included. */
    selectors: string[];
    /** Visible labels that mark a publish control when no selector matches (发表, 发布 …). */
    labels: string[];
  };
}

export function defineAdapter(adapter: Adapter): Adapter {
  return adapter;
}
