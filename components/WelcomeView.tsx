import { useState, type FormEvent } from 'react';
import { articleLabel, type Category, type Localized } from '../lib/engine/rule';
import { translator, type Locale } from '../lib/i18n';
import { ROLES, type Role } from '../lib/settings/schema';

export interface WelcomeCategory {
  category: Category;
  /** Articles the category's rules enforce. */
  articles: number[];
  /** Names of the rules in the category. */
  rules: Localized[];
}

export interface WelcomePlatform {
  id: string;
  name: Localized;
}

/** What the first-run form collects: the unit, the user's role, the filed accounts (Art. 15–17). */
export interface WelcomeSetup {
  unit: string;
  role: Role;
  accounts: { platform: string; name: string }[];
}

export interface WelcomeViewProps {
  locale?: Locale;
  categories: readonly WelcomeCategory[];
  platforms: readonly WelcomePlatform[];
  /** What the settings already hold (a second visit shows it). */
  initial?: WelcomeSetup;
  /** Where an article's full text is shown (the rule catalogue). */
  articleHref(article: number): string;
  practiceHref: string;
  rulesHref: string;
  optionsHref: string;
  onSave(setup: WelcomeSetup): Promise<void> | void;
}

type Stage = 'form' | 'saved' | 'skipped' | { error: string };

/**
 * The first-run page: a one-minute setup (unit, role, filed accounts; skippable) at the top, then
 * what the guard checks with links to each article, that nothing leaves the computer, how to pin it.
 */
export function WelcomeView({
  locale = 'zh',
  categories,
  platforms,
  initial,
  articleHref,
  practiceHref,
  rulesHref,
  optionsHref,
  onSave,
}: WelcomeViewProps) {
  const tr = translator(locale);
  const [unit, setUnit] = useState(initial?.unit ?? '');
  const [role, setRole] = useState<Role>(initial?.role ?? 'editor');
  const [accounts, setAccounts] = useState(initial?.accounts.length ? initial.accounts : [{ platform: platforms[0]?.id ?? '', name: '' }]);
  const [stage, setStage] = useState<Stage>('form');
  const [unitMissing, setUnitMissing] = useState(false);
  const filled = accounts.filter((a) => a.name.trim());
  const patch = (i: number, p: Partial<(typeof accounts)[number]>) => setAccounts(accounts.map((a, j) => (j === i ? { ...a, ...p } : a)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // An account's host unit is the unit: without it the accounts cannot be filed.
    if (filled.length && !unit.trim()) return setUnitMissing(true);
    try {
      await onSave({ unit: unit.trim(), role, accounts: filled.map((a) => ({ platform: a.platform, name: a.name.trim() })) });
      setStage('saved');
    } catch (error) {
      setStage({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  const done = stage === 'saved' || stage === 'skipped';
  return (
    <main className="welcome" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{tr('welcome.title')}</h1>
      <p className="lead">{tr('welcome.lead')}</p>
      <section aria-labelledby="setup-title" className="setup" id="setup">
        <h2 id="setup-title">{tr('welcome.setupTitle')}</h2>
        {done ? (
          <div role="status" id="setup-done" data-stage={stage}>
            <p>{tr(stage === 'saved' ? 'welcome.saved' : 'welcome.skipped')}</p>
            <p className="actions">
              <a id="setup-open-practice" className="button primary" href={practiceHref}>
                {tr('welcome.openPractice')}
              </a>
              <a className="button" href={optionsHref} id="open-options">
                {tr('welcome.openOptions')}
              </a>
            </p>
          </div>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <p className="hint">{tr('welcome.setupHint')}</p>
            <div className="row">
              <label htmlFor="setup-unit">{tr('welcome.unit')}</label>
              <input
                id="setup-unit"
                value={unit}
                maxLength={100}
                placeholder={tr('welcome.unitPlaceholder')}
                aria-invalid={unitMissing}
                aria-describedby={unitMissing ? 'setup-unit-missing' : undefined}
                onChange={(e) => {
                  setUnit(e.target.value);
                  setUnitMissing(false);
                }}
              />
              {unitMissing && (
                <span id="setup-unit-missing" className="error">
                  {tr('welcome.unitMissing')}
                </span>
              )}
            </div>
            <fieldset className="row roles">
              <legend>{tr('welcome.role')}</legend>
              {ROLES.map((r) => (
                <label key={r} className="radio">
                  <input type="radio" name="setup-role" value={r} checked={role === r} onChange={() => setRole(r)} />
                  {tr(`role.${r}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="row accounts">
              <legend>{tr('welcome.accounts')}</legend>
              {accounts.map((a, i) => (
                <div className="account" key={i}>
                  <select
                    aria-label={tr('options.accounts.rowPlatform', { n: i + 1 })}
                    value={a.platform}
                    onChange={(e) => patch(i, { platform: e.target.value })}
                  >
                    {platforms.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name[locale]}
                      </option>
                    ))}
                  </select>
                  <input
                    aria-label={tr('options.accounts.rowName', { n: i + 1 })}
                    value={a.name}
                    maxLength={60}
                    placeholder={tr('welcome.accountPlaceholder')}
                    onChange={(e) => patch(i, { name: e.target.value })}
                  />
                  {accounts.length > 1 && (
                    <button type="button" className="remove" onClick={() => setAccounts(accounts.filter((_, j) => j !== i))}>
                      {tr('options.accounts.remove', { n: i + 1 })}
                    </button>
                  )}
                </div>
              ))}
              <button
                type="button"
                id="setup-add-account"
                onClick={() => setAccounts([...accounts, { platform: platforms[0]?.id ?? '', name: '' }])}
              >
                {tr('options.accounts.add')}
              </button>
            </fieldset>
            {typeof stage === 'object' && (
              <p className="error" role="alert">
                {tr('welcome.saveFailed', { reason: stage.error })}
              </p>
            )}
            <p className="actions">
              <button type="submit" id="setup-save" className="button primary">
                {tr('welcome.save')}
              </button>
              <button type="button" id="setup-skip" className="button" onClick={() => setStage('skipped')}>
                {tr('welcome.skip')}
              </button>
            </p>
          </form>
        )}
      </section>
      <section aria-labelledby="checks-title">
        <h2 id="checks-title">{tr('welcome.checks')}</h2>
        <ul className="checks">
          {categories.map((c) => (
            <li key={c.category} data-category={c.category}>
              <strong>{tr(`category.${c.category}`)}</strong>
              <span className="articles">
                {c.articles.map((n, i) => (
                  <span key={n}>
                    {i > 0 && tr('list.separator')}
                    <a href={articleHref(n)}>{tr('basis.article', { article: n, label: articleLabel(n) })}</a>
                  </span>
                ))}
              </span>
              <span className="rules">{c.rules.map((r) => r[locale]).join(tr('list.separator'))}</span>
            </li>
          ))}
        </ul>
        <p>{tr('welcome.platforms', { platforms: platforms.map((p) => p.name[locale]).join(tr('list.separator')) })}</p>
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
          <a className="button" href={practiceHref} id="open-practice">
            {tr('welcome.openPractice')}
          </a>
          <a className="button" href={rulesHref}>
            {tr('welcome.openRules')}
          </a>
        </p>
      </section>
    </main>
  );
}
