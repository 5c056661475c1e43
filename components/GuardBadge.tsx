import { useState } from 'react';
import type { Finding, Tier } from '../lib/engine/rule';
import { articleLabel } from '../lib/engine/rule';
import { translator, type Locale } from '../lib/i18n';

export interface GuardBadgeProps {
  status: 'ok' | 'warn' | 'block';
  findings: readonly Finding[];
  requiredApproval: Tier;
  locale?: Locale;
}

/** The compact floating badge: status and count; click to list the findings with their articles. */
export function GuardBadge({ status, findings, requiredApproval, locale = 'zh' }: GuardBadgeProps) {
  const tr = translator(locale);
  const [open, setOpen] = useState(false);
  const visible = findings.filter((f) => f.severity !== 'info');
  return (
    <div className={`gpg-badge gpg-${status}`} lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <button type="button" className="gpg-summary" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="gpg-dot" aria-hidden="true" />
        <span className="gpg-name">{tr('app.name')}</span>
        <span className="gpg-status">{visible.length ? tr('findings.count', { count: visible.length }) : tr('status.ok')}</span>
      </button>
      {open && (
        <div className="gpg-list" role="region" aria-label={tr(`status.${status}`)}>
          <p className="gpg-tier">{tr('cli.text.required', { tier: tr(`tier.${requiredApproval}`) })}</p>
          <ul>
            {findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.start}-${i}`} className={`gpg-finding gpg-${f.severity}`}>
                <span className="gpg-sev">{tr(`severity.${f.severity}`)}</span> {f.message}
                <span className="gpg-basis"> {f.basis.map((b) => articleLabel(b.article)).join('、')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
