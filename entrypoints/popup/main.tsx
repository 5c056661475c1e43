import ReactDOM from 'react-dom/client';
import { browser } from '#imports';
import { PopupView, type PopupViewProps } from '@/components/PopupView';
import { send } from '@/lib/messaging';
import type { GuardStatus } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n';
import { loadSettings } from '@/lib/settings/storage';
import { PLATFORMS } from '@/lib/adapters/platforms';
import { sitePatternFor } from '@/lib/sites';
import { chooseAccount, loadChosenAccounts } from '@/lib/log/accounts';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function currentStatus(tabId: number | undefined): Promise<GuardStatus | null> {
  if (tabId === undefined) return null;
  // No content script in the tab (not a platform page) makes sendMessage reject.
  return send('getStatus', undefined, tabId).catch(() => null);
}

const root = ReactDOM.createRoot(document.getElementById('root')!);
const openPage = (path: '/dashboard.html' | '/practice.html' | '/rules.html') => {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
};
const openLog = () => openPage('/dashboard.html');

void Promise.all([
  activeTab(),
  loadSettings(),
  send('logReminders', undefined).catch(() => null),
  send('sitesList', undefined).catch((): string[] => []),
]).then(async ([tab, { settings }, reminders, enabled]) => {
  const locale = settings.ui.locale;
  document.title = t('popup.title', undefined, locale);
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  // tab.url is visible after the toolbar click (activeTab) or on a site already granted.
  const target = sitePatternFor(tab?.url);
  const status = await currentStatus(tab?.id);
  // Which filed account this platform's records name (lib/log/accounts.ts).
  const platform = status?.active ? status.platform : undefined;
  const names = settings.accounts.filter((a) => a.platform === platform).map((a) => a.name);
  const chosenFor = async () => {
    const chosen = platform ? (await loadChosenAccounts(browser.storage.local))[platform] : undefined;
    return chosen && names.includes(chosen) ? chosen : null;
  };
  let props: PopupViewProps = {
    status,
    account: platform ? { names, chosen: await chosenFor() } : null,
    locale,
    reminders: reminders?.reminders ?? null,
    platforms: PLATFORMS,
    site: target.ok ? { pattern: target.pattern, enabled: enabled.includes(target.pattern) } : null,
    onOpenLog: openLog,
    onOpenSettings: () => {
      void browser.runtime.openOptionsPage();
      window.close();
    },
    onOpenPractice: () => openPage('/practice.html'),
    onOpenRules: () => openPage('/rules.html'),
  };
  const render = (next: Partial<PopupViewProps>) => {
    props = { ...props, ...next };
    root.render(<PopupView {...props} />);
  };
  const onChooseAccount = async (name: string | null) => {
    if (!platform) return;
    await chooseAccount(browser.storage.local, platform, name);
    render({ account: { names, chosen: await chosenFor() } });
  };
  props.onChooseAccount = (name) => void onChooseAccount(name);
  if (!target.ok) return render({});
  const { pattern } = target;
  const refreshStatus = async () => render({ status: await currentStatus(tab?.id) });

  const onEnableSite = async () => {
    // The permission prompt needs the click's user gesture: nothing may be awaited before it.
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) return render({ site: { pattern, enabled: false, error: 'denied' } });
    render({ site: { pattern, enabled: false, busy: true } });
    const result = await send('siteEnable', { pattern, tabId: tab?.id }).catch(() => ({ ok: false as const }));
    render({ site: result.ok ? { pattern, enabled: true } : { pattern, enabled: false, error: 'failed' } });
    if (result.ok) setTimeout(() => void refreshStatus(), 500);
  };
  const onDisableSite = async () => {
    render({ site: { pattern, enabled: true, busy: true } });
    await send('siteDisable', { pattern }).catch(() => undefined);
    // The guard already on the page stays until it is reloaded; the next visit has none.
    render({ site: { pattern, enabled: false } });
  };
  props.onEnableSite = () => void onEnableSite();
  props.onDisableSite = () => void onDisableSite();
  render({});
});
