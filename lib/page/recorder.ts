/**
 * Recording released publications on one page: builds the record (./record.ts) from the draft as
 * it is at the click and commits it, once per publication — the same unchanged draft released
 * again (a second click, a confirm step with the same label) is the same publication.
 */
import type { Adapter } from '../adapters/adapter';
import type { EditorSnapshot } from '../adapters/watch';
import { draftHash } from '../engine/canonical';
import type { ApprovalView } from '../approval/session';
import type { Finding, Tier } from '../engine/rule';
import type { PublicationInput } from '../log/record';
import { publicationInput, type DeclaredSignOff } from './record';

export interface RecorderInputs {
  doc: Document;
  platform?: string;
  adapter?: Adapter;
  /** The draft as it is now (re-read), else as last checked; null when no editor is read. */
  draft(): EditorSnapshot | null;
  /** Commits the record; rejects when it could not be written. */
  commit(input: PublicationInput): Promise<void>;
}

export interface Release {
  /** The publish control the attempt went through; null for a shortcut or a form. */
  control: HTMLElement | null;
  requiredApproval: Tier;
  /** Every finding at the click, including blocking ones found only in the page's unrendered body. */
  checked: readonly Finding[];
  overrides: PublicationInput['overrides'];
  /** The page's own whole body text where it was read; null otherwise. */
  pageText: string | null;
  approval: ApprovalView | null;
  declared: DeclaredSignOff | null;
}

export interface Recorder {
  /**
   * Commits the release's record. Through a platform's own publish button where no editor could be
   * read the record still marks the publication; elsewhere a click with nothing read is not a
   * publication we know, and nothing is recorded.
   */
  record(release: Release): Promise<void>;
  /** Whether the draft as it is now is the one last recorded here (released already). */
  alreadyReleased(): Promise<boolean>;
}

const EMPTY = { title: '', text: '', images: [] };

/**
 * Whether a publish with no draft read is still one to record: on the platform's editor page (by
 * its adapter's isEditorUrl) through one of its documented publish buttons (a selector, not a
 * label any comment box may share).
 */
export function platformPublish(adapter: Adapter | undefined, doc: Document, control: HTMLElement): boolean {
  if (!adapter || adapter.id === 'generic' || !adapter.isEditorUrl) return false;
  try {
    return adapter.isEditorUrl(new URL(doc.location.href)) && adapter.publish.selectors.some((s) => control.closest(s) !== null);
  } catch {
    return false;
  }
}

export function recorder(input: RecorderInputs): Recorder {
  const url = () => input.doc.location?.href ?? 'about:blank';
  let lastRecorded: string | null = null;
  return {
    async record(release) {
      const snap = input.draft();
      if (!snap && !(release.control && platformPublish(input.adapter, input.doc, release.control))) return;
      // The same canonical hash an approval is bound to (title, body, image sources).
      const contentHash = await draftHash(snap?.draft ?? EMPTY);
      const here = url();
      const key = here + contentHash;
      if (lastRecorded === key) return;
      await input.commit(
        publicationInput({
          platform: input.platform,
          url: here,
          draft: snap?.draft ?? null,
          contentHash,
          requiredApproval: release.requiredApproval,
          checked: release.checked,
          overrides: release.overrides,
          pageText: release.pageText,
          approval: release.approval,
          declared: release.declared,
        }),
      );
      lastRecorded = key;
    },
    async alreadyReleased() {
      if (!lastRecorded) return false;
      const snap = input.draft();
      if (!snap) return false;
      return lastRecorded === url() + (await draftHash(snap.draft));
    },
  };
}
