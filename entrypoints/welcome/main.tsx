import { useEffect } from 'react';
import ReactDOM from 'react-dom/client';
import { WelcomeView, type WelcomeCategory, type WelcomeSetup } from '@/components/WelcomeView';
import { PLATFORMS } from '@/lib/adapters/platforms';
import { CATEGORIES } from '@/lib/engine/rule';
import { t, type Locale } from '@/lib/i18n';
import { rules } from '@/lib/rules';
import { resolveSettings, type EffectiveSettings } from '@/lib/settings';
import { withSetup } from '@/lib/settings/setup';
import { loadSettings, saveSettings } from '@/lib/settings/storage';

/** What the guard checks, per category, from the registry. */
const categories: WelcomeCategory[] = CATEGORIES.map((category) => {
  const own = rules.filter((r) => r.meta.category === category);
  return {
    category,
    rules: own.map((r) => r.meta.name),
    articles: [...new Set(own.flatMap((r) => r.meta.basis.map((b) => b.article)))].sort((a, b) => a - b),
  };
}).filter((c) => c.rules.length);

/** The catalogue shows an article in full under the first rule that cites it. */
const articleHref = (article: number) => {
  const rule = rules.find((r) => r.meta.basis.some((b) => b.article === article));
  return rule ? `rules.html#rule-${rule.meta.id}` : `rules.html#article-${article}`;
};

function WelcomePage({ effective }: { effective: EffectiveSettings }) {
  const locale: Locale = effective.settings.ui.locale;
  useEffect(() => {
    document.title = t('welcome.documentTitle', undefined, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  const { profile, accounts } = effective.local;
  return (
    <WelcomeView
      locale={locale}
      categories={categories}
      platforms={PLATFORMS.map((p) => ({ id: p.id, name: p.name }))}
      initial={{ unit: profile.unit, role: profile.role, accounts: accounts.map((a) => ({ platform: a.platform, name: a.name })) }}
      articleHref={articleHref}
      practiceHref="practice.html?sample=composite%3Aepidemic-bulletin"
      rulesHref="rules.html"
      optionsHref="options.html"
      onSave={async (setup: WelcomeSetup) => {
        const { local } = await loadSettings();
        await saveSettings(withSetup(local, setup));
      }}
    />
  );
}

// The title is there before the settings answer (the default language), then follows them.
document.title = t('welcome.documentTitle');
const root = ReactDOM.createRoot(document.getElementById('root')!);
void loadSettings()
  .catch(() => resolveSettings(undefined, undefined, rules))
  .then((effective) => root.render(<WelcomePage effective={effective} />));
