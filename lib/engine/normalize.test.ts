import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

/** The original slice a normalised range maps back to. */
const back = (original: string, start: number, end: number) => {
  const n = normalize(original);
  const [s, e] = n.toOriginal(start, end);
  return original.slice(s, e);
};

describe('normalize', () => {
  it.each([
    ['full-width digits and letters', '１３８ ＡＢＣ', '138 ABC'],
    ['full-width punctuation', '（来源：新华社）', '(来源:新华社)'],
    ['ideographic space', '电话\u3000138', '电话 138'],
    ['zero-width and bidi characters dropped', '138\u200b0013\u200d8000\u202e', '13800138000'],
    ['soft hyphen and BOM dropped', '1\u00ad3\ufeff8', '138'],
    ['Chinese numerals in a long run', '电话一三八零零一三八零零零', '电话13800138000'],
    ['mixed numerals and digits', '1三8 0013 八000', '138 0013 8000'],
    ['short numeral runs stay prose', '第一书记走访了三户人家，一二三', '第一书记走访了三户人家,一二三'],
    ['circled digits', '①②③', '123'],
    ['combining marks compose', 'e\u0301', 'é'],
    ['ligature expands', 'ﬁ', 'fi'],
    ['plain text is untouched', '昆明市五华区 2024 年', '昆明市五华区 2024 年'],
    ['lone surrogates are kept as typed', 'a\ud800，b\udc00', 'a\ud800,b\udc00'],
    ['a byte-order mark inside the text is dropped, not eaten by decoding', '\ufeff电话，１', '电话,1'],
    [
      'a long text with a lone surrogate, built in chunks',
      `${'x'.repeat(9000)}\ud800${'，'.repeat(9000)}`,
      `${'x'.repeat(9000)}\ud800${','.repeat(9000)}`,
    ],
    ['a long text changed throughout', '１\u200b'.repeat(20_000), '1'.repeat(20_000)],
  ])('%s', (_, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps ranges back to exactly what the user typed', () => {
    const typed = '电话：１３８\u200b００１３ ８０００。';
    const n = normalize(typed);
    const start = n.text.indexOf('138');
    const end = n.text.indexOf('8000') + 4;
    expect(back(typed, start, end)).toBe('１３８\u200b００１３ ８０００');
  });

  it('maps a range inside an expansion to the whole original character', () => {
    const typed = 'aﬁb';
    const n = normalize(typed);
    expect(n.text).toBe('afib');
    expect(back(typed, 1, 2)).toBe('ﬁ');
    expect(back(typed, 2, 4)).toBe('ﬁb');
  });

  it('handles astral characters and emoji', () => {
    const typed = '😀电话 13800138000 𝟏';
    const n = normalize(typed);
    expect(n.text).toBe('😀电话 13800138000 1');
    const s = n.text.indexOf('138');
    expect(back(typed, s, s + 11)).toBe('13800138000');
    expect(back(typed, n.text.length - 1, n.text.length)).toBe('𝟏');
  });

  it('handles empty text and text of only invisible characters', () => {
    expect(normalize('').text).toBe('');
    const n = normalize('\u200b\u200b');
    expect(n.text).toBe('');
    expect(n.toOriginal(0, 0)).toEqual([2, 2]);
  });

  it('keeps offsets after many full-width characters', () => {
    const typed = '，'.repeat(500) + '电话１３８００１３８０００';
    const n = normalize(typed);
    const s = n.text.indexOf('138');
    expect(back(typed, s, s + 11)).toBe('１３８００１３８０００');
  });
});

describe('toNormalized', () => {
  it('maps original ranges into the normalised text rules see', () => {
    const typed = '标题\u200b\u200b\n电话：１３８\u200b００１３８０００\nﬁ末';
    const n = normalize(typed);
    const line2 = typed.indexOf('电话');
    const [s, e] = n.toNormalized(line2, typed.indexOf('\nﬁ'));
    expect(n.text.slice(s, e)).toBe('电话:13800138000');
    const [a, b] = n.toNormalized(typed.indexOf('ﬁ'), typed.length);
    expect(n.text.slice(a, b)).toBe('fi末');
    const [z1, z2] = n.toNormalized(0, typed.indexOf('\n'));
    expect(n.text.slice(z1, z2)).toBe('标题');
  });

  it('round-trips with toOriginal on plain text', () => {
    const typed = '昆明市五华区人民政府';
    const n = normalize(typed);
    expect(n.toNormalized(2, 5)).toEqual([2, 5]);
    expect(n.toOriginal(...n.toNormalized(2, 5))).toEqual([2, 5]);
  });
});

describe('normalize: runs of combining marks', () => {
  it('keeps every mark of a 40,000-mark run and maps ranges around it', () => {
    const typed = `电话a${'\u0301\u0323'.repeat(20_000)}13912345678`;
    const n = normalize(typed);
    // The base composes with its first marks; the rest stay marks, none lost.
    expect(n.text.normalize('NFD').replace(/[^\p{M}]/gu, '')).toHaveLength(40_000);
    const start = n.text.indexOf('139');
    expect(typed.slice(...n.toOriginal(start, start + 11))).toBe('13912345678');
    expect(n.text.normalize('NFD').replace(/\p{M}/gu, '')).toBe('电话a13912345678');
  });
});
