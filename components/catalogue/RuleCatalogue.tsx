import { articleMatches, ruleMatches, type Catalogue, type CatalogueExample, type CatalogueRule } from '../../lib/catalogue/catalogue';
import { articleLabel } from '../../lib/engine/rule';
import { optionLabel, optionTypeLabel, translator, type Locale } from '../../lib/i18n';
import type { Article } from '../../lib/regulation/articles';

export interface RuleCatalogueProps {
  catalogue: Catalogue;
  query: string;
  locale?: Locale;
  /** The practice page's address for a sample (the 'try it' links). */
  practiceHref(sampleId: string): string;
  onQuery(query: string): void;
  onPrint(): void;
}

function ArticleText({ article }: { article: Article }) {
  return (
    <blockquote className="article-text" data-article={article.number}>
      <p className="article-label">{article.label}</p>
      {article.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </blockquote>
  );
}

function Examples({
  rule,
  kind,
  locale,
  practiceHref,
}: {
  rule: CatalogueRule;
  kind: 'invalid' | 'valid';
  locale: Locale;
  practiceHref(id: string): string;
}) {
  const tr = translator(locale);
  const list: CatalogueExample[] = rule[kind];
  return (
    <div className={`examples examples-${kind}`}>
      <h4>{tr(kind === 'invalid' ? 'catalogue.examples.invalid' : 'catalogue.examples.valid')}</h4>
      <ol>
        {list.map((e) => (
          <li key={e.sampleId}>
            <span className="example-text">{e.preview}</span>{' '}
            <a className="try-it" href={practiceHref(e.sampleId)} aria-label={tr('catalogue.tryItLabel', { rule: rule.name[locale] })}>
              {tr('catalogue.tryIt')}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The rule catalogue: every registered rule with its articles in full, description, options and
 * examples; the measures' articles no rule covers; a coverage map; search; printable as a handout.
 */
export function RuleCatalogue({ catalogue, query, locale = 'zh', practiceHref, onQuery, onPrint }: RuleCatalogueProps) {
  const tr = translator(locale);
  const extra = (r: CatalogueRule) => [tr(`category.${r.category}`), tr(`severity.${r.severity}`)];
  const shownRules = catalogue.rules.filter((r) => ruleMatches(r, query, extra(r)));
  const shownArticles = catalogue.uncovered.filter((a) => articleMatches(a, query));
  const coveredCount = catalogue.coverage.size;
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <div className="catalogue" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <header className="page-header">
        <h1>{tr('catalogue.title')}</h1>
        <p className="subtitle">
          {tr('catalogue.subtitle', {
            measures: catalogue.title,
            number: catalogue.documentNumber,
            rules: catalogue.rules.length,
            covered: coveredCount,
            uncovered: catalogue.uncovered.length,
          })}
        </p>
        <div className="toolbar" role="search">
          <label htmlFor="catalogue-search">{tr('catalogue.search')}</label>
          <input
            id="catalogue-search"
            type="search"
            value={query}
            placeholder={tr('catalogue.searchPlaceholder')}
            onChange={(e) => onQuery(e.target.value)}
          />
          <span id="catalogue-count" aria-live="polite">
            {tr('catalogue.count', { rules: shownRules.length, articles: shownArticles.length })}
          </span>
          <button type="button" onClick={onPrint}>
            {tr('catalogue.print')}
          </button>
          <a href={practiceHref('')}>{tr('catalogue.practiceLink')}</a>
        </div>
      </header>

      <section className="coverage" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{tr('catalogue.coverage')}</h2>
        <p className="hint">{tr('catalogue.coverageHint')}</p>
        {catalogue.chapters.map((c) => (
          <div key={c.number} className="chapter">
            <h3>{tr('catalogue.chapter', { label: c.label, title: c.title })}</h3>
            <ul className="chips">
              {c.articles.map((n) => {
                const ids = catalogue.coverage.get(n);
                return (
                  <li key={n} className={ids ? 'covered' : 'uncovered'} data-article={n}>
                    <a
                      href={ids ? `#rule-${ids[0]}` : `#article-${n}`}
                      title={ids ? ids.join(tr('list.separator')) : tr('catalogue.notCovered')}
                    >
                      {tr('basis.article', { article: n, label: articleLabel(n) })}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{tr('catalogue.rules', { count: catalogue.rules.length })}</h2>
        {shownRules.map((r) => (
          <article key={r.id} id={`rule-${r.id}`} className="rule" data-rule={r.id}>
            <h3>
              {r.name[locale]} <span className="other-name">{r.name[other]}</span> <code>{r.id}</code>
            </h3>
            <dl className="facts">
              <dt>{tr('catalogue.category')}</dt>
              <dd>{tr(`category.${r.category}`)}</dd>
              <dt>{tr('catalogue.severity')}</dt>
              <dd className={`severity-${r.severity}`}>{tr(`severity.${r.severity}`)}</dd>
              <dt>{tr('catalogue.basis')}</dt>
              <dd>{r.articles.map((a) => tr('basis.article', { article: a.number, label: a.label })).join(tr('list.separator'))}</dd>
              {r.hasSuggestions && (
                <>
                  <dt>{tr('catalogue.suggestions')}</dt>
                  <dd>{tr('catalogue.suggestionsYes')}</dd>
                </>
              )}
            </dl>
            <p className="description">{r.description[locale]}</p>
            <h4>{tr('catalogue.articles')}</h4>
            {r.articles.map((a) => (
              <ArticleText key={a.number} article={a} />
            ))}
            <h4>{tr('catalogue.options')}</h4>
            {r.options.length ? (
              <table className="options">
                <thead>
                  <tr>
                    <th scope="col">{tr('catalogue.option.name')}</th>
                    <th scope="col">{tr('catalogue.option.type')}</th>
                    <th scope="col">{tr('catalogue.option.default')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.options.map((o) => (
                    <tr key={o.name}>
                      <td>{optionLabel(o.name, locale)}</td>
                      <td>{optionTypeLabel(o.type, locale)}</td>
                      <td className="default">
                        {Array.isArray(o.defaultValue)
                          ? o.defaultValue.length
                            ? o.defaultValue.join(tr('list.separator'))
                            : tr('catalogue.option.empty')
                          : JSON.stringify(o.defaultValue)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="hint">{tr('catalogue.noOptions')}</p>
            )}
            <Examples rule={r} kind="invalid" locale={locale} practiceHref={practiceHref} />
            <Examples rule={r} kind="valid" locale={locale} practiceHref={practiceHref} />
          </article>
        ))}
      </section>

      <section aria-labelledby="uncovered-title" className="uncovered">
        <h2 id="uncovered-title">{tr('catalogue.uncovered', { count: catalogue.uncovered.length })}</h2>
        <p className="hint">{tr('catalogue.uncoveredHint')}</p>
        {shownArticles.map((a) => (
          <div key={a.number} id={`article-${a.number}`} className="uncovered-article">
            <ArticleText article={a} />
          </div>
        ))}
      </section>
    </div>
  );
}
