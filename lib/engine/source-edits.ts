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
  /** Edits that could not be placed in the source (they stay undone; a re-check still finds them). */
  unplaced: Edit[];
}

/** Where a document's title characters are in the source ([start, end) per character, -1 unknown). */
export interface TitleSourceMap {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

export function applyEditsToSource(draft: Draft, source: string, edits: readonly Edit[], titleSource?: TitleSourceMap): SourceEditResult {
  const titleLength = draft.title.length;
  const titleEdits: Edit[] = [];
  const sourceEdits: Edit[] = [];
  const unplaced: Edit[] = [];
  for (const e of edits) {
    if (titleLength > 0 && e.end <= titleLength) {
      titleEdits.push(e);
      // A document's title is in the source too (<title>): the edit goes there as well.
      if (titleSource) {
        const a = titleSource.start[e.start] ?? -1;
        const b = e.end > e.start ? (titleSource.end[e.end - 1] ?? -1) : a;
        if (a >= 0 && b >= a) sourceEdits.push({ start: a, end: b, text: e.text });
        else unplaced.push(e);
      }
      continue;
    }
    const a = locate(draft, e.start);
    const b = locate(draft, e.end, 'end');
    // An edit is applied only when both ends map into the source (it does not straddle markup boundaries it cannot see).
    if (a && b && typeof a.offset === 'number' && typeof b.offset === 'number' && a.offset <= b.offset) {
      sourceEdits.push({ start: a.offset, end: b.offset, text: e.text });
    } else unplaced.push(e);
  }
  return { title: applyEdits(draft.title, titleEdits), source: applyEdits(source, sourceEdits), unplaced };
}
