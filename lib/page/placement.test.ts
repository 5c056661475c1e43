import { describe, expect, it } from 'vitest';
import { EDGE, MIN_HEIGHT, MIN_WIDTH, placePanel, type PlacementSide, type Rect } from './placement';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
/** The toggle as the content script draws it: 16 px from the lower right corner. */
const toggleAt = (vw: number, vh: number): Rect => rect(vw - EDGE - 180, vh - EDGE - 36, 180, 36);

const cases: { name: string; viewport: [number, number]; editor: Rect | null; side: PlacementSide; covers?: boolean }[] = [
  {
    name: 'centred 680 px editor on a 1280 px window: to its right',
    viewport: [1280, 800],
    editor: rect(300, 120, 680, 600),
    side: 'right',
  },
  { name: 'editor flush right, room on the left', viewport: [1280, 800], editor: rect(420, 100, 840, 600), side: 'left' },
  { name: 'full-width editor with room below it', viewport: [1280, 800], editor: rect(20, 80, 1240, 300), side: 'below' },
  { name: 'full-width editor lower on the page, room above it', viewport: [1280, 800], editor: rect(20, 420, 1240, 300), side: 'above' },
  {
    name: 'full-width, full-height editor: nowhere else, at the corner over it',
    viewport: [1280, 800],
    editor: rect(0, 0, 1280, 800),
    side: 'corner',
    covers: true,
  },
  { name: 'narrow window, editor fills it', viewport: [420, 600], editor: rect(10, 10, 400, 580), side: 'corner', covers: true },
  {
    name: 'editor scrolled out of view: the corner covers nothing',
    viewport: [1280, 800],
    editor: rect(300, -900, 680, 600),
    side: 'corner',
    covers: false,
  },
  { name: 'no editor known', viewport: [1280, 800], editor: null, side: 'corner', covers: false },
  {
    name: 'tall editor running past the bottom of a 1024×768 window: beside it',
    viewport: [1024, 768],
    editor: rect(200, 100, 560, 2000),
    side: 'right',
  },
  {
    name: 'right room just short of the minimum width, left room enough',
    viewport: [1280, 800],
    editor: rect(400, 100, 1280 - 400 - EDGE - 8 - (MIN_WIDTH - 1), 600),
    side: 'left',
  },
  {
    name: 'below room just short of the minimum height: above',
    viewport: [1280, 800],
    editor: rect(0, 400, 1280, 800 - 400 - EDGE - 36 - 8 - 8 - (MIN_HEIGHT - 1)),
    side: 'above',
  },
];

describe('placePanel', () => {
  it.each(cases)('$name → $side', ({ viewport: [width, height], editor, side, covers = false }) => {
    const anchor = toggleAt(width, height);
    const p = placePanel({ viewport: { width, height }, editor, anchor });
    expect(p.side).toBe(side);
    expect(p.covers).toBe(covers);
    const box = { left: p.left, right: p.left + p.width, top: p.top, bottom: p.bottom };
    // Always inside the window, and never over the toggle.
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(height);
    const overToggle = box.left < anchor.right && anchor.left < box.right && box.top < anchor.bottom && anchor.top < box.bottom;
    expect(overToggle).toBe(false);
    if (side !== 'corner') {
      expect(p.width).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(p.bottom - p.top).toBeGreaterThanOrEqual(MIN_HEIGHT);
      // The whole band the panel may fill stays clear of the editor.
      const e = editor!;
      const overlaps = box.left < e.right && e.left < box.right && box.top < e.bottom && e.top < box.bottom;
      expect(overlaps).toBe(false);
    }
  });

  it('grows beside a narrow editor no wider than 360 px, and fills the room between editor and edge when there is less', () => {
    const wide = placePanel({ viewport: { width: 1600, height: 900 }, editor: rect(400, 100, 600, 600), anchor: toggleAt(1600, 900) });
    expect(wide).toMatchObject({ side: 'right', width: 360, left: 1600 - EDGE - 360 });
    const snug = placePanel({ viewport: { width: 1280, height: 800 }, editor: rect(300, 100, 680, 600), anchor: toggleAt(1280, 800) });
    expect(snug).toMatchObject({ side: 'right', width: 1280 - EDGE - (980 + 8), left: 980 + 8 });
  });
});
