/**
 * The guard's in-page UI lives in a closed shadow root: page scripts cannot reach it, and neither
 * can Playwright's locators, which look through `element.shadowRoot`. Tests act as the user, who
 * can: through the DevTools protocol (a privilege no page has) each guard host's closed root is
 * handed to Playwright's own isolated "utility" world only — never to the page's main world — so
 * `page.getByRole('dialog')` and `page.locator('govpost-guard .gpg-summary')` work while
 * `document.querySelector('govpost-guard').shadowRoot` stays null for the page.
 *
 * Clicks and typing still go through real input (trusted events), as a person's would.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The guard's hosts: its panel, and the outlines it lays over images (lib/page/highlights.ts). */
const HOSTS = ['govpost-guard', 'gpg-outline'];
const UTILITY_WORLD = '__playwright_utility_world';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const EXPOSE = `function () {
  const root = this;
  if (!root.host || !${JSON.stringify(HOSTS)}.includes(root.host.localName)) return;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

async function watchPage(page: Page): Promise<void> {
  let cdp: CDPSession;
  try {
    cdp = await page.context().newCDPSession(page);
  } catch {
    return;
  }
  const utility = new Set<number>();
  const roots = new Set<number>();

  const expose = async (backendNodeId: number, contexts: Iterable<number> = utility) => {
    for (const executionContextId of contexts) {
      try {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId });
        if (object.objectId) await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: EXPOSE });
      } catch {
        /* the node belongs to another frame, or is gone */
      }
    }
  };
  const visit = (node: DomNode | undefined) => {
    if (!node) return;
    if (node.localName && HOSTS.includes(node.localName) && node.shadowRoots?.length) {
      for (const r of node.shadowRoots) {
        roots.add(r.backendNodeId);
        void expose(r.backendNodeId);
      }
    }
    for (const c of node.children ?? []) visit(c);
    for (const r of node.shadowRoots ?? []) visit(r);
    visit(node.contentDocument);
  };
  const scan = async () => {
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      visit(root);
    } catch {
      /* the page is closing */
    }
  };

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (!context.name.startsWith(UTILITY_WORLD)) return;
    utility.add(context.id);
    for (const r of roots) void expose(r, [context.id]);
    void scan();
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => utility.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => utility.clear());
  cdp.on('DOM.documentUpdated', () => {
    roots.clear();
    void scan();
  });
  cdp.on('DOM.childNodeInserted', ({ node }) => visit(node as DomNode));
  cdp.on('DOM.shadowRootPushed', ({ root }) => {
    roots.add((root as DomNode).backendNodeId);
    void expose((root as DomNode).backendNodeId);
  });
  try {
    await cdp.send('Runtime.enable');
    await cdp.send('DOM.enable');
    await scan();
  } catch {
    /* the page closed while attaching */
  }
}

/**
 * The same for one page, from now on. Watching costs the page: the DevTools DOM agent then holds the
 * whole document and sends every inserted node over the protocol, a large paste's thousands of them
 * included (browser.bench.ts attaches it only after the paste it measures).
 */
export const seeClosedGuardRootsIn = (page: Page): Promise<void> => watchPage(page);

/** Lets Playwright's locators (not the page) see the guard's closed UI in every page of `context`. */
export async function seeClosedGuardRoots(context: BrowserContext): Promise<void> {
  context.on('page', (page) => void watchPage(page));
  await Promise.all(context.pages().map(watchPage));
}
