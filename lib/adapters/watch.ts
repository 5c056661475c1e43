/**
 * Watches a page for its editor and reports a fresh Draft after input settles. One
 * MutationObserver, every listener and timer tied to `signal`, so SPA navigation and
 * an invalidated extension context clean up without hand-written teardown. Nothing is checked
 * during IME composition; composition end checks at once. The adapter's selectors come first and
 * the generic finder last; gallery thumbnails (short-post composers) join the draft's images.
 */
import { draftFromText, type Draft, type DraftImage } from '../engine/draft';
import { draftFromElement } from '../engine/dom-tree';
import type { Adapter } from './adapter';
import { findAdapterEditor, findEditor, findTitle, titleText, type EditorField } from './find-editor';
import generic from './generic';
import { adapterById } from './index';
import { queryAllDeep } from './query';

/** A textarea's draft: its text has no nodes of its own, but its gallery images are elements. */
export type TextareaDraft = Draft<number, Node>;

export interface EditorSnapshot {
  field: EditorField;
  draft: Draft<Node> | TextareaDraft;
}

export interface WatchOptions {
  debounceMs?: number;
  platform?: string;
  /** Site knowledge; defaults to the adapter whose id is `platform`, else the generic one. */
  adapter?: Adapter;
  /** Called with each new snapshot, and with null when the editor goes away. */
  onDraft(snapshot: EditorSnapshot | null): void;
}

/** Images outside the body: the adapter's gallery thumbnails, in document order. */
export function galleryImages(doc: Document, adapter: Adapter, field?: EditorField): HTMLImageElement[] {
  const out: HTMLImageElement[] = [];
  for (const selector of adapter.gallery ?? []) {
    for (const el of queryAllDeep(doc, selector)) {
      const imgs = el.localName === 'img' ? [el as HTMLImageElement] : [...el.querySelectorAll('img')];
      for (const img of imgs) if (!out.includes(img) && !field?.element.contains(img)) out.push(img);
    }
  }
  return out;
}

const gallerySignature = (images: HTMLImageElement[]) => images.map((img) => `${img.getAttribute('src')}\u0000${img.alt}`).join('\n');

export function snapshot(field: EditorField, doc: Document, platform?: string, adapter: Adapter = generic): EditorSnapshot {
  const title = titleText(findTitle(doc, adapter));
  const draft =
    field.kind === 'textarea'
      ? draftFromText(field.element.value, { title, platform })
      : draftFromElement(field.element, { title, platform });
  const gallery = galleryImages(doc, adapter, field);
  if (gallery.length === 0) return { field, draft };
  // Gallery images stand after the text: they are published with it but are not part of it.
  const extra: DraftImage[] = gallery.map((img) => ({
    src: img.getAttribute('src') ?? img.getAttribute('data-src') ?? '',
    alt: img.alt,
    title: img.title,
    caption: '',
    context: '',
    offset: draft.text.length,
  }));
  const images = [...draft.images, ...extra];
  // the page outlines an image a finding is about: the gallery's elements stand after the body's (a textarea has none)
  if (field.kind === 'textarea') return { field, draft: { ...draft, images, imageNodes: gallery } };
  const rich = draft as Draft<Node>;
  return { field, draft: { ...rich, images, imageNodes: [...(rich.imageNodes ?? []), ...gallery] } };
}

/**
 * What a batch of mutations asks of the watcher: a check of the draft (something changed inside
 * the editor), and a rescan (the editor, the gallery or a better editor may have come or gone
 * somewhere else). A rescan looks for gallery images across the page, walking every element for
 * open shadow roots; while typing, or when a large draft is pasted, every batch lies inside the
 * editor and none of that can have changed: the gallery's images are the ones outside the editor,
 * and the editor itself is added or removed by a change to its parent. A generic guess is the
 * exception: the platform's own editor may mount inside it, so every batch still rescans.
 */
export function mutationNeeds(
  records: ArrayLike<{ readonly target: Node }>,
  editor: EditorField | null,
): { check: boolean; rescan: boolean } {
  let inside = 0;
  const element = editor?.element;
  if (element) for (let k = 0; k < records.length; k++) if (element.contains(records[k].target)) inside++;
  return { check: inside > 0, rescan: inside < records.length || editor?.selector === undefined };
}

export interface EditorWatch {
  /** Check now (settings changed), unless an IME is composing: then the composition's end checks. */
  checkNow(): void;
}

export function watchEditor(doc: Document, signal: AbortSignal, options: WatchOptions): EditorWatch {
  const debounceMs = options.debounceMs ?? 300;
  const adapter = options.adapter ?? adapterById(options.platform) ?? generic;
  const platform = options.platform ?? (adapter === generic ? undefined : adapter.id);
  let gallery = '';
  let field: EditorField | null = null;
  let fieldAbort: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;

  const runNow = () => {
    clearTimeout(timer);
    if (signal.aborted || !field) return;
    const next = snapshot(field, doc, platform, adapter);
    gallery = gallerySignature(galleryImages(doc, adapter, field));
    options.onDraft(next);
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
    editorDoc.addEventListener(
      'compositionstart',
      () => {
        // A check still pending from before the composition would read the half-composed text.
        composing = true;
        clearTimeout(timer);
      },
      listen,
    );
    editorDoc.addEventListener(
      'compositionend',
      () => {
        composing = false;
        runNow();
      },
      listen,
    );
    if (editorDoc !== doc) {
      doc.addEventListener('input', schedule, listen);
      // The same observer also sees the iframe editor's own mutations (content loaded by script).
      observer.observe(editorDoc.documentElement, { childList: true, subtree: true, characterData: true });
    }
    runNow();
  };

  const onEditorUrl = () => {
    if (!adapter.isEditorUrl) return true;
    try {
      return adapter.isEditorUrl(new URL(doc.location.href));
    } catch {
      return true;
    }
  };

  const rescan = () => {
    if (signal.aborted) return;
    const editorPage = onEditorUrl();
    if (editorPage && field && field.element.isConnected && field.element.ownerDocument.defaultView) {
      // A generic guess (a digest textarea, say) gives way to the platform's editor once it mounts.
      const known = field.selector === undefined && adapter.body.length > 0 ? findAdapterEditor(doc, adapter) : null;
      if (known) {
        attach(known);
        return;
      }
      // A gallery thumbnail added or removed changes the draft without an input event.
      if (adapter.gallery && gallerySignature(galleryImages(doc, adapter, field)) !== gallery) schedule();
      return;
    }
    const found = editorPage ? findEditor(doc, adapter) : null;
    if (found) attach(found);
    else if (field) {
      field = null;
      fieldAbort?.abort();
      options.onDraft(null);
    }
  };

  let pending = false;
  const observer = new MutationObserver((records) => {
    const needs = mutationNeeds(records, field);
    // Content the page writes into the editor (draft loading, SPA re-render) fires no input event.
    if (needs.check) schedule();
    // Coalesce bursts of mutations (editor mounting, SPA route changes) into one rescan.
    if (!needs.rescan || pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      rescan();
    });
  });
  // contenteditable set on an existing element makes it an editor without any node added.
  const watched = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] };
  observer.observe(doc.documentElement, watched);
  signal.addEventListener('abort', () => observer.disconnect());
  // A same-origin frame's body can become editable long after it loads (UEditor sets it from the
  // frame's own script in a timer; designMode changes no node at all): its document is observed
  // too, and focus inside it rescans.
  const frames = new WeakSet<Document>();
  const watchFrame = (frame: HTMLIFrameElement) => {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      return; // cross-origin: not ours to read
    }
    if (!inner?.documentElement || frames.has(inner)) return;
    frames.add(inner);
    observer.observe(inner.documentElement, watched);
    inner.addEventListener('focusin', rescan, { capture: true, signal });
  };
  const onLoad = (e: Event) => {
    if ((e.target as Element).localName === 'iframe') watchFrame(e.target as HTMLIFrameElement);
    rescan();
  };
  // iframes load their editable body after insertion: rescan when any frame finishes loading.
  doc.addEventListener('load', onLoad, { capture: true, signal });
  // An editor inside a shadow root renders without a mutation this observer sees: focus tells.
  doc.addEventListener('focusin', () => field === null && rescan(), { capture: true, signal });
  for (const frame of doc.querySelectorAll('iframe')) watchFrame(frame);
  rescan();
  return {
    checkNow() {
      if (!composing) runNow();
    },
  };
}
