/**
 * Highlights findings with the CSS Custom Highlight API, never the editor's DOM: ranges over the editor's
 * own text nodes, painted by ::highlight() rules in an adopted stylesheet, so no node is ever
 * inserted into the editor or the page. Works inside same-origin iframes (each document has its
 * own highlight registry). A textarea cannot carry ranges: a mirror laid over it paints its findings.
 */
import { locate, type Draft } from '../engine/draft';
import { SEVERITIES, type Finding, type Severity } from '../engine/rule';

const NAMES: Record<Severity, string> = { block: 'govpost-block', warn: 'govpost-warn', info: 'govpost-info' };
const STYLE = `
::highlight(govpost-block) { background-color: rgba(216, 57, 49, 0.18); text-decoration: underline wavy #d83931; }
::highlight(govpost-warn) { background-color: rgba(245, 166, 35, 0.2); text-decoration: underline wavy #f5a623; }
::highlight(govpost-info) { text-decoration: underline dotted #245bdb; }
`;

const styled = new WeakSet<Document>();

function ensureStyle(doc: Document): void {
  if (styled.has(doc)) return;
  const win = doc.defaultView;
  if (!win) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  styled.add(doc);
}

/** The DOM range of a finding, or null when it lies in the title or a textarea. */
export function findingRange(draft: Draft<Node>, finding: Pick<Finding, 'start' | 'end'>): Range | null {
  const a = locate(draft, finding.start, 'start');
  const b = locate(draft, finding.end, 'end');
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  try {
    const range = doc.createRange();
    range.setStart(a.node, Math.min(a.offset, (a.node as Text).length));
    range.setEnd(b.node, Math.min(b.offset, (b.node as Text).length));
    return range;
  } catch {
    return null; // the editor re-rendered between the check and now; the next check repaints
  }
}

/**
 * Up to this many text ranges are painted whole. More are painted only near the viewport: a pasted
 * draft with ~4,900 findings took 40–70 ms of the browser's paint in one frame for its wavy
 * underlines, however few of them were on screen.
 */
export const PAINT_ALL = 300;

/**
 * The items [lo, hi) whose boxes meet the band from `top` to `bottom`. Items in document order are
 * laid out top to bottom, so two binary searches find them: a few measurements, not one per item.
 * An item with no box (its text gone from the page) counts as above.
 */
export function inBand(
  n: number,
  box: (i: number) => { top: number; bottom: number } | null,
  top: number,
  bottom: number,
): [number, number] {
  const first = (past: (i: number) => boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (past(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const lo = first((i) => (box(i)?.bottom ?? -Infinity) >= top);
  const hi = first((i) => (box(i)?.top ?? -Infinity) > bottom);
  return [lo, Math.max(lo, hi)];
}

/**
 * Calls `update` once per frame, however many events arrive, after anything scrolls (scroll events
 * do not bubble, but a capturing listener on the window hears every scroller's), the window resizes
 * or an image finishes loading and so takes its size; until `signal` aborts.
 */
function followViewport(win: Window, signal: AbortSignal, update: () => void): void {
  let frame = 0;
  const onEvent = () => {
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) update();
    });
  };
  for (const type of ['scroll', 'resize', 'load']) win.addEventListener(type, onEvent, { capture: true, passive: true, signal });
}

/** Stops following the viewport of the highlights painted last in a document. */
const following = new WeakMap<Document, AbortController>();

/**
 * Replaces the guard's highlights in the editor's document with these findings. Many findings are
 * painted from half a viewport above to half a viewport below what is on screen, and again, once
 * per frame, whenever scrolling or resizing brings unpainted ones into view: every finding is
 * highlighted when it is seen, and the count and the list are never cut.
 */
export function paintHighlights(
  doc: Document,
  draft: Draft<Node> | null,
  findings: readonly Finding[],
  images = imageTargets(draft, findings),
): number {
  const win = doc.defaultView;
  const registry = win?.CSS?.highlights;
  following.get(doc)?.abort();
  following.delete(doc);
  if (!registry) return 0;
  ensureStyle(doc);
  paintImageOutlines(doc, images);
  // a finding about an image with no text of its own is painted on the image (paintImageOutlines)
  const items = draft ? findings.filter((f) => !(f.target && f.start === f.end)).sort((a, b) => a.start - b.start) : [];
  const range = (i: number) => findingRange(draft!, items[i]);
  const box = (i: number) => range(i)?.getBoundingClientRect() ?? null;
  let painted = 0;
  const paint = (lo: number, hi: number) => {
    const bySeverity: Record<Severity, Range[]> = { block: [], warn: [], info: [] };
    painted = 0;
    for (let i = lo; i < hi; i++) {
      const r = range(i);
      if (!r) continue;
      bySeverity[items[i].severity].push(r);
      painted++;
    }
    for (const severity of SEVERITIES) {
      if (bySeverity[severity].length) registry.set(NAMES[severity], new win.Highlight(...bySeverity[severity]));
      else registry.delete(NAMES[severity]);
    }
  };
  if (items.length <= PAINT_ALL) {
    paint(0, items.length);
    return painted;
  }
  let lo = -1;
  let hi = -1;
  const follow = () => {
    const h = win.innerHeight;
    // Still covered: the finding before the painted ones lies above the viewport, the one after below.
    if (lo >= 0 && (lo === 0 || (box(lo - 1)?.bottom ?? -Infinity) < 0) && (hi === items.length || (box(hi)?.top ?? Infinity) > h)) return;
    const [a, b] = inBand(items.length, box, -h / 2, h * 1.5);
    if (a !== lo || b !== hi) paint((lo = a), (hi = b));
  };
  follow();
  const abort = new AbortController();
  following.set(doc, abort);
  followViewport(win, abort.signal, follow);
  return painted;
}

export function clearHighlights(doc: Document): void {
  following.get(doc)?.abort();
  following.delete(doc);
  const registry = doc.defaultView?.CSS?.highlights;
  for (const name of Object.values(NAMES)) registry?.delete(name);
  paintImageOutlines(doc, []);
}

/**
 * The images the findings are about as a whole (a map without its 审图号: Finding.target), each once,
 * with the gravest severity among its findings, in the draft's image order.
 */
export function imageTargets<N>(draft: Draft<unknown, N> | null, findings: readonly Finding[]): { node: N; severity: Severity }[] {
  const nodes = draft?.imageNodes;
  if (!nodes) return [];
  const worst = new Map<number, Severity>();
  for (const f of findings) {
    const k = f.target?.image;
    if (k === undefined || k >= nodes.length) continue;
    const was = worst.get(k);
    // SEVERITIES runs from the gravest
    if (!was || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(was)) worst.set(k, f.severity);
  }
  return [...worst.keys()].sort((a, b) => a - b).map((k) => ({ node: nodes[k], severity: worst.get(k)! }));
}

const OUTLINE_STYLE = `div{position:fixed;pointer-events:none;box-sizing:border-box;z-index:2147483646;border-radius:3px}
.block{border:3px solid #d83931;background:#d8393114}.warn{border:3px solid #f5a623;background:#f5a6231a}.info{border:2px dotted #245bdb}`;
interface Outline {
  host: HTMLElement;
  root: ShadowRoot;
  targets: { node: Element; severity: Severity }[];
  /** The targets [lo, hi) that have boxes: all of them, or past PAINT_ALL those near the viewport. */
  lo: number;
  hi: number;
  boxes: { image: Element; box: HTMLDivElement }[];
  abort: AbortController;
}
const outlines = new WeakMap<Document, Outline>();

function setBox(box: HTMLDivElement, r: DOMRect): void {
  // 3 px outside the image, so the outline never hides its edge
  Object.assign(box.style, { left: `${r.left - 3}px`, top: `${r.top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px` });
  box.hidden = r.width === 0 && r.height === 0;
}

/**
 * Lays a box over each image that has one: all the images are measured first, then all the boxes
 * moved, so the page is laid out once (measuring each image right after moving the box before forced
 * a layout per image: 3.4 s in one task for a pasted draft of some 1,200 map images). Past PAINT_ALL
 * images only those from half a viewport above to half a viewport below the screen have boxes, as
 * the highlights: 1,222 boxes cost 30–70 ms per scrolled frame.
 */
function place(o: Outline): void {
  const n = o.targets.length;
  const h = o.host.ownerDocument.defaultView?.innerHeight ?? 0;
  const [lo, hi] = n <= PAINT_ALL ? [0, n] : inBand(n, (i) => o.targets[i].node.getBoundingClientRect(), -h / 2, h * 1.5);
  if (lo !== o.lo || hi !== o.hi) {
    for (const b of o.boxes) b.box.remove();
    const doc = o.host.ownerDocument;
    const added = doc.createDocumentFragment();
    o.boxes = o.targets.slice(lo, hi).map(({ node, severity }) => {
      const box = doc.createElement('div');
      box.className = severity;
      box.setAttribute('aria-hidden', 'true');
      added.append(box);
      return { image: node, box };
    });
    o.root.append(added);
    o.lo = lo;
    o.hi = hi;
  }
  const rects = o.boxes.map((b) => b.image.getBoundingClientRect());
  o.boxes.forEach((b, i) => setBox(b.box, rects[i]));
}

/**
 * Outlines the images findings are about. A highlight cannot paint an image, and the editor's DOM
 * is never touched: boxes laid over each image in a shadow root of their own, a child of the root
 * element (outside the body, which is the editor itself in an iframe editor), that lets every click
 * through and follows scrolling. No targets removes them.
 */
export function paintImageOutlines(doc: Document, targets: readonly { node: Node; severity: Severity }[]): number {
  let o = outlines.get(doc);
  const live = targets.filter(
    (t): t is { node: Element; severity: Severity } => t.node.nodeType === 1 && t.node.isConnected && t.node.ownerDocument === doc,
  );
  if (!live.length) {
    o?.abort.abort();
    o?.host.remove();
    outlines.delete(doc);
    return 0;
  }
  if (!o) {
    const host = doc.createElement('gpg-outline');
    // closed, like the panel's: the page has no handle on the guard's own nodes
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = `<style>${OUTLINE_STYLE}</style>`;
    const outline: Outline = { host, root, targets: [], lo: -1, hi: -1, boxes: [], abort: new AbortController() };
    if (doc.defaultView) followViewport(doc.defaultView, outline.abort.signal, () => place(outline));
    doc.documentElement.append(host);
    outlines.set(doc, (o = outline));
  }
  o.targets = live;
  o.lo = o.hi = -1;
  place(o);
  return live.length;
}

const MIRROR_STYLE = `div{box-sizing:border-box;position:fixed;pointer-events:none;overflow:hidden;white-space:pre-wrap;overflow-wrap:break-word;color:#0000;border-color:#0000;z-index:2147483646}
mark{color:#0000;background:#d839312e;text-decoration:underline wavy #d83931}.warn{background:#f5a62333;text-decoration-color:#f5a623}.info{background:0 0;text-decoration:underline dotted #245bdb}`;
// The box is laid by its border edge (getBoundingClientRect), so it sizes by its border box whatever the textarea's own box-sizing.
const COPIED = ['font', 'letterSpacing', 'lineHeight', 'padding', 'borderStyle', 'borderWidth'] as const;
const mirrors = new WeakMap<Element, { box: HTMLDivElement; host: HTMLElement }>();

/**
 * Paints findings in a plain textarea (Weibo's composer): a copy of its text in the same box,
 * letters transparent and findings marked, laid over it in a shadow root of its own that lets
 * every click through. The textarea itself is never touched; empty `findings` removes the mirror.
 */
export function mirrorTextarea(
  field: HTMLTextAreaElement | HTMLInputElement,
  draft: Draft<unknown>,
  findings: readonly Finding[],
  signal: AbortSignal,
): void {
  const doc = field.ownerDocument;
  let m = mirrors.get(field);
  if (!findings.length || signal.aborted) {
    m?.host.remove();
    mirrors.delete(field);
    return;
  }
  if (!m) {
    const host = doc.createElement('gpg-mirror');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${MIRROR_STYLE}</style><div aria-hidden="true"></div>`;
    m = { box: root.querySelector('div')!, host };
    const mirror = m;
    const place = () => {
      const r = field.getBoundingClientRect();
      const cs = getComputedStyle(field);
      const st = mirror.box.style;
      for (const k of COPIED) st[k] = cs[k];
      Object.assign(st, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
      mirror.box.scrollTop = field.scrollTop;
    };
    // Scroll events do not bubble, but a capturing listener on the window hears the textarea's too.
    for (const type of ['scroll', 'resize']) doc.defaultView?.addEventListener(type, place, { capture: true, signal });
    signal.addEventListener('abort', () => host.remove());
    doc.body.append(host);
    mirrors.set(field, m);
    place();
  }
  const value = field.value;
  const box = m.box;
  box.textContent = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const a = locate(draft, f.start, 'start');
    const b = locate(draft, f.end, 'end');
    if (!a || !b || a.offset < at || b.offset <= a.offset) continue;
    box.append(value.slice(at, a.offset));
    const mark = doc.createElement('mark');
    mark.className = f.severity;
    mark.textContent = value.slice(a.offset, b.offset);
    box.append(mark);
    at = b.offset;
  }
  // A trailing newline needs a character after it to take up its line, as in the textarea.
  box.append(`${value.slice(at)} `);
  box.scrollTop = field.scrollTop;
}
