/**
 * The public side of this profile's signing key, as content scripts and pages see it. Kept apart
 * from keystore.ts so the content script does not bundle the database (Dexie) it never opens.
 */
import type { EcPublicJwk, ReviewerPublicKey } from './keys';
import type { TrustedKey } from './token';

/** What others may know about the signing key. */
export type SignerInfo = Omit<ReviewerPublicKey, 'publicKey'> & { publicKey: EcPublicJwk };

/** This profile's own key, trusted here so a reviewer sees their approvals verified. */
export const ownTrustedKey = (s: SignerInfo): TrustedKey => ({
  kid: s.kid,
  name: s.name,
  ...(s.unit ? { unit: s.unit } : {}),
  role: s.role,
  publicKey: s.publicKey,
});
