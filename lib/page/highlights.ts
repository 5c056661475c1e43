/**
 * Highlights findings with the CSS Custom Highlight API (STYLE §10): ranges over the editor's
 * own text nodes, painted by ::highlight() rules in an adopted stylesheet, so no node is ever
 * inserted into the editor or the page. Works inside same-origin iframes (each document has its
 * own highlight registry). Textareas cannot carry ranges: their findings are listed, not painted.
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
    const HighlightCtor = doc.defaultView!.Highlight;
    if (bySeverity[severity].length) registry.set(NAMES[severity], new HighlightCtor(...bySeverity[severity]));
    else registry.delete(NAMES[severity]);
  }
  return painted;
}

export function clearHighlights(doc: Document): void {
  const registry = doc.defaultView?.CSS?.highlights;
  for (const name of Object.values(NAMES)) registry?.delete(name);
}
