import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { articleLabel, type Finding } from '../lib/engine/rule';
import type { Locale } from '../lib/i18n/messages';
import { pageTranslator as translator } from '../lib/i18n/page';
import { LIMITS } from '../lib/log/limits';

export const MIN_REASON_LENGTH = 10;

export interface GateDialogProps {
  /** The blocking findings. */
  findings: readonly Finding[];
  /** Whether settings allow publishing anyway with a written reason. */
  canOverride: boolean;
  /** An error to show (the record could not be written, say). */
  error?: string;
  locale?: Locale;
  onCancel(): void;
  onOverride(reason: string): void;
  /** Mask every finding and go back to editing; offered only when every finding can be masked. */
  onMaskAndBack?(): void;
  /** Extra sections shown after the findings (a sign-off declaration, say). */
  children?: ReactNode;
}

/** Every blocking finding has a masking suggestion: one click can clear them all. */
export function allMaskable(findings: readonly Finding[]): boolean {
  return findings.length > 0 && findings.every((f) => f.category === 'personal-data' && (f.suggestions?.length ?? 0) > 0);
}

/**
 * The dialog shown when a publish attempt meets blocking findings: role=dialog, focus trapped and
 * starting on 返回修改 (the safe choice), Esc goes back to editing. Lists each finding once with its
 * article; where every finding can be masked, offers to mask them and go back; where allowed,
 * publishing anyway needs a written reason of at least ten characters and a real click.
 */
export function GateDialog({
  findings,
  canOverride,
  error,
  locale = 'zh',
  onCancel,
  onOverride,
  onMaskAndBack,
  children,
}: GateDialogProps) {
  const tr = translator(locale);
  const [reason, setReason] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  // Before paint, so a key pressed as the dialog appears already lands in it.
  useLayoutEffect(() => {
    back.current?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, input, select')];
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const i = focusable.indexOf(root.activeElement as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : i === focusable.length - 1 ? 0 : i + 1;
    e.preventDefault();
    focusable[next]?.focus();
  };
  // Only a person's click publishes anyway: a click a page script synthesises is not one.
  const override = (e: MouseEvent) => {
    if (e.nativeEvent.isTrusted) onOverride(reason.trim());
  };
  const enough = reason.trim().length >= MIN_REASON_LENGTH;
  // Articles the message does not already name.
  const articles = (f: Finding) =>
    f.basis
      .map((b) => tr('basis.article', { article: b.article, label: articleLabel(b.article) }))
      .filter((a) => !f.message.includes(a))
      .join(tr('list.separator'));
  return (
    <div className="gpg-backdrop">
      <div
        ref={dialog}
        className="gpg-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="gpg-gate-title"
        aria-describedby="gpg-gate-desc"
        onKeyDown={onKeyDown}
        lang={locale === 'zh' ? 'zh-CN' : 'en'}
      >
        {/* A record that could not be written is what holds the publication: no findings to list then. */}
        <h2 id="gpg-gate-title">{error && !findings.length ? tr('gate.recordFailedTitle') : tr('gate.title')}</h2>
        {findings.length > 0 && <p id="gpg-gate-desc">{tr('gate.description', { count: findings.length })}</p>}
        <ul className="gpg-gate-list">
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.start}-${i}`}>
              {/* The message usually quotes the value and its article already: each is read once. */}
              {f.text && !f.message.includes(f.text) ? <strong>{f.text} </strong> : null}
              {f.message}
              {articles(f) ? <span className="gpg-basis"> {articles(f)}</span> : null}
            </li>
          ))}
        </ul>
        {children}
        {error && (
          <p className="gpg-error" role="alert" id={findings.length ? undefined : 'gpg-gate-desc'}>
            {error}
          </p>
        )}
        {canOverride ? (
          <label className="gpg-reason">
            {tr('gate.reasonLabel', { min: MIN_REASON_LENGTH })}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={LIMITS.reason} />
          </label>
        ) : (
          !error && <p>{tr('gate.noOverride')}</p>
        )}
        <div className="gpg-dialog-actions">
          <button ref={back} type="button" className="gpg-back" onClick={onCancel}>
            {tr('gate.back')}
          </button>
          {onMaskAndBack && allMaskable(findings) && (
            <button type="button" className="gpg-mask-back" onClick={onMaskAndBack}>
              {tr('gate.maskAndBack')}
            </button>
          )}
          {canOverride && (
            <button type="button" className="gpg-override" disabled={!enough} onClick={override}>
              {tr('gate.override')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
