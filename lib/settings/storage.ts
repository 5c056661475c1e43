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

const TIMED_OUT = Symbol('timed out');
/** A policy read still pending when settings were first loaded; watchers hear when it lands. */
let lateManaged: Promise<unknown> | undefined;

/**
 * The office's policy. chrome.storage.managed is absent (or throws) where no schema or no policy
 * exists: no policy. Chromium answers the first read only once its policy service is up (3–6 s
 * after start-up on Linux), so we do not wait that long: the settings apply without the policy
 * until it lands, and `watchSettings` reports it then.
 */
export async function readManaged(timeoutMs = 800): Promise<unknown> {
  try {
    const read = Promise.resolve(browser.storage.managed?.get()).then((v) => v ?? {});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)));
    const result = await Promise.race([read, timeout]);
    clearTimeout(timer);
    if (result !== TIMED_OUT) return result;
    lateManaged = read.catch(() => ({}));
    return {};
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
  void lateManaged?.then(() => {
    if (!signal.aborted) onChange();
  });
}
