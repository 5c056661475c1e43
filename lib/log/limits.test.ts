import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import { fitInput, LIMITS } from './limits';
import type { PublicationInput } from './record';

const input: PublicationInput = {
  platform: 'wechat',
  url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2',
  title: '关于开展冬季森林防火检查的通知',
  contentHash: 'a'.repeat(64),
  requiredApproval: 'general',
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  overrides: [],
  text: '今日全市森林火险等级为三级。',
};
const mobile = { ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' } as const;
const map = { ruleId: 'no-map-without-approval-number', category: 'map', severity: 'warn' } as const;

describe('fitInput', () => {
  it.each([
    ['a title of exactly the limit', { title: '标'.repeat(LIMITS.title) }, { title: '标'.repeat(LIMITS.title) }],
    ['a title pasted with its article', { title: '标'.repeat(LIMITS.title + 500) }, { title: '标'.repeat(LIMITS.title) }],
    ['a title cut astride an emoji', { title: `${'标'.repeat(LIMITS.title - 1)}😀` }, { title: '标'.repeat(LIMITS.title - 1) }],
    ['a text of millions of characters', { text: '政'.repeat(LIMITS.text + 3) }, { text: '政'.repeat(LIMITS.text) }],
    ['no text', { text: undefined }, { text: undefined }],
    [
      'a very long URL',
      { url: `https://weibo.com/?q=${'a'.repeat(LIMITS.url)}` },
      { url: `https://weibo.com/?q=${'a'.repeat(LIMITS.url - 21)}` },
    ],
  ])('%s', (_, over, expected) => {
    expect(fitInput({ ...input, ...over })).toMatchObject(expected);
  });

  it('cuts an override reason to what a record holds', () => {
    const overrides = [{ ruleIds: ['no-unmasked-mobile'], reason: '理'.repeat(LIMITS.reason + 10) }];
    expect(fitInput({ ...input, overrides }).overrides).toEqual([{ ruleIds: ['no-unmasked-mobile'], reason: '理'.repeat(LIMITS.reason) }]);
  });

  it('leaves findings within the limit as they are', () => {
    const findings = [mobile, mobile, map];
    expect(fitInput({ ...input, findings }).findings).toBe(findings);
  });

  it('caps findings past the limit with every kind kept, a rare one at the very end too', () => {
    const findings = [...Array.from({ length: LIMITS.findings + 2000 }, () => mobile), map];
    const fitted = fitInput({ ...input, findings }).findings;
    expect(fitted).toHaveLength(LIMITS.findings);
    expect(fitted.slice(0, 2)).toEqual([mobile, map]);
  });
});

describe('an outsized draft, fitted as the page sends it', () => {
  const dbs: LogDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  it('is recorded in part: title, full text and findings fitted, categories complete, chain intact', async () => {
    const db = new LogDb(`test-limits-${Date.now()}`);
    dbs.push(db);
    const publicationLog = new PublicationLog(db);
    const findings = [...Array.from({ length: LIMITS.findings + 10 }, () => mobile), map];
    const outsized = { ...input, title: '标'.repeat(5000), text: '政'.repeat(LIMITS.text + 1000), findings };
    // The record's schema holds LIMITS: unfitted, it is refused.
    await expect(Promise.resolve().then(() => publicationLog.append(outsized, { snapshotMode: 'full' }))).rejects.toThrow(/Too big/);
    const record = await publicationLog.append(fitInput(outsized), { snapshotMode: 'full' });
    expect(record.title).toHaveLength(LIMITS.title);
    expect(record.snapshot).toEqual({ mode: 'full', text: '政'.repeat(LIMITS.text), masks: [] });
    expect(record.findings).toHaveLength(LIMITS.findings);
    expect(record.categories).toEqual(['personal-data', 'map']);
    expect((await publicationLog.verify()).ok).toBe(true);
  });
});
