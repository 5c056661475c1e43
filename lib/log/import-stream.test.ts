import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LogDb } from './db';
import { checkStreams, sendStreams, streamLines, type ImportProgress, type StreamedFile } from './import-stream';
import { PublicationLog } from './publication-log';
import type { PublicationInput } from './record';
import { checkFiles, toJsonl, type ImportBatch } from './transfer';

const input: PublicationInput = {
  platform: 'weibo',
  url: 'https://weibo.com/compose',
  title: '关于开展冬季防火安全检查的通知',
  contentHash: 'e'.repeat(64),
  requiredApproval: 'important',
  findings: [],
  overrides: [],
  text: '各单位：请于本周内完成自查。',
};

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function machine(name: string, count: number) {
  const db = new LogDb(`test-import-stream-${name}-${Date.now()}`);
  dbs.push(db);
  let t = Date.parse('2026-11-02T01:00:00Z');
  const ledger = new PublicationLog(db, () => new Date((t += 3_600_000)));
  for (let i = 0; i < count; i++) await ledger.append({ ...input, account: name }, { snapshotMode: 'full' });
  const { records } = await ledger.exportChunk(null, 1000);
  return { ledger, text: toJsonl(records, await ledger.heads()) };
}

/** A file whose stream hands out `chunk` bytes at a time (a multi-byte character may be cut), counting reads. */
function chunkedFile(name: string, text: string | Uint8Array, chunk = 7): StreamedFile & { reads: number } {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const file = {
    name,
    size: bytes.length,
    reads: 0,
    stream() {
      let at = 0;
      return new ReadableStream<Uint8Array<ArrayBuffer>>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          file.reads++;
          controller.enqueue(bytes.slice(at, (at += chunk)));
        },
      });
    },
  };
  return file;
}

describe('streamLines', () => {
  it('splits a stream into whole lines whatever the chunks cut, multi-byte characters included', async () => {
    const text = '\uFEFF{"a":"政务"}\r\n\n第二行：云南省\n最后一行没有换行';
    const file = chunkedFile('x.jsonl', text, 5);
    const sizes: number[] = [];
    const lines: string[] = [];
    const firsts: number[] = [];
    for await (const batch of streamLines(file.stream(), (n) => sizes.push(n))) {
      expect(batch.first).toBe(lines.length + 1);
      firsts.push(batch.first);
      lines.push(...batch.lines);
    }
    // The decoder drops a leading BOM, as an export from Excel or WPS may carry one.
    expect(lines).toEqual(text.slice(1).split('\n'));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(file.size);
    expect(sizes.length).toBe(Math.ceil(file.size / 5));
    expect(firsts.length).toBeGreaterThan(1);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const file = chunkedFile('bad.jsonl', new Uint8Array([0x7b, 0x7d, 0x0a, 0xff, 0xfe, 0x0a]));
    await expect(async () => {
      for await (const _ of streamLines(file.stream()));
    }).rejects.toThrow();
  });
});

describe('streamed import check', () => {
  it('finds what the whole-file check finds: bad lines, a changed record, a different record under one id, duplicates', async () => {
    const a = await machine('甲', 4);
    const b = await machine('乙', 2);
    const lines = a.text.trim().split('\n');
    const changed = JSON.parse(lines[1]) as Record<string, unknown>;
    changed.title = '被改过的标题';
    const tampered = [lines[0], JSON.stringify(changed), lines[2], lines[3], '{not json', lines[4]].join('\n');
    const texts = [
      { name: 'a.jsonl', text: tampered },
      { name: 'a-orig.jsonl', text: a.text },
      { name: 'b.jsonl', text: b.text },
      { name: 'b-again.jsonl', text: b.text },
    ];
    const whole = await checkFiles(texts);
    const progress: ImportProgress[] = [];
    const streamed = await checkStreams(
      texts.map((t) => chunkedFile(t.name, t.text, 64)),
      new Map(),
      (p) => progress.push(p),
    );
    expect(streamed.problems).toEqual(whole.problems);
    expect(streamed.duplicates).toBe(whole.duplicates);
    expect(streamed.report).toEqual(whole.report);
    expect(streamed.report.firstProblem).toMatchObject({ kind: 'altered', id: changed.id });
    expect(streamed.firstCopies.size).toBe(6);
    // Told after each chunk, and every byte read once.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toMatchObject({ pass: 1, bytes: progress.at(-1)!.total });
  });

  it('sends each record once, in batches, the heads with the last and failed chains marked in every batch; a clean profile verifies', async () => {
    const a = await machine('甲', 5);
    const b = await machine('乙', 3);
    const files = [chunkedFile('a.jsonl', a.text, 100), chunkedFile('b.jsonl', b.text, 100), chunkedFile('a2.jsonl', a.text, 100)];
    const check = await checkStreams(files);
    expect(check.report.ok).toBe(true);
    expect(check.duplicates).toBe(5);
    const batches: ImportBatch[] = [];
    await sendStreams(files, check, 3, async (batch) => void batches.push(batch));
    expect(batches.map((x) => [x.offset, x.records.length, x.heads.length])).toEqual([
      [0, 3, 0],
      [3, 3, 0],
      [6, 2, 2],
    ]);
    expect(new Set(batches.flatMap((x) => x.records.map((r) => r.id))).size).toBe(8);

    const clean = new LogDb(`test-import-stream-clean-${Date.now()}`);
    dbs.push(clean);
    const ledger = new PublicationLog(clean);
    for (const x of batches) expect(await ledger.import(x.records, x.heads, x.quarantine)).toMatchObject({ conflicts: [], invalid: [] });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 8 });
  });

  it('marks a chain that failed in every batch, so its records are kept apart', async () => {
    const a = await machine('甲', 4);
    // The head line cut off: the chain is unsigned.
    const cut = a.text.trim().split('\n').slice(0, 4).join('\n');
    const files = [chunkedFile('cut.jsonl', cut)];
    const check = await checkStreams(files);
    const batches: ImportBatch[] = [];
    await sendStreams(files, check, 2, async (batch) => void batches.push(batch));
    expect(batches).toHaveLength(3);
    for (const x of batches) expect(x.quarantine.map((q) => q.kind)).toEqual(['unsigned']);
  });
});
