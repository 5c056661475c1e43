import { browser, defineBackground } from '#imports';
import { GuardDb, recordPublication } from '@/lib/log/db';
import { handle } from '@/lib/messaging';

const BADGE_COLOR = { ok: '#2ea121', warn: '#f5a623', block: '#d83931' } as const;

export default defineBackground(() => {
  const db = new GuardDb();

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
    const record = await recordPublication(db, input);
    return { id: record.id };
  });
});
