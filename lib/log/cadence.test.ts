import { describe, expect, it } from 'vitest';
import { calendar, dailyByAccount, originalGaps, originalWindow, reminder, type CadencePost } from './cadence';
import { dayKind, isWorkday } from './holidays';

const post = (day: string, origin: 'original' | 'repost' = 'original', account = '昆明发布'): CadencePost => ({
  time: `${day}T02:00:00.000Z`,
  platform: 'wechat',
  account,
  origin,
});

describe('holidays (Art. 22: 除节假日外)', () => {
  it.each([
    ['2024-02-12', 'holiday'], // 春节
    ['2024-02-04', 'adjusted-workday'], // 周日上班
    ['2025-10-08', 'holiday'], // 国庆节、中秋节合并
    ['2025-09-28', 'adjusted-workday'],
    ['2026-02-23', 'holiday'],
    ['2026-02-28', 'adjusted-workday'],
    ['2026-01-04', 'adjusted-workday'],
    ['2026-11-28', 'weekend'],
    ['2026-11-26', 'workday'],
  ])('%s is a %s', (day, kind) => {
    expect(dayKind(day)).toBe(kind);
  });

  it('treats adjusted working days as working days', () => {
    expect(isWorkday('2026-02-14')).toBe(true);
    expect(isWorkday('2026-02-16')).toBe(false);
  });
});

describe('cadence per account', () => {
  it('counts posts by China day and marks missed working days only', () => {
    // 23:30 UTC on 1 Oct is 2 Oct in China.
    const [acc] = dailyByAccount([
      post('2026-09-28'),
      { ...post('2026-10-01'), time: '2026-10-01T23:30:00.000Z' },
      post('2026-10-12', 'repost'),
    ]);
    expect(acc.days['2026-10-02']).toEqual({ posts: 1, originals: 1 });
    const days = calendar(acc, '2026-09-27', '2026-10-13', '2026-10-12');
    const missed = days.filter((d) => d.missed).map((d) => d.day);
    // 9-27 is before the first post; 10-1…7 holiday; 10-10 adjusted working day; 10-13 is in the future.
    expect(missed).toEqual(['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(days.find((d) => d.day === '2026-10-13')).toMatchObject({ future: true, missed: false });
  });

  it('counts days left in the 14-day original window (Art. 23)', () => {
    const [acc] = dailyByAccount([post('2026-11-01'), post('2026-11-10', 'repost')]);
    expect(originalWindow(acc, '2026-11-01')).toEqual({ daysSince: 0, daysLeft: 13, state: 'ok', inWindow: 1 });
    expect(originalWindow(acc, '2026-11-12')).toMatchObject({ daysSince: 11, daysLeft: 2, state: 'due-soon' });
    expect(originalWindow(acc, '2026-11-14')).toMatchObject({ daysLeft: 0, state: 'due-soon', inWindow: 1 });
    expect(originalWindow(acc, '2026-11-15')).toMatchObject({ daysSince: 14, daysLeft: -1, state: 'overdue', inWindow: 0 });
    const [none] = dailyByAccount([post('2026-11-10', 'repost')]);
    expect(originalWindow(none, '2026-11-12').state).toBe('none');
  });

  it('lists runs of 14 days without an original', () => {
    const [acc] = dailyByAccount([post('2026-01-01'), post('2026-01-15'), post('2026-01-31')]);
    expect(originalGaps(acc, '2026-02-05')).toEqual([{ from: '2026-01-16', to: '2026-01-30', days: 15 }]);
  });

  it('reminds that nothing was posted today on a working day, not on a holiday', () => {
    const [acc] = dailyByAccount([post('2026-09-30')]);
    expect(reminder(acc, '2026-10-09')).toMatchObject({ workday: true, notPostedToday: true, daysSincePost: 9 });
    expect(reminder(acc, '2026-10-03')).toMatchObject({ workday: false, notPostedToday: false });
  });

  it('leaves practice records out', () => {
    const [acc] = dailyByAccount([{ ...post('2026-11-02'), practice: true }, post('2026-11-03')]);
    expect(acc.posts).toBe(1);
    expect(acc.firstDay).toBe('2026-11-03');
  });
});
