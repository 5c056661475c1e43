import { describe, expect, it } from 'vitest';
import { ruleOptions } from '../catalogue/catalogue';
import { rules } from '../rules';
import { optionLabel, optionTypeLabel } from './index';

describe('rule options in words people read', () => {
  const all = rules.flatMap((r) => ruleOptions(r).map((o) => [r.meta.id, o.name, o.type] as const));

  it.each(all)('%s: %s has a label in both languages, not its name in the code', (_, name) => {
    for (const locale of ['zh', 'en'] as const) {
      expect(optionLabel(name, locale)).not.toBe(name);
      expect(optionLabel(name, locale)).not.toMatch(/[A-Z][a-z]+[A-Z]/);
    }
  });

  // [type in the schema, zh, en]
  const types: [string, string, string][] = [
    ['number', '数字', 'Number'],
    ['integer', '数字', 'Number'],
    ['string', '文字', 'Text'],
    ['boolean', '开关', 'Switch'],
    ['string[]', '词语列表', 'List of words'],
    ['"a" | "b"', '选项之一', 'One of a set'],
  ];
  it.each(types)('names the type %s', (type, zh, en) => {
    expect(optionTypeLabel(type, 'zh')).toBe(zh);
    expect(optionTypeLabel(type, 'en')).toBe(en);
  });
});
