/**
 * The draft model and the one extraction function that builds it, from a live editor element in
 * the browser or from HTML parsed with parse5 in Node. The tree is reached only through a
 * TreeAdapter, so this file needs no DOM globals.
 */

export interface DraftImage {
  src: string;
  alt: string;
  /** The image's own title attribute. */
  title: string;
  /** figcaption text, or the text of a caption-like element right after the image. */
  caption: string;
  /** Text of the blocks just before and after the image. */
  context: string;
  /** Offset in the draft text where the image stands. */
  offset: number;
  /** Range of the caption in the draft text, when the caption is part of it. */
  captionRange?: [number, number];
  /** Text read from the image's pixels (OCR), once it has been read: rules see it as the image's own words. */
  printed?: string;
}

export interface DraftLink {
  href: string;
  text: string;
  start: number;
  end: number;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'cell';

export interface DraftBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /**
   * Where a block inside a table cell stands: which table of the draft (counted from 0), its row and
   * its column (a colspan counts its columns), so a rule can read a column under its header cell.
   */
  cell?: { table: number; row: number; column: number };
}

/** A run of draft text that maps linearly onto one source node starting at `nodeOffset`. */
export interface Segment<N> {
  start: number;
  end: number;
  node: N;
  nodeOffset: number;
  /**
   * Set when the run is atomic in the source (a character reference, CR LF): it takes this many
   * source characters, and an edit touching it replaces all of them.
   */
  sourceLength?: number;
}

/** `N`: what the text's segments point into; `I`: the images' elements (a textarea's text has no nodes, its gallery has). */
export interface Draft<N = unknown, I = N> {
  title: string;
  /** Plain text: the title (when there is one) and every block, separated by newlines. */
  text: string;
  blocks: DraftBlock[];
  images: DraftImage[];
  /**
   * The element each image of `images` stands for, in the same order: the page outlines the image a
   * finding is about (a map without its 审图号) there. Absent for drafts read from plain text.
   */
  imageNodes?: I[];
  links: DraftLink[];
  /**
   * What a reader sees or follows that the rules do not read: text inside svg, buttons, selects and
   * inputs, and the sources of embedded media, in document order. An approval is bound to it too.
   */
  unchecked?: string[];
  platform?: string;
  /** Where each character of `text` came from; title characters have no segment. */
  segments: Segment<N>[];
}

/** How the extractor sees a tree: implemented over the live DOM and over parse5's tree. */
export interface TreeAdapter<N> {
  isText(node: N): boolean;
  isElement(node: N): boolean;
  /** Lower-case tag name of an element. */
  tagName(node: N): string;
  attr(node: N, name: string): string | null;
  children(node: N): Iterable<N>;
  /** Text of a text node, and the source segments for it (more than one when entities were decoded). */
  textOf(node: N): { text: string; pieces: { offset: number; length: number; nodeOffset: number; sourceLength?: number }[] };
}

const BLOCK: Record<string, BlockKind> = {
  p: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  pre: 'paragraph',
  header: 'paragraph',
  footer: 'paragraph',
  main: 'paragraph',
  aside: 'paragraph',
  figure: 'paragraph',
  address: 'paragraph',
  dd: 'paragraph',
  dt: 'paragraph',
  tr: 'paragraph',
  ul: 'paragraph',
  ol: 'paragraph',
  table: 'paragraph',
  tbody: 'paragraph',
  thead: 'paragraph',
  body: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  blockquote: 'quote',
  figcaption: 'caption',
  td: 'cell',
  th: 'cell',
};
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'button', 'input', 'select']);
/** Embedded content whose source a reader follows. */
const MEDIA = new Set(['iframe', 'video', 'audio', 'source', 'embed', 'object']);
const CAPTION_HINT = /caption|img[-_]?desc|image[-_]?desc|pic[-_]?desc|note/i;

/**
 * Walks `root` and builds the draft. Whitespace inside text nodes is kept one to one (newlines and
 * tabs become spaces) so every character maps back to its node; whitespace-only text between
 * blocks is dropped.
 */
export function extractDraft<N>(root: N, tree: TreeAdapter<N>, options: { title?: string; platform?: string } = {}): Draft<N> {
  const title = (options.title ?? '').replace(/[\r\n\t]+/g, ' ').trim();
  let text = '';
  const blocks: DraftBlock[] = [];
  const segments: Segment<N>[] = [];
  const images: DraftImage[] = [];
  const imageNodes: N[] = [];
  const links: DraftLink[] = [];
  const pendingImages: { image: DraftImage; blockIndex: number }[] = [];
  const unchecked: string[] = [];
  // Iterative, like the main walk: deeply nested markup (an svg of 50,000 groups) must not overflow the stack.
  const textWithin = (root: N): string => {
    let out = '';
    const stack: N[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (tree.isText(node)) {
        out += tree.textOf(node).text;
        continue;
      }
      // An svg <image> shows its picture, named by its href (it holds no text of its own).
      if (tree.isElement(node) && tree.tagName(node) === 'image') out += tree.attr(node, 'href') ?? tree.attr(node, 'xlink:href') ?? '';
      const children = [...tree.children(node)];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return out;
  };

  if (title) {
    text = title;
    blocks.push({ kind: 'title', start: 0, end: title.length });
  }
  let blockStart = -1;
  let blockKind: BlockKind = 'paragraph';
  // Table position of the cell being walked (tables nested in a cell restart the count; rare).
  let tables = 0;
  let row = -1;
  let column = 0;
  let cell: DraftBlock['cell'];
  let blockCell: DraftBlock['cell'];

  const openBlock = (kind: BlockKind) => {
    if (blockStart >= 0) return;
    if (text.length > 0) text += '\n';
    blockStart = text.length;
    blockKind = kind;
    blockCell = cell;
  };
  const closeBlock = () => {
    if (blockStart < 0) return;
    if (text.length > blockStart)
      blocks.push(
        blockCell
          ? { kind: blockKind, start: blockStart, end: text.length, cell: blockCell }
          : { kind: blockKind, start: blockStart, end: text.length },
      );
    else if (text.length > 0 && text.endsWith('\n')) text = text.slice(0, -1);
    blockStart = -1;
  };

  // What to do after an element's children: close its block (and take a caption), or end a link.
  type Exit =
    { block: true; captionLike: boolean; before: number; cell?: DraftBlock['cell'] } | { block: false; node: N; linkStart: number };
  type Frame = { exit: false; node: N; kind: BlockKind } | ({ exit: true } & Exit);
  // Text is read back only after the walk: slicing a string while it grows copies it each time.
  const captioned: DraftImage[] = [];
  const linkRanges: { href: string; start: number; end: number }[] = [];

  // An explicit stack, not recursion: markup nested thousands deep must not overflow the call stack.
  const stack: Frame[] = [{ exit: false, node: root, kind: 'paragraph' }];
  const pushChildren = (node: N, kind: BlockKind) => {
    const children = Array.from(tree.children(node));
    for (let k = children.length - 1; k >= 0; k--) stack.push({ exit: false, node: children[k], kind });
  };
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.exit) {
      if (frame.block) {
        closeBlock();
        // leaving a cell: blocks after it are not in it
        if ('cell' in frame) cell = frame.cell;
        if (frame.captionLike && blocks.length > frame.before) {
          const last = pendingImages[pendingImages.length - 1];
          if (last && !last.image.captionRange && last.blockIndex >= frame.before - 1) {
            const b = blocks[frame.before];
            last.image.captionRange = [b.start, b.end];
            captioned.push(last.image);
          }
        }
      } else {
        const href = tree.attr(frame.node, 'href');
        if (href) linkRanges.push({ href, start: frame.linkStart, end: text.length });
      }
      continue;
    }
    const { node, kind: inheritedKind } = frame;
    if (tree.isText(node)) {
      const { text: data, pieces } = tree.textOf(node);
      if (!data) continue;
      if (/^\s*$/.test(data) && (blockStart < 0 || text.length === blockStart)) continue;
      openBlock(inheritedKind);
      const at = text.length;
      text += data.replace(/[\r\n\t\f]/g, ' ');
      for (const p of pieces) {
        segments.push({
          start: at + p.offset,
          end: at + p.offset + p.length,
          node,
          nodeOffset: p.nodeOffset,
          ...(p.sourceLength === undefined ? {} : { sourceLength: p.sourceLength }),
        });
      }
      continue;
    }
    if (!tree.isElement(node)) {
      pushChildren(node, inheritedKind);
      continue;
    }
    const tag = tree.tagName(node);
    if (MEDIA.has(tag)) {
      const src = tree.attr(node, 'src') ?? tree.attr(node, 'data-src') ?? tree.attr(node, 'data');
      if (src) unchecked.push(`${tag}:${src}`);
    }
    if (SKIP.has(tag)) {
      const shown = tag === 'input' ? (tree.attr(node, 'type') === 'hidden' ? '' : (tree.attr(node, 'value') ?? '')) : textWithin(node);
      if (shown.trim() && (tag === 'svg' || tag === 'button' || tag === 'select' || tag === 'input')) unchecked.push(`${tag}:${shown}`);
      continue;
    }
    if (tag === 'br') {
      closeBlock();
      continue;
    }
    if (tag === 'img') {
      // ProseMirror's separator after an inline image at the end of a line is not one of the draft's images.
      if (/\bProseMirror-separator\b/.test(tree.attr(node, 'class') ?? '')) continue;
      const image: DraftImage = {
        src: tree.attr(node, 'src') ?? tree.attr(node, 'data-src') ?? '',
        alt: tree.attr(node, 'alt') ?? '',
        title: tree.attr(node, 'title') ?? '',
        caption: '',
        context: '',
        offset: text.length,
      };
      images.push(image);
      imageNodes.push(node);
      pendingImages.push({ image, blockIndex: blocks.length });
      continue;
    }
    const kind = BLOCK[tag];
    if (kind) {
      closeBlock();
      const captionLike = kind === 'caption' || CAPTION_HINT.test(tree.attr(node, 'class') ?? '');
      // a paragraph inside a list item or a cell is still part of it (<td><p>张三</p></td>)
      const childKind =
        kind === 'paragraph' && (inheritedKind === 'list-item' || inheritedKind === 'cell') && tag !== 'table' ? inheritedKind : kind;
      if (tag === 'table') {
        row = -1;
        column = 0;
        tables++;
      } else if (tag === 'tr') {
        row++;
        column = 0;
      }
      if (kind === 'cell') {
        const span = Math.min(1000, Math.max(1, Number.parseInt(tree.attr(node, 'colspan') ?? '1', 10) || 1));
        stack.push({ exit: true, block: true, captionLike, before: blocks.length, cell });
        cell = { table: tables - 1, row: Math.max(0, row), column };
        column += span;
      } else stack.push({ exit: true, block: true, captionLike, before: blocks.length });
      pushChildren(node, childKind);
      continue;
    }
    if (tag === 'a') stack.push({ exit: true, block: false, node, linkStart: text.length });
    pushChildren(node, inheritedKind);
  }
  closeBlock();

  for (const l of linkRanges) links.push({ ...l, text: text.slice(l.start, l.end) });
  for (const image of captioned) image.caption = text.slice(...image.captionRange!);
  // Images and blocks are both in text order: one pass finds each image's block and its neighbours.
  let i = 0;
  for (const { image } of pendingImages) {
    while (i < blocks.length && (blocks[i].end < image.offset || blocks[i].kind === 'title')) i++;
    if (i >= blocks.length) continue;
    const near: string[] = [];
    for (let k = Math.max(0, i - 1); k <= Math.min(blocks.length - 1, i + 1); k++) {
      if (blocks[k].kind !== 'title') near.push(text.slice(blocks[k].start, blocks[k].end));
    }
    image.context = near.join('\n');
  }
  return { title, text, blocks, images, imageNodes, links, unchecked, platform: options.platform, segments };
}

/**
 * Finds the source node and offset of a draft offset; undefined for title characters and
 * separators. At a boundary between two segments, `bias` picks the segment the offset starts
 * ('start', for range starts) or ends ('end', for exclusive range ends).
 */
export function locate<N>(draft: Draft<N>, offset: number, bias: 'start' | 'end' = 'start'): { node: N; offset: number } | undefined {
  const segs = draft.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    const before = bias === 'start' ? offset < s.start : offset <= s.start;
    const after = bias === 'start' ? offset >= s.end : offset > s.end;
    if (before) hi = mid - 1;
    else if (after) lo = mid + 1;
    else if (s.sourceLength !== undefined) {
      // Atomic: a range starts before it or ends after it, never inside.
      return { node: s.node, offset: s.nodeOffset + (bias === 'start' ? 0 : s.sourceLength) };
    } else return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
  }
  return bias === 'start' ? locate(draft, offset, 'end') : undefined;
}

/** A draft from plain text (CLI .txt/.md input, tests): one block per line. */
export function draftFromText(body: string, options: { title?: string; platform?: string } = {}): Draft<number, never> {
  const title = (options.title ?? '').replace(/[\r\n\t]+/g, ' ').trim();
  let text = title;
  const blocks: DraftBlock[] = title ? [{ kind: 'title', start: 0, end: title.length }] : [];
  const segments: Segment<number>[] = [];
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  for (let m = line.exec(body); m && m[0].length > 0; m = line.exec(body)) {
    const content = m[1].replace(/\t/g, ' ');
    if (content.trim()) {
      if (text.length) text += '\n';
      const start = text.length;
      text += content;
      blocks.push({ kind: /^#{1,6}\s/.test(content) ? 'heading' : 'paragraph', start, end: text.length });
      segments.push({ start, end: text.length, node: 0, nodeOffset: m.index });
    }
  }
  return { title, text, blocks, images: [], links: [], platform: options.platform, segments };
}
