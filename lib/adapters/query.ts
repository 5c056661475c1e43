/**
 * Selector queries that also look inside open shadow roots (WeChat's `.editor-v-root`,
 * Xiaohongshu's `xhs-publish-btn`). A plain query runs first; shadow roots are walked only when
 * it finds nothing, because walking every element costs more.
 */

type Root = Document | ShadowRoot;

/**
 * The last walk, kept until the current task's microtasks have run: reading the draft asks for the
 * title, the body and each gallery selector in one go, and each walk visits every element (some
 * 40 ms a draft for a pasted draft of 1,222 images). No shadow root can be attached in between.
 */
let walked: { root: Root; roots: ShadowRoot[] } | null = null;

/** Open shadow roots under `root`, nested ones included, in document order. */
export function openShadowRoots(root: Root): ShadowRoot[] {
  if (walked?.root === root) return walked.roots;
  const out: ShadowRoot[] = [];
  const visit = (r: Root) => {
    for (const el of r.querySelectorAll('*')) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  walked = { root, roots: out };
  queueMicrotask(() => (walked = null));
  return out;
}

export function queryDeep<E extends Element = HTMLElement>(root: Root, selector: string): E | null {
  const plain = root.querySelector<E>(selector);
  if (plain) return plain;
  for (const shadow of openShadowRoots(root)) {
    const found = shadow.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

export function queryAllDeep<E extends Element = HTMLElement>(root: Root, selector: string): E[] {
  const out = [...root.querySelectorAll<E>(selector)];
  for (const shadow of openShadowRoots(root)) out.push(...shadow.querySelectorAll<E>(selector));
  return out;
}
