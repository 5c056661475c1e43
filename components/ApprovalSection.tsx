import { useState } from 'react';
import type { ApprovalView } from '../lib/approval/session';
import { formatTime } from '../lib/approval/finding';
import type { Locale } from '../lib/i18n/messages';
import { pageTranslator as translator } from '../lib/i18n/page';

export interface ApprovalSectionProps {
  approval: ApprovalView;
  /** Open findings the reviewer has to give an opinion on when approving. */
  openFindings: number;
  locale?: Locale;
  /** The user's role is reviewer: offer the review page even before a key exists. */
  isReviewer?: boolean;
  onPasteToken?(token: string): void;
  /** Open this draft in the extension's review page (approving happens there, not in this page). */
  onReview?(): void;
}

/**
 * The panel's 审核签发 section: what this draft needs, every approval attached to it (who, tier,
 * when, whether it still matches, what changed), a field to paste a token, and for reviewers a
 * button that opens the draft in the extension's review page, where they approve it.
 */
export function ApprovalSection({ approval, openFindings, locale = 'zh', isReviewer, onPasteToken, onReview }: ApprovalSectionProps) {
  const tr = translator(locale);
  const [token, setToken] = useState('');
  const required = approval.requiredApproval;
  return (
    <div className="gpg-group gpg-approval" data-status={approval.status}>
      <h3>{tr('approval.panel.title')}</h3>
      <p className="gpg-tier">
        {tr('approval.panel.required', { tier: tr(`tier.${required}`), signer: tr(`approval.signer.${required}`) })}
      </p>
      {approval.entries.length ? (
        <>
          <p className="gpg-approval-count">{tr('approval.panel.entries', { count: approval.entries.length })}</p>
          <ul className="gpg-approval-entries">
            {approval.entries.map((e) => (
              <li key={e.token} className={`gpg-approval-entry gpg-approval-${e.status}`} data-status={e.status}>
                <span className="gpg-approval-who">
                  {e.name && e.title && e.tier
                    ? tr('approval.panel.entry', {
                        title: tr(`approval.title.${e.title}`),
                        name: e.name,
                        tier: tr(`tier.${e.tier}`),
                        time: formatTime(e.issuedAt ?? 0),
                      })
                    : tr('approval.panel.entryUnknown')}
                </span>
                <span className="gpg-approval-state">{e.status === 'valid' ? tr('approval.panel.matches') : e.line}</span>
                {e.changed && (e.changed.added.length || e.changed.removed.length) ? (
                  <div className="gpg-approval-changed">
                    <span>{tr('approval.panel.changed')}</span>
                    <ul>
                      {e.changed.added.slice(0, 5).map((text, i) => (
                        <li key={`a${i}`} className="gpg-added">
                          {tr('approval.panel.added', { text })}
                        </li>
                      ))}
                      {e.changed.removed.slice(0, 5).map((text, i) => (
                        <li key={`r${i}`} className="gpg-removed">
                          {tr('approval.panel.removed', { text })}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {e.accepted.map((a, i) => (
                  <span key={i} className="gpg-approval-accepted">
                    {tr('approval.panel.accepted', { rule: a.ruleId, text: a.text, reason: a.reason })}
                  </span>
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
          <textarea
            name="gpg-token"
            rows={2}
            value={token}
            placeholder={tr('approval.panel.pastePlaceholder')}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <button type="submit" className="gpg-action gpg-attach" disabled={!token.trim()}>
          {tr('approval.panel.attach')}
        </button>
      </form>

      {approval.signer || isReviewer ? (
        <div className="gpg-approval-sign">
          {approval.signer ? (
            <p className="gpg-approval-as">
              {tr('approval.panel.signAs', { title: tr(`approval.title.${approval.signer.role}`), name: approval.signer.name })}
            </p>
          ) : (
            <p className="hint gpg-approval-nokey">{tr('approval.panel.noKey')}</p>
          )}
          {openFindings > 0 ? <p className="hint">{tr('approval.panel.openFindings', { count: openFindings })}</p> : null}
          <button type="button" className="gpg-action gpg-review" onClick={() => onReview?.()}>
            {tr('approval.panel.openReview')}
          </button>
        </div>
      ) : null}

      {approval.notice ? (
        <p
          className={`gpg-approval-notice gpg-notice-${approval.notice.kind}`}
          role={approval.notice.kind === 'error' ? 'alert' : 'status'}
        >
          {approval.notice.text}
        </p>
      ) : null}
    </div>
  );
}
