import { describe, expect, it } from 'vitest';
import {
  exportPublicJwk,
  fingerprintOf,
  generateSigningKey,
  keyId,
  parsePublicKey,
  publicKeyFile,
  publicKeyString,
  PUBLIC_KEY_PREFIX,
} from './keys';
import { canSign, covers, parseTitle, signerFor, TITLE_TIERS } from './titles';

describe('reviewer keys', () => {
  it('round-trips a public key as a file and as a one-line string, with a readable fingerprint', async () => {
    const pair = await generateSigningKey(false);
    const publicKey = await exportPublicJwk(pair.publicKey);
    const kid = await keyId(publicKey);
    const key = { kid, name: '李某', unit: '某县人民政府办公室', role: 'principal-leader' as const, publicKey };
    const fingerprint = fingerprintOf(kid);
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const fromFile = await parsePublicKey(JSON.stringify(publicKeyFile(key)));
    const fromString = await parsePublicKey(publicKeyString(key));
    expect(publicKeyString(key).startsWith(PUBLIC_KEY_PREFIX)).toBe(true);
    expect(fromFile).toEqual({ ok: true, key: { ...key, fingerprint } });
    expect(fromString).toEqual(fromFile);
    // The private key never leaves WebCrypto.
    await expect(crypto.subtle.exportKey('jwk', pair.privateKey)).rejects.toThrow();
  });

  it('rejects what is not a reviewer key, without throwing', async () => {
    const pair = await generateSigningKey(false);
    const publicKey = await exportPublicJwk(pair.publicKey);
    const file = publicKeyFile({ kid: await keyId(publicKey), name: '王某', role: 'deputy-leader', publicKey });
    expect(await parsePublicKey('')).toEqual({ ok: false, reason: 'empty' });
    expect(await parsePublicKey(42)).toEqual({ ok: false, reason: 'empty' });
    expect(await parsePublicKey('x'.repeat(5000))).toEqual({ ok: false, reason: 'too-large' });
    expect(await parsePublicKey('{"kty":"EC"}')).toEqual({ ok: false, reason: 'not-a-key' });
    expect(await parsePublicKey(`${PUBLIC_KEY_PREFIX}@@@`)).toEqual({ ok: false, reason: 'not-a-key' });
    expect(await parsePublicKey(JSON.stringify({ ...file, role: 'mayor' }))).toEqual({ ok: false, reason: 'not-a-key' });
    expect(await parsePublicKey(JSON.stringify({ ...file, kid: 'A'.repeat(43) }))).toEqual({ ok: false, reason: 'wrong-kid' });
    // A point that is not on the curve.
    expect(await parsePublicKey(JSON.stringify({ ...file, kid: undefined, y: file.x }))).toEqual({ ok: false, reason: 'not-a-key' });
  });
});

describe('titles and tiers (Art. 21)', () => {
  it('lets each title sign its tiers and no more', () => {
    expect(TITLE_TIERS).toEqual({
      'editor-review': ['general'],
      'principal-in-charge': ['general'],
      'deputy-leader': ['general', 'important'],
      'principal-leader': ['general', 'important', 'major'],
    });
    expect(canSign('deputy-leader', 'major')).toBe(false);
    expect(covers('major', 'general')).toBe(true);
    expect(covers('important', 'major')).toBe(false);
    expect(signerFor('important')).toBe('deputy-leader');
    expect(parseTitle('主要领导')).toBe('principal-leader');
    expect(parseTitle('deputy-leader')).toBe('deputy-leader');
    expect(parseTitle('局长')).toBeUndefined();
  });
});
