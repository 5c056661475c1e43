/**
 * Finds the editor: the adapter's ordered selectors first (an iframe selector stands for its
 * same-origin body, as for UEditor), then the generic finder — the largest visible textarea or
 * top-level contenteditable on the page, same-origin iframe bodies included — and a title field
 * when one is labelled as such.
 */
import type { Adapter } from './adapter';
import { openShadowRoots, queryAllDeep } from './query';

export type EditorField =
  | { kind: 'textarea'; element: HTMLTextAreaElement | HTMLInputElement; selector?: string }
  | { kind: 'rich'; element: HTMLElement; selector?: string };

const TITLE_SELECTORS = [
  'input[placeholder*="标题"]',
  'textarea[placeholder*="标题"]',
  '[contenteditable="true"][placeholder*="标题"]',
  '[data-placeholder*="标题"][contenteditable="true"]',
  '#title',
];

function area(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
}

/** Contenteditable roots (not their editable descendants) and textareas of one document, open shadow roots included. */
function candidatesIn(doc: Document): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const root of [doc, ...openShadowRoots(doc)]) {
    for (const el of root.querySelectorAll<HTMLElement>(
      'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
    )) {
      if (el.parentElement?.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')) continue;
      out.push(el);
    }
  }
  for (const frame of doc.querySelectorAll('iframe')) {
    // Sized by the frame element that shows it (frameBody records the hint).
    const body = frameBody(frame);
    if (body) out.push(body);
  }
  return out;
}

const sizeHint = new WeakMap<Element, number>();

function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** The same-origin body of an iframe when it is an editor (contenteditable or designMode). */
function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  let inner: Document | null = null;
  try {
    inner = frame.contentDocument;
  } catch {
    return null; // cross-origin: not ours to read
  }
  const body = inner?.body;
  if (!body || !(body.isContentEditable || inner?.designMode === 'on')) return null;
  sizeHint.set(body, area(frame));
  return body;
}

/** Turns an element matched by an adapter's body selector into the editor field it stands for. */
function fieldFor(el: HTMLElement, selector: string): EditorField | null {
  if (el.localName === 'iframe') {
    const body = isVisible(el) ? frameBody(el as HTMLIFrameElement) : null;
    return body ? { kind: 'rich', element: body, selector } : null;
  }
  if (!isVisible(el)) return null;
  if (el.localName === 'textarea') return { kind: 'textarea', element: el as HTMLTextAreaElement, selector };
  let root: HTMLElement | null = el.isContentEditable ? el : el.querySelector<HTMLElement>('[contenteditable="true"], textarea');
  if (!root) return null;
  if (root.localName === 'textarea') return { kind: 'textarea', element: root as HTMLTextAreaElement, selector };
  // A selector may hit an editable descendant: the draft is the whole editing host.
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return { kind: 'rich', element: root, selector };
}

export function findTitle(doc: Document, adapter?: Adapter): HTMLInputElement | HTMLTextAreaElement | HTMLElement | null {
  for (const selector of adapter?.title ?? []) {
    const visible = queryAllDeep(doc, selector).find(isVisible);
    if (visible) return visible;
  }
  for (const selector of TITLE_SELECTORS) {
    const el = doc.querySelector<HTMLElement>(selector);
    if (el) return el;
  }
  return null;
}

/** The editor as the adapter's body selectors alone find it (no generic fallback). */
export function findAdapterEditor(doc: Document, adapter: Adapter): EditorField | null {
  for (const selector of adapter.body) {
    for (const el of queryAllDeep(doc, selector)) {
      const field = fieldFor(el, selector);
      if (field) return field;
    }
  }
  return null;
}

export function findEditor(doc: Document, adapter?: Adapter): EditorField | null {
  const known = adapter ? findAdapterEditor(doc, adapter) : null;
  if (known) return known;
  const title = findTitle(doc, adapter);
  let best: HTMLElement | null = null;
  let bestArea = 0;
  for (const el of candidatesIn(doc)) {
    if (el === title) continue;
    const a = sizeHint.get(el) ?? area(el);
    if (a > bestArea) {
      best = el;
      bestArea = a;
    }
  }
  if (!best) return null;
  return best.localName === 'textarea' ? { kind: 'textarea', element: best as HTMLTextAreaElement } : { kind: 'rich', element: best };
}

export function titleText(el: Element | null): string {
  if (!el) return '';
  if (el.localName === 'input' || el.localName === 'textarea') return (el as HTMLInputElement).value;
  return el.textContent ?? '';
}
