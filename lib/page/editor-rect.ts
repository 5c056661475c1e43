/**
 * Follows where the editor field stands in the top window's viewport, so the panel can open beside
 * it: re-measured on scroll (any scroller, captured), resize and the field's own size changes, at
 * most once per frame, until the signal aborts.
 */
import type { Rect } from './placement';

export interface EditorPlace {
  editor: Rect;
  viewport: { width: number; height: number };
}

/** The element's rectangle in the top document's viewport, through any same-origin frames. */
export function viewportRect(element: Element, top: Window): Rect {
  const doc = element.ownerDocument;
  const frame = doc.defaultView !== top ? doc.defaultView?.frameElement : null;
  // A frame's whole body is the editor (UEditor): the frame is what the user sees of it.
  if (frame && (element === doc.body || element === doc.documentElement)) return viewportRect(frame, top);
  const r = element.getBoundingClientRect();
  let { left, top: y, right, bottom } = r;
  let win: Window | null = element.ownerDocument.defaultView;
  while (win && win !== top) {
    const frame = win.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    // Content starts inside the frame's border.
    const dx = f.left + frame.clientLeft;
    const dy = f.top + frame.clientTop;
    left += dx;
    right += dx;
    y += dy;
    bottom += dy;
    win = win.parent;
  }
  return { left, top: y, right, bottom };
}

const same = (a: EditorPlace | null, b: EditorPlace): boolean =>
  a !== null &&
  a.viewport.width === b.viewport.width &&
  a.viewport.height === b.viewport.height &&
  (['left', 'top', 'right', 'bottom'] as const).every((k) => Math.round(a.editor[k]) === Math.round(b.editor[k]));

/**
 * Calls `onChange` with the element's place now and whenever it moves, until `signal` aborts.
 * Returns a function that asks for a new measure (the page's layout may shift without a scroll).
 */
export function trackEditorPlace(element: Element, top: Window, signal: AbortSignal, onChange: (place: EditorPlace) => void): () => void {
  let last: EditorPlace | null = null;
  let frame = 0;
  const measure = () => {
    frame = 0;
    if (signal.aborted || !element.isConnected) return;
    const place = { editor: viewportRect(element, top), viewport: { width: top.innerWidth, height: top.innerHeight } };
    if (same(last, place)) return;
    last = place;
    onChange(place);
  };
  const schedule = () => {
    if (!frame) frame = top.requestAnimationFrame(measure);
  };
  signal.addEventListener('abort', () => top.cancelAnimationFrame(frame), { once: true });
  const opts = { capture: true, passive: true, signal };
  top.addEventListener('scroll', schedule, opts);
  top.addEventListener('resize', schedule, { passive: true, signal });
  // An editor in a frame scrolls inside that frame.
  const own = element.ownerDocument.defaultView;
  if (own && own !== top) own.addEventListener('scroll', schedule, opts);
  const Observer = own?.ResizeObserver ?? globalThis.ResizeObserver;
  if (Observer) {
    const observer = new Observer(schedule);
    observer.observe(element);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  measure();
  return schedule;
}
