import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './check';

let dir: string;
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
/** Every run of 7+ digits left in a masked file (a phone or ID number would be one). */
const longDigitRuns = (s: string) => s.match(/\d{7,}/g) ?? [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govpost-mask-'));
});

describe('check --mask', () => {
  it.each([
    ['a two-character entity before the number', '<p>&NotEqualTilde; 电话 13912345678</p>', '<p>&NotEqualTilde; 电话 139****5678</p>'],
    [
      'a legacy entity without semicolon (&copyright is © + right)',
      '<p>&copyright 电话13912345678</p>',
      '<p>&copyright 电话139****5678</p>',
    ],
    ['an astral numeric reference', '<p>&#x1D7CF;号 电话13912345678</p>', '<p>&#x1D7CF;号 电话139****5678</p>'],
    [
      'CR LF line ends inside the paragraph',
      '<p>第一行\r\n第二行\r\n第三行\r\n第四行\r\n电话13912345678</p>',
      '<p>第一行\r\n第二行\r\n第三行\r\n第四行\r\n电话139****5678</p>',
    ],
    ['an entity inside the masked digits', '<p>电话139&#49;2345678</p>', '<p>电话139****5678</p>'],
    [
      'the number in the document title',
      '<!doctype html><html><head><title>寻人 电话13912345678</title></head><body><p>详见正文</p></body></html>',
      '<!doctype html><html><head><title>寻人 电话139****5678</title></head><body><p>详见正文</p></body></html>',
    ],
    [
      'a title with an entity and line breaks',
      '<!doctype html><title> &amp;\n\t寻人 13912345678 </title><p>正文</p>',
      '<!doctype html><title> &amp;\n\t寻人 139****5678 </title><p>正文</p>',
    ],
    [
      'text the parser moves out of a table',
      '<table>请联系<tr><td>1</td></tr>电话13912345678</table>',
      '<table>请联系<tr><td>1</td></tr>电话139****5678</table>',
    ],
    [
      'a dropped NUL before an entity (parse5 starts the text late)',
      '<p>a<u>\u0000&nGt; 手机13912345678</u></p>',
      '<p>a<u>\u0000&nGt; 手机139****5678</u></p>',
    ],
    [
      'a NUL before a reference that reads as U+FFFD',
      '<p>口令\u0000&#0;\r\n收款账号13912345678</p>',
      '<p>口令\u0000&#0;\r\n收款账号139****5678</p>',
    ],
    [
      'a NUL and a reference in a textarea, both read as U+FFFD',
      '<textarea>\u0000&#xD800;\r\n村民13912345678</textarea>',
      '<textarea>\u0000&#xD800;\r\n村民139****5678</textarea>',
    ],
  ])('masks the phone exactly with %s, and exits 0', (_, html, expected) => {
    const r = run(['--mask', file('a.html', html)]);
    expect(r.stdout).toBe(expected);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('re-checks what it wrote: exits 1 with one line on stderr when something blocking remains', () => {
    // Masking does not settle where a map came from: the re-check still blocks on it.
    const html = '<p>电话13912345678</p><figure><img src="a.png"><figcaption>项目区位示意图</figcaption></figure>';
    const r = run(['--mask', file('b.html', html)]);
    expect(longDigitRuns(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('139****5678');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('1 个必须处理的问题');
  });

  it('accepts the old --fix with a one-line note on stderr', () => {
    const r = run(['--fix', file('c.txt', '电话13912345678')]);
    expect(r.stdout).toBe('电话139****5678');
    expect(r.stderr).toMatch(/^提示：--fix 已更名为 --mask[^\n]*\n$/);
    expect(r.code).toBe(0);
  });

  it('masks numbers in JSON title and body fields', () => {
    const r = run(['--mask', file('d.json', JSON.stringify({ title: '电话13912345678', html: '<p>&lt;联系&gt;13800138000</p>' }))]);
    expect(JSON.parse(r.stdout)).toEqual({ title: '电话139****5678', html: '<p>&lt;联系&gt;138****8000</p>' });
    expect(r.code).toBe(0);
  });
});
