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

export type ViewState = Omit<GuardView, 'status' | 'summary'>;

export function guardView(state: ViewState): GuardView {
  const summary = summarize(state.findings, state.requiredApproval);
  return { ...state, status: summary.status, summary };
}
