/** node:crypto for the chain's SHA-256 in the CLI (lib/log/digest.ts): same bytes, same digests. */
import { hash } from 'node:crypto';
import type { Digester } from '../log/digest';

// The one-shot hash: about twice as fast as a Hash object per record, which a province-size ingest feels.
export const nodeDigester: Digester = (texts) => Promise.resolve(texts.map((t) => hash('sha256', t, 'hex')));
