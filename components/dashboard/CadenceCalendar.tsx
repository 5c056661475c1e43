import { translator, type Locale } from '../../lib/i18n';
import { accountKey, calendar, type AccountDays } from '../../lib/log/cadence';
import { addDays, hasHolidayData } from '../../lib/log/holidays';
import { accountLabel, type PlatformName } from './format';

export interface CadenceCalendarProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  accounts: readonly AccountDays[];
  today: string;
  /** accountKey of the account shown. */
  account: string | null;
  /** YYYY-MM */
  month: string;
  onAccount(key: string): void;
  onMonth(month: string): void;
}

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** Art. 22: a month of daily posts for one account, holidays and missed working days marked. */
export function CadenceCalendar({ locale, platforms, accounts, today, account, month, onAccount, onMonth }: CadenceCalendarProps) {
  const tr = translator(locale);
  if (!accounts.length) return <p className="empty">{tr('cadence.noAccounts')}</p>;
  const acc = accounts.find((a) => accountKey(a) === account) ?? accounts[0];
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const days = calendar(acc, first, last, today);
  // Weeks start on Monday, as Chinese calendars do.
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (typeof days[number] | null)[] = [...Array(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const missed = days.filter((d) => d.missed).length;
  const label = accountLabel(platforms, acc.platform, acc.account, locale);
  return (
    <section className="cadence" aria-labelledby="cadence-caption">
      <div className="toolbar">
        <label>
          {tr('cadence.account')}
          <select value={accountKey(acc)} onChange={(e) => onAccount(e.target.value)}>
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
      <table className="calendar" id="cadence-calendar" data-missed={missed}>
        <caption id="cadence-caption">{tr('cadence.caption', { account: label, month })}</caption>
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
                    className={`day kind-${d.kind}${d.posts ? ' posted' : ''}${d.missed ? ' missed' : ''}${d.future ? ' future' : ''}${d.day === today ? ' today' : ''}`}
                    aria-label={
                      d.missed
                        ? tr('cadence.dayMissed', { day: d.day, kind: tr(`cadence.kind.${d.kind}`) })
                        : tr('cadence.day', { day: d.day, kind: tr(`cadence.kind.${d.kind}`), posts: d.posts, originals: d.originals })
                    }
                  >
                    <span className="date">{Number(d.day.slice(8))}</span>
                    {d.posts > 0 && <span className="count">{d.posts}</span>}
                  </td>
                ) : (
                  <td key={`blank-${j}`} className="blank" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={missed ? 'warn' : 'ok'}>{missed ? tr('cadence.missed', { count: missed }) : tr('cadence.noneMissed')}</p>
      {!hasHolidayData(first) && <p className="hint">{tr('cadence.noHolidayData', { year: month.slice(0, 4) })}</p>}
      <ul className="legend">
        <li className="posted">{tr('cadence.legend.posted')}</li>
        <li className="missed">{tr('cadence.legend.missed')}</li>
        <li className="kind-holiday">{tr('cadence.legend.rest')}</li>
        <li className="kind-adjusted-workday">{tr('cadence.legend.adjusted')}</li>
      </ul>
    </section>
  );
}
