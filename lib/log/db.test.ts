import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { GuardDb, recordPublication } from './db';

const input = {
  platform: 'wechat',
  url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2',
  title: '关于开展冬季森林防火检查的通知',
  contentHash: 'a'.repeat(64),
  requiredApproval: 'general' as const,
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data' as const, severity: 'block' as const }],
  overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '该号码为单位公开值班电话，已核实可以公开' }],
};

describe('publication records', () => {
  let db: GuardDb;
  afterEach(async () => {
    await db?.delete();
  });

  it('commits a validated record to the publications table', async () => {
    db = new GuardDb('test-log-1');
    const rec = await recordPublication(db, input, new Date('2026-11-26T06:03:00Z'));
    expect(rec).toMatchObject({ platform: 'wechat', outcome: 'attempted', time: '2026-11-26T06:03:00.000Z', practice: false });
    expect(await db.publications.get(rec.id)).toEqual(rec);
  });

  it.each([
    ['a short override reason', { ...input, overrides: [{ ruleIds: ['x'], reason: '太短' }] }],
    ['a bad content hash', { ...input, contentHash: 'xyz' }],
    ['an unknown category', { ...input, findings: [{ ruleId: 'x', category: 'weather', severity: 'block' }] }],
    ['a non-URL page address', { ...input, url: 'not a url' }],
  ])('rejects %s and writes nothing', async (_, bad) => {
    db = new GuardDb('test-log-2');
    await expect(recordPublication(db, bad as never)).rejects.toThrow();
    expect(await db.publications.count()).toBe(0);
  });
});
