/**
 * What a platform adapter is: mostly data with provenance — URL match patterns, ordered fallback
 * selectors for title, body and publish controls (label text as the last resort) — plus small
 * hooks only where data is not enough.
 */
import type { Localized } from '../engine/rule';

/**
 * What a platform shows once a publish went through, as documented in the adapters README. The
 * guard confirms the record it released in that tab when one of these shows within
 * CONFIRM_WINDOW_MS.
 */
export interface SuccessSignal {
  /**
   * Match patterns of the pages the platform goes to after a successful publish. The success
   * content script runs there (a page load); the guard watches its own URL (an SPA navigation).
   */
  pages?: string[];
  /** A finer check on a URL under `pages` (exact path, query parameters). */
  isSuccessUrl?(url: URL): boolean;
  /** An element matching `selector` whose label is `text` becomes visible in the editor's page. */
  inPage?: { selector: string; text: string }[];
}

/** How long after a release a success signal still confirms the record. */
export const CONFIRM_WINDOW_MS = 10 * 60_000;

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
    /**
     * Where the platform itself publishes on Ctrl/Cmd+Enter: selectors of its composer. Only a
     * shortcut pressed with focus inside one of these is held; everywhere else the editor's own
     * Ctrl/Cmd+Enter (a line break, a comment's send) is left alone.
     */
    shortcut?: { composer: string[] };
  };
  /**
   * The platform's documented success signal; null where no source documents one (no guessing).
   * Every registered adapter declares it (lib/adapters/success.test.ts); absent means none.
   */
  success?: SuccessSignal | null;
}

export function defineAdapter(adapter: Adapter): Adapter {
  return adapter;
}
