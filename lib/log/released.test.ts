/**
 * The background's per-tab memory of released records: one entry per tab, replaced by the
 * next release, taken once, refused after the time limit, and never trusted when malformed.
 */
import { describe, expect, it } from 'vitest';
import { CONFIRM_WINDOW_MS } from '../adapters/adapter';
import { releasedTabs, type SessionArea } from './released';

const A = '0b6f1f0e-7f6a-4c41-9d7e-2a1b3c4d5e6f';
const B = '5f0c2d3e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

function memoryArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (entries) => {
      for (const [k, v] of Object.entries(entries)) items.set(k, structuredClone(v));
    },
    remove: async (key) => void items.delete(key),
  };
}

describe('released tabs', () => {
  it('gives the released record back once, to a check that accepts it', async () => {
    const area = memoryArea();
    const tabs = releasedTabs(area, () => 1000);
    await tabs.remember(7, { id: A, platform: 'wechat' });
    expect(await tabs.take(7, (r) => r.platform === 'douyin')).toBeNull();
    expect(await tabs.take(8, () => true)).toBeNull();
    expect(await tabs.take(7, (r) => r.id === A)).toEqual({ id: A, platform: 'wechat', until: 1000 + CONFIRM_WINDOW_MS });
    expect(await tabs.take(7, () => true)).toBeNull();
  });

  it('keeps one record per tab: the latest release replaces the earlier one, other tabs keep theirs', async () => {
    const tabs = releasedTabs(memoryArea(), () => 0);
    await tabs.remember(1, { id: A, platform: 'wechat' });
    await tabs.remember(2, { id: A, platform: 'douyin' });
    await tabs.remember(1, { id: B, platform: 'wechat' });
    expect(await tabs.take(1, (r) => r.id === A)).toBeNull();
    expect((await tabs.take(1, () => true))?.id).toBe(B);
    expect((await tabs.take(2, () => true))?.platform).toBe('douyin');
  });

  it('refuses, and drops, a record past its time limit', async () => {
    const area = memoryArea();
    let now = 5000;
    const tabs = releasedTabs(area, () => now);
    await tabs.remember(3, { id: A, platform: 'wechat' });
    now += CONFIRM_WINDOW_MS - 1;
    await tabs.remember(4, { id: B, platform: 'wechat' });
    now += 1;
    expect(await tabs.take(3, () => true)).toBeNull();
    expect(area.items.has('released:3')).toBe(false);
    expect((await tabs.take(4, () => true))?.id).toBe(B);
  });

  it('survives a restart (state lives in the storage area), and forgets a closed tab', async () => {
    const area = memoryArea();
    await releasedTabs(area, () => 0).remember(5, { id: A, platform: 'kuaishou' });
    await releasedTabs(area, () => 0).remember(6, { id: B, platform: 'kuaishou' });
    const restarted = releasedTabs(area, () => 1);
    await restarted.forget(6);
    expect((await restarted.take(5, () => true))?.id).toBe(A);
    expect(await restarted.take(6, () => true)).toBeNull();
  });

  it('drops what does not parse instead of trusting it', async () => {
    const area = memoryArea();
    const tabs = releasedTabs(area, () => 0);
    for (const bad of [{ id: 'not-a-uuid', platform: 'wechat', until: 1e15 }, { id: A, until: 1e15 }, 'x', null]) {
      area.items.set('released:9', bad);
      expect(await tabs.take(9, () => true)).toBeNull();
      expect(area.items.has('released:9')).toBe(false);
    }
    await expect(tabs.remember(9, { id: 'nope', platform: 'wechat' })).rejects.toThrow();
  });
});
