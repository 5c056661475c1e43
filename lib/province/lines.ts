/**
 * JSON Lines read from disk a block at a time, so a file of any size (a 5 GB export) is never one
 * string: V8 caps a string near 512 MB (ERR_STRING_TOO_LONG). Memory is one block plus the
 * longest line. Each block is checked as UTF-8 before it is decoded.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

/** Bytes read at a time. */
const BLOCK = 4 << 20;

export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is not valid UTF-8`);
  }
}

export interface Lines {
  /** 1-based number of the first line of the batch. */
  first: number;
  lines: string[];
}

/** A block of whole lines as bytes (the newline that ends the block left out), and its first line's number. */
export interface LineBlock {
  /** 1-based number of the block's first line. */
  first: number;
  /** Lines in the block (newlines + 1). */
  count: number;
  /** A buffer of its own, so it can be handed to a worker thread without a copy. */
  bytes: Uint8Array<ArrayBuffer>;
}

/** The lines of a block of bytes, checked as UTF-8 first (a failure names its line). */
export function decodeLines(bytes: Uint8Array, first: number): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkUtf8(buffer, first);
  return buffer.toString('utf8').split('\n');
}

/** Throws NotUtf8Error naming the first line of the block (numbered from `first`) that is not UTF-8. */
export function checkUtf8(buffer: Buffer, first: number): void {
  if (!isUtf8(buffer)) {
    // Name the line: count newlines before the first line that fails.
    let line = first;
    let start = 0;
    for (let nl = buffer.indexOf(0x0a, start); ; nl = buffer.indexOf(0x0a, start)) {
      const end = nl === -1 ? buffer.length : nl;
      if (!isUtf8(buffer.subarray(start, end))) throw new NotUtf8Error(line);
      if (nl === -1) break;
      start = nl + 1;
      line++;
    }
  }
}

function newlines(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) n++;
  return n;
}

/**
 * The file in blocks of whole lines, undecoded: the reading thread only cuts at newlines and
 * counts them, and whoever parses a block decodes it (lib/province/parse-worker.ts).
 */
export async function* readBlocks(path: string, onBlock?: (bytes: Buffer) => void, block = BLOCK): AsyncGenerator<LineBlock> {
  let rest: Buffer | null = null;
  let next = 1;
  const own = (parts: Buffer[]): LineBlock => {
    const length = parts.reduce((n, p) => n + p.length, 0);
    const bytes = new Uint8Array(new ArrayBuffer(length));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    const count = parts.reduce((n, p) => n + newlines(p), 0) + 1;
    const out = { first: next, count, bytes };
    next += count;
    return out;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: block }) as AsyncIterable<Buffer>) {
    onBlock?.(chunk);
    // A newline byte is never part of a multi-byte UTF-8 sequence: cutting after one is safe.
    const cut = chunk.lastIndexOf(0x0a);
    if (cut === -1) {
      rest = rest ? Buffer.concat([rest, chunk]) : chunk;
      continue;
    }
    yield own(rest ? [rest, chunk.subarray(0, cut)] : [chunk.subarray(0, cut)]);
    rest = cut + 1 < chunk.length ? Buffer.from(chunk.subarray(cut + 1)) : null;
  }
  if (rest?.length) yield own([rest]);
}

/** The file's lines in batches (a BOM on the first line and CR before LF are left for the parser). */
export async function* readLines(path: string, onBlock?: (bytes: Buffer) => void, block = BLOCK): AsyncGenerator<Lines> {
  for await (const b of readBlocks(path, onBlock, block)) yield { first: b.first, lines: decodeLines(b.bytes, b.first) };
}
