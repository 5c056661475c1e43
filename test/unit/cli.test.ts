import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/check';
import { rules } from '../../lib/rules';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govpost-cli-'));
});

describe('check CLI contract', () => {
  it('reports findings whose text is exactly the plain-text slice, and exits 1 on a blocking finding', () => {
    const json = file('a.json', JSON.stringify({ title: '寻人', text: '家属电话 138 0013 8000，请联系。' }));
    const html = file('b.html', '<!doctype html><title>通知</title><p>联系<b>人</b>：139&nbsp;1234&nbsp;5678</p>');
    const r = run(['--format', 'json', json, html]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { file: string }) => x.file)).toEqual([json, html]);
    for (const result of out.results) {
      expect(result.requiredApproval).toMatch(/^(general|important|major)$/);
      expect(result.findings.length).toBeGreaterThan(0);
      for (const f of result.findings) {
        expect(Object.keys(f).sort()).toEqual(['basis', 'category', 'end', 'message', 'ruleId', 'severity', 'start', 'text'].sort());
      }
    }
    expect(out.results[0].findings[0]).toMatchObject({ ruleId: 'no-unmasked-mobile', text: '138 0013 8000', start: 8, end: 21 });
    expect(out.results[1].findings[0].text).toBe('139\u00a01234\u00a05678');
  });

  it('exits 0 with no blocking finding, for .txt and .md', () => {
    const txt = file('ok.txt', '今天天气晴好，欢迎来昆明。\n政务服务热线 12345');
    const md = file('ok.md', '# 标题\n\n正文没有问题。');
    const r = run(['--format', 'json', txt, md]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.map((x: { findings: unknown[] }) => x.findings)).toEqual([[], []]);
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.json')], /不存在/],
    ['malformed JSON', () => [file('bad.json', '{"title": ')], /JSON/],
    ['JSON without a title', () => [file('notitle.json', '{"text": "x"}')], /title/],
    ['an unknown option', () => ['--bogus', 'x.txt'], /--bogus/],
    ['an unknown file type', () => [file('x.pdf', 'x')], /x\.pdf/],
    ['invalid UTF-8', () => [file('latin.txt', Buffer.from([0xff, 0xfe, 0x41]))], /UTF-8/],
    ['no files', () => [], /文件/],
    ['a bad --format', () => ['--format', 'xml', file('f.txt', 'x')], /json/],
  ])('exits 2 with one line on stderr and nothing on stdout for %s', (_, args, reason) => {
    const r = run(args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('lists every registered rule', () => {
    const r = run(['--list-rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout).rules;
    expect(listed.map((x: { id: string }) => x.id)).toEqual(rules.map((x) => x.meta.id));
    for (const x of listed) expect(Object.keys(x).sort()).toEqual(['basis', 'category', 'defaultSeverity', 'id']);
  });

  it('prints a readable Chinese report in text format, with line, excerpt, message and article', () => {
    const r = run([file('t.txt', '第一行\n患者家属电话 13800138000')]);
    expect(r.stdout).toContain('第 2 行');
    expect(r.stdout).toContain('【13800138000】');
    expect(r.stdout).toContain('第二十四条');
    expect(r.stdout).toContain('no-unmasked-mobile');
  });

  it('--fix masks every personal-data finding and keeps the markup', () => {
    const html = file('m.html', '<p>电话 <b>13800138000</b>，身份证 11010519491231002X</p>');
    const r = run(['--fix', html]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('<p>电话 <b>138****8000</b>，身份证 1101**********002X</p>');
    const out = join(dir, 'masked.json');
    const j = file('m.json', JSON.stringify({ title: '电话13912345678', text: '联系 13800138000' }));
    expect(run(['--fix', '--out', out, j]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ title: '电话139****5678', text: '联系 138****8000' });
  });

  it('runs through npm with the documented command line', () => {
    const txt = file('npm.txt', '举报人电话 13800138000');
    const r = spawnSync('npm', ['run', '--silent', 'check', '--', '--format', 'json', txt], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).results[0].findings[0].text).toBe('13800138000');
    const bad = spawnSync('npm', ['run', '--silent', 'check', '--', join(dir, 'missing.txt')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(execFileSync('npm', ['run', '--silent', 'check', '--', '--list-rules'], { encoding: 'utf8' })).toContain('no-unmasked-mobile');
  });

  it('resolves relative paths against the directory the user typed the command in', () => {
    const sub = join(import.meta.dirname, '../../.tmp/cli-cwd');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'rel.txt'), '举报人电话 13800138000');
    const r = spawnSync('npm', ['run', '--silent', 'check', '--', '--format', 'json', 'rel.txt'], { cwd: sub, encoding: 'utf8' });
    expect(r.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).results[0].file).toBe('rel.txt');
  });
});
