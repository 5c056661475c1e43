import { useId } from 'react';
import type { FieldIssue } from '../../lib/settings/repair';
import { IssueList, type Tr } from './fields';

export interface HolidayYearEntry {
  year: number;
  /** builtin: shipped with the extension; local: imported on this browser; policy: the office's. */
  origin: 'builtin' | 'local' | 'policy';
  notice: string;
}

export interface HolidaysSectionProps {
  years: readonly HolidayYearEntry[];
  /** The year people are in now: a missing schedule for it (or the next) is pointed out. */
  currentYear: number;
  result?: { ok: true; years: number[] } | { ok: false; errors: FieldIssue[] } | null;
  tr: Tr;
  onImportFile(file: File): void;
  onRemove(year: number): void;
}

/** Art. 22 counts working days: the holiday schedules the cadence view uses, and importing a year. */
export function HolidaysSection({ years, currentYear, result, tr, onImportFile, onRemove }: HolidaysSectionProps) {
  const fileId = useId();
  const missing = [currentYear, currentYear + 1].filter((y) => !years.some((e) => e.year === y));
  return (
    <>
      <table className="holiday-years" id="holiday-years">
        <caption>{tr('options.holidays.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('options.holidays.year')}</th>
            <th scope="col">{tr('options.holidays.origin')}</th>
            <th scope="col">{tr('options.holidays.notice')}</th>
            <th scope="col">
              <span className="visually-hidden">{tr('options.holidays.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year} data-year={y.year} data-origin={y.origin}>
              <th scope="row">{y.year}</th>
              <td>{tr(`options.holidays.origin.${y.origin}`)}</td>
              <td>{y.notice}</td>
              <td>
                {y.origin === 'local' && (
                  <button type="button" onClick={() => onRemove(y.year)}>
                    {tr('options.holidays.remove', { year: y.year })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="notice notice-error" id="holidays-missing">
          {tr('options.holidays.missing', { years: missing.join(tr('list.separator')) })}
        </p>
      )}
      <div className="field">
        <label htmlFor={fileId}>{tr('options.holidays.import')}</label>
        <p className="hint" id={`${fileId}-hint`}>
          {tr('options.holidays.importHint')}
        </p>
        <input
          id={fileId}
          name="import-holidays"
          type="file"
          accept="application/json,.json"
          aria-describedby={`${fileId}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onImportFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {result ? (
        <div
          id="holidays-result"
          className={result.ok ? 'notice notice-ok' : 'notice notice-error'}
          role="alert"
          data-ok={String(result.ok)}
        >
          {result.ok ? (
            <p>{tr('options.holidays.imported', { years: result.years.join(tr('list.separator')) })}</p>
          ) : (
            <>
              <p>{tr('options.holidays.failed', { count: result.errors.length })}</p>
              <IssueList issues={result.errors} tr={tr} />
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
