import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import ReactDOM from 'react-dom/client';

/** chrome.storage.local key of the settings (WXT's `local:settings`, lib/settings/storage.ts). */
const SETTINGS_KEY = 'settings';
import { DashboardView, TABS, type Tab } from '@/components/dashboard/DashboardView';
import type { ExportState, ImportState, VerifyState } from '@/components/dashboard/ChainPanel';
import { PLATFORMS } from '@/lib/adapters/platforms';
import { t, type Locale } from '@/lib/i18n';
import type { LogFilter, LogRow, LogStats } from '@/lib/log/query';
import type { VerifyReport } from '@/lib/log/chain';
import { exportInWorkers, verifyInWorkers, WorkerPool } from '@/lib/log/parallel';
import { renderRange, WHOLE_LOG } from '@/lib/log/scan';
import { openLogReader, type LogReader } from '@/lib/log/reader';
import { chinaDay, type ChainHead, type PublicationRecord } from '@/lib/log/record';
import { exportHeaderFor, exportHeaderLine } from '@/lib/log/stream';
import { checkFiles, importBatches, toCsv, toJsonl } from '@/lib/log/transfer';
import { send } from '@/lib/messaging';
import type { MessageReply } from '@/lib/messaging/protocol';
import { UI_LOCALES } from '@/lib/settings/schema';
import { z } from 'zod';
import { browser } from '#imports';
import './style.css';

const PAGE = 100;
/** Verify and export read, hash and render in workers (lib/log/parallel.ts), started ahead while the chain tab shows. */
const scanWorkers = new WorkerPool(() => new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module' }));
const EXPORT_CHUNK = 5000;
const IMPORT_CHUNK = 5000;

// The page reads the log itself (same origin as the background, read-only); the background's
// messages are the fallback while the database does not exist yet or has another schema.
const log = openLogReader();
let reader: Promise<LogReader | null> = log.then((l) => l?.reader() ?? null);
/** Drops the reader's cached listing after the background may have written. */
const freshReader = () => {
  reader = log.then((l) => l?.reader() ?? null);
};
const query = async (filter: LogFilter, offset: number, limit: number) => {
  const r = await reader;
  return r ? r.query(filter, offset, limit) : send('logQuery', { filter, offset, limit });
};

/**
 * The first page. Read here, it is the newest rows uncounted (total null while more may exist):
 * counting 100,000 records takes longer than painting them, so the count follows with the key
 * listing that scrolling needs anyway.
 */
const firstPage = async (filter: LogFilter): Promise<{ total: number | null; rows: LogRow[] }> => {
  const rows = await (await reader)?.newest(filter, PAGE);
  return rows ? { rows, total: rows.length < PAGE ? rows.length : null } : query(filter, 0, PAGE);
};

// The first page is asked for before React and settings load: first paint is what users wait for.
let prefetched: ReturnType<typeof firstPage> | null = firstPage({});

/** Where the last verify or export ran (tests and the benchmark read it): workers, page or background. */
const ranIn = (where: 'workers' | 'page' | 'background') => {
  document.documentElement.dataset.scanRanIn = where;
};

/** Verifies in workers; in the page itself if they cannot start; in the background while the page cannot read the log. */
async function verifyFromPage(): Promise<VerifyReport> {
  const l = await log;
  if (!l) {
    ranIn('background');
    return send('logVerify', undefined);
  }
  try {
    const report = await verifyInWorkers(l.db, scanWorkers.spawn);
    ranIn('workers');
    return report;
  } catch (e) {
    console.warn('GovPost Guard: verifying in the page, the workers failed:', e);
    ranIn('page');
    return l.reader().verify();
  }
}

/** The export's parts in chain order and the chain heads, by the same route as verifyFromPage. */
async function exportFromPage(format: 'csv' | 'jsonl', locale: Locale, onProgress: (done: number) => void): Promise<{ parts: BlobPart[]; count: number; heads: ChainHead[] }> {
  const l = await log;
  if (!l) {
    ranIn('background');
    const parts: string[] = [];
    let after: [string, number] | null = null;
    let count = 0;
    let heads: ChainHead[] = [];
    do {
      const chunk: MessageReply<'logExport'> = await send('logExport', { after, limit: EXPORT_CHUNK });
      parts.push(format === 'csv' ? toCsv(chunk.records, { locale, header: count === 0 }) : toJsonl(chunk.records));
      count += chunk.records.length;
      heads = chunk.heads;
      after = chunk.next;
      onProgress(count);
    } while (after);
    if (format === 'csv' && count === 0) parts.push(toCsv([], { locale }));
    return { parts, count, heads };
  }
  const heads = await l.reader().heads();
  try {
    const done = await exportInWorkers(l.db, scanWorkers.spawn, { format, locale, onProgress });
    ranIn('workers');
    return { ...done, heads };
  } catch (e) {
    console.warn('GovPost Guard: exporting in the page, the workers failed:', e);
    ranIn('page');
    return { ...(await renderRange(l.db, WHOLE_LOG, { format, locale, header: true }, onProgress)), heads };
  }
}

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

function DashboardPage({ locale }: { locale: Locale }) {
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
        const reply = await (first ?? (page === 0 ? firstPage(filter) : query(filter, page * PAGE, PAGE)));
        if (gen !== generation.current) return;
        pages.current.set(page, reply.rows);
        const exact = reply.total;
        // An uncounted first page keeps the size the list had (so a reload does not jump the scroll).
        setCount((c) => (exact !== null ? { n: exact, exact: true } : c ? { ...c, n: Math.max(c.n, reply.rows.length) } : { n: reply.rows.length, exact: false }));
        repaint();
      } finally {
        pending.current.delete(page);
      }
    },
    [filter],
  );

  const loadStats = useCallback(() => {
    send('logStats', undefined).then(setStats, () => setStats(null));
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
  }, [count === null, count?.exact, loadPage]);
  const wantsStats = tab !== 'chain';
  // Ready for the next verify or export whenever the chain tab shows and nothing is running.
  const scanning = verify.state === 'running' || exporting.state === 'running';
  useEffect(() => {
    if (!scanning) scanWorkers.warmUp(tab === 'chain');
  }, [tab, scanning]);
  useEffect(() => {
    if (wantsStats && total !== null && !stats) loadStats();
  }, [wantsStats, total === null, stats, loadStats]);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        freshReader();
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
      const { parts, count: done, heads } = await exportFromPage(format, locale, (d) => setExporting({ state: 'running', done: d, total: Math.max(all, d) }));
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
    const result = { added: 0, duplicates: 0, conflicts: [] as string[], invalid: [] as { index: number; reason: string }[], ownDevice: 0 };
    try {
      const check = await checkFiles(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))));
      for (const { records, heads, offset } of importBatches(check, IMPORT_CHUNK)) {
        const r = await send('logImport', { records, heads });
        result.added += r.added;
        result.duplicates += r.duplicates + (offset === 0 ? check.duplicates : 0);
        result.conflicts.push(...r.conflicts);
        result.invalid.push(...r.invalid.map((x) => ({ ...x, index: x.index + offset })));
        result.ownDevice += r.ownDevice;
      }
      setImporting({ state: 'done', result, problems: check.problems, report: check.report });
    } catch (e) {
      // An unreadable file, or the background refusing a chunk: what was stored stays stored.
      setImporting({ state: 'error', message: e instanceof Error ? e.message : String(e), added: result.added });
    }
    freshReader();
    reload();
    setStats(null);
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
      onOpen={(id) => void reader.then((r) => (r ? r.get(id).then((x) => x ?? null) : send('logGet', { id }))).then(setSelected)}
      onClose={() => setSelected(null)}
      stats={stats}
      today={stats?.today ?? chinaDay(new Date())}
      calendar={calendar}
      onCalendar={setCalendar}
      verify={verify}
      exporting={exporting}
      importing={importing}
      onVerify={() => {
        setVerify({ state: 'running' });
        verifyFromPage().then(
          (report) => setVerify({ state: 'done', report }),
          (e: unknown) => setVerify({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
        );
      }}
      onExport={(f) => void onExport(f)}
      onImport={(files) => void onImport(files)}
      listHeight={Math.max(320, window.innerHeight - 260)}
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
  return <DashboardPage locale={locale} />;
}

ReactDOM.createRoot(document.getElementById('root')!).render(<Root />);
