import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { GuardOverlay } from '@/components/GuardOverlay';
import { ExercisePanel } from '@/components/practice/ExercisePanel';
import { PresentationPanel } from '@/components/practice/PresentationPanel';
import { PRACTICE_MODES, PracticeView, type PracticeMode, type PracticePublish } from '@/components/practice/PracticeView';
import { snapshot } from '@/lib/adapters/watch';
import type { Draft } from '@/lib/engine/draft';
import type { Localized, Tier } from '@/lib/engine/rule';
import { t } from '@/lib/i18n';
import { startGuard, type GuardActions, type GuardView } from '@/lib/page/controller';
import { findingRange } from '@/lib/page/highlights';
import { publishControlFinder } from '@/lib/page/publish-controls';
import { recordFailedMessage } from '@/lib/page/record-failed';
import { createPracticeEditor, type PracticeEditor } from '@/lib/practice/editor';
import { addMark, scoreExercise, type ExerciseResult, type Mark } from '@/lib/practice/exercise';
import { practiceAdapter, rangeOffsets } from '@/lib/practice/page';
import { clampStep, presentationSteps } from '@/lib/practice/presentation';
import { findSample, sampleLibrary } from '@/lib/practice/samples';
import { rules } from '@/lib/rules';
import { send } from '@/lib/messaging';
import { pageImages } from '@/lib/ocr/page-images';
import { overrideModeFor, resolveSettings, toCheckSettings, type EffectiveSettings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings/storage';
import '../content/style.css';

const library = sampleLibrary(rules);
const ruleNames: Record<string, Localized> = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.name]));
/** Exercise mode hides the guard's highlights until the reveal (a class on <html>, see style.css). */
const HIDDEN_CLASS = 'gpg-exercise-hidden';
const MARK_HIGHLIGHT = 'govpost-practice-mark';
const STEP_HIGHLIGHT = 'govpost-practice-step';

const params = new URLSearchParams(location.search);
const initialMode = (PRACTICE_MODES as readonly string[]).includes(params.get('mode') ?? '')
  ? (params.get('mode') as PracticeMode)
  : 'edit';
const initialSample = findSample(library, params.get('sample'))?.id ?? null;

function PracticePage({ initial }: { initial: EffectiveSettings }) {
  const [effective, setEffective] = useState(initial);
  const settingsRef = useRef(initial);
  const locale = effective.settings.ui.locale;
  const [mode, setMode] = useState<PracticeMode>(initialMode);
  const [selected, setSelected] = useState<string | null>(initialSample);
  const [title, setTitle] = useState('');
  const [view, setView] = useState<GuardView | null>(null);
  const [published, setPublished] = useState<PracticePublish[]>([]);
  const [stepIndex, setStepIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [tierGuess, setTierGuess] = useState<Tier | null>(null);
  const [result, setResult] = useState<ExerciseResult | null>(null);
  const [canMark, setCanMark] = useState(false);
  const editor = useRef<PracticeEditor | null>(null);
  const actions = useRef<GuardActions | null>(null);

  const draft = useCallback((): Draft<Node> | null => {
    const dom = editor.current?.dom;
    return dom ? (snapshot({ kind: 'rich', element: dom }, document, undefined, practiceAdapter).draft as Draft<Node>) : null;
  }, []);

  useEffect(() => {
    document.title = t('practice.documentTitle', undefined, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);

  // Settings as on the platforms (the office's policy included), re-applied when they change.
  useEffect(() => {
    const abort = new AbortController();
    watchSettings(
      abort.signal,
      () =>
        void loadSettings().then((next) => {
          settingsRef.current = next;
          setEffective(next);
          actions.current?.recheck();
        }),
    );
    return () => abort.abort();
  }, []);

  // The editor and the guard, once: the same controller, highlights and gate as on a platform page.
  const mount = useCallback((el: HTMLDivElement | null) => {
    if (!el || editor.current) return;
    editor.current = createPracticeEditor(el, { label: t('practice.editor.bodyLabel', undefined, settingsRef.current.settings.ui.locale) });
    const abort = new AbortController();
    const locale = () => settingsRef.current.settings.ui.locale;
    // The samples' images are read by the same OCR service as on a platform page.
    const images = pageImages({
      doc: document,
      signal: abort.signal,
      read: (data) => send('ocrRead', data),
      changed: () => actions.current?.recheck(),
      uncheckedMessage: (list, seconds) =>
        t('ocr.unchecked', { list: list.join(t('list.separator', undefined, locale())), seconds }, locale()),
      failedMessage: (n, reason) => t('ocr.failed', { n, reason }, locale()),
    });
    actions.current = startGuard({
      doc: document,
      signal: abort.signal,
      rules,
      adapter: practiceAdapter,
      publishControls: publishControlFinder(document, practiceAdapter),
      settings: () => toCheckSettings(settingsRef.current.settings, rules),
      canOverride: (blocking) => blocking.every((f) => overrideModeFor(settingsRef.current.settings, f.category) === 'reason'),
      render: setView,
      // Practice publishes never reach the publication log: they are listed on this page only.
      record(input) {
        setPublished((list) => [
          ...list,
          {
            title: input.title,
            time: new Date().toLocaleTimeString(settingsRef.current.settings.ui.locale === 'zh' ? 'zh-CN' : 'en'),
            findings: input.findings.filter((f) => f.severity !== 'info').length,
            reason: input.overrides[0]?.reason ?? null,
          },
        ]);
        return Promise.resolve();
      },
      recordFailedMessage: (error) => recordFailedMessage(error, settingsRef.current.settings.ui.locale),
      images: { findings: (draft) => images.findings(draft), settle: (draft) => images.settle(draft, () => undefined) },
    });
  }, []);

  const resetAttempt = () => {
    setStepIndex(0);
    setRevealed(false);
    setMarks([]);
    setTierGuess(null);
    setResult(null);
  };

  const load = useCallback((id: string | null, which: 'draft' | 'fixed' = 'draft') => {
    const sample = findSample(library, id);
    const d = sample ? (which === 'fixed' && sample.fixed ? sample.fixed : sample.draft) : { title: '', html: '<p></p>' };
    setTitle(d.title);
    editor.current?.load(d.html);
  }, []);

  useEffect(() => {
    load(selected);
    resetAttempt();
  }, [selected, load]);

  // The address keeps the mode and sample, so a trainer can bookmark or share a lesson.
  useEffect(() => {
    const next = new URLSearchParams();
    if (selected) next.set('sample', selected);
    if (mode !== 'edit') next.set('mode', mode);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }, [selected, mode]);

  const exercising = mode === 'exercise' && result === null;
  useEffect(() => {
    document.documentElement.classList.toggle(HIDDEN_CLASS, exercising);
    editor.current?.setEditable(!exercising);
  }, [exercising]);

  // Exercise marks: a selection inside the editor can be marked; marks are painted as their own highlight.
  useEffect(() => {
    if (mode !== 'exercise') return;
    const abort = new AbortController();
    document.addEventListener(
      'selectionchange',
      () => {
        const sel = document.getSelection();
        const dom = editor.current?.dom;
        setCanMark(Boolean(sel && !sel.isCollapsed && sel.rangeCount && dom?.contains(sel.getRangeAt(0).commonAncestorContainer)));
      },
      { signal: abort.signal },
    );
    return () => abort.abort();
  }, [mode]);
  useEffect(() => {
    const registry = CSS.highlights;
    const d = marks.length && mode === 'exercise' ? draft() : null;
    const ranges = d ? marks.map((m) => findingRange(d, m)).filter((r): r is Range => r !== null) : [];
    if (ranges.length) registry.set(MARK_HIGHLIGHT, new Highlight(...ranges));
    else registry.delete(MARK_HIGHLIGHT);
  }, [marks, mode, draft]);

  const markSelection = () => {
    const sel = document.getSelection();
    const d = draft();
    if (!sel?.rangeCount || !d) return;
    const at = rangeOffsets(d, sel.getRangeAt(0));
    if (at) setMarks((list) => addMark(list, { ...at, text: '' }, d.text));
    sel.removeAllRanges();
  };
  const submit = () => {
    if (!view) return;
    setResult(scoreExercise(view.findings, marks, tierGuess, view.requiredApproval));
  };

  const steps = useMemo(() => (view ? presentationSteps(view.findings, rules, draft()?.text ?? '') : []), [view, draft]);
  const index = clampStep(stepIndex, steps.length);
  const goTo = useCallback(
    (i: number) => {
      const next = clampStep(i, steps.length);
      setStepIndex(next);
      setRevealed(false);
    },
    [steps],
  );
  // The current step's text is painted in its own colour and scrolled into view; the editor keeps
  // no selection, so the presenter's keys keep stepping.
  useEffect(() => {
    const d = mode === 'present' ? draft() : null;
    const ranges = d ? (steps[index]?.findings ?? []).map((f) => findingRange(d, f)).filter((r): r is Range => r !== null) : [];
    if (ranges.length) {
      CSS.highlights.set(STEP_HIGHLIGHT, new Highlight(...ranges));
      ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    } else CSS.highlights.delete(STEP_HIGHLIGHT);
  }, [mode, steps, index, draft]);

  // A presenter's clicker sends PageUp/PageDown; arrows and F work from the keyboard.
  useEffect(() => {
    if (mode !== 'present') return;
    const abort = new AbortController();
    window.addEventListener(
      'keydown',
      (e) => {
        const target = e.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, [contenteditable="true"]') || e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 'ArrowRight' || e.key === 'PageDown') goTo(index + 1);
        else if (e.key === 'ArrowLeft' || e.key === 'PageUp') goTo(index - 1);
        else if (e.key === 'f' || e.key === 'F') setRevealed(true);
        else return;
        e.preventDefault();
      },
      { signal: abort.signal },
    );
    return () => abort.abort();
  }, [mode, index, goTo]);

  // The projector view asks the browser for full screen; leaving full screen (Esc) leaves it.
  const [projector, setProjector] = useState(false);
  const onProjector = (on: boolean) => {
    setProjector(on);
    if (on) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };
  useEffect(() => {
    if (!projector) return;
    const abort = new AbortController();
    document.addEventListener('fullscreenchange', () => document.fullscreenElement || setProjector(false), { signal: abort.signal });
    window.addEventListener('keydown', (e) => e.key === 'Escape' && setProjector(false), { signal: abort.signal });
    return () => abort.abort();
  }, [projector]);

  const changeMode = (next: PracticeMode) => {
    if (next === mode) return;
    if (next !== 'present') onProjector(false);
    setMode(next);
    resetAttempt();
  };

  const sample = findSample(library, selected);
  const side =
    mode === 'present' ? (
      <PresentationPanel
        steps={steps}
        index={index}
        revealed={revealed}
        requiredApproval={view?.requiredApproval ?? 'general'}
        hasFixedVersion={Boolean(sample?.fixed)}
        locale={locale}
        onStep={goTo}
        onReveal={() => setRevealed(true)}
        onApply={(step, i) => actions.current?.apply(step.finding, i)}
        onLoadFixed={() => load(selected, 'fixed')}
      />
    ) : mode === 'exercise' ? (
      <ExercisePanel
        marks={marks}
        tierGuess={tierGuess}
        result={result}
        canMark={canMark}
        ruleNames={ruleNames}
        locale={locale}
        onMark={markSelection}
        onRemoveMark={(i) => setMarks((list) => list.filter((_, k) => k !== i))}
        onTier={setTierGuess}
        onSubmit={submit}
        onRetry={() => {
          resetAttempt();
          load(selected);
        }}
      />
    ) : undefined;

  // In the projector view the badge would stand over the text the room reads: the steps say it all.
  const guard =
    view?.active && !exercising && !projector ? <GuardOverlay view={view} actions={actions.current ?? undefined} locale={locale} /> : null;

  return (
    <PracticeView
      locale={locale}
      mode={mode}
      samples={library}
      ruleNames={ruleNames}
      selected={selected}
      title={title}
      editorRef={mount}
      publishHidden={exercising}
      published={published}
      rulesHref="rules.html"
      side={side}
      guard={guard}
      projector={projector && mode === 'present'}
      onProjector={onProjector}
      onMode={changeMode}
      onSelect={setSelected}
      onTitle={setTitle}
      onPublish={() => undefined}
    />
  );
}

const root = ReactDOM.createRoot(document.getElementById('root')!);
// The page renders once the stored settings are read (the guard starts with them); defaults if that fails.
void loadSettings()
  .catch(() => resolveSettings(undefined, undefined, rules))
  .then((effective) => root.render(<PracticePage initial={effective} />));
