/**
 * The reviewer's signing key and the approvals attached to drafts, in the extension's own
 * IndexedDB database `govpost-guard-keys`. Only the background and extension pages open it;
 * content scripts ask the background (lib/approval/background.ts). The private key is a
 * non-extractable CryptoKey: IndexedDB stores it as is, and nothing can read its bytes back out.
 */
import Dexie, { type EntityTable } from 'dexie';
import { canonicalText, draftHash } from '../engine/canonical';
import type { ReviewRequest } from './messages';
import { acceptedFor } from './review';
import type { Tier } from '../engine/rule';
import { exportPublicJwk, fingerprintOf, generateSigningKey, keyId, type EcPublicJwk } from './keys';
import type { ReviewerTitle } from './titles';
import type { SignerInfo } from './signer';
import { signApproval, type SignInput, type SignResult } from './token';

export { ownTrustedKey, type SignerInfo } from './signer';

export const KEYS_DB = 'govpost-guard-keys';
/** Approvals kept per profile; the oldest go first. */
const MAX_ATTACHMENTS = 2000;

export interface StoredSigningKey {
  id: 'self';
  privateKey: CryptoKey;
  publicKey: EcPublicJwk;
  kid: string;
  fingerprint: string;
  name: string;
  unit?: string;
  role: ReviewerTitle;
  createdAt: string;
}

/** A token attached to a draft on this profile, with the approved text when it is known here. */
export interface Attachment {
  id?: number;
  /** The editor page's address (origin, path and query). */
  pageKey: string;
  /** Hash of the draft the token was attached to. */
  contentHash: string;
  token: string;
  /** The canonical text (title and body lines) that was approved, to show what changed since. */
  text?: string;
  createdAt: string;
}

export class KeysDb extends Dexie {
  signingKeys!: EntityTable<StoredSigningKey, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  constructor(name = KEYS_DB) {
    super(name);
    this.version(1).stores({ signingKeys: 'id', attachments: '++id, pageKey, contentHash, token, createdAt' });
  }
}

export const signerInfo = (k: StoredSigningKey): SignerInfo => ({
  kid: k.kid,
  fingerprint: k.fingerprint,
  name: k.name,
  ...(k.unit ? { unit: k.unit } : {}),
  role: k.role,
  publicKey: k.publicKey,
});

export async function getSigner(db: KeysDb): Promise<SignerInfo | null> {
  const k = await db.signingKeys.get('self');
  return k ? signerInfo(k) : null;
}

/** Creates (or replaces) this profile's signing key; the private half can never be exported. */
export async function createSigningKey(
  db: KeysDb,
  who: { name: string; unit?: string; role: ReviewerTitle },
  now = new Date(),
): Promise<SignerInfo> {
  const pair = await generateSigningKey(false);
  const publicKey = await exportPublicJwk(pair.publicKey);
  const kid = await keyId(publicKey);
  const stored: StoredSigningKey = {
    id: 'self',
    privateKey: pair.privateKey,
    publicKey,
    kid,
    fingerprint: fingerprintOf(kid),
    name: who.name.trim(),
    ...(who.unit?.trim() ? { unit: who.unit.trim() } : {}),
    role: who.role,
    createdAt: now.toISOString(),
  };
  await db.signingKeys.put(stored);
  return signerInfo(stored);
}

export async function deleteSigningKey(db: KeysDb): Promise<void> {
  await db.signingKeys.delete('self');
}

export type SignRequest = Pick<SignInput, 'sha256' | 'tier' | 'platform' | 'account' | 'ruleset' | 'accepted'> & {
  pageKey: string;
  text: string;
};

/** Signs with this profile's key and attaches the token to the draft it was made for. */
export async function signAndAttach(db: KeysDb, req: SignRequest, now = Date.now()): Promise<SignResult | { ok: false; reason: 'no-key' }> {
  const key = await db.signingKeys.get('self');
  if (!key) return { ok: false, reason: 'no-key' };
  const result = await signApproval(
    {
      sha256: req.sha256,
      tier: req.tier,
      kid: key.kid,
      name: key.name,
      ...(key.unit ? { unit: key.unit } : {}),
      role: key.role,
      ...(req.platform ? { platform: req.platform } : {}),
      ...(req.account ? { account: req.account } : {}),
      ruleset: req.ruleset,
      accepted: req.accepted ?? [],
      now,
    },
    key.privateKey,
  );
  if (result.ok)
    await attach(db, {
      pageKey: req.pageKey,
      contentHash: req.sha256,
      token: result.token,
      text: req.text,
      createdAt: new Date(now).toISOString(),
    });
  return result;
}

/**
 * Signs a draft handed to the review page: the hash is computed here from that draft, and every
 * open finding needs the reviewer's written opinion.
 */
export async function signReview(
  db: KeysDb,
  request: ReviewRequest,
  tier: Tier,
  reason: string,
  now = Date.now(),
): Promise<SignResult | { ok: false; reason: 'no-key' | 'reason-needed' }> {
  const accepted = acceptedFor(request.findings, reason);
  if (!accepted) return { ok: false, reason: 'reason-needed' };
  return signAndAttach(
    db,
    {
      sha256: await draftHash(request.draft),
      tier,
      ...(request.platform ? { platform: request.platform } : {}),
      ruleset: request.ruleset,
      accepted,
      pageKey: request.pageKey,
      text: canonicalText(request.draft),
    },
    now,
  );
}

export async function attach(db: KeysDb, a: Attachment): Promise<void> {
  await db.transaction('rw', db.attachments, async () => {
    const same = await db.attachments.where('token').equals(a.token).toArray();
    // The same token pasted on another page, or again: keep one, with the text if either knows it.
    for (const s of same)
      if (s.pageKey === a.pageKey) return void (a.text && !s.text ? db.attachments.update(s.id, { text: a.text }) : undefined);
    await db.attachments.add(a);
    const count = await db.attachments.count();
    if (count > MAX_ATTACHMENTS) {
      const old = await db.attachments
        .orderBy('createdAt')
        .limit(count - MAX_ATTACHMENTS)
        .primaryKeys();
      await db.attachments.bulkDelete(old);
    }
  });
}

/** The approvals attached to this page, or to a draft with this exact content anywhere. */
export async function attachments(db: KeysDb, pageKey: string, contentHash: string): Promise<Attachment[]> {
  const [byPage, byHash] = await Promise.all([
    db.attachments.where('pageKey').equals(pageKey).toArray(),
    db.attachments.where('contentHash').equals(contentHash).toArray(),
  ]);
  const seen = new Set<string>();
  return [...byPage, ...byHash].filter((a) => !seen.has(a.token) && seen.add(a.token)).slice(-50);
}
