/**
 * The device key: each profile's chain head and pruning checkpoints are signed with an ECDSA P-256
 * key whose private half never leaves this profile's IndexedDB (non-extractable), and whose public
 * half travels with every exported head. A hash chain alone can be rewritten by anyone who
 * recomputes the hashes; a signed head can only be moved on by the device that holds the key.
 *
 * Small, pure functions over WebCrypto (the browser's, Node's `globalThis.crypto` in the CLI), so
 * any verifier — the dashboard's workers, the CLI, a streaming one — checks the same statements.
 */
import { toHex } from '../engine/hash';
import { canonicalJson } from './canonical-json';
import { publicKeyJwkSchema, signatureSchema, type PublicKeyJwk } from './key-schema';
import type { ChainHead, Checkpoint } from './record';

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

export { publicKeyJwkSchema, signatureSchema, type PublicKeyJwk } from './key-schema';

/** A checkpoint and a head with what signing adds to them (schemas in record.ts carry both as optional). */
export type SignedCheckpoint = Checkpoint & { signature: string };
export type SignedHead = Omit<ChainHead, 'checkpoint'> & {
  checkpoint: SignedCheckpoint | null;
  publicKey: PublicKeyJwk;
  signature: string;
};

export interface DeviceKey {
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
}

/** A new key pair; the private key cannot be exported, only used to sign here. */
export async function createDeviceKey(): Promise<{ pair: CryptoKeyPair; publicKey: PublicKeyJwk }> {
  const pair = await crypto.subtle.generateKey(KEY_ALGORITHM, false, ['sign', 'verify']);
  return { pair, publicKey: await exportPublicKey(pair.publicKey) };
}

export async function exportPublicKey(key: CryptoKey): Promise<PublicKeyJwk> {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', key);
  return publicKeyJwkSchema.parse({ kty, crv, x, y });
}

/** SHA-256 of the key's RFC 7638 thumbprint input, hex: the key's name in reports. */
export async function keyFingerprint(key: PublicKeyJwk): Promise<string> {
  const { crv, kty, x, y } = key;
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify({ crv, kty, x, y }))));
}

/**
 * The device id a key stands for: a UUID (version 8) from its fingerprint. A profile created with
 * its key takes this id, so a chain re-signed with another key no longer matches its own device id.
 */
export async function deviceIdForKey(key: PublicKeyJwk): Promise<string> {
  const hex = (await keyFingerprint(key)).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Whether a device id has the form deviceIdForKey gives (version 8); older profiles have random (version 4) ids. */
export const isKeyDerivedId = (deviceId: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(deviceId);

const checkpointFields = (c: Checkpoint) => ({
  seq: c.seq,
  hash: c.hash,
  count: c.count,
  through: c.through,
  prunedAt: c.prunedAt,
  retentionDays: c.retentionDays,
});

/** What a checkpoint's signature covers: its fields and the device, so it cannot be moved to another chain. */
export function checkpointStatement(deviceId: string, checkpoint: Checkpoint): string {
  return canonicalJson({ statement: 'govpost-guard/checkpoint/1', deviceId, checkpoint: checkpointFields(checkpoint) });
}

/** What a head's signature covers: the tip of the chain, its checkpoint (signed) and the key itself. */
export function headStatement(
  head: Pick<SignedHead, 'deviceId' | 'seq' | 'hash' | 'publicKey'> & { checkpoint: Checkpoint | null },
): string {
  const { deviceId, seq, hash, publicKey, checkpoint } = head;
  return canonicalJson({
    statement: 'govpost-guard/chain-head/1',
    deviceId,
    seq,
    hash,
    checkpoint: checkpoint
      ? { ...checkpointFields(checkpoint), signature: (checkpoint as Partial<SignedCheckpoint>).signature ?? null }
      : null,
    publicKey: { crv: publicKey.crv, kty: publicKey.kty, x: publicKey.x, y: publicKey.y },
  });
}

async function sign(privateKey: CryptoKey, text: string): Promise<string> {
  return toBase64url(new Uint8Array(await crypto.subtle.sign(SIGN_ALGORITHM, privateKey, new TextEncoder().encode(text))));
}

async function verify(publicKey: PublicKeyJwk, signature: string, text: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', { ...publicKeyJwkSchema.parse(publicKey), ext: true }, KEY_ALGORITHM, false, [
      'verify',
    ]);
    return await crypto.subtle.verify(SIGN_ALGORITHM, key, fromBase64url(signatureSchema.parse(signature)), new TextEncoder().encode(text));
  } catch {
    return false;
  }
}

export async function signCheckpoint(key: DeviceKey, deviceId: string, checkpoint: Checkpoint): Promise<SignedCheckpoint> {
  return { ...checkpointFields(checkpoint), signature: await sign(key.privateKey, checkpointStatement(deviceId, checkpoint)) };
}

/** Signs a head whose checkpoint, if any, this key signed already (signCheckpoint). */
export async function signHead(
  key: DeviceKey,
  head: Omit<ChainHead, 'checkpoint'> & { checkpoint: SignedCheckpoint | null },
): Promise<SignedHead> {
  const body = { deviceId: head.deviceId, seq: head.seq, hash: head.hash, checkpoint: head.checkpoint, publicKey: key.publicKey };
  return { ...body, signature: await sign(key.privateKey, headStatement(body)) };
}

export async function verifyCheckpointSignature(
  publicKey: PublicKeyJwk,
  deviceId: string,
  checkpoint: Checkpoint & { signature?: string },
): Promise<boolean> {
  return checkpoint.signature !== undefined && verify(publicKey, checkpoint.signature, checkpointStatement(deviceId, checkpoint));
}

export async function verifyHeadSignature(publicKey: PublicKeyJwk, head: ChainHead & { signature?: string }): Promise<boolean> {
  return head.signature !== undefined && verify(publicKey, head.signature, headStatement({ ...head, publicKey }));
}

/**
 * What a head's signature says of its chain:
 * - `signed`: the head and its checkpoint are signed by the key it carries, and that key is the
 *   device's (its id comes from the key, or it is the key already known for the device);
 * - `unsigned`: no head, or a head without a signature (an export from before device keys);
 * - `rewritten`: a signature that does not match, a checkpoint not signed by the same key, or
 *   another key than the one known for the device.
 * `binding` says how the key is tied to the device: `derived` (the id comes from the key), `known`
 * (the key matches the one stored for the device) or `first` (neither: first seen in this file).
 */
export type SignatureStatus = 'signed' | 'unsigned' | 'rewritten';
export interface HeadSignature {
  status: SignatureStatus;
  binding: 'derived' | 'known' | 'first' | null;
  /** The signing key's fingerprint, when the head names a key. */
  fingerprint: string | null;
  detail: string;
}

export async function headSignature(
  head: (ChainHead & { publicKey?: unknown; signature?: unknown; checkpoint: (Checkpoint & { signature?: unknown }) | null }) | null,
  known: PublicKeyJwk | null = null,
): Promise<HeadSignature> {
  const result = (
    status: SignatureStatus,
    detail: string,
    fingerprint: string | null = null,
    binding: HeadSignature['binding'] = null,
  ): HeadSignature => ({ status, binding, fingerprint, detail });
  if (!head) return result('unsigned', 'no chain head');
  if (head.publicKey === undefined && head.signature === undefined) return result('unsigned', 'the chain head is not signed');
  const key = publicKeyJwkSchema.safeParse(head.publicKey);
  const signature = signatureSchema.safeParse(head.signature);
  if (!key.success || !signature.success) return result('rewritten', 'the chain head has a malformed key or signature');
  const fingerprint = await keyFingerprint(key.data);
  if (known && (await keyFingerprint(known)) !== fingerprint)
    return result('rewritten', 'signed with another key than the one known for this device', fingerprint);
  const checkpoint = head.checkpoint;
  if (checkpoint && (typeof checkpoint.signature !== 'string' || !(await verifyCheckpointSignature(key.data, head.deviceId, checkpoint)))) {
    return result('rewritten', 'the pruning checkpoint is not signed by the device', fingerprint);
  }
  if (!(await verifyHeadSignature(key.data, { ...head, signature: signature.data }))) {
    return result('rewritten', 'the chain head signature does not match', fingerprint);
  }
  const derived = (await deviceIdForKey(key.data)) === head.deviceId;
  // Device ids taken from a key are UUIDs of version 8; such a chain signed by another key is not its device's.
  if (!derived && isKeyDerivedId(head.deviceId))
    return result('rewritten', 'signed with a key the device id does not stand for', fingerprint);
  return result('signed', 'signed by the device key', fingerprint, derived ? 'derived' : known ? 'known' : 'first');
}

function toBase64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
