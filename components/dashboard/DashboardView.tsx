import { translator, type Locale } from '../../lib/i18n';
import { foldUnnamed, type AccountDays } from '../../lib/log/cadence';
import type { LogFilter, LogRow, LogStats } from '../../lib/log/query';
import type { PublicationRecord } from '../../lib/log/record';
import { CadenceCalendar } from './CadenceCalendar';
import { ChainPanel, type ExportState, type ImportState, type VerifyState } from './ChainPanel';
import type { QuarantinedChain } from '../../lib/log/messages';
import { FilterBar } from './FilterBar';
import { FindingsChart } from './FindingsChart';
import { LogList } from './LogList';
import { OriginalsTable } from './OriginalsTable';
import { OverridesTable } from './OverridesTable';
import { RecordDetail } from './RecordDetail';
import type { PlatformName } from './format';

export const TABS = ['list', 'cadence', 'originals', 'findings', 'overrides', 'chain'] as const;
export type Tab = (typeof TABS)[number];

export interface DashboardViewProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  tab: Tab;
  onTab(tab: Tab): void;
  filter: LogFilter;
  onFilter(filter: LogFilter): void;
  total: number | null;
  /** The list shows the newest rows while the records are counted. */
  counting?: boolean;
  rowAt(index: number): LogRow | undefined;
  onRange(start: number, end: number): void;
  selected: PublicationRecord | null;
  onOpen(id: string): void;
  onClose(): void;
  /** null while loading (the list does not wait for it). */
  stats: LogStats | null;
  today: string;
  calendar: { account: string | null; month: string };
  onCalendar(next: { account: string | null; month: string }): void;
  verify: VerifyState;
  exporting: ExportState;
  importing: ImportState;
  quarantined?: readonly QuarantinedChain[];
  onVerify(): void;
  onExport(format: 'csv' | 'jsonl'): void;
  onImport(files: File[]): void;
  listHeight?: number;
  /** Opens the settings (a year's holiday schedule is imported there). */
  onOpenSettings?(): void;
}

const NO_ACCOUNTS: AccountDays[] = [];

export function DashboardView(p: DashboardViewProps) {
  const tr = translator(p.locale);
  const accounts = p.stats?.accounts ?? NO_ACCOUNTS;
  // Records made before an account was named are not a pseudo-account of their own.
  const folded = foldUnnamed(accounts);
  const present = {
    platforms: p.stats?.platforms ?? [],
    accounts: [...new Set(accounts.map((a) => a.account))].sort((a, b) => a.localeCompare(b, 'zh')),
  };
  const loading = (
    <p className="loading" role="status">
      {tr('dashboard.loading')}
    </p>
  );
  return (
    <div className="dashboard" lang={p.locale === 'zh' ? 'zh-CN' : 'en'}>
      <header className="page-header">
        <h1>{tr('dashboard.title')}</h1>
        <p className="hint">{tr('dashboard.subtitle')}</p>
      </header>
      <div role="tablist" aria-label={tr('dashboard.tabs')} className="tabs">
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={p.tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={p.tab === t ? 0 : -1}
            onClick={() => p.onTab(t)}
            onKeyDown={(e) => {
              const i = TABS.indexOf(t);
              if (e.key === 'ArrowRight') p.onTab(TABS[(i + 1) % TABS.length]);
              if (e.key === 'ArrowLeft') p.onTab(TABS[(i + TABS.length - 1) % TABS.length]);
            }}
          >
            {tr(`dashboard.tab.${t}`)}
          </button>
        ))}
      </div>
      <main role="tabpanel" id={`panel-${p.tab}`} aria-labelledby={`tab-${p.tab}`} className="panel">
        {p.tab === 'list' && (
          <>
            <FilterBar locale={p.locale} platforms={p.platforms} present={present} filter={p.filter} onFilter={p.onFilter} />
            {p.total !== null && (
              <p className="count" id="log-count" role="status">
                {p.counting
                  ? tr('dashboard.counting')
                  : tr('dashboard.count', { count: p.total.toLocaleString(p.locale === 'zh' ? 'zh-CN' : 'en-US') })}
              </p>
            )}
            <LogList
              locale={p.locale}
              platforms={p.platforms}
              total={p.total}
              rowAt={p.rowAt}
              onRange={p.onRange}
              onOpen={p.onOpen}
              initialHeight={p.listHeight}
            />
          </>
        )}
        {p.tab === 'cadence' &&
          (p.stats ? (
            <CadenceCalendar
              locale={p.locale}
              platforms={p.platforms}
              accounts={folded.accounts}
              unnamed={folded.unnamed}
              onOpenSettings={p.onOpenSettings}
              today={p.today}
              account={p.calendar.account}
              month={p.calendar.month}
              onAccount={(account) => p.onCalendar({ ...p.calendar, account })}
              onMonth={(month) => p.onCalendar({ ...p.calendar, month })}
            />
          ) : (
            loading
          ))}
        {p.tab === 'originals' &&
          (p.stats ? <OriginalsTable locale={p.locale} platforms={p.platforms} accounts={folded.accounts} today={p.today} /> : loading)}
        {p.tab === 'findings' && (p.stats ? <FindingsChart locale={p.locale} months={p.stats.categoriesByMonth} /> : loading)}
        {p.tab === 'overrides' &&
          (p.stats ? (
            <OverridesTable
              locale={p.locale}
              platforms={p.platforms}
              overrides={p.stats.overrides}
              total={p.stats.overridesTotal}
              onOpen={p.onOpen}
            />
          ) : (
            loading
          ))}
        {p.tab === 'chain' && (
          <ChainPanel
            locale={p.locale}
            verify={p.verify}
            exporting={p.exporting}
            importing={p.importing}
            quarantined={p.quarantined}
            onVerify={p.onVerify}
            onExport={p.onExport}
            onImport={p.onImport}
            onOpen={p.onOpen}
          />
        )}
      </main>
      {p.selected && <RecordDetail locale={p.locale} platforms={p.platforms} record={p.selected} onClose={p.onClose} />}
    </div>
  );
}
