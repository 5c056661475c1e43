/**
 * Writes the practice page's sample images (public/practice/*.png) with the same drawing code as
 * the OCR tests: a 公示 screenshot with ID numbers and phones, a poster with a contact mobile, and
 * a map with and without its 审图号. `npx tsx test/tools/practice-images.ts` regenerates them.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateTestImages } from '../fixtures/images/generate';

const OUT = resolve(import.meta.dirname, '../../public/practice');
const NAMES: Record<string, string> = {
  table: 'gongshi-screenshot.png',
  poster: 'poster-contact.png',
  map: 'kunming-map-standard.png',
  'map-no-number': 'kunming-map-unnumbered.png',
};

const images = await generateTestImages({ variants: false, kinds: ['table', 'poster', 'map', 'map-no-number'] });
for (const image of images) writeFileSync(join(OUT, NAMES[image.name]), image.bytes);
console.log(`wrote ${images.length} images into ${OUT}`);
