/**
 * Applying suggestions (a masking, say) through the editor's own input path (./edit.ts), so undo
 * keeps working: one edit at a time, each reading the draft the previous one left, and a re-check
 * after each, since the editor may re-render and move every position.
 */
import { snapshot as takeSnapshot, type EditorSnapshot } from '../adapters/watch';
import type { Adapter } from '../adapters/adapter';
import type { Finding } from '../engine/rule';
import { applyEdit } from './edit';

export interface SuggestionInputs {
  doc: Document;
  platform?: string;
  adapter?: Adapter;
  /** The draft last checked; null when no editor is read. */
  current(): EditorSnapshot | null;
  /** The findings of that draft. */
  findings(): readonly Finding[];
  /** Re-reads and re-checks the editor now. */
  recheck(): void;
  /** The edits are done: `ok` false when the last one could not be verified in the editor (re-checks too). */
  done(ok: boolean): void;
}

export interface Suggestions {
  apply(finding: Finding, index: number): Promise<boolean>;
  /** Applies every personal-data masking, last first; false when one could not be verified. */
  maskAll(): Promise<boolean>;
}

/** Bounds a runaway loop where an editor keeps producing findings to mask. */
const MAX_MASKS = 500;

export function suggestions(input: SuggestionInputs): Suggestions {
  let edits: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = edits.then(run, run);
    edits = next.catch(() => undefined);
    return next;
  };

  const applyOne = async (finding: Finding, index: number): Promise<boolean> => {
    const suggestion = finding.suggestions?.[index];
    const snap = input.current();
    if (!snap || !suggestion) return false;
    const read = () => takeSnapshot(snap.field, input.doc, input.platform, input.adapter).draft;
    let ok = true;
    // Edits of one suggestion, last first, so earlier offsets stay valid.
    for (const edit of [...suggestion.edits].sort((a, b) => b.start - a.start)) {
      ok = (await applyEdit(snap.field, read, edit).catch(() => false)) && ok;
      if (!ok) break;
    }
    return ok;
  };

  const finish = (ok: boolean) => {
    input.done(ok);
    return ok;
  };

  const maskAll = async (): Promise<boolean> => {
    // Re-check after each edit: the editor may re-render, so positions come from a fresh draft.
    for (let n = 0; n < MAX_MASKS; n++) {
      const next = [...input.findings()].reverse().find((f) => f.category === 'personal-data' && f.suggestions?.length);
      if (!next) return finish(true);
      if (!(await applyOne(next, 0))) return finish(false);
      input.recheck();
    }
    return finish(true);
  };

  return {
    apply: (finding, index) => serial(async () => finish(await applyOne(finding, index))),
    maskAll: () => serial(maskAll),
  };
}
