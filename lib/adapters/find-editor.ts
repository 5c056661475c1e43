/**
 * The generic editor finder: the largest visible textarea or top-level contenteditable on the
 * page, including the body of a same-origin iframe (UEditor), and a title field when one is
 * labelled as such. Platform adapters (issue 6) put their own selectors in front of this.
 */

export type EditorField =
  | { kind: 'textarea'; element: HTMLTextAreaElement | HTMLInputElement }
  | { kind: 'rich'; element: HTMLElement };

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

/** Contenteditable roots (not their editable descendants) and textareas of one document. */
function candidatesIn(doc: Document): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')) {
    if (el.parentElement?.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')) continue;
    out.push(el);
  }
  for (const frame of doc.querySelectorAll('iframe')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null; // cross-origin: not ours to read
    }
    const body = inner?.body;
    if (body && (body.isContentEditable || inner?.designMode === 'on')) {
      // Size the iframe's body by the frame element that shows it.
      sizeHint.set(body, area(frame));
      out.push(body);
    }
  }
  return out;
}

const sizeHint = new WeakMap<Element, number>();

export function findTitle(doc: Document): HTMLInputElement | HTMLTextAreaElement | HTMLElement | null {
  for (const selector of TITLE_SELECTORS) {
    const el = doc.querySelector<HTMLElement>(selector);
    if (el) return el;
  }
  return null;
}

export function findEditor(doc: Document): EditorField | null {
  const title = findTitle(doc);
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
