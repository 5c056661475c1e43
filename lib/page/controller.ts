/**
 * The guard on one editor page: watches the editor, checks after input settles, paints highlights,
 * hands a view to the UI, and gates publish attempts — a blocking draft opens the dialog; a released
 * attempt is recorded before the platform's own handler runs, then replayed exactly once.
 * Entrypoints only connect this to React and messaging.
 */
import type { Adapter } from '../adapters/adapter';
import { watchEditor, snapshot as takeSnapshot, type EditorSnapshot } from '../adapters/watch';
import type { Draft } from '../engine/draft';
import { draftHash } from '../approval/canonical';
import type { ApprovalSession, ApprovalView } from '../approval/session';
import type { ReviewerTitle } from '../approval/roles';
import type { Finding, Rule, Tier } from '../engine/rule';
import { draftFromElement } from '../engine/dom-tree';
import { checkDraft, type CheckResult, type CheckSettings } from '../engine/runner';
import { summarize } from '../engine/status';
import type { PublishControlFinder } from './publish-controls';
import { installGate, type Attempt, type Gate } from './gate';
import { createSlicedChecker } from './sliced-check';
import { applyEdit, revealFinding } from './edit';
import { clearHighlights, mirrorTextarea, paintHighlights } from './highlights';
import { fitInput } from '../log/limits';
import { bodyAgrees } from './page-reader';
import type { PublicationInput } from '../log/record';
import { classifyOrigin } from '../log/origin';
import { trackEditorPlace, type EditorPlace } from './editor-rect';

export interface GateView {
  findings: Finding[];
  canOverride: boolean;
  error?: string;
  /** The tier a declared sign-off may cover here (no reviewer keys in use); absent when it may not. */
  declare?: Tier;
}

/** A sign-off the editor declares where the office uses no reviewer keys (Art. 21): kept as declared, not verified. */
export interface DeclaredSignOff {
  name: string;
  role: ReviewerTitle;
  /** ISO time of the sign-off. */
  at: string;
}

export interface GuardView {
  active: boolean;
  status: 'ok' | 'warn' | 'block';
  findings: Finding[];
  requiredApproval: Tier;
  summary: ReturnType<typeof summarize>;
  gate: GateView | null;
  /** Signed approvals of this draft; null without an approval session. */
  approval: ApprovalView | null;
  /** False where an editor is checked but no publish control of the platform is known: checked, not held. */
  guarded: boolean;
  /** The last suggestion could not be verified in the editor: the user must change it by hand. */
  editUnverified: boolean;
  /** Where the editor field stands in the viewport, so the panel can open clear of its text; null when none. */
  editorPlace: EditorPlace | null;
}

export interface GuardActions {
  reveal(finding: Finding): void;
  apply(finding: Finding, suggestionIndex: number): Promise<boolean>;
  maskAll(): Promise<boolean>;
  /** Masks every blocking finding and closes the gate without publishing (一键脱敏并返回). */
  maskAndBack(): Promise<void>;
  cancelGate(): void;
  override(reason: string): void;
  /** Re-check now (settings changed). */
  recheck(): void;
  /** Editor: verify a pasted approval token and attach it to this draft. */
  pasteToken(token: string): Promise<void>;
  /** Reviewer: open this draft in the extension's review page, where approving happens. */
  review(): Promise<void>;
  /** Editor: declare who signed this content off (only where the gate offers it). */
  declareSignOff(signOff: DeclaredSignOff): Promise<void>;
}

export interface GuardOptions {
  doc: Document;
  signal: AbortSignal;
  rules: readonly Rule[];
  adapter?: Adapter;
  platform?: string;
  publishControls: PublishControlFinder;
  settings(): CheckSettings;
  /** Whether these blocking findings may be published anyway with a written reason. */
  canOverride(blocking: readonly Finding[]): boolean;
  render(view: GuardView): void;
  /** Commits the publication record; rejects when it could not be written. `declared`: the sign-off declared for it. */
  record(input: PublicationInput, declared: DeclaredSignOff | null): Promise<void>;
  /** Localised message shown when the record could not be written. */
  /** What the gate says when the record could not be written (a full disk says so). */
  recordFailedMessage(error: unknown): string;
  debounceMs?: number;
  /** Signed approvals: verified on every check; the approval finding joins the findings. */
  approval?: ApprovalSession;
  /**
   * The page's authoritative body (HTML) where the platform exposes one (WeChat's editor JS API,
   * ./page-reader.ts); null when unavailable. Read at the gate: blocking findings in text the DOM
   * has not rendered are added to the gate's.
   */
  pageBody?: () => Promise<string | null>;
  /**
   * The blocking finding for a page body that disagrees with what the editor shows (无法读取草稿):
   * the page answered for a draft other than the one in front of the person.
   */
  unreadable?: () => Finding;
  /** The gate, installed at document_start so its listeners run before the page's; else installed here. */
  gate?: Gate;
  /**
   * Image checks (lib/ocr/page-images.ts): findings read in the draft's images (also records their
   * text on the draft for the rules), and at the gate a bounded wait for reads still in progress,
   * resolving to a finding for the images left unchecked.
   */
  images?: { findings(draft: Draft): Finding[]; settle(draft: Draft, cancel: AbortSignal): Promise<Finding[]> };
}

/** The approval finding a sign-off answers (not the unreadable-draft one, which shares its category). */
const isApprovalFinding = (f: Finding): boolean => f.ruleId.startsWith('approval-');

export function startGuard(options: GuardOptions): GuardActions {
  const { doc, signal } = options;
  const gateInstance = options.gate ?? installGate(doc.defaultView!, signal);
  let current: EditorSnapshot | null = null;
  let findings: Finding[] = [];
  let ruleFindings: Finding[] = [];
  let approvalView: ApprovalView | null = null;
  let approvalFinding: Finding | null = null;
  let approvalRun: Promise<void> = Promise.resolve();
  let approvalSeq = 0;
  let requiredApproval: Tier = 'general';
  let gate: GateView | null = null;
  let settle: ((outcome: boolean | 'declared') => void) | null = null;
  let overrideReason: string | null = null;
  /** The sign-off declared for one content (by hash): an edit after it needs a new one. */
  let declared: (DeclaredSignOff & { contentHash: string }) | null = null;
  let guarded = true;
  let guardedFor: Element | null = null;
  let editUnverified = false;
  // The last publication recorded on this page: the same unchanged draft released again (a second
  // click, a confirm step with the same label) is the same publication, recorded once.
  let lastRecorded: string | null = null;
  let editorPlace: EditorPlace | null = null;
  let placed: { element: Element; stop: AbortController; remeasure: () => void } | null = null;

  const view = (): GuardView => {
    const summary = summarize(findings, requiredApproval);
    return {
      active: current !== null,
      status: summary.status,
      findings,
      requiredApproval,
      summary,
      gate,
      approval: approvalView,
      guarded,
      editUnverified,
      editorPlace,
    };
  };
  const render = () => options.render(view());

  // Follow the field being checked (a new one after SPA navigation replaces the old).
  const followEditor = (element: Element | null) => {
    if (placed?.element === element) return placed.remeasure();
    placed?.stop.abort();
    placed = null;
    editorPlace = null;
    const top = doc.defaultView;
    if (!element || !top) return;
    const stop = new AbortController();
    const remeasure = trackEditorPlace(element, top, AbortSignal.any([signal, stop.signal]), (place) => {
      editorPlace = place;
      // The first measure lands before the check renders; later ones re-render on their own.
      if (placed) render();
    });
    placed = { element, stop, remeasure };
  };

  // Verifying approvals is asynchronous (hashing, signatures): the latest run wins.
  const combine = () => {
    findings = approvalFinding ? [...ruleFindings, approvalFinding] : ruleFindings;
  };
  const evaluateApproval = (snap: EditorSnapshot) => {
    const session = options.approval;
    if (!session) return;
    const seq = ++approvalSeq;
    const required = requiredApproval;
    approvalRun = session
      .evaluate(snap.draft, required)
      .then((state) => {
        if (seq !== approvalSeq || signal.aborted) return;
        approvalView = state.view;
        approvalFinding = state.finding;
        combine();
        render();
      })
      .catch(() => {
        /* a failed verification leaves the last state; the next check tries again */
      });
  };
  /** Waits until the approval state matches the latest check. */
  const settledApproval = async () => {
    let run: Promise<void>;
    do {
      run = approvalRun;
      await run;
    } while (run !== approvalRun);
  };

  const sliced = createSlicedChecker(signal);
  const check = (snap: EditorSnapshot | null) => {
    current = snap;
    // A check in one go supersedes a sliced one still running.
    sliced.cancel();
    followEditor(snap?.field.element ?? null);
    if (!snap) {
      findings = [];
      ruleFindings = [];
      approvalFinding = null;
      approvalSeq++;
      requiredApproval = 'general';
      clearHighlights(doc);
      render();
      return;
    }
    // The images' findings first: reading them puts what is printed in each image on the draft, for the rules.
    const fromImages = imageFindings(snap);
    show(snap, checkDraft(snap.draft, options.rules, options.settings()), fromImages);
  };
  const imageFindings = (snap: EditorSnapshot): Finding[] => options.images?.findings(snap.draft) ?? [];
  const show = (snap: EditorSnapshot, result: CheckResult, fromImages: Finding[]) => {
    // Finding controls by label walks the page: done when the editor changes, or until one is found.
    if (snap.field.element !== guardedFor || !guarded) {
      guarded = options.publishControls.first() !== null;
      guardedFor = snap.field.element;
    }
    // Shortcuts and Esc typed in an editor iframe never reach this window: listen there too.
    const frameDoc = snap.field.element.ownerDocument;
    if (frameDoc !== doc) gateInstance.watchKeys(frameDoc, signal);
    ruleFindings = fromImages.length ? [...result.findings, ...fromImages] : result.findings;
    requiredApproval = result.requiredApproval;
    combine();
    const editorDoc = snap.field.element.ownerDocument;
    paintHighlights(editorDoc, snap.field.kind === 'rich' ? (snap.draft as Draft<Node>) : null, result.findings);
    if (snap.field.kind === 'textarea') mirrorTextarea(snap.field.element, snap.draft, result.findings, signal);
    render();
    evaluateApproval(snap);
  };

  /**
   * The page's authoritative body, for content the editor has not rendered yet: its blocking
   * findings whose text the DOM draft does not have, and its whole text (what the record's snapshot
   * keeps). Parsed with DOMParser: an inert document, no scripts run and nothing loads.
   */
  const unrendered = async (snap: EditorSnapshot | null): Promise<{ findings: Finding[]; text: string | null }> => {
    const none = { findings: [], text: null };
    if (!snap || !options.pageBody) return none;
    const html = await options.pageBody().catch(() => null);
    const Parser = doc.defaultView?.DOMParser;
    if (html === null || !Parser || signal.aborted) return none;
    const body = new Parser().parseFromString(html, 'text/html').body;
    const draft = draftFromElement(body, { title: snap.draft.title, platform: options.platform });
    const shown = snap.draft.text;
    if (options.unreadable && !bodyAgrees(shown, draft.text)) return { findings: [options.unreadable()], text: null };
    const findings = checkDraft(draft, options.rules, options.settings()).findings.filter(
      (f) => f.severity === 'block' && f.text !== '' && !shown.includes(f.text),
    );
    return { findings, text: draft.text };
  };

  /** While typing, a large draft is checked in slices so the editor stays responsive; a newer draft cancels the run. */
  const checkWhileTyping = (snap: EditorSnapshot | null) => {
    if (!snap || !sliced.wants(snap.draft)) return check(snap);
    current = snap;
    const fromImages = imageFindings(snap);
    void sliced.run(snap.draft, options.rules, options.settings()).then((result) => {
      if (result && current === snap && !signal.aborted) show(snap, result, fromImages);
    });
  };

  const fresh = (): EditorSnapshot | null => (current ? takeSnapshot(current.field, doc, options.platform, options.adapter) : null);

  const watch = watchEditor(doc, signal, {
    adapter: options.adapter,
    platform: options.platform,
    debounceMs: options.debounceMs,
    onDraft: checkWhileTyping,
  });

  /**
   * Whether a publish with no draft read is still one to record: on the platform's editor page (by
   * its adapter's isEditorUrl) through one of its documented publish buttons (a selector, not a
   * label any comment box may share).
   */
  const platformPublish = (control: HTMLElement): boolean => {
    const adapter = options.adapter;
    if (!adapter || adapter.id === 'generic' || !adapter.isEditorUrl) return false;
    try {
      return adapter.isEditorUrl(new URL(doc.location.href)) && adapter.publish.selectors.some((s) => control.closest(s) !== null);
    } catch {
      return false;
    }
  };

  /**
   * Commits the publication's record. `checked` is every finding the draft had at the click,
   * including blocking ones found only in the page's unrendered body, so the record's categories
   * count what was overridden; `pageText`, that body's whole text, is the snapshot where it was
   * read. Through a platform's own publish button where no editor could be read the record still
   * marks the publication (empty title, no text, origin 'unread': a post, not an original);
   * elsewhere a click with nothing read is not a publication we know.
   */
  const record = async (
    control: HTMLElement | null,
    overrides: PublicationInput['overrides'],
    checked: readonly Finding[],
    pageText: string | null,
    signOff: DeclaredSignOff | null,
  ) => {
    const snap = fresh() ?? current;
    if (!snap && !(control && platformPublish(control))) return;
    const draft = snap?.draft ?? { title: '', text: '', images: [] };
    // The page's whole body where it was read (WeChat) and it holds everything the editor shows;
    // never an empty or partial reply in its place.
    const shown = draft.text.split('\n').filter((l) => l.trim());
    const text = pageText !== null && shown.every((l) => pageText.includes(l)) ? pageText : draft.text;
    // The same canonical hash an approval is bound to (title, body, image sources).
    const contentHash = await draftHash(draft);
    const url = doc.location?.href ?? 'about:blank';
    const key = url + contentHash;
    if (lastRecorded === key) return;
    // Fitted to the record's limits: an outsized draft is recorded in part, never refused.
    await options.record(
      fitInput({
        platform: options.platform ?? 'generic',
        url,
        title: draft.title,
        contentHash,
        requiredApproval,
        findings: checked.map(({ ruleId, category, severity }) => ({ ruleId, category, severity })),
        overrides,
        // The background keeps all, an excerpt or none of the text (settings log.snapshot).
        ...(snap ? { text, ...classifyOrigin(text, checked) } : { origin: 'unread' as const }),
      }),
      signOff,
    );
    lastRecorded = key;
  };

  /** Whether the draft as it is now is the one last recorded here (released already). */
  const alreadyReleased = async (): Promise<boolean> => {
    if (!lastRecorded) return false;
    const snap = fresh() ?? current;
    if (!snap) return false;
    return lastRecorded === (doc.location?.href ?? 'about:blank') + (await draftHash(snap.draft));
  };

  const focusEditor = () => {
    const el = current?.field.element;
    if (el?.isConnected) el.focus({ preventScroll: true });
  };

  // Esc pressed while an attempt is being checked, before its dialog shows: the dialog never opens.
  let deciding = false;
  let escaped = false;
  // Ends the gate's wait for images still being read (正在检查图片 2/6) when the user goes back.
  let imageWait: AbortController | null = null;
  const closeGate = (release: boolean) => {
    const s = settle;
    if (!s && deciding && !release) {
      escaped = true;
      imageWait?.abort();
      return true;
    }
    if (!s) return false;
    s(release);
    if (!release) focusEditor();
    return true;
  };

  gateInstance.bind({
    publishControl: (path) => options.publishControls.fromPath(path),
    replacement: (gone) => options.publishControls.replacement(gone),
    publishShortcut: (e) =>
      e.key === 'Enter' && (e.ctrlKey || e.metaKey) && current !== null && options.publishControls.inShortcutComposer(e.composedPath()),
    // A form that holds the draft or a publish control, or whose submitter is one, publishes.
    publishForm: (form, submitter) =>
      (submitter !== null && options.publishControls.fromPath([submitter]) !== null) ||
      [current?.field.element, options.publishControls.first()].some((el) => el && form.contains(el)),
    holdPointer: () => findings.some((f) => f.severity === 'block') || gate !== null,
    escape: () => closeGate(false),
    async decide(attempt: Attempt) {
      deciding = true;
      escaped = false;
      try {
        return await decideNow(attempt);
      } finally {
        deciding = false;
      }
    },
  });

  const decideNow = async (attempt: Attempt): Promise<boolean> => {
    // A dialog left by a record that failed makes way for this attempt.
    if (gate?.error) {
      gate = null;
      render();
    }
    // Check the draft as it is at this moment, not as it was at the last debounce.
    check(fresh() ?? current);
    // Images still being read are waited for, within a time bound; then checked as they are.
    imageWait = new AbortController();
    const unchecked = current && options.images ? await options.images.settle(current.draft, imageWait.signal) : [];
    imageWait = null;
    // Back to editing while images were being read (返回修改 or Esc): never published, never recorded,
    // even when the images then turn out clean.
    if (escaped) {
      focusEditor();
      return false;
    }
    if (options.images) check(fresh() ?? current);
    // The same unchanged draft, released moments ago (a confirm step with the same label, a
    // second click): the user has decided already, and it is the same publication.
    if (await alreadyReleased()) return attempt.replayable();
    // Content the page holds but has not rendered (WeChat's JS API) is checked too.
    const page = await unrendered(current);
    const hidden = page.findings;
    // The approval must be verified against exactly this content before deciding.
    await settledApproval();
    let blocking = [...findings.filter((f) => f.severity === 'block'), ...hidden, ...unchecked];
    const contentHash = current ? await draftHash(current.draft) : null;
    const declaredHere = () => (declared && declared.contentHash === contentHash ? declared : null);
    let overrides: PublicationInput['overrides'] = [];
    for (;;) {
      // A declared sign-off stands for the missing approval of exactly this content.
      if (declaredHere()) blocking = blocking.filter((f) => !isApprovalFinding(f));
      if (!blocking.length) break;
      if (escaped) {
        focusEditor();
        return false;
      }
      const declarable = !declaredHere() && approvalView !== null && !approvalView.keysInUse && blocking.some(isApprovalFinding);
      gate = { findings: blocking, canOverride: options.canOverride(blocking), ...(declarable ? { declare: requiredApproval } : {}) };
      render();
      const outcome = await new Promise<boolean | 'declared'>((resolve) => (settle = resolve));
      settle = null;
      if (outcome === 'declared') continue;
      if (!outcome) {
        gate = null;
        render();
        return false;
      }
      overrides = [{ ruleIds: [...new Set(blocking.map((f) => f.ruleId))], reason: overrideReason ?? '' }];
      break;
    }
    // Never a record for a publish that cannot go through (its control gone from the page).
    if (!attempt.replayable()) {
      gate = null;
      render();
      return false;
    }
    try {
      const signOff = declaredHere();
      await record(
        attempt.control,
        overrides,
        [...findings, ...hidden, ...unchecked],
        page.text,
        signOff ? { name: signOff.name, role: signOff.role, at: signOff.at } : null,
      );
    } catch (e) {
      // Nothing is published without its record; the editor can try again.
      gate = { findings: blocking, canOverride: false, error: options.recordFailedMessage(e) };
      render();
      return false;
    }
    gate = null;
    render();
    return true;
  };

  // One edit at a time: each reads the draft the previous one left.
  let edits: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = edits.then(run, run);
    edits = next.catch(() => undefined);
    return next;
  };

  const applyOne = async (finding: Finding, index: number): Promise<boolean> => {
    const suggestion = finding.suggestions?.[index];
    const snap = current;
    if (!snap || !suggestion) return false;
    const read = () => takeSnapshot(snap.field, doc, options.platform, options.adapter).draft;
    let ok = true;
    // Edits of one suggestion, last first, so earlier offsets stay valid.
    for (const edit of [...suggestion.edits].sort((a, b) => b.start - a.start)) {
      ok = (await applyEdit(snap.field, read, edit).catch(() => false)) && ok;
      if (!ok) break;
    }
    return ok;
  };

  const finish = (ok: boolean) => {
    editUnverified = !ok;
    check(fresh());
    return ok;
  };

  const maskAll = async (): Promise<boolean> => {
    // Re-check after each edit: the editor may re-render, so positions come from a fresh draft.
    for (let guard = 0; guard < 500; guard++) {
      const next = [...findings].reverse().find((f) => f.category === 'personal-data' && f.suggestions?.length);
      if (!next) return finish(true);
      if (!(await applyOne(next, 0))) return finish(false);
      check(fresh());
    }
    return finish(true);
  };

  return {
    reveal(finding) {
      if (current) revealFinding(current.field, current.draft, finding);
    },
    apply: (finding, index) => serial(async () => finish(await applyOne(finding, index))),
    maskAll: () => serial(maskAll),
    async maskAndBack() {
      await serial(maskAll);
      closeGate(false);
    },
    cancelGate() {
      if (closeGate(false)) return;
      // Only the dialog left by a failed record closes here (a decision in progress — a record
      // being written after 仍然发表 — is not cancelled); the editor can then try again.
      if (gate?.error) {
        gate = null;
        render();
      }
    },
    override(reason) {
      overrideReason = reason;
      settle?.(true);
    },
    recheck() {
      options.approval?.reset();
      // Through the watcher: a recheck must not read text an IME is still composing.
      watch.checkNow();
    },
    async pasteToken(token) {
      const snap = fresh() ?? current;
      if (!snap || !options.approval) return;
      await options.approval.paste(token, snap.draft, requiredApproval);
      check(snap);
      await settledApproval();
    },
    async declareSignOff(signOff) {
      const snap = fresh() ?? current;
      if (!snap) return;
      declared = { ...signOff, contentHash: await draftHash(snap.draft) };
      if (settle && gate && !gate.error) settle('declared');
    },
    async review() {
      const snap = fresh() ?? current;
      if (!snap || !options.approval) return;
      check(snap);
      await options.approval.openReview(snap.draft, requiredApproval, ruleFindings);
      render();
    },
  };
}
