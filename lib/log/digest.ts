/**
 * SHA-256 of many texts (UTF-8), as lowercase hex: what the publication chain is hashed with.
 * WebCrypto everywhere the extension runs (pages, workers, the background). Node's WebCrypto
 * costs tens of microseconds a call, so the CLI plugs in node:crypto (`useDigester`), which
 * hashes the same bytes to the same digests synchronously — 100,000 records in a fraction of
 * a second instead of seconds.
 */
import { toHex } from '../engine/hash';

export type Digester = (texts: readonly string[]) => Promise<string[]>;

/** WebCrypto digests in flight at once while verifying: enough to keep its threads busy, bounded in memory. */
const HASH_CONCURRENCY = 256;

/**
 * SHA-256 of each text, as hex (order kept). WebCrypto hashes off the calling thread, so this keeps
 * up to HASH_CONCURRENCY digests in flight while it encodes the next texts, a batch into one
 * buffer (views of it are copied by `digest` when called).
 */
async function webCryptoDigestAll(texts: readonly string[]): Promise<string[]> {
  const encoder = new TextEncoder();
  const out = new Array<string>(texts.length);
  let inFlight: Promise<void> = Promise.resolve();
  for (let i = 0; i < texts.length; i += HASH_CONCURRENCY) {
    const batch = texts.slice(i, i + HASH_CONCURRENCY);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const bytes = new Uint8Array(batch.reduce((n, t) => n + t.length * 3, 0));
    let offset = 0;
    const digests = Promise.all(
      batch.map((t, j) => {
        const { written } = encoder.encodeInto(t, bytes.subarray(offset));
        const view = bytes.subarray(offset, offset + written);
        offset += written;
        return crypto.subtle.digest('SHA-256', view).then((d) => {
          out[i + j] = toHex(d);
        });
      }),
    ).then(() => undefined);
    // Its failure is seen when it is awaited below; until then it must not count as unhandled.
    digests.catch(() => undefined);
    // At most two batches at once: this one hashing while the next is written.
    await inFlight;
    inFlight = digests;
  }
  await inFlight;
  return out;
}

let digester: Digester = webCryptoDigestAll;

/** Replaces WebCrypto (the CLI, with node:crypto). */
export function useDigester(next: Digester): void {
  digester = next;
}

export function digestAll(texts: readonly string[]): Promise<string[]> {
  return digester(texts);
}
