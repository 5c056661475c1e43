/**
 * What reading an image returns, validated wherever it crosses a boundary (messaging, the cache,
 * the CLI): the image's size and each line of text with its box in the image's pixels.
 */
import { z } from 'zod';

export const ocrLineSchema = z.object({
  text: z.string(),
  /** [x, y, width, height] in the image's own pixels. */
  box: z.tuple([z.number(), z.number(), z.number().nonnegative(), z.number().nonnegative()]),
  confidence: z.number().min(0).max(1),
});
export type OcrLine = z.infer<typeof ocrLineSchema>;

export const ocrResultSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  lines: z.array(ocrLineSchema).max(2000),
});
export type OcrResult = z.infer<typeof ocrResultSchema>;

/** Decoded pixels, RGBA or RGB, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Images larger than this many pixels are refused rather than read (memory in the offscreen page). */
export const MAX_PIXELS = 40_000_000;
/** Bytes of one image we accept to read. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
