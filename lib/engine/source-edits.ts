/**
 * Applies draft-text edits (masking suggestions) to the source a draft came from — an HTML
 * string or a plain-text file — through the draft's segments, so markup survives.
 */
import { applyEdits } from './runner';
import { locate, type Draft } from './draft';
import type { Edit } from './rule';

export interface SourceEditResult {
  title: string;
  source: string;
}

export function applyEditsToSource(draft: Draft, source: string, edits: readonly Edit[]): SourceEditResult {
  const titleLength = draft.title.length;
  const titleEdits = edits.filter((e) => e.end <= titleLength && titleLength > 0);
  const sourceEdits: Edit[] = [];
  for (const e of edits) {
    if (titleEdits.includes(e)) continue;
    const a = locate(draft, e.start);
    const b = locate(draft, e.end, 'end');
    // An edit is applied only when both ends map into the source (it does not straddle markup boundaries it cannot see).
    if (a && b && typeof a.offset === 'number' && typeof b.offset === 'number' && a.offset <= b.offset) {
      sourceEdits.push({ start: a.offset, end: b.offset, text: e.text });
    }
  }
  return { title: applyEdits(draft.title, titleEdits), source: applyEdits(source, sourceEdits) };
}
