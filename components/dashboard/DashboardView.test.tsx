import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/adapters/platforms';
import { dailyByAccount } from '../../lib/log/cadence';
import type { LogRow } from '../../lib/log/query';
import { PopupView } from '../PopupView';
import { CadenceCalendar } from './CadenceCalendar';
import { DashboardView, type DashboardViewProps } from './DashboardView';
import { OriginalsTable } from './OriginalsTable';

const noop = () => {};
const row = (i: number): LogRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  seq: i + 1,
  deviceId: '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11',
  time: '2026-11-26T06:03:00.000Z',
  platform: 'wechat',
  account: '昆明发布',
  title: `第${i}条`,
  url: 'https://mp.weixin.qq.com/',
  origin: i % 2 ? 'repost' : 'original',
  source: null,
  requiredApproval: 'general',
  categories: [],
  findings: 1,
  blocking: 1,
  overridden: i === 0,
  approvalStatus: 'missing',
  outcome: 'attempted',
});

function props(over: Partial<DashboardViewProps> = {}): DashboardViewProps {
  return {
    locale: 'zh',
    platforms: PLATFORMS,
    tab: 'list',
    onTab: noop,
    filter: {},
    onFilter: noop,
    total: 100_000,
    rowAt: row,
    onRange: noop,
    selected: null,
    onOpen: noop,
    onClose: noop,
    stats: null,
    today: '2026-11-26',
    calendar: { account: null, month: '2026-11' },
    onCalendar: noop,
    verify: { state: 'idle' },
    exporting: { state: 'idle' },
    importing: { state: 'idle' },
    onVerify: noop,
    onExport: noop,
    onImport: noop,
    listHeight: 360,
    ...over,
  };
}

describe('DashboardView', () => {
  it('renders only a window of a 100,000-row list, as a labelled table', () => {
    const html = renderToStaticMarkup(<DashboardView {...props()} />);
    expect(html).toContain('aria-rowcount="100001"');
    expect(html).toContain('共 100,000 条记录');
    const rows = html.match(/role="row" aria-rowindex="\d+"/g) ?? [];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(html).toContain('微信公众平台');
    expect(html).toContain('1 个（1 个阻止）');
    expect(html).toContain('role="tab"');
  });

  it('paints the newest rows while the records are still being counted', () => {
    const html = renderToStaticMarkup(<DashboardView {...props({ total: 100, counting: true })} />);
    expect(html).toContain('正在统计记录数…');
    expect(html).not.toContain('共 100 条记录');
    expect(html).toContain('aria-rowcount="101"');
  });

  it('speaks English when asked', () => {
    expect(renderToStaticMarkup(<DashboardView {...props({ locale: 'en' })} />)).toContain('Publication log');
  });
});

describe('cadence views', () => {
  const accounts = dailyByAccount([
    { time: '2026-09-28T02:00:00.000Z', platform: 'wechat', account: '昆明发布', origin: 'original' },
    { time: '2026-10-12T02:00:00.000Z', platform: 'wechat', account: '昆明发布', origin: 'repost' },
  ]);

  it('marks missed working days, not holidays, with labels', () => {
    const html = renderToStaticMarkup(
      <CadenceCalendar locale="zh" platforms={PLATFORMS} accounts={accounts} today="2026-10-12" account={null} month="2026-10" onAccount={noop} onMonth={noop} />,
    );
    expect(html).toContain('data-missed="3"');
    expect(html).toMatch(/data-day="2026-10-10" data-kind="adjusted-workday" class="day kind-adjusted-workday missed"/);
    expect(html).toMatch(/data-day="2026-10-05" data-kind="holiday" class="day kind-holiday"/);
    expect(html).toContain('aria-label="2026-10-09，工作日，未发布"');
  });

  it('shows the days left in the 14-day original window', () => {
    const html = renderToStaticMarkup(<OriginalsTable locale="zh" platforms={PLATFORMS} accounts={accounts} today="2026-10-12" />);
    expect(html).toContain('已超期 1 天');
  });
});

describe('popup reminders', () => {
  it('says 今日尚未发布 and 距上次原创已 N 天', () => {
    const html = renderToStaticMarkup(
      <PopupView
        status={null}
        platforms={PLATFORMS}
        reminders={[
          {
            platform: 'wechat',
            account: '昆明发布',
            workday: true,
            notPostedToday: true,
            lastPost: '2026-11-20',
            daysSincePost: 6,
            original: { daysSince: 12, daysLeft: 1, state: 'due-soon', inWindow: 1 },
          },
        ]}
        onOpenLog={noop}
      />,
    );
    expect(html).toContain('今日尚未发布');
    expect(html).toContain('距上次原创已 12 天');
    expect(html).toContain('还剩 1 天');
    expect(html).toContain('id="tab-status"');
  });
});
