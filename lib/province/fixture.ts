/**
 * Exports built the way a browser writes them (the log's own record builder, chained per
 * device), for tests and the README's report screenshot: `exportText` renders the JSON Lines with
 * the export header line that carries the unit hierarchy.
 */
import { buildRecord } from '../log/chain';
import { createDeviceKey, signHead } from '../log/device-key';
import { GENESIS_HASH, type ChainHead, type PublicationInput, type PublicationRecord } from '../log/record';
import { exportHeaderLine, type ExportHeader } from '../log/stream';
import { toJsonl } from '../log/transfer';

export interface Post {
  /** China day; the record's time is 10:00 that day, Beijing time. */
  day: string;
  platform: string;
  account: string;
  original?: boolean;
  major?: boolean;
  approval?: PublicationInput['approval'];
  findings?: PublicationInput['findings'];
  overrides?: PublicationInput['overrides'];
  practice?: boolean;
}

export async function deviceChain(
  deviceId: string,
  posts: readonly Post[],
  idSeed = 1,
): Promise<{ records: PublicationRecord[]; head: ChainHead }> {
  const records: PublicationRecord[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  let k = idSeed;
  for (const p of posts) {
    const hex = (k++).toString(16).padStart(12, '0');
    const r = await buildRecord(
      {
        platform: p.platform,
        account: p.account,
        url: `https://example.gov.cn/${p.platform}/${hex}`,
        title: `${p.account} ${p.day}`,
        contentHash: 'c'.repeat(64),
        requiredApproval: p.major ? 'major' : 'general',
        findings: p.findings ?? [],
        overrides: p.overrides ?? [],
        origin: p.original ? 'original' : 'repost',
        source: p.original ? null : '云南发布',
        approval: p.approval ?? null,
        practice: p.practice ?? false,
      },
      { id: `00000000-0000-4000-8000-${hex}`, deviceId, now: new Date(`${p.day}T02:00:00Z`), snapshotMode: 'hash', account: '', prev },
    );
    records.push(r);
    prev = { seq: r.seq, hash: r.hash };
  }
  // Signed as a profile's log signs its head, with a key of its own (lib/log/device-key.ts).
  const { pair, publicKey } = await createDeviceKey();
  const head = await signHead({ privateKey: pair.privateKey, publicKey }, { deviceId, seq: prev.seq, hash: prev.hash, checkpoint: null });
  return { records, head };
}

export function exportText(
  records: readonly PublicationRecord[],
  heads: readonly ChainHead[],
  header?: Omit<ExportHeader, 'type' | 'v'>,
): string {
  return (header ? exportHeaderLine(header) : '') + toJsonl(records, heads);
}
