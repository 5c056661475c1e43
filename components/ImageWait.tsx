import type { Locale } from '../lib/i18n/messages';
import { pageTranslator as translator } from '../lib/i18n/page';
import type { ImageProgress } from '../lib/ocr/page-images';

/** Shown while a publish attempt waits for the draft's images to be read: 正在检查图片 2/6. */
export function ImageWait({ progress, locale }: { progress: ImageProgress | null; locale?: Locale }) {
  if (!progress) return null;
  const tr = translator(locale);
  return (
    <div className="gpg-image-wait" role="status">
      {tr('ocr.waiting', { done: progress.done, total: progress.total })}
    </div>
  );
}
