/**
 * A tab closed right after 发表: the record says what that tells, and a publication most likely
 * never sent does not count as a post or an original (Art. 22, 23).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterById } from '../adapters';
import { CONFIRM_WINDOW_MS } from '../adapters/adapter';
import { releasedTabs, type SessionArea } from './released';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import { outcomeOfClosedTab } from './outcome';
import type { PublicationInput } from './record';

describe('the outcome of a tab closed before the platform confirmed', () => {
  it.each([
    { platform: 'wechat', expired: false, outcome: 'abandoned' },
    { platform: 'douyin', expired: false, outcome: 'abandoned' },
    { platform: 'xiaohongshu', expired: false, outcome: 'abandoned' },
    { platform: 'wechat', expired: true, outcome: 'unconfirmed' },
    // Only an in-page layer on the video form: a closed composer tab tells nothing.
    { platform: 'weibo', expired: false, outcome: null },
    { platform: 'toutiao', expired: false, outcome: null },
    { platform: 'zhihu', expired: true, outcome: null },
    { platform: 'generic', expired: false, outcome: null },
  ])('$platform (time limit passed: $expired) → $outcome', ({ platform, expired, outcome }) => {
    expect(outcomeOfClosedTab(adapterById(platform)?.success, expired)).toBe(outcome);
  });

  it('hands back the released record of a closed tab once, saying whether its time limit passed', async () => {
    const items = new Map<string, unknown>();
    const area: SessionArea = {
      get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
      set: async (entries) => void Object.entries(entries).forEach(([k, v]) => items.set(k, v)),
      remove: async (key) => void items.delete(key),
    };
    let now = 1000;
    const tabs = releasedTabs(area, () => now);
    const id = crypto.randomUUID();
    await tabs.remember(3, { id, platform: 'wechat' });
    expect(await tabs.closed(3)).toMatchObject({ id, platform: 'wechat', expired: false });
    expect(await tabs.closed(3)).toBeNull();
    await tabs.remember(4, { id, platform: 'wechat' });
    now += CONFIRM_WINDOW_MS + 1;
    expect(await tabs.closed(4)).toMatchObject({ id, expired: true });
  });
});

const input = (origin: 'original' | 'repost'): PublicationInput => ({
  platform: 'wechat',
  account: '昆明发布',
  url: 'https://mp.weixin.qq.com/',
  title: '关于开展冬季森林防火检查的通知',
  contentHash: 'd'.repeat(64),
  requiredApproval: 'general',
  findings: [],
  overrides: [],
  origin,
});

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('an abandoned publication', () => {
  it('is recorded as such, stays in the chain, and does not count as a post or an original', async () => {
    const db = new LogDb(`outcome-${Date.now()}`);
    dbs.push(db);
    let t = Date.parse('2026-11-02T01:00:00Z');
    const publicationLog = new PublicationLog(db, () => new Date(t));
    const repost = await publicationLog.append(input('repost'), { snapshotMode: 'hash' });
    t += 86_400_000;
    const original = await publicationLog.append(input('original'), { snapshotMode: 'hash' });
    const today = '2026-11-03';
    const before = (await publicationLog.stats([], today)).accounts[0];
    expect(before).toMatchObject({ posts: 2, originals: 1, lastOriginal: today });

    expect(await publicationLog.settle(original.id, 'abandoned')).toBe(true);
    // Only once, and never over a confirmation.
    expect(await publicationLog.settle(original.id, 'unconfirmed')).toBe(false);
    await publicationLog.confirm(repost.id);
    expect(await publicationLog.settle(repost.id, 'abandoned')).toBe(false);

    expect(await publicationLog.get(original.id)).toMatchObject({ outcome: 'abandoned', confirmedAt: null });
    const after = (await publicationLog.stats([], today)).accounts[0];
    expect(after).toMatchObject({ posts: 1, originals: 0, lastOriginal: null, lastPost: '2026-11-02' });
    expect(after.days[today]).toBeUndefined();
    const [reminder] = await publicationLog.reminders([], today);
    expect(reminder).toMatchObject({ lastPost: '2026-11-02', original: { daysSince: null } });
    // The outcome is outside the hash: the chain still verifies, and the record is still listed.
    expect(await publicationLog.verify()).toMatchObject({ ok: true, records: 2 });
    expect((await publicationLog.query({}, 0, 10)).rows.map((r) => r.outcome)).toEqual(['abandoned', 'confirmed']);
  });
});
