import { describe, expect, it } from 'vitest';
import type { Tier } from '../engine/rule';
import { buildRecord, hashRecord } from './chain';
import { matchesFilter } from './query';
import { GENESIS_HASH, verifiedSignOff, type Approval, type PublicationRecord } from './record';

async function record(requiredApproval: Tier, approval: Approval | null): Promise<PublicationRecord> {
  return buildRecord(
    {
      platform: 'wechat',
      url: 'https://mp.weixin.qq.com/',
      title: '通报',
      contentHash: 'a'.repeat(64),
      requiredApproval,
      findings: [],
      overrides: [],
      approval,
    },
    {
      id: crypto.randomUUID(),
      deviceId: crypto.randomUUID(),
      now: new Date(Date.UTC(2026, 11, 1)),
      snapshotMode: 'hash',
      account: '',
      prev: { seq: 0, hash: GENESIS_HASH },
    },
  );
}

const declared: Approval = {
  token: null,
  status: 'missing',
  tier: 'major',
  reviewer: '主要领导 李某',
  coverage: 'declared',
  declaredName: '李某',
  declaredRole: 'principal-leader',
  declaredAt: '2026-12-01T02:00:00.000Z',
};
const verified: Approval = { token: 'GPGA1.x', status: 'valid', tier: 'major', reviewer: '主要领导 李某', coverage: 'verified' };

describe('sign-off coverage in the record', () => {
  it('keeps a declared sign-off as declared, inside the record hash', async () => {
    const r = await record('major', declared);
    expect(r.approval).toEqual(declared);
    const { hash, outcome, confirmedAt, ...body } = r;
    expect(outcome).toBe('attempted');
    expect(confirmedAt).toBeNull();
    expect(await hashRecord(body)).toBe(hash);
    expect(await hashRecord({ ...body, approval: { ...declared, declaredName: '王某' } })).not.toBe(hash);
  });

  // "major without verified approval": which records the dashboard lists.
  it.each([
    ['a declared major', 'major', declared, true],
    ['an uncovered major', 'major', { token: null, status: 'missing', tier: null, reviewer: null, coverage: 'none' }, true],
    ['a self-approved major', 'major', { ...verified, coverage: 'self' }, true],
    ['a major with no approval object', 'major', null, true],
    ['a verified major', 'major', verified, false],
    [
      'a valid major written before coverage was kept',
      'major',
      { token: 'GPGA1.x', status: 'valid', tier: 'major', reviewer: '主要领导 李某' },
      false,
    ],
    ['a declared important draft', 'important', { ...declared, tier: 'important' }, false],
  ] as const)('%s: listed %s', async (_name, tier, approval, listed) => {
    const r = await record(tier, approval);
    expect(matchesFilter(r, { majorUnverified: true })).toBe(listed);
    expect(verifiedSignOff(r)).toBe(
      approval !== null &&
        ((approval as Approval).coverage ?? ((approval as Approval).status === 'valid' ? 'verified' : 'none')) === 'verified',
    );
  });
});
