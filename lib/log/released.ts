/**
 * The background's memory of what the guard released in each tab: the record id and
 * platform of the last publish let through there, until the platform shows success or
 * CONFIRM_WINDOW_MS passes. Kept in storage.session, so a service-worker restart between the
 * release and the platform's success page loses nothing, and content scripts cannot read or write it.
 * One key per tab: tabs never overwrite each other's entry.
 */
import { z } from 'zod';
import { CONFIRM_WINDOW_MS } from '../adapters/adapter';

const releasedSchema = z.object({
  id: z.string().uuid(),
  platform: z.string().min(1).max(40),
  /** Epoch ms after which a success signal no longer confirms this record. */
  until: z.number().int().nonnegative(),
});
export type Released = z.infer<typeof releasedSchema>;

/** The part of a storage area this needs (browser.storage.session). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `released:${tabId}`;

export interface ReleasedTabs {
  /** The guard released record `id` in this tab: a success signal there confirms it (replaces an earlier one). */
  remember(tabId: number, record: { id: string; platform: string }): Promise<void>;
  /** The tab's released record, removed, when it is still within its time limit and `accept`s it; else null. */
  take(tabId: number, accept: (released: Released) => boolean): Promise<Released | null>;
  forget(tabId: number): Promise<void>;
  /** The tab was closed: its released record, removed, expired or not (`expired`: past its time limit). */
  closed(tabId: number): Promise<(Released & { expired: boolean }) | null>;
}

export function releasedTabs(area: SessionArea, now: () => number = Date.now): ReleasedTabs {
  const read = async (tabId: number): Promise<Released | null> => {
    const raw = (await area.get(keyOf(tabId)))[keyOf(tabId)];
    if (raw === undefined) return null;
    const parsed = releasedSchema.safeParse(raw);
    if (parsed.success && parsed.data.until > now()) return parsed.data;
    // Expired or unreadable: dropped, never trusted.
    await area.remove(keyOf(tabId));
    return null;
  };
  return {
    async remember(tabId, { id, platform }) {
      await area.set({ [keyOf(tabId)]: releasedSchema.parse({ id, platform, until: now() + CONFIRM_WINDOW_MS }) });
    },
    async take(tabId, accept) {
      const released = await read(tabId);
      if (!released || !accept(released)) return null;
      await area.remove(keyOf(tabId));
      return released;
    },
    forget: (tabId) => area.remove(keyOf(tabId)),
    async closed(tabId) {
      const raw = (await area.get(keyOf(tabId)))[keyOf(tabId)];
      if (raw === undefined) return null;
      await area.remove(keyOf(tabId));
      const parsed = releasedSchema.safeParse(raw);
      return parsed.success ? { ...parsed.data, expired: parsed.data.until <= now() } : null;
    },
  };
}
