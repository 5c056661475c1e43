/** node:crypto for the chain's SHA-256 in the CLI (lib/log/digest.ts): same bytes, same digests. */
import { createHash } from 'node:crypto';
import type { Digester } from '../log/digest';

export const nodeDigester: Digester = (texts) => Promise.resolve(texts.map((t) => createHash('sha256').update(t, 'utf8').digest('hex')));
