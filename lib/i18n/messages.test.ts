import { describe, expect, it } from 'vitest';
import { en, zh } from './messages';
import { t, translator } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in zh_CN and en', () => {
    const zhKeys = Object.keys(zh).sort();
    const enKeys = Object.keys(en).sort();
    expect(
      enKeys.filter((k) => !(k in zh)),
      'keys only in en',
    ).toEqual([]);
    expect(
      zhKeys.filter((k) => !(k in en)),
      'keys missing from en',
    ).toEqual([]);
  });

  it('have a non-empty string and the same placeholders for every key', () => {
    // Article labels: 第二十四条 in Chinese, "Art. 24" in English; callers pass both.
    const formattedDifferently = new Set(['basis.article']);
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(typeof zh[key] === 'string' && zh[key].trim().length > 0, `zh ${key}`).toBe(true);
      expect(typeof en[key] === 'string' && en[key].trim().length > 0, `en ${key}`).toBe(true);
      if (!formattedDifferently.has(key)) expect(placeholders(en[key]), `placeholders of ${key}`).toEqual(placeholders(zh[key]));
    }
  });

  it('keeps Chinese out of the English catalogue except where a language names itself', () => {
    const allowed = new Set(['options.language.zh']);
    const leaks = Object.entries(en).filter(([k, v]) => !allowed.has(k) && /[\u4e00-\u9fff]/.test(v));
    expect(leaks).toEqual([]);
  });

  it('fills placeholders in the locale asked for', () => {
    expect(t('findings.count', { count: 3 })).toBe('3 个问题');
    expect(translator('en')('findings.count', { count: 3 })).toBe('Findings: 3');
  });

  // [catalogue key, data, English as people write it]
  const plurals: [Parameters<typeof t>[0], Record<string, number>, string][] = [
    ['cli.text.summary', { files: 1, findings: 3, blocking: 1 }, 'Checked 1 file: 3 findings, 1 blocking.'],
    ['cli.text.summary', { files: 2, findings: 1, blocking: 0 }, 'Checked 2 files: 1 finding, 0 blocking.'],
    ['practice.exercise.summary', { found: 1, total: 1, falseAlarms: 0 }, 'Found 1 of 1 problem, 0 false alarms.'],
    ['catalogue.count', { rules: 12, articles: 1 }, 'Showing 12 rules and 1 uncovered article'],
  ];
  it.each(plurals)('writes %s with proper English plurals', (key, data, expected) => {
    expect(translator('en')(key, data)).toBe(expected);
  });

  it('leaves no (s) in any English string once filled', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const filled = translator('en')(key, new Proxy({}, { get: () => 2, has: () => true }));
      expect(filled, key).not.toMatch(/\(s\)/);
    }
  });
});
