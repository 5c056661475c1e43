/**
 * Drafts from HTML strings (CLI, tests, practice samples) with parse5, a spec-compliant parser:
 * every draft character maps back to its offset in the HTML source.
 */
import { HtmlEntityDecoder, DecodingMode } from 'entities/decode';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { extractDraft, type Draft, type TreeAdapter } from './draft';

type Node = DefaultTreeAdapterMap['node'];
type TextNode = DefaultTreeAdapterMap['textNode'];
type Element = DefaultTreeAdapterMap['element'];

const RAW_TEXT_PARENTS = new Set(['title', 'textarea', 'script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

type Piece = { offset: number; length: number; nodeOffset: number; sourceLength?: number };

const decoder = (() => {
  let decoded = '';
  const d = new HtmlEntityDecoder((cp) => (decoded += String.fromCodePoint(cp)));
  /** The reference at `raw[at]` ('&') as parse5 reads it in text: what it decodes to and how much source it takes. */
  return (raw: string, at: number): { decoded: string; consumed: number } => {
    decoded = '';
    d.startEntity(DecodingMode.Legacy);
    let consumed = d.write(raw, at + 1);
    if (consumed < 0) consumed = d.end();
    return { decoded, consumed: Math.max(0, consumed) };
  };
})();

/**
 * Maps a text node's characters to the HTML source, with the decoder parse5 itself uses: character
 * references (&NotEqualTilde; is two characters, &copyright is © and "right") become atomic pieces
 * that cover their whole source; CR LF read as one LF and a dropped NUL or leading newline take no
 * character. Where the source cannot be aligned (text moved by the parser), the rest stays unmapped:
 * it is checked, but no edit is applied there.
 */
function textPieces(node: TextNode, html: string, textStarts?: () => ReadonlyMap<number, number>) {
  const text = node.value;
  const loc = node.sourceCodeLocation;
  if (!loc) return { text, pieces: [] };
  if (html.slice(loc.startOffset, loc.endOffset) === text)
    return { text, pieces: [{ offset: 0, length: text.length, nodeOffset: loc.startOffset }] };
  // In <title> and <textarea> a '<' is text; elsewhere '<' before a letter, '/', '!' or '?' opens markup.
  const literalTags = RAW_TEXT_PARENTS.has((node.parentNode as Element | null)?.tagName ?? '');
  let best = align(text, html, loc.startOffset, loc.endOffset, literalTags, textStarts);
  // parse5 starts some locations a few characters late (after a dropped NUL): look a little earlier.
  for (let back = 1; best.mapped < text.length && back <= 32 && loc.startOffset - back >= 0; back++) {
    const tried = align(text, html, loc.startOffset - back, loc.endOffset, literalTags, textStarts);
    if (tried.mapped > best.mapped) best = tried;
  }
  return { text, pieces: best.pieces };
}

/** Whether the source at `r` reads as the text at `t` (a character or a reference). */
function startsWithAt(raw: string, r: number, text: string, t: number): boolean {
  if (raw[r] === text[t]) return true;
  if (raw[r] !== '&') return false;
  const ref = decoder(raw, r);
  return ref.consumed > 0 && text.startsWith(ref.decoded, t);
}

function align(
  text: string,
  html: string,
  base: number,
  endOffset: number,
  literalTags: boolean,
  textStarts?: () => ReadonlyMap<number, number>,
) {
  const raw = html.slice(base, endOffset);
  const pieces: Piece[] = [];
  const linear = (t: number, r: number) => {
    const last = pieces[pieces.length - 1];
    if (last && last.sourceLength === undefined && last.offset + last.length === t && last.nodeOffset + last.length === base + r)
      last.length++;
    else pieces.push({ offset: t, length: 1, nodeOffset: base + r });
  };
  let r = 0;
  let t = 0;
  while (t < text.length && r < raw.length) {
    const c = raw[r];
    if (c === '<' && !literalTags && /[A-Za-z/!?]/.test(raw[r + 1] ?? '')) {
      // Text the parser moved out of a table spans the table's markup and cells: skip a tag or
      // comment, and another text node's source, then align again.
      const close = raw.startsWith('<!--', r) ? raw.indexOf('-->', r + 4) + 3 : raw.indexOf('>', r) + 1;
      if (close <= r) break;
      r = close;
      const other = textStarts?.().get(base + r);
      if (other !== undefined) r = other - base;
      continue;
    }
    if (c === '&') {
      const ref = decoder(raw, r);
      if (ref.consumed > 0 && text.startsWith(ref.decoded, t)) {
        pieces.push({ offset: t, length: ref.decoded.length, nodeOffset: base + r, sourceLength: ref.consumed });
        t += ref.decoded.length;
        r += ref.consumed;
        continue;
      }
    }
    if (c === '\r' && text[t] === '\n') {
      // CR LF (or a lone CR) is read as one LF: the LF stands for both.
      const length = raw[r + 1] === '\n' ? 2 : 1;
      pieces.push({ offset: t, length: 1, nodeOffset: base + r, sourceLength: length });
      t++;
      r += length;
      continue;
    }
    if (c === text[t]) {
      linear(t, r);
      t++;
      r++;
      continue;
    }
    // A NUL is read as U+FFFD in <title> and <textarea> and dropped in body text, where it stands
    // for a U+FFFD only when what follows it does not.
    if (c === '\0' && text[t] === '\uFFFD' && (literalTags || !startsWithAt(raw, r + 1, text, t))) {
      pieces.push({ offset: t, length: 1, nodeOffset: base + r, sourceLength: 1 });
      t++;
      r++;
      continue;
    }
    // Source the parser dropped (a NUL, the newline after <pre>): no character of its own.
    if (c === '\0' || c === '\n' || c === '\r') {
      r++;
      continue;
    }
    if (c.trim() === '') {
      // Whitespace between table parts stays in the table.
      r++;
      continue;
    }
    break;
  }
  return { pieces, mapped: t };
}

function adapterFor(html: string, root: Node): TreeAdapter<Node> {
  // Where every text node's source starts and ends: text moved out of a table has to step over them.
  let textStarts: Map<number, number> | undefined;
  const starts = () => {
    if (!textStarts) {
      textStarts = new Map();
      for (const n of descendants(root)) {
        const loc = n.nodeName === '#text' ? (n as TextNode).sourceCodeLocation : undefined;
        if (loc) textStarts.set(loc.startOffset, loc.endOffset);
      }
    }
    return textStarts;
  };
  return {
    isText: (n) => n.nodeName === '#text',
    isElement: (n) => 'tagName' in n,
    tagName: (n) => (n as Element).tagName,
    attr: (n, name) => (n as Element).attrs.find((a) => a.name === name)?.value ?? null,
    children: (n) => ('childNodes' in n ? n.childNodes : []),
    textOf: (n) => textPieces(n as TextNode, html, starts),
  };
}

/** Parses an HTML fragment or document body; offsets in segments are offsets in `html`. */
export function draftFromHtml(html: string, options: { title?: string; platform?: string } = {}): Draft<Node> {
  const root = parseFragment(html, { sourceCodeLocationInfo: true });
  return extractDraft<Node>(root, adapterFor(html, root), options);
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

/** Where each character of a document's title came from: [start, end) in the HTML source, -1 when unknown. */
export interface TitleSource {
  start: Int32Array;
  end: Int32Array;
}

/** The source of every character of `title` as the extractor makes it (runs of CR/LF/tab to one space, trimmed). */
function titleSource(element: Element | undefined, html: string, title: string): TitleSource {
  const start = new Int32Array(title.length).fill(-1);
  const end = new Int32Array(title.length).fill(-1);
  const node = element?.childNodes.find((n): n is TextNode => n.nodeName === '#text');
  if (!node) return { start, end };
  const { text, pieces } = textPieces(node, html);
  // Source span of each character of the element's text.
  const a = new Int32Array(text.length).fill(-1);
  const b = new Int32Array(text.length).fill(-1);
  for (const p of pieces) {
    for (let k = 0; k < p.length; k++) {
      a[p.offset + k] = p.sourceLength === undefined ? p.nodeOffset + k : p.nodeOffset;
      b[p.offset + k] = p.sourceLength === undefined ? p.nodeOffset + k + 1 : p.nodeOffset + p.sourceLength;
    }
  }
  let from = 0;
  while (from < text.length && /\s/.test(text[from])) from++;
  let i = 0;
  for (let j = from; j < text.length && i < title.length; i++) {
    let k = j + 1;
    if (/[\r\n\t]/.test(text[j])) while (k < text.length && /[\r\n\t]/.test(text[k])) k++;
    start[i] = a[j];
    end[i] = b[k - 1];
    j = k;
  }
  return { start, end };
}

/**
 * A whole HTML document (the CLI's .html input): the body is the draft, the <title> (or, failing
 * that, the first <h1>, which then leaves the body) is its title.
 */
export function draftFromHtmlDocument(html: string, options: { platform?: string } = {}): Draft<Node> & { titleSource?: TitleSource } {
  if (!/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head)\b/i.test(html)) return draftFromHtml(html, options);
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const title = findElement(doc, 'title');
  const body = findElement(doc, 'body') ?? doc;
  const draft = extractDraft<Node>(body, adapterFor(html, doc), { ...options, title: title ? textContent(title).trim() : '' });
  return { ...draft, titleSource: titleSource(title, html, draft.title) };
}
