import { describe, expect, it } from 'vitest';
import { inMention, sentenceAt, SentenceIndex } from './text-units';

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
