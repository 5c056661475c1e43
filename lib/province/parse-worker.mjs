// A worker thread does not inherit the loader that runs TypeScript in the main thread: tsx loads it here.
import { tsImport } from 'tsx/esm/api';

await tsImport('./parse-worker.ts', import.meta.url);
