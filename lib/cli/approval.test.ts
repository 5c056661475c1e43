import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runApproval } from './approval';
import { run, runCli } from './check';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const MAJOR = { title: '关于某县发生山体滑坡的情况通报', text: '11月25日，某县发生山体滑坡，造成3人遇难，搜救工作正在进行。' };
const GENERAL = { title: '冬季森林防火提示', text: '今日全市森林火险等级为三级，请市民文明祭扫。' };

async function keygen(name: string, role: string): Promise<string> {
  const out = join(dir, name);
  const r = await runApproval(['keygen', '--name', name, '--role', role, '--unit', '某县人民政府办公室', '--out', out]);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return out;
}

async function sign(keyDir: string, level: string, draft: string, ...extra: string[]): Promise<string> {
  const r = await runApproval(['sign', '--key', join(keyDir, 'private.jwk'), '--level', level, ...extra, draft]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout.trim();
}

let leader: string;
let deputy: string;
let major: string;
let general: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'govpost-approval-'));
  leader = await keygen('李某', '主要领导');
  deputy = await keygen('王某', 'deputy-leader');
  major = file('major.json', JSON.stringify(MAJOR));
  general = file('general.json', JSON.stringify(GENERAL));
});

const approvalOf = async (...args: string[]) => {
  const r = await runCli(['--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  const result = JSON.parse(r.stdout).results[0];
  return { code: r.code, approval: result.approval, findings: result.findings as { ruleId: string; severity: string; category: string }[] };
};

describe('approval CLI', () => {
  it('keygen writes private.jwk (owner-only) and public.jwk and prints the fingerprint', () => {
    const pub = JSON.parse(readFileSync(join(leader, 'public.jwk'), 'utf8'));
    const priv = JSON.parse(readFileSync(join(leader, 'private.jwk'), 'utf8'));
    expect(pub).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
      alg: 'ES256',
      name: '李某',
      role: 'principal-leader',
      unit: '某县人民政府办公室',
    });
    expect(pub.d).toBeUndefined();
    expect(priv.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(leader, 'private.jwk')).mode & 0o777).toBe(0o600);
  });

  it('signs a draft, and check accepts the token for that draft with a trusted key', async () => {
    const token = await sign(leader, 'major', major);
    expect(token).toMatch(/^GPGA1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const r = await approvalOf('--trust', join(leader, 'public.jwk'), '--token', token, major);
    expect(r.approval).toEqual({
      status: 'valid',
      reason: 'ok',
      level: 'major',
      reviewer: { name: '李某', role: 'principal-leader', unit: '某县人民政府办公室', kid: expect.stringMatching(/^[\w-]{43}$/) },
    });
    expect(r.findings.filter((f) => f.ruleId.startsWith('approval-') && f.ruleId !== 'approval-tier')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports each way a token fails, with an approval finding, blocking for major drafts', async () => {
    const token = await sign(leader, 'major', major);
    const lower = await sign(deputy, 'important', major);
    const trustBoth = `${join(leader, 'public.jwk')},${join(deputy, 'public.jwk')}`;
    const revokedKey = file(
      'revoked.jwk',
      JSON.stringify({ ...JSON.parse(readFileSync(join(leader, 'public.jwk'), 'utf8')), revoked: true }),
    );
    const cases: [string[], string, string][] = [
      [['--trust', trustBoth, major], 'missing', 'no-token'],
      [['--token', token, major], 'untrusted', 'unknown-key'],
      [['--trust', join(deputy, 'public.jwk'), '--token', token, major], 'untrusted', 'unknown-key'],
      [['--trust', revokedKey, '--token', token, major], 'untrusted', 'revoked'],
      [['--trust', trustBoth, '--token', `${token.slice(0, -10)}AAAAAAAAAA`, major], 'invalid', 'bad-signature'],
      [['--trust', trustBoth, '--token', 'GPGA1.garbage', major], 'invalid', 'malformed'],
      [
        ['--trust', trustBoth, '--token', token, file('edited.json', JSON.stringify({ ...MAJOR, text: `${MAJOR.text}另有2人受伤。` }))],
        'stale',
        'content-changed',
      ],
      [['--trust', trustBoth, '--token', lower, major], 'insufficient', 'tier-too-low'],
    ];
    for (const [args, status, reason] of cases) {
      const r = await approvalOf(...args);
      expect({ status: r.approval.status, reason: r.approval.reason }, args.join(' ')).toEqual({ status, reason });
      expect(
        r.findings.find((f) => f.ruleId === `approval-${status}`),
        args.join(' '),
      ).toMatchObject({ category: 'approval', severity: 'block' });
      expect(r.code).toBe(1);
    }
  });

  it('warns (exit 0) for an ordinary draft without approval, and checks expiry', async () => {
    const r = await approvalOf('--trust', join(leader, 'public.jwk'), general);
    expect(r.approval).toEqual({ status: 'missing', reason: 'no-token', level: null, reviewer: null });
    expect(r.findings.find((f) => f.ruleId === 'approval-missing')).toMatchObject({ severity: 'warn' });
    expect(r.code).toBe(0);
    const token = await sign(deputy, 'general', general, '--hours', '1');
    expect((await approvalOf('--trust', join(deputy, 'public.jwk'), '--token', token, general)).approval.status).toBe('valid');
  });

  it('leaves results without --trust/--token exactly as before', async () => {
    const r = await runCli(['--format', 'json', general]);
    expect(JSON.parse(r.stdout).results[0].approval).toBeUndefined();
    expect(r).toEqual(run(['--format', 'json', general]));
  });

  it.each([
    [['keygen', '--name', '张某', '--role', '局长', '--out', 'x'], /--role/],
    [['keygen', '--role', '主要领导', '--out', 'x'], /--name/],
    [['sign', '--key', 'nope.jwk', '--level', 'major', 'd.json'], /nope\.jwk/],
    [['sign', '--level', 'major', 'd.json'], /--key/],
    [['frobnicate'], /keygen/],
  ])('exits 2 with one line on stderr for %j', async (args, reason) => {
    const r = await runApproval(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it("refuses to sign a tier the key's title may not sign, and a bad --level", async () => {
    const r = await runApproval(['sign', '--key', join(deputy, 'private.jwk'), '--level', 'major', major]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('分管领导无权签发重大敏感信息');
    expect((await runApproval(['sign', '--key', join(deputy, 'private.jwk'), '--level', 'huge', major])).stderr).toMatch(/--level/);
  });

  it('works through npm run as documented', () => {
    // Run from the draft's folder: paths are the user's, relative to where they typed.
    const npm = (...args: string[]) => spawnSync('npm', ['run', '--prefix', ROOT, '--silent', ...args], { cwd: dir, encoding: 'utf8' });
    const signed = npm('approval', '--', 'sign', '--key', join(leader, 'private.jwk'), '--level', 'major', 'major.json');
    expect(signed.status).toBe(0);
    const checked = npm(
      'check',
      '--',
      '--format',
      'json',
      '--trust',
      join(leader, 'public.jwk'),
      '--token',
      signed.stdout.trim(),
      'major.json',
    );
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout).results[0].approval.status).toBe('valid');
  }, 30_000);
});
