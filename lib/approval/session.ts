/**
 * Approvals on one editor page: verifies every token attached to the draft against its current
 * content on each check, produces the gate's approval finding, and carries out the two actions
 * (an editor pastes a token; a reviewer approves). Storage and signing are injected: the content
 * script passes messages to the background, tests pass fakes.
 */
import type { Draft } from '../engine/draft';
import type { Finding, Tier } from '../engine/rule';
import type { Locale } from '../i18n/catalog';
import { pageTranslator as translator } from '../i18n/page';
import { canonicalText, draftHash } from './canonical';
import { changedPassages, type ChangedPassages } from './diff';
import { approvalFinding, statusLine } from './finding';
import { ownTrustedKey, type SignerInfo } from './signer';
import { TITLE_TIERS, type ReviewerTitle } from './roles';
import type { QrPath } from './qr';
import { bestOf, peekPayload, type AcceptedFinding, type TrustedKey, type Verification, type VerifyContext, type VerifyStatus } from './token';

export interface AttachedToken {
  token: string;
  text?: string;
}

export type SignReply = { ok: true; token: string } | { ok: false; reason: 'not-entitled' | 'bad-input' | 'no-key' | 'failed' };

export interface ApprovalDeps {
  pageKey: string;
  platform?: string;
  ruleset: string;
  /** Keys trusted by settings and policy (this profile's own key is added here). */
  trusted(): Promise<TrustedKey[]>;
  strict(): boolean;
  locale(): Locale;
  signer(): Promise<SignerInfo | null>;
  list(pageKey: string, contentHash: string): Promise<AttachedToken[]>;
  attach(a: { pageKey: string; contentHash: string; token: string; text?: string }): Promise<void>;
  sign(req: {
    sha256: string;
    tier: Tier;
    platform?: string;
    ruleset: string;
    accepted: AcceptedFinding[];
    pageKey: string;
    text: string;
  }): Promise<SignReply>;
  now?(): number;
  /**
   * Verifies a token (lib/approval/token.ts verifyApproval). Injected so the content script asks the
   * background, which carries the JWS library, instead of bundling it into every editor page.
   */
  verify(token: string, ctx: VerifyContext): Promise<Verification>;
  /** The QR code of an issued token, drawn where the encoder lives. */
  qr(value: string): Promise<QrPath>;
}

export interface ApprovalEntry {
  token: string;
  status: VerifyStatus;
  line: string;
  tier?: Tier;
  name?: string;
  title?: ReviewerTitle;
  issuedAt?: number;
  /** The token was made for exactly this content. */
  matches: boolean;
  /** What changed since approval, when the approved text is known on this profile. */
  changed?: ChangedPassages;
  accepted: AcceptedFinding[];
}

export interface ApprovalView {
  /** Signed approvals are in use in this browser (a key is trusted, or one is attached). */
  inUse: boolean;
  requiredApproval: Tier;
  status: VerifyStatus;
  /** '已审核 · 主要领导 李某 · 11-26 14:03', '内容已修改，审核已失效', … */
  line: string;
  entries: ApprovalEntry[];
  signer: SignerInfo | null;
  /** Tiers this reviewer may sign. */
  signable: Tier[];
  /** The token this reviewer just issued on this page, for copying and the QR code. */
  issued: string | null;
  issuedQr: QrPath | null;
  notice: { kind: 'ok' | 'error'; text: string } | null;
}

export interface ApprovalState {
  view: ApprovalView;
  finding: Finding | null;
}

export interface ApprovalSession {
  evaluate(draft: Draft, required: Tier): Promise<ApprovalState>;
  paste(token: string, draft: Draft, required: Tier): Promise<void>;
  approve(draft: Draft, tier: Tier, reason: string, findings: readonly Finding[]): Promise<void>;
  /** Forget cached keys (settings changed). */
  reset(): void;
}

/** Findings a reviewer has to answer for when approving: everything the gate would show. */
export const findingsToAccept = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.severity !== 'info' && f.category !== 'approval');

export function createApprovalSession(deps: ApprovalDeps): ApprovalSession {
  let signer: Promise<SignerInfo | null> | undefined;
  let issued: string | null = null;
  let issuedQr: QrPath | null = null;
  let notice: ApprovalView['notice'] = null;
  const now = () => deps.now?.() ?? Date.now();
  const tr = () => translator(deps.locale());
  const getSigner = () => (signer ??= deps.signer().catch(() => null));

  const trusted = async () => {
    const own = await getSigner();
    const keys = await deps.trusted();
    return own && !keys.some((k) => k.kid === own.kid) ? [...keys, ownTrustedKey(own)] : keys;
  };

  const verify = (token: string, keys: TrustedKey[], contentHash: string, required: Tier): Promise<Verification> =>
    deps.verify(token, { trusted: keys, contentHash, requiredTier: required, platform: deps.platform, now: now() });

  return {
    async evaluate(draft, required) {
      const locale = deps.locale();
      const [contentHash, keys, me] = await Promise.all([draftHash(draft), trusted(), getSigner()]);
      const attached = await deps.list(deps.pageKey, contentHash).catch(() => [] as AttachedToken[]);
      const text = canonicalText(draft);
      const verified = await Promise.all(
        attached.map(async (a) => {
          const verification = await verify(a.token, keys, contentHash, required);
          // A token that no longer verifies still says who it claims to be, for the reviewer's list.
          const p = verification.payload ?? peekPayload(a.token);
          const matches = p?.sha256 === contentHash;
          const entry: ApprovalEntry = {
            token: a.token,
            status: verification.status,
            line: statusLine(verification, required, locale),
            ...(p ? { tier: p.tier, name: p.name, title: p.role, issuedAt: p.iat } : {}),
            matches,
            ...(!matches && a.text ? { changed: changedPassages(a.text, text) } : {}),
            accepted: p?.accepted ?? [],
          };
          return { entry, verification };
        }),
      );
      const best = bestOf(verified);
      const inUse = keys.length > 0 || attached.length > 0;
      const view: ApprovalView = {
        inUse,
        requiredApproval: required,
        status: best?.verification.status ?? 'missing',
        line: statusLine(best?.verification, required, locale),
        entries: verified.map((v) => v.entry).sort((a, b) => (b.issuedAt ?? 0) - (a.issuedAt ?? 0)),
        signer: me,
        signable: me ? [...TITLE_TIERS[me.role]] : [],
        issued,
        issuedQr,
        notice,
      };
      return { view, finding: inUse ? approvalFinding(best?.verification, required, { strict: deps.strict(), locale }) : null };
    },

    async paste(token, draft, required) {
      const t = tr();
      const [contentHash, keys] = await Promise.all([draftHash(draft), trusted()]);
      const v = await verify(token.trim(), keys, contentHash, required);
      // Attach what is genuine and made for this content; a lower tier stays visible as insufficient.
      if (v.status === 'valid' || (v.status === 'insufficient' && v.reason === 'tier-too-low')) {
        await deps.attach({ pageKey: deps.pageKey, contentHash, token: token.trim(), text: canonicalText(draft) });
        notice = v.status === 'valid' ? { kind: 'ok', text: t('approval.panel.attached') } : { kind: 'error', text: t('approval.panel.rejected', { reason: t('approval.reason.tier-too-low') }) };
      } else {
        notice = { kind: 'error', text: t('approval.panel.rejected', { reason: t(`approval.reason.${v.reason}`) }) };
      }
    },

    async approve(draft, tier, reason, findings) {
      const t = tr();
      const accepted = findingsToAccept(findings).map((f) => ({ ruleId: f.ruleId, text: f.text.slice(0, 200), reason: reason.trim() }));
      if (accepted.length && !reason.trim()) {
        notice = { kind: 'error', text: t('approval.panel.acceptNeeded', { count: accepted.length }) };
        return;
      }
      const reply = await deps
        .sign({ sha256: await draftHash(draft), tier, ...(deps.platform ? { platform: deps.platform } : {}), ruleset: deps.ruleset, accepted: accepted.slice(0, 50), pageKey: deps.pageKey, text: canonicalText(draft) })
        .catch((): SignReply => ({ ok: false, reason: 'failed' }));
      if (reply.ok) {
        issued = reply.token;
        issuedQr = await deps.qr(reply.token).catch(() => null);
        notice = { kind: 'ok', text: t('approval.panel.issued') };
      } else {
        notice = { kind: 'error', text: t('approval.panel.signFailed', { reason: t(`approval.sign.${reply.reason}`) }) };
      }
    },

    reset() {
      signer = undefined;
    },
  };
}
