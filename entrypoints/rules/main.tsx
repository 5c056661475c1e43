import { useEffect, useMemo, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { RuleCatalogue } from '@/components/catalogue/RuleCatalogue';
import { buildCatalogue } from '@/lib/catalogue/catalogue';
import { t, type Locale } from '@/lib/i18n';
import { rules } from '@/lib/rules';
import { resolveSettings } from '@/lib/settings';
import { loadSettings } from '@/lib/settings/storage';

const practiceHref = (sampleId: string) => (sampleId ? `practice.html?sample=${encodeURIComponent(sampleId)}` : 'practice.html');

function RulesPage({ locale }: { locale: Locale }) {
  const catalogue = useMemo(() => buildCatalogue(rules), []);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  useEffect(() => {
    document.title = t('catalogue.documentTitle', undefined, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  useEffect(() => {
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
  }, [query]);
  return (
    <RuleCatalogue
      catalogue={catalogue}
      query={query}
      locale={locale}
      practiceHref={practiceHref}
      onQuery={setQuery}
      onPrint={() => window.print()}
    />
  );
}

const root = ReactDOM.createRoot(document.getElementById('root')!);
void loadSettings()
  .catch(() => resolveSettings(undefined, undefined, rules))
  .then((effective) => root.render(<RulesPage locale={effective.settings.ui.locale} />));
