import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { minimalDocx, FIXTURE, FIXTURE_LINES } from '../../test/tools/minimal-docx';
import type { Finding } from '../engine/rule';
import { run, runCli } from './check';
import { markedText } from './report-html';

let dir: string;
const write = (rel: string, content: string | Buffer) => {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govpost-cli-training-'));
});

describe('check for trainers: folders', () => {
  it('checks a folder recursively, supported types only, sorted, skipping node_modules, dot entries and Word lock files', () => {
    const root = join(dir, 'drafts');
    write('drafts/b.txt', '联系电话 13800138000');
    write('drafts/a.md', '# 通知\n\n正文。');
    write('drafts/sub/c.html', '<p>政务服务热线 12345</p>');
    write('drafts/sub/notes.pdf', 'x');
    write('drafts/node_modules/x.txt', '13800138000');
    write('drafts/.git/y.txt', '13800138000');
    write('drafts/.hidden.txt', '13800138000');
    write('drafts/~$lock.txt', '13800138000');
    const r = run(['--format', 'json', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual([
      join(root, 'a.md'),
      join(root, 'b.txt'),
      join(root, 'sub/c.html'),
    ]);
  });

  it('mixes folders and files in the order given, and exits 2 for a folder with nothing to check', () => {
    const single = write('one.txt', '今天天气晴好。');
    write('mixed/z.txt', '正文。');
    const r = run(['--format', 'json', single, join(dir, 'mixed')]);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual([single, join(dir, 'mixed/z.txt')]);
    mkdirSync(join(dir, 'empty/.git'), { recursive: true });
    const empty = run([join(dir, 'empty')]);
    expect(empty).toMatchObject({ code: 2, stdout: '' });
    expect(empty.stderr).toMatch(/没有可检查的文件/);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('check for trainers: Word documents', () => {
  it('reads the committed .docx fixture (runCli), its text exactly as Word holds it', async () => {
    expect(readFileSync(FIXTURE)).toEqual(minimalDocx(FIXTURE_LINES, { heading: true }));
    const r = await runCli(['--format', 'json', FIXTURE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout).results;
    expect(result.findings.map((f: { ruleId: string; text: string }) => [f.ruleId, f.text])).toEqual([
      ['no-unmasked-mobile', '13800138000'],
    ]);
    const text = await runCli([FIXTURE]);
    expect(text.stdout).toContain('【13800138000】');
  });

  it('finds .docx files in folders and explains what it cannot do with them', async () => {
    const folder = join(dir, 'word');
    write('word/2026/report.docx', minimalDocx(['来源：网络', '原标题：我省出台促消费措施']));
    write('word/~$report.docx', 'lock');
    const r = await runCli(['--format', 'json', folder]);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual([join(folder, '2026/report.docx')]);
    expect(run([FIXTURE])).toMatchObject({ code: 2, stdout: '' });
    expect((await runCli(['--fix', FIXTURE])).stderr).toMatch(/docx/);
    const broken = await runCli([write('broken.docx', 'not a zip')]);
    expect(broken).toMatchObject({ code: 2, stdout: '' });
    expect(broken.stderr).toMatch(/broken\.docx/);
  });
});

describe('check for trainers: the HTML report', () => {
  it('writes one self-contained page with each finding highlighted in its text, its message and its article in full', async () => {
    const txt = write('report/a.txt', '请患者家属尽快联系，电话 13800138000。\n联系人：王某');
    const out = join(dir, 'report.html');
    const r = await runCli(['--format', 'html', '--out', out, txt, FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(out);
    expect(r.stdout).toContain('共检查 2 个文件');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<style>');
    // Self-contained: nothing to fetch, nothing to run.
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|url\(|https?:\/\//i);
    expect(html).toMatch(/<sup class="n block" id="f1-1">1<\/sup><mark class="block" title="[^"]*13800138000[^"]*">13800138000<\/mark>/);
    expect(html).toContain('手机号码未脱敏');
    expect(html).toContain('<a href="#article-24">第二十四条</a>');
    expect(html).toContain('除惩戒公示、强制性信息披露外，应去标识化技术性处理');
    expect(html).toContain('id="f2-1"');
  });

  it('prints the report to stdout without --out, escapes the draft, and says so for a clean file', () => {
    const clean = write('clean.txt', '<b>通知</b> 政务服务热线 12345');
    const r = run(['--format', 'html', clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('&lt;b&gt;通知&lt;/b&gt;');
    expect(r.stdout).toContain('未发现问题。');
    expect(run(['--format', 'xml', clean]).stderr).toMatch(/json、text 或 html/);
  });

  it('marks overlapping findings once each, the most severe colour winning', () => {
    const f = (start: number, end: number, severity: Finding['severity']) => ({ start, end, severity, message: `m${start}` }) as Finding;
    const html = markedText('甲乙丙丁戊', [f(0, 3, 'warn'), f(1, 2, 'block'), f(4, 4, 'info')], (n) => `x${n}`);
    expect(html).toBe(
      '<sup class="n warn" id="x0">1</sup><mark class="warn" title="m0">甲</mark><sup class="n block" id="x1">2</sup><mark class="block" title="m0\nm1">乙</mark><mark class="warn" title="m0">丙</mark>丁<sup class="n info" id="x2">3</sup>戊',
    );
  });
});
