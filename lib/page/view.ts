/**
 * What the guard shows over an editor (the badge, its panel and the gate dialog), as one value the
 * UI renders: built by the controller after every change, read by components and the entrypoint.
 */
import type { ApprovalView } from '../approval/session';
import type { Finding, Tier } from '../engine/rule';
import { summarize } from '../engine/status';
import type { EditorPlace } from './editor-rect';

export interface GateView {
  findings: Finding[];
  canOverride: boolean;
  error?: string;
  /** The tier a declared sign-off may cover here (no reviewer keys in use); absent when it may not. */
  declare?: Tier;
}

/**
 * Each value is held once: the status, the counts and the tier's summary are derived from the
 * findings and the tier (viewSummary), never stored beside them.
 */
export interface GuardView {
  active: boolean;
  /** Every finding on the draft (rules, images, the approval finding). */
  findings: Finding[];
  /** The sign-off tier the draft needs (Art. 21). */
  requiredApproval: Tier;
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

/** What the badge, the host element and the popup show: status, counts by severity and category, tier. */
export const viewSummary = (view: Pick<GuardView, 'findings' | 'requiredApproval'>) => summarize(view.findings, view.requiredApproval);
