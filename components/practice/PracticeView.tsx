import type { ReactNode, Ref } from 'react';
import type { Localized } from '../../lib/engine/rule';
import { translator, type Locale } from '../../lib/i18n';
import type { Sample } from '../../lib/practice/samples';
import { SampleLibrary, sampleLabel } from './SampleLibrary';

export const PRACTICE_MODES = ['edit', 'present', 'exercise'] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];

export interface PracticePublish {
  title: string;
  time: string;
  findings: number;
  /** The written reason when blocking findings were published anyway. */
  reason: string | null;
}

export interface PracticeViewProps {
  locale?: Locale;
  mode: PracticeMode;
  samples: readonly Sample[];
  ruleNames: Readonly<Record<string, Localized>>;
  selected: string | null;
  title: string;
  /** Where the ProseMirror editor mounts; React never renders inside it. */
  editorRef: Ref<HTMLDivElement>;
  /** Exercise mode before the reveal: no publishing, no findings shown. */
  publishHidden: boolean;
  /** Practice publishes of this session (never written to the publication log). */
  published: readonly PracticePublish[];
  rulesHref: string;
  /** The mode's own panel (presentation steps, exercise) beside the editor. */
  side?: ReactNode;
  /** The guard's own badge, panel and gate dialog: the same components as on the platforms. */
  guard?: ReactNode;
  /** Projector view of presentation mode: full screen, no sample list, large type. */
  projector?: boolean;
  onProjector?(on: boolean): void;
  onMode(mode: PracticeMode): void;
  onSelect(id: string): void;
  onTitle(title: string): void;
  onPublish(): void;
}

/**
 * The practice page: a library of sample drafts, an editor with its own publish button
 * guarded exactly as on a platform, and the three modes — free practice, presentation, exercise.
 */
export function PracticeView(props: PracticeViewProps) {
  const { locale = 'zh', mode, samples, ruleNames, selected, title, editorRef, publishHidden, published, rulesHref, side, guard } = props;
  const tr = translator(locale);
  const current = samples.find((s) => s.id === selected);
  return (
    <div className={`practice mode-${mode}${props.projector ? ' projector' : ''}`} lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      {props.projector && (
        <button type="button" id="projector-exit" className="projector-exit" onClick={() => props.onProjector?.(false)}>
          {tr('practice.projector.exit')}
        </button>
      )}
      <header className="page-header">
        <h1>{tr('practice.title')}</h1>
        <div role="group" aria-label={tr('practice.modes')} className="modes">
          {PRACTICE_MODES.map((m) => (
            <button key={m} type="button" id={`mode-${m}`} aria-pressed={mode === m} onClick={() => props.onMode(m)}>
              {tr(`practice.mode.${m}`)}
            </button>
          ))}
        </div>
        {mode === 'present' && props.onProjector && (
          <button type="button" id="projector-toggle" onClick={() => props.onProjector?.(true)}>
            {tr('practice.projector.enter')}
          </button>
        )}
        <a href={rulesHref} className="header-link">
          {tr('practice.rulesLink')}
        </a>
      </header>
      <p className="notice">{tr('practice.notice')}</p>
      <div className="workspace">
        <SampleLibrary samples={samples} ruleNames={ruleNames} selected={selected} locale={locale} onSelect={props.onSelect} />
        <main className="editor-area" aria-labelledby="editor-heading">
          <h2 id="editor-heading">{current ? sampleLabel(current, ruleNames, locale) : tr('practice.editor.blank')}</h2>
          <label className="title-field">
            <span>{tr('practice.editor.titleLabel')}</span>
            <input
              id="practice-title"
              type="text"
              value={title}
              placeholder={tr('practice.editor.titlePlaceholder')}
              onChange={(e) => props.onTitle(e.target.value)}
            />
          </label>
          <div id="practice-editor" className="editor" ref={editorRef} />
          {!publishHidden && (
            <div className="publish-bar">
              <button type="button" id="practice-publish" className="primary" onClick={props.onPublish}>
                {tr('practice.publish')}
              </button>
              <span className="hint">{tr('practice.publishHint')}</span>
            </div>
          )}
          {published.length > 0 && (
            <section className="published" aria-labelledby="published-title">
              <h3 id="published-title">{tr('practice.published.title')}</h3>
              <ol id="practice-published">
                {published.map((p, i) => (
                  <li key={i}>
                    {tr('practice.published.item', {
                      time: p.time,
                      title: p.title || tr('practice.published.untitled'),
                      findings: p.findings,
                    })}
                    {p.reason && <span className="reason">{tr('practice.published.reason', { reason: p.reason })}</span>}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </main>
        {side && <aside className="side">{side}</aside>}
      </div>
      {guard}
    </div>
  );
}
