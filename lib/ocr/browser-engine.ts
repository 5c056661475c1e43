/**
 * The OCR engine inside the offscreen document: the WASM runtime and the models are files of the
 * extension package (the models copied from node_modules at build time, the runtime emitted by the bundler), loaded from its own origin, so
 * nothing is fetched from the network. Images are decoded by the browser (PNG, JPEG, WebP, GIF, BMP).
 */
import * as ort from 'onnxruntime-web/wasm';
import { browser } from '#imports';
import { createEngine, type OcrEngine } from './engine';
import { MAX_PIXELS, type OcrResult } from './types';

/** Where the build puts the runtime and the models (wxt.config.ts). */
export const OCR_ASSETS = {
  detection: '/ocr/ch_PP-OCRv4_det_infer.onnx',
  recognition: '/ocr/ch_PP-OCRv4_rec_infer.onnx',
  dictionary: '/ocr/ppocr_keys_v1.txt',
} as const;

let engine: Promise<OcrEngine> | undefined;
// The files are added by a build hook, so WXT's typed list of public paths does not know them.
const urlOf = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

function load(): Promise<OcrEngine> {
  engine ??= (async () => {
    // One thread: the extension page is not cross-origin isolated, so there is no SharedArrayBuffer.
    ort.env.wasm.numThreads = 1;
    const get = async (path: string) => {
      const r = await fetch(urlOf(path));
      if (!r.ok) throw new Error(`missing ${path}`);
      return r;
    };
    const [det, rec, dict] = await Promise.all([
      get(OCR_ASSETS.detection).then((r) => r.arrayBuffer()),
      get(OCR_ASSETS.recognition).then((r) => r.arrayBuffer()),
      get(OCR_ASSETS.dictionary).then((r) => r.text()),
    ]);
    return createEngine(ort, { detection: det, recognition: rec, dictionary: dict });
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Decodes and reads one image given as bytes. */
export async function readImage(bytes: Uint8Array): Promise<OcrResult> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  try {
    if (bitmap.width * bitmap.height > MAX_PIXELS) throw new Error(`image too large: ${bitmap.width}×${bitmap.height}`);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d', { willReadFrequently: true })!;
    // Transparent areas read as white, as they show on a light page.
    g.fillStyle = '#fff';
    g.fillRect(0, 0, bitmap.width, bitmap.height);
    g.drawImage(bitmap, 0, 0);
    const { data } = g.getImageData(0, 0, bitmap.width, bitmap.height);
    return (await load()).read({ width: bitmap.width, height: bitmap.height, data: new Uint8Array(data.buffer) });
  } finally {
    bitmap.close();
  }
}
