import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/adapters/platforms';
import { dailyByAccount, foldUnnamed, type CadencePost } from '../../lib/log/cadence';
import { applyHolidaySchedules } from '../../lib/log/holidays';
import { CadenceCalendar } from './CadenceCalendar';

const noop = () => {};
// Beijing 10:00 on each day.
const post = (day: string, account: string, platform = 'wechat', origin: CadencePost['origin'] = 'original'): CadencePost => ({
  time: `${day}T02:00:00.000Z`,
  platform,
  account,
  origin,
});
const render = (posts: CadencePost[], over: { today?: string; account?: string | null; month?: string; locale?: 'zh' | 'en' } = {}) => {
  const { accounts, unnamed } = foldUnnamed(dailyByAccount(posts));
  return renderToStaticMarkup(
    <CadenceCalendar
      locale={over.locale ?? 'zh'}
      platforms={PLATFORMS}
      accounts={accounts}
      unnamed={unnamed}
      today={over.today ?? '2026-12-08'}
      account={over.account ?? null}
      month={over.month ?? '2026-12'}
      onAccount={noop}
      onMonth={noop}
      onOpenSettings={noop}
    />,
  );
};

afterEach(() => applyHolidaySchedules([]));

describe('the cadence calendar does not reassure falsely', () => {
  // First record on Saturday 5 December; 1–4 December (Tue–Fri) have none.
  const posts = [post('2026-12-05', '昆明发布'), post('2026-12-07', '昆明发布')];

  it('says working days before the first record are unknown, not that every working day had a post', () => {
    const html = render(posts, { account: 'wechat/昆明发布' });
    expect(html).not.toContain('均有发布');
    expect(html).toContain('data-unrecorded="4"');
    expect(html).toContain('本月有 4 个工作日没有记录');
    expect(html).toMatch(/data-day="2026-12-01" data-kind="workday" class="day kind-workday unrecorded"/);
  });

  it('says every working day had a post only when each one so far did', () => {
    const all = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'].map((d) => post(d, '昆明发布'));
    expect(render(all, { account: 'wechat/昆明发布' })).toContain('截至今日，本月已过去的工作日均有发布');
    expect(render(all, { account: 'wechat/昆明发布', today: '2026-12-01' })).toContain('本月还没有已过去的工作日');
  });

  it('heads the month as people write it', () => {
    expect(render(posts)).toContain('<h2 class="month-heading" id="cadence-month">2026年12月</h2>');
    expect(render(posts, { locale: 'en' })).toContain('December 2026');
  });
});

describe('all accounts at once', () => {
  const posts = [
    post('2026-12-01', '昆明发布'),
    post('2026-12-02', '昆明发布'),
    post('2026-12-01', '春城微博', 'weibo'),
    post('2026-12-03', '春城微博', 'weibo'),
  ];

  it('is the default view, marks a day missed when any account missed it, and summarises each account', () => {
    const html = render(posts, { today: '2026-12-04' });
    expect(html).toContain('data-view="all"');
    expect(html).toContain('全部账号（2 个）');
    expect(html).toMatch(/data-day="2026-12-01" data-kind="workday" class="day kind-workday posted"/);
    expect(html).toMatch(/data-day="2026-12-02" data-kind="workday" class="day kind-workday posted missed"/);
    expect(html).toContain('aria-label="2026-12-02，工作日，发布 1 条，1/2 个账号有发布，1 个账号未发布"');
    expect(html).toContain('data-missed="2"');
    // Summary: 昆明发布 missed 3 December, 春城微博 missed 2 December.
    expect(html).toMatch(
      /data-account="wechat\/昆明发布"><th scope="row">.*?<\/th><td>2<\/td><td>2<\/td><td class="warn">1<\/td><td>0<\/td><td>2026-12-02<\/td>/,
    );
    expect(html).toMatch(/data-account="weibo\/春城微博"><th scope="row">.*?<\/th><td>2<\/td><td>2<\/td><td class="warn">1<\/td>/);
  });

  it('shows no pseudo-account for records made before an account was named', () => {
    const one = render([post('2026-12-01', ''), post('2026-12-02', '昆明发布')], { today: '2026-12-03' });
    expect(one).not.toContain('未指定账号');
    expect(one).toContain('全部账号（1 个）');
    // Folded into the platform's only account: 1 December counts as its post.
    expect(one).toMatch(/data-account="wechat\/昆明发布"><th scope="row">.*?<\/th><td>2<\/td>/);
    const two = render([post('2026-12-01', ''), post('2026-12-02', '昆明发布'), post('2026-12-02', '昆明政务')], { today: '2026-12-03' });
    expect(two).not.toContain('未指定账号');
    expect(two).toContain('另有 1 条发布记录产生于选定账号之前');
    expect(two).toContain('aria-label="2026-12-01，工作日，发布 1 条，0/2 个账号有发布，0 个账号未发布"');
  });
});

describe('holidays beyond the built-in years', () => {
  const posts = [post('2026-12-31', '昆明发布')];

  it('says clearly when a year has no schedule, and counts it once one is supplied', () => {
    const before = render(posts, { month: '2027-01', today: '2027-01-05', account: 'wechat/昆明发布' });
    expect(before).toContain('没有 2027 年的节假日安排');
    expect(before).toMatch(/data-day="2027-01-01" data-kind="workday" class="day kind-workday missed"/);
    applyHolidaySchedules([{ year: 2027, notice: '测试安排', source: '', off: [['2027-01-01', '2027-01-03']], work: [] }]);
    const after = render(posts, { month: '2027-01', today: '2027-01-05', account: 'wechat/昆明发布' });
    expect(after).not.toContain('没有 2027 年的节假日安排');
    expect(after).toMatch(/data-day="2027-01-01" data-kind="holiday" class="day kind-holiday"/);
  });
});
