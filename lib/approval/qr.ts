/**
 * The QR code of a token as one SVG path (uqr, locally: no canvas, no network). Drawn in the
 * background and handed to pages as path data, so the content script does not carry the encoder.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** SVG path data: one 1×1 square per dark module. */
  d: string;
  /** Modules per side, border included. */
  n: number;
}

export function qrPath(value: string): QrPath {
  const qr = encode(value, { ecc: 'L', border: 2 });
  let d = '';
  qr.data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return { d, n: qr.size };
}
