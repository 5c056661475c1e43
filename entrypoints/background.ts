import { browser, defineBackground } from '#imports';
import { GuardDb } from '@/lib/log/db';
import { Ledger } from '@/lib/log/ledger';
import { chinaDay } from '@/lib/log/record';
import { registerApprovalHandlers } from '@/lib/approval/background';
import { handle } from '@/lib/messaging';
import { registerSiteHandlers } from '@/lib/sites/background';
import type { Settings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings/storage';

const BADGE_COLOR = { ok: '#2ea121', warn: '#f5a623', block: '#d83931' } as const;

export default defineBackground(() => {
  const ledger = new Ledger(new GuardDb());
  registerApprovalHandlers(browser.runtime.id);
  registerSiteHandlers(browser.runtime.id);
  // First run (issue 9): what the guard checks, privacy, pinning, and the practice page.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  const extensionPage = `chrome-extension://${browser.runtime.id}/`;

  // Settings decide what a record keeps (log.snapshot), whose account it is, and how long it stays.
  let settings: Promise<Settings> = loadSettings().then((s) => s.settings);
  watchSettings(new AbortController().signal, () => {
    settings = loadSettings().then((s) => s.settings);
  });
  void settings.then((s) => ledger.pruneIfDue(s.log.retentionDays)).catch(() => {
    /* retention runs again at the next start */
  });

  /** Log reads and imports are for the extension's own pages (dashboard, popup), not content scripts. */
  const fromExtensionPage = (sender: { url?: string }) => {
    if (!sender.url?.startsWith(extensionPage)) throw new Error('log access is limited to the extension pages');
  };

  // The toolbar badge mirrors the guard's status in each tab.
  handle('statusChanged', browser.runtime.id, async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = status.active && status.findings ? String(status.findings) : '';
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR[status.status] });
  });

  // The record is in IndexedDB before the reply goes back, so the publish action is released only after.
  handle('recordPublication', browser.runtime.id, async (input) => {
    const s = await settings;
    const record = await ledger.append(input, { snapshotMode: s.log.snapshot, accounts: s.accounts });
    return { id: record.id };
  });
  handle('confirmPublication', browser.runtime.id, async ({ id }) => ({ confirmed: await ledger.confirm(id) }));

  handle('logQuery', browser.runtime.id, async ({ filter, offset, limit }, sender) => {
    fromExtensionPage(sender);
    return ledger.query(filter, offset, limit);
  });
  handle('logGet', browser.runtime.id, async ({ id }, sender) => {
    fromExtensionPage(sender);
    return (await ledger.get(id)) ?? null;
  });
  handle('logStats', browser.runtime.id, async (_, sender) => {
    fromExtensionPage(sender);
    return ledger.stats((await settings).accounts);
  });
  handle('logReminders', browser.runtime.id, async (_, sender) => {
    fromExtensionPage(sender);
    const today = chinaDay(new Date());
    return { today, reminders: await ledger.reminders((await settings).accounts, today) };
  });
  handle('logVerify', browser.runtime.id, async (_, sender) => {
    fromExtensionPage(sender);
    return ledger.verify();
  });
  handle('logExport', browser.runtime.id, async ({ after, limit }, sender) => {
    fromExtensionPage(sender);
    const chunk = await ledger.exportChunk(after, limit);
    return { ...chunk, heads: await ledger.heads() };
  });
  handle('logImport', browser.runtime.id, async ({ records, heads }, sender) => {
    fromExtensionPage(sender);
    return ledger.import(records, heads);
  });
});
