/**
 * The canonical form of a draft that an approval is bound to, the same in the browser and the
 * CLI: the normalised title, the normalised body text and the image sources, in order. Layout
 * (spaces, blank lines, markup) is not content; characters, order and pictures are.
 */
import type { Draft } from '../engine/draft';
import { normalize } from '../engine/normalize';

/** Bump when the canonical form changes: tokens carry the hash, so old ones then stop matching. */
export const CANONICAL_FORM = 'govpost-draft/1';

export type CanonicalInput = Pick<Draft, 'title' | 'text' | 'images'>;

export interface CanonicalDraft {
  title: string;
  /** Body lines, normalised, one per block, blank lines dropped. */
  body: string[];
  images: string[];
}

/** NFKC, invisible characters dropped, Chinese numeral runs as digits; runs of spaces folded. */
function lines(text: string): string[] {
  return normalize(text)
    .text.split(/\r\n|[\n\r\u2028\u2029]/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function canonicalDraft(draft: CanonicalInput): CanonicalDraft {
  const title = lines(draft.title).join(' ');
  // Draft text starts with the title when there is one; the body is what follows it.
  const body = draft.title && draft.text.startsWith(draft.title) ? draft.text.slice(draft.title.length) : draft.text;
  return { title, body: lines(body), images: draft.images.map((i) => i.src.trim()).filter(Boolean) };
}

/** The exact string that is hashed: JSON, so no separator inside the text can make two drafts one. */
export function canonicalString(draft: CanonicalInput): string {
  const c = canonicalDraft(draft);
  return JSON.stringify([CANONICAL_FORM, c.title, c.body, c.images]);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (hex) of the canonical draft: what an approval signs and the publication log stores. */
export function draftHash(draft: CanonicalInput): Promise<string> {
  return sha256Hex(canonicalString(draft));
}

/** The approved text as a reviewer saw it (title and body lines), kept locally to show what changed. */
export function canonicalText(draft: CanonicalInput): string {
  const c = canonicalDraft(draft);
  return [c.title, ...c.body].join('\n');
}
