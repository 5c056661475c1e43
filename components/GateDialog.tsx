import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { articleLabel, type Finding } from '../lib/engine/rule';
import type { Locale } from '../lib/i18n/catalog';
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
}

/**
 * The dialog shown when a publish attempt meets blocking findings: role=dialog, focus trapped,
 * Esc goes back to editing. Lists each finding with its article; where allowed, publishing anyway
 * needs a written reason of at least ten characters.
 */
export function GateDialog({ findings, canOverride, error, locale = 'zh', onCancel, onOverride }: GateDialogProps) {
  const tr = translator(locale);
  const [reason, setReason] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('button, textarea')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), textarea')];
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const i = focusable.indexOf(root.activeElement as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : i === focusable.length - 1 ? 0 : i + 1;
    e.preventDefault();
    focusable[next]?.focus();
  };
  const enough = reason.trim().length >= MIN_REASON_LENGTH;
  return (
    <div className="gpg-backdrop">
      <div ref={dialog} className="gpg-dialog" role="dialog" aria-modal="true" aria-labelledby="gpg-gate-title" aria-describedby="gpg-gate-desc" onKeyDown={onKeyDown} lang={locale === 'zh' ? 'zh-CN' : 'en'}>
        <h2 id="gpg-gate-title">{tr('gate.title')}</h2>
        <p id="gpg-gate-desc">{tr('gate.description', { count: findings.length })}</p>
        <ul className="gpg-gate-list">
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.start}-${i}`}>
              {f.text ? <strong>{f.text}</strong> : null} {f.message}{' '}
              <span className="gpg-basis">{f.basis.map((b) => tr('basis.article', { article: b.article, label: articleLabel(b.article) })).join(tr('list.separator'))}</span>
            </li>
          ))}
        </ul>
        {error && (
          <p className="gpg-error" role="alert">
            {error}
          </p>
        )}
        {canOverride ? (
          <label className="gpg-reason">
            {tr('gate.reasonLabel', { min: MIN_REASON_LENGTH })}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={LIMITS.reason} />
          </label>
        ) : (
          <p>{tr('gate.noOverride')}</p>
        )}
        <div className="gpg-dialog-actions">
          <button type="button" className="gpg-back" onClick={onCancel}>
            {tr('gate.back')}
          </button>
          {canOverride && (
            <button type="button" className="gpg-override" disabled={!enough} onClick={() => onOverride(reason.trim())}>
              {tr('gate.override')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
