/**
 * Finds the controls that publish a draft, for the publish gate: the adapter's selectors first;
 * when none matches, buttons, role=button elements, links, custom elements and pointer-styled
 * elements whose visible label is one of the adapter's publish labels. Open shadow roots are
 * searched too, so the inner 发布 of Xiaohongshu's <xhs-publish-btn> is found (adapters README §9).
 */
import type { Adapter } from './adapter';
import generic from './generic';
import { openShadowRoots, queryAllDeep } from './query';

const CLICKABLE = 'button, [role="button"], a, input[type="submit"], input[type="button"]';

/** The label a user sees on a control, whitespace removed (发 布 and 发布 are the same button). */
export function controlLabel(el: Element): string {
  const raw = el.localName === 'input' ? (el as HTMLInputElement).value : (el.getAttribute('aria-label') ?? el.textContent ?? '');
  return raw.replace(/\s+/g, '');
}

function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** Inside the draft itself (a paragraph that reads 发布) or inside our own UI: never a control. */
function isExcluded(el: Element): boolean {
  const host = el.closest('[contenteditable="true"], [contenteditable=""], textarea, govpost-guard');
  return host !== null || (el instanceof HTMLElement && el.isContentEditable);
}

function byLabel(doc: Document, labels: Set<string>): HTMLElement[] {
  const found = new Set<HTMLElement>();
  const roots: (Document | ShadowRoot)[] = [doc, ...openShadowRoots(doc)];
  for (const root of roots) {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (!labels.has(controlLabel(el)) || isExcluded(el) || !isVisible(el)) continue;
      // The innermost element carrying the label decides; its clickable ancestor is the control.
      if ([...el.children].some((child) => controlLabel(child) === controlLabel(el))) continue;
      const clickable = el.closest<HTMLElement>(CLICKABLE);
      if (clickable) {
        found.add(clickable);
        continue;
      }
      // A div-button (Kuaishou, Bilibili 动态): the outermost element with the same label.
      let outer: HTMLElement = el;
      while (outer.parentElement && controlLabel(outer.parentElement) === controlLabel(el)) outer = outer.parentElement;
      if (outer.localName.includes('-') || getComputedStyle(outer).cursor === 'pointer') found.add(outer);
    }
  }
  return [...found];
}

export function findPublishControls(doc: Document, adapter: Adapter = generic): HTMLElement[] {
  const bySelector = new Set<HTMLElement>();
  for (const selector of adapter.publish.selectors) {
    for (const el of queryAllDeep(doc, selector)) if (!isExcluded(el)) bySelector.add(el);
  }
  if (bySelector.size > 0) return [...bySelector];
  return byLabel(doc, new Set(adapter.publish.labels));
}
