import { browser, defineBackground } from '#imports';
import { applyHolidaySchedules } from '@/lib/log/holidays';
import { registerApprovalHandlers } from '@/lib/approval/background';
import { registerLogHandlers } from '@/lib/log/background';
import { handle } from '@/lib/messaging';
import { OcrCache } from '@/lib/ocr/cache';
import { fetchImage } from '@/lib/ocr/fetch-image';
import { offscreenHost } from '@/lib/ocr/offscreen-host';
import { createOcrService } from '@/lib/ocr/service';
import { imageVerdict } from '@/lib/ocr/background-check';
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
  let settings: Promise<Settings> = loadSettings().then((s) => withHolidays(s.settings));
  watchSettings(new AbortController().signal, () => {
    settings = loadSettings().then((s) => withHolidays(s.settings));
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
    return imageVerdict(await ocr.read(source), image ?? { src: '', alt: '', title: '', caption: '', context: '' }, rules, {
      ...toCheckSettings(s, rules),
      locale: s.ui.locale,
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
