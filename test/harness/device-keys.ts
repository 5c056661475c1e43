/** Device keys for log tests: heads signed as the log signs them (lib/log/device-key.ts). */
import { createDeviceKey, signCheckpoint, signHead, type DeviceKey, type SignedHead } from '../../lib/log/device-key';
import type { ChainHead } from '../../lib/log/record';

export async function testKey(): Promise<DeviceKey> {
  const { pair, publicKey } = await createDeviceKey();
  return { privateKey: pair.privateKey, publicKey };
}

/** The head (and its checkpoint) signed with `key`, a fresh key by default. */
export async function signAs(head: ChainHead, key?: DeviceKey): Promise<SignedHead> {
  const k = key ?? (await testKey());
  const checkpoint = head.checkpoint ? await signCheckpoint(k, head.deviceId, head.checkpoint) : null;
  return signHead(k, { deviceId: head.deviceId, seq: head.seq, hash: head.hash, checkpoint });
}

/** Every head signed, each with its own fresh key, as a map by device. */
export async function signedHeads(heads: Iterable<ChainHead>): Promise<Map<string, SignedHead>> {
  const out = new Map<string, SignedHead>();
  for (const h of heads) out.set(h.deviceId, await signAs(h));
  return out;
}
