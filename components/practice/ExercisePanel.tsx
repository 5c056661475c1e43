import { TIERS, type Localized, type Tier } from '../../lib/engine/rule';
import { translator, type Locale } from '../../lib/i18n';
import type { ExerciseResult, Mark } from '../../lib/practice/exercise';

export interface ExercisePanelProps {
  marks: readonly Mark[];
  tierGuess: Tier | null;
  /** The scored attempt once revealed; null while the trainee is still marking. */
  result: ExerciseResult | null;
  /** Whether the editor has a selection that can become a mark. */
  canMark: boolean;
  ruleNames: Readonly<Record<string, Localized>>;
  locale?: Locale;
  onMark(): void;
  onRemoveMark(index: number): void;
  onTier(tier: Tier): void;
  onSubmit(): void;
  onRetry(): void;
}

/**
 * Exercise mode: the trainee marks what they think is wrong and judges the sign-off tier before
 * the guard's findings are shown; then the attempt is scored problem by problem.
 */
export function ExercisePanel(props: ExercisePanelProps) {
  const { marks, tierGuess, result, canMark, ruleNames, locale = 'zh', onMark, onRemoveMark, onTier, onSubmit, onRetry } = props;
  const tr = translator(locale);
  return (
    <section className="exercise" aria-labelledby="exercise-title">
      <h2 id="exercise-title">{tr('practice.exercise.title')}</h2>
      {!result && <p className="hint">{tr('practice.exercise.instructions')}</p>}
      {!result && (
        <button type="button" id="mark-selection" className="primary" disabled={!canMark} onClick={onMark}>
          {tr('practice.exercise.mark')}
        </button>
      )}
      <h3 id="marks-title">{tr('practice.exercise.marks', { count: marks.length })}</h3>
      {marks.length ? (
        <ul className="marks" aria-labelledby="marks-title">
          {marks.map((m, i) => {
            const scored = result?.marks[i];
            return (
              <li
                key={`${m.start}-${m.end}`}
                className={scored ? (scored.hit ? 'mark-hit' : scored.neutral ? 'mark-neutral' : 'mark-miss') : undefined}
              >
                <q>{m.text}</q>
                {scored && (
                  <span className="verdict">
                    {tr(
                      scored.hit
                        ? 'practice.exercise.markHit'
                        : scored.neutral
                          ? 'practice.exercise.markNeutral'
                          : 'practice.exercise.markFalse',
                    )}
                  </span>
                )}
                {!result && (
                  <button
                    type="button"
                    className="remove"
                    aria-label={tr('practice.exercise.removeMark', { text: m.text })}
                    onClick={() => onRemoveMark(i)}
                  >
                    {tr('practice.exercise.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">{tr('practice.exercise.noMarks')}</p>
      )}
      <fieldset disabled={result !== null}>
        <legend>{tr('practice.exercise.tier')}</legend>
        {TIERS.map((tier) => (
          <label key={tier} className="radio">
            <input type="radio" name="tier-guess" value={tier} checked={tierGuess === tier} onChange={() => onTier(tier)} />
            {tr(`tier.${tier}`)}
          </label>
        ))}
      </fieldset>
      {result ? (
        <div id="exercise-result" className="result" role="status" data-score={result.score}>
          <p className="score">{tr('practice.exercise.score', { score: result.score })}</p>
          <p>{tr('practice.exercise.summary', { found: result.found, total: result.problems.length, falseAlarms: result.falseAlarms })}</p>
          <p className={result.tier.correct ? 'ok' : 'wrong'}>
            {tr(result.tier.correct ? 'practice.exercise.tierRight' : 'practice.exercise.tierWrong', {
              guess: result.tier.guess ? tr(`tier.${result.tier.guess}`) : tr('practice.exercise.tierNone'),
              actual: tr(`tier.${result.tier.actual}`),
            })}
          </p>
          {result.problems.length > 0 && (
            <ul className="problems">
              {result.problems.map((p) => (
                <li key={`${p.ruleId}-${p.findings[0].start}`} className={p.found ? 'found' : 'missed'} data-rule={p.ruleId}>
                  <span className="verdict">{tr(p.found ? 'practice.exercise.found' : 'practice.exercise.missed')}</span>{' '}
                  {tr('practice.exercise.problem', {
                    rule: ruleNames[p.ruleId]?.[locale] ?? p.ruleId,
                    text: p.findings.map((f) => f.text).join(tr('list.separator')),
                  })}
                </li>
              ))}
            </ul>
          )}
          <button type="button" id="exercise-retry" onClick={onRetry}>
            {tr('practice.exercise.retry')}
          </button>
        </div>
      ) : (
        <button type="button" id="exercise-submit" className="primary" onClick={onSubmit}>
          {tr('practice.exercise.submit')}
        </button>
      )}
    </section>
  );
}
