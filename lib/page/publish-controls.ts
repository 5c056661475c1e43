/**
 * The gate's view of publish controls, over the adapter's `findPublishControls`: an event's
 * composed path is first screened cheaply (a selector or a publish label on the path), and only
 * then confirmed against the page's real controls, so ordinary clicks cost almost nothing.
 */
import type { Adapter } from '../adapters/adapter';
import { controlLabel, findPublishControls } from '../adapters/find-publish';
import generic from '../adapters/generic';

export interface PublishControlFinder {
  /** The publish control an event's composed path goes through, if any. */
  fromPath(path: readonly EventTarget[]): HTMLElement | null;
  /** The first publish control on the page. */
  first(): HTMLElement | null;
  /** The control now in the page where `gone` was before a re-render: same label, same selector. */
  replacement(gone: HTMLElement): HTMLElement | null;
  /** Whether a key event's path is inside the platform's composer where Ctrl/Cmd+Enter publishes. */
  inShortcutComposer(path: readonly EventTarget[]): boolean;
}

const isElement = (t: EventTarget): t is Element => (t as Node).nodeType === 1;

export function publishControlFinder(doc: Document, adapter: Adapter = generic): PublishControlFinder {
  const labels = new Set(adapter.publish.labels.map((l) => l.replace(/\s+/g, '')));
  const candidate = (el: Element) => labels.has(controlLabel(el)) || adapter.publish.selectors.some((s) => el.matches(s));
  const composer = adapter.publish.shortcut?.composer ?? [];
  return {
    fromPath(path) {
      const elements = path.filter((t): t is Element => isElement(t) && t !== doc.body && t !== doc.documentElement);
      if (!elements.some(candidate)) return null;
      const controls = new Set<EventTarget>(findPublishControls(doc, adapter));
      return (elements.find((el) => controls.has(el)) as HTMLElement | undefined) ?? null;
    },
    first() {
      return findPublishControls(doc, adapter)[0] ?? null;
    },
    replacement(gone) {
      const label = controlLabel(gone);
      const selector = adapter.publish.selectors.find((s) => gone.matches(s));
      return (
        findPublishControls(doc, adapter).find((c) => c.isConnected && controlLabel(c) === label && (!selector || c.matches(selector))) ??
        null
      );
    },
    inShortcutComposer(path) {
      return composer.length > 0 && path.some((t) => isElement(t) && composer.some((s) => t.matches(s)));
    },
  };
}
