/**
 * The publish gate: capture-phase interception on the window (so it runs before the page's own
 * handlers) of clicks on publish controls and of Ctrl/Cmd+Enter in the editor. Every attempt is
 * held until `decide` resolves — the record is committed first — and a released attempt is replayed
 * exactly once by clicking the control again.
 */

export interface GateOptions {
  /** The publish control an event path goes through, if any. */
  publishControl(path: readonly EventTarget[]): HTMLElement | null;
  /** The control Ctrl/Cmd+Enter stands for (the first publish control on the page). */
  defaultControl(): HTMLElement | null;
  /** True when pointer presses on publish controls must be swallowed (something blocks). */
  holdPointer(): boolean;
  /** Resolves true to release the attempt, false to keep it stopped. */
  decide(control: HTMLElement): Promise<boolean>;
}

export function installGate(win: Window, signal: AbortSignal, options: GateOptions): void {
  let replaying: HTMLElement | null = null;
  let pending = false;

  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const attempt = (control: HTMLElement) => {
    if (pending) return;
    pending = true;
    options
      .decide(control)
      .then((release) => {
        if (!release || !control.isConnected) return;
        replaying = control;
        try {
          control.click();
        } finally {
          replaying = null;
        }
      })
      .finally(() => {
        pending = false;
      });
  };

  const onClick = (e: MouseEvent) => {
    const control = options.publishControl(e.composedPath());
    if (!control) return;
    if (replaying === control) return; // the one replay goes through untouched
    stop(e);
    attempt(control);
  };
  const onPress = (e: Event) => {
    const control = options.publishControl(e.composedPath());
    if (control && replaying !== control && (pending || options.holdPointer())) stop(e);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.isComposing) return;
    const control = options.defaultControl();
    if (!control) return;
    stop(e);
    attempt(control);
  };

  const listen = { capture: true, signal };
  win.addEventListener('click', onClick, listen);
  win.addEventListener('pointerdown', onPress, listen);
  win.addEventListener('mousedown', onPress, listen);
  win.addEventListener('keydown', onKey, listen);
}
