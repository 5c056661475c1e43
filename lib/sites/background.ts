/**
 * The background side of enabled sites: the popup obtains the host permission (a user
 * gesture is needed for that), then asks here to register the content script for the origin and
 * to inject it into the open tab. Registered from entrypoints/background.ts with one call.
 */
import { browser } from '#imports';
import { handle } from '../messaging';
import { SITES_KEY, isSitePattern, parseEnabledSites, siteScriptId, type EnabledSite } from './index';

/** The content script every enabled site gets: the same bundle as the platform consoles. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The slice of the extension APIs this module uses, so tests can stand in for Chromium. */
export interface SitesApi {
  hasPermission(pattern: string): Promise<boolean>;
  removePermission(pattern: string): Promise<void>;
  registeredIds(): Promise<string[]>;
  register(id: string, pattern: string): Promise<void>;
  unregister(id: string): Promise<void>;
  /** Injects the content script into `tabId` unless it already runs there. */
  inject(tabId: number): Promise<void>;
  read(): Promise<unknown>;
  write(sites: EnabledSite[]): Promise<void>;
  now(): Date;
}

export type EnableResult = { ok: true } | { ok: false; reason: 'invalid' | 'permission' };

export function createSites(api: SitesApi) {
  const list = async () => parseEnabledSites(await api.read());

  /** Registers the script for `pattern` unless Chrome already holds it (it persists across restarts). */
  const ensureRegistered = async (pattern: string) => {
    const id = siteScriptId(pattern);
    if ((await api.registeredIds()).includes(id)) return;
    try {
      await api.register(id, pattern);
    } catch (e) {
      // Two enables racing: the other one registered it.
      if (!/already registered|Duplicate script ID/i.test(String(e))) throw e;
    }
  };

  return {
    list,
    async enable(pattern: string, tabId?: number): Promise<EnableResult> {
      if (!isSitePattern(pattern)) return { ok: false, reason: 'invalid' };
      // The popup asked for the permission; the background trusts only what Chrome says was granted.
      if (!(await api.hasPermission(pattern))) return { ok: false, reason: 'permission' };
      await ensureRegistered(pattern);
      const sites = await list();
      if (!sites.some((s) => s.pattern === pattern)) await api.write([...sites, { pattern, enabledAt: api.now().toISOString() }]);
      // The open page gets the guard now; a tab on another origin (or a closed one) simply refuses.
      if (tabId !== undefined) await api.inject(tabId).catch(() => undefined);
      return { ok: true };
    },
    async disable(pattern: string): Promise<{ removed: boolean }> {
      const sites = await list();
      const id = siteScriptId(pattern);
      if ((await api.registeredIds()).includes(id)) await api.unregister(id);
      await api.write(sites.filter((s) => s.pattern !== pattern));
      // Only patterns we enabled are given back; a platform host is never removed here.
      if (isSitePattern(pattern)) await api.removePermission(pattern).catch(() => undefined);
      return { removed: sites.some((s) => s.pattern === pattern) };
    },
    /**
     * At start-up: scripts registered with persistAcrossSessions are normally still there, but a
     * site whose permission the user withdrew (chrome://extensions) is dropped, and a missing
     * registration (an update clears them) is restored.
     */
    async restore(): Promise<void> {
      const sites = await list();
      const kept: EnabledSite[] = [];
      for (const site of sites) {
        if (await api.hasPermission(site.pattern)) {
          await ensureRegistered(site.pattern);
          kept.push(site);
        } else {
          const id = siteScriptId(site.pattern);
          if ((await api.registeredIds()).includes(id)) await api.unregister(id);
        }
      }
      if (kept.length !== sites.length) await api.write(kept);
    },
  };
}

export function chromeSitesApi(): SitesApi {
  return {
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    removePermission: async (pattern) => {
      await browser.permissions.remove({ origins: [pattern] });
    },
    registeredIds: async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
    register: (id, pattern) =>
      browser.scripting.registerContentScripts([
        { id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
      ]),
    unregister: (id) => browser.scripting.unregisterContentScripts({ ids: [id] }),
    async inject(tabId) {
      // WXT's bundle declares `var content` in the extension's isolated world: present means running.
      const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: () => 'content' in globalThis });
      if (probe?.result === true) return;
      await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}` as const] });
    },
    read: async () => (await browser.storage.local.get(SITES_KEY))[SITES_KEY],
    write: (sites) => browser.storage.local.set({ [SITES_KEY]: sites }),
    now: () => new Date(),
  };
}

export function registerSiteHandlers(runtimeId: string, api: SitesApi = chromeSitesApi()): void {
  const sites = createSites(api);
  const extensionPage = `chrome-extension://${runtimeId}/`;
  /** Only the extension's own pages (the popup) may change where the content script runs. */
  const fromExtensionPage = (sender: { url?: string }) => {
    if (!sender.url?.startsWith(extensionPage)) throw new Error('site access is limited to the extension pages');
  };
  handle('sitesList', runtimeId, async () => (await sites.list()).map((s) => s.pattern));
  handle('siteEnable', runtimeId, ({ pattern, tabId }, sender) => {
    fromExtensionPage(sender);
    return sites.enable(pattern, tabId);
  });
  handle('siteDisable', runtimeId, ({ pattern }, sender) => {
    fromExtensionPage(sender);
    return sites.disable(pattern);
  });
  void sites.restore().catch(() => {
    /* tried again at the next start */
  });
}
