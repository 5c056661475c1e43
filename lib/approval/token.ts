/**
 * Approval tokens: a compact JWS (ES256, jose) over what was approved, behind a recognisable
 * prefix. The payload names the canonical draft's SHA-256, the tier, the reviewer (key id, name,
 * title), when it was issued and until when it holds, optionally the platform and account, the
 * ruleset version, and the findings the reviewer accepted with their reasons.
 *
 * Verification never throws: every way a token can fail has its own status and reason.
 */
import { CompactSign, base64url, compactVerify, importJWK } from 'jose';
import { z } from 'zod/mini';
import { TIERS, type Tier } from '../engine/rule';
import { KEY_ALG, KID, type EcPublicJwk } from './keys';
import { REVIEWER_TITLES, canSign, covers, type ReviewerTitle } from './titles';
import type { ApprovalStatus } from './status';

export const TOKEN_PREFIX = 'GPGA1.';
export const TOKEN_TYPE = 'govpost-approval';
/** Tokens are a few hundred characters; anything much longer is not one of ours. */
export const MAX_TOKEN_LENGTH = 8192;
export const DEFAULT_VALIDITY_HOURS = 72;
export const MAX_VALIDITY_HOURS = 24 * 30;
/** Clocks of two office PCs disagree a little. */
const CLOCK_SKEW_S = 300;

export const acceptedFindingSchema = z.strictObject({
  ruleId: z.string().check(z.minLength(1), z.maxLength(100)),
  text: z.string().check(z.maxLength(200)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});
export type AcceptedFinding = z.infer<typeof acceptedFindingSchema>;

export const approvalPayloadSchema = z
  .strictObject({
    v: z.literal(1),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    tier: z.enum(TIERS),
    kid: z.string().check(z.regex(KID)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
    unit: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    role: z.enum(REVIEWER_TITLES),
    iat: z.int().check(z.positive()),
    exp: z.int().check(z.positive()),
    platform: z.optional(z.string().check(z.maxLength(40))),
    account: z.optional(z.string().check(z.maxLength(60))),
    ruleset: z.string().check(z.minLength(1), z.maxLength(40)),
    accepted: z.array(acceptedFindingSchema).check(z.maxLength(50)),
  })
  .check(
    z.refine((p) => p.exp > p.iat && p.exp - p.iat <= MAX_VALIDITY_HOURS * 3600, {
      message: 'exp must follow iat within 30 days',
      path: ['exp'],
    }),
  );
export type ApprovalPayload = z.infer<typeof approvalPayloadSchema>;

const headerSchema = z.strictObject({ alg: z.literal(KEY_ALG), kid: z.string().check(z.regex(KID)), typ: z.literal(TOKEN_TYPE) });

export interface SignInput {
  sha256: string;
  tier: Tier;
  kid: string;
  name: string;
  unit?: string;
  role: ReviewerTitle;
  platform?: string;
  account?: string;
  ruleset: string;
  accepted?: AcceptedFinding[];
  /** Milliseconds since the epoch; defaults to now. */
  now?: number;
  validityHours?: number;
}

export type SignResult = { ok: true; token: string; payload: ApprovalPayload } | { ok: false; reason: 'not-entitled' | 'bad-input' };

/** Signs an approval with a private key (a non-extractable CryptoKey in the browser). */
export async function signApproval(input: SignInput, privateKey: CryptoKey): Promise<SignResult> {
  if (!canSign(input.role, input.tier)) return { ok: false, reason: 'not-entitled' };
  const iat = Math.floor((input.now ?? Date.now()) / 1000);
  const hours = Math.min(Math.max(input.validityHours ?? DEFAULT_VALIDITY_HOURS, 1), MAX_VALIDITY_HOURS);
  const parsed = approvalPayloadSchema.safeParse({
    v: 1,
    sha256: input.sha256,
    tier: input.tier,
    kid: input.kid,
    name: input.name,
    ...(input.unit ? { unit: input.unit } : {}),
    role: input.role,
    iat,
    exp: iat + Math.round(hours * 3600),
    ...(input.platform ? { platform: input.platform } : {}),
    ...(input.account ? { account: input.account } : {}),
    ruleset: input.ruleset,
    accepted: input.accepted ?? [],
  });
  if (!parsed.success) return { ok: false, reason: 'bad-input' };
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(parsed.data)))
    .setProtectedHeader({ alg: KEY_ALG, kid: input.kid, typ: TOKEN_TYPE })
    .sign(privateKey);
  return { ok: true, token: TOKEN_PREFIX + jws, payload: parsed.data };
}

/** Why, one per way of failing (the security table tests each). */
export const VERIFY_REASONS = [
  'ok',
  'no-token',
  'too-large',
  'malformed',
  'bad-header',
  'unknown-key',
  'revoked',
  'bad-signature',
  'bad-payload',
  'kid-mismatch',
  'role-mismatch',
  'role-unregistered',
  'not-yet-valid',
  'expired',
  'other-platform',
  'other-account',
  'content-changed',
  'role-not-entitled',
  'tier-too-low',
] as const;
export type VerifyReason = (typeof VERIFY_REASONS)[number];

/** A key the verifier trusts: from the office's policy, added locally, or this browser's own. */
export interface TrustedKey {
  kid: string;
  name: string;
  unit?: string;
  /** The title the key was trusted for; a token claiming another title fails. Without one, the lowest title. */
  role?: ReviewerTitle;
  publicKey: EcPublicJwk;
  revoked?: boolean;
}

export interface VerifyContext {
  trusted: readonly TrustedKey[];
  /** SHA-256 of the current canonical draft; without it the content is not compared. */
  contentHash?: string;
  /** The tier the draft needs; without it the tier is not compared. */
  requiredTier?: Tier;
  platform?: string;
  account?: string;
  /** Milliseconds since the epoch. */
  now?: number;
}

export interface Verification {
  status: ApprovalStatus;
  reason: VerifyReason;
  /** Present once the signature has been checked and the payload parsed. */
  payload?: ApprovalPayload;
  key?: TrustedKey;
}

const fail = (status: ApprovalStatus, reason: VerifyReason, rest: Partial<Verification> = {}): Verification => ({
  status,
  reason,
  ...rest,
});

function canonicalBase64url(part: string): boolean {
  try {
    return base64url.encode(base64url.decode(part)) === part;
  } catch {
    return false;
  }
}

function decodeJson(part: string): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(part)));
}

/** Checks a token against the trusted keys, the current draft and its required tier. */
export async function verifyApproval(token: unknown, ctx: VerifyContext): Promise<Verification> {
  try {
    return await verify(token, ctx);
  } catch {
    // Nothing above should throw; if a library does on some input, it is still just a bad token.
    return fail('invalid', 'malformed');
  }
}

async function verify(token: unknown, ctx: VerifyContext): Promise<Verification> {
  if (token === undefined || token === null || (typeof token === 'string' && !token.trim())) return fail('missing', 'no-token');
  if (typeof token !== 'string') return fail('invalid', 'malformed');
  if (token.length > MAX_TOKEN_LENGTH) return fail('invalid', 'too-large');
  const text = token.trim();
  if (!text.startsWith(TOKEN_PREFIX)) return fail('invalid', 'malformed');
  const jws = text.slice(TOKEN_PREFIX.length);
  const parts = jws.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return fail('invalid', 'malformed');
  // One token, one spelling: base64url with stray trailing bits would let altered strings verify.
  if (parts.some((p) => !canonicalBase64url(p))) return fail('invalid', 'malformed');

  let header: z.infer<typeof headerSchema>;
  try {
    const parsed = headerSchema.safeParse(decodeJson(parts[0]));
    if (!parsed.success) return fail('invalid', 'bad-header');
    header = parsed.data;
  } catch {
    return fail('invalid', 'malformed');
  }

  const key = ctx.trusted.find((k) => k.kid === header.kid);
  if (!key) return fail('untrusted', 'unknown-key');
  if (key.revoked) return fail('untrusted', 'revoked', { key });

  let payloadBytes: Uint8Array;
  try {
    const publicKey = await importJWK({ ...key.publicKey }, KEY_ALG);
    ({ payload: payloadBytes } = await compactVerify(jws, publicKey, { algorithms: [KEY_ALG] }));
  } catch {
    return fail('invalid', 'bad-signature', { key });
  }

  let payload: ApprovalPayload;
  try {
    const parsed = approvalPayloadSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes)));
    if (!parsed.success) return fail('invalid', 'bad-payload', { key });
    payload = parsed.data;
  } catch {
    return fail('invalid', 'bad-payload', { key });
  }
  const found = { key, payload };
  if (payload.kid !== header.kid) return fail('invalid', 'kid-mismatch', found);
  if (key.role && key.role !== payload.role) return fail('invalid', 'role-mismatch', found);
  // A token names its signer's title itself; only a title the key was trusted for counts. A key
  // trusted without one signs what the lowest title may.
  if (!key.role && !canSign(REVIEWER_TITLES[0], payload.tier)) return fail('insufficient', 'role-unregistered', found);

  const now = Math.floor((ctx.now ?? Date.now()) / 1000);
  if (payload.iat > now + CLOCK_SKEW_S) return fail('invalid', 'not-yet-valid', found);
  if (!canSign(payload.role, payload.tier)) return fail('insufficient', 'role-not-entitled', found);
  if (now >= payload.exp) return fail('expired', 'expired', found);
  if (payload.platform && ctx.platform && payload.platform !== ctx.platform) return fail('invalid', 'other-platform', found);
  if (payload.account && ctx.account && payload.account !== ctx.account) return fail('invalid', 'other-account', found);
  if (ctx.contentHash !== undefined && payload.sha256 !== ctx.contentHash) return fail('stale', 'content-changed', found);
  if (ctx.requiredTier !== undefined && !covers(payload.tier, ctx.requiredTier)) return fail('insufficient', 'tier-too-low', found);
  return { status: 'valid', reason: 'ok', ...found };
}

/** The payload of a token without checking it: for display only (who says they signed). */
export function peekPayload(token: string): ApprovalPayload | undefined {
  try {
    const part = token.trim().slice(TOKEN_PREFIX.length).split('.')[1];
    const parsed = approvalPayloadSchema.safeParse(decodeJson(part ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** When several approvals are attached, the one that tells the user most: valid first, then the nearest miss. */
const PRIORITY: ApprovalStatus[] = ['valid', 'insufficient', 'stale', 'expired', 'untrusted', 'invalid', 'missing'];
export function bestOf<T extends { verification: Verification }>(entries: readonly T[]): T | undefined {
  return [...entries].sort((a, b) => {
    const d = PRIORITY.indexOf(a.verification.status) - PRIORITY.indexOf(b.verification.status);
    if (d) return d;
    // Of two valid ones, the higher tier, then the newer.
    const pa = a.verification.payload;
    const pb = b.verification.payload;
    return (pb ? TIERS.indexOf(pb.tier) * 1e10 + pb.iat : 0) - (pa ? TIERS.indexOf(pa.tier) * 1e10 + pa.iat : 0);
  })[0];
}
