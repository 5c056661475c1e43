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

/** The file's lines in batches (a BOM on the first line and CR before LF are left for the parser). */
export async function* readLines(path: string, onBlock?: (bytes: Buffer) => void, block = BLOCK): AsyncGenerator<Lines> {
  let rest: Buffer | null = null;
  let next = 1;
  const decode = (bytes: Buffer): string[] => {
    if (!isUtf8(bytes)) {
      // Name the line: count newlines before the first line that fails.
      let line = next;
      let start = 0;
      for (let nl = bytes.indexOf(0x0a, start); ; nl = bytes.indexOf(0x0a, start)) {
        const end = nl === -1 ? bytes.length : nl;
        if (!isUtf8(bytes.subarray(start, end))) throw new NotUtf8Error(line);
        if (nl === -1) break;
        start = nl + 1;
        line++;
      }
    }
    return bytes.toString('utf8').split('\n');
  };
  for await (const chunk of createReadStream(path, { highWaterMark: block }) as AsyncIterable<Buffer>) {
    onBlock?.(chunk);
    // A newline byte is never part of a multi-byte UTF-8 sequence: cutting after one is safe.
    const cut = chunk.lastIndexOf(0x0a);
    if (cut === -1) {
      rest = rest ? Buffer.concat([rest, chunk]) : chunk;
      continue;
    }
    const whole = rest ? Buffer.concat([rest, chunk.subarray(0, cut)]) : chunk.subarray(0, cut);
    rest = cut + 1 < chunk.length ? Buffer.from(chunk.subarray(cut + 1)) : null;
    const lines = decode(whole);
    yield { first: next, lines };
    next += lines.length;
  }
  if (rest?.length) yield { first: next, lines: decode(rest) };
}
