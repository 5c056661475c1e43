/**
 * Rewriting or cutting an exported chain, table by table: each forgery an auditor tried (a cut
 * tail with its head line, hashes recomputed from a record on, a rewritten head, a prefix deleted
 * behind a forged pruning checkpoint, records appended past the head, a head re-signed with
 * another key) must be reported — by the CLI that supervising units run (`log verify`) and by
 * the import check the dashboard runs — and an intact chain must still verify.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLog } from '../cli/log';
import { testKey, signAs } from '../../test/harness/device-keys';
import { hashRecord } from './chain';
import { withSortedKeys } from './canonical-json';
import { LogDb } from './db';
import { deviceIdForKey, headSignature } from './device-key';
import { PublicationLog } from './publication-log';
import { checkFiles, toJsonl } from './transfer';

const dir = mkdtempSync(join(tmpdir(), 'log-tamper-'));
let n = 0;

type Line = Record<string, unknown> & { type?: string; seq?: number; hash?: string };

/** A device's export: `count` records a day apart, pruned of the first `pruned` (0: none). */
async function exported(count: number, pruned = 0): Promise<Line[]> {
  const db = new LogDb(`tamper-${++n}-${Date.now()}`);
  let t = Date.parse('2026-01-05T02:00:00Z');
  const publicationLog = new PublicationLog(db, () => new Date(t));
  for (let i = 0; i < count; i++) {
    await publicationLog.append(
      {
        platform: 'wechat',
        account: '昆明发布',
        url: 'https://mp.weixin.qq.com/',
        title: `第 ${i + 1} 条`,
        contentHash: 'f'.repeat(64),
        requiredApproval: 'general',
        findings: [],
        overrides: [],
      },
      { snapshotMode: 'hash' },
    );
    t += 86_400_000;
  }
  if (pruned) {
    t = Date.parse('2026-01-05T02:00:00Z') + (pruned + 30) * 86_400_000 - 3_600_000;
    expect((await publicationLog.prune(30)).pruned).toBe(pruned);
  }
  const text = toJsonl((await publicationLog.exportChunk(null, 1000)).records, await publicationLog.heads());
  await db.delete();
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
}

const records = (lines: Line[]) => lines.filter((l) => l.type !== 'chain-head');
const head = (lines: Line[]) => lines.find((l) => l.type === 'chain-head')!;
const withHead = (rs: Line[], h: Line | null) => [...rs, ...(h ? [h] : [])];

/** Records from `from` (seq) on, changed by `change` and re-hashed and re-linked as a forger would. */
async function rehashFrom(rs: Line[], from: number, change: (r: Line) => Line = (r) => r): Promise<Line[]> {
  const out: Line[] = [];
  let prev: string | null = null;
  for (const r of rs) {
    if ((r.seq as number) < from) {
      out.push(r);
      prev = r.hash as string;
      continue;
    }
    const body = change({ ...r, ...(prev !== null ? { prevHash: prev } : {}) });
    const sealed = withSortedKeys({ ...body, hash: await hashRecord(body) });
    out.push(sealed);
    prev = sealed.hash;
  }
  return out;
}

/** The next record after the last, linked and hashed correctly (but never signed by the device). */
async function appended(rs: Line[]): Promise<Line> {
  const last = rs.at(-1)!;
  const body = { ...last, id: crypto.randomUUID(), seq: (last.seq as number) + 1, title: '追加的记录', prevHash: last.hash };
  return withSortedKeys({ ...body, hash: await hashRecord(body) });
}

async function cliVerify(lines: Line[]): Promise<{ code: number; stdout: string }> {
  const file = join(dir, `f-${++n}.jsonl`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return runLog(['verify', file]);
}

interface Case {
  name: string;
  forge: (lines: Line[]) => Promise<Line[]> | Line[];
  /** The problem kind, and the words the verdict must say (null: intact). */
  kind: string | null;
  says: string;
  pruned?: number;
}

const CASES: Case[] = [
  { name: 'an intact export', forge: (l) => l, kind: null, says: '记录链完整：6 条记录，1 台设备。' },
  {
    name: 'an intact export whose oldest records were pruned',
    pruned: 2,
    forge: (l) => l,
    kind: null,
    says: '记录链完整：4 条记录，1 台设备。',
  },
  { name: 'the tail cut off with its head line', forge: (l) => records(l).slice(0, 4), kind: 'unsigned', says: '没有设备签名' },
  {
    name: 'the tail cut off and an unsigned head written for what is left',
    forge: (l) => {
      const rs = records(l).slice(0, 4);
      return withHead(rs, { type: 'chain-head', deviceId: rs[0].deviceId, seq: 4, hash: rs[3].hash, checkpoint: null });
    },
    kind: 'unsigned',
    says: '没有设备签名',
  },
  {
    name: 'the tail cut off and the signed head moved back to what is left',
    forge: (l) => {
      const rs = records(l).slice(0, 4);
      return withHead(rs, { ...head(l), seq: 4, hash: rs[3].hash });
    },
    kind: 'rewritten',
    says: '记录链被改写',
  },
  {
    name: 'every hash recomputed from record 3 on, the head rewritten to match',
    forge: async (l) => {
      const rs = await rehashFrom(records(l), 3, (r) => (r.seq === 3 ? { ...r, title: '改过的标题' } : r));
      return withHead(rs, { ...head(l), hash: rs.at(-1)!.hash });
    },
    kind: 'rewritten',
    says: '记录链被改写',
  },
  {
    name: 'every hash recomputed, the head re-signed with another key',
    forge: async (l) => {
      const rs = await rehashFrom(records(l), 3, (r) => (r.seq === 3 ? { ...r, title: '改过的标题' } : r));
      const h = head(l);
      const { type: _t, ...signed } = {
        ...(await signAs({ deviceId: h.deviceId as string, seq: 6, hash: rs.at(-1)!.hash as string, checkpoint: null })),
        type: 'chain-head',
      };
      return withHead(rs, { type: 'chain-head', ...signed });
    },
    kind: 'rewritten',
    says: '记录链被改写',
  },
  {
    name: 'a prefix deleted behind a forged pruning checkpoint',
    forge: (l) => {
      const rs = records(l);
      const checkpoint = {
        seq: 3,
        hash: rs[2].hash,
        count: 3,
        through: rs[2].time,
        prunedAt: '2026-03-01T00:00:00.000Z',
        retentionDays: 30,
      };
      return withHead(rs.slice(3), { ...head(l), checkpoint });
    },
    kind: 'rewritten',
    says: '记录链被改写',
  },
  {
    name: 'a prefix deleted behind a checkpoint and head signed with another key',
    forge: async (l) => {
      const rs = records(l);
      const checkpoint = {
        seq: 3,
        hash: rs[2].hash as string,
        count: 3,
        through: rs[2].time as string,
        prunedAt: '2026-03-01T00:00:00.000Z',
        retentionDays: 30,
      };
      const signed = await signAs({ deviceId: rs[0].deviceId as string, seq: 6, hash: rs[5].hash as string, checkpoint });
      return withHead(rs.slice(3), { type: 'chain-head', ...signed });
    },
    kind: 'rewritten',
    says: '记录链被改写',
  },
  {
    name: 'a record appended past the head',
    forge: async (l) => [...l, await appended(records(l))],
    kind: 'unsigned',
    says: '第 7–7 条记录在已签名的链头之后',
  },
  {
    name: 'a record appended past the head, and an unsigned head for it',
    forge: async (l) => {
      const extra = await appended(records(l));
      return withHead([...records(l), extra], { type: 'chain-head', deviceId: extra.deviceId, seq: 7, hash: extra.hash, checkpoint: null });
    },
    kind: 'unsigned',
    says: '没有设备签名',
  },
  {
    name: 'an export from before device keys (head without key or signature)',
    forge: (l) => {
      const { publicKey: _k, signature: _s, ...h } = head(l);
      return withHead(records(l), h);
    },
    kind: 'unsigned',
    says: '旧版本导出的文件',
  },
];

describe('a rewritten or cut chain', () => {
  it.each(CASES)('$name', async ({ forge, kind, says, pruned }) => {
    const lines = await forge(await exported(6, pruned));
    const out = await cliVerify(lines);
    expect(out.stdout).toContain(says);
    expect(out.code).toBe(kind ? 1 : 0);
    const check = await checkFiles([{ name: 'x.jsonl', text: lines.map((l) => JSON.stringify(l)).join('\n') }]);
    expect(check.report.firstProblem?.kind ?? null).toBe(kind);
  });

  it('ties a new device id to its key, so another key cannot sign for it', async () => {
    const lines = await exported(2);
    const h = head(lines) as Line & { publicKey: Parameters<typeof deviceIdForKey>[0] };
    expect(h.deviceId).toBe(await deviceIdForKey(h.publicKey));
    const { type: _t, ...stored } = h;
    expect(await headSignature(stored as never)).toMatchObject({ status: 'signed', binding: 'derived' });
    // Signed with a key of its own for a device id that key does not stand for, and another key known for it.
    const other = await testKey();
    expect(await headSignature(stored as never, other.publicKey)).toMatchObject({ status: 'rewritten' });
  });

  it('says where an import meets a key other than the one the device is known by', async () => {
    const lines = await exported(3);
    const other = await testKey();
    const check = await checkFiles(
      [{ name: 'x.jsonl', text: lines.map((l) => JSON.stringify(l)).join('\n') }],
      new Map([[head(lines).deviceId as string, other.publicKey]]),
    );
    expect(check.report.firstProblem?.kind).toBe('rewritten');
  });
});
