/**
 * The device key's statements and what a head's signature says, as a table; and a profile from
 * before device keys, whose chain is signed when its key is created.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { signAs, testKey } from '../../test/harness/device-keys';
import { buildRecord } from './chain';
import Dexie from 'dexie';
import { LogDb, PUBLICATION_INDEXES } from './db';
import { deviceIdForKey, headSignature, isKeyDerivedId, keyFingerprint, type SignedHead } from './device-key';
import { PublicationLog } from './publication-log';
import { GENESIS_HASH, chainHeadSchema, type ChainHead } from './record';

const LEGACY = '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11';
const checkpoint = {
  seq: 2,
  hash: 'b'.repeat(64),
  count: 2,
  through: '2026-01-02T00:00:00.000Z',
  prunedAt: '2026-03-01T00:00:00.000Z',
  retentionDays: 30,
};

describe('a head signature', () => {
  it.each<{
    name: string;
    make: () => Promise<{ head: unknown; known?: SignedHead['publicKey'] }>;
    status: string;
    binding?: string | null;
  }>([
    {
      name: 'a head signed by the key its device id comes from',
      status: 'signed',
      binding: 'derived',
      make: async () => {
        const key = await testKey();
        return {
          head: await signAs({ deviceId: await deviceIdForKey(key.publicKey), seq: 3, hash: 'a'.repeat(64), checkpoint: null }, key),
        };
      },
    },
    {
      name: 'an older profile\u2019s head, first seen',
      status: 'signed',
      binding: 'first',
      make: async () => ({ head: await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint }) }),
    },
    {
      name: 'an older profile\u2019s head with the key known for it',
      status: 'signed',
      binding: 'known',
      make: async () => {
        const key = await testKey();
        return { head: await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint: null }, key), known: key.publicKey };
      },
    },
    { name: 'no head', status: 'unsigned', make: async () => ({ head: null }) },
    {
      name: 'a head without key or signature',
      status: 'unsigned',
      make: async () => ({ head: { deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint: null } }),
    },
    {
      name: 'a signed head whose seq was changed',
      status: 'rewritten',
      make: async () => ({ head: { ...(await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint: null })), seq: 4 } }),
    },
    {
      name: 'a signed head whose checkpoint was swapped',
      status: 'rewritten',
      make: async () => {
        const h = await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint });
        return { head: { ...h, checkpoint: { ...h.checkpoint!, seq: 1 } } };
      },
    },
    {
      name: 'a checkpoint signed for another device',
      status: 'rewritten',
      make: async () => {
        const key = await testKey();
        const other = await signAs({ deviceId: '0b7d3c58-0a4e-4f0f-8f3c-5b8a2d9e6c22', seq: 3, hash: 'a'.repeat(64), checkpoint }, key);
        const mine = await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint: null }, key);
        return { head: { ...mine, checkpoint: other.checkpoint } };
      },
    },
    {
      name: 'a head whose key was swapped for another',
      status: 'rewritten',
      make: async () => ({
        head: {
          ...(await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint: null })),
          publicKey: (await testKey()).publicKey,
        },
      }),
    },
    {
      name: 'a head signed by another key than the known one',
      status: 'rewritten',
      make: async () => ({
        head: await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint: null }),
        known: (await testKey()).publicKey,
      }),
    },
    {
      name: 'a key-derived device id signed by another key',
      status: 'rewritten',
      make: async () => {
        const key = await testKey();
        return { head: await signAs({ deviceId: await deviceIdForKey(key.publicKey), seq: 3, hash: 'a'.repeat(64), checkpoint: null }) };
      },
    },
    {
      name: 'a malformed signature',
      status: 'rewritten',
      make: async () => ({
        head: { ...(await signAs({ deviceId: LEGACY, seq: 3, hash: 'a'.repeat(64), checkpoint: null })), signature: 'x' },
      }),
    },
  ])('$name: $status', async ({ make, status, binding }) => {
    const { head, known } = await make();
    const result = await headSignature(head as ChainHead | null, known ?? null);
    expect(result.status).toBe(status);
    if (binding !== undefined) expect(result.binding).toBe(binding);
  });

  it('derives a version-8 UUID from the key, which the record schema accepts', async () => {
    const key = await testKey();
    const id = await deviceIdForKey(key.publicKey);
    expect(isKeyDerivedId(id)).toBe(true);
    expect(isKeyDerivedId(LEGACY)).toBe(false);
    expect(chainHeadSchema.safeParse({ deviceId: id, seq: 0, hash: GENESIS_HASH, checkpoint: null }).success).toBe(true);
    expect(await keyFingerprint(key.publicKey)).toMatch(/^[0-9a-f]{64}$/);
    // The signed head survives the export schema as it is.
    const signed = await signAs({ deviceId: id, seq: 1, hash: 'c'.repeat(64), checkpoint });
    expect(chainHeadSchema.parse(JSON.parse(JSON.stringify(signed)))).toEqual(signed);
  });
});

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('a profile from before device keys', () => {
  it('keeps its device id and chain through the schema upgrade, and has its head signed when its key is created', async () => {
    const name = `legacy-${Date.now()}`;
    // Written as the previous version did (schema version 2): a random device id, records, an unsigned head.
    const old = new Dexie(name);
    old.version(1).stores({ publications: 'id, time, platform' });
    old.version(2).stores({ publications: PUBLICATION_INDEXES, chains: 'deviceId', meta: 'key' });
    await old.table('meta').put({ key: 'deviceId', value: LEGACY });
    let prev = { seq: 0, hash: GENESIS_HASH };
    for (let i = 0; i < 3; i++) {
      const r = await buildRecord(
        {
          platform: 'wechat',
          url: 'https://mp.weixin.qq.com/',
          title: `旧记录 ${i}`,
          contentHash: 'a'.repeat(64),
          requiredApproval: 'general',
          findings: [],
          overrides: [],
        },
        { id: crypto.randomUUID(), deviceId: LEGACY, now: new Date(Date.UTC(2026, 0, 5 + i)), snapshotMode: 'hash', account: '', prev },
      );
      await old.table('publications').add(r);
      prev = r;
    }
    await old.table('chains').put({ deviceId: LEGACY, seq: 3, hash: prev.hash, checkpoint: null, local: true });
    old.close();
    const db = new LogDb(name);
    dbs.push(db);
    expect(await db.quarantine.count()).toBe(0);
    expect((await new PublicationLog(db).verify()).firstProblem?.kind).toBe('unsigned');

    const publicationLog = new PublicationLog(db);
    expect(await publicationLog.deviceId()).toBe(LEGACY);
    const report = await publicationLog.verify();
    expect(report).toMatchObject({ ok: true, records: 3 });
    expect(report.devices[0].signature).toMatchObject({ status: 'signed', binding: 'known' });
    expect(
      (
        await publicationLog.append(
          {
            platform: 'wechat',
            url: 'https://mp.weixin.qq.com/',
            title: '新记录',
            contentHash: 'a'.repeat(64),
            requiredApproval: 'general',
            findings: [],
            overrides: [],
          },
          { snapshotMode: 'hash' },
        )
      ).seq,
    ).toBe(4);
    expect(await publicationLog.verify()).toMatchObject({ ok: true, records: 4 });
  });
});
