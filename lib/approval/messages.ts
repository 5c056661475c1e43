/**
 * The approval messages between a content script and the background (spread into
 * lib/messaging/protocol.ts). Content scripts never open the keys database themselves.
 */
import { z } from 'zod/mini';
import { CATEGORIES, SEVERITIES, TIERS } from '../engine/rule';
import { KID, ecPublicJwkSchema } from './keys';
import { REVIEWER_TITLES } from './titles';
import { APPROVAL_STATUSES } from './status';
import { MAX_TOKEN_LENGTH, VERIFY_REASONS, approvalPayloadSchema } from './token';

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const pageKey = z.string().check(z.minLength(1), z.maxLength(4096));
const text = z.string().check(z.maxLength(2_000_000));

export const signerInfoSchema = z.object({
  kid: z.string().check(z.regex(KID)),
  fingerprint: z.string().check(z.maxLength(60)),
  name: z.string().check(z.maxLength(50)),
  unit: z.optional(z.string().check(z.maxLength(100))),
  role: z.enum(REVIEWER_TITLES),
  publicKey: ecPublicJwkSchema,
});

export const attachmentSchema = z.object({
  token: z.string().check(z.maxLength(MAX_TOKEN_LENGTH)),
  text: z.optional(text),
  createdAt: z.string().check(z.maxLength(40)),
});

export const trustedKeySchema = z.object({
  kid: z.string().check(z.regex(KID)),
  name: z.string().check(z.maxLength(50)),
  unit: z.optional(z.string().check(z.maxLength(100))),
  role: z.optional(z.enum(REVIEWER_TITLES)),
  publicKey: ecPublicJwkSchema,
  revoked: z.optional(z.boolean()),
});

export const verificationSchema = z.object({
  status: z.enum(APPROVAL_STATUSES),
  reason: z.enum(VERIFY_REASONS),
  payload: z.optional(approvalPayloadSchema),
  key: z.optional(trustedKeySchema),
});

/** What a reviewer reviews: the draft as the editor page read it, and what the checks found. */
export const reviewRequestSchema = z.object({
  pageKey,
  platform: z.optional(z.string().check(z.maxLength(40))),
  ruleset: z.string().check(z.minLength(1), z.maxLength(40)),
  requiredApproval: z.enum(TIERS),
  draft: z.object({
    title: z.string().check(z.maxLength(1000)),
    text,
    images: z
      .array(
        z.object({
          src: z.string().check(z.maxLength(4096)),
          alt: z.string().check(z.maxLength(1000)),
          title: z.string().check(z.maxLength(1000)),
          offset: z.int().check(z.nonnegative()),
        }),
      )
      .check(z.maxLength(500)),
    links: z
      .array(
        z.object({
          href: z.string().check(z.maxLength(4096)),
          text: z.string().check(z.maxLength(2000)),
          start: z.int().check(z.nonnegative()),
          end: z.int().check(z.nonnegative()),
        }),
      )
      .check(z.maxLength(2000)),
    unchecked: z.array(z.string().check(z.maxLength(4096))).check(z.maxLength(500)),
  }),
  findings: z
    .array(
      z.object({
        ruleId: z.string().check(z.maxLength(100)),
        category: z.enum(CATEGORIES),
        severity: z.enum(SEVERITIES),
        text: z.string().check(z.maxLength(200)),
        message: z.string().check(z.maxLength(1000)),
      }),
    )
    .check(z.maxLength(200)),
});
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

export const approvalProtocol = {
  /** content script → background: verify a token against the keys and content given (the JWS library lives there). */
  approvalVerify: {
    data: z.object({
      token: z.string().check(z.maxLength(MAX_TOKEN_LENGTH * 2)),
      ctx: z.object({
        trusted: z.array(trustedKeySchema).check(z.maxLength(1000)),
        contentHash: z.optional(sha256),
        requiredTier: z.optional(z.enum(TIERS)),
        platform: z.optional(z.string().check(z.maxLength(40))),
        account: z.optional(z.string().check(z.maxLength(60))),
        now: z.optional(z.number()),
      }),
    }),
    reply: verificationSchema,
  },
  /**
   * content script → background: the keys that approve here (the options page's and the office
   * policy's reviewer keys), so the page never carries the key-thumbprint code.
   */
  approvalTrusted: { data: z.undefined(), reply: z.array(trustedKeySchema).check(z.maxLength(1000)) },
  /** content script → background: this profile's signing key, if it has one (public part only). */
  approvalSigner: { data: z.undefined(), reply: z.nullable(signerInfoSchema) },
  /**
   * extension review page → background: sign the draft under review at this tier. Refused from
   * content scripts: signing happens only in the extension's own page, never in the platform's.
   */
  approvalSign: {
    data: z.object({ reviewId: z.uuid(), tier: z.enum(TIERS), reason: z.string().check(z.maxLength(500)) }),
    reply: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), token: z.string().check(z.maxLength(MAX_TOKEN_LENGTH)) }),
      z.object({ ok: z.literal(false), reason: z.enum(['not-entitled', 'bad-input', 'no-key', 'failed', 'reason-needed', 'gone']) }),
    ]),
  },
  /** content script → background: open the review page for this draft (after a person's click in the panel). */
  approvalReviewOpen: { data: reviewRequestSchema, reply: z.void() },
  /** review page → background: the draft under review, with its content hash and this profile's signer. */
  approvalReviewGet: {
    data: z.object({ reviewId: z.uuid() }),
    reply: z.nullable(z.object({ request: reviewRequestSchema, contentHash: sha256, signer: z.nullable(signerInfoSchema) })),
  },
  /** background → content script: an approval was signed or attached for this page; check again. */
  approvalChanged: { data: z.undefined(), reply: z.void() },
  /** content script → background: keep a verified token with this draft. */
  approvalAttach: {
    data: z.object({ pageKey, contentHash: sha256, token: z.string().check(z.maxLength(MAX_TOKEN_LENGTH)), text: z.optional(text) }),
    reply: z.void(),
  },
  /** content script → background: the tokens attached to this page or to this exact content. */
  approvalList: { data: z.object({ pageKey, contentHash: sha256 }), reply: z.array(attachmentSchema) },
} as const;
