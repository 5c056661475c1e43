import ReactDOM from 'react-dom/client';
import { browser } from '#imports';
import { PopupView } from '@/components/PopupView';
import { send } from '@/lib/messaging';
import type { GuardStatus } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n';
import { loadSettings } from '@/lib/settings/storage';
import { PLATFORMS } from '@/lib/adapters/platforms';

async function currentStatus(): Promise<GuardStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // No content script in the tab (not a platform page) makes sendMessage reject.
  return send('getStatus', undefined, tab.id).catch(() => null);
}

const root = ReactDOM.createRoot(document.getElementById('root')!);
const openPage = (path: '/dashboard.html' | '/practice.html' | '/rules.html') => {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
};
const openLog = () => openPage('/dashboard.html');
void Promise.all([currentStatus(), loadSettings(), send('logReminders', undefined).catch(() => null)]).then(([status, { settings }, reminders]) => {
  const locale = settings.ui.locale;
  document.title = t('popup.title', undefined, locale);
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  root.render(<PopupView status={status} locale={locale} reminders={reminders?.reminders ?? null} platforms={PLATFORMS} onOpenLog={openLog} onOpenPractice={() => openPage('/practice.html')} onOpenRules={() => openPage('/rules.html')} />);
});
