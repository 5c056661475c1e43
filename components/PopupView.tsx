import type { GuardStatus } from '../lib/messaging/protocol';
import type { Reminder } from '../lib/log/cadence';
import { accountLabel, type PlatformName } from './dashboard/format';
import { translator, type Locale } from '../lib/i18n';
import { CATEGORIES } from '../lib/engine/rule';

export interface PopupViewProps {
  /** The guard's status in the active tab, or null where the guard does not run. */
  status: GuardStatus | null;
  locale?: Locale;
  /** Art. 22/23 reminders per account from the publication log; null while loading or unavailable. */
  reminders?: readonly Reminder[] | null;
  platforms?: readonly PlatformName[];
  onOpenLog?(): void;
  /** Training (issue 9): the practice page and the rule catalogue. */
  onOpenPractice?(): void;
  onOpenRules?(): void;
}

function ReminderLines({ r, tr }: { r: Reminder; tr: ReturnType<typeof translator> }) {
  const o = r.original;
  return (
    <ul>
      {r.notPostedToday && <li className="reminder-warn">{tr('popup.notPostedToday')}</li>}
      {o.daysSince === null ? (
        <li className="reminder-warn">{tr('popup.noOriginal')}</li>
      ) : (
        <li className={o.state === 'ok' ? undefined : 'reminder-warn'}>
          {tr('popup.daysSinceOriginal', { days: o.daysSince })}
          {tr('list.separator')}
          {o.daysLeft !== null && o.daysLeft >= 0 ? tr('popup.originalLeft', { days: o.daysLeft }) : tr('popup.originalOverdue')}
        </li>
      )}
    </ul>
  );
}

export function PopupView({ status, locale = 'zh', reminders = null, platforms = [], onOpenLog, onOpenPractice, onOpenRules }: PopupViewProps) {
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
      <section aria-labelledby="reminders-title" id="reminders">
        <h2 id="reminders-title">{tr('popup.reminders')}</h2>
        {reminders &&
          (reminders.length ? (
            reminders.map((r) => (
              <div key={`${r.platform}/${r.account}`} className="reminder" data-account={r.account}>
                <p className="reminder-account">{accountLabel(platforms, r.platform, r.account, locale)}</p>
                <ReminderLines r={r} tr={tr} />
              </div>
            ))
          ) : (
            <p>{tr('popup.noReminders')}</p>
          ))}
        {onOpenLog && (
          <button type="button" id="open-log" onClick={onOpenLog}>
            {tr('popup.openLog')}
          </button>
        )}
      </section>
      {(onOpenPractice || onOpenRules) && (
        <nav className="training" aria-label={tr('practice.title')}>
          {onOpenPractice && (
            <button type="button" id="open-practice" onClick={onOpenPractice}>
              {tr('popup.openPractice')}
            </button>
          )}
          {onOpenRules && (
            <button type="button" id="open-rules" onClick={onOpenRules}>
              {tr('popup.openRules')}
            </button>
          )}
        </nav>
      )}
      <footer>{tr('popup.privacy')}</footer>
    </main>
  );
}
