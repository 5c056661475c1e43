/**
 * Highlights findings with the CSS Custom Highlight API, never the editor's DOM: ranges over the editor's
 * own text nodes, painted by ::highlight() rules in an adopted stylesheet, so no node is ever
 * inserted into the editor or the page. Works inside same-origin iframes (each document has its
 * own highlight registry). A textarea cannot carry ranges: a mirror laid over it paints its findings.
 */
import { locate, type Draft } from '../engine/draft';
import type { Finding, Severity } from '../engine/rule';

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

/** Replaces the guard's highlights in the editor's document with these findings. */
export function paintHighlights(doc: Document, draft: Draft<Node> | null, findings: readonly Finding[]): number {
  const registry = doc.defaultView?.CSS?.highlights;
  if (!registry) return 0;
  ensureStyle(doc);
  const bySeverity: Record<Severity, Range[]> = { block: [], warn: [], info: [] };
  let painted = 0;
  if (draft) {
    for (const f of findings) {
      const range = findingRange(draft, f);
      if (!range) continue;
      bySeverity[f.severity].push(range);
      painted++;
    }
  }
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const HighlightCtor = doc.defaultView.Highlight;
    if (bySeverity[severity].length) registry.set(NAMES[severity], new HighlightCtor(...bySeverity[severity]));
    else registry.delete(NAMES[severity]);
  }
  return painted;
}

export function clearHighlights(doc: Document): void {
  const registry = doc.defaultView?.CSS?.highlights;
  for (const name of Object.values(NAMES)) registry?.delete(name);
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
