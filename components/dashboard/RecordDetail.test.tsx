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
