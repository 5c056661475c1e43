/**
 * In the background, an image's reading becomes its findings: the content script stays small (it
 * only sends the bytes or URL with the image's caption and alt text, and shows what comes back).
 */
import type { DraftImage } from '../engine/draft';
import type { Rule } from '../engine/rule';
import type { CheckSettings } from '../engine/runner';
import type { MessageReply } from '../messaging/protocol';
import type { OcrReply } from '../messaging/offscreen-protocol';
import { checkImages, imageText } from './image-check';

export function imageVerdict(
  reply: OcrReply,
  image: Omit<DraftImage, 'offset' | 'printed' | 'captionRange'>,
  rules: readonly Rule[],
  settings: CheckSettings,
): MessageReply<'ocrRead'> {
  if (!reply.ok) return reply;
  const draftImage: DraftImage = { ...image, offset: 0 };
  return {
    ok: true,
    printed: imageText(reply.result).text,
    findings: checkImages({ images: [draftImage] }, [{ index: 0, result: reply.result }], rules, settings),
  };
}
