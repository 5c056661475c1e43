/**
 * The guard's in-page UI answers only to the person at the keyboard. Its shadow root is closed, so
 * the page holds no reference into it; and every input event that reaches it must be one the
 * browser made from real input (`isTrusted`). A synthetic event — from the page, or from anything
 * else running script in it — is stopped before the UI's own handlers see it, so no script can
 * approve, override, mask or publish through the guard.
 */

/** Events the UI acts on (React/Preact listen for these at their root inside the shadow tree). */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'reset',
  'paste',
  'drop',
] as const;

/** Stops untrusted events at `root` in the capture phase, before any listener inside it. */
export function acceptOnlyTrustedInput(root: Node, signal: AbortSignal): void {
  const refuse = (event: Event) => {
    // form.requestSubmit() fires a trusted submit; only one that follows real input counts.
    if (event.isTrusted && (event.type !== 'submit' || navigator.userActivation?.isActive !== false)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, refuse, { capture: true, signal });
}
