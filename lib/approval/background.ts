/**
 * The background's approval handlers: the signing key and attached approvals live in the
 * extension's IndexedDB, which only extension contexts open. Registered from
 * entrypoints/background.ts with one call.
 */
import { handle } from '../messaging';
import { KeysDb, attach, attachments, getSigner, signAndAttach } from './keystore';
import { qrPath } from './qr';
import { verifyApproval } from './token';

export function registerApprovalHandlers(runtimeId: string, db = new KeysDb()): void {
  handle('approvalSigner', runtimeId, () => getSigner(db));
  handle('approvalVerify', runtimeId, ({ token, ctx }) => verifyApproval(token, ctx));
  handle('approvalQr', runtimeId, ({ value }) => qrPath(value));
  handle('approvalSign', runtimeId, async (req) => {
    try {
      return await signAndAttach(db, req);
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
