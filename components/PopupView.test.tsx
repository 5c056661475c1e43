import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GuardStatus } from '../lib/messaging/protocol';
import { PopupView, type PopupViewProps } from './PopupView';

const noop = () => {};
const active: GuardStatus = { active: true, platform: 'generic', status: 'ok', findings: 0, blocking: 0, requiredApproval: 'general', byCategory: {} };
const render = (props: Partial<PopupViewProps>) => renderToStaticMarkup(<PopupView status={null} onEnableSite={noop} onDisableSite={noop} {...props} />);

describe('PopupView: sites enabled from the popup (issue 6)', () => {
  it('offers to enable a website the guard does not run on', () => {
    const html = render({ site: { pattern: 'https://www.example.gov.cn/*', enabled: false } });
    expect(html).toContain('id="site-enable"');
    expect(html).toContain('在此网站启用检查');
    expect(html).toContain('www.example.gov.cn');
  });

  it('offers nothing on platform and browser pages', () => {
    expect(render({ site: null })).not.toContain('id="site"');
  });

  it('does not offer enabling where the guard is already active', () => {
    expect(render({ status: active, site: { pattern: 'https://www.example.gov.cn/*', enabled: false } })).not.toContain('site-enable');
  });

  it('shows an enabled site with a 停用 button', () => {
    const html = render({ status: active, site: { pattern: 'https://www.example.gov.cn/*', enabled: true } });
    expect(html).toContain('data-site-state="enabled"');
    expect(html).toContain('id="site-disable"');
    expect(html).toContain('停用');
  });

  it('says when the permission was refused, in English too', () => {
    const html = render({ locale: 'en', site: { pattern: 'https://www.example.gov.cn/*', enabled: false, error: 'denied' } });
    expect(html).toContain('data-site-state="denied"');
    expect(html).toContain('Access to this site was not granted');
  });
});
