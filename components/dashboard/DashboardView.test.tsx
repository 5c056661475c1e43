import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/adapters/platforms';
import { dailyByAccount } from '../../lib/log/cadence';
import type { LogRow } from '../../lib/log/query';
import { PopupView } from '../PopupView';
import { CadenceCalendar } from './CadenceCalendar';
import { DashboardView, type DashboardViewProps } from './DashboardView';
import { ChainPanel } from './ChainPanel';
import { FindingsChart } from './FindingsChart';
import { OriginalsTable } from './OriginalsTable';
import { OverridesTable } from './OverridesTable';

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

  it('names a record without a title （无标题） rather than leaving its button empty', () => {
    const html = renderToStaticMarkup(<DashboardView {...props({ total: 1, rowAt: (i) => ({ ...row(i), title: ' ' }) })} />);
    expect(html).toMatch(/<button type="button" class="link">（无标题）<\/button>/);
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
      <CadenceCalendar
        locale="zh"
        platforms={PLATFORMS}
        accounts={accounts}
        today="2026-10-12"
        account="wechat/昆明发布"
        month="2026-10"
        onAccount={noop}
        onMonth={noop}
      />,
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

describe('popup reminders without pseudo-accounts', () => {
  const reminder = (platform: string, account: string) => ({
    platform,
    account,
    workday: true,
    notPostedToday: true,
    lastPost: '2026-11-20',
    daysSincePost: 6,
    original: { daysSince: 12, daysLeft: 1, state: 'due-soon' as const, inWindow: 1 },
  });
  it('leaves out records made before an account was named, and opens the settings in one click', () => {
    const html = renderToStaticMarkup(
      <PopupView
        status={null}
        platforms={PLATFORMS}
        reminders={[reminder('wechat', ''), reminder('wechat', '昆明发布'), reminder('weibo', '')]}
        onOpenLog={noop}
        onOpenSettings={noop}
      />,
    );
    expect(html.match(/class="reminder"/g)).toHaveLength(2);
    expect(html).toContain('data-account="昆明发布"');
    // Weibo has no named account: its records still show, under the platform.
    expect(html).toContain('微博');
    expect(html).toMatch(/<button type="button" id="open-settings"[^>]*>设置<\/button>/);
  });
});

describe('findings and overrides', () => {
  it('charts findings by category per month, with the same figures as a table', () => {
    const months = [
      { month: '2026-10', counts: { source: 1, 'personal-data': 3, map: 0, commercial: 0, approval: 0 }, notes: 0 },
      { month: '2026-11', counts: { source: 0, 'personal-data': 0, map: 2, commercial: 0, approval: 1 }, notes: 4 },
    ];
    const html = renderToStaticMarkup(<FindingsChart locale="zh" months={months} />);
    expect(html).toContain('id="findings-chart"');
    expect(html).toContain('各类问题按月统计');
    const rows = html.match(/<tr><th scope="row">[^]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    // Columns in the engine's category order: source, personal-data, map, commercial, approval; then the info notes apart.
    expect(rows[0]).toBe('<tr><th scope="row">2026-10</th><td>1</td><td>3</td><td>0</td><td>0</td><td>0</td><td class="notes">0</td></tr>');
    expect(rows[1]).toBe('<tr><th scope="row">2026-11</th><td>0</td><td>0</td><td>2</td><td>0</td><td>1</td><td class="notes">4</td></tr>');
    expect(html).toContain('提示（不属问题）');
    expect(renderToStaticMarkup(<FindingsChart locale="zh" months={[]} />)).toContain('暂无检查发现的问题。');
  });

  it('lists overrides with their rules and reasons, and says when only the newest are shown', () => {
    const overrides = [
      {
        id: 'a',
        time: '2026-11-26T06:03:00.000Z',
        platform: 'wechat',
        account: '昆明发布',
        title: '关于冬季防火的通知',
        ruleIds: ['no-unmasked-mobile', 'no-detailed-address'],
        reason: '公开值班电话',
      },
      {
        id: 'b',
        time: '2026-11-25T01:00:00.000Z',
        platform: 'weibo',
        account: '',
        title: '',
        ruleIds: ['no-commercial-content'],
        reason: '公益活动，已核实',
      },
    ];
    const html = renderToStaticMarkup(<OverridesTable locale="zh" platforms={PLATFORMS} overrides={overrides} total={120} onOpen={noop} />);
    expect(html).toContain('2026-11-26 14:03');
    expect(html).toContain('<td>手机号码未脱敏、详细住址未脱敏</td>');
    expect(html).not.toContain('no-unmasked-mobile');
    expect(html).toContain('<td>公开值班电话</td>');
    expect(html).toContain('（无标题）');
    expect(html).toContain('（未指定账号）');
    expect(html).toContain('仅显示最近 2 条，共 120 条。');
    expect(renderToStaticMarkup(<OverridesTable locale="zh" platforms={PLATFORMS} overrides={[]} total={0} onOpen={noop} />)).toContain(
      '没有强制发表的记录。',
    );
  });
});

describe('chain panel', () => {
  it('says when an import could not finish, how many records it stored, and that nothing else changed', () => {
    const html = renderToStaticMarkup(
      <ChainPanel
        locale="zh"
        verify={{ state: 'idle' }}
        exporting={{ state: 'idle' }}
        importing={{ state: 'error', message: 'Extension context invalidated', added: 5000 }}
        onVerify={noop}
        onExport={noop}
        onImport={noop}
        onOpen={noop}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain(
      '导入未能完成：Extension context invalidated。至少已导入 5000 条；补全之前，校验可能把这些设备的记录链报告为不完整。本机原有记录未受影响。',
    );
  });
});
