/**
 * Follows the field being checked (a new one after SPA navigation replaces the old): where it
 * stands in the viewport, so the panel can open clear of its text.
 */
import { trackEditorPlace, type EditorPlace } from './editor-rect';

export interface EditorFollower {
  /** Where the followed field stands now; null when none. */
  readonly place: EditorPlace | null;
  /** Follow this field (re-measured when it is the one followed already); null stops following. */
  follow(element: Element | null): void;
}

/** `moved` runs on every later measure; the first one lands before the caller renders. */
export function editorFollower(doc: Document, signal: AbortSignal, moved: () => void): EditorFollower {
  let place: EditorPlace | null = null;
  let placed: { element: Element; stop: AbortController; remeasure: () => void } | null = null;
  return {
    get place() {
      return place;
    },
    follow(element) {
      if (placed?.element === element) return placed.remeasure();
      placed?.stop.abort();
      placed = null;
      place = null;
      const top = doc.defaultView;
      if (!element || !top) return;
      const stop = new AbortController();
      const remeasure = trackEditorPlace(element, top, AbortSignal.any([signal, stop.signal]), (next) => {
        place = next;
        if (placed) moved();
      });
      placed = { element, stop, remeasure };
    },
  };
}
