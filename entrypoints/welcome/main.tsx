import { useEffect } from 'react';
import ReactDOM from 'react-dom/client';
import { WelcomeView, type WelcomeCategory } from '@/components/WelcomeView';
import { PLATFORMS } from '@/lib/adapters/platforms';
import { CATEGORIES } from '@/lib/engine/rule';
import { t, type Locale } from '@/lib/i18n';
import { rules } from '@/lib/rules';
import { resolveSettings } from '@/lib/settings';
import { loadSettings } from '@/lib/settings/storage';

/** What the guard checks, per category, from the registry. */
const categories: WelcomeCategory[] = CATEGORIES.map((category) => {
  const own = rules.filter((r) => r.meta.category === category);
  return { category, rules: own.map((r) => r.meta.name), articles: [...new Set(own.flatMap((r) => r.meta.basis.map((b) => b.article)))].sort((a, b) => a - b) };
}).filter((c) => c.rules.length);

function WelcomePage({ locale }: { locale: Locale }) {
  useEffect(() => {
    document.title = t('welcome.documentTitle', undefined, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  return (
    <WelcomeView
      locale={locale}
      categories={categories}
      platforms={PLATFORMS.map((p) => p.name)}
      practiceHref="practice.html?sample=composite%3Aepidemic-bulletin"
      rulesHref="rules.html"
      optionsHref="options.html"
    />
  );
}

const root = ReactDOM.createRoot(document.getElementById('root')!);
void loadSettings()
  .catch(() => resolveSettings(undefined, undefined, rules))
  .then((effective) => root.render(<WelcomePage locale={effective.settings.ui.locale} />));
