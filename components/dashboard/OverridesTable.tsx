import { translator, type Locale } from '../../lib/i18n';
import type { OverrideRow } from '../../lib/log/query';
import { accountLabel, beijingMinute, ruleLabels, titleLabel, type PlatformName } from './format';

export interface OverridesTableProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  overrides: readonly OverrideRow[];
  total: number;
  onOpen(id: string): void;
}

export function OverridesTable({ locale, platforms, overrides, total, onOpen }: OverridesTableProps) {
  const tr = translator(locale);
  if (!overrides.length) return <p className="empty">{tr('overrides.none')}</p>;
  return (
    <>
      <table className="overrides" id="overrides-table">
        <caption>{tr('overrides.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('overrides.col.time')}</th>
            <th scope="col">{tr('overrides.col.account')}</th>
            <th scope="col">{tr('overrides.col.title')}</th>
            <th scope="col">{tr('overrides.col.rules')}</th>
            <th scope="col">{tr('overrides.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {overrides.map((o, i) => (
            <tr key={`${o.id}-${i}`}>
              <td>{beijingMinute(o.time)}</td>
              <td>{accountLabel(platforms, o.platform, o.account, locale)}</td>
              <td>
                <button type="button" className="link" onClick={() => onOpen(o.id)}>
                  {titleLabel(o.title, locale)}
                </button>
              </td>
              <td>{ruleLabels(o.ruleIds, locale)}</td>
              <td>{o.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > overrides.length && <p className="hint">{tr('overrides.more', { shown: overrides.length, total })}</p>}
    </>
  );
}
