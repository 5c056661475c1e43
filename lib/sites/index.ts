/**
 * Sites the user enabled from the popup: any editor outside the nine platform consoles,
 * checked by the generic adapter. Pure helpers: which URL may be enabled, its origin match pattern,
 * the content-script id for it, and the stored list's zod schema.
 */
import { z } from 'zod';
import { PLATFORM_MATCHES, platformForUrl } from '../adapters';

export type SiteRefusal = 'not-web' | 'platform' | 'store';

/** An origin match pattern as we register it: scheme, host (no port, no wildcard) and every path. */
export const SITE_PATTERN = /^https?:\/\/[^/*:\s]+\/\*$/;
export const sitePatternSchema = z.string().max(300).regex(SITE_PATTERN);

/** The stored list of enabled sites; unreadable entries are dropped one by one, not the whole list. */
export const enabledSiteSchema = z.object({ pattern: sitePatternSchema, enabledAt: z.string().max(40) });
export type EnabledSite = z.infer<typeof enabledSiteSchema>;
export const SITES_KEY = 'sites.enabled';

export function parseEnabledSites(raw: unknown): EnabledSite[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  return raw.flatMap((entry) => {
    const r = enabledSiteSchema.safeParse(entry);
    if (!r.success || seen.has(r.data.pattern)) return [];
    seen.add(r.data.pattern);
    return [r.data];
  });
}

const hostOf = (pattern: string) => /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
/** Hosts that carry a platform console: the platform content script already runs there on its paths. */
const PLATFORM_HOSTS = new Set(PLATFORM_MATCHES.map(hostOf));
// Chrome refuses extension scripts in its web store; enabling there could only fail.
const STORE_HOSTS = new Set(['chrome.google.com', 'chromewebstore.google.com', 'microsoftedge.microsoft.com']);

/** The origin match pattern (`https://example.gov.cn/*`) for a page, or why it cannot be enabled. */
export function sitePatternFor(url: string | undefined): { ok: true; pattern: string } | { ok: false; reason: SiteRefusal } {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return { ok: false, reason: 'not-web' };
  }
  // chrome:, edge:, chrome-extension:, file:, about:, data: … are not websites.
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, reason: 'not-web' };
  if (STORE_HOSTS.has(u.hostname)) return { ok: false, reason: 'store' };
  // A second content script on a platform's host would double the guard on its editor pages.
  if (platformForUrl(u.href) || PLATFORM_HOSTS.has(u.hostname)) return { ok: false, reason: 'platform' };
  const pattern = `${u.protocol}//${u.hostname}/*`;
  return SITE_PATTERN.test(pattern) ? { ok: true, pattern } : { ok: false, reason: 'not-web' };
}

/** Whether a pattern received over messaging is one `sitePatternFor` could have produced. */
export function isSitePattern(pattern: string): boolean {
  if (!SITE_PATTERN.test(pattern)) return false;
  const r = sitePatternFor(pattern.replace(/\*$/, ''));
  return r.ok && r.pattern === pattern;
}

/** The registered content script's id: `site-` and an FNV-1a hash of the pattern (stable across restarts). */
export function siteScriptId(pattern: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < pattern.length; i++) {
    h ^= pattern.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `site-${(h >>> 0).toString(16).padStart(8, '0')}`;
}
