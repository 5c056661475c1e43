import { articleLabel, type Category, type Localized } from '../lib/engine/rule';
import { translator, type Locale } from '../lib/i18n';

export interface WelcomeCategory {
  category: Category;
  /** Articles the category's rules enforce. */
  articles: number[];
  /** Names of the rules in the category. */
  rules: Localized[];
}

export interface WelcomeViewProps {
  locale?: Locale;
  categories: readonly WelcomeCategory[];
  platforms: readonly Localized[];
  practiceHref: string;
  rulesHref: string;
  optionsHref: string;
}

/** The first-run page: what the guard checks, that nothing leaves the computer, how to pin it, and the practice page. */
export function WelcomeView({ locale = 'zh', categories, platforms, practiceHref, rulesHref, optionsHref }: WelcomeViewProps) {
  const tr = translator(locale);
  const articles = (list: number[]) => list.map((n) => tr('basis.article', { article: n, label: articleLabel(n) })).join(tr('list.separator'));
  return (
    <main className="welcome" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{tr('welcome.title')}</h1>
      <p className="lead">{tr('welcome.lead')}</p>
      <section aria-labelledby="checks-title">
        <h2 id="checks-title">{tr('welcome.checks')}</h2>
        <ul className="checks">
          {categories.map((c) => (
            <li key={c.category} data-category={c.category}>
              <strong>{tr(`category.${c.category}`)}</strong>
              <span className="articles">{articles(c.articles)}</span>
              <span className="rules">{c.rules.map((r) => r[locale]).join(tr('list.separator'))}</span>
            </li>
          ))}
        </ul>
        <p>{tr('welcome.platforms', { platforms: platforms.map((p) => p[locale]).join(tr('list.separator')) })}</p>
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{tr('welcome.privacyTitle')}</h2>
        <p>{tr('welcome.privacy')}</p>
      </section>
      <section aria-labelledby="pin-title">
        <h2 id="pin-title">{tr('welcome.pinTitle')}</h2>
        <ol>
          <li>{tr('welcome.pin1')}</li>
          <li>{tr('welcome.pin2')}</li>
          <li>{tr('welcome.pin3')}</li>
        </ol>
        <p className="hint">{tr('welcome.pinEdge')}</p>
      </section>
      <section aria-labelledby="start-title">
        <h2 id="start-title">{tr('welcome.startTitle')}</h2>
        <p>{tr('welcome.start')}</p>
        <p className="actions">
          <a id="open-practice" className="button primary" href={practiceHref}>
            {tr('welcome.openPractice')}
          </a>
          <a className="button" href={rulesHref}>
            {tr('welcome.openRules')}
          </a>
          <a className="button" href={optionsHref}>
            {tr('welcome.openOptions')}
          </a>
        </p>
      </section>
    </main>
  );
}
