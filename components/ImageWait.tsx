import type { Locale } from '../lib/i18n/messages';
import { pageTranslator as translator } from '../lib/i18n/page';
import type { ImageProgress } from '../lib/ocr/page-images';

/**
 * Shown while a publish attempt waits for the draft's images to be read: 正在检查图片 2/6, with
 * 返回修改 to stop waiting and go back to the editor without publishing (Esc does the same).
 */
export function ImageWait({ progress, locale, onBack }: { progress: ImageProgress | null; locale?: Locale; onBack(): void }) {
  if (!progress) return null;
  const tr = translator(locale);
  return (
    <div className="gpg-image-wait">
      <span role="status">{tr('ocr.waiting', { done: progress.done, total: progress.total })}</span>
      <button type="button" onClick={onBack}>
        {tr('gate.back')}
      </button>
    </div>
  );
}
