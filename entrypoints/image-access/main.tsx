import ReactDOM from 'react-dom/client';
import { browser } from '#imports';
import { ImageAccessView } from '@/components/ImageAccessView';
import { t, type Locale } from '@/lib/i18n';
import { accessForHost } from '@/lib/ocr/image-hosts';
import { loadSettings } from '@/lib/settings/storage';

// The host comes from the URL the background opened; only a known platform image server is asked for.
const access = accessForHost(new URLSearchParams(location.search).get('host') ?? '');
const root = ReactDOM.createRoot(document.getElementById('root')!);

function render(locale: Locale) {
  document.title = t('imageAccess.title', undefined, locale);
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  root.render(
    <ImageAccessView
      host={access?.label ?? null}
      locale={locale}
      // Called from the button's click: the user gesture the browser requires. On grant the background
      // tells the editor tabs (permissions.onAdded), which read their images again.
      onAllow={() => (access ? browser.permissions.request({ origins: [access.pattern] }) : Promise.resolve(false))}
      onCancel={() => window.close()}
    />,
  );
}

render('zh');
void loadSettings()
  .then((effective) => render(effective.settings.ui.locale))
  .catch(() => undefined);
