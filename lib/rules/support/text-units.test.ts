import { describe, expect, it } from 'vitest';
import { insideQuotes, sentenceAt, SentenceIndex } from './text-units';

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
    it(`agrees with sentenceAt and insideQuotes at every offset: ${JSON.stringify(text).slice(0, 30)}`, () => {
      const index = new SentenceIndex(text);
      for (let i = 0; i <= text.length; i++) {
        const expected = sentenceAt(text, i);
        expect(index.at(i), `sentence at ${i}`).toEqual(expected);
        expect(index.inQuotes(i), `quotes at ${i}`).toBe(insideQuotes(text, i, expected[0]));
      }
    });
  }
});
