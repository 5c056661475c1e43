import { formatMessage } from '../engine/rule';
import { messages, type Locale, type MessageKey } from './messages';

export type { Locale, MessageKey };
export { messages };

/**
 * English nouns written `finding(s)` in the catalogue, after the number they count: singular for
 * 1, plural otherwise (3 findings, 1 file, 0 false alarms; one or two words may stand between).
 */
export function pluralize(text: string): string {
  return text.replace(
    /\b(\d[\d,]*)((?: [a-z-]+){0,2}?) ([a-z-]+)\(s\)/gi,
    (_, n: string, between: string, noun: string) => `${n}${between} ${noun}${n === '1' ? '' : 's'}`,
  );
}

/** A catalogue string with {{placeholders}} filled. */
export function t(key: MessageKey, data?: Record<string, string | number>, locale: Locale = 'zh'): string {
  const text = formatMessage(messages[locale][key], data);
  return locale === 'en' ? pluralize(text) : text;
}

/** A translator bound to one locale. */
export function translator(locale: Locale = 'zh') {
  return (key: MessageKey, data?: Record<string, string | number>) => t(key, data, locale);
}

/** A rule option as people read it (阻止发表的商业信号分值), never its name in the code. */
export function optionLabel(name: string, locale: Locale = 'zh'): string {
  const key = `ruleOption.${name}`;
  return key in messages[locale] ? t(key as MessageKey, undefined, locale) : name;
}

/** An option's kind in words: 数字, 文字, 开关, 词语列表, 选项之一 (not number, string[]). */
export function optionTypeLabel(type: string, locale: Locale = 'zh'): string {
  const kind = type.endsWith('[]') ? 'list' : type.includes('|') ? 'choice' : type === 'integer' ? 'number' : type;
  const key = `ruleOption.type.${kind}`;
  return key in messages[locale] ? t(key as MessageKey, undefined, locale) : type;
}
