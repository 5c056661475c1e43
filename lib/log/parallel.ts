/**
 * Verify and export in workers, one key range of the log each (lib/log/scan.ts). An extension page
 * and its workers share the extension's origin, so each worker opens the `govpost-guard` database
 * itself, reads its range, and hands back only what the page needs: the hashed chain fields, or
 * the rendered text as a Blob (passed without copying). Requests and replies are checked with zod
 * like every other message.
 *
 * The page says how a worker starts (entrypoints/dashboard/scan-worker.ts, bundled by Vite), so
 * this module, and its tests, know nothing of bundling.
 */
import { z } from 'zod';
import type { Locale } from '../i18n';
import { UI_LOCALES } from '../settings/schema';
import type { CheckedLink, VerifyReport } from './chain';
import { LogDb } from './db';
import { checkRange, partsFor, readIds, readRange, renderChunks, splitByHeads, splitIds, verdictOf, withSteadyHeads } from './scan';

const chainKeySchema = z.tuple([z.string(), z.number().int()]);
const keyRangeSchema = z.object({ from: chainKeySchema.nullable(), to: chainKeySchema.nullable() });
const idRangeSchema = z.object({ from: z.string().nullable(), to: z.string().nullable() });

export const scanRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('verify'), db: z.string().min(1), range: idRangeSchema }),
  z.object({
    kind: z.literal('export'),
    db: z.string().min(1),
    range: keyRangeSchema,
    format: z.enum(['csv', 'jsonl']),
    locale: z.enum(UI_LOCALES),
    header: z.boolean(),
  }),
  z.object({
    kind: z.literal('export-ids'),
    db: z.string().min(1),
    range: idRangeSchema,
    format: z.literal('jsonl'),
    locale: z.enum(UI_LOCALES),
    header: z.literal(false),
  }),
]);
export type ScanRequest = z.infer<typeof scanRequestSchema>;

/** Checked links travel as columns: cloned and validated several times faster than 50,000 small objects. */
const checkedColumnsSchema = z
  .object({
    deviceIds: z.array(z.string()),
    ids: z.array(z.string()),
    seqs: z.array(z.number()),
    prevHashes: z.array(z.string()),
    hashes: z.array(z.string()),
    intact: z.instanceof(Uint8Array),
  })
  .refine(
    (c) => [c.ids, c.seqs, c.prevHashes, c.hashes, c.intact].every((column) => column.length === c.deviceIds.length),
    'columns of different lengths',
  );
type CheckedColumns = z.infer<typeof checkedColumnsSchema>;

export function toColumns(links: readonly CheckedLink[]): CheckedColumns {
  return {
    deviceIds: links.map((l) => l.deviceId),
    ids: links.map((l) => l.id),
    seqs: links.map((l) => l.seq),
    prevHashes: links.map((l) => l.prevHash),
    hashes: links.map((l) => l.hash),
    intact: Uint8Array.from(links, (l) => (l.intact ? 1 : 0)),
  };
}

export function fromColumns(c: CheckedColumns): CheckedLink[] {
  return c.ids.map((id, i) => ({
    deviceId: c.deviceIds[i],
    id,
    seq: c.seqs[i],
    prevHash: c.prevHashes[i],
    hash: c.hashes[i],
    intact: c.intact[i] === 1,
  }));
}

export const scanReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number().int().nonnegative() }),
  z.object({ type: z.literal('checked'), links: checkedColumnsSchema, unchained: z.array(z.string()) }),
  z.object({ type: z.literal('rendered'), blob: z.instanceof(Blob), count: z.number().int().nonnegative() }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type ScanReply = z.infer<typeof scanReplySchema>;

/** Progress is posted at most this often (ms). */
const PROGRESS_EVERY = 200;

/** The worker's side: one request, answered with progress and then a result or an error. */
export async function handleScan(raw: unknown, post: (reply: ScanReply) => void): Promise<void> {
  const parsed = scanRequestSchema.safeParse(raw);
  if (!parsed.success) return post({ type: 'error', message: `bad scan request: ${parsed.error.issues[0]?.message ?? ''}` });
  const request = parsed.data;
  let db: LogDb | null = null;
  let last = 0;
  const progress = (done: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY) return;
    last = now;
    post({ type: 'progress', done });
  };
  try {
    db = new LogDb(request.db);
    if (request.kind === 'verify') {
      const { links, unchained } = await checkRange(db, request.range, progress);
      post({ type: 'checked', links: toColumns(links), unchained });
    } else {
      const blobs: Blob[] = [];
      const chunks = request.kind === 'export-ids' ? readIds(db, request.range) : readRange(db, request.range);
      const count = await renderChunks(chunks, request, (text, done) => {
        blobs.push(new Blob([text]));
        progress(done);
      });
      post({ type: 'rendered', blob: new Blob(blobs), count });
    }
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  } finally {
    db?.close();
  }
}

/** What the pool needs of a Worker (a real one in the page, an in-process one in tests). */
export interface ScanWorker {
  postMessage(message: ScanRequest): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** What the pool needs of a real Worker: a ScanWorker that reports errors to listeners too. */
export type PoolWorker = ScanWorker & Pick<Worker, 'addEventListener'>;

/**
 * Scan workers started ahead (while the chain tab shows), so a click does not wait for them to
 * load; a worker that failed before it was used (its script did not load, say) is never handed out.
 */
export class WorkerPool {
  private readonly warm: PoolWorker[] = [];
  private readonly failed = new WeakSet<PoolWorker>();

  constructor(
    private readonly start: () => PoolWorker,
    private readonly size = workerCount(),
  ) {}

  private create(): PoolWorker {
    const worker = this.start();
    worker.addEventListener('error', () => this.failed.add(worker));
    return worker;
  }

  /** A warm worker if one is ready, else a new one. */
  readonly spawn = (): ScanWorker => {
    for (let worker = this.warm.pop(); worker; worker = this.warm.pop()) {
      if (!this.failed.has(worker)) return worker;
      worker.terminate();
    }
    return this.create();
  };

  /** Keeps `size` workers ready, or (off) stops the idle ones. */
  warmUp(on: boolean): void {
    if (!on) for (const worker of this.warm.splice(0)) worker.terminate();
    else while (this.warm.length < this.size) this.warm.push(this.create());
  }
}

/** Workers to use: one per core, two at least (the page thread stays free), four at most. */
export const workerCount = (cores = globalThis.navigator?.hardwareConcurrency ?? 2) => Math.min(4, Math.max(2, cores));

/** A worker silent this long (no progress, no result) has stopped: the scan fails rather than hangs. */
export const STALL_MS = 30_000;

/** Runs one request per worker; rejects on the first error or stall (every worker is stopped). */
function runAll(
  spawn: () => ScanWorker,
  requests: readonly ScanRequest[],
  onProgress?: (done: number) => void,
  stallMs = STALL_MS,
): Promise<ScanReply[]> {
  const workers: ScanWorker[] = [];
  const done = requests.map(() => 0);
  let heard = Date.now();
  let watchdog: ReturnType<typeof setInterval> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    watchdog = setInterval(
      () => {
        if (Date.now() - heard > stallMs) reject(new Error('a scan worker stopped answering'));
      },
      Math.min(1000, stallMs),
    );
  });
  const stop = () => {
    clearInterval(watchdog);
    workers.forEach((w) => w.terminate());
  };
  const all = Promise.all(
    requests.map(
      (request, i) =>
        new Promise<ScanReply>((resolve, reject) => {
          const worker = spawn();
          workers.push(worker);
          worker.onerror = (e) => reject(new Error(`scan worker failed: ${e.message}`));
          worker.onmessage = (e) => {
            heard = Date.now();
            const reply = scanReplySchema.safeParse(e.data);
            if (!reply.success) return reject(new Error('scan worker sent a malformed reply'));
            if (reply.data.type === 'progress') {
              done[i] = reply.data.done;
              onProgress?.(done.reduce((a, b) => a + b, 0));
            } else if (reply.data.type === 'error') reject(new Error(reply.data.message));
            else resolve(reply.data);
          };
          worker.postMessage(request);
        }),
    ),
  );
  return Promise.race([all, stalled]).finally(stop);
}

/** Verifies the whole log in workers: each hashes the records of its part of the id space, the page walks the chains. */
export interface PoolOptions {
  /** Workers to split into (at most: small logs take fewer). */
  parts?: number;
  stallMs?: number;
}

export function verifyInWorkers(
  db: LogDb,
  spawn: () => ScanWorker,
  { parts = workerCount(), stallMs }: PoolOptions = {},
): Promise<VerifyReport> {
  return withSteadyHeads(db, async (heads, known) => {
    const ranges = splitIds(partsFor(heads, parts));
    const replies = await runAll(
      spawn,
      ranges.map((range) => ({ kind: 'verify', db: db.name, range })),
      undefined,
      stallMs,
    );
    return verdictOf(
      heads,
      replies.flatMap((r) => (r.type === 'checked' ? [{ links: fromColumns(r.links), unchained: r.unchained }] : [])),
      known,
    );
  });
}

export interface ExportRequest {
  format: 'csv' | 'jsonl';
  locale: Locale;
  onProgress?: (done: number) => void;
}

/** The whole log rendered in workers, as Blob parts in chain order (the chain heads are the caller's). */
/**
 * The whole log rendered in workers, as Blob parts (the chain heads are the caller's). CSV, for
 * people, comes in chain order (each device's records in seq order) through the chain index; JSON
 * Lines, for machines (import and the CLI sort by chain themselves), in table order, which
 * IndexedDB reads for about a third less.
 */
export async function exportInWorkers(
  db: LogDb,
  spawn: () => ScanWorker,
  { format, locale, onProgress }: ExportRequest,
  { parts = workerCount(), stallMs }: PoolOptions = {},
): Promise<{ parts: Blob[]; count: number }> {
  const heads = await db.chains.toArray();
  const requests: ScanRequest[] =
    format === 'jsonl'
      ? splitIds(partsFor(heads, parts)).map((range) => ({ kind: 'export-ids', db: db.name, range, format, locale, header: false }))
      : splitByHeads(heads, parts).map((range, i) => ({ kind: 'export', db: db.name, range, format, locale, header: i === 0 }));
  const replies = await runAll(spawn, requests, onProgress, stallMs);
  const rendered = replies.flatMap((r) => (r.type === 'rendered' ? [r] : []));
  return { parts: rendered.map((r) => r.blob), count: rendered.reduce((n, r) => n + r.count, 0) };
}
