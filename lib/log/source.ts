/**
 * The log as the extension's pages see it: one data source. A page of the extension has the
 * extension's origin, so it reads the database itself (read-only, ./reader.ts) and verifies and
 * exports in workers (./parallel.ts); while the database does not exist yet or has a schema this
 * page does not know, the same calls go to the background as messages. Writes (imports) always go
 * to the background, which keeps one serialised write path per profile.
 */
import type { Locale } from '../i18n';
import { send as sendMessage } from '../messaging';
import type { MessageReply } from '../messaging/protocol';
import type { VerifyReport } from './chain';
import type { QuarantinedChain } from './db';
import type { PublicKeyJwk } from './device-key';
import { emptyImportResult, type ImportResult } from './messages';
import { exportInWorkers, verifyInWorkers, WorkerPool, type PoolWorker } from './parallel';
import type { LogFilter, LogRow, LogStats } from './query';
import { openLogReader, type LogReader } from './reader';
import type { ChainHead, PublicationRecord } from './record';
import { renderRange, WHOLE_LOG } from './scan';
import { checkStreams, sendStreams, type ImportProgress, type StreamedFile } from './import-stream';
import { toCsv, toJsonl, type FileProblem } from './transfer';

/** Where the last verify or export ran: in workers, in the page itself, or in the background. */
export type ScanPlace = 'workers' | 'page' | 'background';

export type ExportFormat = 'csv' | 'jsonl';

export type ImportOutcome =
  | { ok: true; result: ImportResult; problems: FileProblem[]; report: VerifyReport }
  /** An unreadable file, or the background refusing a chunk: what was stored stays stored. */
  | { ok: false; message: string; added: number };

export interface LogSourceOptions {
  /** Starts one scan worker (the page's bundler resolves the worker's script). */
  startWorker: () => PoolWorker;
  /** Told where each verify or export ran (the page shows it to tests and the benchmark). */
  onScan?: (where: ScanPlace) => void;
  /** Rows per page of the list. */
  pageSize?: number;
  /** Messages to the background; the extension's own messaging unless a test stands in. */
  send?: typeof sendMessage;
  /** Opens the database read-only, or null when this page cannot read it (then messages). */
  open?: typeof openLogReader;
  /** Records per export message (background route) and per import message. */
  chunk?: number;
}

export type LogSource = ReturnType<typeof createLogSource>;

export function createLogSource({
  startWorker,
  onScan = () => undefined,
  pageSize = 100,
  send = sendMessage,
  open = openLogReader,
  chunk: chunkSize = 5000,
}: LogSourceOptions) {
  const workers = new WorkerPool(startWorker);
  const log = open();
  let reader: Promise<LogReader | null> = log.then((l) => l?.reader() ?? null);

  const query = async (filter: LogFilter, offset: number, limit: number): Promise<{ total: number; rows: LogRow[] }> => {
    const r = await reader;
    return r ? r.query(filter, offset, limit) : send('logQuery', { filter, offset, limit });
  };

  return {
    /** Drops the reader's cached listing after the background may have written. */
    refresh(): void {
      reader = log.then((l) => l?.reader() ?? null);
    },

    query,

    /**
     * The first page. Read here, it is the newest rows uncounted (total null while more may exist):
     * counting 100,000 records takes longer than painting them, so the count follows with the key
     * listing that scrolling needs anyway.
     */
    async firstPage(filter: LogFilter): Promise<{ total: number | null; rows: LogRow[] }> {
      const rows = await (await reader)?.newest(filter, pageSize);
      return rows ? { rows, total: rows.length < pageSize ? rows.length : null } : query(filter, 0, pageSize);
    },

    async get(id: string): Promise<PublicationRecord | null> {
      const r = await reader;
      return r ? ((await r.get(id)) ?? null) : send('logGet', { id });
    },

    /** Cadence, findings and overrides: the background's, which knows the filed accounts. */
    stats(): Promise<LogStats> {
      return send('logStats', undefined);
    },

    async quarantined(): Promise<QuarantinedChain[]> {
      const r = await reader;
      return r ? r.quarantined() : send('logQuarantined', undefined);
    },

    /** Keeps workers ready for the next verify or export (or, off, lets the idle ones go). */
    warmUp(on: boolean): void {
      workers.warmUp(on);
    },

    /** Verifies in workers; in the page itself if they cannot start; in the background while the page cannot read the log. */
    async verify(): Promise<VerifyReport> {
      const l = await log;
      if (!l) {
        onScan('background');
        return send('logVerify', undefined);
      }
      try {
        const report = await verifyInWorkers(l.db, workers.spawn);
        onScan('workers');
        return report;
      } catch (e) {
        console.warn('GovPost Guard: verifying in the page, the workers failed:', e);
        onScan('page');
        return l.reader().verify();
      }
    },

    /** The export's parts in chain order and the chain heads, by the same route as verify. */
    async export(
      format: ExportFormat,
      locale: Locale,
      onProgress: (done: number) => void,
    ): Promise<{ parts: BlobPart[]; count: number; heads: ChainHead[] }> {
      const l = await log;
      if (!l) {
        onScan('background');
        const parts: string[] = [];
        let after: [string, number] | null = null;
        let count = 0;
        let heads: ChainHead[] = [];
        do {
          const chunk: MessageReply<'logExport'> = await send('logExport', { after, limit: chunkSize });
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
        const done = await exportInWorkers(l.db, workers.spawn, { format, locale, onProgress });
        onScan('workers');
        return { ...done, heads };
      } catch (e) {
        console.warn('GovPost Guard: exporting in the page, the workers failed:', e);
        onScan('page');
        return { ...(await renderRange(l.db, WHOLE_LOG, { format, locale, header: true }, onProgress)), heads };
      }
    },

    /**
     * Checks the files here, streamed (lib/log/import-stream.ts: never one string per file), then
     * reads them again and has the background merge the records in chunks.
     */
    async import(files: readonly StreamedFile[], onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome> {
      const result = emptyImportResult();
      try {
        // A device already known here must have signed with the key it is known by.
        const known = new Map<string, PublicKeyJwk>();
        for (const h of (await (await reader)?.heads()) ?? []) if (h.publicKey) known.set(h.deviceId, h.publicKey);
        const check = await checkStreams(files, known, onProgress);
        await sendStreams(
          files,
          check,
          chunkSize,
          async ({ records, heads, quarantine, offset }) => {
            const r = await send('logImport', { records, heads, quarantine });
            result.added += r.added;
            result.quarantined += r.quarantined;
            result.duplicates += r.duplicates + (offset === 0 ? check.duplicates : 0);
            result.conflicts.push(...r.conflicts);
            result.invalid.push(...r.invalid.map((x) => ({ ...x, index: x.index + offset })));
            result.ownDevice += r.ownDevice;
          },
          onProgress,
        );
        return { ok: true, result, problems: check.problems, report: check.report };
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e), added: result.added };
      }
    },
  };
}
