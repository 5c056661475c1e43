import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../test/eval/corpus';
import { rules } from '../rules';
import { draftFromText } from './draft';
import { draftFromHtml } from './html-tree';
import { needOf, readRegex, TextPresence } from './presence';

/** The presence of `text`, with `re` read already (a regex is otherwise read the second time it is met). */
function read(re: RegExp, text: string): TextPresence {
  readRegex(re);
  return new TextPresence(text);
}
import { checkDraft } from './runner';

describe('needOf reads what every match of a regex contains', () => {
  it.each([
    ['扫码下单', '扫码下单'],
    ['扫码下单|小黄车', { any: ['扫码下单', '小黄车'] }],
    ['(?:付|补|交)尾款', { all: [{ any: ['付', '补', '交'] }, '尾款'] }],
    ['前\\d+名', { all: ['前', '名'] }],
    // optional and repeated parts: only what must be there
    ['元(?:起|\\/[斤件])?', '元'],
    ['包邮?', '包'],
    ['a+b', { all: ['a', 'b'] }],
    ['(?:满\\s?\\d+\\s?个)?赞', '赞'],
    ['加[^\\s,，。]{0,4}?(?:微信|V信)', { all: ['加', { any: ['微信', 'V信'] }] }],
    // lookarounds need nothing of the match
    ['(?<!走)直播间(?!号)', '直播间'],
    ['日游(?<=[\\d一]日游)', '日游'],
    // escapes that are one character
    ['\\u4e00\\x41\\.\\n', '一A.\n'],
    ['(?<name>ab)\\k<name>', 'ab'],
    // nothing needed: a class, an alternative that needs nothing
    ['[¥$€][A-Za-z0-9]{8,13}[¥$€]', null],
    ['ab|\\d+', null],
    ['(?:ab)?c?', null],
    ['[]x', 'x'],
  ])('%s', (source, need) => {
    expect(needOf(source)).toEqual(need);
  });

  it.each(['a{', 'a{2,x}', '\\p{L}', 'a)', '(?<x'])('does not read %s (a regex it cannot read always may match)', (source) => {
    expect(() => needOf(source)).toThrow();
  });
});

describe('TextPresence.mayMatch is false only where the regex cannot match', () => {
  it.each([
    ['暴雨导致山洪，群众已转移', /扫码下单|小黄车/g, false],
    ['请扫码下单', /扫码下单|小黄车/g, true],
    // both characters present, never side by side
    ['码上扫一扫', /扫码/g, false],
    ['前三季度', /前\d+名/g, false],
    ['前10名', /前\d+名/g, true],
    ['第一名前往', /前\d+名/g, true],
    // flags whose matching it does not model: always may
    ['abc', /XYZ/i, true],
    ['', /a?/g, true],
    ['abc', /a{/, true],
  ])('%s %s → %s', (text, re, may) => {
    expect(read(re, text).mayMatch(re)).toBe(may);
  });

  it('never rules out a regex the rules run on a corpus draft that matches it', () => {
    // every regex the rules run, with every text it ran on
    const seen = new Map<RegExp, Set<string>>();
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      let texts = seen.get(this);
      if (!texts) seen.set(this, (texts = new Set()));
      if (texts.size < 50) texts.add(s);
      return exec.call(this, s);
    };
    try {
      for (const { entry } of loadCorpus()) {
        const draft =
          entry.html !== undefined
            ? draftFromHtml(entry.html, { title: entry.title, platform: entry.platform })
            : draftFromText(entry.text ?? '', { title: entry.title, platform: entry.platform });
        checkDraft(draft, rules);
      }
    } finally {
      RegExp.prototype.exec = exec;
    }
    let matched = 0;
    let narrowed = 0;
    const wrong: string[] = [];
    const all = (re: RegExp | null, text: string) => (re ? [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`) : []);
    for (const [re, texts] of seen) {
      const any = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
      for (const text of texts) {
        for (const m of text.matchAll(any)) {
          matched++;
          // the match alone holds everything the regex needs (lookarounds need nothing)
          if (!read(re, m[0]).mayMatch(re)) wrong.push(`${re.source} on “${m[0]}”`);
          if (m[0] === '') break;
        }
        // a narrowed copy finds exactly what the regex finds in the text it was narrowed for
        if (re.sticky || !re.global) continue;
        const copy = read(re, text).narrowed(re);
        if (copy !== re) narrowed++;
        if (all(copy, text).join() !== all(re, text).join())
          wrong.push(`${re.source} narrowed to ${copy?.source} on “${text.slice(0, 40)}…”`);
      }
    }
    expect(seen.size).toBeGreaterThan(200);
    expect(matched).toBeGreaterThan(10_000);
    expect(narrowed).toBeGreaterThan(1_000);
    expect(wrong).toEqual([]);
  });
});

describe('a regex met the first time', () => {
  it('runs whole, and is ruled out from the second time on', () => {
    const re = /扫码下单|小黄车/g;
    expect(new TextPresence('暴雨导致山洪').mayMatch(re)).toBe(true);
    expect(new TextPresence('暴雨导致山洪').mayMatch(re)).toBe(false);
    const other = /原价\d+|小黄车/g;
    expect(new TextPresence('原价9').narrowed(other)).toBe(other);
    expect(new TextPresence('原价9').narrowed(other)?.source).toBe('原价\\d+');
  });
});

describe('TextPresence.narrowed keeps the alternatives a text may match', () => {
  it.each([
    ['原价99元', /¥\d+|元|原价\d+|\d+毛钱/g, '元|原价\\d+'],
    ['每斤9毛钱', /¥\d+|元|原价\d+|\d+毛钱/g, '\\d+毛钱'],
    // every alternative may match: the regex itself
    ['¥5元，原价9，3毛钱', /¥\d+|元|原价\d+|\d+毛钱/g, '¥\\d+|元|原价\\d+|\\d+毛钱'],
    // a group would be renumbered: the regex itself, though 毛钱 is absent
    ['原价99元', /(元)|毛钱/g, '(元)|毛钱'],
  ])('%s %s → %s', (text, re, source) => {
    expect(read(re, text).narrowed(re)?.source).toBe(source);
  });

  it('is null where no alternative may match, and the same copy for the same alternatives', () => {
    const re = /¥\d+|元|原价\d+|\d+毛钱/g;
    expect(read(re, '暴雨导致山洪').narrowed(re)).toBeNull();
    expect(new TextPresence('九元').narrowed(re)).toBe(new TextPresence('三元钱').narrowed(re));
  });
});

describe('the tests read from many regexes', () => {
  it('keep their answers when later regexes fill the shared store of hashes', () => {
    // each regex adds 3 pair hashes: 2,000 of them overflow the 4,096-hash store, so the first
    // regexes' hashes stay in a store that is full while the last ones' are in a new one
    const res = Array.from({ length: 2_000 }, (_, i) => new RegExp(String.fromCharCode(0x4e00 + i, 0x5e00 + i, 0x6e00 + i, 0x7e00 + i)));
    for (const re of res) readRegex(re);
    const words = res.filter((_, i) => i % 4 === 0).map((re) => re.source);
    const presence = new TextPresence(words.join('，'));
    const matching = res.filter((re) => presence.mayMatch(re)).map((re) => re.source);
    // every word present may match; of the absent ones at most a few (a pair hashed onto another's bit)
    expect(matching).toEqual(expect.arrayContaining(words));
    expect(matching.length).toBeLessThan(words.length + 20);
  });
});
