import { useMemo } from 'react';
import { encode } from 'uqr';

export interface QrCodeProps {
  value: string;
  /** Accessible name of the image. */
  label: string;
  size?: number;
}

/** A QR code drawn as one SVG path, locally (uqr): no canvas, no network, no innerHTML. */
export function QrCode({ value, label, size = 180 }: QrCodeProps) {
  const { d, n } = useMemo(() => {
    const qr = encode(value, { ecc: 'L', border: 2 });
    let path = '';
    qr.data.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)));
    return { d: path, n: qr.size };
  }, [value]);
  return (
    <svg className="gpg-qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
