import { useState } from 'react';
import { translator, type Locale } from '../lib/i18n';

export type ImageAccessState = 'asking' | 'granted' | 'denied';

/**
 * The extension's own page where the user allows reading the draft's images on one platform image
 * server. Its 允许 click is the user gesture permissions.request needs; the editor page cannot reach it.
 */
export function ImageAccessView({
  host,
  locale,
  onAllow,
  onCancel,
}: {
  /** The image server as people read it; null when the page was opened for a host that is not a known one. */
  host: string | null;
  locale?: Locale;
  onAllow(): Promise<boolean>;
  onCancel(): void;
}) {
  const tr = translator(locale);
  const [state, setState] = useState<ImageAccessState>('asking');
  if (!host) return <p role="alert">{tr('imageAccess.unknown')}</p>;
  return (
    <main className="image-access">
      <h1>{tr('imageAccess.question', { host })}</h1>
      <p>{tr('imageAccess.why', { host })}</p>
      {state === 'asking' ? (
        <p className="actions">
          <button
            type="button"
            className="primary"
            onClick={() =>
              void onAllow().then(
                (ok) => setState(ok ? 'granted' : 'denied'),
                () => setState('denied'),
              )
            }
          >
            {tr('imageAccess.allow')}
          </button>
          <button type="button" onClick={onCancel}>
            {tr('imageAccess.cancel')}
          </button>
        </p>
      ) : (
        <p role="status">{tr(state === 'granted' ? 'imageAccess.granted' : 'imageAccess.denied')}</p>
      )}
    </main>
  );
}
