import { browser, defineBackground } from '#imports';
import { handle } from '@/lib/messaging';

const BADGE_COLOR = { ok: '#2ea121', warn: '#f5a623', block: '#d83931' } as const;

export default defineBackground(() => {
  // The toolbar badge mirrors the guard's status in each tab.
  handle('statusChanged', browser.runtime.id, async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = status.active && status.findings ? String(status.findings) : '';
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR[status.status] });
  });
});
