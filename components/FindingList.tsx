import { useEffect, useMemo, useState } from 'react';
import { CATEGORIES, articleLabel, type Finding } from '../lib/engine/rule';
import type { Locale } from '../lib/i18n/messages';
import { pageTranslator as translator } from '../lib/i18n/page';
import { groupFindings } from '../lib/page/finding-groups';
import { ImageRegion } from './ImageRegion';

/** Groups listed at first in each category, and added by each 再显示: a long list renders in steps (opening a panel of 1,222 map findings listed 50 took 50–240 ms, 20 about 50). */
export const LIST_STEP = 20;

/**
 * Entries mounted in the task that opens the panel; the rest of each category's LIST_STEP follow in
 * the next task, after the first frame. On a page with the editor's highlights every frame pays a
 * page-wide pre-paint (18-24 ms with 1,239 findings), so the opening frame must carry little else.
 */
export const FIRST_ENTRIES = 8;

export interface FindingListProps {
  findings: readonly Finding[];
  /** Mount FIRST_ENTRIES entries first and the rest a task later (default); false mounts all at once. */
  staged?: boolean;
  locale?: Locale;
  onReveal?(finding: Finding): void;
  onApply?(finding: Finding, suggestionIndex: number): void;
}

/**
 * The panel's findings by category, each with its article; click to reveal it, apply a suggestion.
 * Every finding is reachable however many there are: alike ones are one entry whose 下一处 steps
 * through their places, and each category lists LIST_STEP entries more at a time.
 */
export function FindingList({ findings, locale = 'zh', onReveal, onApply, staged = true }: FindingListProps) {
  const tr = translator(locale);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  // Until the first frame is out, only FIRST_ENTRIES entries in all; effects run after paint.
  const [all, setAll] = useState(!staged);
  useEffect(() => {
    if (all) return;
    const t = setTimeout(() => setAll(true));
    return () => clearTimeout(t);
  }, [all]);
  let budget = all ? Infinity : FIRST_ENTRIES;
  const [shown, setShown] = useState<Record<string, number>>({});
  // The place of each entry last revealed (its first until 下一处 is clicked).
  const [at, setAt] = useState<Record<string, number>>({});
  const articles = (f: Finding) =>
    f.basis.map((b) => tr('basis.article', { article: b.article, label: articleLabel(b.article) })).join(tr('list.separator'));
  return CATEGORIES.map((category) => {
    const mine = groups.filter((g) => g[0].category === category);
    if (!mine.length) return null;
    const limit = shown[category] ?? LIST_STEP;
    const mounted = Math.min(limit, mine.length, budget);
    budget = Math.max(0, budget - mounted);
    return (
      <div key={category} className="gpg-group">
        <h3>{tr(`category.${category}`)}</h3>
        <ul>
          {mine.slice(0, mounted).map((group) => {
            const first = group[0];
            const id = `${first.ruleId}-${first.start}-${first.end}-${first.image?.box.join(',') ?? ''}`;
            const i = (at[id] ?? 0) % group.length;
            const f = group[i];
            const next = () => {
              setAt({ ...at, [id]: i + 1 });
              onReveal?.(group[(i + 1) % group.length]);
            };
            return (
              <li key={id} className={`gpg-finding gpg-${f.severity}`} data-rule={f.ruleId} data-count={group.length}>
                <button type="button" className="gpg-reveal" onClick={() => onReveal?.(f)}>
                  <span className="gpg-sev">{tr(`severity.${f.severity}`)}</span> {f.message}
                </button>
                <span className="gpg-basis">{articles(f)}</span>
                {group.length > 1 && (
                  <button type="button" className="gpg-action gpg-next" onClick={next}>
                    {tr('panel.next', { at: i + 1, count: group.length })}
                  </button>
                )}
                {f.image && <ImageRegion image={f.image} label={tr('ocr.imageAlt', { n: f.image.index + 1 })} />}
                {f.suggestions?.map((s, k) => (
                  <button key={s.messageId + k} type="button" className="gpg-action gpg-apply" onClick={() => onApply?.(f, k)}>
                    {s.message}
                  </button>
                ))}
              </li>
            );
          })}
        </ul>
        {mine.length > limit && (
          <button type="button" className="gpg-action gpg-more" onClick={() => setShown({ ...shown, [category]: limit + LIST_STEP })}>
            {tr('panel.more', { count: Math.min(LIST_STEP, mine.length - limit), left: mine.length - limit })}
          </button>
        )}
      </div>
    );
  });
}
