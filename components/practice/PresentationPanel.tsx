import type { Tier } from '../../lib/engine/rule';
import { translator, type Locale } from '../../lib/i18n';
import type { Step } from '../../lib/practice/presentation';

export interface PresentationPanelProps {
  steps: readonly Step[];
  index: number;
  revealed: boolean;
  requiredApproval: Tier;
  /** Whether the sample has a corrected version to load. */
  hasFixedVersion: boolean;
  locale?: Locale;
  onStep(index: number): void;
  onReveal(): void;
  /** Applies one of the step's suggestions in the editor. */
  onApply(step: Step, suggestionIndex: number): void;
  onLoadFixed(): void;
}

/**
 * Presentation mode: one finding at a time in large type — what is wrong and why, the articles it
 * enforces quoted in full, and the fix revealed on demand. Arrow keys and PageUp/PageDown (a
 * presenter's clicker) step; the page wires them.
 */
export function PresentationPanel(props: PresentationPanelProps) {
  const { steps, index, revealed, requiredApproval, hasFixedVersion, locale = 'zh', onStep, onReveal, onApply, onLoadFixed } = props;
  const tr = translator(locale);
  const step = steps[index];
  return (
    <section className="presentation" aria-labelledby="presentation-title" aria-live="polite">
      <h2 id="presentation-title">{tr('practice.present.title')}</h2>
      <p className="tier-line">{tr('cli.text.required', { tier: tr(`tier.${requiredApproval}`) })}</p>
      {step ? (
        <>
          <div className="step-nav">
            <button type="button" id="step-prev" disabled={index === 0} onClick={() => onStep(index - 1)}>
              {tr('practice.present.prev')}
            </button>
            <span id="step-counter" className="step-counter">
              {tr('practice.present.counter', { n: index + 1, total: steps.length })}
            </span>
            <button type="button" id="step-next" disabled={index >= steps.length - 1} onClick={() => onStep(index + 1)}>
              {tr('practice.present.next')}
            </button>
          </div>
          <article className={`step step-${step.finding.severity}`} data-rule={step.finding.ruleId}>
            <p className="step-meta">
              <span className="severity">{tr(`severity.${step.finding.severity}`)}</span>
              {tr('practice.present.meta', { category: tr(`category.${step.finding.category}`), rule: step.ruleName[locale] })}
            </p>
            <p className="step-quote">
              {step.findings.map((f) => tr('practice.present.quoted', { text: f.text })).join(tr('list.separator'))}
            </p>
            <p className="step-message">{step.finding.message}</p>
            <div className="step-basis">
              <h3>{tr('practice.present.basis')}</h3>
              {step.articles.map((a) => (
                <blockquote key={a.number} className="article-text" data-article={a.number}>
                  <p className="article-label">{a.label}</p>
                  {a.paragraphs.map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </blockquote>
              ))}
            </div>
            {revealed ? (
              <div className="fix" id="step-fix">
                <h3>{tr('practice.present.fix')}</h3>
                {step.fixes.map((fix) => (
                  <p key={fix.suggestionIndex} className="fix-suggestion">
                    {tr('practice.present.fixChange', { message: fix.message, before: fix.before, after: fix.after })}{' '}
                    <button type="button" className="apply" onClick={() => onApply(step, fix.suggestionIndex)}>
                      {tr('practice.present.apply')}
                    </button>
                  </p>
                ))}
                <p className="fix-hint">{tr(`practice.fix.${step.finding.category}`)}</p>
                {hasFixedVersion && (
                  <button type="button" id="load-fixed" onClick={onLoadFixed}>
                    {tr('practice.present.loadFixed')}
                  </button>
                )}
              </div>
            ) : (
              <button type="button" id="reveal-fix" className="primary" onClick={onReveal}>
                {tr('practice.present.reveal')}
              </button>
            )}
          </article>
          <p className="keys-hint">{tr('practice.present.keys')}</p>
        </>
      ) : (
        <p id="step-counter" className="step-none">
          {tr('practice.present.none')}
        </p>
      )}
    </section>
  );
}
