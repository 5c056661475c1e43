/** The device key's public half and signatures as exports carry them (lib/log/device-key.ts signs and checks). */
import { z } from 'zod/mini';

const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/));

/** The public key as JWK: only the members that define it (RFC 7638), nothing a page could add. */
export const publicKeyJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url.check(z.length(43)),
  y: base64url.check(z.length(43)),
});
export type PublicKeyJwk = z.infer<typeof publicKeyJwkSchema>;
/** An ECDSA P-256 signature (r‖s, 64 bytes) in base64url. */
export const signatureSchema = base64url.check(z.length(86));
