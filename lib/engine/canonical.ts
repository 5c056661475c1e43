/**
 * The canonical form of a draft that an approval is bound to, the same in the browser and the
 * CLI: the title and body exactly as typed, the images (source, alt text, title, where they stand),
 * the link targets (and where they stand) and whatever else a reader sees that the rules do not
 * read (svg text, buttons, embedded media). Only layout is not content: runs of spaces, blank lines
 * and markup. No other folding: a zero-width character, a bidi control, a superscript or ③ for 3
 * is a change a reader could notice, so it makes another draft.
 */
import type { Draft, DraftImage, DraftLink } from './draft';
import { sha256Hex } from './hash';

/** Bump when the canonical form changes: tokens carry the hash, so old ones then stop matching. */
export const CANONICAL_FORM = 'govpost-draft/2';

export type CanonicalInput = Pick<Draft, 'title' | 'text'> & {
  images: readonly Pick<DraftImage, 'src' | 'alt' | 'title' | 'offset'>[];
  links?: readonly Pick<DraftLink, 'href' | 'text' | 'start'>[];
  unchecked?: readonly string[];
};

export interface CanonicalImage {
  src: string;
  alt: string;
  title: string;
  /** Characters (not counting spaces) of the body before the image. */
  at: number;
}

export interface CanonicalLink {
  href: string;
  text: string;
  at: number;
}

export interface CanonicalDraft {
  title: string;
  /** Body lines, one per block, spaces folded, blank lines dropped. */
  body: string[];
  images: CanonicalImage[];
  links: CanonicalLink[];
  unchecked: string[];
}

/**
 * Spaces a layout may add or drop. Deliberately not `\s`: U+FEFF (zero-width no-break space) is an
 * invisible character that changes what a reader's software does with the text, so it stays.
 */
const SPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const LINE = /\r\n|[\n\r\u2028\u2029]/;

const fold = (s: string): string => s.replace(SPACE, ' ').trim();

function lines(text: string): string[] {
  return text.split(LINE).map(fold).filter(Boolean);
}

/** Where an offset stands, counted in characters that are not spaces or line breaks (layout-proof). */
function positions(text: string): (offset: number) => number {
  const counts = new Uint32Array(text.length + 1);
  const blank = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\r\n\u2028\u2029]/;
  for (let i = 0; i < text.length; i++) counts[i + 1] = counts[i] + (blank.test(text[i]) ? 0 : 1);
  return (offset) => counts[Math.max(0, Math.min(offset, text.length))];
}

export function canonicalDraft(draft: CanonicalInput): CanonicalDraft {
  const title = lines(draft.title).join(' ');
  // Draft text starts with the title when there is one; the body is what follows it.
  const skip = draft.title && draft.text.startsWith(draft.title) ? draft.title.length : 0;
  const at = positions(draft.text);
  const base = at(skip);
  return {
    title,
    body: lines(draft.text.slice(skip)),
    images: draft.images.map((i) => ({ src: i.src.trim(), alt: fold(i.alt), title: fold(i.title), at: at(i.offset) - base })),
    links: (draft.links ?? []).map((l) => ({ href: l.href.trim(), text: fold(l.text), at: at(l.start) - base })),
    unchecked: (draft.unchecked ?? []).map(fold).filter(Boolean),
  };
}

/** The exact string that is hashed: JSON, so no separator inside the text can make two drafts one. */
export function canonicalString(draft: CanonicalInput): string {
  const c = canonicalDraft(draft);
  return JSON.stringify([
    CANONICAL_FORM,
    c.title,
    c.body,
    c.images.map((i) => [i.src, i.alt, i.title, i.at]),
    c.links.map((l) => [l.href, l.text, l.at]),
    c.unchecked,
  ]);
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
