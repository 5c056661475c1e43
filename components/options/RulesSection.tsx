import { useId, useState } from 'react';
import { z } from 'zod';
import { SEVERITIES, articleLabel, type Rule, type Severity } from '../../lib/engine/rule';
import { optionLabel, type Locale } from '../../lib/i18n';
import { fedOptions, lockOf, type LockReason, type RuleSettingValue, type Settings } from '../../lib/settings';
import { LockNote, type Tr } from './fields';
import { descriptionOf } from '../../lib/rules/descriptions';

export interface RulesSectionProps {
  rules: readonly Rule[];
  /** The user's own rule settings. */
  local: Settings['rules'];
  /** What applies (the policy's values for locked rules). */
  effective: Settings['rules'];
  locks: Record<string, LockReason>;
  locale: Locale;
  tr: Tr;
  onChange(id: string, setting: RuleSettingValue | undefined): void;
}

/** Lower-cased text a search matches: id, names, description, category and articles. */
function haystack(rule: Rule, tr: Tr): string {
  const m = rule.meta;
  return [
    m.id,
    m.name.zh,
    m.name.en,
    descriptionOf(m.id).zh,
    descriptionOf(m.id).en,
    tr(`category.${m.category}`),
    ...m.basis.flatMap((b) => [
      articleLabel(b.article),
      String(b.article),
      tr('basis.article', { article: b.article, label: articleLabel(b.article) }),
    ]),
  ]
    .join('\n')
    .toLowerCase();
}

export function RulesSection({ rules, local, effective, locks, locale, tr, onChange }: RulesSectionProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const q = query.trim().toLowerCase();
  const shown = q ? rules.filter((r) => q.split(/\s+/).every((word) => haystack(r, tr).includes(word))) : rules;
  return (
    <>
      <div className="field search">
        <label htmlFor={searchId}>{tr('options.rules.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={tr('options.rules.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p className="hint" aria-live="polite" id="rule-count">
        {tr('options.rules.count', { shown: shown.length, total: rules.length })}
      </p>
      <ul className="rules">
        {shown.map((rule) => (
          <RuleCard
            key={rule.meta.id}
            rule={rule}
            local={local[rule.meta.id]}
            effective={effective[rule.meta.id]}
            lock={lockOf(locks, `rules.${rule.meta.id}`)}
            locale={locale}
            tr={tr}
            onChange={(s) => onChange(rule.meta.id, s)}
          />
        ))}
      </ul>
    </>
  );
}

interface RuleCardProps {
  rule: Rule;
  local: RuleSettingValue | undefined;
  effective: RuleSettingValue | undefined;
  lock: LockReason | undefined;
  locale: Locale;
  tr: Tr;
  onChange(setting: RuleSettingValue | undefined): void;
}

function RuleCard({ rule, local, effective, lock, locale, tr, onChange }: RuleCardProps) {
  const { meta } = rule;
  const base = `rule-${meta.id}`;
  const shown = lock ? effective : local;
  const enabled = shown?.enabled ?? true;
  const severity = shown?.severity ?? meta.defaultSeverity;
  const update = (patch: Partial<RuleSettingValue>) => {
    const next: RuleSettingValue = { ...local, ...patch };
    // Keep storage minimal: a value equal to the rule's default is not stored.
    if (next.enabled === true) delete next.enabled;
    if (next.severity === meta.defaultSeverity) delete next.severity;
    if (next.options && !Object.keys(next.options).length) delete next.options;
    onChange(Object.keys(next).length ? next : undefined);
  };
  return (
    <li className="rule" data-rule={meta.id}>
      <fieldset disabled={lock !== undefined} aria-describedby={`${base}-desc${lock ? ` ${base}-lock` : ''}`}>
        <legend>
          <span className="rule-name">{meta.name[locale]}</span> <code className="rule-id">{meta.id}</code>
        </legend>
        <p className="rule-meta">
          <span className="rule-category">{tr(`category.${meta.category}`)}</span>
          {tr('list.middot')}
          <span className="rule-basis">
            {tr('options.rules.basis', {
              articles: meta.basis
                .map((b) => tr('basis.article', { article: b.article, label: articleLabel(b.article) }))
                .join(tr('list.separator')),
            })}
          </span>
        </p>
        <p id={`${base}-desc`} className="rule-desc">
          {descriptionOf(meta.id)[locale]}
        </p>
        <div className="rule-controls">
          <label className="inline">
            <input type="checkbox" name={`${base}-enabled`} checked={enabled} onChange={(e) => update({ enabled: e.target.checked })} />
            {tr('options.rules.enabled')}
          </label>
          <label className="inline">
            {tr('options.rules.severity')}
            <select
              name={`${base}-severity`}
              value={severity}
              disabled={!enabled}
              onChange={(e) => update({ severity: e.target.value as Severity })}
            >
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {tr(`severity.${s}`)}
                  {s === meta.defaultSeverity ? tr('options.rules.default') : ''}
                </option>
              ))}
            </select>
          </label>
        </div>
        <RuleOptions rule={rule} values={shown?.options ?? {}} locale={locale} tr={tr} onChange={(options) => update({ options })} />
        <LockNote id={`${base}-lock`} reason={lock} tr={tr} />
      </fieldset>
    </li>
  );
}

// Rules' option schemas are zod/mini (they run in the editor page): matched by zod's core classes,
// which classic and mini schemas share, not by classic's own.
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  while (s instanceof z.core.$ZodDefault || s instanceof z.core.$ZodOptional || s instanceof z.core.$ZodPrefault) s = s._zod.def.innerType;
  return s;
}

/**
 * A small generic editor for a rule's simple options (switches, numbers, words, choices, word
 * lists). Options that settings feed from their own section (sources, terms) are not repeated.
 */
function RuleOptions({
  rule,
  values,
  locale,
  tr,
  onChange,
}: {
  rule: Rule;
  values: Record<string, unknown>;
  locale: Locale;
  tr: Tr;
  onChange(v: Record<string, unknown>): void;
}) {
  const defaults = rule.meta.options.parse({});
  const skip = new Set(fedOptions(rule));
  const entries = Object.entries(rule.meta.options.shape as Record<string, z.core.$ZodType>).filter(([k]) => !skip.has(k));
  if (!entries.length) return null;
  const set = (key: string, value: unknown) => {
    const next = { ...values };
    if (JSON.stringify(value) === JSON.stringify(defaults[key])) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const idBase = `rule-${rule.meta.id}-opt`;
  return (
    <div className="rule-options">
      <p className="hint">{tr('options.rules.options')}</p>
      {entries.map(([key, schema]) => {
        const inner = unwrap(schema);
        const value = key in values ? values[key] : defaults[key];
        const id = `${idBase}-${key}`;
        const label = optionLabel(key, locale);
        if (inner instanceof z.core.$ZodBoolean) {
          return (
            <label key={key} className="inline">
              <input id={id} type="checkbox" checked={value === true} onChange={(e) => set(key, e.target.checked)} />
              <span className="option-label">{label}</span>
            </label>
          );
        }
        if (inner instanceof z.core.$ZodNumber) {
          return (
            <label key={key} className="inline">
              <span className="option-label">{label}</span>
              <input
                id={id}
                type="number"
                value={typeof value === 'number' ? value : ''}
                onChange={(e) => e.target.value !== '' && set(key, Number(e.target.value))}
              />
            </label>
          );
        }
        if (inner instanceof z.core.$ZodEnum) {
          return (
            <label key={key} className="inline">
              <span className="option-label">{label}</span>
              <select id={id} value={String(value)} onChange={(e) => set(key, e.target.value)}>
                {(Object.values(inner._zod.def.entries) as string[]).map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
          );
        }
        if (inner instanceof z.core.$ZodString) {
          return (
            <label key={key} className="inline">
              <span className="option-label">{label}</span>
              <input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => set(key, e.target.value)} />
            </label>
          );
        }
        if (inner instanceof z.core.$ZodArray && unwrap(inner._zod.def.element) instanceof z.core.$ZodString) {
          return (
            <label key={key} className="block">
              <span className="option-label">{label}</span>
              {/* Committed on blur, so a half-typed line is not trimmed away under the cursor. */}
              <textarea
                id={id}
                key={JSON.stringify(value)}
                rows={3}
                defaultValue={Array.isArray(value) ? value.join('\n') : ''}
                onBlur={(e) =>
                  set(
                    key,
                    e.target.value
                      .split(/\r?\n/)
                      .map((l) => l.trim())
                      .filter(Boolean),
                  )
                }
              />
            </label>
          );
        }
        return null;
      })}
    </div>
  );
}
