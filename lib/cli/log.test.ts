import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogDb } from '../log/db';
import { PublicationLog } from '../log/publication-log';
import { toJsonl } from '../log/transfer';
import { runLog, UsageError } from './log';

const dir = mkdtempSync(join(tmpdir(), 'log-cli-'));

async function exportOf(name: string, days: { day: string; original: boolean }[]): Promise<string> {
  const db = new LogDb(`cli-${name}-${Date.now()}`);
  let i = 0;
  const publicationLog = new PublicationLog(db, () => new Date(`${days[i++].day}T02:00:00Z`));
  for (const d of days) {
    await publicationLog.append(
      {
        platform: 'wechat',
        account: name,
        url: 'https://mp.weixin.qq.com/',
        title: d.day,
        contentHash: 'f'.repeat(64),
        requiredApproval: 'general',
        findings: [],
        overrides: [],
        origin: d.original ? 'original' : 'repost',
      },
      { snapshotMode: 'hash' },
    );
  }
  const text = toJsonl((await publicationLog.exportChunk(null, 1000)).records, await publicationLog.heads());
  await db.delete();
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, text);
  return file;
}

describe('log CLI', () => {
  it('verifies a file: exit 0 when intact, 1 naming the altered record', async () => {
    const file = await exportOf('甲', [
      { day: '2026-10-08', original: true },
      { day: '2026-10-09', original: false },
    ]);
    expect(await runLog(['verify', file])).toEqual({ code: 0, stdout: '记录链完整：2 条记录，1 台设备。\n' });
    const lines = (await import('node:fs')).readFileSync(file, 'utf8').split('\n');
    const rec = JSON.parse(lines[0]);
    lines[0] = JSON.stringify({ ...rec, title: '改' });
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, lines.join('\n'));
    const out = await runLog(['verify', bad]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`第 1 条记录（${rec.id}）被修改过`);
  });

  it('reports cadence per account in Markdown across machines', async () => {
    const a = await exportOf('昆明发布', [
      { day: '2026-09-28', original: true },
      { day: '2026-09-29', original: false },
      { day: '2026-10-12', original: false },
    ]);
    const b = await exportOf('春城', [{ day: '2026-10-12', original: true }]);
    const { code, stdout } = await runLog(['report', a, b], 'zh', '2026-10-13');
    expect(code).toBe(0);
    expect(stdout).toContain('# 政务新媒体发布情况报告');
    expect(stdout).toContain('记录链：记录链完整：4 条记录，2 台设备。');
    expect(stdout).toContain('## 微信公众平台 · 昆明发布');
    // 9-30, 10-8, 10-9 and 10-10 (adjusted working day); 10-1…7 are holidays; today (10-13) is not over.
    expect(stdout).toContain('- 工作日未发布（第二十二条）：4 天');
    expect(stdout).toContain('2026-09-30、2026-10-08、2026-10-09、2026-10-10\n');
    expect(stdout).toContain('- 连续 14 天及以上无原创（第二十三条）：1 次');
    expect(stdout).toContain('- 上次原创：2026-09-28（距今 15 天，已超期 2 天）');
    expect(stdout).toContain('## 微信公众平台 · 春城');
  });

  it('leaves a chain that fails verification out of the cadence report, and says so', async () => {
    const good = await exportOf('昆明发布', [{ day: '2026-10-12', original: true }]);
    const cutFile = await exportOf('被截断', [
      { day: '2026-10-09', original: true },
      { day: '2026-10-12', original: true },
    ]);
    // The tail cut off with its head line: the hashes still link, but nothing is signed.
    const [first] = (await import('node:fs')).readFileSync(cutFile, 'utf8').split('\n');
    writeFileSync(cutFile, first + '\n');
    const { code, stdout } = await runLog(['report', good, cutFile], 'zh', '2026-10-13');
    expect(code).toBe(0);
    expect(stdout).toContain('没有设备签名');
    expect(stdout).toContain('## 微信公众平台 · 昆明发布');
    expect(stdout).not.toContain('## 微信公众平台 · 被截断');
    expect(stdout).toMatch(/未通过校验的记录链未计入本报告：设备 [0-9a-f]{8}，共 1 条记录。/);
  });

  it('rejects bad usage and missing files', async () => {
    await expect(runLog(['frobnicate', 'x.jsonl'])).rejects.toThrow(UsageError);
    await expect(runLog(['verify'])).rejects.toThrow(UsageError);
    await expect(runLog(['verify', join(dir, 'nope.jsonl')])).rejects.toThrow('文件不存在');
    const latin1 = join(dir, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d, 0x0a]));
    await expect(runLog(['verify', latin1])).rejects.toThrow('不是有效的 UTF-8 文本');
  });

  it('reads CRLF line ends and a BOM (files saved on Windows)', async () => {
    const file = await exportOf('crlf', [
      { day: '2026-11-02', original: true },
      { day: '2026-11-03', original: false },
    ]);
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    writeFileSync(file, '\uFEFF' + text.replaceAll('\n', '\r\n'));
    expect(await runLog(['verify', file])).toEqual({ code: 0, stdout: '记录链完整：2 条记录，1 台设备。\n' });
  });

  it('runs through npm with the documented command lines and exit codes', async () => {
    const file = await exportOf('npm', [{ day: '2026-11-02', original: true }]);
    const npm = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'log', '--', ...args], { encoding: 'utf8' });
    const verify = npm('verify', file);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toBe('记录链完整：1 条记录，1 台设备。\n');
    const report = npm('report', file);
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('## 微信公众平台 · npm');
    const missing = npm('verify', join(dir, 'missing.jsonl'));
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('文件不存在');
    // Three npm, Node and tsx start-ups on a busy 2-core machine.
  }, 30_000);
});
