/**
 * Importing exports on the dashboard without ever holding a file as one string: each file is read
 * as a byte stream (File.stream() → TextDecoderStream), split into lines a chunk at a time, and
 * read twice. The first pass checks every line (zod), hashes every record and collects what the
 * chain check needs (chain fields, heads; not the records); the second sends the records to the
 * background in chunks of a few thousand, the chains that failed marked to be kept apart.
 * Memory grows with the number of records' ids and chain fields, not with the files' text.
 */
import { ChainVerifier, intactRecords, signaturesOf, type CheckedLink, type VerifyReport } from './chain';
import type { PublicKeyJwk } from './device-key';
import type { ChainHead } from './record';
import { parseJsonlLine, quarantineOrders, type FileProblem, type ImportBatch } from './transfer';

/** A file to import: what a File (a Blob) offers. */
export interface StreamedFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
}

export interface ImportProgress {
  /** 1: checking the files; 2: storing the records. */
  pass: 1 | 2;
  /** Bytes read so far in this pass, over all files, and the files' total. */
  bytes: number;
  total: number;
  /** Chunks read so far in this pass. */
  chunks: number;
}

/** Lines per parse step: a stream chunk may hold many lines, and a line may span chunks. */
const LINES_PER_STEP = 2000;

/**
 * The lines of a byte stream, decoded as UTF-8, a batch at a time. `onBytes` is told the size of
 * each chunk read. A line is whole in exactly one batch; the last line need not end with a newline.
 */
export async function* streamLines(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  onBytes: (bytes: number) => void = () => undefined,
): AsyncGenerator<{ first: number; lines: string[] }> {
  // Counting bytes before decoding: the decoder's output is text, not bytes.
  const counted = stream.pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, BufferSource>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted.pipeThrough(new TextDecoderStream('utf-8', { fatal: true })).getReader();
  let rest = '';
  let next = 1;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const cut = value.lastIndexOf('\n');
      if (cut === -1) {
        rest += value;
        continue;
      }
      const lines = (rest + value.slice(0, cut)).split('\n');
      rest = value.slice(cut + 1);
      for (let i = 0; i < lines.length; i += LINES_PER_STEP) yield { first: next + i, lines: lines.slice(i, i + LINES_PER_STEP) };
      next += lines.length;
    }
    if (rest) yield { first: next, lines: [rest] };
  } finally {
    reader.releaseLock();
  }
}

/** Where the copy of a record that is imported was read: file index and line. */
const place = (file: number, line: number) => file * 2 ** 32 + line;

interface FirstCopy {
  hash: string;
  intact: boolean;
  at: number;
}

export interface StreamCheck {
  heads: ChainHead[];
  problems: FileProblem[];
  duplicates: number;
  report: VerifyReport;
  /** Each record id with where its imported copy is; every other copy is a duplicate or a conflict. */
  firstCopies: Map<string, FirstCopy>;
}

interface LineBatch {
  records: { record: Record<string, unknown>; line: number }[];
  heads: ChainHead[];
  problems: FileProblem[];
}

function parseLines(lines: readonly string[], first: number, file: string): LineBatch {
  const out: LineBatch = { records: [], heads: [], problems: [] };
  lines.forEach((raw, i) => {
    const line = first + i;
    const item = parseJsonlLine(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, file, line);
    if (item.kind === 'record') out.records.push({ record: item.record, line });
    else if (item.kind === 'head') out.heads.push(item.head);
    else if (item.kind === 'problem') out.problems.push(item.problem);
  });
  return out;
}

async function eachBatch(
  files: readonly StreamedFile[],
  pass: 1 | 2,
  onProgress: (p: ImportProgress) => void,
  visit: (fileIndex: number, batch: LineBatch) => Promise<void>,
): Promise<void> {
  const progress: ImportProgress = { pass, bytes: 0, total: files.reduce((n, f) => n + f.size, 0), chunks: 0 };
  onProgress({ ...progress });
  for (const [index, file] of files.entries()) {
    const lines = streamLines(file.stream(), (bytes) => {
      progress.bytes += bytes;
      progress.chunks++;
      onProgress({ ...progress });
    });
    for await (const { first, lines: batch } of lines) await visit(index, parseLines(batch, first, file.name));
  }
}

/**
 * The first pass: every file checked and its records hashed, records deduplicated by id (a
 * different record under a known id is a problem), the longest head per device kept, every
 * device's chain verified with its head's signature (`known`: the key a device is known by here).
 */
export async function checkStreams(
  files: readonly StreamedFile[],
  known: ReadonlyMap<string, PublicKeyJwk> = new Map(),
  onProgress: (p: ImportProgress) => void = () => undefined,
): Promise<StreamCheck> {
  const firstCopies = new Map<string, FirstCopy>();
  const links: CheckedLink[] = [];
  const heads = new Map<string, ChainHead>();
  const problems: FileProblem[] = [];
  let duplicates = 0;
  await eachBatch(files, 1, onProgress, async (fileIndex, batch) => {
    problems.push(...batch.problems);
    const intact = await intactRecords(batch.records.map((r) => r.record));
    batch.records.forEach(({ record: r, line }, i) => {
      const id = r.id as string;
      const hash = r.hash as string;
      const seen = firstCopies.get(id);
      if (!seen) {
        firstCopies.set(id, { hash, intact: intact[i], at: place(fileIndex, line) });
        links.push({
          deviceId: r.deviceId as string,
          id,
          seq: r.seq as number,
          prevHash: r.prevHash as string,
          hash,
          intact: intact[i],
        });
      }
      // Both copies hash to what they claim and claim the same hash: the same record.
      else if (seen.hash === hash && seen.intact && intact[i]) duplicates++;
      else problems.push({ file: files[fileIndex].name, line: null, reason: `record ${id} differs from another copy with the same id` });
    });
    for (const h of batch.heads) {
      const k = heads.get(h.deviceId);
      if (!k || h.seq > k.seq || (h.seq === k.seq && (h.checkpoint?.seq ?? 0) > (k.checkpoint?.seq ?? 0))) heads.set(h.deviceId, h);
    }
  });
  const verifier = new ChainVerifier(heads, await signaturesOf(heads.values(), known));
  verifier.add(links);
  return { heads: [...heads.values()], problems, duplicates, report: verifier.finish(), firstCopies };
}

/**
 * The second pass: the files read again and each record's imported copy handed on in batches of
 * at most `size` records (duplicates and conflicting copies left out), the chains that failed
 * marked to be kept apart in every batch, and the heads with the last batch, so a chain is never
 * signed off before all of its records are stored. Always at least one batch.
 */
export async function sendStreams(
  files: readonly StreamedFile[],
  check: StreamCheck,
  size: number,
  send: (batch: ImportBatch) => Promise<void>,
  onProgress: (p: ImportProgress) => void = () => undefined,
): Promise<void> {
  const quarantine = quarantineOrders(check.report);
  let pending: ImportBatch['records'] = [];
  let offset = 0;
  const flush = async (last: boolean) => {
    const records = pending;
    pending = [];
    await send({ records, heads: last ? check.heads : [], quarantine, offset });
    offset += records.length;
  };
  await eachBatch(files, 2, onProgress, async (fileIndex, batch) => {
    for (const { record, line } of batch.records) {
      if (check.firstCopies.get(record.id as string)?.at !== place(fileIndex, line)) continue;
      // Checked against the record schema when parsed; the background checks it again.
      pending.push(record as unknown as ImportBatch['records'][number]);
      if (pending.length >= size) await flush(false);
    }
  });
  await flush(true);
}
