import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, OcrCache, contentHash } from './cache';
import { dataUrlFromBytes } from './data-url';
import { createOcrService, type OffscreenHost } from './service';
import type { OcrResult } from './types';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const OTHER_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9, 9]);
const RESULT: OcrResult = { width: 10, height: 10, lines: [{ text: '手机：13987654321', box: [1, 1, 8, 3], confidence: 0.9 }] };

function fakeOffscreen() {
  const runs: string[] = [];
  let closed = 0;
  const gates: (() => void)[] = [];
  let hold = false;
  const host: OffscreenHost = {
    async run(image) {
      runs.push(image);
      if (hold) await new Promise<void>((r) => gates.push(r));
      return { ok: true, result: RESULT };
    },
    async close() {
      closed++;
    },
  };
  return { host, runs, closed: () => closed, hold: (on: boolean) => (hold = on), release: () => gates.splice(0).forEach((g) => g()) };
}

function memoryCache() {
  const map = new Map<string, OcrResult>();
  return { map, get: async (k: string) => map.get(k), put: async (k: string, r: OcrResult) => void map.set(k, r) };
}

function timers() {
  const pending = new Map<number, () => void>();
  let id = 0;
  return {
    setTimer: (fn: () => void) => (pending.set(++id, fn), id),
    clearTimer: (t: unknown) => void pending.delete(t as number),
    fire: () => [...pending.entries()].forEach(([k, fn]) => (pending.delete(k), fn())),
    count: () => pending.size,
  };
}

describe('OCR service', () => {
  it('reads an image once: the second time from the cache, keyed by the SHA-256 of its bytes', async () => {
    const off = fakeOffscreen();
    const cache = memoryCache();
    const ocr = createOcrService({ cache, offscreen: off.host, fetchImage: async () => PNG });
    const first = await ocr.read({ image: dataUrlFromBytes(PNG) });
    const second = await ocr.read({ image: dataUrlFromBytes(PNG, 'image/jpeg') });
    expect(first).toEqual({ ok: true, key: await contentHash(PNG), result: RESULT });
    expect(second).toEqual(first);
    expect(off.runs).toHaveLength(1);
    expect([...cache.map.keys()]).toEqual([await contentHash(PNG)]);
  });

  it('shares a read in progress, and runs different images one after another', async () => {
    const off = fakeOffscreen();
    off.hold(true);
    const ocr = createOcrService({ cache: memoryCache(), offscreen: off.host, fetchImage: async () => PNG });
    const a = ocr.read({ image: dataUrlFromBytes(PNG) });
    const b = ocr.read({ image: dataUrlFromBytes(PNG) });
    const c = ocr.read({ image: dataUrlFromBytes(OTHER_PNG) });
    await expect.poll(() => off.runs.length).toBe(1);
    expect(ocr.pending).toBe(2);
    off.hold(false);
    off.release();
    const replies = await Promise.all([a, b, c]);
    expect(replies.map((r) => r.ok)).toEqual([true, true, true]);
    expect(off.runs).toHaveLength(2);
  });

  const refused: [string, Uint8Array, RegExp][] = [
    ['not an image', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), /not an image/],
    ['empty', new Uint8Array(0), /empty/],
  ];
  for (const [name, bytes, reason] of refused) {
    it(`refuses bytes that are ${name}, with a reason, without running the engine`, async () => {
      const off = fakeOffscreen();
      const ocr = createOcrService({ cache: memoryCache(), offscreen: off.host, fetchImage: async () => bytes });
      const reply = await ocr.read({ image: `data:image/png;base64,${Buffer.from(bytes).toString('base64')}` });
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.reason).toMatch(reason);
      expect(off.runs).toHaveLength(0);
    });
  }

  it('caps the queue: a page pasting in a loop is refused past the limit', async () => {
    const off = fakeOffscreen();
    off.hold(true);
    const ocr = createOcrService({ cache: memoryCache(), offscreen: off.host, fetchImage: async () => PNG, maxQueue: 1 });
    const first = ocr.read({ image: dataUrlFromBytes(PNG) });
    await expect.poll(() => ocr.pending).toBe(1);
    expect(await ocr.read({ image: dataUrlFromBytes(OTHER_PNG) })).toEqual({ ok: false, reason: 'too many images waiting' });
    off.release();
    expect((await first).ok).toBe(true);
  });

  it('fetches an image by URL, and says why when it cannot', async () => {
    const off = fakeOffscreen();
    let fail = false;
    const ocr = createOcrService({
      cache: memoryCache(),
      offscreen: off.host,
      fetchImage: async () => {
        if (fail) throw new Error('HTTP 403');
        return PNG;
      },
    });
    expect((await ocr.read({ url: 'https://mmbiz.qpic.cn/a.png' })).ok).toBe(true);
    fail = true;
    expect(await ocr.read({ url: 'https://mmbiz.qpic.cn/b.png' })).toEqual({ ok: false, reason: 'cannot fetch the image: HTTP 403' });
  });

  it('closes the offscreen document when idle, not while a read waits', async () => {
    const off = fakeOffscreen();
    const t = timers();
    const ocr = createOcrService({
      cache: memoryCache(),
      offscreen: off.host,
      fetchImage: async () => PNG,
      setTimer: t.setTimer,
      clearTimer: t.clearTimer,
    });
    await ocr.read({ image: dataUrlFromBytes(PNG) });
    expect(t.count()).toBe(1);
    off.hold(true);
    const waiting = ocr.read({ image: dataUrlFromBytes(OTHER_PNG) });
    await expect.poll(() => off.runs.length).toBe(2);
    t.fire();
    await Promise.resolve();
    expect(off.closed()).toBe(0);
    off.release();
    await waiting;
    t.fire();
    await expect.poll(() => off.closed()).toBe(1);
  });
});

describe('OCR cache (IndexedDB)', () => {
  it('keeps results by key, forgets other engine versions and damaged entries', async () => {
    const cache = new OcrCache(`ocr-test-${Math.random()}`);
    await cache.put('a'.repeat(64), RESULT);
    expect(await cache.get('a'.repeat(64))).toEqual(RESULT);
    await cache.readings.put({ key: 'b'.repeat(64), engine: 'older', result: RESULT, at: 1 });
    expect(await cache.get('b'.repeat(64))).toBeUndefined();
    await cache.readings.put({ key: 'c'.repeat(64), engine: ENGINE_VERSION, result: { width: -1 } as unknown as OcrResult, at: 1 });
    expect(await cache.get('c'.repeat(64))).toBeUndefined();
    await expect(cache.put('d'.repeat(64), { width: 0, height: 1, lines: [] })).rejects.toThrow();
    cache.close();
  });
});
