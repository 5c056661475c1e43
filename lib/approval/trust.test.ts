import { describe, expect, it } from 'vitest';
import type { TrustedKey } from './token';
import { vouchedKeys } from './trust';

const jwk = (x: string) => ({ kty: 'EC', crv: 'P-256', x, y: 'y'.repeat(43) }) as TrustedKey['publicKey'];
const key = (kid: string, over: Partial<TrustedKey> = {}): TrustedKey => ({
  kid,
  name: `审核人${kid}`,
  publicKey: jwk(kid.padEnd(43, 'a')),
  ...over,
});

describe('vouchedKeys: the background verifies against its own keys, whatever a caller names', () => {
  const known = [key('k1', { role: 'principal-in-charge' }), key('k2', { revoked: true })];
  const own = key('me');

  it('keeps a named key as the background knows it: its public key and title, not the caller’s', () => {
    const forged = key('k1', { role: 'principal-in-charge', publicKey: jwk('forged'.padEnd(43, 'b')) });
    expect(vouchedKeys([forged], known, own)).toEqual([known[0]]);
    expect(vouchedKeys([key('k1', { role: 'principal-leader' })], known, own)[0].role).toBe('principal-in-charge');
  });

  it('drops a key the background does not know', () => {
    expect(vouchedKeys([key('made-up')], known, own)).toEqual([]);
  });

  it('counts this browser’s own key only when the caller names it (policy allows self-approval on the page side)', () => {
    expect(vouchedKeys([key('me')], known, own)).toEqual([own]);
    expect(vouchedKeys([key('k1')], known, own).map((k) => k.kid)).toEqual(['k1']);
    expect(vouchedKeys([key('me')], known, null)).toEqual([]);
  });

  it('keeps a revocation from either side', () => {
    expect(vouchedKeys([key('k2')], known, own)[0].revoked).toBe(true);
    expect(vouchedKeys([key('k1', { revoked: true })], known, own)[0].revoked).toBe(true);
  });
});
