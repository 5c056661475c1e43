/**
 * Selector queries that also look inside open shadow roots (WeChat's `.editor-v-root`,
 * Xiaohongshu's `xhs-publish-btn`). A plain query runs first; shadow roots are walked only when
 * it finds nothing, because walking every element costs more.
 */

type Root = Document | ShadowRoot;

/** Open shadow roots under `root`, nested ones included, in document order. */
export function openShadowRoots(root: Root): ShadowRoot[] {
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
