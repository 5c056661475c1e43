/**
 * background ↔ offscreen document: the OCR engine's one message, apart from the editor page's
 * protocol so the content script does not carry it.
 */
import { z } from 'zod';
import { ocrResultSchema } from '../ocr/types';
import { imageDataUrlSchema } from './ocr-protocol';

export const ocrReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), key: z.string().regex(/^[0-9a-f]{64}$/), result: ocrResultSchema }),
  z.object({ ok: z.literal(false), reason: z.string().max(500) }),
]);
export type OcrReply = z.infer<typeof ocrReplySchema>;

export const offscreenProtocol = {
  /** background → offscreen document: run the OCR engine on these bytes. */
  ocrRun: {
    data: z.object({ image: imageDataUrlSchema }),
    reply: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), result: ocrResultSchema }),
      z.object({ ok: z.literal(false), reason: z.string().max(500) }),
    ]),
  },
} as const;
