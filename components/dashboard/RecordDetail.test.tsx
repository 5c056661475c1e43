import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/adapters/platforms';
import type { PublicationRecord } from '../../lib/log/record';
import { RecordDetail } from './RecordDetail';

const record = (snapshot: PublicationRecord['snapshot'], title = '寻找失主13987654321'): PublicationRecord => ({
  v: 2,
  id: '00000000-0000-4000-8000-000000000001',
  deviceId: '6f1c2f4e-8a4b-4c4e-9d35-2d6f0e7b1a11',
  seq: 1,
  time: '2026-12-03T02:00:00.000Z',
  day: '2026-12-03',
  platform: 'wechat',
  account: '昆明发布',
  url: 'https://mp.weixin.qq.com/',
  title,
  contentHash: 'e'.repeat(64),
  snapshot,
  origin: 'original',
  source: null,
  requiredApproval: 'general',
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  categories: ['personal-data'],
  overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '失主同意公开联系方式，已核实' }],
  overridden: 1,
  approval: null,
  approvalStatus: 'missing',
  practice: false,
  prevHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
  outcome: 'attempted',
  confirmedAt: null,
});
const render = (r: PublicationRecord, locale: 'zh' | 'en' = 'zh') =>
  renderToStaticMarkup(<RecordDetail locale={locale} platforms={PLATFORMS} record={r} onClose={() => {}} />);

describe('record detail', () => {
  it('names rules as people know them, never by id', () => {
    const zh = render(record({ mode: 'hash', text: null }));
    expect(zh).toContain('个人信息 · 手机号码未脱敏 · 阻止');
    expect(render(record({ mode: 'hash', text: null }), 'en')).toContain('Unmasked mobile number');
    expect(zh).not.toContain('no-unmasked-mobile');
  });

  it('shows a record written before masking with its personal data masked', () => {
    const html = render(record({ mode: 'full', text: '失主电话13987654321，身份证530102199003071234' }));
    expect(html).not.toContain('13987654321');
    expect(html).not.toContain('530102199003071234');
    expect(html).toContain('失主电话139****4321');
    expect(html).toContain('个人信息已脱敏');
  });

  it('says so when a policy keeps the text unmasked', () => {
    const html = render(record({ mode: 'unmasked', text: '失主电话13987654321' }));
    expect(html).toContain('失主电话13987654321');
    expect(html).toContain('未脱敏全文');
  });
});

describe('record detail: what covered the sign-off', () => {
  const major = (approval: PublicationRecord['approval']): PublicationRecord => ({
    ...record({ mode: 'hash', text: null }),
    requiredApproval: 'major',
    approval,
    approvalStatus: approval?.status ?? 'missing',
  });

  it.each([
    ['verified', { token: 'GPGA1.x', status: 'valid', tier: 'major', reviewer: '李某', coverage: 'verified' }, '已核验的签发码'],
    ['self', { token: 'GPGA1.x', status: 'valid', tier: 'major', reviewer: '李某', coverage: 'self' }, '本机密钥自签'],
    [
      'declared',
      {
        token: null,
        status: 'missing',
        tier: null,
        reviewer: null,
        coverage: 'declared',
        declaredName: '王某',
        declaredRole: 'principal-leader',
        declaredAt: '2026-12-03T01:30:00.000Z',
      },
      '编辑声明的签发（未经核验）：王某（主要领导），2026-12-03 09:30',
    ],
    ['none', { token: null, status: 'missing', tier: null, reviewer: null, coverage: 'none' }, '签发依据'],
  ] as const)('shows %s beside the tier the post needed', (coverage, approval, shown) => {
    const html = render(major(approval));
    expect(html).toContain('重大');
    expect(html).toContain(`data-coverage="${coverage}"`);
    expect(html).toContain(shown);
    expect(html).not.toContain('principal-leader');
  });

  it('says nothing of coverage for a record written before it was kept', () => {
    expect(render(major({ token: null, status: 'missing', tier: null, reviewer: null }))).not.toContain('data-coverage');
  });

  it('reads in English too', () => {
    const html = render(
      major({
        token: null,
        status: 'missing',
        tier: null,
        reviewer: null,
        coverage: 'declared',
        declaredName: 'Wang',
        declaredRole: 'deputy-leader',
        declaredAt: '2026-12-03T01:30:00.000Z',
      }),
      'en',
    );
    expect(html).toContain('a sign-off the editor declared (not verified): Wang (');
  });
});
