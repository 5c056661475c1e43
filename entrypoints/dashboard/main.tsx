import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import ReactDOM from 'react-dom/client';

/** chrome.storage.local key of the settings (WXT's `local:settings`, lib/settings/storage.ts). */
const SETTINGS_KEY = 'settings';
import { DashboardView, TABS, type Tab } from '@/components/dashboard/DashboardView';
import type { ExportState, ImportState, VerifyState } from '@/components/dashboard/ChainPanel';
import { PLATFORMS } from '@/lib/adapters/platforms';
import { t, type Locale } from '@/lib/i18n';
import type { LogFilter, LogRow, LogStats } from '@/lib/log/query';
import { chinaDay, type PublicationRecord } from '@/lib/log/record';
import { createLogSource } from '@/lib/log/source';
import { toJsonl } from '@/lib/log/transfer';
import type { QuarantinedChain } from '@/lib/log/db';
import { applyHolidaySchedules } from '@/lib/log/holidays';
import { exportHeaderFor, exportHeaderLine } from '@/lib/log/stream';
import { UI_LOCALES } from '@/lib/settings/schema';
import { z } from 'zod';
import { browser } from '#imports';
import './style.css';

const PAGE = 100;
// The page reads the log itself where it can, and verifies and exports in workers started ahead
// while the chain tab shows; where the last scan ran is for tests and the benchmark.
const log = createLogSource({
  startWorker: () => new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module' }),
  onScan: (where) => {
    document.documentElement.dataset.scanRanIn = where;
  },
  pageSize: PAGE,
});

// The first page is asked for before React and settings load: first paint is what users wait for.
let prefetched: ReturnType<typeof log.firstPage> | null = log.firstPage({});

const tabFromHash = (): Tab => {
  const h = location.hash.slice(1) as Tab;
  return TABS.includes(h) ? h : 'list';
};

function download(parts: BlobPart[], type: string, name: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `holidays` changes when an administrator's holiday schedules are applied, so the calendar redraws. */
function DashboardPage({ locale }: { locale: Locale; holidays: number }) {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [filter, setFilter] = useState<LogFilter>({});
  /** Rows the list holds: the exact count, or the rows loaded so far while counting. */
  const [count, setCount] = useState<{ n: number; exact: boolean } | null>(null);
  const total = count?.n ?? null;
  const [stats, setStats] = useState<LogStats | null>(null);
  const [selected, setSelected] = useState<PublicationRecord | null>(null);
  const [calendar, setCalendar] = useState({ account: null as string | null, month: chinaDay(new Date()).slice(0, 7) });
  const [verify, setVerify] = useState<VerifyState>({ state: 'idle' });
  const [exporting, setExporting] = useState<ExportState>({ state: 'idle' });
  const [importing, setImporting] = useState<ImportState>({ state: 'idle' });
  const [quarantined, setQuarantined] = useState<QuarantinedChain[]>([]);
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  const pages = useRef(new Map<number, LogRow[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const painted = useRef(false);

  const loadPage = useCallback(
    async (page: number) => {
      const gen = generation.current;
      pending.current.add(page);
      try {
        const first = page === 0 && !Object.keys(filter).length ? prefetched : null;
        prefetched = null;
        const reply = await (first ?? (page === 0 ? log.firstPage(filter) : log.query(filter, page * PAGE, PAGE)));
        if (gen !== generation.current) return;
        pages.current.set(page, reply.rows);
        const exact = reply.total;
        // An uncounted first page keeps the size the list had (so a reload does not jump the scroll).
        setCount((c) =>
          exact !== null
            ? { n: exact, exact: true }
            : c
              ? { ...c, n: Math.max(c.n, reply.rows.length) }
              : { n: reply.rows.length, exact: false },
        );
        repaint();
      } finally {
        pending.current.delete(page);
      }
    },
    [filter],
  );

  const loadQuarantined = useCallback(() => {
    log.quarantined().then(setQuarantined, () => setQuarantined([]));
  }, []);
  useEffect(() => {
    if (tab === 'chain') loadQuarantined();
  }, [tab, loadQuarantined]);

  const loadStats = useCallback(() => {
    log.stats().then(setStats, () => setStats(null));
  }, []);

  const reload = useCallback(() => {
    generation.current++;
    pages.current.clear();
    pending.current.clear();
    // The log may have changed (an import, another tab's publication): count it again.
    setCount((c) => c && { ...c, exact: false });
    void loadPage(0);
  }, [loadPage]);

  useEffect(() => {
    setCount(null);
    reload();
  }, [reload]);

  // The list paints first; the full scan for the calendar, charts and filter choices follows,
  // and only for the views that show them (verifying or exporting does not compete with it).
  useEffect(() => {
    if (total === null || painted.current) return;
    painted.current = true;
    requestAnimationFrame(() => {
      document.documentElement.dataset.listPaintedAt = String(performance.now());
    });
  }, [total]);
  // Once painted, the second page (and with it the count and the key list scrolling needs) loads while idle.
  useEffect(() => {
    if (!count || (count.exact && count.n <= PAGE)) return;
    const idle = requestIdleCallback(() => onRange(PAGE, PAGE + 1), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scheduled when the count first arrives or its exactness changes, not again for every new total
  }, [count === null, count?.exact, loadPage]);
  const wantsStats = tab !== 'chain';
  // Ready for the next verify or export whenever the chain tab shows and nothing is running.
  const scanning = verify.state === 'running' || exporting.state === 'running';
  useEffect(() => {
    if (!scanning) log.warmUp(tab === 'chain');
  }, [tab, scanning]);
  const totalKnown = total !== null;
  useEffect(() => {
    if (wantsStats && totalKnown && !stats) loadStats();
  }, [wantsStats, totalKnown, stats, loadStats]);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        log.refresh();
        reload();
        setStats(null);
      }
    };
    window.addEventListener('hashchange', onHash);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, loadStats]);

  const onRange = (start: number, end: number) => {
    for (let page = Math.floor(start / PAGE); page <= Math.floor((end - 1) / PAGE); page++) {
      if (!pages.current.has(page) && !pending.current.has(page)) void loadPage(page);
    }
  };

  const onExport = async (format: 'csv' | 'jsonl') => {
    const all = stats?.total ?? (count?.exact ? count.n : 0);
    setExporting({ state: 'running', done: 0, total: all });
    try {
      const {
        parts,
        count: done,
        heads,
      } = await log.export(format, locale, (d) => setExporting({ state: 'running', done: d, total: Math.max(all, d) }));
      if (format === 'jsonl') {
        // The unit and its accounts' place in the hierarchy lead the file, for the supervising unit.
        const { loadSettings } = await import('@/lib/settings/storage');
        parts.unshift(exportHeaderLine(exportHeaderFor((await loadSettings()).settings, new Date())));
        parts.push(toJsonl([], heads));
      }
      const stamp = chinaDay(new Date()).replaceAll('-', '');
      download(parts, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson', `govpost-log-${stamp}.${format}`);
      setExporting({ state: 'done', count: done });
    } catch (e) {
      setExporting({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const onImport = async (files: File[]) => {
    setImporting({ state: 'running', files: files.length });
    // Progress after each chunk read; the chunks of both passes counted for the report.
    let chunks = 0;
    let passChunks = 0;
    const done = await log.import(files, (progress) => {
      if (progress.chunks < passChunks) chunks += passChunks;
      passChunks = progress.chunks;
      setImporting({ state: 'running', files: files.length, progress });
    });
    chunks += passChunks;
    setImporting(
      done.ok
        ? { state: 'done', result: done.result, problems: done.problems, report: done.report, chunks }
        : { state: 'error', message: done.message, added: done.added },
    );
    log.refresh();
    reload();
    setStats(null);
    loadQuarantined();
  };

  return (
    <DashboardView
      locale={locale}
      platforms={PLATFORMS}
      tab={tab}
      onTab={(next) => {
        history.replaceState(null, '', `#${next}`);
        setTab(next);
        document.getElementById(`tab-${next}`)?.focus();
      }}
      filter={filter}
      onFilter={setFilter}
      total={total}
      counting={count?.exact === false}
      rowAt={(i) => pages.current.get(Math.floor(i / PAGE))?.[i % PAGE]}
      onRange={onRange}
      selected={selected}
      onOpen={(id) => void log.get(id).then(setSelected)}
      onClose={() => setSelected(null)}
      stats={stats}
      today={stats?.today ?? chinaDay(new Date())}
      calendar={calendar}
      onCalendar={setCalendar}
      verify={verify}
      exporting={exporting}
      importing={importing}
      quarantined={quarantined}
      onVerify={() => {
        setVerify({ state: 'running' });
        log.verify().then(
          (report) => setVerify({ state: 'done', report }),
          (e: unknown) => setVerify({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
        );
      }}
      onExport={(f) => void onExport(f)}
      onImport={(files) => void onImport(files)}
      listHeight={Math.max(320, window.innerHeight - 260)}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

const localeSchema = z.object({ ui: z.object({ locale: z.enum(UI_LOCALES) }) });
/**
 * The language this page last showed, kept in the extension's own localStorage (websites cannot
 * read it): read synchronously, so the first paint waits for nothing. After a browser restart,
 * chrome.storage can take most of a second to answer while the background starts. The very first
 * opening shows Chinese, the default, and switches if the settings say otherwise.
 */
const LAST_LOCALE = 'govpost-guard.dashboard-locale';
const lastLocale = (): Locale | null => {
  try {
    const parsed = z.enum(UI_LOCALES).safeParse(localStorage.getItem(LAST_LOCALE));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

function Root() {
  const [locale, setLocale] = useState<Locale>(() => lastLocale() ?? 'zh');
  const [holidays, setHolidays] = useState(0);
  useEffect(() => {
    // The stored language answers quickly; the full settings (with the office policy, which may
    // fix the language, and the rule catalogue) load after the list has painted.
    let settled = false;
    void browser.storage.local.get(SETTINGS_KEY).then((stored) => {
      const parsed = localeSchema.safeParse(stored[SETTINGS_KEY]);
      if (parsed.success && !settled) setLocale(parsed.data.ui.locale);
    });
    void import('@/lib/settings/storage')
      .then(({ loadSettings }) => loadSettings())
      .then(({ settings }) => {
        settled = true;
        setLocale(settings.ui.locale);
        applyHolidaySchedules(settings.holidays);
        setHolidays((n) => n + 1);
      });
  }, []);
  useEffect(() => {
    document.title = t('dashboard.title', undefined, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(LAST_LOCALE, locale);
    } catch {
      // Storage refused (quota, policy): the next opening asks chrome.storage again.
    }
  }, [locale]);
  return <DashboardPage locale={locale} holidays={holidays} />;
}

ReactDOM.createRoot(document.getElementById('root')!).render(<Root />);
