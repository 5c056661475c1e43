/**
 * A full disk: the write that meets it fails and says why (a QuotaExceededError), and the next
 * attempt after space is freed succeeds — without waiting for the service worker to restart.
 */
import 'fake-indexeddb/auto';
import { IDBKeyRange as FakeKeyRange, IDBObjectStore as FakeObjectStore, indexedDB as fakeIndexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import type { PublicationInput } from './record';

const input: PublicationInput = {
  platform: 'wechat',
  url: 'https://mp.weixin.qq.com/',
  title: '关于开展冬季森林防火检查的通知',
  contentHash: 'a'.repeat(64),
  requiredApproval: 'general',
  findings: [],
  overrides: [],
};

const full = () => new DOMException('disk full (test)', 'QuotaExceededError');

/** IndexedDB whose opening fails with QuotaExceededError while `disk.full` (LevelDB cannot open a full disk). */
function diskOf() {
  const disk = { full: false };
  const factory = new Proxy(fakeIndexedDB, {
    get(target, prop) {
      if (prop === 'open' && disk.full) {
        return () => {
          const request = { error: full(), result: undefined } as unknown as IDBOpenDBRequest & { onerror?: (e: unknown) => void };
          setTimeout(() => request.onerror?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} }));
          return request;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { disk, factory };
}

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await new Promise((resolve) => {
      const r = fakeIndexedDB.deleteDatabase(db.name);
      r.onsuccess = r.onerror = resolve;
    });
  }
});

describe('a full disk', () => {
  it('fails the write with the reason, and the next write after space is freed succeeds', async () => {
    const { disk, factory } = diskOf();
    const db = new LogDb(`faults-${Date.now()}`, { indexedDB: factory, IDBKeyRange: FakeKeyRange });
    dbs.push(db);
    const publicationLog = new PublicationLog(db);
    await publicationLog.append(input, { snapshotMode: 'hash' });
    // The browser closes the connection when its backing store fails, and reopening meets the full disk.
    disk.full = true;
    (db.backendDB() as IDBDatabase & { onclose: ((e: Event) => void) | null }).onclose?.(new Event('close'));
    const refused = await publicationLog.append(input, { snapshotMode: 'hash' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'QuotaExceededError' });
    // Space freed: the very next attempt writes.
    disk.full = false;
    const record = await publicationLog.append(input, { snapshotMode: 'hash' });
    expect(record.seq).toBe(2);
    expect(await publicationLog.verify()).toMatchObject({ ok: true, records: 2 });
  });

  it('says so when a write itself is refused, and writes the next', async () => {
    const db = new LogDb(`faults-add-${Date.now()}`);
    dbs.push(db);
    const publicationLog = new PublicationLog(db);
    const add = FakeObjectStore.prototype.add;
    FakeObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'publications') throw full();
      return add.apply(this, args);
    };
    try {
      expect(await publicationLog.append(input, { snapshotMode: 'hash' }).catch((e: unknown) => e)).toMatchObject({
        name: 'QuotaExceededError',
      });
    } finally {
      FakeObjectStore.prototype.add = add;
    }
    expect((await publicationLog.append(input, { snapshotMode: 'hash' })).seq).toBe(1);
    expect(await publicationLog.verify()).toMatchObject({ ok: true, records: 1 });
  });
});
