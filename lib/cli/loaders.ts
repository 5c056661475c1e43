/**
 * The check CLI's inputs: a draft read from a .json, .html, .txt, .md or Word .docx file, with the
 * reason on stderr (exit 2) when a file cannot be read.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import '../settings/chinese-issues';
import type { Draft } from '../engine/draft';
import { draftFromText } from '../engine/draft';
import { draftFromHtml, draftFromHtmlDocument, type TitleSource } from '../engine/html-tree';
import { translator } from '../i18n';
import { UsageError } from './exit';
import { docxToHtml, isDocx } from './inputs';
import { imageDraft, localImageBytes, readDraftImages, readImageFile } from './images';
import type { ImageReading } from '../ocr/image-check';

const MAX_BYTES = 20 * 1024 * 1024;

/** `npm run` starts scripts in the package root; paths are the user's, relative to where they typed. */
export const userPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

export const draftFileSchema = z.object({
  title: z.string(),
  html: z.string().optional(),
  text: z.string().optional(),
  platform: z.string().optional(),
});

export interface LoadedDraft {
  file: string;
  draft: Draft;
  kind: 'json' | 'html' | 'txt' | 'md' | 'docx' | 'image';
  source: string;
  json?: z.infer<typeof draftFileSchema>;
  /** Text read from the draft's images (runCli only). */
  readings?: ImageReading[];
  /** Bytes of a .docx file's embedded images, in document order. */
  docxImages?: Uint8Array[];
  /** A whole HTML document's <title>, character by character in the source (masking edits it there). */
  titleSource?: TitleSource;
}

export function loadDraft(file: string, tr = translator()): LoadedDraft {
  const kind = /\.(json|html?|txt|md|markdown)$/i.exec(file)?.[1].toLowerCase();
  if (isDocx(file)) throw new UsageError(tr('cli.error.docxNeedsAsync'));
  if (!kind) throw new UsageError(tr('cli.error.unknownType', { file }));
  let bytes: Buffer;
  try {
    if (statSync(userPath(file)).size > MAX_BYTES) throw new UsageError(tr('cli.error.tooLarge', { file, limit: MAX_BYTES >> 20 }));
    bytes = readFileSync(userPath(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(tr('cli.error.missingFile', { file }));
    throw new UsageError(tr('cli.error.unreadable', { file, reason: code ?? String(e) }));
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(tr('cli.error.notUtf8', { file }));
  }
  return draftFromSource(file, kind === 'htm' ? 'html' : kind === 'markdown' ? 'md' : (kind as 'json' | 'html' | 'txt' | 'md'), source, tr);
}

/** A draft from a file's text, read as its kind says (also used to re-check masked output). */
export function draftFromSource(file: string, kind: 'json' | 'html' | 'txt' | 'md', source: string, tr = translator()): LoadedDraft {
  if (kind === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(source);
    } catch (e) {
      throw new UsageError(tr('cli.error.badJson', { file, reason: (e as Error).message }));
    }
    const parsed = draftFileSchema.safeParse(raw);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new UsageError(tr('cli.error.badJson', { file, reason }));
    }
    const json = parsed.data;
    const draft =
      json.html !== undefined
        ? draftFromHtml(json.html, { title: json.title, platform: json.platform })
        : draftFromText(json.text ?? '', { title: json.title, platform: json.platform });
    return { file, draft, kind, source: json.html ?? json.text ?? '', json };
  }
  if (kind === 'html') {
    const draft = draftFromHtmlDocument(source);
    return { file, draft, kind: 'html', source, titleSource: draft.titleSource };
  }
  return { file, draft: draftFromText(source), kind, source };
}

/** A Word document as a draft: mammoth's HTML, read as any HTML body (no separate title). */
export async function loadDocx(file: string, tr = translator()): Promise<LoadedDraft> {
  if (statSafe(file) > MAX_BYTES) throw new UsageError(tr('cli.error.tooLarge', { file, limit: MAX_BYTES >> 20 }));
  const docxImages: Uint8Array[] = [];
  const html = await docxToHtml(file, userPath, tr, (message) => new UsageError(message), docxImages);
  return { file, draft: draftFromHtml(html), kind: 'docx', source: html, docxImages };
}

/** An image file as a draft of one image; its bytes are read now, so a missing file fails early. */
export function loadImage(file: string, tr = translator()): LoadedDraft {
  const bytes = readImageFile(file, userPath, tr, (message) => new UsageError(message));
  return { file, draft: imageDraft(file), kind: 'image', source: '', docxImages: [bytes] };
}

/** Reads the draft's images whose bytes are on this machine (see lib/cli/images.ts). */
export async function readImagesOf(l: LoadedDraft, tr: ReturnType<typeof translator>): Promise<void> {
  const bytesOf = (image: { src: string }, index: number) =>
    l.kind === 'image'
      ? l.docxImages?.[index]
      : l.kind === 'docx'
        ? l.docxImages?.[Number(/^image-(\d+)\./.exec(image.src)?.[1] ?? 0) - 1]
        : l.kind === 'html'
          ? localImageBytes(image.src, userPath(l.file))
          : undefined;
  const { readings } = await readDraftImages(l.draft, bytesOf, {
    file: l.file,
    tr,
    error: (message) => new UsageError(message),
    lenient: l.kind !== 'image',
  });
  l.readings = readings;
}

function statSafe(file: string): number {
  try {
    return statSync(userPath(file)).size;
  } catch {
    return 0; // the loader reports a missing file with its own message
  }
}
