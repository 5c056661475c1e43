import { useEffect, useId, useState } from 'react';
import type { FieldIssue, LockReason } from '../../lib/settings';
import { termListSchema } from '../../lib/settings';
import type { translator } from '../../lib/i18n';

export type Tr = ReturnType<typeof translator>;

/** The note beside a field the organisation set; its id is referenced by aria-describedby. */
export function LockNote({ id, reason, tr }: { id: string; reason: LockReason | undefined; tr: Tr }) {
  if (!reason) return null;
  return (
    <p id={id} className="lock-note" data-lock={reason}>
      {tr(reason === 'policy' ? 'options.lock.policy' : 'options.lock.locked')}
    </p>
  );
}

/** A checkbox setting the organisation may lock: disabled then, with the lock note beside it. */
export function LockedCheckbox({
  name,
  label,
  checked,
  lock,
  tr,
  onChange,
}: {
  name: string;
  label: string;
  checked: boolean;
  lock: LockReason | undefined;
  tr: Tr;
  onChange(checked: boolean): void;
}) {
  const lockId = `${name}-lock`;
  return (
    <div className="field">
      <label className="inline">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          disabled={lock !== undefined}
          aria-describedby={lock ? lockId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      <LockNote id={lockId} reason={lock} tr={tr} />
    </div>
  );
}

const FIELD_LABELS: [string, Parameters<Tr>[0]][] = [
  ['rules', 'options.rules.title'],
  ['sources.allowed', 'options.sources.allowed'],
  ['sources.blocked', 'options.sources.blocked'],
  ['sources', 'options.sources.title'],
  ['terms.commercial', 'options.terms.commercial'],
  ['terms.sensitive', 'options.terms.sensitive'],
  ['terms', 'options.terms.title'],
  ['overrides', 'options.overrides.title'],
  ['profile.role', 'options.profile.role'],
  ['profile.name', 'options.profile.name'],
  ['profile.unit', 'options.profile.unit'],
  ['profile.hierarchy', 'options.profile.hierarchy'],
  ['profile', 'options.profile.title'],
  ['accounts', 'options.accounts.title'],
  ['log.snapshot', 'options.log.snapshot'],
  ['log.retentionDays', 'options.log.retention'],
  ['log', 'options.log.title'],
  ['ui.locale', 'options.language.label'],
  ['ui', 'options.language.title'],
  ['approval.strict', 'options.approval.strict'],
  ['approval.trustedKeys', 'options.approval.trusted'],
  ['approval.title', 'options.approval.role'],
  ['approval', 'options.approval.title'],
  ['approvalStrict', 'options.approval.strict'],
  ['allowedSources', 'options.sources.allowed'],
  ['blockedSources', 'options.sources.blocked'],
  ['commercialTerms', 'options.terms.commercial'],
  ['sensitiveTerms', 'options.terms.sensitive'],
  ['ruleSeverities', 'options.rules.title'],
  ['allowOverrides', 'options.overrides.allowed'],
  ['overrideCategories', 'options.overrides.title'],
  ['reviewerKeys', 'options.policy.keys'],
  ['unit', 'options.profile.unit'],
  ['hierarchy', 'options.profile.hierarchy'],
  ['logSnapshotMode', 'options.log.snapshot'],
  ['logRetentionDays', 'options.log.retention'],
  ['lockedFields', 'options.policy.lockedFields'],
];

/** A readable name for a settings path, from the longest known prefix. */
export function fieldLabel(path: string, tr: Tr): string | undefined {
  const bare = path.replace(/^settings\./, '');
  const hit = FIELD_LABELS.find(([prefix]) => bare === prefix || bare.startsWith(`${prefix}.`));
  return hit ? tr(hit[1]) : undefined;
}

/** A list of bad fields: each names the field (path and label) and says what is wrong. */
export function IssueList({ issues, tr, id }: { issues: readonly FieldIssue[]; tr: Tr; id?: string }) {
  return (
    <ul className="issues" id={id}>
      {issues.map((issue, i) => {
        const label = fieldLabel(issue.path, tr);
        return (
          <li key={`${issue.path}-${i}`} data-path={issue.path}>
            {issue.path ? <code>{issue.path}</code> : null}
            {label ? tr('options.issue.label', { label }) : null}
            {issue.path ? tr('options.issue.separator') : null}
            {issue.message}
          </li>
        );
      })}
    </ul>
  );
}

const toLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export interface ListEditorProps {
  id: string;
  label: string;
  hint: string;
  /** The local entries (editable). */
  values: readonly string[];
  /** The organisation's entries, shown read-only. */
  managed?: readonly string[];
  lock?: LockReason;
  tr: Tr;
  onChange(values: string[]): void;
}

/** One entry per line; the organisation's entries are listed above and cannot be removed here. */
export function ListEditor({ id, label, hint, values, managed, lock, tr, onChange }: ListEditorProps) {
  const [text, setText] = useState(values.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const lockId = useId();
  useEffect(() => {
    // Follow outside changes (import, another tab) without fighting the user's own typing.
    if (toLines(text).join('\n') !== values.join('\n')) setText(values.join('\n'));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only outside changes to values resync; the user's own typing (text) must not
  }, [values]);
  const commit = (next: string) => {
    setText(next);
    const parsed = termListSchema.safeParse(toLines(next));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '');
    setError(null);
    onChange([...new Set(parsed.data)]);
  };
  return (
    <div className="field list-field" data-field={id}>
      <label htmlFor={id}>{label}</label>
      {managed?.length ? (
        <div className="managed-entries">
          <p>{tr('options.list.managed', { count: managed.length })}</p>
          <ul aria-label={tr('options.list.managedLabel', { label })}>
            {managed.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <textarea
        id={id}
        rows={5}
        value={text}
        disabled={lock !== undefined}
        aria-describedby={`${hintId}${lock ? ` ${lockId}` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => commit(e.target.value)}
      />
      <p id={hintId} className="hint">
        {hint}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <LockNote id={lockId} reason={lock} tr={tr} />
    </div>
  );
}
