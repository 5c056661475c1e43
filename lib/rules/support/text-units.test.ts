import { describe, expect, it } from 'vitest';
import { inMention, sentenceAt, SentenceIndex, Spans } from './text-units';

describe('SentenceIndex', () => {
  const texts = [
    '',
    '一句话',
    '第一句。第二句！\n第三行“引号里。还在”外面?',
    '“原价99元秒杀扫码下单“原价99元秒杀扫码下单',
    '他说"不要"然后\n"再开一个',
    '。。\n\n；;!?“”』『「',
  ];
  for (const text of texts) {
    it(`agrees with sentenceAt and inMention at every offset: ${JSON.stringify(text).slice(0, 30)}`, () => {
      const index = new SentenceIndex(text);
      for (let i = 0; i <= text.length; i++) {
        const expected = sentenceAt(text, i);
        expect(index.at(i), `sentence at ${i}`).toEqual(expected);
        expect(index.inMention(i), `mention at ${i}`).toBe(inMention(text, i, expected));
      }
    });
  }

  it('answers the same whatever order it is asked in (it remembers the last sentence it looked up)', () => {
    const text = '第一句。第二句！\n第三行“引号里。还在”外面?短。\n\n他说"不要"然后。'.repeat(5);
    const index = new SentenceIndex(text);
    let seed = 7;
    const offsets = [
      text.length,
      0,
      1,
      0,
      5,
      4,
      3,
      ...Array.from({ length: 400 }, () => (seed = (seed * 48271) % 2147483647) % (text.length + 1)),
    ];
    for (const i of offsets) {
      const expected = sentenceAt(text, i);
      expect(index.at(i), `sentence at ${i}`).toEqual(expected);
      expect(index.inMention(i), `mention at ${i}`).toBe(inMention(text, i, expected));
    }
  });

  // A mention is a short quotation closed within its sentence; the characters it encloses are inside it.
  const mentions: [string, string][] = [
    ['部分商家宣称“全网最低”“秒杀价”，请理性消费。', '全网最低秒杀价'],
    ['他说"不要"然后走了。', '不要'],
    ['「引号」和『书名』都算。', '引号书名'],
    ['“原价199元，现价99元，限时秒杀，扫码下单！', ''],
    ['“原价199元，现价99元，限时秒杀，扫码下单！”', ''],
    ['第三行“引号里。还在”外面', ''],
    ['他说“这是一段超过十六个字的很长很长的引述内容”。', ''],
    ['"再开一个', ''],
  ];
  for (const [text, inside] of mentions) {
    it(`marks the characters of short closed quotations as mentions: ${text.slice(0, 16)}`, () => {
      const index = new SentenceIndex(text);
      let marked = '';
      for (let i = 0; i < text.length; i++) if (index.inMention(i)) marked += text[i];
      expect(marked).toBe(inside);
    });
  }
});

describe('Spans', () => {
  it('keeps kind, start and end of many matches and sorts them by start, ties in the order pushed or longest first', () => {
    const spans = new Spans(['a', 'b', 'c'] as const);
    // Two patterns' matches, each in text order, as eachMatch gives them; more than the first capacity.
    for (let i = 0; i < 100; i++) spans.push('b', i * 10 + 5, i * 10 + 7);
    for (let i = 0; i < 100; i++) spans.push('a', i * 10, i * 10 + 2);
    spans.push('c', 5, 9);
    spans.push('a', 5, 7);
    expect(spans.length).toBe(202);
    const show = (order: number[]) => order.slice(0, 6).map((i) => `${spans.kindOf(i)}${spans.start[i]}-${spans.end[i]}`);
    expect(show(spans.sorted())).toEqual(['a0-2', 'b5-7', 'c5-9', 'a5-7', 'a10-12', 'b15-17']);
    expect(show(spans.sorted(true))).toEqual(['a0-2', 'c5-9', 'b5-7', 'a5-7', 'a10-12', 'b15-17']);
    expect(spans.sorted().map((i) => spans.start[i])).toEqual([...spans.sorted().map((i) => spans.start[i])].sort((x, y) => x - y));
  });
});
