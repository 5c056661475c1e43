/**
 * The command line reads images too: image files on their own, images embedded in .docx files, and
 * local images an .html file references (relative paths and data: URLs). Remote images are not
 * fetched: the CLI makes no network calls. Reading uses the same OCR engine as the extension.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Draft, DraftImage } from '../engine/draft';
import type { translator } from '../i18n';
import type { ImageReading } from '../ocr/image-check';
import { imageText } from '../ocr/image-check';
import { MAX_IMAGE_BYTES } from '../ocr/types';

export const IMAGE_FILE = /\.(png|jpe?g|webp)$/i;
export const isImageFile = (file: string) => IMAGE_FILE.test(file);

type Tr = ReturnType<typeof translator>;

/** A draft that is one image and nothing else (an image file given on the command line). */
export function imageDraft(file: string): Draft<number> {
  const image: DraftImage = { src: basename(file), alt: '', title: '', caption: '', context: '', offset: 0 };
  return { title: '', text: '', blocks: [], images: [image], links: [], segments: [] };
}

export function readImageFile(file: string, resolvePath: (p: string) => string, tr: Tr, error: (message: string) => Error): Uint8Array {
  try {
    if (statSync(resolvePath(file)).size > MAX_IMAGE_BYTES) throw error(tr('cli.error.tooLarge', { file, limit: MAX_IMAGE_BYTES >> 20 }));
    return readFileSync(resolvePath(file));
  } catch (e) {
    if (e instanceof Error && !('code' in e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw error(
      code === 'ENOENT' ? tr('cli.error.missingFile', { file }) : tr('cli.error.unreadable', { file, reason: code ?? String(e) }),
    );
  }
}

/** The bytes of an image an HTML file points at, when they are on this machine. */
export function localImageBytes(src: string, htmlFile: string): Uint8Array | undefined {
  const data = /^data:image\/[a-z+.-]+;base64,(.*)$/is.exec(src);
  if (data) return new Uint8Array(Buffer.from(data[1], 'base64'));
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^file:/i.test(src)) return undefined;
  try {
    const path = /^file:/i.test(src) ? fileURLToPath(src) : resolve(dirname(htmlFile), decodeURIComponent(src.split(/[?#]/)[0]));
    if (statSync(path).size > MAX_IMAGE_BYTES) return undefined;
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Reads every image of a draft whose bytes `bytesOf` can give, one at a time, records the text on
 * the draft's image (so the rules see it) and returns the readings. An image that cannot be decoded
 * is an error naming the file, unless `lenient` (images inside documents: the text is still checked).
 */
export async function readDraftImages(
  draft: Draft,
  bytesOf: (image: DraftImage, index: number) => Uint8Array | undefined,
  options: { file: string; tr: Tr; error: (message: string) => Error; lenient?: boolean },
): Promise<{ readings: ImageReading[]; skipped: string[] }> {
  const readings: ImageReading[] = [];
  const skipped: string[] = [];
  // The engine (WASM runtime, image decoders) loads only when a draft has an image to read.
  const { decodeImage, nodeEngine } = await import('../ocr/node');
  for (const [index, image] of draft.images.entries()) {
    const bytes = bytesOf(image, index);
    if (!bytes) {
      if (/^https?:/i.test(image.src)) skipped.push(image.src);
      continue;
    }
    let pixels;
    try {
      pixels = await decodeImage(bytes);
    } catch (e) {
      if (options.lenient) {
        skipped.push(image.src);
        continue;
      }
      throw options.error(options.tr('cli.error.badImage', { file: options.file, reason: (e as Error).message }));
    }
    const result = await (await nodeEngine()).read(pixels);
    image.printed = imageText(result).text;
    readings.push({ index, result });
  }
  return { readings, skipped };
}
