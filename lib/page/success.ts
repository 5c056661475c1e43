/**
 * After the guard released a publish: watches this page, for CONFIRM_WINDOW_MS, for the
 * adapter's success signal — an SPA navigation to a documented success page, or an in-page element
 * becoming visible — and reports it once. A success page that loads as a new document is reported
 * by the success content script instead (entrypoints/published.content.ts). A cheap poll: one URL
 * comparison and, where the adapter names one, one selector query twice a second.
 */
import { CONFIRM_WINDOW_MS, type Adapter } from '../adapters/adapter';
import { controlLabel } from '../adapters/find-publish';
import { isSuccessUrl } from '../adapters/index';

const POLL_MS = 500;

/** Returns `watch(onSuccess)`, to call at each release; a new release ends the previous watch. */
export function successWatcher(win: Window, signal: AbortSignal, adapter: Adapter): (onSuccess: () => void) => void {
  let previous: AbortController | undefined;
  return (onSuccess) => {
    previous?.abort();
    const success = adapter.success;
    if (!success || signal.aborted) return;
    const stop = (previous = new AbortController());
    const shown = () =>
      (success.inPage ?? []).flatMap(({ selector, text }) =>
        [...win.document.querySelectorAll(selector)].filter(
          (el) => controlLabel(el) === text && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        ),
      );
    // Already there at the release (a page or a layer left from an earlier publish) is no news.
    const from = win.location.href;
    const before = new Set(shown());
    const timer = win.setInterval(() => {
      const href = win.location.href;
      if ((href !== from && isSuccessUrl(adapter, href)) || shown().some((el) => !before.has(el))) {
        stop.abort();
        onSuccess();
      }
    }, POLL_MS);
    const end = win.setTimeout(() => stop.abort(), CONFIRM_WINDOW_MS);
    stop.signal.addEventListener('abort', () => {
      win.clearInterval(timer);
      win.clearTimeout(end);
    });
    signal.addEventListener('abort', () => stop.abort(), { signal: stop.signal });
  };
}
