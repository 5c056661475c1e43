import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from './schema';
import { loadSettings, saveSettings, watchSettings } from './storage';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('starts from the defaults with no policy', async () => {
    const s = await loadSettings();
    expect(s.settings).toEqual(defaultSettings());
    expect(s.policyPresent).toBe(false);
    expect(s.repaired).toEqual([]);
  });

  it('saves and loads, and refuses to store an invalid value', async () => {
    await saveSettings({ ...defaultSettings(), profile: { role: 'reviewer', name: '赵六', unit: '' } });
    expect((await loadSettings()).settings.profile.role).toBe('reviewer');
    await expect(saveSettings({ ...defaultSettings(), log: { snapshot: 'all' as never, retentionDays: 1 } })).rejects.toThrow();
    expect((await loadSettings()).settings.profile.role).toBe('reviewer');
  });

  it('survives corrupt storage, reporting what was repaired', async () => {
    await fakeBrowser.storage.local.set({ settings: { profile: { role: 42 }, ui: 'en' } });
    const s = await loadSettings();
    expect(s.settings.profile.role).toBe('editor');
    expect(s.repaired.map((i) => i.path).sort()).toEqual(['profile.role', 'ui']);
  });

  it('applies the managed policy over local settings', async () => {
    await saveSettings({ ...defaultSettings(), log: { snapshot: 'full', retentionDays: 100 } });
    await fakeBrowser.storage.managed.set({ logSnapshotMode: 'hash', lockedFields: ['log.retentionDays'] });
    const s = await loadSettings();
    expect(s.policyPresent).toBe(true);
    expect(s.settings.log).toEqual({ snapshot: 'hash', retentionDays: 730 });
    expect(s.local.log).toEqual({ snapshot: 'full', retentionDays: 100 });
  });

  it('tells watchers about local and managed changes until aborted', async () => {
    const abort = new AbortController();
    let calls = 0;
    watchSettings(abort.signal, () => calls++);
    await saveSettings(defaultSettings());
    await fakeBrowser.storage.managed.set({ unit: '县政府办' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(calls).toBe(2);
    abort.abort();
    await saveSettings({ ...defaultSettings(), ui: { locale: 'en' } });
    expect(calls).toBe(2);
  });
});

describe('a slow policy service', () => {
  it('does not hold settings back, and reports the policy when it lands', async () => {
    let land: (v: unknown) => void = () => {};
    const slow = new Promise((resolve) => (land = resolve));
    const original = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = () => slow;
    try {
      const first = await loadSettings();
      expect(first.policyPresent).toBe(false);
      const abort = new AbortController();
      const changed = new Promise<void>((resolve) => watchSettings(abort.signal, resolve));
      land({ unit: '县政府办' });
      await changed;
      fakeBrowser.storage.managed.get = original;
      await fakeBrowser.storage.managed.set({ unit: '县政府办' });
      expect((await loadSettings()).settings.profile.unit).toBe('县政府办');
      abort.abort();
    } finally {
      fakeBrowser.storage.managed.get = original;
    }
  });
});
