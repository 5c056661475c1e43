/**
 * Lines, sentences and quotes in normalised text, for the rules that judge words by the sentence
 * they stand in (source, map, commercial, approval). Nothing here allocates per character.
 *
 * Draft blocks are joined by single newlines and normalisation keeps newlines, so line i of the
 * normalised text is block i of the draft even when normalisation changed lengths inside a block.
 * Block offsets (and image offsets, caption ranges) are in the original text; `blockIndexAt` and
 * `lineRange` carry them over to normalised coordinates.
 */
import type { DraftBlock } from '../../engine/draft';
import { grown } from '../../engine/normalize';
import type { TextPresence } from '../../engine/presence';

/** Start offset of every line of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** [start, end) of line `index` in normalised text, or undefined when there is no such line. */
export function lineRange(text: string, starts: readonly number[], index: number): [number, number] | undefined {
  if (index < 0 || index >= starts.length) return undefined;
  const end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length;
  return [starts[index], end];
}

/**
 * Index of the body block an original-text offset belongs to: the first non-title block that ends
 * at or after it (the rule the extractor uses for an image's context), or -1.
 */
export function blockIndexAt(blocks: readonly DraftBlock[], offset: number): number {
  // Blocks follow one another through the text, so their ends ascend: a binary search keeps a
  // draft of many images linear (one lookup per image, not one walk over every block).
  let i = firstIndex(blocks, (b) => b.end >= offset);
  while (i < blocks.length && blocks[i].kind === 'title') i++;
  if (i < blocks.length) return i;
  for (let k = blocks.length - 1; k >= 0; k--) if (blocks[k].kind !== 'title') return k;
  return -1;
}

/** Index of the block that starts exactly at `start` (blocks ascend), or -1. */
export function blockStartingAt(blocks: readonly DraftBlock[], start: number): number {
  const i = firstIndex(blocks, (b) => b.start >= start);
  return i < blocks.length && blocks[i].start === start ? i : -1;
}

/** The first index whose block satisfies a predicate that is false, then true, along the blocks. */
function firstIndex(blocks: readonly DraftBlock[], reached: (b: DraftBlock) => boolean): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(blocks[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The longest quotation read as naming a phrase (“全网最低”“秒杀价”) rather than carrying a message. */
const MENTION_MAX = 16;

/** Sentence ends by code unit (see isSentenceEnd): one load per character where a whole text is indexed. */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of [0x0a, 0x3002, 0x21, 0x3f, 0x3b, 0xff01, 0xff1f, 0xff1b]) SENTENCE_END[c] = 1;

const isSentenceEnd = (c: number) =>
  c === 0x0a /* \n */ ||
  c === 0x3002 /* 。 */ ||
  c === 0x21 /* ! */ ||
  c === 0x3f /* ? */ ||
  c === 0x3b /* ; */ ||
  c === 0xff01 ||
  c === 0xff1f ||
  c === 0xff1b;

/** [start, end) of the sentence around `index`: bounded by 。!?; and line ends, end mark included. */
export function sentenceAt(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = index;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) !== 0x0a) end++;
  return [start, end];
}

/**
 * Whether `index` stands inside a quotation that mentions a phrase (“…”, 「…」, 『…』 or "…" opened and
 * closed within the sentence `[start, end)`, at most {@link MENTION_MAX} characters): 新“地图”, 宣称“全网最低”.
 * A quote left open, or one that wraps a whole passage, is not a mention — quotation marks must not
 * hide what they enclose. {@link SentenceIndex.inMention} answers the same for every offset at once.
 */
export function inMention(text: string, index: number, [start, end]: [number, number]): boolean {
  const open: number[] = [];
  let straight = -1;
  const holds = (from: number, to: number) => from <= index && index < to && to - from <= MENTION_MAX;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300c || c === 0x300e) open.push(i + 1);
    else if ((c === 0x201d || c === 0x300d || c === 0x300f) && open.length > 0) {
      if (holds(open.pop()!, i)) return true;
    } else if (c === 0x22) {
      if (straight < 0) straight = i + 1;
      else {
        if (holds(straight, i)) return true;
        straight = -1;
      }
    }
  }
  return false;
}

/** Trims spaces at both ends of a range. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Distinct values in order, quoted for a message: “地震”“震中”. */
export function quoteList(words: readonly string[], max = 4): string {
  return [...new Set(words)]
    .slice(0, max)
    .map((w) => `“${w}”`)
    .join('');
}

/**
 * A word list (regex fragments) as a few small global regexes. V8's regex engine skips ahead only
 * while the leading characters of the alternatives fit its lookahead table; one alternation of 30
 * Chinese words overflows it and the scan gets several times slower (engine benchmark).
 */
export function lexicon(fragments: readonly string[], size = 10): RegExp[] {
  const out: RegExp[] = [];
  for (let i = 0; i < fragments.length; i += size) out.push(new RegExp(fragments.slice(i, i + size).join('|'), 'g'));
  return out;
}

/**
 * Calls `found` for every match of every regex, pattern by pattern (not in text order). With the
 * text's presence (RuleContext.presence), a regex that cannot match in it is not run, and one that
 * can runs without its alternatives that cannot (TextPresence.narrowed).
 */
export function eachMatch(text: string, regexes: readonly RegExp[], found: (m: RegExpExecArray) => void, presence?: TextPresence): void {
  if (presence && presence.text !== text) presence = undefined;
  for (const re of regexes) {
    re.lastIndex = 0;
    // the regex without the alternatives the text cannot hold (same matches, fewer tries per character)
    const narrowed = presence ? presence.narrowed(re) : re;
    if (!narrowed) continue;
    narrowed.lastIndex = 0;
    for (let m = narrowed.exec(text); m; m = narrowed.exec(text)) found(m);
  }
}

const literalCache = new WeakMap<readonly string[], RegExp[]>();
/** Regexes for a list of literal terms from settings (escaped), built once per list. */
export function literalLexicon(terms: readonly string[]): RegExp[] {
  let out = literalCache.get(terms);
  if (!out) {
    const escaped = terms.filter((t) => t.trim()).map((t) => t.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    literalCache.set(terms, (out = escaped.length ? lexicon(escaped) : []));
  }
  return out;
}

/**
 * Sentences and quotes of one text, indexed once: every lookup is a binary search, so a rule that
 * asks about many hits in one long sentence stays linear in the text (walking out from each hit to
 * the sentence ends, and from the sentence start to the hit for quotes, was quadratic).
 */
export class SentenceIndex {
  /** Start offset of every sentence, ascending. */
  private readonly starts: number[] = [0];
  /** Offsets inside a mention; null once the text is known to hold none. */
  private quoted?: Uint8Array | null;
  /** The sentence of the last lookup: callers mostly ask about several hits in one sentence in a row. */
  private last = 0;
  /**
   * One index lives as long as the class: V8 holds the hidden classes of instances weakly, and when
   * every index of a check has been collected, the optimised code relying on them is thrown away
   * ("weak objects") and a million-character check runs its per-hit lookups unoptimised again.
   */
  static shape = new SentenceIndex('');

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) this.starts.push(i + 1);
  }

  /** Index of the sentence holding `index`. */
  indexOf(index: number): number {
    const { starts, last } = this;
    if (starts[last] <= index && (last + 1 === starts.length || index < starts[last + 1])) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return (this.last = lo);
  }

  /** [start, end) of the sentence around `index`, as `sentenceAt` gives it. */
  at(index: number): [number, number] {
    const { starts, text } = this;
    const k = this.indexOf(index);
    const start = starts[k];
    let end = k + 1 < starts.length ? starts[k + 1] : text.length;
    if (end > start && end <= text.length && text.charCodeAt(end - 1) === 0x0a) end--;
    return [start, end];
  }

  /** {@link inMention} for every offset, computed once for the whole text. */
  inMention(index: number): boolean {
    // Asked once per hit: the map is made apart, so this stays small and stable for the optimiser.
    return (this.quoted === undefined ? this.marks() : this.quoted)?.[index] === 1;
  }

  /** The map of offsets inside a mention; null when the text quotes no short phrase (most texts). */
  private marks(): Uint8Array | null {
    let q: Uint8Array | null = null;
    const open: number[] = [];
    let straight = -1;
    const mark = (from: number, to: number) => {
      if (to - from <= MENTION_MAX) (q ??= new Uint8Array(this.text.length + 1)).fill(1, from, to);
    };
    for (let i = 0; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (SENTENCE_END[c] === 1) {
        open.length = 0;
        straight = -1;
      } else if (c === 0x201c || c === 0x300c || c === 0x300e) open.push(i + 1);
      else if ((c === 0x201d || c === 0x300d || c === 0x300f) && open.length > 0) mark(open.pop()!, i);
      else if (c === 0x22) {
        if (straight < 0) straight = i + 1;
        else {
          mark(straight, i);
          straight = -1;
        }
      }
    }
    return (this.quoted = q);
  }
}

/** The sentence index of a check's text, shared by the rules that read it (RuleContext.shared). */
export const sentenceIndex = (text: string): SentenceIndex => new SentenceIndex(text);

/**
 * Matches of many patterns over one text, kept flat: a kind (an index into `kinds`), a start and an
 * end per match in typed arrays rather than an object each. A long draft can hold a match every few
 * characters (6.4级地震… repeated, a page of shop links); hundreds of thousands of small objects
 * outlive the young generation, are spread over the heap and, once sorted out of their allocation
 * order, make every later pass over them a walk through memory that grows faster than the text.
 */
export class Spans<K extends string> {
  length = 0;
  /** Index of each match's kind in `kinds`. */
  kind = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** One list lives as long as the class (see SentenceIndex.shape). */
  static shape = new Spans([]);

  constructor(readonly kinds: readonly K[]) {}

  push(kind: K, start: number, end: number): void {
    const i = this.length++;
    if (i === this.start.length) [this.kind, this.start, this.end] = [grown(this.kind), grown(this.start), grown(this.end)];
    this.kind[i] = this.kinds.indexOf(kind);
    this.start[i] = start;
    this.end[i] = end;
  }

  kindOf(i: number): K {
    return this.kinds[this.kind[i]];
  }

  /**
   * Indexes by start; for one start in the order pushed, or the longest first with `longestFirst`
   * (equal ranges keep the order pushed). Each pattern's matches come in text order: the sort
   * merges those runs.
   */
  sorted(longestFirst = false): number[] {
    const { start, end } = this;
    const order: number[] = [];
    for (let i = 0; i < this.length; i++) order.push(i);
    return order.sort((a, b) => start[a] - start[b] || (longestFirst ? end[b] - end[a] : 0) || a - b);
  }
}
