import type { GuardStatus } from '../lib/messaging/protocol';
import { translator, type Locale } from '../lib/i18n';
import { CATEGORIES } from '../lib/engine/rule';

export interface PopupViewProps {
  /** The guard's status in the active tab, or null where the guard does not run. */
  status: GuardStatus | null;
  locale?: Locale;
}

export function PopupView({ status, locale = 'zh' }: PopupViewProps) {
  const tr = translator(locale);
  return (
    <main className="popup" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{tr('popup.title')}</h1>
      <section aria-labelledby="current-tab">
        <h2 id="current-tab">{tr('popup.currentTab')}</h2>
        {status?.active ? (
          <div id="tab-status" className={`status status-${status.status}`} data-status={status.status}>
            <p className="status-line">{tr(`status.${status.status}`)}</p>
            <p>{tr('findings.count', { count: status.findings })}</p>
            <ul>
              {CATEGORIES.filter((c) => status.byCategory[c]).map((c) => (
                <li key={c}>{tr('popup.categoryCount', { category: tr(`category.${c}`), count: status.byCategory[c] })}</li>
              ))}
            </ul>
            <p>{tr('cli.text.required', { tier: tr(`tier.${status.requiredApproval}`) })}</p>
          </div>
        ) : (
          <p id="tab-status" data-status="inactive">{status ? tr('status.inactive') : tr('popup.noGuard')}</p>
        )}
      </section>
      <footer>{tr('popup.privacy')}</footer>
    </main>
  );
}
