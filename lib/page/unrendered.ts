/**
 * The page's authoritative body, for content the editor has not rendered yet (WeChat's editor JS
 * API, ./page-reader.ts): its blocking findings whose text the DOM draft does not have, and its
 * whole text (what the record's snapshot keeps). Read at the gate only.
 */
import { draftFromElement } from '../engine/dom-tree';
import type { Draft } from '../engine/draft';
import type { Finding, Rule } from '../engine/rule';
import { checkDraft, type CheckSettings } from '../engine/runner';
import { bodyAgrees } from './page-reader';

export interface UnrenderedInputs {
  doc: Document;
  signal: AbortSignal;
  /** The draft the editor shows; null when none was read. */
  shown: Draft | null;
  platform?: string;
  rules: readonly Rule[];
  settings(): CheckSettings;
  /** The page's body as HTML; resolves to null when unavailable. Absent where the platform has none. */
  pageBody?: () => Promise<string | null>;
  /** The blocking finding for a body that disagrees with what the editor shows (无法读取草稿). */
  unreadable?: () => Finding;
}

export interface Unrendered {
  findings: Finding[];
  /** The body's whole text; null where it was not read or disagrees with the editor. */
  text: string | null;
}

/** Parsed with DOMParser: an inert document, no scripts run and nothing loads. */
export async function unrenderedBody(input: UnrenderedInputs): Promise<Unrendered> {
  const none = { findings: [], text: null };
  const { shown } = input;
  if (!shown || !input.pageBody) return none;
  const html = await input.pageBody().catch(() => null);
  const Parser = input.doc.defaultView?.DOMParser;
  if (html === null || !Parser || input.signal.aborted) return none;
  const body = new Parser().parseFromString(html, 'text/html').body;
  const draft = draftFromElement(body, { title: shown.title, platform: input.platform });
  if (input.unreadable && !bodyAgrees(shown.text, draft.text)) return { findings: [input.unreadable()], text: null };
  const findings = checkDraft(draft, input.rules, input.settings()).findings.filter(
    (f) => f.severity === 'block' && f.text !== '' && !shown.text.includes(f.text),
  );
  return { findings, text: draft.text };
}
