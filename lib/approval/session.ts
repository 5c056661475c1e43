/**
 * Approvals on one editor page: verifies every token attached to the draft against its current
 * content on each check, produces the gate's approval finding, and carries out the two actions
 * (an editor pastes a token; a reviewer opens the draft in the extension's review page, where
 * signing happens). Storage is injected: the content script passes messages to the background,
 * tests pass fakes. This browser's own key does not count here unless policy allows it.
 */
import type { Draft } from '../engine/draft';
import type { Finding, Tier } from '../engine/rule';
import type { Locale } from '../i18n/messages';
import { pageTranslator as translator } from '../i18n/page';
import { canonicalText, draftHash } from '../engine/canonical';
import { changedPassages, type ChangedPassages } from './diff';
import { approvalFinding, statusLine } from './finding';
import { ownTrustedKey, type SignerInfo } from './signer';
import type { ReviewerTitle } from './titles';
import type { ReviewRequest } from './messages';
import { reviewRequestFor } from './review';
import type { ApprovalStatus } from './status';
import { bestOf, peekPayload, type AcceptedFinding, type TrustedKey, type Verification, type VerifyContext } from './token';

export interface AttachedToken {
  token: string;
  text?: string;
}

export interface ApprovalDeps {
  pageKey: string;
  platform?: string;
  ruleset: string;
  /** Keys trusted by settings and policy (this profile's own key is added here). */
  trusted(): Promise<TrustedKey[]>;
  strict(): boolean;
  /** Policy lets this browser's own key approve its own drafts (one-person office). */
  selfApproval(): boolean;
  locale(): Locale;
  signer(): Promise<SignerInfo | null>;
  list(pageKey: string, contentHash: string): Promise<AttachedToken[]>;
  attach(a: { pageKey: string; contentHash: string; token: string; text?: string }): Promise<void>;
  /** Opens the extension's review page for this draft. */
  openReview(req: ReviewRequest): Promise<void>;
  now?(): number;
  /**
   * Verifies a token (lib/approval/token.ts verifyApproval). Injected so the content script asks the
   * background, which carries the JWS library, instead of bundling it into every editor page.
   */
  verify(token: string, ctx: VerifyContext): Promise<Verification>;
}

export interface ApprovalEntry {
  token: string;
  status: ApprovalStatus;
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
  /**
   * The office uses reviewer keys here (a key other than this browser's own is trusted): a signed
   * approval is then the only sign-off; without keys, the editor may declare who signed it off.
   */
  keysInUse: boolean;
  /**
   * A sign-off is asked for here (Art. 21): signed approvals are in use, the draft is important or
   * major, or policy makes every tier need one. The approval finding and the record follow it.
   */
  needed: boolean;
  requiredApproval: Tier;
  status: ApprovalStatus;
  /** '已审核 · 主要领导 李某 · 11-26 14:03', '内容已修改，审核已失效', … */
  line: string;
  entries: ApprovalEntry[];
  signer: SignerInfo | null;
  /** The approval that counts was signed by this browser's own key (policy allows it); records say so. */
  self: boolean;
  notice: { kind: 'ok' | 'error'; text: string } | null;
}

export interface ApprovalState {
  view: ApprovalView;
  finding: Finding | null;
}

export interface ApprovalSession {
  evaluate(draft: Draft, required: Tier): Promise<ApprovalState>;
  paste(token: string, draft: Draft, required: Tier): Promise<void>;
  /** Hands the draft and its findings to the review page, where a reviewer signs. */
  openReview(draft: Draft, required: Tier, findings: readonly Finding[]): Promise<void>;
  /** Forget cached keys (settings changed). */
  reset(): void;
}

export { findingsToAccept } from './review';

export function createApprovalSession(deps: ApprovalDeps): ApprovalSession {
  let signer: Promise<SignerInfo | null> | undefined;
  let notice: ApprovalView['notice'] = null;
  const now = () => deps.now?.() ?? Date.now();
  const tr = () => translator(deps.locale());
  const getSigner = () => (signer ??= deps.signer().catch(() => null));

  // A browser does not vouch for its own drafts: its own key is left out of the trusted keys
  // (even where a settings list names it) unless policy allows self-approval.
  const trusted = async () => {
    const own = await getSigner();
    const keys = await deps.trusted();
    if (!own) return keys;
    if (!deps.selfApproval()) return keys.filter((k) => k.kid !== own.kid);
    return keys.some((k) => k.kid === own.kid) ? keys : [...keys, ownTrustedKey(own)];
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
      // Art. 21 holds on every install: important and major drafts (every tier where policy is
      // strict) need a sign-off whether or not this office uses signed approvals.
      const needed = inUse || required !== 'general' || deps.strict();
      const view: ApprovalView = {
        inUse,
        keysInUse: keys.length > 0,
        needed,
        requiredApproval: required,
        status: best?.verification.status ?? 'missing',
        line: statusLine(best?.verification, required, locale),
        entries: verified.map((v) => v.entry).sort((a, b) => (b.issuedAt ?? 0) - (a.issuedAt ?? 0)),
        signer: me,
        self: best?.verification.status === 'valid' && me !== null && best.verification.key?.kid === me.kid,
        notice,
      };
      return { view, finding: needed ? approvalFinding(best?.verification, required, { strict: deps.strict(), locale }) : null };
    },

    async paste(token, draft, required) {
      const t = tr();
      const [contentHash, keys] = await Promise.all([draftHash(draft), trusted()]);
      const v = await verify(token.trim(), keys, contentHash, required);
      // Attach what is genuine and made for this content; a lower tier stays visible as insufficient.
      if (v.status === 'valid' || (v.status === 'insufficient' && v.reason === 'tier-too-low')) {
        await deps.attach({ pageKey: deps.pageKey, contentHash, token: token.trim(), text: canonicalText(draft) });
        notice =
          v.status === 'valid'
            ? { kind: 'ok', text: t('approval.panel.attached') }
            : { kind: 'error', text: t('approval.panel.rejected', { reason: t('approval.reason.tier-too-low') }) };
      } else {
        notice = { kind: 'error', text: t('approval.panel.rejected', { reason: t(`approval.reason.${v.reason}`) }) };
      }
    },

    async openReview(draft, required, findings) {
      const t = tr();
      try {
        await deps.openReview(
          reviewRequestFor(draft, required, findings, {
            pageKey: deps.pageKey,
            ruleset: deps.ruleset,
            ...(deps.platform ? { platform: deps.platform } : {}),
          }),
        );
        notice = { kind: 'ok', text: t('approval.panel.reviewOpened') };
      } catch {
        notice = { kind: 'error', text: t('approval.panel.reviewFailed') };
      }
    },

    reset() {
      signer = undefined;
    },
  };
}
