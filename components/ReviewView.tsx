import { useState } from 'react';
import type { ReviewRequest } from '../lib/approval/messages';
import type { QrPath } from '../lib/approval/qr';
import { findingsToAccept } from '../lib/approval/review';
import { TITLE_TIERS } from '../lib/approval/titles';
import type { SignerInfo } from '../lib/approval/signer';
import { TIERS, type Tier } from '../lib/engine/rule';
import { t } from '../lib/i18n';
import type { Locale } from '../lib/i18n/messages';
import { QrCode } from './QrCode';

export interface ReviewViewProps {
  /** undefined while loading, null when the draft is no longer waiting. */
  review: { request: ReviewRequest; contentHash: string; signer: SignerInfo | null } | null | undefined;
  locale?: Locale;
  busy?: boolean;
  issued?: { token: string; qr: QrPath | null } | null;
  error?: string | null;
  onSign(tier: Tier, reason: string): void;
  onCopy(token: string): void;
  onOpenOptions(): void;
}

/**
 * The review page: the draft exactly as the editor page handed it over (text, images, links and
 * other visible content), what the checks found, and 审核通过 at a tier the reviewer's title may
 * sign, with the token to copy and its QR code. Approving happens only here, in the extension.
 */
export function ReviewView({ review, locale = 'zh', busy, issued, error, onSign, onCopy, onOpenOptions }: ReviewViewProps) {
  const tr = (key: Parameters<typeof t>[0], data?: Record<string, string | number>) => t(key, data, locale);
  const [tier, setTier] = useState<Tier | undefined>(undefined);
  const [reason, setReason] = useState('');
  if (review === undefined) return <p className="review-loading">{tr('review.loading')}</p>;
  if (review === null) {
    return (
      <main className="review">
        <h1>{tr('review.title')}</h1>
        <p role="alert">{tr('review.missing')}</p>
      </main>
    );
  }
  const { request, signer } = review;
  const required = request.requiredApproval;
  const signable = signer ? TIERS.filter((x) => TITLE_TIERS[signer.role].includes(x)) : [];
  const chosen = tier && signable.includes(tier) ? tier : signable.includes(required) ? required : signable[signable.length - 1];
  const open = findingsToAccept(request.findings);
  const body =
    request.draft.title && request.draft.text.startsWith(request.draft.title)
      ? request.draft.text.slice(request.draft.title.length).replace(/^\n/, '')
      : request.draft.text;
  return (
    <main className="review">
      <h1>{tr('review.title')}</h1>
      <p className="intro">{tr('review.intro')}</p>
      <section className="section review-draft" aria-labelledby="review-draft">
        <h2 id="review-draft">{tr('review.draft')}</h2>
        <h3 className="review-draft-title">{request.draft.title || tr('review.untitled')}</h3>
        <div className="review-body">{body}</div>
        {request.draft.images.length ? (
          <>
            <h3>{tr('review.images')}</h3>
            <ul className="review-images">
              {request.draft.images.map((i, k) => (
                <li key={k}>{tr('review.image', { src: i.src, alt: i.alt || '—' })}</li>
              ))}
            </ul>
          </>
        ) : null}
        {request.draft.links.length ? (
          <>
            <h3>{tr('review.links')}</h3>
            <ul className="review-links">
              {request.draft.links.map((l, k) => (
                <li key={k}>{tr('review.link', { text: l.text, href: l.href })}</li>
              ))}
            </ul>
          </>
        ) : null}
        {request.draft.unchecked.length ? (
          <>
            <h3>{tr('review.unchecked')}</h3>
            <ul className="review-unchecked">
              {request.draft.unchecked.map((u, k) => (
                <li key={k}>{u}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="hint">{tr('review.fingerprint', { hash: review.contentHash.slice(0, 16) })}</p>
      </section>

      <section className="section review-findings" aria-labelledby="review-findings">
        <h2 id="review-findings">{tr('review.findings')}</h2>
        <p className="review-required">
          {tr('approval.panel.required', { tier: tr(`tier.${required}`), signer: tr(`approval.signer.${required}`) })}
        </p>
        {request.findings.length ? (
          <ul>
            {request.findings.map((f, k) => (
              <li key={k} data-severity={f.severity}>
                <strong>{f.text}</strong> {f.message}
              </li>
            ))}
          </ul>
        ) : (
          <p>{tr('review.noFindings')}</p>
        )}
      </section>

      <section className="section review-sign" aria-labelledby="review-sign">
        <h2 id="review-sign">{tr('approval.panel.sign')}</h2>
        {signer && chosen ? (
          <form
            onSubmit={(ev) => {
              ev.preventDefault();
              onSign(chosen, reason);
            }}
          >
            <p className="review-as">{tr('approval.panel.signAs', { title: tr(`approval.title.${signer.role}`), name: signer.name })}</p>
            <label className="block">
              {tr('approval.panel.tier')}{' '}
              <select name="review-tier" value={chosen} onChange={(e) => setTier(e.target.value as Tier)}>
                {signable.map((x) => (
                  <option key={x} value={x}>
                    {tr(`tier.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            {open.length ? (
              <label className="block">
                {tr('approval.panel.acceptReason')}
                <textarea name="review-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
            ) : null}
            <button type="submit" className="primary review-approve" disabled={busy || (open.length > 0 && !reason.trim())}>
              {tr('approval.panel.sign')}
            </button>
          </form>
        ) : (
          <p>
            {tr('approval.panel.noKey')}{' '}
            <button type="button" onClick={onOpenOptions}>
              {tr('review.openOptions')}
            </button>
          </p>
        )}
        {error ? (
          <p className="review-error" role="alert">
            {error}
          </p>
        ) : null}
        {issued ? (
          <div className="review-issued" role="status">
            <p>{tr('approval.panel.issued')}</p>
            <textarea
              name="review-token"
              readOnly
              rows={3}
              value={issued.token}
              aria-label={tr('approval.panel.copy')}
              onFocus={(e) => e.target.select()}
            />
            <p>
              <button type="button" className="review-copy" onClick={() => onCopy(issued.token)}>
                {tr('approval.panel.copy')}
              </button>
            </p>
            {issued.qr ? <QrCode path={issued.qr} label={tr('approval.panel.qr')} /> : null}
            <p className="hint">{tr('review.selfNote')}</p>
          </div>
        ) : null}
      </section>
    </main>
  );
}
