/**
 * Where the guard's panel opens so that it does not cover the text being written: beside the editor
 * (right, then left), else below or above it, else — a window too narrow for any of these — at the
 * corner over the editor, in which case the panel says so and can be folded away. Pure: viewport
 * coordinates in, a box out; the toggle never moves.
 */

/** A rectangle in viewport coordinates (CSS pixels). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacementInput {
  viewport: { width: number; height: number };
  /** The editor field as the user sees it; null when unknown. */
  editor: Rect | null;
  /** The toggle (with anything attached to it), which stays where it is. */
  anchor: Rect;
}

export type PlacementSide = 'right' | 'left' | 'below' | 'above' | 'corner';

export interface Placement {
  side: PlacementSide;
  left: number;
  width: number;
  /** The vertical band the panel may fill. */
  top: number;
  bottom: number;
  /** Which edge of the band the panel keeps to: near the toggle ('end') or just under the editor ('start'). */
  align: 'start' | 'end';
  /** The panel stands over part of the editor (nowhere else fits): it must be easy to fold away. */
  covers: boolean;
}

export const EDGE = 16;
export const GAP = 8;
export const MIN_WIDTH = 240;
export const MAX_WIDTH = 360;
export const MIN_HEIGHT = 160;

const intersects = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The part of the editor inside the viewport; null when none of it is visible. */
function visiblePart(editor: Rect | null, vw: number, vh: number): Rect | null {
  if (!editor) return null;
  const r = {
    left: Math.max(0, editor.left),
    top: Math.max(0, editor.top),
    right: Math.min(vw, editor.right),
    bottom: Math.min(vh, editor.bottom),
  };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

export function placePanel({ viewport, editor, anchor }: PlacementInput): Placement {
  const vw = viewport.width;
  const vh = viewport.height;
  const seen = visiblePart(editor, vw, vh);
  // A column that shares the toggle's horizontal span stops above it; others may use the full height.
  const floor = (left: number, width: number) => (left < anchor.right && anchor.left < left + width ? anchor.top - GAP : vh - EDGE);
  const fullWidth = Math.max(0, Math.min(MAX_WIDTH, vw - 2 * EDGE));
  const atRight = (width: number) => vw - EDGE - width;

  // At the corner the panel keeps to half the window's height, as it always has.
  const cornerTop = Math.max(EDGE, anchor.top - GAP - Math.round(vh / 2));
  const corner: Placement = {
    side: 'corner',
    left: atRight(fullWidth),
    width: fullWidth,
    top: cornerTop,
    bottom: anchor.top - GAP,
    align: 'end',
    covers: false,
  };
  if (!seen) return corner;

  const candidates: Placement[] = [];
  const rightRoom = vw - EDGE - (seen.right + GAP);
  if (rightRoom >= MIN_WIDTH) {
    const width = Math.min(MAX_WIDTH, rightRoom);
    const left = atRight(width);
    candidates.push({ side: 'right', left, width, top: EDGE, bottom: floor(left, width), align: 'end', covers: false });
  }
  const leftRoom = seen.left - GAP - EDGE;
  if (leftRoom >= MIN_WIDTH) {
    const width = Math.min(MAX_WIDTH, leftRoom);
    const left = seen.left - GAP - width;
    candidates.push({ side: 'left', left, width, top: EDGE, bottom: floor(left, width), align: 'end', covers: false });
  }
  const left = atRight(fullWidth);
  candidates.push({
    side: 'below',
    left,
    width: fullWidth,
    top: seen.bottom + GAP,
    bottom: floor(left, fullWidth),
    align: 'start',
    covers: false,
  });
  candidates.push({
    side: 'above',
    left,
    width: fullWidth,
    top: EDGE,
    bottom: Math.min(seen.top - GAP, floor(left, fullWidth)),
    align: 'end',
    covers: false,
  });

  const fits = candidates.find((c) => c.width >= MIN_WIDTH && c.bottom - c.top >= MIN_HEIGHT);
  if (fits) return fits;
  const box = { left: corner.left, right: corner.left + corner.width, top: corner.top, bottom: corner.bottom };
  return { ...corner, covers: intersects(box, seen) };
}
