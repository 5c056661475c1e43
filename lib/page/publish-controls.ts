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
  /** The first publish control on the page (what Ctrl/Cmd+Enter stands for). */
  first(): HTMLElement | null;
}

export function publishControlFinder(doc: Document, adapter: Adapter = generic): PublishControlFinder {
  const labels = new Set(adapter.publish.labels.map((l) => l.replace(/\s+/g, '')));
  const candidate = (el: Element) => labels.has(controlLabel(el)) || adapter.publish.selectors.some((s) => el.matches(s));
  return {
    fromPath(path) {
      const elements = path.filter((t): t is Element => (t as Node).nodeType === 1 && t !== doc.body && t !== doc.documentElement);
      if (!elements.some(candidate)) return null;
      const controls = new Set<EventTarget>(findPublishControls(doc, adapter));
      return (elements.find((el) => controls.has(el)) as HTMLElement | undefined) ?? null;
    },
    first() {
      return findPublishControls(doc, adapter)[0] ?? null;
    },
  };
}
