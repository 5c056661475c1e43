/**
 * The extension's IndexedDB database `govpost-guard`, written only by the background (IndexedDB
 * opened from a content script would belong to the website). Extension pages of the
 * same origin read it directly (lib/log/reader.ts), or through messages until it exists.
 *
 * Version 1: publications 'id, time, platform'.
 * Version 2: hash-chained records with indexes for the dashboard's filters, the chain
 * head of every device (`chains`) and this profile's device id (`meta`).
 * Version 3: imported chains that failed verification are kept apart (`quarantine`: their records,
 * `quarantinedChains`: one entry per device with the problem), never in `publications`; the
 * device key lives in `meta`.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { hashRecord } from './chain';
import type { PublicKeyJwk } from './device-key';
import { GENESIS_HASH, LOG_SCHEMA_VERSION, chinaDay, publicationRecordV1Schema, type ChainHead, type PublicationRecord } from './record';
import { CATEGORIES } from '../engine/rule';
import type { QuarantinedChain } from './messages';

export type { QuarantinedChain } from './messages';

export type MetaEntry =
  | { key: 'deviceId' | 'pendingSeal' | 'lastPrune'; value: string }
  /** The device key: the private key is non-extractable, usable only through WebCrypto in this profile. */
  | { key: 'deviceKey'; value: { privateKey: CryptoKey; publicKey: PublicKeyJwk } };

/** A chain head, plus whether the chain is this profile's own (written here) or imported. */
export type StoredChain = ChainHead & { local: boolean };

export const PUBLICATION_INDEXES =
  'id, time, platform, account, [platform+account], [platform+account+time], [platform+account+origin+time], [deviceId+seq], *categories, overridden, approvalStatus';

export class LogDb extends Dexie {
  publications!: EntityTable<PublicationRecord, 'id'>;
  chains!: EntityTable<StoredChain, 'deviceId'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  quarantine!: EntityTable<PublicationRecord, 'id'>;
  quarantinedChains!: EntityTable<QuarantinedChain, 'deviceId'>;
  constructor(name = 'govpost-guard', options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, options);
    this.version(1).stores({ publications: 'id, time, platform' });
    this.version(2)
      .stores({ publications: PUBLICATION_INDEXES, chains: 'deviceId', meta: 'key' })
      .upgrade((tx) => upgradeV1toV2(tx));
    this.version(3).stores({ quarantine: 'id, [deviceId+seq]', quarantinedChains: 'deviceId' });
  }
}

/**
 * Carries version-1 records into the chain without losing a field: they get this profile's device
 * id and a seq in time order, and are marked `migratedFrom: 1`. Hashing needs WebCrypto, which
 * cannot be awaited inside an IndexedDB upgrade, so they are sealed (hashed and linked) by
 * `sealPending` right after the database opens, before anything else is written.
 */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const deviceId = crypto.randomUUID();
  await tx.table('meta').put({ key: 'deviceId', value: deviceId } satisfies MetaEntry);
  const old = await tx.table('publications').orderBy('time').toArray();
  if (!old.length) return;
  const migrated = old.map((raw, i) => {
    const r = publicationRecordV1Schema.parse(raw);
    const categories = CATEGORIES.filter((c) => r.findings.some((f) => f.category === c));
    return {
      v: LOG_SCHEMA_VERSION,
      id: r.id,
      deviceId,
      seq: i + 1,
      time: r.time,
      day: chinaDay(r.time),
      platform: r.platform,
      account: '',
      url: r.url,
      title: r.title,
      contentHash: r.contentHash,
      // Version 1 kept no text: the content hash stands for it.
      snapshot: { mode: 'hash', text: null },
      // Version 1 kept no text either to look for repost signals: a source finding is all there is.
      origin: r.findings.some((f) => f.category === 'source') ? 'repost' : 'original',
      source: null,
      requiredApproval: r.requiredApproval,
      findings: r.findings,
      categories: [...categories],
      overrides: r.overrides,
      overridden: r.overrides.length ? 1 : 0,
      approval: null,
      approvalStatus: 'missing',
      practice: r.practice,
      migratedFrom: 1,
      prevHash: '',
      hash: '',
      outcome: r.outcome,
      confirmedAt: null,
    } satisfies Omit<PublicationRecord, 'prevHash' | 'hash'> & { prevHash: string; hash: string };
  });
  await tx.table('publications').bulkPut(migrated);
  await tx.table('meta').put({ key: 'pendingSeal', value: deviceId } satisfies MetaEntry);
}

/** Hashes and links records carried over by the upgrade; a no-op once done. */
export async function sealPending(db: LogDb): Promise<number> {
  const pending = await db.meta.get('pendingSeal');
  if (pending?.key !== 'pendingSeal') return 0;
  const deviceId = pending.value;
  const records = await db.publications.where('[deviceId+seq]').between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey]).toArray();
  let prev = GENESIS_HASH;
  const sealed: PublicationRecord[] = [];
  for (const r of records) {
    const body = { ...r, prevHash: prev };
    const hash = await hashRecord(body);
    sealed.push({ ...body, hash });
    prev = hash;
  }
  await db.transaction('rw', db.publications, db.chains, db.meta, async () => {
    if (!(await db.meta.get('pendingSeal'))) return;
    await db.publications.bulkPut(sealed);
    const last = sealed.at(-1);
    await db.chains.put({ deviceId, seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH, checkpoint: null, local: true });
    await db.meta.delete('pendingSeal');
  });
  return sealed.length;
}
