/**
 * Drafts from HTML strings (CLI, tests, practice samples) with parse5, a spec-compliant parser:
 * every draft character maps back to its offset in the HTML source.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { extractDraft, type Draft, type TreeAdapter } from './draft';

type Node = DefaultTreeAdapterMap['node'];
type TextNode = DefaultTreeAdapterMap['textNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Splits a text node into one-to-one pieces around decoded character references (&amp; …). */
function textPieces(node: TextNode, html: string) {
  const text = node.value;
  const loc = node.sourceCodeLocation;
  if (!loc) return { text, pieces: [] };
  const raw = html.slice(loc.startOffset, loc.endOffset);
  if (raw === text) return { text, pieces: [{ offset: 0, length: text.length, nodeOffset: loc.startOffset }] };
  const pieces: { offset: number; length: number; nodeOffset: number }[] = [];
  let r = 0;
  let t = 0;
  const ref = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/iy;
  while (t < text.length && r < raw.length) {
    ref.lastIndex = r;
    const m = raw[r] === '&' ? ref.exec(raw) : null;
    if (m) {
      const length = Math.min(decodedLength(m[0]), text.length - t);
      pieces.push({ offset: t, length, nodeOffset: loc.startOffset + r });
      t += length;
      r += m[0].length;
    } else {
      const last = pieces[pieces.length - 1];
      if (last && last.offset + last.length === t && last.nodeOffset + last.length === loc.startOffset + r) last.length++;
      else pieces.push({ offset: t, length: 1, nodeOffset: loc.startOffset + r });
      t++;
      r++;
    }
  }
  return { text, pieces };
}

/** Code units a character reference decodes to: two for astral code points, else one. */
function decodedLength(reference: string): number {
  const num = /^&#(x?)([0-9a-f]+)/i.exec(reference);
  if (!num) return 1;
  const cp = parseInt(num[2], num[1] ? 16 : 10);
  return cp > 0xffff && cp <= 0x10ffff ? 2 : 1;
}

function adapterFor(html: string): TreeAdapter<Node> {
  return {
    isText: (n) => n.nodeName === '#text',
    isElement: (n) => 'tagName' in n,
    tagName: (n) => (n as Element).tagName,
    attr: (n, name) => (n as Element).attrs.find((a) => a.name === name)?.value ?? null,
    children: (n) => ('childNodes' in n ? n.childNodes : []),
    textOf: (n) => textPieces(n as TextNode, html),
  };
}

/** Parses an HTML fragment or document body; offsets in segments are offsets in `html`. */
export function draftFromHtml(html: string, options: { title?: string; platform?: string } = {}): Draft<Node> {
  const root = parseFragment(html, { sourceCodeLocationInfo: true });
  return extractDraft<Node>(root, adapterFor(html), options);
}

/** Nodes in document order, walked with a stack so deep markup cannot overflow the call stack. */
function* descendants(node: Node): Generator<Node> {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    if ('childNodes' in n) for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k]);
  }
}

function findElement(node: Node, tag: string): Element | undefined {
  for (const n of descendants(node)) if ('tagName' in n && n.tagName === tag) return n;
  return undefined;
}

function textContent(node: Node): string {
  let out = '';
  for (const n of descendants(node)) if (n.nodeName === '#text') out += (n as TextNode).value;
  return out;
}

/**
 * A whole HTML document (the CLI's .html input): the body is the draft, the <title> (or, failing
 * that, the first <h1>, which then leaves the body) is its title.
 */
export function draftFromHtmlDocument(html: string, options: { platform?: string } = {}): Draft<Node> {
  if (!/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head)\b/i.test(html)) return draftFromHtml(html, options);
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const title = findElement(doc, 'title');
  const body = findElement(doc, 'body') ?? doc;
  return extractDraft<Node>(body, adapterFor(html), { ...options, title: title ? textContent(title).trim() : '' });
}
