import type { Finding } from '../lib/engine/rule';

export interface ImageRegionProps {
  image: NonNullable<Finding['image']>;
  /** Accessible name: which image, and that the finding's region is outlined. */
  label: string;
}

const WIDTH = 120;

/** A thumbnail of the image with the region of the finding outlined, for the panel and the gate. */
export function ImageRegion({ image, label }: ImageRegionProps) {
  const scale = WIDTH / image.width;
  const [x, y, w, h] = image.box;
  return (
    <span className="gpg-image" role="img" aria-label={label} style={{ width: WIDTH, height: image.height * scale }}>
      <img src={image.src} alt="" />
      {w * h > 0 && (
        <span className="gpg-image-region" style={{ left: x * scale - 2, top: y * scale - 2, width: w * scale, height: h * scale }} />
      )}
    </span>
  );
}
