/**
 * An imported chain that fails verification is kept apart: stored in the quarantine with its
 * problem, never in the verified log — not in its list, statistics, cadence, reminders or exports.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { signAs, testKey } from '../../test/harness/device-keys';
import { buildRecord } from './chain';
import { LogDb } from './db';
import type { DeviceKey } from './device-key';
import { PublicationLog } from './publication-log';
import { GENESIS_HASH, type PublicationInput, type PublicationRecord } from './record';
import { checkFiles, importBatches, toJsonl } from './transfer';

const input = (account: string): PublicationInput => ({
  platform: 'wechat',
  account,
  url: 'https://mp.weixin.qq.com/',
  title: '关于开展冬季森林防火检查的通知',
  contentHash: 'c'.repeat(64),
  requiredApproval: 'general',
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'warn' }],
  overrides: [],
  origin: 'original',
});

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const fresh = () => {
  const db = new LogDb(`quarantine-${dbs.length}-${Date.now()}`);
  dbs.push(db);
  return db;
};

/** A machine's export with `count` records for `account`. */
async function machine(account: string, count: number): Promise<string> {
  let t = Date.parse('2026-11-02T01:00:00Z');
  const publicationLog = new PublicationLog(fresh(), () => new Date((t += 3_600_000)));
  for (let i = 0; i < count; i++) await publicationLog.append(input(account), { snapshotMode: 'full' });
  return toJsonl((await publicationLog.exportChunk(null, 1000)).records, await publicationLog.heads());
}

/** A chain of an older profile (random device id), signed with `key`. */
async function legacyChain(deviceId: string, count: number, key: DeviceKey): Promise<{ records: PublicationRecord[]; heads: unknown[] }> {
  const records: PublicationRecord[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < count; i++) {
    const r = await buildRecord(input('旧设备账号'), {
      id: crypto.randomUUID(),
      deviceId,
      now: new Date(Date.UTC(2026, 10, 1 + i)),
      snapshotMode: 'hash',
      account: '',
      prev,
    });
    records.push(r);
    prev = r;
  }
  return { records, heads: [await signAs({ deviceId, seq: prev.seq, hash: prev.hash, checkpoint: null }, key)] };
}

/** Imports files as the dashboard does: checked together, sent in batches. */
async function importFiles(publicationLog: PublicationLog, texts: string[], batch = 2) {
  const check = await checkFiles(texts.map((text, i) => ({ name: `m${i}.jsonl`, text })));
  let added = 0;
  let quarantined = 0;
  for (const b of importBatches(check, batch)) {
    const r = await publicationLog.import(b.records, b.heads, b.quarantine);
    added += r.added;
    quarantined += r.quarantined;
  }
  return { check, added, quarantined };
}

describe('the quarantine', () => {
  it('keeps a chain that fails verification apart from the verified log', async () => {
    const good = await machine('昆明发布', 3);
    const lines = (await machine('被篡改的账号', 4)).trim().split('\n');
    const victim = JSON.parse(lines[1]);
    lines[1] = JSON.stringify({ ...victim, title: '改过的标题' });
    const hub = new PublicationLog(fresh());
    const { check, added, quarantined } = await importFiles(hub, [good, lines.join('\n')]);
    expect(check.report.firstProblem).toMatchObject({ kind: 'altered', id: victim.id });
    expect({ added, quarantined }).toEqual({ added: 3, quarantined: 4 });

    expect(await hub.quarantined()).toEqual([expect.objectContaining({ deviceId: victim.deviceId, kind: 'altered', records: 4 })]);
    expect(await hub.db.quarantine.count()).toBe(4);
    // Nothing of it in the log: list, statistics, cadence, reminders, export, chain heads.
    expect((await hub.query({}, 0, 100)).total).toBe(3);
    const stats = await hub.stats();
    expect(stats.total).toBe(3);
    expect(stats.accounts.map((a) => a.account)).toEqual(['昆明发布']);
    expect((await hub.reminders()).map((r) => r.account)).toEqual(['昆明发布']);
    const exported = await hub.exportChunk(null, 100);
    expect(exported.records.map((r) => r.account)).toEqual(['昆明发布', '昆明发布', '昆明发布']);
    expect((await hub.heads()).map((h) => h.deviceId)).not.toContain(victim.deviceId);
    expect(await hub.verify()).toMatchObject({ ok: true, records: 3 });
  });

  it('keeps apart a chain whose head the background finds unsigned, whatever the page sent', async () => {
    const lines = (await machine('无签名', 2))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const head = lines.find((l) => l.type === 'chain-head');
    const { type: _t, publicKey: _k, signature: _s, ...unsigned } = head;
    const hub = new PublicationLog(fresh());
    const result = await hub.import(
      lines.filter((l) => l !== head),
      [unsigned],
    );
    expect(result).toMatchObject({ added: 0, quarantined: 2 });
    expect(await hub.quarantined()).toEqual([expect.objectContaining({ deviceId: head.deviceId, kind: 'unsigned', records: 2 })]);
    expect((await hub.stats()).total).toBe(0);
  });

  it('keeps apart a known device signing with another key, and the verified chain stays as it was', async () => {
    const deviceId = crypto.randomUUID();
    // The first key that signs for an older profile's id is remembered; another key is not the device.
    const hub2 = new PublicationLog(fresh());
    const key = await testKey();
    const original = await legacyChain(deviceId, 3, key);
    expect(await hub2.import(original.records, original.heads)).toMatchObject({ added: 3, quarantined: 0 });
    const forged = await legacyChain(deviceId, 5, await testKey());
    expect(await hub2.import(forged.records.slice(3), forged.heads)).toMatchObject({ added: 0, quarantined: 2 });
    expect(await hub2.quarantined()).toEqual([expect.objectContaining({ deviceId, kind: 'rewritten' })]);
    expect(await hub2.verify()).toMatchObject({ ok: true, records: 3 });
    expect((await hub2.heads())[0]).toMatchObject({ seq: 3, publicKey: key.publicKey });
  });
});
