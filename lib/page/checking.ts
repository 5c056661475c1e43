/**
 * Checking the draft on the page: the images' findings first (reading them puts what is printed in
 * each image on the draft, for the rules), then the rules, in one go or — while typing a large
 * draft — in slices so the editor stays responsive. Paints the highlights of each result and hands
 * it on; the editor's DOM is never touched (CSS Custom Highlight API).
 */
import type { EditorSnapshot } from '../adapters/watch';
import type { Draft } from '../engine/draft';
import type { Finding, Rule, Tier } from '../engine/rule';
import { checkDraft, type CheckResult, type CheckSettings } from '../engine/runner';
import { clearHighlights, imageTargets, mirrorTextarea, paintHighlights } from './highlights';
import { createSlicedChecker } from './sliced-check';

export interface CheckedDraft {
  snap: EditorSnapshot;
  /** The rules' findings and the images' (no approval finding: that one is verified apart). */
  findings: Finding[];
  requiredApproval: Tier;
}

export interface CheckingOptions {
  doc: Document;
  signal: AbortSignal;
  rules: readonly Rule[];
  settings(): CheckSettings;
  images?: { findings(draft: Draft): Finding[] };
}

export interface DraftChecker {
  /** Checks in one go, superseding a sliced run still going, and hands the result on. */
  now(snap: EditorSnapshot): void;
  /** Whether this draft is large enough to be checked in slices while typing. */
  wantsSlices(draft: Draft): boolean;
  /** Checks in slices (a newer run cancels this one); the result is handed on only while `stillCurrent`. */
  sliced(snap: EditorSnapshot, stillCurrent: () => boolean): void;
  /** No draft: a sliced run stops and the highlights go. */
  clear(): void;
}

export function draftChecker(options: CheckingOptions, checked: (result: CheckedDraft) => void): DraftChecker {
  const { doc, signal } = options;
  const slices = createSlicedChecker(signal);
  const imageFindings = (snap: EditorSnapshot): Finding[] => options.images?.findings(snap.draft) ?? [];
  const show = (snap: EditorSnapshot, result: CheckResult, fromImages: Finding[]) => {
    const editorDoc = snap.field.element.ownerDocument;
    // A textarea's text is painted by its mirror; the images of its gallery are outlined like a rich editor's.
    if (snap.field.kind === 'rich') paintHighlights(editorDoc, snap.draft as Draft<Node>, result.findings);
    else {
      paintHighlights(editorDoc, null, result.findings, imageTargets(snap.draft, result.findings));
      mirrorTextarea(snap.field.element, snap.draft, result.findings, signal);
    }
    checked({
      snap,
      findings: fromImages.length ? [...result.findings, ...fromImages] : result.findings,
      requiredApproval: result.requiredApproval,
    });
  };
  return {
    now(snap) {
      slices.cancel();
      const fromImages = imageFindings(snap);
      show(snap, checkDraft(snap.draft, options.rules, options.settings()), fromImages);
    },
    wantsSlices: (draft) => slices.wants(draft),
    sliced(snap, stillCurrent) {
      const fromImages = imageFindings(snap);
      void slices.run(snap.draft, options.rules, options.settings()).then((result) => {
        if (result && stillCurrent() && !signal.aborted) show(snap, result, fromImages);
      });
    },
    clear() {
      slices.cancel();
      clearHighlights(doc);
    },
  };
}
