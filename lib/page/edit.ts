/**
 * Applies a suggestion through the editor's own input path (so its undo keeps working) and checks the result.
 * Editors keep their own model of the text (ProseMirror's and Draft.js's EditorState, React's
 * controlled value) and apply input where *they* believe the selection is; so the field is focused
 * first and left to settle (Draft.js restores its remembered selection on focus), the range is
 * selected and the editor is given time to observe that selection (selectionchange), and only then
 * is the text inserted with insertText, which editors handle as typing — their undo restores the
 * original. Afterwards the draft is read again: the edit counts only if the text is exactly the old
 * text with that one slice replaced, so a corrupted or ignored edit is reported, never assumed.
 */
import type { TextareaDraft } from '../adapters/watch';
import type { Draft } from '../engine/draft';
import type { Edit } from '../engine/rule';
import type { EditorField } from '../adapters/find-editor';
import { findingRange } from './highlights';

type AnyDraft = Draft<Node> | TextareaDraft;

/** Lets the editor's own handlers (focus, selectionchange, re-render) run: a frame, or 100 ms in a hidden tab. */
function settle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      win.setTimeout(resolve, 0);
    };
    const timer = win.setTimeout(done, 100);
    win.requestAnimationFrame(done);
  });
}

/** Resolves once the editor has seen the new selection: after the next selectionchange (or 100 ms) and a frame. */
const selectionObserved = (doc: Document, win: Window) =>
  new Promise((resolve) => {
    doc.addEventListener('selectionchange', resolve, { once: true });
    win.setTimeout(resolve, 100);
  }).then(() => settle(win));

function textareaRange(draft: TextareaDraft, edit: Pick<Edit, 'start' | 'end'>): [number, number] | null {
  // draftFromText keeps each line's offset in the value: map through the segments.
  const seg = draft.segments.find((s) => edit.start >= s.start && edit.end <= s.end);
  return seg ? [seg.nodeOffset + (edit.start - seg.start), seg.nodeOffset + (edit.end - seg.start)] : null;
}

/**
 * Applies one edit and verifies it. `read` takes a fresh draft of the same field. Resolves true
 * only when the re-read draft holds exactly the edited text.
 */
export async function applyEdit(field: EditorField, read: () => AnyDraft, edit: Edit): Promise<boolean> {
  const el = field.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return false;
  const before = read();
  const expected = before.text.slice(0, edit.start) + edit.text + before.text.slice(edit.end);
  if (edit.start < 0 || edit.end > before.text.length) return false;

  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  if (!active || !el.contains(active)) {
    el.focus();
    await settle(win);
  }

  if (field.kind === 'textarea') {
    const at = textareaRange(read() as TextareaDraft, edit);
    if (!at) return false;
    field.element.setSelectionRange(at[0], at[1]);
    doc.execCommand('insertText', false, edit.text);
  } else {
    const selection = doc.getSelection();
    if (!selection) return false;
    let range: Range | null = null;
    // An editor may put back the selection it remembers when it notices ours: set it until it stays.
    for (let tries = 0; tries < 3; tries++) {
      const now = read();
      if (now.text !== before.text) return false;
      range = findingRange(now as Draft<Node>, edit);
      if (!range) return false;
      selection.removeAllRanges();
      selection.addRange(range);
      await selectionObserved(doc, win);
      if (selection.anchorNode === range.startContainer && selection.anchorOffset === range.startOffset) break;
      range = null;
    }
    if (!range) return false;
    doc.execCommand('insertText', false, edit.text);
  }
  await settle(win);
  return read().text === expected;
}

/** Scrolls a finding into view and selects it, so the editor sees where the problem is. */
export function revealFinding(
  field: EditorField,
  draft: AnyDraft,
  edit: Pick<Edit, 'start' | 'end'> & { target?: { image: number } },
): void {
  // a finding about an image with no text of its own: the image is what to see
  const image = edit.target && edit.start === edit.end ? (draft as Draft<Node>).imageNodes?.[edit.target.image] : undefined;
  if (image && image.nodeType === 1 && image.isConnected) {
    (image as Element).scrollIntoView({ block: 'center', behavior: 'smooth' });
    return;
  }
  if (field.kind === 'textarea') {
    const at = textareaRange(draft as TextareaDraft, edit);
    field.element.focus();
    if (at) field.element.setSelectionRange(at[0], at[1]);
    return;
  }
  const range = findingRange(draft as Draft<Node>, edit);
  if (!range) return;
  const target = range.startContainer.parentElement;
  const h = field.element.ownerDocument.defaultView?.innerHeight ?? 0;
  if (target && target.getBoundingClientRect().height > h) {
    // A block taller than the screen (a pasted wall of text): the finding itself is centred, in the
    // nearest scroller that can move and then in the page, so its highlight (painted near the viewport) is seen.
    for (let el: Element | null = target; el; el = el.parentElement)
      if (el.scrollHeight > el.clientHeight && /auto|scroll/.test(getComputedStyle(el).overflowY)) {
        el.scrollTop += range.getBoundingClientRect().top - el.getBoundingClientRect().top - el.clientHeight / 2;
        break;
      }
    field.element.ownerDocument.scrollingElement?.scrollBy(0, range.getBoundingClientRect().top - h / 2);
  } else target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const selection = field.element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
