import { beforeEach, describe, expect, it } from 'vitest';
import { createSites, type SitesApi } from './background';
import { siteScriptId } from './index';

const SITE = 'https://www.example.gov.cn/*';

/** Chromium's permissions and scripting, in memory. */
function fakeApi(granted: string[] = []) {
  const state = {
    granted: new Set(granted),
    registered: new Map<string, string>(),
    injected: [] as number[],
    stored: undefined as unknown,
  };
  const api: SitesApi = {
    hasPermission: async (p) => state.granted.has(p),
    removePermission: async (p) => void state.granted.delete(p),
    registeredIds: async () => [...state.registered.keys()],
    register: async (id, p) => {
      if (state.registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
      state.registered.set(id, p);
    },
    unregister: async (id) => void state.registered.delete(id),
    inject: async (tabId) => void state.injected.push(tabId),
    read: async () => state.stored,
    write: async (sites) => void (state.stored = sites),
    now: () => new Date('2026-03-01T08:00:00Z'),
  };
  return { api, state };
}

describe('enabled sites in the background', () => {
  let fake: ReturnType<typeof fakeApi>;
  beforeEach(() => {
    fake = fakeApi();
  });

  it('refuses to register without the host permission', async () => {
    expect(await createSites(fake.api).enable(SITE, 7)).toEqual({ ok: false, reason: 'permission' });
    expect(fake.state.registered.size).toBe(0);
    expect(fake.state.injected).toEqual([]);
  });

  it('refuses patterns it would never offer, even when granted', async () => {
    fake = fakeApi(['https://*/*', 'https://mp.weixin.qq.com/*']);
    const sites = createSites(fake.api);
    expect(await sites.enable('https://*/*')).toEqual({ ok: false, reason: 'invalid' });
    expect(await sites.enable('https://mp.weixin.qq.com/*')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('registers, stores and injects once granted; enabling twice is idempotent', async () => {
    fake.state.granted.add(SITE);
    const sites = createSites(fake.api);
    expect(await sites.enable(SITE, 7)).toEqual({ ok: true });
    expect(await sites.enable(SITE, 7)).toEqual({ ok: true });
    expect([...fake.state.registered]).toEqual([[siteScriptId(SITE), SITE]]);
    expect(await sites.list()).toEqual([{ pattern: SITE, enabledAt: '2026-03-01T08:00:00.000Z' }]);
    expect(fake.state.injected).toEqual([7, 7]);
  });

  it('treats "already registered" from a racing enable as success', async () => {
    fake.state.granted.add(SITE);
    fake.api.registeredIds = async () => [];
    fake.state.registered.set(siteScriptId(SITE), SITE);
    expect(await createSites(fake.api).enable(SITE)).toEqual({ ok: true });
  });

  it('disables: unregisters, forgets and gives the permission back', async () => {
    fake.state.granted.add(SITE);
    const sites = createSites(fake.api);
    await sites.enable(SITE);
    expect(await sites.disable(SITE)).toEqual({ removed: true });
    expect(fake.state.registered.size).toBe(0);
    expect(fake.state.granted.has(SITE)).toBe(false);
    expect(await sites.list()).toEqual([]);
    expect(await sites.disable(SITE)).toEqual({ removed: false });
  });

  it('restores at start-up: re-registers what is missing, drops sites whose permission was withdrawn', async () => {
    const other = 'https://other.gov.cn/*';
    fake = fakeApi([SITE]);
    fake.state.stored = [
      { pattern: SITE, enabledAt: '2026-01-01T00:00:00.000Z' },
      { pattern: other, enabledAt: '2026-01-01T00:00:00.000Z' },
    ];
    fake.state.registered.set(siteScriptId(other), other);
    await createSites(fake.api).restore();
    expect([...fake.state.registered]).toEqual([[siteScriptId(SITE), SITE]]);
    expect(fake.state.stored).toEqual([{ pattern: SITE, enabledAt: '2026-01-01T00:00:00.000Z' }]);
  });
});
