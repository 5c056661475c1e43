import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { translator, type Locale } from '../../lib/i18n';
import type { LogRow } from '../../lib/log/query';
import { beijingMinute, platformLabel, titleLabel, type PlatformName } from './format';

export const ROW_HEIGHT = 36;

export interface LogListProps {
  locale: Locale;
  platforms: readonly PlatformName[];
  /** null while the first page loads. */
  total: number | null;
  rowAt(index: number): LogRow | undefined;
  /** The rows now on screen (with overscan): load them if missing. */
  onRange(start: number, end: number): void;
  onOpen(id: string): void;
  /** Viewport size used before the list is measured (first paint, tests). */
  initialHeight?: number;
}

const COLUMNS = ['time', 'platform', 'account', 'title', 'origin', 'findings', 'overridden', 'approval', 'outcome'] as const;

/** The record list: a table for assistive technology, windowed so 100,000 rows scroll smoothly. */
export function LogList({ locale, platforms, total, rowAt, onRange, onOpen, initialHeight = 560 }: LogListProps) {
  const tr = translator(locale);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    initialRect: { width: 1000, height: initialHeight },
    onChange: (v) => {
      const items = v.getVirtualItems();
      if (items.length) onRange(items[0].index, items[items.length - 1].index + 1);
    },
  });
  const items = virtualizer.getVirtualItems();

  if (total === null)
    return (
      <p className="loading" role="status">
        {tr('dashboard.loading')}
      </p>
    );
  return (
    <div className="log-list" role="table" aria-label={tr('dashboard.tab.list')} aria-rowcount={total + 1} id="log-list" data-total={total}>
      <div role="rowgroup" className="log-head">
        <div role="row" aria-rowindex={1} className="log-row">
          {COLUMNS.map((c) => (
            <div role="columnheader" key={c} className={`col col-${c}`}>
              {tr(`dashboard.col.${c}`)}
            </div>
          ))}
        </div>
      </div>
      {total === 0 ? (
        <p className="empty">{tr('dashboard.empty')}</p>
      ) : (
        <div ref={scroller} className="log-scroll" style={{ height: initialHeight }} role="rowgroup" tabIndex={0}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              return (
                <div
                  role="row"
                  aria-rowindex={item.index + 2}
                  key={item.key}
                  className={`log-row${row?.overridden ? ' overridden' : ''}`}
                  data-id={row?.id}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  {row ? (
                    <>
                      <div role="cell" className="col col-time">
                        {beijingMinute(row.time)}
                      </div>
                      <div role="cell" className="col col-platform">
                        {platformLabel(platforms, row.platform, locale)}
                      </div>
                      <div role="cell" className="col col-account">
                        {row.account || tr('dashboard.noAccount')}
                      </div>
                      <div role="cell" className="col col-title">
                        <button type="button" className="link" onClick={() => onOpen(row.id)}>
                          {titleLabel(row.title, locale)}
                        </button>
                      </div>
                      <div role="cell" className="col col-origin">
                        {tr(`log.origin.${row.origin}`)}
                      </div>
                      <div role="cell" className="col col-findings">
                        {row.findings ? tr('dashboard.findingsCell', { count: row.findings, blocking: row.blocking }) : '0'}
                      </div>
                      <div role="cell" className="col col-overridden">
                        {row.overridden ? tr('dashboard.filter.yes') : ''}
                      </div>
                      <div role="cell" className="col col-approval">
                        {tr(`log.approval.${row.approvalStatus}`)}
                      </div>
                      <div role="cell" className="col col-outcome">
                        {tr(`log.outcome.${row.outcome}`)}
                      </div>
                    </>
                  ) : (
                    <div role="cell" className="col col-loading">
                      {tr('dashboard.loading')}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
