import type { Locale } from '../lib/i18n/messages';
import { pageTranslator as translator } from '../lib/i18n/page';

/**
 * In the panel, for images of the draft on a platform image server the extension may not read yet
 * (a reopened draft's CDN images): "允许读取 mmbiz.qpic.cn 的图片", which opens the extension's own page
 * where the user confirms. The page cannot click this (closed shadow root, trusted input only).
 */
export function ImageAccessOffer({ hosts, locale, onAllow }: { hosts: string[]; locale?: Locale; onAllow(host: string): void }) {
  if (!hosts.length) return null;
  const tr = translator(locale);
  return (
    <div className="gpg-notice gpg-image-access">
      <p>{tr('ocr.access.hint')}</p>
      {hosts.map((host) => (
        <button key={host} type="button" onClick={() => onAllow(host)}>
          {tr('ocr.access.offer', { host })}
        </button>
      ))}
    </div>
  );
}
