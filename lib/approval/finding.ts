/**
 * The gate's approval finding (Art. 21). It is not a rule over the text — it depends on the
 * tokens attached to the draft — so it lives here, and both the CLI and the page controller
 * append it to the rules' findings.
 */
import type { Finding, Severity, Tier } from '../engine/rule';
import type { Locale } from '../i18n/messages';
import { pageTranslator as translator } from '../i18n/page';
import { TITLE_NAMES_ZH } from './titles';
import type { ApprovalStatus } from './status';
import type { ApprovalPayload, Verification } from './token';

export interface ApprovalPolicy {
  /** Every tier blocks (settings `approval.strict` / policy), not only major. */
  strict: boolean;
  locale?: Locale;
}

/** Art. 21 forbids publishing major sensitive information without review; the rest warns unless the office says otherwise. */
export function approvalSeverity(required: Tier, strict: boolean): Severity {
  return required === 'major' || strict ? 'block' : 'warn';
}

/** `11-26 14:03` in the user's time zone. */
export function formatTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The one-line status the badge and the CLI's text output show. */
export function statusLine(
  verification: Pick<Verification, 'status' | 'reason' | 'payload'> | undefined,
  required: Tier,
  locale: Locale = 'zh',
): string {
  const tr = translator(locale);
  const status: ApprovalStatus = verification?.status ?? 'missing';
  const p: ApprovalPayload | undefined = verification?.payload;
  const who = p ? { title: tr(`approval.title.${p.role}`), name: p.name } : { title: '', name: '' };
  switch (status) {
    case 'valid':
      return tr('approval.status.valid', { ...who, time: formatTime(p!.iat) });
    case 'expired':
      return tr('approval.status.expired', { ...who, time: p ? formatTime(p.exp) : '' });
    case 'missing':
    case 'insufficient':
      if (status === 'insufficient' && (verification?.reason === 'role-not-entitled' || verification?.reason === 'role-unregistered')) {
        return tr('approval.status.invalid', { reason: tr(`approval.reason.${verification.reason}`) });
      }
      return tr(`approval.status.${status}`, { tier: tr(`tier.${required}`), signer: tr(`approval.signer.${required}`) });
    case 'stale':
    case 'untrusted':
      return tr(`approval.status.${status}`);
    default:
      return tr('approval.status.invalid', { reason: tr(`approval.reason.${verification?.reason ?? 'malformed'}`) });
  }
}

/** The finding for a draft whose required tier is not covered by a valid approval; null when it is. */
export function approvalFinding(
  verification: Pick<Verification, 'status' | 'reason' | 'payload'> | undefined,
  required: Tier,
  policy: ApprovalPolicy,
): Finding | null {
  const status = verification?.status ?? 'missing';
  if (status === 'valid') return null;
  const tr = translator(policy.locale);
  return {
    ruleId: `approval-${status}`,
    category: 'approval',
    severity: approvalSeverity(required, policy.strict),
    messageId: verification?.reason ?? 'no-token',
    start: 0,
    end: 0,
    text: '',
    message: tr('approval.finding.message', {
      tier: tr(`tier.${required}`),
      signer: tr(`approval.signer.${required}`),
      // The message already names the tier and signer; the detail says what is wrong with the approval.
      detail:
        status === 'missing' || status === 'insufficient'
          ? tr(`approval.reason.${verification?.reason ?? 'no-token'}`)
          : statusLine(verification, required, policy.locale),
    }),
    basis: [{ article: 21 }],
    tier: required,
  };
}

/** Who signed, for the publication log and the CLI: `主要领导 李某`. */
export function reviewerLabel(payload: Pick<ApprovalPayload, 'role' | 'name'> | undefined): string | null {
  return payload ? `${TITLE_NAMES_ZH[payload.role]} ${payload.name}` : null;
}
