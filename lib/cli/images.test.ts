import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxWithImage } from '../../test/fixtures/images/docx';
import { generateTestImages, type TestImage } from '../../test/fixtures/images/generate';
import { runCli } from './check';

let dir: string;
let images: Record<string, TestImage>;
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const json = async (...args: string[]) => {
  const r = await runCli(['--format', 'json', ...args]);
  return {
    ...r,
    results: r.stdout
      ? (JSON.parse(r.stdout).results as {
          file: string;
          findings: {
            ruleId: string;
            severity: string;
            text: string;
            start: number;
            end: number;
            message: string;
            image?: { src: string; box: number[] };
          }[];
        }[])
      : [],
  };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'govpost-cli-images-'));
  images = Object.fromEntries(
    (await generateTestImages({ variants: false, kinds: ['id-line', 'poster', 'map', 'photo'], webp: true })).map((i) => [i.name, i]),
  );
}, 120_000);

describe('check CLI: images', () => {
  it('an image file with an ID number: exit 1, the finding names the image and its region', async () => {
    const r = await json(write('notice.png', images['id-line'].bytes));
    expect(r.code).toBe(1);
    const [f] = r.results[0].findings;
    expect([f.ruleId, f.severity, f.text, f.start, f.end]).toEqual(['no-unmasked-id-number', 'block', '', 0, 0]);
    expect(f.message).toMatch(/^图片中含有未脱敏的身份证号（5301\*{10}\d{3}[\dX]）/);
    expect(f.image?.src).toBe('notice.png');
    expect(f.image?.box[2]).toBeGreaterThan(100);
  }, 120_000);

  it('a WebP image file (lossy, as Chromium encodes it) is decoded and its ID number read', async () => {
    const webp = images['id-line-webp'];
    expect(new TextDecoder().decode(webp.bytes.slice(8, 12))).toBe('WEBP');
    const r = await json(write('notice.webp', webp.bytes));
    expect(r.code).toBe(1);
    const [f] = r.results[0].findings;
    expect([f.ruleId, f.severity, f.image?.src]).toEqual(['no-unmasked-id-number', 'block', 'notice.webp']);
    expect(f.message).toContain(`（5301${'*'.repeat(10)}${images['id-line'].ids[0].slice(-4)}）`);
  }, 120_000);

  it('WebP inside a .docx and referenced by an .html file is read too', async () => {
    const docx = write('poster.docx', docxWithImage('报名方式见海报。', images['poster-webp'].bytes, '', 'webp'));
    write('id.webp', images['id-line-webp'].bytes);
    const html = write('webp.html', '<html><body><p>申请人信息如下。</p><img src="id.webp"></body></html>');
    const r = await json(docx, html);
    expect(r.results.map((x) => x.findings.map((f) => [f.ruleId, f.image?.src]))).toEqual([
      [['no-unmasked-mobile', 'image-1.webp']],
      [['no-unmasked-id-number', 'id.webp']],
    ]);
  }, 120_000);

  it('a photo without text and a map with its 审图号: exit 0, no findings', async () => {
    const r = await json(write('photo.jpg', images.photo.bytes), write('kunming-map.png', images.map.bytes));
    expect(r.code).toBe(0);
    expect(r.results.map((x) => x.findings)).toEqual([[], []]);
  }, 120_000);

  it('reads local images an .html file references (relative path, data: URL), never remote ones', async () => {
    write('poster.png', images.poster.bytes);
    const data = `data:image/png;base64,${Buffer.from(images['id-line'].bytes).toString('base64')}`;
    const html = write(
      'page.html',
      `<html><body><p>活动海报如下。</p><img src="poster.png"><img src="${data}"><img src="https://example.com/a.png"></body></html>`,
    );
    const r = await json(html);
    expect(r.code).toBe(1);
    expect(r.results[0].findings.map((f) => [f.ruleId, f.image?.src.slice(0, 10)]).sort()).toEqual([
      ['no-unmasked-id-number', 'data:image'],
      ['no-unmasked-mobile', 'poster.png'],
    ]);
  }, 120_000);

  it('reads images embedded in a .docx', async () => {
    const r = await json(write('notice.docx', docxWithImage('报名方式见海报。', images.poster.bytes)));
    expect(r.code).toBe(1);
    expect(r.results[0].findings.map((f) => [f.ruleId, f.image?.src])).toEqual([['no-unmasked-mobile', 'image-1.png']]);
  }, 120_000);

  it('a text report names the image and the region instead of an excerpt', async () => {
    const r = await runCli([write('poster2.png', images.poster.bytes)]);
    expect(r.stdout).toMatch(/图片 poster2\.png，区域 \d+,\d+,\d+,\d+/);
    expect(r.stdout).toContain('图片中含有未脱敏的手机号码（139****4321）');
  }, 120_000);

  const bad: [string, () => string[], RegExp][] = [
    ['a broken PNG', () => [write('broken.png', 'not a png')], /无法读取图片 .*broken\.png/],
    ['a missing image', () => [join(dir, 'missing.png')], /missing\.png：文件不存在/],
    ['--fix on an image', () => ['--fix', write('fix.png', images.poster.bytes)], /--fix 不能用于图片文件/],
  ];
  for (const [name, args, message] of bad) {
    it(`exit 2 with one line on stderr and nothing on stdout for ${name}`, async () => {
      const r = await runCli(args());
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }, 120_000);
  }
});
