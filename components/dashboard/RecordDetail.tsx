import { useEffect, useRef } from 'react';
import { translator, type Locale } from '../../lib/i18n';
import type { PublicationRecord } from '../../lib/log/record';
import { maskedForPeople } from '../../lib/log/mask';
import { accountLabel, beijingMinute, ruleLabel, ruleLabels, titleLabel, type PlatformName } from './format';

export interface RecordDetailProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  record: PublicationRecord;
  onClose(): void;
}

/** One record in full, as a modal dialog (Esc and the close button return to the list). */
export function RecordDetail({ locale, platforms, record: r, onClose }: RecordDetailProps) {
  const tr = translator(locale);
  const close = useRef<HTMLButtonElement>(null);
  const kept = maskedForPeople(r);
  useEffect(() => close.current?.focus(), [r.id]);
  return (
    <div className="backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <section role="dialog" aria-modal="true" aria-labelledby="detail-title" className="detail" id="record-detail" data-id={r.id}>
        <header>
          <h2 id="detail-title">{titleLabel(kept.title, locale)}</h2>
          <button type="button" ref={close} onClick={onClose}>
            {tr('dashboard.detail.close')}
          </button>
        </header>
        <dl>
          <dt>{tr('dashboard.col.time')}</dt>
          <dd>{beijingMinute(r.time)}</dd>
          <dt>{tr('dashboard.col.account')}</dt>
          <dd>{accountLabel(platforms, r.platform, r.account, locale)}</dd>
          <dt>{tr('dashboard.detail.url')}</dt>
          <dd className="mono">{r.url}</dd>
          <dt>{tr('dashboard.col.origin')}</dt>
          <dd>{tr(`log.origin.${r.origin}`)}</dd>
          {r.source && (
            <>
              <dt>{tr('dashboard.detail.source')}</dt>
              <dd>{r.source}</dd>
            </>
          )}
          <dt>{tr('dashboard.detail.requiredApproval')}</dt>
          <dd>{tr(`tier.${r.requiredApproval}`)}</dd>
          <dt>{tr('dashboard.detail.approval')}</dt>
          <dd>
            {r.approval?.reviewer
              ? tr('dashboard.detail.reviewer', { status: tr(`log.approval.${r.approvalStatus}`), reviewer: r.approval.reviewer })
              : tr(`log.approval.${r.approvalStatus}`)}
          </dd>
          {r.approval?.coverage && (
            <>
              {/* What covered the sign-off the post needed (Art. 21): a supervisor reads it beside the tier above. */}
              <dt>{tr('dashboard.detail.coverage')}</dt>
              <dd data-coverage={r.approval.coverage}>
                {r.approval.coverage === 'declared'
                  ? tr('dashboard.coverage.declared', {
                      name: r.approval.declaredName ?? '',
                      role: r.approval.declaredRole ? tr(`approval.title.${r.approval.declaredRole}`) : '',
                      at: r.approval.declaredAt ? beijingMinute(r.approval.declaredAt) : '',
                    })
                  : tr(`dashboard.coverage.${r.approval.coverage}`)}
              </dd>
            </>
          )}
          <dt>{tr('dashboard.col.outcome')}</dt>
          <dd>{tr(`log.outcome.${r.outcome}`)}</dd>
          <dt>{tr('dashboard.detail.findings')}</dt>
          <dd>
            {r.findings.length ? (
              <ul>
                {r.findings.map((f, i) => (
                  <li key={i}>
                    {tr('dashboard.detail.finding', {
                      category: tr(`category.${f.category}`),
                      rule: ruleLabel(f.ruleId, locale),
                      severity: tr(`severity.${f.severity}`),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              tr('dashboard.detail.noFindings')
            )}
          </dd>
          {r.overrides.length > 0 && (
            <>
              <dt>{tr('dashboard.detail.overrides')}</dt>
              <dd>
                <ul>
                  {r.overrides.map((o, i) => (
                    <li key={i}>
                      <span>{ruleLabels(o.ruleIds, locale)}</span>
                      <blockquote>{o.reason}</blockquote>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{tr('dashboard.detail.snapshot')}</dt>
          <dd>
            {kept.text === null ? (
              tr('dashboard.detail.snapshotNone')
            ) : (
              <>
                {r.snapshot.mode === 'excerpt' && <p className="hint">{tr('dashboard.detail.snapshotExcerpt')}</p>}
                <p className="hint">
                  {tr(r.snapshot.mode === 'unmasked' ? 'dashboard.detail.snapshotUnmasked' : 'dashboard.detail.snapshotMasked')}
                </p>
                <pre className="snapshot">{kept.text}</pre>
              </>
            )}
          </dd>
          <dt>{tr('dashboard.detail.contentHash')}</dt>
          <dd className="mono">{r.contentHash}</dd>
          <dt>{tr('dashboard.detail.chain')}</dt>
          <dd>
            {tr('dashboard.detail.chainLine', { device: r.deviceId.slice(0, 8), seq: r.seq })}
            {r.migratedFrom && <p className="hint">{tr('dashboard.detail.migrated')}</p>}
          </dd>
          <dt>{tr('dashboard.detail.prevHash')}</dt>
          <dd className="mono">{r.prevHash}</dd>
          <dt>{tr('dashboard.detail.hash')}</dt>
          <dd className="mono">{r.hash}</dd>
        </dl>
      </section>
    </div>
  );
}
