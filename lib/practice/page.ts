/**
 * What the practice page tells the guard about itself: a tiny adapter (not registered in
 * lib/adapters: it is no platform) naming its title field, its ProseMirror body and its publish
 * button; and the mapping from a selection in the editor to draft-text offsets for exercise marks.
 */
import { defineAdapter } from '../adapters/adapter';
import type { Draft } from '../engine/draft';

export const practiceAdapter = defineAdapter({
  id: 'practice',
  name: { zh: '练习编辑器', en: 'Practice editor' },
  matches: [],
  title: ['#practice-title'],
  body: ['#practice-editor .ProseMirror'],
  publish: { selectors: ['#practice-publish'], labels: [] },
});

/** The draft-text range a DOM range covers (its text nodes only), or null when it covers no body text. */
export function rangeOffsets(draft: Draft<Node>, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (const s of draft.segments) {
    if (!range.intersectsNode(s.node)) continue;
    const length = s.end - s.start;
    const clamp = (n: number) => Math.min(Math.max(n, 0), length);
    const a = s.node === range.startContainer ? clamp(range.startOffset - s.nodeOffset) : 0;
    const b = s.node === range.endContainer ? clamp(range.endOffset - s.nodeOffset) : length;
    if (b <= a) continue;
    if (start < 0) start = s.start + a;
    end = s.start + b;
  }
  return start >= 0 && end > start ? { start, end } : null;
}
