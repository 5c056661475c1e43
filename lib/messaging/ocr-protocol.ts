/**
 * Messages of the image checks: the editor page asks the background to read an image (its bytes,
 * taken locally at paste/drop/file pick or from a data:/blob: source, or an https URL the
 * background may fetch); the background has the offscreen document run the OCR engine.
 */
import { z } from 'zod/mini';
import { findingSchema } from '../engine/rule';

/**
 * Image bytes as a base64 data: URL (20 MB of bytes is about 27 MB of base64). The declared type is
 * the page's word and is not trusted: the background reads the format from the bytes.
 */
export const imageDataUrlSchema = z.string().check(z.maxLength(28_000_000), z.regex(/^data:[^,]{0,100};base64,/));

/** A host name (or an image domain such as sinaimg.cn), as the image-access offer names it. */
export const hostSchema = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+$/i));

/** The image as the draft shows it: what the rules read besides its pixels. */
export const imageContextSchema = z.object({
  src: z.string().check(z.maxLength(2000)),
  alt: z.string().check(z.maxLength(2000)),
  title: z.string().check(z.maxLength(2000)),
  caption: z.string().check(z.maxLength(2000)),
  context: z.string().check(z.maxLength(2000)),
});

export const ocrProtocol = {
  /**
   * content script → background: read one image (cached by the bytes' SHA-256) and check its text
   * with the office's settings. The findings stand at offset 0; the page moves them to the image.
   */
  ocrRead: {
    data: z.object({
      source: z.union([
        z.object({ image: imageDataUrlSchema }),
        z.object({
          url: z.string().check(z.maxLength(4096), z.regex(/^https:\/\/[^\s/]+\//)),
        }),
      ]),
      /** Absent when an image is read ahead, as it is pasted: only the cache is warmed. */
      image: z.optional(imageContextSchema),
    }),
    reply: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        printed: z.string().check(z.maxLength(100_000)),
        findings: z.array(findingSchema).check(z.maxLength(500)),
      }),
      z.object({
        ok: z.literal(false),
        reason: z.string().check(z.maxLength(500)),
        /** A platform image server the extension may not read yet (lib/ocr/image-hosts.ts): the user can allow it. */
        access: z.optional(hostSchema),
      }),
    ]),
  },
  /**
   * content script → background: the user clicked "允许读取 … 的图片" in the panel; the background opens
   * the extension's own page where the user confirms (permissions.request needs that page's click).
   * Only known platform image servers are accepted.
   */
  imageAccessOpen: { data: z.object({ host: hostSchema }), reply: z.boolean() },
  /** background → content scripts: access to an image server was granted; read the images that failed again. */
  imageAccessChanged: { data: z.undefined(), reply: z.void() },
} as const;
