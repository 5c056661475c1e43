import type { QrPath } from '../lib/approval/qr';

export interface QrCodeProps {
  /** The code's path data (lib/approval/qr.ts). */
  path: QrPath;
  /** Accessible name of the image. */
  label: string;
  size?: number;
}

/** A QR code drawn as one SVG path: no canvas, no network, no innerHTML. */
export function QrCode({ path, label, size = 180 }: QrCodeProps) {
  const { d, n } = path;
  return (
    <svg className="gpg-qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
