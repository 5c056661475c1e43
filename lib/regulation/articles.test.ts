import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLabel } from '../engine/rule';
import { articleByNumber, articleText, chineseNumber, measures, parseMeasures } from './articles';
import { MEASURES_TEXT } from './measures-text';

const SHARED = join(import.meta.dirname, '../../../shared/regulation/yunnan-gov-new-media-measures-2019.txt');
/** SHA-256 of ../shared/regulation/yunnan-gov-new-media-measures-2019.txt, the official text as given to the project. */
const MEASURES_SHA256 = '35f297e509acbc019c3e336d5ab57cf2e0ed7d4101bd0a9bc35140826dfb753e';

describe('the measures as data', () => {
  it('match the shared copy of the regulation exactly (its SHA-256 where the copy is not beside the checkout)', () => {
    expect(createHash('sha256').update(MEASURES_TEXT, 'utf8').digest('hex')).toBe(MEASURES_SHA256);
    if (existsSync(SHARED)) expect(MEASURES_TEXT).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('reads Chinese article numbers', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十'), chineseNumber('四十九')]).toEqual([
      1, 10, 12, 20, 49,
    ]);
    expect([chineseNumber(''), chineseNumber('十十'), chineseNumber('一二'), chineseNumber('百')]).toEqual([null, null, null, null]);
  });

  it('splits into 49 articles in order, labelled as articleLabel prints them', () => {
    const { articles, title, documentNumber } = measures();
    expect(title).toBe('云南省政务新媒体管理办法');
    expect(documentNumber).toBe('云政办规〔2019〕6号');
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    for (const a of articles) {
      expect(a.label).toBe(articleLabel(a.number));
      expect(a.paragraphs.length).toBeGreaterThan(0);
      for (const p of a.paragraphs) expect(p).not.toMatch(/^[\s\u3000]|[\s\u3000]$/);
    }
  });

  it("keeps an article's later paragraphs with it and leaves headings out", () => {
    const a21 = articleByNumber(21)!;
    expect(a21.paragraphs[0]).toMatch(/^各级政务新媒体主（承）办单位应建立健全信息发布审核制度/);
    expect(a21.paragraphs[1]).toMatch(/^一般情况下，信息内容的审核发布/);
    expect(articleText(articleByNumber(22)!)).toContain('信息发布中使用地图');
    expect(articleText(articleByNumber(24)!)).toContain('除惩戒公示、强制性信息披露外，应去标识化技术性处理');
    expect(articleText(articleByNumber(49)!)).toBe('本办法自2019年9月10日起施行。');
    expect(articleText(articleByNumber(5)!)).not.toContain('组织管理与职能职责');
  });

  it('finds the seven chapters, the untitled ones numbered in order', () => {
    const { chapters } = measures();
    expect(chapters.map((c) => c.title)).toEqual([
      '总则',
      '组织管理与职能职责',
      '开办整合与变更关停',
      '内容保障与功能建设',
      '运行维护与安全防护',
      '督查检查与考核评价',
      '附则',
    ]);
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(chapters.map((c) => c.label)).toEqual(['第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章']);
    expect(chapters.flatMap((c) => c.articles)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    expect(articleByNumber(24)!.chapter).toBe(4);
  });

  it('parses a small text with a chapter, a continued article and a heading', () => {
    const m = parseMeasures('通知\n办法\n\n第一章　总　则\n\n第一条　甲。\n\n乙，丙。\n\n附　则\n\n第二条　丁。\n');
    expect(m.title).toBe('办法');
    expect(m.articles.map((a) => [a.number, a.paragraphs])).toEqual([
      [1, ['甲。', '乙，丙。']],
      [2, ['丁。']],
    ]);
    expect(m.chapters.map((c) => [c.title, c.articles])).toEqual([
      ['总则', [1]],
      ['附则', [2]],
    ]);
  });
});
