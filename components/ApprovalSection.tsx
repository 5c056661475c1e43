import { useLayoutEffect, useRef, useState } from 'react';
import type { ApprovalView } from '../lib/approval/session';
import { formatTime } from '../lib/approval/finding';
import { TIERS, type Tier } from '../lib/engine/rule';
import type { Locale } from '../lib/i18n/catalog';
import { pageTranslator as translator } from '../lib/i18n/page';
import { QrCode } from './QrCode';

export interface ApprovalSectionProps {
  approval: ApprovalView;
  /** Open findings the reviewer has to give an opinion on when approving. */
  openFindings: number;
  locale?: Locale;
  /** The user's role is reviewer: without a key, say where to create one. */
  isReviewer?: boolean;
  onPasteToken?(token: string): void;
  onApprove?(tier: Tier, reason: string): void;
  onCopy?(text: string): void;
}

/**
 * The panel's 审核签发 section: what this draft needs, every approval attached to it (who, tier,
 * when, whether it still matches, what changed), a field to paste a token, and for reviewers
 * '审核通过' at a tier their title may sign, with the token to copy and its QR code.
 */
export function ApprovalSection({ approval, openFindings, locale = 'zh', isReviewer, onPasteToken, onApprove, onCopy }: ApprovalSectionProps) {
  const tr = translator(locale);
  const [token, setToken] = useState('');
  const [reason, setReason] = useState('');
  const [copied, setCopied] = useState(false);
  const required = approval.requiredApproval;
  const signable = approval.signable;
  const defaultTier = signable.includes(required) ? required : signable[signable.length - 1];
  // Follows the tier the draft needs until the reviewer picks one.
  const [tier, setTier] = useState<Tier | undefined>(undefined);
  const chosen = tier && signable.includes(tier) ? tier : defaultTier;
  // Set after the options exist: Preact (the content script's runtime) applies a controlled
  // select's value before its options are appended, which would show the first option instead.
  const select = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (select.current && chosen) select.current.value = chosen;
  }, [chosen, signable.length]);
  return (
    <div className="gpg-group gpg-approval" data-status={approval.status}>
      <h3>{tr('approval.panel.title')}</h3>
      <p className="gpg-tier">{tr('approval.panel.required', { tier: tr(`tier.${required}`), signer: tr(`approval.signer.${required}`) })}</p>
      {approval.entries.length ? (
        <>
          <p className="gpg-approval-count">{tr('approval.panel.entries', { count: approval.entries.length })}</p>
          <ul className="gpg-approval-entries">
            {approval.entries.map((e) => (
              <li key={e.token} className={`gpg-approval-entry gpg-approval-${e.status}`} data-status={e.status}>
                <span className="gpg-approval-who">
                  {e.name && e.title && e.tier
                    ? tr('approval.panel.entry', { title: tr(`approval.title.${e.title}`), name: e.name, tier: tr(`tier.${e.tier}`), time: formatTime(e.issuedAt ?? 0) })
                    : tr('approval.panel.entryUnknown')}
                </span>
                <span className="gpg-approval-state">{e.status === 'valid' ? tr('approval.panel.matches') : e.line}</span>
                {e.changed && (e.changed.added.length || e.changed.removed.length) ? (
                  <div className="gpg-approval-changed">
                    <span>{tr('approval.panel.changed')}</span>
                    <ul>
                      {e.changed.added.slice(0, 5).map((text, i) => (
                        <li key={`a${i}`} className="gpg-added">{tr('approval.panel.added', { text })}</li>
                      ))}
                      {e.changed.removed.slice(0, 5).map((text, i) => (
                        <li key={`r${i}`} className="gpg-removed">{tr('approval.panel.removed', { text })}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {e.accepted.map((a, i) => (
                  <span key={i} className="gpg-approval-accepted">{tr('approval.panel.accepted', { rule: a.ruleId, text: a.text, reason: a.reason })}</span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <form
        className="gpg-approval-paste"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (token.trim()) onPasteToken?.(token.trim());
          setToken('');
        }}
      >
        <label>
          {tr('approval.panel.paste')}
          <textarea name="gpg-token" rows={2} value={token} placeholder={tr('approval.panel.pastePlaceholder')} onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="submit" className="gpg-action gpg-attach" disabled={!token.trim()}>
          {tr('approval.panel.attach')}
        </button>
      </form>

      {approval.signer && chosen ? (
        <form
          className="gpg-approval-sign"
          onSubmit={(ev) => {
            ev.preventDefault();
            onApprove?.(chosen, reason);
          }}
        >
          <p className="gpg-approval-as">{tr('approval.panel.signAs', { title: tr(`approval.title.${approval.signer.role}`), name: approval.signer.name })}</p>
          <label>
            {tr('approval.panel.tier')}
            <select ref={select} name="gpg-tier" value={chosen} onChange={(e) => setTier(e.target.value as Tier)}>
              {TIERS.filter((t) => signable.includes(t)).map((t) => (
                <option key={t} value={t}>
                  {tr(`tier.${t}`)}
                </option>
              ))}
            </select>
          </label>
          {openFindings > 0 ? (
            <label>
              {tr('approval.panel.acceptReason')}
              <textarea name="gpg-accept-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
          ) : null}
          <button type="submit" className="gpg-action gpg-approve" disabled={openFindings > 0 && !reason.trim()}>
            {tr('approval.panel.sign')}
          </button>
        </form>
      ) : isReviewer ? (
        <p className="hint gpg-approval-nokey">{tr('approval.panel.noKey')}</p>
      ) : null}

      {approval.notice ? (
        <p className={`gpg-approval-notice gpg-notice-${approval.notice.kind}`} role={approval.notice.kind === 'error' ? 'alert' : 'status'}>
          {approval.notice.text}
        </p>
      ) : null}

      {approval.issued ? (
        <div className="gpg-approval-issued">
          <textarea name="gpg-issued" readOnly rows={3} value={approval.issued} aria-label={tr('approval.panel.copy')} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            className="gpg-action gpg-copy"
            onClick={() => {
              onCopy?.(approval.issued!);
              setCopied(true);
            }}
          >
            {copied ? tr('approval.panel.copied') : tr('approval.panel.copy')}
          </button>
          {approval.issuedQr && <QrCode path={approval.issuedQr} label={tr('approval.panel.qr')} />}
        </div>
      ) : null}
    </div>
  );
}
