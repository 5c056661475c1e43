/**
 * Read results cached by the image's content hash (SHA-256 of its bytes) in the extension's own
 * IndexedDB, so an image is read once however often the draft is checked or reopened. Only the
 * background opens it. Entries carry the engine version; the oldest go past a fixed count.
 */
import Dexie, { type EntityTable } from 'dexie';
import { ocrResultSchema, type OcrResult } from './types';

/** Bumped when the models or the reading pipeline change, so old readings are not reused. */
export const ENGINE_VERSION = 'ppocrv4-mobile/paddleocr-1.2.0/1';
const MAX_ENTRIES = 2000;

interface Entry {
  key: string;
  engine: string;
  result: OcrResult;
  at: number;
}

export class OcrCache extends Dexie {
  readings!: EntityTable<Entry, 'key'>;
  constructor(name = 'govpost-guard-ocr') {
    super(name);
    this.version(1).stores({ readings: 'key, at' });
  }

  async get(key: string): Promise<OcrResult | undefined> {
    const entry = await this.readings.get(key);
    if (!entry || entry.engine !== ENGINE_VERSION) return undefined;
    // A stored value is validated like any other input: a damaged entry is read again.
    const parsed = ocrResultSchema.safeParse(entry.result);
    return parsed.success ? parsed.data : undefined;
  }

  async put(key: string, result: OcrResult): Promise<void> {
    await this.readings.put({ key, engine: ENGINE_VERSION, result: ocrResultSchema.parse(result), at: Date.now() });
    const count = await this.readings.count();
    if (count > MAX_ENTRIES) {
      const old = await this.readings
        .orderBy('at')
        .limit(count - MAX_ENTRIES)
        .primaryKeys();
      await this.readings.bulkDelete(old);
    }
  }
}

/** Hex SHA-256 of the bytes (WebCrypto, in the background and in Node alike). */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
