import { describe, expect, it } from 'vitest';
import { exportPublicJwk, fingerprintOf, generateSigningKey, keyId } from '../approval/keys';
import { trustedKeys } from '../approval/trust';
import { rules } from '../rules';
import { defaultSettings, lockOf, resolveSettings } from './index';

async function aKey() {
  const publicKey = await exportPublicJwk((await generateSigningKey(false)).publicKey);
  const kid = await keyId(publicKey);
  return { kid, fingerprint: fingerprintOf(kid), publicKey };
}

describe('approval settings (signed approvals)', () => {
  it('defaults: warn below major, no trusted keys, title 编辑审核; values stored before the field parse unchanged', () => {
    expect(defaultSettings().approval).toEqual({ title: 'editor-review', strict: false, trustedKeys: [] });
    const old = resolveSettings({ profile: { role: 'reviewer', name: '李某', unit: '县政府办' } }, {}, rules);
    expect(old.repaired).toEqual([]);
    expect(old.settings.approval.trustedKeys).toEqual([]);
  });

  it('keeps good trusted keys and drops a corrupt one, reporting it', async () => {
    const k = await aKey();
    const good = { ...k, name: '李某', role: 'principal-leader', revoked: false };
    const r = resolveSettings({ approval: { trustedKeys: [good, { ...good, publicKey: { kty: 'RSA' } }], title: 'mayor' } }, {}, rules);
    expect(r.settings.approval.trustedKeys).toEqual([good]);
    expect(r.settings.approval.title).toBe('editor-review');
    expect(r.repaired.map((i) => i.path).sort()).toEqual(['approval.title', 'approval.trustedKeys.1']);
  });

  it('lets the policy make every tier block and lock the trusted keys', async () => {
    const k = await aKey();
    const local = { approval: { strict: false, trustedKeys: [{ ...k, name: '本机', role: 'deputy-leader' }] } };
    const r = resolveSettings(local, { approvalStrict: true, lockedFields: ['approval.trustedKeys'] }, rules);
    expect(r.settings.approval.strict).toBe(true);
    expect(lockOf(r.locks, 'approval.strict')).toBe('policy');
    expect(r.settings.approval.trustedKeys).toEqual([]);
    expect(lockOf(r.locks, 'approval.trustedKeys')).toBe('locked');
  });

  it("trusts policy keys (title from the entry or the key file), local keys, and this browser's own; revocation anywhere wins", async () => {
    const a = await aKey();
    const b = await aKey();
    const r = resolveSettings(
      {
        approval: {
          trustedKeys: [
            { ...b, name: '王某', role: 'deputy-leader', revoked: false },
            { ...a, name: '李某', role: 'principal-leader', revoked: true },
          ],
        },
      },
      {
        reviewerKeys: [
          { name: '李某', publicKey: { ...a.publicKey, role: 'principal-leader' } },
          { name: 'RSA', publicKey: { kty: 'RSA', n: 'x', e: 'AQAB' } },
        ],
      },
      rules,
    );
    expect(r.policyIssues).toEqual([]);
    const keys = await trustedKeys(r.settings.approval.trustedKeys, r.reviewerKeys);
    expect(keys.map((k) => [k.name, k.role, k.revoked])).toEqual([
      ['李某', 'principal-leader', true],
      ['王某', 'deputy-leader', false],
    ]);
  });
});
