import { translator, type Locale } from '../../lib/i18n';
import { accountKey, allAccountsCalendar, calendar, monthSummary, type AccountDays } from '../../lib/log/cadence';
import { addDays, hasHolidayData } from '../../lib/log/holidays';
import { accountLabel, monthLabel, type PlatformName } from './format';

/** The account choice that lays every account over one calendar. */
export const ALL_ACCOUNTS = '*';

export interface CadenceCalendarProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  accounts: readonly AccountDays[];
  /** Posts that name no account on platforms with several: counted in the all-accounts view only. */
  unnamed?: readonly AccountDays[];
  today: string;
  /** accountKey of the account shown, ALL_ACCOUNTS or null (all accounts). */
  account: string | null;
  /** YYYY-MM */
  month: string;
  onAccount(key: string): void;
  onMonth(month: string): void;
  /** Opens the settings where a year's holiday schedule is imported. */
  onOpenSettings?(): void;
}

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

interface Cell {
  day: string;
  kind: string;
  posts: number;
  missed: boolean;
  unrecorded: boolean;
  future: boolean;
  label: string;
  note?: string;
}

/** Art. 22: a month of daily posts for one account or all of them, holidays and missed working days marked. */
export function CadenceCalendar({
  locale,
  platforms,
  accounts,
  unnamed = [],
  today,
  account,
  month,
  onAccount,
  onMonth,
  onOpenSettings,
}: CadenceCalendarProps) {
  const tr = translator(locale);
  if (!accounts.length && !unnamed.length) return <p className="empty">{tr('cadence.noAccounts')}</p>;
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const one = account && account !== ALL_ACCOUNTS ? accounts.find((a) => accountKey(a) === account) : undefined;
  const kindOf = (kind: string) => tr(`cadence.kind.${kind}` as 'cadence.kind.workday');
  let cellsOfMonth: Cell[];
  let label: string;
  if (one) {
    label = accountLabel(platforms, one.platform, one.account, locale);
    cellsOfMonth = calendar(one, first, last, today).map((d) => ({
      ...d,
      label: d.missed
        ? tr('cadence.dayMissed', { day: d.day, kind: kindOf(d.kind) })
        : d.unrecorded
          ? tr('cadence.dayUnrecorded', { day: d.day, kind: kindOf(d.kind) })
          : tr('cadence.day', { day: d.day, kind: kindOf(d.kind), posts: d.posts, originals: d.originals }),
    }));
  } else {
    label = tr('cadence.allAccounts', { count: accounts.length });
    cellsOfMonth = allAccountsCalendar(accounts, first, last, today, unnamed).map((d) => ({
      ...d,
      label: tr('cadence.dayAll', {
        day: d.day,
        kind: kindOf(d.kind),
        posts: d.posts,
        posted: d.posted,
        accounts: d.accounts,
        missed: d.missedBy,
      }),
      note: d.missed ? `${d.missedBy}/${d.accounts}` : undefined,
    }));
  }
  // Weeks start on Monday, as Chinese calendars do.
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (Cell | null)[] = [...Array<null>(lead).fill(null), ...cellsOfMonth];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const missed = cellsOfMonth.filter((d) => d.missed).length;
  const unrecorded = cellsOfMonth.filter((d) => d.unrecorded).length;
  const pastWorkdays = cellsOfMonth.some((d) => d.day < today && (d.kind === 'workday' || d.kind === 'adjusted-workday'));
  const summary = monthSummary(accounts, first, last, today);
  const year = month.slice(0, 4);
  const verdict = missed
    ? { className: 'warn', text: tr('cadence.missed', { count: missed }) }
    : unrecorded
      ? { className: 'warn', text: tr('cadence.unrecorded', { count: unrecorded }) }
      : pastWorkdays
        ? { className: 'ok', text: tr('cadence.noneMissed') }
        : { className: 'hint', text: tr('cadence.noneYet') };
  return (
    <section className="cadence" aria-labelledby="cadence-caption">
      <div className="toolbar">
        <label>
          {tr('cadence.account')}
          <select value={one ? accountKey(one) : ALL_ACCOUNTS} onChange={(e) => onAccount(e.target.value)} id="cadence-account">
            <option value={ALL_ACCOUNTS}>{tr('cadence.allAccounts', { count: accounts.length })}</option>
            {accounts.map((a) => (
              <option key={accountKey(a)} value={accountKey(a)}>
                {accountLabel(platforms, a.platform, a.account, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onMonth(shiftMonth(month, -1))}>
          {tr('cadence.prev')}
        </button>
        <label>
          {tr('cadence.month')}
          <input type="month" value={month} onChange={(e) => e.target.value && onMonth(e.target.value)} />
        </label>
        <button type="button" onClick={() => onMonth(shiftMonth(month, 1))}>
          {tr('cadence.next')}
        </button>
      </div>
      <h2 className="month-heading" id="cadence-month">
        {monthLabel(month, locale)}
      </h2>
      {!hasHolidayData(first) && (
        <div className="notice warn" role="note" id="cadence-no-holidays">
          <p>{tr('cadence.noHolidayData', { year })}</p>
          {onOpenSettings && (
            <button type="button" className="link" onClick={onOpenSettings}>
              {tr('cadence.importHolidays')}
            </button>
          )}
        </div>
      )}
      <table
        className="calendar"
        id="cadence-calendar"
        data-missed={missed}
        data-unrecorded={unrecorded}
        data-view={one ? 'account' : 'all'}
      >
        <caption id="cadence-caption">{tr('cadence.caption', { account: label, month: monthLabel(month, locale) })}</caption>
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <th scope="col" key={d}>
                {tr(`cadence.weekday.${d}` as 'cadence.weekday.0')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((d, j) =>
                d ? (
                  <td
                    key={d.day}
                    data-day={d.day}
                    data-kind={d.kind}
                    className={`day kind-${d.kind}${d.posts ? ' posted' : ''}${d.missed ? ' missed' : ''}${d.unrecorded ? ' unrecorded' : ''}${d.future ? ' future' : ''}${d.day === today ? ' today' : ''}`}
                    aria-label={d.label}
                  >
                    <span className="date">{Number(d.day.slice(8))}</span>
                    {d.posts > 0 && <span className="count">{d.posts}</span>}
                    {d.note && <span className="note">{d.note}</span>}
                  </td>
                ) : (
                  <td key={`blank-${j}`} className="blank" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={verdict.className} id="cadence-verdict">
        {verdict.text}
      </p>
      <ul className="legend">
        <li className="posted">{tr('cadence.legend.posted')}</li>
        <li className="missed">{tr('cadence.legend.missed')}</li>
        <li className="unrecorded">{tr('cadence.legend.unrecorded')}</li>
        <li className="kind-holiday">{tr('cadence.legend.rest')}</li>
        <li className="kind-adjusted-workday">{tr('cadence.legend.adjusted')}</li>
      </ul>
      <table className="summary" id="cadence-summary">
        <caption>{tr('cadence.summary.caption', { month: monthLabel(month, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('cadence.account')}</th>
            <th scope="col">{tr('cadence.summary.posts')}</th>
            <th scope="col">{tr('cadence.summary.originals')}</th>
            <th scope="col">{tr('cadence.summary.missed')}</th>
            <th scope="col">{tr('cadence.summary.unrecorded')}</th>
            <th scope="col">{tr('cadence.summary.lastPost')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={accountKey(s)} data-account={accountKey(s)}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onAccount(accountKey(s))}>
                  {accountLabel(platforms, s.platform, s.account, locale)}
                </button>
              </th>
              <td>{s.posts}</td>
              <td>{s.originals}</td>
              <td className={s.missed ? 'warn' : undefined}>{s.missed}</td>
              <td>{s.unrecorded}</td>
              <td>{s.lastPost ?? tr('cadence.summary.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unnamed.length > 0 && <p className="hint">{tr('cadence.unnamed', { count: unnamed.reduce((n, a) => n + a.posts, 0) })}</p>}
    </section>
  );
}
