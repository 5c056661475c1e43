import { describe, expect, it } from 'vitest';
import { defaultSettings, resolveSettings } from './index';
import { holidayEntries, parseHolidayFile, withHolidayYears } from './holidays';
import { rules } from '../rules';

const y2027 = { year: 2027, notice: '2027年安排', off: [['2027-01-01', '2027-01-01']], work: [] };

describe('importing a holiday schedule', () => {
  it('accepts one year or a list of years', () => {
    expect(parseHolidayFile(JSON.stringify(y2027))).toMatchObject({ ok: true, years: [{ year: 2027 }] });
    expect(parseHolidayFile(JSON.stringify([y2027, { ...y2027, year: 2028, off: [['2028-01-01', '2028-01-01']] }]))).toMatchObject({
      ok: true,
      years: [{ year: 2027 }, { year: 2028 }],
    });
  });

  // [case, file text, path of the issue, what the issue says]
  const invalid: [string, string, string, RegExp][] = [
    ['not JSON', '{year: 2027', '', /不是有效的 JSON/],
    ['a bad date, named by its path', JSON.stringify({ ...y2027, off: [['2027-13-01', '2027-13-01']] }), 'off.0.0', /真实存在的日期/],
    ['the year missing', JSON.stringify({ off: [] }), 'year', /.+/],
    [
      'a range that ends before it starts',
      JSON.stringify({ ...y2027, off: [['2027-01-03', '2027-01-01']] }),
      'off.0',
      /开始日期晚于结束日期/,
    ],
    ['a date outside the year', JSON.stringify({ ...y2027, work: ['2028-05-01'] }), 'work.0', /不在 2027 年内/],
    ['a bad year in a list', JSON.stringify([y2027, { ...y2027, year: 'next' }]), '1.year', /.+/],
  ];
  it.each(invalid)('rejects %s, naming the field', (_, text, path, message) => {
    const r = parseHolidayFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toContain(path);
    expect(r.errors.find((e) => e.path === path)?.message).toMatch(message);
  });

  it('replaces a year imported before, keeping the others', () => {
    const first = parseHolidayFile(JSON.stringify(y2027));
    const again = parseHolidayFile(JSON.stringify({ ...y2027, notice: '更正' }));
    if (!first.ok || !again.ok) throw new Error('fixtures must parse');
    expect(withHolidayYears(first.years, again.years).map((y) => y.notice)).toEqual(['更正']);
  });

  it('tells built-in, local and policy years apart', () => {
    const local = {
      ...defaultSettings(),
      holidays: [{ ...y2027, source: '', work: [] as string[], off: [['2027-01-01', '2027-01-01']] as [string, string][] }],
    };
    const effective = resolveSettings(local, { holidays: [{ year: 2028, off: [['2028-01-01', '2028-01-01']] }] }, rules);
    expect(effective.policyIssues).toEqual([]);
    expect(holidayEntries(effective).map((e) => [e.year, e.origin])).toEqual([
      [2024, 'builtin'],
      [2025, 'builtin'],
      [2026, 'builtin'],
      [2027, 'local'],
      [2028, 'policy'],
    ]);
  });
});
