/**
 * The background's log handlers: the publication record is written here, the platform's success
 * signal and a closed tab settle it, and the extension's own pages read, verify, export and import
 * the log through these messages. Registered from entrypoints/background.ts with one call.
 */
import { browser } from '#imports';
import { adapterById, isSuccessUrl } from '../adapters';
import { handle } from '../messaging';
import type { Settings } from '../settings/schema';
import { loadChosenAccounts } from './accounts';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import { outcomeOfClosedTab } from './outcome';
import { chinaDay } from './record';

/** What the log needs of the background's memory of released publications, per tab. */
export interface ReleasedRecords {
  remember(tabId: number, record: { id: string; platform: string }): Promise<void>;
  take(tabId: number, accept: (released: { id: string; platform: string }) => boolean): Promise<{ id: string; platform: string } | null>;
  closed(tabId: number): Promise<{ id: string; platform: string; expired: boolean } | null>;
}

export interface LogHandlerOptions {
  /** The current settings: they decide what a record keeps (log.snapshot), whose account it is, and how long it stays. */
  settings: () => Promise<Pick<Settings, 'log' | 'accounts'>>;
  released: ReleasedRecords;
  db?: LogDb;
}

export function registerLogHandlers(runtimeId: string, { settings, released, db = new LogDb() }: LogHandlerOptions): void {
  const publicationLog = new PublicationLog(db);
  const extensionPage = `chrome-extension://${runtimeId}/`;

  // The device key exists from the first start (an older profile's chain head is signed then).
  void publicationLog.deviceId().catch(() => {
    /* created at the next write */
  });
  void settings()
    .then((s) => publicationLog.pruneIfDue(s.log.retentionDays))
    .catch(() => {
      /* retention runs again at the next start */
    });

  /** Log reads and imports are for the extension's own pages (dashboard, popup), not content scripts. */
  const fromExtensionPage = (sender: { url?: string }) => {
    if (!sender.url?.startsWith(extensionPage)) throw new Error('log access is limited to the extension pages');
  };

  // The record is in IndexedDB before the reply goes back, so the publish action is released only after.
  handle('recordPublication', runtimeId, async (input, sender) => {
    const s = await settings();
    const chosen = await loadChosenAccounts(browser.storage.local);
    const record = await publicationLog.append(input, { snapshotMode: s.log.snapshot, accounts: s.accounts, chosen });
    const tabId = sender.tab?.id;
    // Remembered for the platform's success signal; if that fails the record stays 'attempted'.
    if (tabId !== undefined) await released.remember(tabId, record).catch(() => undefined);
    return { id: record.id };
  });

  // Outcome 'confirmed': the platform's documented success signal showed, in the tab the record
  // was released in, within the time limit. Tab URLs stay hidden from the background (no "tabs"
  // permission, and content-script matches do not reveal them), so the pages report it.
  // A tab closed before the platform confirmed: the record says what that tells (./outcome.ts).
  browser.tabs.onRemoved.addListener((tabId) => {
    void released
      .closed(tabId)
      .then((taken) => {
        const outcome = taken && outcomeOfClosedTab(adapterById(taken.platform)?.success, taken.expired);
        return taken && outcome ? publicationLog.settle(taken.id, outcome) : false;
      })
      .catch(() => undefined);
  });
  handle('confirmPublication', runtimeId, async ({ id }, sender) => {
    const tabId = sender.tab?.id;
    const taken = tabId === undefined ? null : await released.take(tabId, (r) => r.id === id);
    return { confirmed: taken !== null && (await publicationLog.confirm(taken.id)) };
  });
  handle('successPageLoaded', runtimeId, async (_, sender) => {
    const tabId = sender.tab?.id;
    const url = sender.url;
    const successFor = (platform: string) => {
      const adapter = adapterById(platform);
      return adapter !== undefined && url !== undefined && isSuccessUrl(adapter, url);
    };
    const taken = tabId === undefined ? null : await released.take(tabId, (r) => successFor(r.platform));
    return { confirmed: taken !== null && (await publicationLog.confirm(taken.id)) };
  });

  handle('logQuery', runtimeId, async ({ filter, offset, limit }, sender) => {
    fromExtensionPage(sender);
    return publicationLog.query(filter, offset, limit);
  });
  handle('logGet', runtimeId, async ({ id }, sender) => {
    fromExtensionPage(sender);
    return (await publicationLog.get(id)) ?? null;
  });
  handle('logStats', runtimeId, async (_, sender) => {
    fromExtensionPage(sender);
    return publicationLog.stats((await settings()).accounts);
  });
  handle('logReminders', runtimeId, async (_, sender) => {
    fromExtensionPage(sender);
    const today = chinaDay(new Date());
    return { today, reminders: await publicationLog.reminders((await settings()).accounts, today) };
  });
  handle('logVerify', runtimeId, async (_, sender) => {
    fromExtensionPage(sender);
    return publicationLog.verify();
  });
  handle('logExport', runtimeId, async ({ after, limit }, sender) => {
    fromExtensionPage(sender);
    const chunk = await publicationLog.exportChunk(after, limit);
    return { ...chunk, heads: await publicationLog.heads() };
  });
  handle('logQuarantined', runtimeId, async (_, sender) => {
    fromExtensionPage(sender);
    return publicationLog.quarantined();
  });
  handle('logImport', runtimeId, async ({ records, heads, quarantine }, sender) => {
    fromExtensionPage(sender);
    return publicationLog.import(records, heads, quarantine);
  });
}
