/**
 * The background's OCR service: one read at a time in the offscreen document, created on demand
 * and closed when idle; each result cached by the image's content hash, so an image is read once.
 * The browser specifics (offscreen API, fetch) come in as functions, so this is tested in Node.
 */
import type { OcrReply } from '../messaging/offscreen-protocol';
import { contentHash } from './cache';
import { bytesFromDataUrl, dataUrlFromBytes, sniffMime } from './data-url';
import { MAX_IMAGE_BYTES, type OcrResult } from './types';

export interface OcrCacheLike {
  get(key: string): Promise<OcrResult | undefined>;
  put(key: string, result: OcrResult): Promise<void>;
}

export interface OffscreenHost {
  /** Runs the engine on an image (a data: URL), creating the document if needed. */
  run(image: string): Promise<{ ok: true; result: OcrResult } | { ok: false; reason: string }>;
  close(): Promise<void>;
}

export interface OcrServiceOptions {
  cache: OcrCacheLike;
  offscreen: OffscreenHost;
  /** Fetches an https image without cookies; rejects when the extension may not reach that host. */
  fetchImage(url: string): Promise<Uint8Array>;
  /** Closes the offscreen document after this long without work (it holds ~400 MB while loaded). */
  idleMs?: number;
  /** Reads waiting beyond this many are refused (a page pasting images in a loop). */
  maxQueue?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export function createOcrService(options: OcrServiceOptions) {
  const idleMs = options.idleMs ?? 60_000;
  const maxQueue = options.maxQueue ?? 32;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  const inFlight = new Map<string, Promise<OcrReply>>();
  let chain: Promise<unknown> = Promise.resolve();
  let queued = 0;
  let idle: unknown;

  const armIdle = () => {
    if (idle !== undefined) clearTimer(idle);
    idle = setTimer(() => {
      idle = undefined;
      if (queued === 0) void options.offscreen.close().catch(() => undefined);
    }, idleMs);
  };

  async function readBytes(bytes: Uint8Array): Promise<OcrReply> {
    if (bytes.length === 0) return { ok: false, reason: 'empty image' };
    if (bytes.length > MAX_IMAGE_BYTES) return { ok: false, reason: `image larger than ${MAX_IMAGE_BYTES >> 20} MB` };
    const mime = sniffMime(bytes);
    if (!mime) return { ok: false, reason: 'not an image the guard can read' };
    const key = await contentHash(bytes);
    const cached = await options.cache.get(key).catch(() => undefined);
    if (cached) return { ok: true, key, result: cached };
    const running = inFlight.get(key);
    if (running) return running;
    if (queued >= maxQueue) return { ok: false, reason: 'too many images waiting' };
    queued++;
    const job = chain.then(async (): Promise<OcrReply> => {
      try {
        const reply = await options.offscreen.run(dataUrlFromBytes(bytes, mime));
        if (!reply.ok) return reply;
        await options.cache.put(key, reply.result).catch(() => undefined);
        return { ok: true, key, result: reply.result };
      } catch (e) {
        return { ok: false, reason: String((e as Error)?.message ?? e).slice(0, 300) };
      } finally {
        queued--;
        inFlight.delete(key);
        armIdle();
      }
    });
    chain = job;
    inFlight.set(key, job);
    return job;
  }

  return {
    async read(input: { image: string } | { url: string }): Promise<OcrReply> {
      if ('image' in input) return readBytes(bytesFromDataUrl(input.image));
      let bytes: Uint8Array;
      try {
        bytes = await options.fetchImage(input.url);
      } catch (e) {
        return { ok: false, reason: `cannot fetch the image: ${String((e as Error)?.message ?? e).slice(0, 200)}` };
      }
      return readBytes(bytes);
    },
    /** Reads waiting or running (tests, the benchmark). */
    get pending() {
      return queued;
    },
  };
}
