/**
 * Watches a page for its editor and reports a fresh Draft after input settles. One
 * MutationObserver, every listener and timer tied to `signal` (STYLE §9), so SPA navigation and
 * an invalidated extension context clean up without hand-written teardown. Nothing is checked
 * during IME composition; composition end checks at once.
 */
import { draftFromText, type Draft } from '../engine/draft';
import { draftFromElement } from '../engine/dom-tree';
import { findEditor, findTitle, titleText, type EditorField } from './find-editor';

export interface EditorSnapshot {
  field: EditorField;
  draft: Draft<Node> | Draft<number>;
}

export interface WatchOptions {
  debounceMs?: number;
  platform?: string;
  /** Called with each new snapshot, and with null when the editor goes away. */
  onDraft(snapshot: EditorSnapshot | null): void;
}

export function snapshot(field: EditorField, doc: Document, platform?: string): EditorSnapshot {
  const title = titleText(findTitle(doc));
  const draft =
    field.kind === 'textarea'
      ? draftFromText(field.element.value, { title, platform })
      : draftFromElement(field.element, { title, platform });
  return { field, draft };
}

export function watchEditor(doc: Document, signal: AbortSignal, options: WatchOptions): void {
  const debounceMs = options.debounceMs ?? 300;
  let field: EditorField | null = null;
  let fieldAbort: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;

  const runNow = () => {
    clearTimeout(timer);
    if (signal.aborted || !field) return;
    options.onDraft(snapshot(field, doc, options.platform));
  };
  const schedule = () => {
    if (composing) return;
    clearTimeout(timer);
    timer = setTimeout(runNow, debounceMs);
  };
  signal.addEventListener('abort', () => clearTimeout(timer));

  const attach = (next: EditorField) => {
    fieldAbort?.abort();
    fieldAbort = new AbortController();
    const listen = { capture: true, signal: AbortSignal.any([signal, fieldAbort.signal]) };
    field = next;
    // Listen on the editor's own document so a same-origin iframe body is covered too.
    const editorDoc = next.element.ownerDocument;
    editorDoc.addEventListener('input', schedule, listen);
    editorDoc.addEventListener('compositionstart', () => (composing = true), listen);
    editorDoc.addEventListener(
      'compositionend',
      () => {
        composing = false;
        runNow();
      },
      listen,
    );
    if (editorDoc !== doc) doc.addEventListener('input', schedule, listen);
    runNow();
  };

  const rescan = () => {
    if (signal.aborted) return;
    if (field && field.element.isConnected && field.element.ownerDocument.defaultView) return;
    const found = findEditor(doc);
    if (found) attach(found);
    else if (field) {
      field = null;
      fieldAbort?.abort();
      options.onDraft(null);
    }
  };

  let pending = false;
  const observer = new MutationObserver(() => {
    // Coalesce bursts of mutations (editor mounting, SPA route changes) into one rescan.
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      rescan();
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
  // iframes load their editable body after insertion: rescan when any frame finishes loading.
  doc.addEventListener('load', rescan, { capture: true, signal });
  rescan();
}
