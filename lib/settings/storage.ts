/**
 * Where settings live: local settings in WXT storage (versioned, migrated), the office's policy
 * in chrome.storage.managed (read-only, set by Chrome/Edge policy). Browser wiring only; the
 * logic is in lib/settings/index.ts.
 */
import { browser, storage } from '#imports';
import { rules as allRules } from '../rules';
import type { Rule } from '../engine/rule';
import { resolveSettings, type EffectiveSettings } from './index';
import { MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/** chrome.storage.managed is absent (or throws) where no schema or no policy exists: no policy. */
export async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed?.get()) ?? {};
  } catch {
    return {};
  }
}

export async function loadSettings(rules: readonly Rule[] = allRules): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([settingsItem.getValue(), readManaged()]);
  return resolveSettings(local, managed, rules);
}

/** Writes local settings; parses first so nothing invalid reaches storage. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

/** Calls `onChange` when local settings or the managed policy change, until `signal` aborts. */
export function watchSettings(signal: AbortSignal, onChange: () => void): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
