/**
 * Applies a suggestion through the editor's own input path (STYLE §10): select the range, then
 * insertText, which fires beforeinput/input as typing does, so ProseMirror, Tiptap, Draft.js and
 * UEditor update their models and their undo restores the original.
 */
import type { Draft } from '../engine/draft';
import type { Edit } from '../engine/rule';
import type { EditorField } from '../adapters/find-editor';
import { findingRange } from './highlights';

export function applyEdit(field: EditorField, draft: Draft<Node> | Draft<number>, edit: Edit): boolean {
  const el = field.element;
  const doc = el.ownerDocument;
  if (field.kind === 'textarea') {
    // draftFromText keeps each line's offset in the value: map through the segments.
    const seg = (draft as Draft<number>).segments.find((s) => edit.start >= s.start && edit.end <= s.end);
    if (!seg) return false;
    const input = field.element;
    input.focus();
    input.setSelectionRange(seg.nodeOffset + (edit.start - seg.start), seg.nodeOffset + (edit.end - seg.start));
    return doc.execCommand('insertText', false, edit.text);
  }
  const range = findingRange(draft as Draft<Node>, edit);
  if (!range) return false;
  el.focus();
  const selection = doc.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return doc.execCommand('insertText', false, edit.text);
}

/** Scrolls a finding into view and selects it, so the editor sees where the problem is. */
export function revealFinding(field: EditorField, draft: Draft<Node> | Draft<number>, edit: Pick<Edit, 'start' | 'end'>): void {
  if (field.kind === 'textarea') {
    const seg = (draft as Draft<number>).segments.find((s) => edit.start >= s.start && edit.end <= s.end);
    field.element.focus();
    if (seg) field.element.setSelectionRange(seg.nodeOffset + (edit.start - seg.start), seg.nodeOffset + (edit.end - seg.start));
    return;
  }
  const range = findingRange(draft as Draft<Node>, edit);
  if (!range) return;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const selection = field.element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
