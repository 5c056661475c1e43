/**
 * Fetches an image already in a draft (a reopened draft's CDN URL) from the background: no
 * cookies, size-capped. It succeeds only where the extension may read that host (a host the user
 * enabled) or the host allows any origin (CORS); otherwise the image is reported as unchecked.
 */
import { MAX_IMAGE_BYTES } from './types';

export async function fetchImage(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  if (!/^https:\/\//.test(url)) throw new Error('only https images are fetched');
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_IMAGE_BYTES) throw new Error('image too large');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_IMAGE_BYTES) throw new Error('image too large');
  return bytes;
}
