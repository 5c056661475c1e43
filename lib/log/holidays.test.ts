import { afterEach, describe, expect, it } from 'vitest';
import {
  applyHolidaySchedules,
  checkedHolidayYearSchema as holidayYearSchema,
  dayKind,
  hasHolidayData,
  holidayYears,
  isWorkday,
} from './holidays';

afterEach(() => applyHolidaySchedules([]));

const y2027 = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  off: [['2027-01-01', '2027-01-03']],
  work: ['2027-01-04'],
};

describe('a holiday schedule an administrator supplies', () => {
  const valid: unknown[] = [y2027, { year: 2027, off: [] }, { year: 2030, off: [['2029-12-31', '2030-01-01']] }];
  it.each(valid.map((v) => [JSON.stringify(v), v]))('accepts %s', (_, v) => {
    expect(holidayYearSchema.safeParse(v).success).toBe(true);
  });

  // [case, input, what the error says]
  const invalid: [string, unknown, RegExp][] = [
    ['no year', { off: [] }, /year/],
    ['a date that does not exist', { ...y2027, off: [['2027-02-30', '2027-02-30']] }, /YYYY-MM-DD/],
    ['a date in another form', { ...y2027, work: ['2027/1/4'] }, /YYYY-MM-DD/],
    ['a range that ends before it starts', { ...y2027, off: [['2027-01-03', '2027-01-01']] }, /from ≤ to/],
    ['a date in another year', { ...y2027, work: ['2028-05-01'] }, /year/],
    ['an unknown field', { ...y2027, holidays: [] }, /holidays/],
  ];
  it.each(invalid)('rejects %s with a clear reason', (_, v, reason) => {
    const r = holidayYearSchema.safeParse(v);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(reason);
  });

  it('counts a supplied year and leaves the built-in years as they are', () => {
    expect(hasHolidayData('2027-01-01')).toBe(false);
    expect(isWorkday('2027-01-01')).toBe(true);
    applyHolidaySchedules([holidayYearSchema.parse(y2027)]);
    expect(hasHolidayData('2027-01-01')).toBe(true);
    expect(dayKind('2027-01-01')).toBe('holiday');
    expect(dayKind('2027-01-04')).toBe('adjusted-workday');
    expect(dayKind('2026-10-01')).toBe('holiday');
    expect(holidayYears().map((y) => [y.year, y.origin])).toEqual([
      [2024, 'builtin'],
      [2025, 'builtin'],
      [2026, 'builtin'],
      [2027, 'supplied'],
    ]);
  });

  it('uses no schedule whose dates do not hold, even one that reached the settings', () => {
    applyHolidaySchedules([{ year: 2027, notice: '', source: '', off: [['2027-02-30', '2027-02-30']], work: [] }]);
    expect(hasHolidayData('2027-01-01')).toBe(false);
  });

  it('lets a supplied year replace a built-in one (a corrected notice)', () => {
    applyHolidaySchedules([holidayYearSchema.parse({ year: 2026, off: [['2026-12-31', '2026-12-31']] })]);
    expect(dayKind('2026-10-01')).toBe('workday');
    expect(dayKind('2026-12-31')).toBe('holiday');
  });
});
