import type { GuardStatus } from '../lib/page/guard-status';
import { withoutUnnamed, type Reminder } from '../lib/log/cadence';
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
  /** The settings page (the profile, filed accounts, rules). */
  onOpenSettings?(): void;
  /** Training: the practice page and the rule catalogue. */
  onOpenPractice?(): void;
  onOpenRules?(): void;
  /**
   * The active tab's site when it is a website outside the platform consoles: its origin
   * pattern, whether the user enabled it, and what went wrong last; null elsewhere.
   */
  site?: { pattern: string; enabled: boolean; error?: 'denied' | 'failed'; busy?: boolean } | null;
  onEnableSite?(): void;
  onDisableSite?(): void;
  /**
   * The accounts filed for the active tab's platform (Art. 15–17) and the one the editor publishes
   * as (null: not chosen); null where the guard is not active.
   */
  account?: { names: readonly string[]; chosen: string | null } | null;
  onChooseAccount?(name: string | null): void;
}

function AccountChoice({
  account,
  tr,
  onChoose,
}: {
  account: NonNullable<PopupViewProps['account']>;
  tr: ReturnType<typeof translator>;
  onChoose?(name: string | null): void;
}) {
  if (account.names.length === 0) return null;
  if (account.names.length === 1) return <p id="publishing-account">{tr('popup.account.only', { name: account.names[0] })}</p>;
  return (
    <div className="account-choice">
      <label>
        {tr('popup.account.label')}{' '}
        <select id="publishing-account" value={account.chosen ?? ''} onChange={(e) => onChoose?.(e.target.value || null)}>
          <option value="">{tr('popup.account.none')}</option>
          {account.names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {!account.chosen && <p className="hint">{tr('popup.account.hint')}</p>}
    </div>
  );
}

/** `https://example.gov.cn/*` → `example.gov.cn`, for display. */
const siteLabel = (pattern: string) => pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');

function SiteSection({
  site,
  status,
  tr,
  onEnable,
  onDisable,
}: {
  site: NonNullable<PopupViewProps['site']>;
  status: GuardStatus | null;
  tr: ReturnType<typeof translator>;
  onEnable?(): void;
  onDisable?(): void;
}) {
  const label = siteLabel(site.pattern);
  if (site.enabled) {
    return (
      <section id="site" data-site-state="enabled">
        <p>{tr('popup.site.enabled', { site: label })}</p>
        {onDisable && (
          <button type="button" id="site-disable" disabled={site.busy} onClick={onDisable}>
            {tr('popup.site.disable')}
          </button>
        )}
      </section>
    );
  }
  if (status?.active) return null;
  return (
    <section id="site" data-site-state={site.error ?? 'available'}>
      {onEnable && (
        <button type="button" id="site-enable" disabled={site.busy} onClick={onEnable}>
          {tr('popup.site.enable')}
        </button>
      )}
      <p className="site-hint">{tr('popup.site.enableHint', { site: label })}</p>
      {site.error && (
        <p className="reminder-warn" role="alert">
          {tr(`popup.site.${site.error}`)}
        </p>
      )}
    </section>
  );
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

export function PopupView({
  status,
  locale = 'zh',
  reminders = null,
  platforms = [],
  onOpenLog,
  onOpenSettings,
  onOpenPractice,
  onOpenRules,
  site = null,
  onEnableSite,
  onDisableSite,
  account = null,
  onChooseAccount,
}: PopupViewProps) {
  const tr = translator(locale);
  return (
    <main className="popup" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <header className="popup-header">
        <h1>{tr('popup.title')}</h1>
        {onOpenSettings && (
          <button type="button" id="open-settings" className="settings-link" onClick={onOpenSettings}>
            {tr('popup.openSettings')}
          </button>
        )}
      </header>
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
            {account && <AccountChoice account={account} tr={tr} onChoose={onChooseAccount} />}
          </div>
        ) : (
          <p id="tab-status" data-status="inactive">
            {status ? tr('status.inactive') : tr('popup.noGuard')}
          </p>
        )}
        {site && <SiteSection site={site} status={status} tr={tr} onEnable={onEnableSite} onDisable={onDisableSite} />}
      </section>
      <section aria-labelledby="reminders-title" id="reminders">
        <h2 id="reminders-title">{tr('popup.reminders')}</h2>
        {reminders &&
          (reminders.length ? (
            withoutUnnamed(reminders).map((r) => (
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
