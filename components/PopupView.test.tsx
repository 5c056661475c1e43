import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GuardStatus } from '../lib/messaging/protocol';
import { PopupView, type PopupViewProps } from './PopupView';

const noop = () => {};
const active: GuardStatus = {
  active: true,
  platform: 'generic',
  status: 'ok',
  findings: 0,
  blocking: 0,
  requiredApproval: 'general',
  byCategory: {},
};
const render = (props: Partial<PopupViewProps>) =>
  renderToStaticMarkup(<PopupView status={null} onEnableSite={noop} onDisableSite={noop} {...props} />);

describe('PopupView: sites enabled from the popup', () => {
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

describe('PopupView: the account records are written for (Art. 15–17)', () => {
  const wechat: GuardStatus = { ...active, platform: 'wechat' };

  it('asks which account when several are filed for the platform', () => {
    const html = render({ status: wechat, account: { names: ['昆明发布', '五华发布'], chosen: null } });
    expect(html).toContain('id="publishing-account"');
    expect(html).toContain('<option value="" selected="">请选择当前登录的账号</option>');
    expect(html).toContain('<option value="五华发布">五华发布</option>');
    expect(html).toContain('本平台备案了多个账号');
  });

  it('shows the chosen account selected, without the hint', () => {
    const html = render({ status: wechat, account: { names: ['昆明发布', '五华发布'], chosen: '五华发布' } });
    expect(html).toContain('<option value="五华发布" selected="">五华发布</option>');
    expect(html).not.toContain('本平台备案了多个账号');
  });

  it('names the only filed account, and says nothing when none is filed', () => {
    expect(render({ status: wechat, account: { names: ['昆明发布'], chosen: null } })).toContain('发布账号：昆明发布');
    expect(render({ status: wechat, account: { names: [], chosen: null } })).not.toContain('publishing-account');
  });

  it('in English too', () => {
    expect(render({ locale: 'en', status: wechat, account: { names: ['昆明发布', '五华发布'], chosen: null } })).toContain(
      'Choose the account you are signed in as',
    );
  });
});
