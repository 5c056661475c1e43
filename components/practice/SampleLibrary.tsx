import { CATEGORIES, type Localized } from '../../lib/engine/rule';
import { translator, type Locale } from '../../lib/i18n';
import type { Sample } from '../../lib/practice/samples';

export interface SampleLibraryProps {
  samples: readonly Sample[];
  /** Rule id → its name (from the registry). */
  ruleNames: Readonly<Record<string, Localized>>;
  selected: string | null;
  locale?: Locale;
  onSelect(id: string): void;
}

/** A sample's label in the library and in headings: the composite's name or “rule · invalid 1”. */
export function sampleLabel(sample: Sample, ruleNames: Readonly<Record<string, Localized>>, locale: Locale): string {
  const tr = translator(locale);
  if (sample.name) return sample.name[locale];
  const rule = ruleNames[sample.ruleId ?? '']?.[locale] ?? sample.ruleId ?? '';
  return tr(sample.expect === 'valid' ? 'practice.sample.valid' : 'practice.sample.invalid', { rule, n: (sample.index ?? 0) + 1 });
}

/**
 * The library of sample drafts: composites first, then every rule's examples grouped by category
 * and rule (invalid cases marked ✗, valid ones ✓). The selected sample is aria-current.
 */
export function SampleLibrary({ samples, ruleNames, selected, locale = 'zh', onSelect }: SampleLibraryProps) {
  const tr = translator(locale);
  const composites = samples.filter((s) => s.kind === 'composite');
  const examples = samples.filter((s) => s.kind === 'example');
  const ruleIds = [...new Set(examples.map((s) => s.ruleId ?? ''))];
  const item = (s: Sample, text: string) => (
    <li key={s.id}>
      <button
        type="button"
        className={`sample sample-${s.expect ?? 'composite'}`}
        data-sample={s.id}
        aria-current={s.id === selected ? 'true' : undefined}
        onClick={() => onSelect(s.id)}
      >
        {text}
      </button>
    </li>
  );
  return (
    <nav className="library" aria-labelledby="library-title">
      <h2 id="library-title">{tr('practice.library.title')}</h2>
      <h3>{tr('practice.library.composites')}</h3>
      <ul>{composites.map((s) => item(s, sampleLabel(s, ruleNames, locale)))}</ul>
      <h3>{tr('practice.library.examples')}</h3>
      {CATEGORIES.map((category) => {
        const ids = ruleIds.filter((id) => examples.some((s) => s.ruleId === id && s.categories.includes(category)));
        if (!ids.length) return null;
        return (
          <div key={category} className="library-category">
            <h4>{tr(`category.${category}`)}</h4>
            {ids.map((id) => {
              const own = examples.filter((s) => s.ruleId === id);
              return (
                <details key={id} open={own.some((s) => s.id === selected)}>
                  <summary>{ruleNames[id]?.[locale] ?? id}</summary>
                  <ul>
                    {own.map((s) =>
                      item(
                        s,
                        tr(s.expect === 'valid' ? 'practice.sample.validShort' : 'practice.sample.invalidShort', { n: (s.index ?? 0) + 1 }),
                      ),
                    )}
                  </ul>
                </details>
              );
            })}
          </div>
        );
      })}
    </nav>
  );
}
