import { formatMessage } from '../engine/rule';
import { catalogs, type Locale, type MessageKey } from './catalog';

export type { Locale, MessageKey };
export { catalogs };

/** A catalogue string with {{placeholders}} filled. */
export function t(key: MessageKey, data?: Record<string, string | number>, locale: Locale = 'zh'): string {
  return formatMessage(catalogs[locale][key], data);
}

/** A translator bound to one locale. */
export function translator(locale: Locale = 'zh') {
  return (key: MessageKey, data?: Record<string, string | number>) => t(key, data, locale);
}
