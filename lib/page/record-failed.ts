import { tPage } from '../i18n/page';

/**
 * What the gate says when the publication record could not be written. The background reports a
 * full disk as a QuotaExceededError (its name crosses messaging), and the editor is told so:
 * freeing space and publishing again is what helps, not waiting.
 */
export function recordFailedMessage(error: unknown, locale: 'zh' | 'en' = 'zh'): string {
  const quota = typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
  return tPage(quota ? 'gate.recordFailedQuota' : 'gate.recordFailed', undefined, locale);
}
