/**
 * Reviewer keys: ECDSA P-256 (ES256, supported by WebCrypto in every Chromium and in Node 20).
 * A key is named by its RFC 7638 thumbprint (the `kid` tokens carry) and shown to people as a
 * fingerprint of eight four-character groups they can read out over the phone and compare.
 * Public keys travel as a small JWK file or as a one-line string with a recognisable prefix.
 */
import { base64url, calculateJwkThumbprint } from 'jose';
import { z } from 'zod/mini';
import { REVIEWER_TITLES, type ReviewerTitle } from './titles';

export const KEY_ALG = 'ES256';
export const ECDSA_PARAMS = { name: 'ECDSA', namedCurve: 'P-256' } as const;
/** One-line form of a public key file: prefix + base64url(JSON). */
export const PUBLIC_KEY_PREFIX = 'GPGKEY1.';
const MAX_KEY_INPUT = 4096;

const coordinate = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
export const KID = /^[A-Za-z0-9_-]{43}$/;

/** The only members of a P-256 public JWK that matter; everything else is metadata. */
export const ecPublicJwkSchema = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: coordinate, y: coordinate });
export type EcPublicJwk = z.infer<typeof ecPublicJwkSchema>;

/** A public key file (public.jwk): the JWK with the reviewer's name, unit and title beside it. */
export const publicKeyFileSchema = z.extend(ecPublicJwkSchema, {
  kid: z.optional(z.string().check(z.regex(KID))),
  alg: z.optional(z.literal(KEY_ALG)),
  use: z.optional(z.literal('sig')),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  role: z.enum(REVIEWER_TITLES),
});
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

/** A reviewer's public key as the verifier uses it. */
export interface ReviewerPublicKey {
  kid: string;
  fingerprint: string;
  name: string;
  unit?: string;
  role: ReviewerTitle;
  publicKey: EcPublicJwk;
}

export const bareJwk = ({ kty, crv, x, y }: EcPublicJwk): EcPublicJwk => ({ kty, crv, x, y });

/** RFC 7638 SHA-256 thumbprint (base64url): the key id. */
export function keyId(jwk: EcPublicJwk): Promise<string> {
  return calculateJwkThumbprint(bareJwk(jwk), 'sha256');
}

/** `3F2A 91C0 …` (eight groups): the first 128 bits of the thumbprint, for people to compare. */
export function fingerprintOf(kid: string): string {
  const hex = [...base64url.decode(kid)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.slice(0, 32).match(/.{4}/g)!.join(' ');
}

export async function describeKey(file: PublicKeyFile): Promise<ReviewerPublicKey> {
  const kid = await keyId(file);
  return {
    kid,
    fingerprint: fingerprintOf(kid),
    name: file.name,
    ...(file.unit ? { unit: file.unit } : {}),
    role: file.role,
    publicKey: bareJwk(file),
  };
}

export function publicKeyFile(key: Omit<ReviewerPublicKey, 'fingerprint'>): PublicKeyFile {
  return {
    ...key.publicKey,
    kid: key.kid,
    alg: KEY_ALG,
    use: 'sig',
    name: key.name,
    ...(key.unit ? { unit: key.unit } : {}),
    role: key.role,
  };
}

export function publicKeyString(key: Omit<ReviewerPublicKey, 'fingerprint'>): string {
  return PUBLIC_KEY_PREFIX + base64url.encode(JSON.stringify(publicKeyFile(key)));
}

export type KeyParseReason = 'empty' | 'too-large' | 'not-a-key' | 'wrong-kid';
export type KeyParseResult = { ok: true; key: ReviewerPublicKey } | { ok: false; reason: KeyParseReason };

/** Reads a pasted or uploaded public key (the JSON file or its one-line string); never throws. */
export async function parsePublicKey(input: unknown): Promise<KeyParseResult> {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, reason: 'empty' };
  const text = input.trim();
  if (text.length > MAX_KEY_INPUT) return { ok: false, reason: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(
      text.startsWith(PUBLIC_KEY_PREFIX) ? new TextDecoder().decode(base64url.decode(text.slice(PUBLIC_KEY_PREFIX.length))) : text,
    );
  } catch {
    return { ok: false, reason: 'not-a-key' };
  }
  const parsed = publicKeyFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'not-a-key' };
  try {
    const key = await describeKey(parsed.data);
    if (parsed.data.kid && parsed.data.kid !== key.kid) return { ok: false, reason: 'wrong-kid' };
    // The point must be on the curve: importing checks it.
    await crypto.subtle.importKey('jwk', key.publicKey, ECDSA_PARAMS, true, ['verify']);
    return { ok: true, key };
  } catch {
    return { ok: false, reason: 'not-a-key' };
  }
}

/** A new signing key pair; in the browser the private key is non-extractable. */
export function generateSigningKey(extractable: boolean): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA_PARAMS, extractable, ['sign', 'verify']);
}

export async function exportPublicJwk(publicKey: CryptoKey): Promise<EcPublicJwk> {
  return ecPublicJwkSchema.parse(await crypto.subtle.exportKey('jwk', publicKey));
}
