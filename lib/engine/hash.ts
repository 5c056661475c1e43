/**
 * SHA-256 as lowercase hex, the content hash every layer uses (a draft's, a record's, a key's
 * fingerprint). WebCrypto's crypto.subtle, present in browsers, workers and Node 20, so the same
 * text hashes the same in the extension and the CLI.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A digest as lowercase hex. */
export function toHex(digest: ArrayBuffer): string {
  let out = '';
  for (const b of new Uint8Array(digest)) out += HEX[b];
  return out;
}

/** SHA-256 of the text's UTF-8 bytes, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}
