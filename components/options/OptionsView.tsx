import { useId, type ReactNode } from 'react';
import { CATEGORIES, type Category, type Rule } from '../../lib/engine/rule';
import { translator } from '../../lib/i18n';
import {
  OVERRIDE_MODES,
  ROLES,
  LOCAL_SNAPSHOT_MODES,
  SNAPSHOT_MODES,
  UI_LOCALES,
  HIERARCHY_LEVELS,
  HIERARCHY_MAX,
  getList,
  lockOf,
  withHierarchyLevel,
  type EffectiveSettings,
  type ImportResult,
  type ListField,
  type OverrideMode,
  type Role,
  type Settings,
  type UiLocale,
} from '../../lib/settings';
import { AccountsSection, type PlatformChoice } from './AccountsSection';
import { ApprovalKeysSection, type ApprovalKeyHandlers } from './ApprovalKeysSection';
import { HolidaysSection, type HolidaysSectionProps } from './HolidaysSection';
import { IssueList, ListEditor, LockedCheckbox, LockNote, type Tr } from './fields';
import { RulesSection } from './RulesSection';

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

export interface OptionsViewProps {
  effective: EffectiveSettings;
  rules: readonly Rule[];
  platforms: readonly PlatformChoice[];
  saveState: SaveState;
  /** The result of the last import, shown until the next one. */
  importResult?: ImportResult | null;
  extensionId?: string;
  /** The user's local settings changed (only unlocked fields are editable). */
  onChange(next: Settings): void;
  /** Write the repaired settings back to storage. */
  onSaveRepaired(): void;
  onExport(): void;
  onImportFile(file: File): void;
  /** Signing key and trusted reviewer keys; the section is left out without them. */
  approvalKeys?: ApprovalKeyHandlers;
  /** Holiday schedules: the years available, the result of the last import, and the actions. */
  holidays?: Pick<HolidaysSectionProps, 'years' | 'currentYear' | 'result' | 'onImportFile' | 'onRemove'>;
}

const SECTIONS = [
  'rules',
  'sources',
  'terms',
  'overrides',
  'profile',
  'approval',
  'accounts',
  'log',
  'holidays',
  'language',
  'transfer',
  'policy',
] as const;
type SectionId = (typeof SECTIONS)[number];

function Section({ id, tr, children, intro }: { id: SectionId; tr: Tr; children: ReactNode; intro?: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="section">
      <h2 id={`${id}-title`}>{tr(`options.${id}.title`)}</h2>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </section>
  );
}

export function OptionsView(props: OptionsViewProps) {
  const { effective, rules, platforms, saveState, importResult, onChange } = props;
  const locale = effective.settings.ui.locale;
  const tr = translator(locale);
  const local = effective.local;
  const lock = (path: string) => lockOf(effective.locks, path);
  const set = (next: Partial<Settings>) => onChange({ ...local, ...next });

  const listEditor = (field: ListField, label: string, hint: string) => {
    const l = lock(field);
    return (
      <ListEditor
        id={`list-${field.replace('.', '-')}`}
        label={label}
        hint={hint}
        values={l ? [] : getList(local, field)}
        managed={effective.managedLists[field]}
        lock={l}
        tr={tr}
        onChange={(values) => {
          const [group, key] = field.split('.') as ['sources' | 'terms', string];
          set({ [group]: { ...local[group], [key]: values } });
        }}
      />
    );
  };

  return (
    <div className="options" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <header className="page-header">
        <h1>{tr('options.title')}</h1>
        <p className="save-state" role="status" aria-live="polite" data-state={typeof saveState === 'string' ? saveState : 'error'}>
          {saveState === 'saving'
            ? tr('options.save.saving')
            : saveState === 'saved'
              ? tr('options.save.saved')
              : typeof saveState === 'object'
                ? tr('options.save.error', { reason: saveState.error })
                : tr('options.save.auto')}
        </p>
      </header>
      <nav aria-label={tr('options.nav')} className="toc">
        <ul>
          {SECTIONS.filter((s) => (s !== 'approval' || props.approvalKeys) && (s !== 'holidays' || props.holidays)).map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{tr(`options.${s}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        {effective.repaired.length ? (
          <div className="notice notice-repair" role="alert" id="repair-notice">
            <p>{tr('options.repair.notice', { count: effective.repaired.length })}</p>
            <IssueList issues={effective.repaired} tr={tr} />
            <button type="button" onClick={props.onSaveRepaired}>
              {tr('options.repair.save')}
            </button>
          </div>
        ) : null}
        {effective.policyIssues.length ? (
          <div className="notice notice-policy" role="alert" id="policy-issues">
            <p>{tr('options.policy.issues', { count: effective.policyIssues.length })}</p>
            <IssueList issues={effective.policyIssues} tr={tr} />
          </div>
        ) : null}

        <Section id="rules" tr={tr} intro={tr('options.rules.intro')}>
          <RulesSection
            rules={rules}
            local={local.rules}
            effective={effective.settings.rules}
            locks={effective.locks}
            locale={locale}
            tr={tr}
            onChange={(id, setting) => {
              const next = { ...local.rules };
              if (setting) next[id] = setting;
              else delete next[id];
              set({ rules: next });
            }}
          />
        </Section>

        <Section id="sources" tr={tr} intro={tr('options.sources.intro')}>
          {listEditor('sources.allowed', tr('options.sources.allowed'), tr('options.sources.allowedHint'))}
          {listEditor('sources.blocked', tr('options.sources.blocked'), tr('options.sources.blockedHint'))}
        </Section>

        <Section id="terms" tr={tr} intro={tr('options.terms.intro')}>
          {listEditor('terms.commercial', tr('options.terms.commercial'), tr('options.terms.commercialHint'))}
          {listEditor('terms.sensitive', tr('options.terms.sensitive'), tr('options.terms.sensitiveHint'))}
        </Section>

        <Section id="overrides" tr={tr} intro={tr('options.overrides.intro')}>
          <OverridesFields effective={effective} local={local} tr={tr} onChange={(overrides) => set({ overrides })} />
        </Section>

        <Section id="profile" tr={tr}>
          <ProfileFields effective={effective} local={local} tr={tr} onChange={(profile) => set({ profile })} />
        </Section>

        {props.approvalKeys ? (
          <Section id="approval" tr={tr} intro={tr('options.approval.intro')}>
            <ApprovalKeysSection
              effective={effective}
              local={local}
              tr={tr}
              handlers={props.approvalKeys}
              onChange={(approval) => set({ approval })}
            />
          </Section>
        ) : null}

        <Section id="accounts" tr={tr} intro={tr('options.accounts.intro')}>
          <AccountsSection
            accounts={lock('accounts') ? effective.settings.accounts : local.accounts}
            platforms={platforms}
            lock={lock('accounts')}
            locale={locale}
            tr={tr}
            onChange={(accounts) => set({ accounts })}
          />
        </Section>

        <Section id="log" tr={tr} intro={tr('options.log.intro')}>
          <LogFields effective={effective} local={local} tr={tr} onChange={(log) => set({ log })} />
        </Section>

        {props.holidays ? (
          <Section id="holidays" tr={tr} intro={tr('options.holidays.intro')}>
            <HolidaysSection tr={tr} {...props.holidays} />
          </Section>
        ) : null}

        <Section id="language" tr={tr}>
          <LanguageField effective={effective} local={local} tr={tr} onChange={(ui) => set({ ui })} />
        </Section>

        <Section id="transfer" tr={tr} intro={tr('options.transfer.intro')}>
          <TransferFields tr={tr} result={importResult} onExport={props.onExport} onImportFile={props.onImportFile} />
        </Section>

        <Section id="policy" tr={tr}>
          <PolicyInfo effective={effective} tr={tr} extensionId={props.extensionId} locale={locale} />
        </Section>
      </main>
      <footer className="page-footer">{tr('popup.privacy')}</footer>
    </div>
  );
}

interface FieldsProps<K extends keyof Settings> {
  effective: EffectiveSettings;
  local: Settings;
  tr: Tr;
  onChange(value: Settings[K]): void;
}

function OverridesFields({ effective, local, tr, onChange }: FieldsProps<'overrides'>) {
  const allowedLock = lockOf(effective.locks, 'overrides.allowed');
  const allowed = allowedLock ? effective.settings.overrides.allowed : local.overrides.allowed;
  const setCategory = (category: Category, mode: OverrideMode) =>
    onChange({ ...local.overrides, categories: { ...local.overrides.categories, [category]: mode } });
  return (
    <>
      <LockedCheckbox
        name="overrides-allowed"
        label={tr('options.overrides.allowed')}
        checked={allowed}
        lock={allowedLock}
        tr={tr}
        onChange={(checked) => onChange({ ...local.overrides, allowed: checked })}
      />
      <table className="overrides-table">
        <thead>
          <tr>
            <th scope="col">{tr('options.overrides.category')}</th>
            <th scope="col">{tr('options.overrides.mode')}</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((category) => {
            const l = lockOf(effective.locks, `overrides.categories.${category}`);
            const mode = l ? effective.settings.overrides.categories[category] : local.overrides.categories[category];
            const noteId = `override-${category}-lock`;
            return (
              <tr key={category}>
                <th scope="row">{tr(`category.${category}`)}</th>
                <td>
                  <select
                    name={`override-${category}`}
                    aria-label={tr('options.overrides.modeFor', { category: tr(`category.${category}`) })}
                    value={allowed ? mode : 'block'}
                    disabled={l !== undefined || !allowed}
                    aria-describedby={l ? noteId : undefined}
                    onChange={(e) => setCategory(category, e.target.value as OverrideMode)}
                  >
                    {OVERRIDE_MODES.map((m) => (
                      <option key={m} value={m}>
                        {tr(`options.overrides.${m}`)}
                      </option>
                    ))}
                  </select>
                  <LockNote id={noteId} reason={l} tr={tr} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function ProfileFields({ effective, local, tr, onChange }: FieldsProps<'profile'>) {
  const roleId = useId();
  const nameId = useId();
  const unitId = useId();
  const unitLock = lockOf(effective.locks, 'profile.unit');
  return (
    <>
      <div className="field">
        <label htmlFor={roleId}>{tr('options.profile.role')}</label>
        <select id={roleId} value={local.profile.role} onChange={(e) => onChange({ ...local.profile, role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(`role.${r}`)}
            </option>
          ))}
        </select>
        <p className="hint">{tr('options.profile.roleHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={nameId}>{tr('options.profile.name')}</label>
        <input
          id={nameId}
          type="text"
          maxLength={50}
          value={local.profile.name}
          onChange={(e) => onChange({ ...local.profile, name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={unitId}>{tr('options.profile.unit')}</label>
        <input
          id={unitId}
          type="text"
          maxLength={100}
          value={unitLock ? effective.settings.profile.unit : local.profile.unit}
          disabled={unitLock !== undefined}
          aria-describedby={unitLock ? 'profile-unit-lock' : undefined}
          onChange={(e) => onChange({ ...local.profile, unit: e.target.value })}
        />
        <LockNote id="profile-unit-lock" reason={unitLock} tr={tr} />
      </div>
      <HierarchyFields effective={effective} local={local} tr={tr} onChange={onChange} />
    </>
  );
}

/**
 * Where the unit sits (Art. 5: province, prefecture, county; and its department), carried in every log export.
 * Read-only when the office's policy files it (the supervising unit groups accounts by it).
 */
function HierarchyFields({ effective, local, tr, onChange }: FieldsProps<'profile'>) {
  const idPrefix = useId();
  const lock = lockOf(effective.locks, 'profile.hierarchy');
  const shown = lock ? effective.settings.profile.hierarchy : local.profile.hierarchy;
  return (
    <fieldset
      className="field hierarchy"
      disabled={lock !== undefined}
      aria-describedby={lock ? `${idPrefix}-hint profile-hierarchy-lock` : `${idPrefix}-hint`}
    >
      <legend>{tr('options.profile.hierarchy')}</legend>
      <p className="hint" id={`${idPrefix}-hint`}>
        {tr('options.profile.hierarchyHint')}
      </p>
      {HIERARCHY_LEVELS.map((level) => (
        <div className="hierarchy-level" key={level}>
          <label htmlFor={`${idPrefix}-${level}`}>{tr(`options.profile.level.${level}`)}</label>
          <input
            id={`${idPrefix}-${level}`}
            name={`hierarchy-${level}`}
            type="text"
            maxLength={HIERARCHY_MAX[level]}
            placeholder={lock ? undefined : tr(`options.profile.levelExample.${level}`)}
            value={shown?.[level] ?? ''}
            onChange={(e) => onChange({ ...local.profile, hierarchy: withHierarchyLevel(local.profile.hierarchy, level, e.target.value) })}
          />
        </div>
      ))}
      <LockNote id="profile-hierarchy-lock" reason={lock} tr={tr} />
    </fieldset>
  );
}

function LogFields({ effective, local, tr, onChange }: FieldsProps<'log'>) {
  const retentionId = useId();
  const snapshotLock = lockOf(effective.locks, 'log.snapshot');
  const retentionLock = lockOf(effective.locks, 'log.retentionDays');
  const snapshot = snapshotLock ? effective.settings.log.snapshot : local.log.snapshot;
  const retention = retentionLock ? effective.settings.log.retentionDays : local.log.retentionDays;
  return (
    <>
      <fieldset className="field" disabled={snapshotLock !== undefined} aria-describedby={snapshotLock ? 'log-snapshot-lock' : undefined}>
        <legend>{tr('options.log.snapshot')}</legend>
        {(snapshot === 'unmasked' ? SNAPSHOT_MODES : LOCAL_SNAPSHOT_MODES).map((mode) => (
          <label key={mode} className="radio">
            <input
              type="radio"
              name="log-snapshot"
              value={mode}
              checked={snapshot === mode}
              onChange={() => onChange({ ...local.log, snapshot: mode })}
            />
            <span>{tr(`options.log.snapshot.${mode}`)}</span>
          </label>
        ))}
        <LockNote id="log-snapshot-lock" reason={snapshotLock} tr={tr} />
      </fieldset>
      <div className="field">
        <label htmlFor={retentionId}>{tr('options.log.retention')}</label>
        <input
          id={retentionId}
          type="number"
          min={30}
          max={3650}
          step={1}
          key={retention}
          defaultValue={retention}
          disabled={retentionLock !== undefined}
          aria-describedby={`log-retention-hint${retentionLock ? ' log-retention-lock' : ''}`}
          onBlur={(e) => {
            const days = Math.round(Number(e.target.value));
            if (Number.isFinite(days) && days >= 30 && days <= 3650) onChange({ ...local.log, retentionDays: days });
            else e.target.value = String(retention);
          }}
        />
        <p id="log-retention-hint" className="hint">
          {tr('options.log.retentionHint')}
        </p>
        <LockNote id="log-retention-lock" reason={retentionLock} tr={tr} />
      </div>
    </>
  );
}

function LanguageField({ effective, local, tr, onChange }: FieldsProps<'ui'>) {
  const id = useId();
  const l = lockOf(effective.locks, 'ui.locale');
  return (
    <div className="field">
      <label htmlFor={id}>{tr('options.language.label')}</label>
      <select
        id={id}
        value={effective.settings.ui.locale}
        disabled={l !== undefined}
        aria-describedby={l ? 'ui-locale-lock' : undefined}
        onChange={(e) => onChange({ ...local.ui, locale: e.target.value as UiLocale })}
      >
        {UI_LOCALES.map((code) => (
          <option key={code} value={code}>
            {tr(`options.language.${code}`)}
          </option>
        ))}
      </select>
      <LockNote id="ui-locale-lock" reason={l} tr={tr} />
    </div>
  );
}

function TransferFields({
  tr,
  result,
  onExport,
  onImportFile,
}: {
  tr: Tr;
  result?: ImportResult | null;
  onExport(): void;
  onImportFile(file: File): void;
}) {
  const fileId = useId();
  return (
    <>
      <div className="field">
        <button type="button" id="export-settings" onClick={onExport}>
          {tr('options.transfer.export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={fileId}>{tr('options.transfer.import')}</label>
        <input
          id={fileId}
          name="import-settings"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onImportFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {result ? (
        <div id="import-result" className={result.ok ? 'notice notice-ok' : 'notice notice-error'} role="alert" data-ok={String(result.ok)}>
          {result.ok ? (
            <p>{tr('options.transfer.imported')}</p>
          ) : (
            <>
              <p>{tr('options.transfer.failed', { count: result.errors.length })}</p>
              <IssueList issues={result.errors} tr={tr} />
            </>
          )}
        </div>
      ) : null}
    </>
  );
}

function PolicyInfo({
  effective,
  tr,
  extensionId,
  locale,
}: {
  effective: EffectiveSettings;
  tr: Tr;
  extensionId?: string;
  locale: UiLocale;
}) {
  const lockCount = Object.keys(effective.locks).length;
  return (
    <div id="policy-info" data-present={String(effective.policyPresent)}>
      <p>{effective.policyPresent ? tr('options.policy.present', { count: lockCount }) : tr('options.policy.absent')}</p>
      {extensionId ? (
        <p>
          {tr('options.policy.extensionId')}
          <code id="extension-id">{extensionId}</code>
        </p>
      ) : null}
      <h3>{tr('options.policy.keys')}</h3>
      {effective.reviewerKeys.length ? (
        <ul className="reviewer-keys">
          {effective.reviewerKeys.map((k, i) => (
            <li key={`${k.name}-${i}`}>
              {k.unit ? tr('options.policy.keyWithUnit', { name: k.name, unit: k.unit }) : k.name}
              {typeof k.publicKey.kid === 'string' ? <code>{k.publicKey.kid}</code> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{tr('options.policy.noKeys')}</p>
      )}
      <p className="hint" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
        {tr('options.policy.howto')}
      </p>
    </div>
  );
}
