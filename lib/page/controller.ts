/**
 * The guard on one editor page: watches the editor, checks after input settles (./checking.ts),
 * keeps the approval state in step (./approval-state.ts), hands a view to the UI (./view.ts), and
 * gates publish attempts — a blocking draft opens the dialog; a released attempt is recorded
 * (./recorder.ts, ./record.ts) before the platform's own handler runs, then replayed exactly once.
 * Entrypoints only connect this to React and messaging.
 */
import type { Adapter } from '../adapters/adapter';
import { watchEditor, snapshot as takeSnapshot, type EditorSnapshot } from '../adapters/watch';
import type { Draft } from '../engine/draft';
import { draftHash } from '../engine/canonical';
import type { ApprovalSession } from '../approval/session';
import type { Finding, Rule, Tier } from '../engine/rule';
import type { CheckSettings } from '../engine/runner';
import type { PublishControlFinder } from './publish-controls';
import { installGate, type Attempt, type Gate } from './gate';
import { revealFinding } from './edit';
import type { PublicationInput } from '../log/record';
import { approvalState } from './approval-state';
import { draftChecker, type CheckedDraft } from './checking';
import { editorFollower } from './editor-follow';
import type { DeclaredSignOff } from './record';
import { recorder } from './recorder';
import { suggestions } from './suggestions';
import { unrenderedBody } from './unrendered';
import type { GateView, GuardView } from './view';

export type { DeclaredSignOff } from './record';
export type { GateView, GuardView } from './view';

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
  /** Whether an editor has been found on the page (its draft is being checked or has been). */
  hasEditor(): boolean;
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
  /** Commits the publication record (built whole here, approval included); rejects when it could not be written. */
  record(input: PublicationInput): Promise<void>;
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
  let requiredApproval: Tier = 'general';
  let gate: GateView | null = null;
  let settle: ((outcome: boolean | 'declared') => void) | null = null;
  let overrideReason: string | null = null;
  /** The sign-off declared for one content (by hash): an edit after it needs a new one. */
  let declared: (DeclaredSignOff & { contentHash: string }) | null = null;
  let guarded = true;
  let guardedFor: Element | null = null;
  let editUnverified = false;

  const view = (): GuardView => ({
    active: current !== null,
    findings,
    requiredApproval,
    gate,
    approval: approval.view,
    guarded,
    editUnverified,
    editorPlace: editor.place,
  });
  const render = () => options.render(view());

  const editor = editorFollower(doc, signal, render);
  // Verifying approvals is asynchronous (hashing, signatures): the latest run wins.
  const approval = approvalState(options.approval, signal, () => {
    combine();
    render();
  });
  const combine = () => {
    findings = approval.finding ? [...ruleFindings, approval.finding] : ruleFindings;
  };

  const show = ({ snap, findings: found, requiredApproval: required }: CheckedDraft) => {
    // Finding controls by label walks the page: done when the editor changes, or until one is found.
    if (snap.field.element !== guardedFor || !guarded) {
      guarded = options.publishControls.first() !== null;
      guardedFor = snap.field.element;
    }
    // Shortcuts and Esc typed in an editor iframe never reach this window: listen there too.
    const frameDoc = snap.field.element.ownerDocument;
    if (frameDoc !== doc) gateInstance.watchKeys(frameDoc, signal);
    ruleFindings = found;
    requiredApproval = required;
    combine();
    render();
    approval.evaluate(snap.draft, requiredApproval);
  };
  const checker = draftChecker(options, show);

  const check = (snap: EditorSnapshot | null) => {
    current = snap;
    editor.follow(snap?.field.element ?? null);
    if (!snap) {
      checker.clear();
      findings = [];
      ruleFindings = [];
      approval.clear();
      requiredApproval = 'general';
      render();
      return;
    }
    checker.now(snap);
  };

  /** While typing, a large draft is checked in slices so the editor stays responsive; a newer draft cancels the run. */
  const checkWhileTyping = (snap: EditorSnapshot | null) => {
    if (!snap || !checker.wantsSlices(snap.draft)) return check(snap);
    current = snap;
    checker.sliced(snap, () => current === snap);
  };

  const fresh = (): EditorSnapshot | null => (current ? takeSnapshot(current.field, doc, options.platform, options.adapter) : null);

  const watch = watchEditor(doc, signal, {
    adapter: options.adapter,
    platform: options.platform,
    debounceMs: options.debounceMs,
    onDraft: checkWhileTyping,
  });

  const records = recorder({
    doc,
    platform: options.platform,
    adapter: options.adapter,
    draft: () => fresh() ?? current,
    commit: (input) => options.record(input),
  });

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
    if (await records.alreadyReleased()) return attempt.replayable();
    // Content the page holds but has not rendered (WeChat's JS API) is checked too.
    const page = await unrenderedBody({
      doc,
      signal,
      shown: current?.draft ?? null,
      platform: options.platform,
      rules: options.rules,
      settings: () => options.settings(),
      pageBody: options.pageBody,
      unreadable: options.unreadable,
    });
    const hidden = page.findings;
    // The approval must be verified against exactly this content before deciding.
    await approval.settled();
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
      const shown = approval.view;
      const declarable = !declaredHere() && shown !== null && !shown.keysInUse && blocking.some(isApprovalFinding);
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
      await records.record({
        control: attempt.control,
        requiredApproval,
        checked: [...findings, ...hidden, ...unchecked],
        overrides,
        pageText: page.text,
        approval: approval.view,
        declared: signOff ? { name: signOff.name, title: signOff.title, at: signOff.at } : null,
      });
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

  const edits = suggestions({
    doc,
    platform: options.platform,
    adapter: options.adapter,
    current: () => current,
    findings: () => findings,
    recheck: () => check(fresh()),
    done(ok) {
      editUnverified = !ok;
      check(fresh());
    },
  });

  return {
    reveal(finding) {
      if (current) revealFinding(current.field, current.draft, finding);
    },
    apply: (finding, index) => edits.apply(finding, index),
    maskAll: () => edits.maskAll(),
    async maskAndBack() {
      await edits.maskAll();
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
    hasEditor: () => current !== null,
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
      await approval.settled();
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
