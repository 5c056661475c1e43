/**
 * The approval messages between a content script and the background (spread into
 * lib/messaging/protocol.ts). Content scripts never open the keys database themselves.
 */
import { z } from 'zod';
import { TIERS } from '../engine/rule';
import { KID, ecPublicJwkSchema } from './keys';
import { REVIEWER_TITLES } from './roles';
import { MAX_TOKEN_LENGTH, VERIFY_REASONS, VERIFY_STATUSES, acceptedFindingSchema, approvalPayloadSchema } from './token';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const pageKey = z.string().min(1).max(4096);
const text = z.string().max(2_000_000);

export const signerInfoSchema = z.object({
  kid: z.string().regex(KID),
  fingerprint: z.string().max(60),
  name: z.string().max(50),
  unit: z.string().max(100).optional(),
  role: z.enum(REVIEWER_TITLES),
  publicKey: ecPublicJwkSchema,
});

export const attachmentSchema = z.object({
  token: z.string().max(MAX_TOKEN_LENGTH),
  text: text.optional(),
  createdAt: z.string().max(40),
});

export const trustedKeySchema = z.object({
  kid: z.string().regex(KID),
  name: z.string().max(50),
  unit: z.string().max(100).optional(),
  role: z.enum(REVIEWER_TITLES).optional(),
  publicKey: ecPublicJwkSchema,
  revoked: z.boolean().optional(),
});

export const verificationSchema = z.object({
  status: z.enum(VERIFY_STATUSES),
  reason: z.enum(VERIFY_REASONS),
  payload: approvalPayloadSchema.optional(),
  key: trustedKeySchema.optional(),
});

export const approvalProtocol = {
  /** content script → background: verify a token against the keys and content given (the JWS library lives there). */
  approvalVerify: {
    data: z.object({
      token: z.string().max(MAX_TOKEN_LENGTH * 2),
      ctx: z.object({
        trusted: z.array(trustedKeySchema).max(1000),
        contentHash: sha256.optional(),
        requiredTier: z.enum(TIERS).optional(),
        platform: z.string().max(40).optional(),
        account: z.string().max(60).optional(),
        now: z.number().optional(),
      }),
    }),
    reply: verificationSchema,
  },
  /** content script → background: the QR code of an issued token, as SVG path data. */
  approvalQr: {
    data: z.object({ value: z.string().max(MAX_TOKEN_LENGTH) }),
    reply: z.object({ d: z.string().max(2_000_000), n: z.number().int().positive().max(200) }),
  },
  /** content script → background: this profile's signing key, if it has one (public part only). */
  approvalSigner: { data: z.undefined(), reply: signerInfoSchema.nullable() },
  /** content script → background: sign this draft's hash at this tier and attach the token to it. */
  approvalSign: {
    data: z.object({
      sha256,
      tier: z.enum(TIERS),
      platform: z.string().max(40).optional(),
      account: z.string().max(60).optional(),
      ruleset: z.string().min(1).max(40),
      accepted: z.array(acceptedFindingSchema).max(50),
      pageKey,
      text,
    }),
    reply: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), token: z.string().max(MAX_TOKEN_LENGTH) }),
      z.object({ ok: z.literal(false), reason: z.enum(['not-entitled', 'bad-input', 'no-key', 'failed']) }),
    ]),
  },
  /** content script → background: keep a verified token with this draft. */
  approvalAttach: {
    data: z.object({ pageKey, contentHash: sha256, token: z.string().max(MAX_TOKEN_LENGTH), text: text.optional() }),
    reply: z.void(),
  },
  /** content script → background: the tokens attached to this page or to this exact content. */
  approvalList: { data: z.object({ pageKey, contentHash: sha256 }), reply: z.array(attachmentSchema) },
} as const;
