import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LogDb } from './db';
import { PublicationLog, resolveAccount } from './publication-log';
import { GENESIS_HASH, publicationRecordSchema, type PublicationInput } from './record';

const input: PublicationInput = {
  platform: 'wechat',
  url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2',
  title: '关于开展冬季森林防火检查的通知',
  contentHash: 'a'.repeat(64),
  requiredApproval: 'general',
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开值班电话，已核实可以公开' }],
  text: '关于开展冬季森林防火检查的通知\n值班电话 13800138000。'.repeat(20),
};

let n = 0;
const dbs: Dexie[] = [];
function freshDb(): LogDb {
  const db = new LogDb(`test-log-${++n}-${Date.now()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function clock(start = Date.parse('2026-11-26T06:03:00Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

describe('log writes', () => {
  it('commits a validated, hash-chained record and moves the head', async () => {
    const db = freshDb();
    const publicationLog = new PublicationLog(db, clock());
    const a = await publicationLog.append(input, { snapshotMode: 'excerpt', accounts: [{ platform: 'wechat', name: '昆明发布' }] });
    const b = await publicationLog.append({ ...input, overrides: [], findings: [] }, { snapshotMode: 'hash' });
    expect(publicationRecordSchema.parse(await db.publications.get(a.id))).toEqual(a);
    expect(a).toMatchObject({
      seq: 1,
      prevHash: GENESIS_HASH,
      account: '昆明发布',
      outcome: 'attempted',
      overridden: 1,
      categories: ['personal-data'],
      day: '2026-11-26',
    });
    expect(a.snapshot.mode).toBe('excerpt');
    expect([...a.snapshot.text!].length).toBe(200);
    expect(b).toMatchObject({
      seq: 2,
      prevHash: a.hash,
      account: '',
      snapshot: { mode: 'hash', text: null },
      overridden: 0,
      categories: [],
    });
    expect(await db.chains.get(a.deviceId)).toMatchObject({ seq: 2, hash: b.hash, local: true });
    expect((await publicationLog.verify()).ok).toBe(true);
  });

  it('keeps one chain when many tabs publish at once', async () => {
    const db = freshDb();
    const publicationLog = new PublicationLog(db, clock());
    const records = await Promise.all(Array.from({ length: 25 }, () => publicationLog.append(input, { snapshotMode: 'full' })));
    expect(records.map((r) => r.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(records.map((r) => r.prevHash)).size).toBe(25);
    // A second log on the same database (a restarted service worker) continues the same chain.
    const again = await new PublicationLog(db, clock(Date.parse('2026-11-27T00:00:00Z'))).append(input, { snapshotMode: 'full' });
    expect(again.seq).toBe(26);
    expect(again.deviceId).toBe(records[0].deviceId);
    expect((await new PublicationLog(db).verify()).ok).toBe(true);
  });

  it.each([
    ['a short override reason', { ...input, overrides: [{ ruleIds: ['x'], reason: '太短' }] }],
    ['a bad content hash', { ...input, contentHash: 'xyz' }],
    ['an unknown category', { ...input, findings: [{ ruleId: 'x', category: 'weather', severity: 'block' }] }],
    ['a non-URL page address', { ...input, url: 'not a url' }],
  ])('rejects %s and writes nothing', async (_, bad) => {
    const db = freshDb();
    const publicationLog = new PublicationLog(db);
    expect(() => publicationLog.append(bad as never, { snapshotMode: 'full' })).toThrow();
    expect(await db.publications.count()).toBe(0);
  });

  it('confirms an outcome without touching the hash', async () => {
    const db = freshDb();
    const publicationLog = new PublicationLog(db, clock());
    const r = await publicationLog.append(input, { snapshotMode: 'full' });
    expect(await publicationLog.confirm(r.id)).toBe(true);
    expect(await publicationLog.confirm(r.id)).toBe(false);
    expect(await db.publications.get(r.id)).toMatchObject({ outcome: 'confirmed', hash: r.hash });
    expect((await publicationLog.verify()).ok).toBe(true);
  });

  it.each([
    { name: 'the only filed account', platform: 'wechat', named: undefined, chosen: undefined, account: '昆明发布' },
    { name: 'several filed, none chosen', platform: 'weibo', named: undefined, chosen: undefined, account: '' },
    { name: 'several filed, one chosen', platform: 'weibo', named: undefined, chosen: '乙', account: '乙' },
    { name: 'a choice no longer filed there', platform: 'weibo', named: undefined, chosen: '昆明发布', account: '' },
    { name: 'a choice over the only account, if filed', platform: 'wechat', named: undefined, chosen: '甲', account: '昆明发布' },
    { name: 'named by the page, over any choice', platform: 'weibo', named: '甲', chosen: '乙', account: '甲' },
    { name: 'no filed account', platform: 'douyin', named: undefined, chosen: '乙', account: '' },
  ])('account of a record: $name', ({ platform, named, chosen, account }) => {
    const accounts = [
      { platform: 'wechat', name: '昆明发布' },
      { platform: 'weibo', name: '甲' },
      { platform: 'weibo', name: '乙' },
    ];
    expect(resolveAccount(platform, named, accounts, chosen)).toBe(account);
  });
});

describe('verification of the stored log', () => {
  async function seeded(count = 6) {
    const db = freshDb();
    const publicationLog = new PublicationLog(db, clock());
    const recs = [];
    for (let i = 0; i < count; i++) recs.push(await publicationLog.append({ ...input, title: `第${i + 1}条` }, { snapshotMode: 'full' }));
    return { db, publicationLog, recs };
  }

  it('points at an altered record', async () => {
    const { db, publicationLog, recs } = await seeded();
    await db.publications.update(recs[2].id, { title: '改过的标题' });
    const report = await publicationLog.verify();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'altered', id: recs[2].id, seq: 3 });
  });

  it('points at an altered and re-hashed record through the next link', async () => {
    const { db, publicationLog, recs } = await seeded();
    const { hashRecord } = await import('./chain');
    const changed = { ...recs[1], title: '改过的标题' };
    await db.publications.put({ ...changed, hash: await hashRecord(changed) });
    expect((await publicationLog.verify()).firstProblem).toMatchObject({ kind: 'altered', id: recs[1].id, seq: 2 });
  });

  it('reports removed records, in the middle and at the end', async () => {
    const { db, publicationLog, recs } = await seeded();
    await db.publications.delete(recs[3].id);
    expect((await publicationLog.verify()).firstProblem).toMatchObject({ kind: 'removed', id: recs[4].id, missing: { from: 4, to: 4 } });
    const { db: db2, publicationLog: l2, recs: r2 } = await seeded();
    await db2.publications.bulkDelete([r2[4].id, r2[5].id]);
    expect((await l2.verify()).firstProblem).toMatchObject({ kind: 'removed', id: null, missing: { from: 5, to: 6 } });
  });

  it('reports reordered records', async () => {
    const { db, publicationLog, recs } = await seeded();
    // Swap positions 3 and 4 (seq numbers exchanged, each record otherwise as written).
    const { hashRecord } = await import('./chain');
    const a = { ...recs[2], seq: 4 };
    const b = { ...recs[3], seq: 3 };
    await db.publications.bulkPut([
      { ...a, hash: await hashRecord(a) },
      { ...b, hash: await hashRecord(b) },
    ]);
    expect((await publicationLog.verify()).firstProblem).toMatchObject({ kind: 'reordered', seq: 3, id: recs[3].id });
  });
});

describe('retention', () => {
  it('prunes an old prefix behind a checkpoint, and the rest still verifies', async () => {
    const db = freshDb();
    let now = Date.parse('2024-01-10T02:00:00Z');
    const publicationLog = new PublicationLog(db, () => new Date(now));
    const recs = [];
    for (let i = 0; i < 5; i++) {
      recs.push(await publicationLog.append(input, { snapshotMode: 'hash' }));
      now += 40 * 86_400_000;
    }
    now = Date.parse('2024-08-01T00:00:00Z');
    expect(await publicationLog.prune(100)).toEqual({ pruned: 3, kept: [] });
    expect(await db.publications.count()).toBe(2);
    const chain = await db.chains.get(recs[0].deviceId);
    expect(chain?.checkpoint).toMatchObject({ seq: 3, hash: recs[2].hash, count: 3, retentionDays: 100 });
    expect((await publicationLog.verify()).ok).toBe(true);
    // The next append continues after the checkpointed chain.
    expect((await publicationLog.append(input, { snapshotMode: 'hash' })).seq).toBe(6);
    expect((await publicationLog.verify()).ok).toBe(true);
  });

  it('keeps a prefix that does not verify', async () => {
    const db = freshDb();
    let now = Date.parse('2024-01-10T02:00:00Z');
    const publicationLog = new PublicationLog(db, () => new Date(now));
    const first = await publicationLog.append(input, { snapshotMode: 'hash' });
    await publicationLog.append(input, { snapshotMode: 'hash' });
    await db.publications.update(first.id, { title: '改过' });
    now = Date.parse('2025-01-10T02:00:00Z');
    expect(await publicationLog.prune(30)).toEqual({ pruned: 0, kept: [first.deviceId] });
    expect(await db.publications.count()).toBe(2);
  });
});

describe('schema upgrade from version 1', () => {
  it('carries every version-1 record into the chain without loss', async () => {
    const name = `test-log-upgrade-${Date.now()}`;
    // Version-1 data exactly as the first recordPublication wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ publications: 'id, time, platform' });
    const old = [
      { ...input, text: undefined, practice: false, id: crypto.randomUUID(), time: '2026-11-02T01:00:00.000Z', outcome: 'attempted' },
      {
        ...input,
        text: undefined,
        practice: false,
        findings: [{ ruleId: 'no-untraceable-repost', category: 'source', severity: 'block' }],
        id: crypto.randomUUID(),
        time: '2026-11-01T01:00:00.000Z',
        outcome: 'attempted',
      },
    ].map(({ text: _t, ...r }) => r);
    await v1.table('publications').bulkAdd(old);
    v1.close();

    const db = new LogDb(name);
    dbs.push(db);
    const publicationLog = new PublicationLog(db, clock());
    const deviceId = await publicationLog.deviceId();
    const migrated = await db.publications.orderBy('[deviceId+seq]').toArray();
    expect(migrated.map((r) => r.id)).toEqual([old[1].id, old[0].id]);
    for (const r of migrated) {
      const before = old.find((o) => o.id === r.id)!;
      expect(publicationRecordSchema.parse(r)).toMatchObject({
        ...before,
        v: 2,
        deviceId,
        migratedFrom: 1,
        snapshot: { mode: 'hash', text: null },
      });
    }
    expect(migrated.map((r) => r.origin)).toEqual(['repost', 'original']);
    expect(migrated[1].prevHash).toBe(migrated[0].hash);
    expect((await publicationLog.verify()).ok).toBe(true);
    expect((await publicationLog.append(input, { snapshotMode: 'full' })).seq).toBe(3);
    expect((await publicationLog.verify()).ok).toBe(true);
  });
});

describe('queries', () => {
  it('filters by date, platform, account, category, override and approval through the indexes', async () => {
    const db = freshDb();
    const publicationLog = new PublicationLog(db, clock(Date.parse('2026-11-20T00:00:00Z')));
    const a = await publicationLog.append(input, { snapshotMode: 'hash', accounts: [{ platform: 'wechat', name: '昆明发布' }] });
    const b = await publicationLog.append(
      { ...input, platform: 'weibo', overrides: [], findings: [], account: '春城' },
      { snapshotMode: 'hash' },
    );
    const c = await publicationLog.append(
      {
        ...input,
        overrides: [],
        findings: [{ ruleId: 'no-map-without-approval-number', category: 'map', severity: 'warn' }],
        approval: { token: null, status: 'valid', tier: 'general', reviewer: '王芳' },
      },
      { snapshotMode: 'hash' },
    );
    const ids = async (filter: object) => (await publicationLog.query(filter, 0, 100)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ platform: 'weibo' })).toEqual([b.id]);
    expect(await ids({ platform: 'wechat', account: '昆明发布' })).toEqual([a.id]);
    expect(await ids({ category: 'map' })).toEqual([c.id]);
    expect(await ids({ overridden: true })).toEqual([a.id]);
    expect(await ids({ approvalStatus: 'valid' })).toEqual([c.id]);
    expect(await ids({ from: '2026-11-21' })).toEqual([]);
    expect(await ids({ from: '2026-11-20', to: '2026-11-20' })).toEqual([c.id, b.id, a.id]);
    expect((await publicationLog.query({}, 1, 1)).rows.map((r) => r.id)).toEqual([b.id]);
    // The uncounted first page the dashboard paints: newest first, date filters only.
    expect((await publicationLog.newest({}, 2))?.map((r) => r.id)).toEqual([c.id, b.id]);
    expect((await publicationLog.newest({ to: '2026-11-19' }, 2))?.map((r) => r.id)).toEqual([]);
    expect(await publicationLog.newest({ platform: 'weibo' }, 2)).toBeNull();
    const stats = await publicationLog.stats([], '2026-11-20');
    expect(stats.total).toBe(3);
    expect(stats.overrides).toHaveLength(1);
    expect(stats.categoriesByMonth).toEqual([
      { month: '2026-11', counts: { source: 0, 'personal-data': 1, map: 1, commercial: 0, approval: 0 }, notes: 0 },
    ]);
    // A sign-off tier note (info) is not a problem: counted apart from the violations.
    await publicationLog.append(
      { ...input, overrides: [], findings: [{ ruleId: 'approval-tier', category: 'approval', severity: 'info' }] },
      { snapshotMode: 'hash' },
    );
    expect((await publicationLog.stats([], '2026-11-20')).categoriesByMonth).toEqual([
      { month: '2026-11', counts: { source: 0, 'personal-data': 1, map: 1, commercial: 0, approval: 0 }, notes: 1 },
    ]);
    const reminders = await publicationLog.reminders([{ platform: 'douyin', name: '云南发布' }], '2026-11-20');
    expect(reminders.find((r) => r.platform === 'douyin')).toMatchObject({ notPostedToday: true, lastPost: null });
    expect(reminders.find((r) => r.platform === 'weibo')).toMatchObject({
      notPostedToday: false,
      original: { daysSince: 0, daysLeft: 13 },
    });
  });
});
