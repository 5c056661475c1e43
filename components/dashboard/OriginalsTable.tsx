import { translator, type Locale } from '../../lib/i18n';
import { accountKey, originalWindow, type AccountDays } from '../../lib/log/cadence';
import { accountLabel, type PlatformName } from './format';

export interface OriginalsTableProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  accounts: readonly AccountDays[];
  today: string;
}

/** Art. 23: originals in the rolling 14 days per account, and the days left before the window closes. */
export function OriginalsTable({ locale, platforms, accounts, today }: OriginalsTableProps) {
  const tr = translator(locale);
  if (!accounts.length) return <p className="empty">{tr('cadence.noAccounts')}</p>;
  return (
    <table className="originals" id="originals-table">
      <caption>{tr('originals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('originals.col.account')}</th>
          <th scope="col">{tr('originals.col.inWindow')}</th>
          <th scope="col">{tr('originals.col.last')}</th>
          <th scope="col">{tr('originals.col.since')}</th>
          <th scope="col">{tr('originals.col.left')}</th>
          <th scope="col">{tr('originals.col.lastPost')}</th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((a) => {
          const w = originalWindow(a, today);
          return (
            <tr key={accountKey(a)} data-state={w.state}>
              <th scope="row">{accountLabel(platforms, a.platform, a.account, locale)}</th>
              <td>{w.inWindow}</td>
              <td>{a.lastOriginal ?? tr('originals.none')}</td>
              <td>{w.daysSince === null ? '' : tr('originals.days', { days: w.daysSince })}</td>
              <td className={`state-${w.state}`}>
                {w.daysLeft === null
                  ? tr('originals.state.none')
                  : w.daysLeft < 0
                    ? tr('originals.overdue', { days: -w.daysLeft })
                    : tr('originals.left', { days: w.daysLeft })}
                <span className="badge">{tr(`originals.state.${w.state}`)}</span>
              </td>
              <td>{a.lastPost ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
