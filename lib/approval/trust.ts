/**
 * The keys this browser trusts for approvals: the office's policy (reviewerKeys), the keys added
 * on the options page, and this browser's own signing key (a reviewer sees their own approvals
 * verified). A key revoked in either place fails, whichever list also names it.
 */
import { ecPublicJwkSchema, keyId } from './keys';
import { parseTitle, type ReviewerTitle } from './titles';
import type { TrustedKey } from './token';

/**
 * A reviewer key as the office's policy lists it: the public key file as given (checked here), and
 * the title it signs as, else the one the file names (publicKey.role).
 */
export interface PolicyReviewerKey {
  name: string;
  unit?: string;
  role?: ReviewerTitle;
  revoked?: boolean;
  publicKey: Readonly<Record<string, unknown>>;
}

/** A key added on the options page (settings approval.trustedKeys): parsed already, always with its title. */
export type ListedKey = TrustedKey & { role: ReviewerTitle; revoked: boolean };

/** `listed`: the keys added on the options page; `policyKeys`: the office's policy's reviewerKeys. */
export async function trustedKeys(
  listed: readonly ListedKey[],
  policyKeys: readonly PolicyReviewerKey[],
  own?: TrustedKey | null,
): Promise<TrustedKey[]> {
  const out = new Map<string, TrustedKey>();
  const add = (key: TrustedKey) => {
    const seen = out.get(key.kid);
    out.set(key.kid, seen ? { ...seen, revoked: seen.revoked || key.revoked } : key);
  };
  for (const k of policyKeys) {
    const jwk = ecPublicJwkSchema.safeParse(k.publicKey);
    if (!jwk.success) continue;
    const declared = typeof k.publicKey.role === 'string' ? parseTitle(k.publicKey.role) : undefined;
    const role = k.role ?? declared;
    add({
      kid: await keyId(jwk.data),
      name: k.name,
      ...(k.unit ? { unit: k.unit } : {}),
      ...(role ? { role } : {}),
      publicKey: jwk.data,
      revoked: k.revoked ?? false,
    });
  }
  for (const k of listed) {
    add({ kid: k.kid, name: k.name, ...(k.unit ? { unit: k.unit } : {}), role: k.role, publicKey: k.publicKey, revoked: k.revoked });
  }
  if (own) add(own);
  return [...out.values()];
}

/** Signed approvals are in use here once any key is trusted or this browser can sign. */
export const approvalsInUse = (keys: readonly TrustedKey[]): boolean => keys.length > 0;

/**
 * The keys a token is verified against, as the background knows them: a key the content script names
 * counts only as one of `known` (the settings' and the policy's keys; its revocation kept) or as this
 * browser's `own` key (which the page side names only where policy allows self-approval). Any other
 * is dropped, so no key a caller made up, or changed, can approve.
 */
export function vouchedKeys(named: readonly TrustedKey[], known: readonly TrustedKey[], own: TrustedKey | null): TrustedKey[] {
  const byKid = new Map(known.map((k) => [k.kid, k]));
  return named.flatMap((k) => {
    const mine = byKid.get(k.kid);
    if (mine) return [{ ...mine, revoked: mine.revoked || k.revoked }];
    return own && k.kid === own.kid ? [own] : [];
  });
}
