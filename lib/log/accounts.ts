/**
 * Which filed account the editor is publishing as, per platform (Art. 15–17 accounts in the
 * settings). A platform console shows one logged-in account; when the office files several on a
 * platform, the editor says which one in the toolbar popup and the records carry it. Kept in
 * chrome.storage.local under its own key, zod-checked on every read (a corrupt value reads as none).
 */
import { z } from 'zod';

export const CHOSEN_ACCOUNTS_KEY = 'publishingAccounts';

const chosenSchema = z.record(z.string().min(1).max(40), z.string().min(1).max(60));
export type ChosenAccounts = z.infer<typeof chosenSchema>;
const entrySchema = z.tuple([z.string().min(1).max(40), z.string().min(1).max(60)]);

/** What these functions need of chrome.storage.local (a fake in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored choices, entry by entry: a corrupt entry is dropped, the others kept. */
export async function loadChosenAccounts(area: KeyValueArea): Promise<ChosenAccounts> {
  const stored = (await area.get(CHOSEN_ACCOUNTS_KEY))[CHOSEN_ACCOUNTS_KEY];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).flatMap((entry) => (entrySchema.safeParse(entry).success ? [entry as [string, string]] : [])),
  );
}

/** Sets (or with null clears) the account for one platform. */
export async function chooseAccount(area: KeyValueArea, platform: string, account: string | null): Promise<ChosenAccounts> {
  const { [platform]: _previous, ...rest } = await loadChosenAccounts(area);
  const next = account ? { ...rest, [platform]: account } : rest;
  await area.set({ [CHOSEN_ACCOUNTS_KEY]: chosenSchema.parse(next) });
  return next;
}
