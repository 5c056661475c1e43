/**
 * The guard on one editor page: watches the editor, checks after input settles, paints highlights,
 * hands a view to the UI, and gates publish attempts — a blocking draft opens the dialog; a released
 * attempt is recorded before the platform's own handler runs, then replayed exactly once.
 * Entrypoints only connect this to React and messaging.
 */
import type { Adapter } from '../adapters/adapter';
import type { EditorField } from '../adapters/find-editor';
import { watchEditor, snapshot as takeSnapshot, type EditorSnapshot } from '../adapters/watch';
import type { Draft } from '../engine/draft';
import { draftHash } from '../approval/canonical';
import type { ApprovalSession, ApprovalView } from '../approval/session';
import type { Finding, Rule, Tier } from '../engine/rule';
import { draftFromElement } from '../engine/dom-tree';
import { checkDraft, type CheckResult, type CheckSettings } from '../engine/runner';
import { summarize } from '../engine/status';
import type { PublishControlFinder } from './publish-controls';
import { createSlicedChecker } from './sliced-check';
import { installGate } from './gate';
import { applyEdit, revealFinding } from './edit';
import { clearHighlights, paintHighlights } from './highlights';
import { fitInput } from '../log/limits';
import type { PublicationInput } from '../log/record';
import { classifyOrigin } from '../log/origin';

export interface GateView {
  findings: Finding[];
  canOverride: boolean;
  error?: string;
}

export interface GuardView {
  active: boolean;
  status: 'ok' | 'warn' | 'block';
  findings: Finding[];
  requiredApproval: Tier;
  summary: ReturnType<typeof summarize>;
  gate: GateView | null;
  /** Signed approvals of this draft (issue 7); null without an approval session. */
  approval: ApprovalView | null;
}

export interface GuardActions {
  reveal(finding: Finding): void;
  apply(finding: Finding, suggestionIndex: number): void;
  maskAll(): void;
  cancelGate(): void;
  override(reason: string): void;
  /** Re-check now (settings changed). */
  recheck(): void;
  /** Editor: verify a pasted approval token and attach it to this draft. */
  pasteToken(token: string): Promise<void>;
  /** Reviewer: approve this draft at a tier, with an opinion on its open findings. */
  approve(tier: Tier, reason: string): Promise<void>;
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
  /** Commits the publication record; rejects when it could not be written. */
  record(input: PublicationInput): Promise<void>;
  /** Localised message shown when the record could not be written. */
  recordFailedMessage: string;
  debounceMs?: number;
  /** Signed approvals (issue 7): verified on every check; the approval finding joins the findings. */
  approval?: ApprovalSession;
  /**
   * The page's authoritative body (HTML) where the platform exposes one (WeChat's editor JS API,
   * ./page-reader.ts); null when unavailable. Read at the gate: blocking findings in text the DOM
   * has not rendered are added to the gate's.
   */
  pageBody?: () => Promise<string | null>;
}

export function startGuard(options: GuardOptions): GuardActions {
  const { doc, signal } = options;
  let current: EditorSnapshot | null = null;
  let findings: Finding[] = [];
  let ruleFindings: Finding[] = [];
  let approvalView: ApprovalView | null = null;
  let approvalFinding: Finding | null = null;
  let approvalRun: Promise<void> = Promise.resolve();
  let approvalSeq = 0;
  let requiredApproval: Tier = 'general';
  let gate: GateView | null = null;
  let settle: ((release: boolean) => void) | null = null;
  let overrideReason: string | null = null;

  const view = (): GuardView => {
    const summary = summarize(findings, requiredApproval);
    return { active: current !== null, status: summary.status, findings, requiredApproval, summary, gate, approval: approvalView };
  };
  const render = () => options.render(view());

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
    show(snap, checkDraft(snap.draft, options.rules, options.settings()));
  };
  const show = (snap: EditorSnapshot, result: CheckResult) => {
    ruleFindings = result.findings;
    requiredApproval = result.requiredApproval;
    combine();
    const editorDoc = snap.field.element.ownerDocument;
    paintHighlights(editorDoc, snap.field.kind === 'rich' ? (snap.draft as Draft<Node>) : null, ruleFindings);
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
    const findings = checkDraft(draft, options.rules, options.settings()).findings.filter((f) => f.severity === 'block' && f.text !== '' && !shown.includes(f.text));
    return { findings, text: draft.text };
  };

  /** While typing, a large draft is checked in slices so the editor stays responsive; a newer draft cancels the run. */
  const checkWhileTyping = (snap: EditorSnapshot | null) => {
    if (!snap || !sliced.wants(snap.draft)) return check(snap);
    current = snap;
    void sliced.run(snap.draft, options.rules, options.settings()).then((result) => {
      if (result && current === snap && !signal.aborted) show(snap, result);
    });
  };

  const fresh = (): EditorSnapshot | null => (current ? takeSnapshot(current.field, doc, options.platform, options.adapter) : null);

  const watch = watchEditor(doc, signal, { adapter: options.adapter, platform: options.platform, debounceMs: options.debounceMs, onDraft: checkWhileTyping });

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
  const record = async (control: HTMLElement, overrides: PublicationInput['overrides'], checked: readonly Finding[], pageText: string | null) => {
    const snap = fresh() ?? current;
    if (!snap && !platformPublish(control)) return;
    const draft = snap?.draft ?? { title: '', text: '', images: [] };
    // The page's whole body where it was read (WeChat) and it holds everything the editor shows;
    // never an empty or partial reply in its place.
    const shown = draft.text.split('\n').filter((l) => l.trim());
    const text = pageText !== null && shown.every((l) => pageText.includes(l)) ? pageText : draft.text;
    // Fitted to the record's limits: an outsized draft is recorded in part, never refused.
    await options.record(fitInput({
      platform: options.platform ?? 'generic',
      url: doc.location?.href ?? 'about:blank',
      title: draft.title,
      // The same canonical hash an approval is bound to (title, body, image sources).
      contentHash: await draftHash(draft),
      requiredApproval,
      findings: checked.map(({ ruleId, category, severity }) => ({ ruleId, category, severity })),
      overrides,
      // The background keeps all, an excerpt or none of the text (settings log.snapshot).
      ...(snap ? { text, ...classifyOrigin(text, checked) } : { origin: 'unread' as const }),
    }));
  };

  installGate(doc.defaultView!, signal, {
    publishControl: (path) => options.publishControls.fromPath(path),
    defaultControl: () => options.publishControls.first(),
    holdPointer: () => findings.some((f) => f.severity === 'block') || gate !== null,
    async decide(control) {
      // A dialog left by a record that failed makes way for this attempt.
      if (gate?.error) {
        gate = null;
        render();
      }
      // Check the draft as it is at this moment, not as it was at the last debounce.
      check(fresh() ?? current);
      // Content the page holds but has not rendered (WeChat's JS API) is checked too.
      const page = await unrendered(current);
      const hidden = page.findings;
      // The approval must be verified against exactly this content before deciding.
      await settledApproval();
      const blocking = [...findings.filter((f) => f.severity === 'block'), ...hidden];
      let overrides: PublicationInput['overrides'] = [];
      if (blocking.length) {
        gate = { findings: blocking, canOverride: options.canOverride(blocking) };
        render();
        const release = await new Promise<boolean>((resolve) => (settle = resolve));
        settle = null;
        if (!release) {
          gate = null;
          render();
          return false;
        }
        overrides = [{ ruleIds: [...new Set(blocking.map((f) => f.ruleId))], reason: overrideReason ?? '' }];
      }
      try {
        await record(control, overrides, [...findings, ...hidden], page.text);
      } catch {
        // Nothing is published without its record; the editor can try again.
        gate = { findings: blocking, canOverride: false, error: options.recordFailedMessage };
        render();
        return false;
      }
      gate = null;
      render();
      return true;
    },
  });

  const applyOne = (finding: Finding, index: number): boolean => {
    const suggestion = finding.suggestions?.[index];
    if (!current || !suggestion) return false;
    let ok = true;
    // Edits of one suggestion, last first, so earlier offsets stay valid.
    for (const edit of [...suggestion.edits].sort((a, b) => b.start - a.start)) ok = applyEdit(current.field, current.draft, edit) && ok;
    check(fresh());
    return ok;
  };

  return {
    reveal(finding) {
      if (current) revealFinding(current.field as EditorField, current.draft, finding);
    },
    apply(finding, index) {
      applyOne(finding, index);
    },
    maskAll() {
      // Re-check after each edit: the editor may re-render, so positions come from a fresh draft.
      for (let guard = 0; guard < 500; guard++) {
        const next = [...findings].reverse().find((f) => f.category === 'personal-data' && f.suggestions?.length);
        if (!next || !applyOne(next, 0)) break;
      }
    },
    cancelGate() {
      if (settle) return settle(false);
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
    async approve(tier, reason) {
      const snap = fresh() ?? current;
      if (!snap || !options.approval) return;
      await options.approval.approve(snap.draft, tier, reason, ruleFindings);
      check(snap);
      await settledApproval();
    },
  };
}
