/**
 * The publish gate: capture-phase listeners on the window, installed at document_start so they
 * run before any listener the page adds, that hold every publish attempt — a click on a publish
 * control, the platform's own publish shortcut in its composer, a form submission — until
 * `decide` resolves. A released attempt is replayed exactly as the user made it: the same event
 * type on the innermost element clicked (or the key target, or the form with its submitter), so
 * whichever element the page listens on (the control, a child, an ancestor, `document`, a
 * framework root) runs as it would without the extension.
 */

export interface Attempt {
  /** The publish control the attempt went through (null for a shortcut or a bare submit). */
  control: HTMLElement | null;
  /** Whether the attempt can still be replayed (its target, or a replacement, is in the page). */
  replayable(): boolean;
}

export interface GateOptions {
  /** The publish control an event path goes through, if any. */
  publishControl: (path: readonly EventTarget[]) => HTMLElement | null;
  /** The control standing for `gone` now that the page re-rendered it (same label), if any. */
  replacement(gone: HTMLElement): HTMLElement | null;
  /** True when this key event is the platform's own publish shortcut, pressed in its composer. */
  publishShortcut(e: KeyboardEvent): boolean;
  /** True when submitting this form publishes (its submitter is a publish control, it holds the draft…). */
  publishForm(form: HTMLFormElement, submitter: HTMLElement | null): boolean;
  /** True when pointer presses on publish controls must be swallowed (something blocks). */
  holdPointer(): boolean;
  /** Called for Esc while a decision waits on the user; true when it was taken as "back to editing". */
  escape(): boolean;
  /** Resolves true to release the attempt, false to keep it stopped. */
  decide(attempt: Attempt): Promise<boolean>;
}

export interface Gate {
  /** Hands the gate its decisions; until then every event passes untouched. */
  bind(options: GateOptions): void;
  /** Also listens for shortcuts and Esc in another same-origin document (an editor iframe). */
  watchKeys(doc: Document, signal: AbortSignal): void;
}

/**
 * `early` finds publish controls before the guard is bound: a click on one in that window is held
 * and decided once the guard starts, never let through unchecked.
 */
export function installGate(
  win: Window & typeof globalThis,
  signal: AbortSignal,
  early?: (path: readonly EventTarget[]) => HTMLElement | null,
): Gate {
  let options: GateOptions | null = null;
  let bound: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (bound = resolve));
  // True while a released attempt is re-dispatched: everything it causes passes through.
  let replaying = false;
  let pending = false;
  const keyDocs = new WeakSet<Document>();

  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const replay = (run: () => void) => {
    replaying = true;
    try {
      run();
    } finally {
      replaying = false;
    }
  };

  const attempt = (a: Attempt, run: () => void) => {
    if (pending) return;
    pending = true;
    started
      .then(() => options!.decide(a))
      .then((release) => {
        if (release) replay(run);
      })
      .catch(() => undefined)
      .finally(() => {
        pending = false;
      });
  };

  const onClick = (e: MouseEvent) => {
    const find = options?.publishControl ?? early;
    if (replaying || !find) return;
    const path = e.composedPath();
    const control = find(path);
    if (!control) return;
    stop(e);
    const clicked = path[0] instanceof win.Element ? path[0] : control;
    const target = (): Element | null => {
      if (clicked.isConnected) return clicked;
      if (control.isConnected) return control;
      return options?.replacement(control) ?? null;
    };
    // The event itself is the init dictionary: position, buttons, modifiers, bubbles, composed.
    attempt({ control, replayable: () => target() !== null }, () => target()?.dispatchEvent(new win.MouseEvent('click', e)));
  };

  const onPress = (e: Event) => {
    if (replaying || !options) return;
    const control = options.publishControl(e.composedPath());
    if (control && (pending || options.holdPointer())) stop(e);
  };

  const onKey = (e: KeyboardEvent) => {
    if (replaying || !options || e.isComposing) return;
    if (e.key === 'Escape') {
      if (options.escape()) stop(e);
      return;
    }
    if (!options.publishShortcut(e)) return;
    stop(e);
    const target = e.composedPath()[0] as Node;
    const View = target.ownerDocument?.defaultView ?? win;
    attempt({ control: null, replayable: () => target.isConnected }, () => target.dispatchEvent(new View.KeyboardEvent('keydown', e)));
  };

  const onSubmit = (e: SubmitEvent) => {
    if (replaying || !options) return;
    const form = e.target;
    if (!(form instanceof win.HTMLFormElement)) return;
    const submitter = e.submitter instanceof win.HTMLElement ? e.submitter : null;
    if (!options.publishForm(form, submitter)) return;
    stop(e);
    const control = submitter ? options.publishControl([submitter]) : null;
    attempt({ control: control ?? submitter, replayable: () => form.isConnected }, () =>
      form.requestSubmit(submitter && submitter.isConnected && submitter.closest('form') === form ? submitter : null),
    );
  };

  const listen = { capture: true, signal };
  win.addEventListener('click', onClick, listen);
  win.addEventListener('pointerdown', onPress, listen);
  win.addEventListener('mousedown', onPress, listen);
  win.addEventListener('keydown', onKey, listen);
  win.addEventListener('submit', onSubmit as EventListener, listen);

  return {
    bind(next) {
      options = next;
      bound();
    },
    watchKeys(doc, docSignal) {
      if (doc.defaultView === win || keyDocs.has(doc)) return;
      keyDocs.add(doc);
      doc.addEventListener('keydown', onKey, { capture: true, signal: AbortSignal.any([signal, docSignal]) });
    },
  };
}
