import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotUtf8Error, readLines } from './lines';

const dir = mkdtempSync(join(tmpdir(), 'lines-'));
let n = 0;

async function read(bytes: Buffer, block: number): Promise<{ lines: [number, string][]; seen: number }> {
  const path = join(dir, `f${n++}.jsonl`);
  writeFileSync(path, bytes);
  const lines: [number, string][] = [];
  let seen = 0;
  for await (const batch of readLines(path, (b) => (seen += b.length), block))
    batch.lines.forEach((l, i) => lines.push([batch.first + i, l]));
  return { lines, seen };
}

describe('reading JSON Lines a block at a time', () => {
  // A newline ends a line; the last one needs none. Blocks far smaller than a line: every line crosses block ends, multi-byte characters are cut between blocks.
  const cases: { name: string; text: string; lines: string[] }[] = [
    { name: 'plain lines', text: '{"a":1}\n{"b":2}\n', lines: ['{"a":1}', '{"b":2}'] },
    { name: 'no newline at the end', text: '{"a":1}\n{"b":"末"}', lines: ['{"a":1}', '{"b":"末"}'] },
    {
      name: 'CRLF and a BOM (left for the parser)',
      text: '\uFEFF{"a":"昆明"}\r\n{"b":2}\r\n',
      lines: ['\uFEFF{"a":"昆明"}\r', '{"b":2}\r'],
    },
    {
      name: 'Chinese and emoji across block ends',
      text: `${'{"t":"政务新媒体发布😀"}\n'.repeat(5)}`,
      lines: Array(5).fill('{"t":"政务新媒体发布😀"}'),
    },
    { name: 'blank lines', text: '\n\n{"a":1}\n', lines: ['', '', '{"a":1}'] },
  ];
  for (const c of cases) {
    for (const block of [1, 3, 7, 64, 1 << 20]) {
      it(`${c.name}, blocks of ${block} bytes`, async () => {
        const bytes = Buffer.from(c.text, 'utf8');
        const { lines, seen } = await read(bytes, block);
        expect(lines.map(([, l]) => l)).toEqual(c.lines);
        expect(lines.map(([i]) => i)).toEqual(c.lines.map((_, i) => i + 1));
        // Every byte passes through the block callback once (the file's hash is taken there).
        expect(seen).toBe(bytes.length);
      });
    }
  }

  it('names the first line that is not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":1}\n{"b":"好"}\n'),
      Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d, 0x0a]),
      Buffer.from('{"c":3}\n'),
    ]);
    for (const block of [2, 5, 1 << 20]) {
      const error = await read(bytes, block).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotUtf8Error);
      expect((error as NotUtf8Error).line).toBe(3);
    }
  });
});
