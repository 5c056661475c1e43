/**
 * The TreeAdapter over a live DOM (content script, practice page). Uses node types, not DOM
 * globals, so the engine stays importable in Node.
 */
import { extractDraft, type Draft, type TreeAdapter } from './draft';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const domTree: TreeAdapter<Node> = {
  isText: (n) => n.nodeType === TEXT_NODE,
  isElement: (n) => n.nodeType === ELEMENT_NODE,
  tagName: (n) => (n as Element).localName,
  attr: (n, name) => (n as Element).getAttribute(name),
  children: (n) => n.childNodes,
  textOf: (n) => {
    const text = (n as Text).data;
    return { text, pieces: [{ offset: 0, length: text.length, nodeOffset: 0 }] };
  },
};

/** Builds the draft from an editor element (a contenteditable root, an iframe body). */
export function draftFromElement(root: Node, options: { title?: string; platform?: string } = {}): Draft<Node> {
  return extractDraft<Node>(root, domTree, options);
}
