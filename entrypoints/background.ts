import { browser, defineBackground } from '#imports';
import { adapterById, isSuccessUrl } from '@/lib/adapters';
import { loadChosenAccounts } from '@/lib/log/accounts';
import { GuardDb } from '@/lib/log/db';
import { Ledger } from '@/lib/log/ledger';
import { chinaDay } from '@/lib/log/record';
import { registerApprovalHandlers } from '@/lib/approval/background';
import { handle } from '@/lib/messaging';
import { OcrCache } from '@/lib/ocr/cache';
import { fetchImage } from '@/lib/ocr/fetch-image';
import { offscreenHost } from '@/lib/ocr/offscreen-host';
import { createOcrService } from '@/lib/ocr/service';
import { imageVerdict } from '@/lib/ocr/background-check';
import { rules } from '@/lib/rules';
import { releasedTabs } from '@/lib/page/released';
import { registerSiteHandlers } from '@/lib/sites/background';
import { toCheckSettings, type Settings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings/storage';

const BADGE_COLOR = { ok: '#2ea121', warn: '#f5a623', block: '#d83931' } as const;

export default defineBackground(() => {
  const ledger = new Ledger(new GuardDb());
  // Per tab, the record the guard released last, until the platform shows success (issue 8).
  const released = releasedTabs(browser.storage.session);
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

  // Reading the draft's images (OCR) in an offscreen document, results cached by content hash.
  const ocr = createOcrService({ cache: new OcrCache(), offscreen: offscreenHost(), fetchImage: (url) => fetchImage(url) });
  handle('ocrRead', browser.runtime.id, async ({ source, image }) => {
    const s = await settings;
    return imageVerdict(await ocr.read(source), image ?? { src: '', alt: '', title: '', caption: '', context: '' }, rules, { ...toCheckSettings(s, rules), locale: s.ui.locale });
  });

  // The toolbar badge mirrors the guard's status in each tab.
  handle('statusChanged', browser.runtime.id, async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = status.active && status.findings ? String(status.findings) : '';
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR[status.status] });
  });

  // The record is in IndexedDB before the reply goes back, so the publish action is released only after.
  handle('recordPublication', browser.runtime.id, async (input, sender) => {
    const s = await settings;
    const chosen = await loadChosenAccounts(browser.storage.local);
    const record = await ledger.append(input, { snapshotMode: s.log.snapshot, accounts: s.accounts, chosen });
    const tabId = sender.tab?.id;
    // Remembered for the platform's success signal; if that fails the record stays 'attempted'.
    if (tabId !== undefined) await released.remember(tabId, record).catch(() => undefined);
    return { id: record.id };
  });

  // Outcome 'confirmed' (issue 8): the platform's documented success signal showed, in the tab the
  // record was released in, within the time limit. Tab URLs stay hidden from the background (no
  // "tabs" permission, and content-script matches do not reveal them), so the pages report it.
  browser.tabs.onRemoved.addListener((tabId) => void released.forget(tabId).catch(() => undefined));
  handle('confirmPublication', browser.runtime.id, async ({ id }, sender) => {
    const tabId = sender.tab?.id;
    const taken = tabId === undefined ? null : await released.take(tabId, (r) => r.id === id);
    return { confirmed: taken !== null && (await ledger.confirm(taken.id)) };
  });
  handle('successPageLoaded', browser.runtime.id, async (_, sender) => {
    const tabId = sender.tab?.id;
    const url = sender.url;
    const successFor = (platform: string) => {
      const adapter = adapterById(platform);
      return adapter !== undefined && url !== undefined && isSuccessUrl(adapter, url);
    };
    const taken = tabId === undefined ? null : await released.take(tabId, (r) => successFor(r.platform));
    return { confirmed: taken !== null && (await ledger.confirm(taken.id)) };
  });

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
