import { describe, expect, it } from 'vitest';
import { trackEditorPlace, viewportRect, type EditorPlace } from './editor-rect';
import type { Rect } from './placement';

/** A window with just what the tracker uses; animation frames run when the test says so. */
class FakeWindow extends EventTarget {
  innerWidth = 1280;
  innerHeight = 800;
  frames = new Map<number, () => void>();
  next = 1;
  observers: { disconnected: boolean; callback: () => void }[] = [];
  frameElement: FakeElement | null = null;
  parent: FakeWindow = this;
  requestAnimationFrame(cb: () => void): number {
    this.frames.set(this.next, cb);
    return this.next++;
  }
  cancelAnimationFrame(id: number): void {
    this.frames.delete(id);
  }
  runFrames(): void {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const cb of due) cb();
  }
  ResizeObserver = ((win: FakeWindow) =>
    class {
      record: { disconnected: boolean; callback: () => void };
      constructor(callback: () => void) {
        this.record = { disconnected: false, callback };
        win.observers.push(this.record);
      }
      observe(): void {}
      disconnect(): void {
        this.record.disconnected = true;
      }
    })(this);
}

interface FakeElement {
  rect: Rect;
  isConnected: boolean;
  clientLeft: number;
  clientTop: number;
  ownerDocument: { defaultView: FakeWindow; body: unknown; documentElement: unknown };
  getBoundingClientRect(): Rect;
}

function element(win: FakeWindow, rect: Rect): FakeElement {
  const doc = { defaultView: win, body: null as unknown, documentElement: null as unknown };
  return {
    rect,
    isConnected: true,
    clientLeft: 0,
    clientTop: 0,
    ownerDocument: doc,
    getBoundingClientRect() {
      return this.rect;
    },
  };
}

const r = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });

describe('trackEditorPlace', () => {
  it('measures at once, then at most once per animation frame, only when something moved, and stops with its signal', () => {
    const win = new FakeWindow();
    const field = element(win, r(300, 100, 980, 700));
    const places: EditorPlace[] = [];
    const stop = new AbortController();
    trackEditorPlace(field as unknown as Element, win as unknown as Window, stop.signal, (p) => places.push(p));
    expect(places).toEqual([{ editor: r(300, 100, 980, 700), viewport: { width: 1280, height: 800 } }]);

    // A burst of scroll events asks for one frame.
    field.rect = r(300, -200, 980, 400);
    for (let i = 0; i < 20; i++) win.dispatchEvent(new Event('scroll'));
    expect(win.frames.size).toBe(1);
    win.runFrames();
    expect(places.at(-1)).toEqual({ editor: r(300, -200, 980, 400), viewport: { width: 1280, height: 800 } });
    expect(places).toHaveLength(2);

    // Nothing moved: no new place.
    win.dispatchEvent(new Event('scroll'));
    win.runFrames();
    expect(places).toHaveLength(2);

    // A resize changes the viewport the placement works in.
    win.innerWidth = 1024;
    win.dispatchEvent(new Event('resize'));
    win.runFrames();
    expect(places.at(-1)?.viewport).toEqual({ width: 1024, height: 800 });

    // The field's own size, through its ResizeObserver.
    field.rect = r(300, -200, 980, 900);
    win.observers[0].callback();
    win.runFrames();
    expect(places.at(-1)?.editor).toEqual(r(300, -200, 980, 900));
    expect(places).toHaveLength(4);

    stop.abort();
    expect(win.observers[0].disconnected).toBe(true);
    field.rect = r(0, 0, 10, 10);
    win.dispatchEvent(new Event('scroll'));
    win.dispatchEvent(new Event('resize'));
    expect(win.frames.size).toBe(0);
    expect(places).toHaveLength(4);
  });

  it('the returned function asks for a new measure (a layout shift without scrolling)', () => {
    const win = new FakeWindow();
    const field = element(win, r(300, 100, 980, 700));
    const places: EditorPlace[] = [];
    const remeasure = trackEditorPlace(field as unknown as Element, win as unknown as Window, new AbortController().signal, (p) =>
      places.push(p),
    );
    field.rect = r(300, 160, 980, 760);
    remeasure();
    remeasure();
    expect(win.frames.size).toBe(1);
    win.runFrames();
    expect(places.map((p) => p.editor.top)).toEqual([100, 160]);
  });
});

describe('viewportRect', () => {
  const framed = () => {
    const top = new FakeWindow();
    const inner = new FakeWindow();
    inner.parent = top;
    const frame = element(top, r(100, 50, 700, 650));
    frame.clientLeft = 2;
    frame.clientTop = 3;
    inner.frameElement = frame;
    return { top, inner, frame };
  };

  it('adds the offset of each same-origin frame, inside its border', () => {
    const { top, inner } = framed();
    const para = element(inner, r(10, 20, 210, 60));
    expect(viewportRect(para as unknown as Element, top as unknown as Window)).toEqual(r(112, 73, 312, 113));
  });

  it("takes a frame's whole body as the frame itself (UEditor)", () => {
    const { top, inner } = framed();
    const body = element(inner, r(0, 0, 596, 24));
    body.ownerDocument.body = body;
    expect(viewportRect(body as unknown as Element, top as unknown as Window)).toEqual(r(100, 50, 700, 650));
  });

  it('returns an element of the top document as it is', () => {
    const top = new FakeWindow();
    const el = element(top, r(5, 6, 7, 8));
    expect(viewportRect(el as unknown as Element, top as unknown as Window)).toEqual(r(5, 6, 7, 8));
  });
});
