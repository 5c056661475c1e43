/**
 * The background's approval handlers: the signing key and attached approvals live in the
 * extension's IndexedDB, which only extension contexts open. Registered from
 * entrypoints/background.ts with one call.
 *
 * Signing is answered only for the extension's own pages (the review page): a content script runs
 * inside the platform's page, and nothing that page can drive may sign.
 */
import { z } from 'zod';
import { handle, send, type Sender } from '../messaging';
import { draftHash } from '../engine/canonical';
import { KeysDb, attach, attachments, getSigner, ownTrustedKey, signReview } from './keystore';
import { vouchedKeys } from './trust';
import { reviewRequestSchema, type ReviewRequest } from './messages';
import { verifyApproval, type TrustedKey } from './token';

/** Where drafts under review wait (chrome.storage.session: memory only, extension contexts only). */
export interface ReviewStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ApprovalBackgroundDeps {
  /** chrome-extension://<id>/ */
  extensionOrigin: string;
  reviews: ReviewStorage;
  openReviewPage(reviewId: string, openerTabId?: number): Promise<void>;
  /** The keys that approve under the current settings and policy (lib/approval/trust.ts). */
  trusted(): Promise<TrustedKey[]>;
}

const storedReviewSchema = z.object({ request: reviewRequestSchema, tabId: z.number().int().optional(), createdAt: z.number() });
const INDEX = 'reviews';
/** Drafts kept for review at once; the oldest make way. */
const MAX_REVIEWS = 20;

export function registerApprovalHandlers(runtimeId: string, deps: ApprovalBackgroundDeps, db = new KeysDb()): void {
  const fromExtensionPage = (sender: Sender) => {
    if (!sender.url?.startsWith(deps.extensionOrigin)) throw new Error('approvals are signed only in the extension review page');
  };
  const loadReview = async (id: string) => {
    const raw = (await deps.reviews.get(`review:${id}`))[`review:${id}`];
    const parsed = storedReviewSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };

  handle('approvalTrusted', runtimeId, () => deps.trusted());
  handle('approvalSigner', runtimeId, () => getSigner(db));
  // verified against the background's own keys, whatever keys the caller sends (lib/approval/trust.ts)
  handle('approvalVerify', runtimeId, async ({ token, ctx }) => {
    const [known, own] = await Promise.all([deps.trusted(), getSigner(db)]);
    return verifyApproval(token, { ...ctx, trusted: vouchedKeys(ctx.trusted, known, own && ownTrustedKey(own)) });
  });

  handle('approvalReviewOpen', runtimeId, async (request: ReviewRequest, sender) => {
    const id = crypto.randomUUID();
    const index = z
      .array(z.string())
      .catch([])
      .parse((await deps.reviews.get(INDEX))[INDEX]);
    const keep = [...index, id].slice(-MAX_REVIEWS);
    const dropped = index.filter((k) => !keep.includes(k));
    await deps.reviews.set({
      [`review:${id}`]: { request, ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}), createdAt: Date.now() },
      [INDEX]: keep,
    });
    if (dropped.length) await deps.reviews.remove(dropped.map((k) => `review:${k}`));
    await deps.openReviewPage(id, sender.tab?.id);
  });

  handle('approvalReviewGet', runtimeId, async ({ reviewId }, sender) => {
    fromExtensionPage(sender);
    const stored = await loadReview(reviewId);
    if (!stored) return null;
    return { request: stored.request, contentHash: await draftHash(stored.request.draft), signer: await getSigner(db) };
  });

  handle('approvalSign', runtimeId, async ({ reviewId, tier, reason }, sender) => {
    fromExtensionPage(sender);
    try {
      const stored = await loadReview(reviewId);
      if (!stored) return { ok: false as const, reason: 'gone' as const };
      // The hash is made from the draft the review page shows, not taken from any caller.
      const result = await signReview(db, stored.request, tier, reason);
      if (!result.ok) return result;
      // The editor's tab checks again and shows the new approval's status.
      if (stored.tabId !== undefined) void send('approvalChanged', undefined, stored.tabId).catch(() => undefined);
      return { ok: true as const, token: result.token };
    } catch {
      return { ok: false as const, reason: 'failed' as const };
    }
  });

  handle('approvalAttach', runtimeId, async ({ pageKey, contentHash, token, text }) => {
    await attach(db, { pageKey, contentHash, token, ...(text ? { text } : {}), createdAt: new Date().toISOString() });
  });
  handle('approvalList', runtimeId, async ({ pageKey, contentHash }) =>
    (await attachments(db, pageKey, contentHash)).map(({ token, text, createdAt }) => ({ token, ...(text ? { text } : {}), createdAt })),
  );
}
