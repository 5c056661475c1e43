/**
 * What `check` reads: files as named, and folders walked recursively for the types it
 * understands — sorted, so a report lists a trainer's folder in a stable order; node_modules,
 * dot-folders and dot-files, and Word's "~$…" lock files are skipped. Word documents (.docx) are
 * turned into HTML by mammoth and read as any HTML draft.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { translator } from '../i18n';

export const SUPPORTED = /\.(json|html?|txt|md|markdown|docx|png|jpe?g|webp)$/i;
export const isDocx = (file: string) => /\.docx$/i.test(file);

type Tr = ReturnType<typeof translator>;

/** Files under a folder (given as the user typed it), recursively, supported types only, sorted by path. */
export function filesUnder(folder: string, resolvePath: (p: string) => string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(resolvePath(dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && SUPPORTED.test(e.name) && !e.name.startsWith('~$')) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** The command line's paths with folders expanded; a folder with nothing to check is an error. */
export function expandInputs(
  paths: readonly string[],
  resolvePath: (p: string) => string,
  tr: Tr,
  error: (message: string) => Error,
): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let folder = false;
    try {
      folder = statSync(resolvePath(p)).isDirectory();
    } catch {
      // Missing paths are reported by the loader, with the file's own message.
    }
    if (!folder) {
      out.push(p);
      continue;
    }
    const found = filesUnder(p, resolvePath);
    if (!found.length) throw error(tr('cli.error.emptyFolder', { folder: p }));
    out.push(...found);
  }
  return out;
}

/** A .docx file's body as HTML (headings, paragraphs, lists, tables, images' alt text). */
export async function docxToHtml(
  file: string,
  resolvePath: (p: string) => string,
  tr: Tr,
  error: (message: string) => Error,
  /** When given, receives each embedded image's bytes, in document order (the images are read by OCR). */
  images?: Uint8Array[],
): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = readFileSync(resolvePath(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw error(
      code === 'ENOENT' ? tr('cli.error.missingFile', { file }) : tr('cli.error.unreadable', { file, reason: code ?? String(e) }),
    );
  }
  // Loaded only when a Word file is checked: the CLI starts faster without it.
  const { default: mammoth } = await import('mammoth');
  try {
    // Images become <img> with their alt text and no data: the map rule reads alt text and captions, not pixels.
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          const ext = image.contentType.split('/')[1] ?? 'bin';
          if (!images) return { src: `image.${ext}` };
          images.push(new Uint8Array(await image.readAsBuffer()));
          return { src: `image-${images.length}.${ext}` };
        }),
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
      },
    );
    return result.value;
  } catch (e) {
    throw error(tr('cli.error.badDocx', { file, reason: String((e as Error).message ?? e).split('\n')[0] }));
  }
}
