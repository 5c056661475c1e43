import { translator, type Locale } from '../../lib/i18n';
import type { ChainProblem, VerifyReport } from '../../lib/log/chain';
import type { QuarantinedChain } from '../../lib/log/messages';
import { problemLine } from '../../lib/log/report';
import type { ImportResult } from '../../lib/log/messages';
import type { ImportProgress } from '../../lib/log/import-stream';
import type { FileProblem } from '../../lib/log/transfer';
import { beijingMinute } from './format';

export type VerifyState =
  { state: 'idle' } | { state: 'running' } | { state: 'done'; report: VerifyReport } | { state: 'error'; message: string };
export type ExportState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; count: number }
  | { state: 'error'; message: string };
export type ImportState =
  | { state: 'idle' }
  /** `progress`: the pass under way (1 checks, 2 stores), bytes read of the files' total, chunks read so far. */
  | { state: 'running'; files: number; progress?: ImportProgress }
  /** `chunks`: how many pieces the files were read in (both passes), never the whole file at once. */
  | { state: 'done'; result: ImportResult; problems: FileProblem[]; report: VerifyReport; chunks?: number }
  /** `added`: records already stored before the failure (they stay; importing again skips them). */
  | { state: 'error'; message: string; added: number };

export interface ChainPanelProps {
  locale: Locale;
  verify: VerifyState;
  exporting: ExportState;
  importing: ImportState;
  /** Imported chains kept apart because they failed verification. */
  quarantined?: readonly QuarantinedChain[];
  onVerify(): void;
  onExport(format: 'csv' | 'jsonl'): void;
  onImport(files: File[]): void;
  onOpen(id: string): void;
}

function Report({ report, locale, onOpen, id }: { report: VerifyReport; locale: Locale; onOpen(id: string): void; id: string }) {
  const tr = translator(locale);
  const p = report.firstProblem;
  return (
    <div className={`verdict ${report.ok ? 'ok' : 'bad'}`} id={id} data-ok={report.ok} data-problem-id={p?.id ?? ''} role="status">
      <p>
        {p
          ? tr('chain.bad', { problem: problemLine(p, locale) })
          : tr('chain.ok', { records: report.records, devices: report.devices.length })}
      </p>
      {p?.id && (
        <button type="button" className="link" onClick={() => onOpen(p.id!)}>
          {tr('chain.openRecord')}
        </button>
      )}
      {report.devices
        .filter((d) => d.checkpoint)
        .map((d) => (
          <p className="hint" key={d.deviceId}>
            {tr('chain.checkpoint', {
              device: d.deviceId.slice(0, 8),
              count: d.checkpoint!.count,
              through: beijingMinute(d.checkpoint!.through),
            })}
          </p>
        ))}
      {report.devices
        .filter((d) => d.signature.fingerprint)
        .map((d) => (
          <p className="hint key" key={`key-${d.deviceId}`}>
            {tr(d.signature.binding === 'first' ? 'chain.keyFirst' : 'chain.key', {
              device: d.deviceId.slice(0, 8),
              fingerprint: d.signature.fingerprint!.slice(0, 16),
            })}
          </p>
        ))}
    </div>
  );
}

/** Verify the chain, export CSV / JSON Lines, import other machines' exports. */
export function ChainPanel({
  locale,
  verify,
  exporting,
  importing,
  quarantined = [],
  onVerify,
  onExport,
  onImport,
  onOpen,
}: ChainPanelProps) {
  const tr = translator(locale);
  return (
    <div className="chain-panel">
      <section aria-labelledby="chain-title">
        <h2 id="chain-title">{tr('chain.title')}</h2>
        <p className="hint">{tr('chain.intro')}</p>
        <button type="button" id="verify-chain" onClick={onVerify} disabled={verify.state === 'running'}>
          {verify.state === 'running' ? tr('chain.verifying') : tr('chain.verify')}
        </button>
        {verify.state === 'done' && <Report id="chain-verdict" report={verify.report} locale={locale} onOpen={onOpen} />}
        {verify.state === 'error' && (
          <p className="verdict bad" id="chain-verdict" role="alert">
            {tr('chain.failed', { message: verify.message })}
          </p>
        )}
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">{tr('export.title')}</h2>
        <p className="hint">{tr('export.intro')}</p>
        <button type="button" id="export-csv" onClick={() => onExport('csv')} disabled={exporting.state === 'running'}>
          {tr('export.csv')}
        </button>{' '}
        <button type="button" id="export-jsonl" onClick={() => onExport('jsonl')} disabled={exporting.state === 'running'}>
          {tr('export.jsonl')}
        </button>
        <p role="status" id="export-status">
          {exporting.state === 'running' && tr('export.progress', { done: exporting.done, total: exporting.total })}
          {exporting.state === 'done' && tr('export.done', { count: exporting.count })}
          {exporting.state === 'error' && tr('export.failed', { message: exporting.message })}
        </p>
      </section>
      <section aria-labelledby="import-title">
        <h2 id="import-title">{tr('import.title')}</h2>
        <label>
          {tr('import.label')}
          <input
            type="file"
            id="import-files"
            accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl"
            multiple
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) onImport(files);
            }}
          />
        </label>
        <div
          role="status"
          id="import-status"
          data-pass={importing.state === 'running' ? (importing.progress?.pass ?? 0) : undefined}
          data-chunks={
            importing.state === 'running' ? (importing.progress?.chunks ?? 0) : importing.state === 'done' ? importing.chunks : undefined
          }
        >
          {importing.state === 'running' && (
            <p>
              {importing.progress
                ? tr(importing.progress.pass === 1 ? 'import.progress1' : 'import.progress2', {
                    files: importing.files,
                    done: (importing.progress.bytes / 2 ** 20).toFixed(1),
                    total: (importing.progress.total / 2 ** 20).toFixed(1),
                  })
                : tr('import.checking', { files: importing.files })}
            </p>
          )}
          {importing.state === 'done' && <ImportReport state={importing} locale={locale} onOpen={onOpen} />}
          {importing.state === 'error' && (
            <p className="verdict bad" role="alert">
              {tr('import.failed', { message: importing.message, added: importing.added })}
            </p>
          )}
        </div>
      </section>
      {quarantined.length > 0 && (
        <section aria-labelledby="quarantine-title">
          <h2 id="quarantine-title">{tr('quarantine.title')}</h2>
          <p className="hint">{tr('quarantine.intro')}</p>
          <ul className="issues" id="quarantine-list">
            {quarantined.map((q) => (
              <li key={q.deviceId} data-device={q.deviceId} data-kind={q.kind}>
                {tr('quarantine.item', {
                  device: q.deviceId.slice(0, 8),
                  records: q.records,
                  problem: quarantineProblem(q, locale),
                  time: beijingMinute(q.importedAt),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const PROBLEM_KINDS = ['altered', 'removed', 'reordered', 'invalid', 'unchained', 'unsigned', 'rewritten'] as const;

/** The stored problem of a quarantined chain, in the words verification uses. */
function quarantineProblem(q: QuarantinedChain, locale: Locale): string {
  const kind = PROBLEM_KINDS.find((k) => k === q.kind) ?? 'altered';
  const problem: ChainProblem = { kind, deviceId: q.deviceId, id: null, seq: q.seq, detail: q.detail };
  // A removed range or records past the head: the stored seq is where it starts.
  if (kind === 'removed') problem.missing = { from: q.seq, to: q.seq };
  return problemLine(problem, locale);
}

function ImportReport({
  state,
  locale,
  onOpen,
}: {
  state: Extract<ImportState, { state: 'done' }>;
  locale: Locale;
  onOpen(id: string): void;
}) {
  const tr = translator(locale);
  const { result, problems, report } = state;
  const lines = [
    ...problems.map((p) =>
      p.line === null
        ? tr('import.fileProblemNoLine', { file: p.file, reason: p.reason })
        : tr('import.fileProblem', { file: p.file, line: p.line, reason: p.reason }),
    ),
    ...result.conflicts.map((id) => tr('import.conflict', { id })),
    ...result.invalid.map((i) => tr('import.invalid', { index: i.index + 1, reason: i.reason })),
    ...(result.ownDevice ? [tr('import.own', { count: result.ownDevice })] : []),
  ];
  return (
    <div className="import-report" data-added={result.added}>
      <p>{tr('import.result', { added: result.added, duplicates: result.duplicates })}</p>
      {result.quarantined > 0 && (
        <p className="bad" id="import-quarantined">
          {tr('import.quarantined', { count: result.quarantined })}
        </p>
      )}
      {report.ok ? (
        <p className="ok">{tr('import.chainOk', { devices: report.devices.length })}</p>
      ) : (
        <Report id="import-verdict" report={report} locale={locale} onOpen={onOpen} />
      )}
      {lines.length > 0 && (
        <>
          <p>{tr('import.problems', { count: lines.length })}</p>
          <ul className="issues">
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
