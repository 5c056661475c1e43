/**
 * A parse worker: blocks of export lines in (undecoded bytes), database rows appended to its own CSV files (./parse.ts). Runs beside the
 * main thread, which reads the file and writes the database, so a large ingest uses both cores.
 */
import { parentPort } from 'node:worker_threads';
import { nodeDigester } from '../cli/node-digest';
import { useDigester } from '../log/digest';
import { parseBlockToFiles, parseRequestSchema } from './parse';

useDigester(nodeDigester);
parentPort?.on('message', (message: unknown) => {
  const request = parseRequestSchema.safeParse(message);
  if (!request.success) {
    parentPort!.postMessage({ id: -1, error: 'bad parse request' });
    return;
  }
  const { id, bytes, first, files } = request.data;
  parseBlockToFiles(bytes, first, files).then(
    (batch) => parentPort!.postMessage({ id, batch }),
    (e) => parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
  );
});
