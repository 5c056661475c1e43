/** A device's publication chain of `n` plain records (one a day from 2026-01-05), as the extension builds them. */
import { buildRecord } from '../../lib/log/chain';
import { GENESIS_HASH, type PublicationRecord } from '../../lib/log/record';

export async function recordChain(n: number, deviceId: string): Promise<PublicationRecord[]> {
  const out: PublicationRecord[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < n; i++) {
    const r = await buildRecord(
      {
        platform: 'weibo',
        url: 'https://weibo.com/',
        title: `帖子${i}`,
        contentHash: 'b'.repeat(64),
        requiredApproval: 'general',
        findings: [],
        overrides: [],
      },
      { id: crypto.randomUUID(), deviceId, now: new Date(Date.UTC(2026, 0, 5 + i)), snapshotMode: 'hash', account: '', prev },
    );
    out.push(r);
    prev = { seq: r.seq, hash: r.hash };
  }
  return out;
}
