import { APPROVAL_STATUSES } from '../../lib/approval/status';
import { CATEGORIES } from '../../lib/engine/rule';
import { translator, type Locale } from '../../lib/i18n';
import type { LogFilter } from '../../lib/log/query';
import { platformLabel, type PlatformName } from './format';

export interface FilterBarProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  /** Platforms and account names that occur in the log. */
  present: { platforms: readonly string[]; accounts: readonly string[] };
  filter: LogFilter;
  onFilter(next: LogFilter): void;
}

const ANY = '';

export function FilterBar({ locale, platforms, present, filter, onFilter }: FilterBarProps) {
  const tr = translator(locale);
  const set = <K extends keyof LogFilter>(key: K, value: LogFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onFilter(next);
  };
  return (
    <form className="filters" role="search" aria-label={tr('dashboard.filter.legend')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {tr('dashboard.filter.from')}
        <input type="date" name="from" value={filter.from ?? ''} onChange={(e) => set('from', e.target.value || undefined)} />
      </label>
      <label>
        {tr('dashboard.filter.to')}
        <input type="date" name="to" value={filter.to ?? ''} onChange={(e) => set('to', e.target.value || undefined)} />
      </label>
      <label>
        {tr('dashboard.filter.platform')}
        <select name="platform" value={filter.platform ?? ANY} onChange={(e) => set('platform', e.target.value || undefined)}>
          <option value={ANY}>{tr('dashboard.filter.any')}</option>
          {present.platforms.map((p) => (
            <option key={p} value={p}>
              {platformLabel(platforms, p, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('dashboard.filter.account')}
        <select
          name="account"
          value={filter.account ?? ANY}
          onChange={(e) => set('account', e.target.value === ANY ? undefined : e.target.value.slice(1))}
        >
          <option value={ANY}>{tr('dashboard.filter.any')}</option>
          {/* A leading marker keeps the unnamed account ('') apart from "any". */}
          {present.accounts.map((a) => (
            <option key={a} value={`=${a}`}>
              {a || tr('dashboard.noAccount')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('dashboard.filter.category')}
        <select
          name="category"
          value={filter.category ?? ANY}
          onChange={(e) => set('category', (e.target.value || undefined) as LogFilter['category'])}
        >
          <option value={ANY}>{tr('dashboard.filter.any')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {tr(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('dashboard.filter.overridden')}
        <select
          name="overridden"
          value={filter.overridden === undefined ? ANY : String(filter.overridden)}
          onChange={(e) => set('overridden', e.target.value === ANY ? undefined : e.target.value === 'true')}
        >
          <option value={ANY}>{tr('dashboard.filter.any')}</option>
          <option value="true">{tr('dashboard.filter.yes')}</option>
          <option value="false">{tr('dashboard.filter.no')}</option>
        </select>
      </label>
      <label>
        {tr('dashboard.filter.approval')}
        <select
          name="approval"
          value={filter.approvalStatus ?? ANY}
          onChange={(e) => set('approvalStatus', (e.target.value || undefined) as LogFilter['approvalStatus'])}
        >
          <option value={ANY}>{tr('dashboard.filter.any')}</option>
          {APPROVAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tr(`log.approval.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          name="major-unverified"
          checked={filter.majorUnverified === true}
          onChange={(e) => set('majorUnverified', e.target.checked || undefined)}
        />
        {tr('dashboard.filter.majorUnverified')}
      </label>
      <button type="button" onClick={() => onFilter({})} disabled={!Object.keys(filter).length}>
        {tr('dashboard.filter.reset')}
      </button>
    </form>
  );
}
