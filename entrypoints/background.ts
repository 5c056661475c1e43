import { browser, defineBackground } from '#imports';
import { applyHolidaySchedules } from '@/lib/log/holidays';
import { registerApprovalHandlers } from '@/lib/approval/background';
import { trustedKeys } from '@/lib/approval/trust';
import { registerLogHandlers } from '@/lib/log/background';
import { handle, send } from '@/lib/messaging';
import { OcrCache } from '@/lib/ocr/cache';
import { fetchImage } from '@/lib/ocr/fetch-image';
import { offscreenHost } from '@/lib/ocr/offscreen-host';
import { createOcrService } from '@/lib/ocr/service';
import { imageVerdict } from '@/lib/ocr/background-check';
import { accessForHost, offerAccess } from '@/lib/ocr/image-hosts';
import { rules } from '@/lib/rules';
import { releasedTabs } from '@/lib/log/released';
import { registerSiteHandlers } from '@/lib/sites/background';
import { toCheckSettings, type Settings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings/storage';

const BADGE_COLOR = { ok: '#2ea121', warn: '#f5a623', block: '#d83931' } as const;

export default defineBackground(() => {
  // Settings decide what a record keeps (log.snapshot), whose account it is, and how long it stays.
  // Reminders count working days: an administrator's holiday schedules apply once settings load.
  const withHolidays = (s: Settings) => (applyHolidaySchedules(s.holidays), s);
  let effective = loadSettings();
  let settings: Promise<Settings> = effective.then((s) => withHolidays(s.settings));
  watchSettings(new AbortController().signal, () => {
    effective = loadSettings();
    settings = effective.then((s) => withHolidays(s.settings));
  });
  // Per tab, the record the guard released last, until the platform shows success.
  registerLogHandlers(browser.runtime.id, { settings: () => settings, released: releasedTabs(browser.storage.session) });
  // Approvals are signed only in the extension's review page, opened beside the editor's tab.
  registerApprovalHandlers(browser.runtime.id, {
    extensionOrigin: browser.runtime.getURL('/'),
    reviews: browser.storage.session,
    openReviewPage: async (id, openerTabId) => {
      await browser.tabs.create({
        url: browser.runtime.getURL(`/review.html#${id}`),
        ...(openerTabId !== undefined ? { openerTabId } : {}),
      });
    },
    trusted: async () => {
      const { settings: s, reviewerKeys } = await effective;
      return trustedKeys(s.approval.trustedKeys, reviewerKeys);
    },
  });
  registerSiteHandlers(browser.runtime.id);
  // First run: what the guard checks, privacy, pinning, and the practice page.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Reading the draft's images (OCR) in an offscreen document, results cached by content hash.
  const ocr = createOcrService({ cache: new OcrCache(), offscreen: offscreenHost(), fetchImage: (url) => fetchImage(url) });
  handle('ocrRead', browser.runtime.id, async ({ source, image }) => {
    const s = await settings;
    const verdict = imageVerdict(await ocr.read(source), image ?? { src: '', alt: '', title: '', caption: '', context: '' }, rules, {
      ...toCheckSettings(s, rules),
      locale: s.ui.locale,
    });
    // An image on a platform's image server the extension may not read yet: the panel offers access.
    return offerAccess(verdict, source, (pattern) => browser.permissions.contains({ origins: [pattern] }));
  });
  // The panel's "允许读取 … 的图片": the user confirms in the extension's own page, whose click is the
  // gesture permissions.request needs (a content script cannot ask, and the page cannot click there).
  handle('imageAccessOpen', browser.runtime.id, async ({ host }, sender) => {
    const access = accessForHost(host);
    if (!sender.tab || !access) return false;
    const url = `${browser.runtime.getURL('/image-access.html')}?host=${encodeURIComponent(access.label)}`;
    await browser.windows.create({ url, type: 'popup', width: 480, height: 360 });
    return true;
  });
  // Access granted (from that page, or the browser's extension settings): editor tabs read their images again.
  browser.permissions.onAdded.addListener(() => {
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void send('imageAccessChanged', undefined, tab.id).catch(() => undefined);
    });
  });

  // The toolbar badge mirrors the guard's status in each tab.
  handle('statusChanged', browser.runtime.id, async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = status.active && status.findings ? String(status.findings) : '';
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR[status.status] });
  });
});
