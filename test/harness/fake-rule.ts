/**
 * A rule for tests of the machinery around rules (the runner, sliced checks, the warm-up): a source
 * rule with one message, `hit`, no options and no examples unless given, whose check is the test's.
 */
import { z } from 'zod/mini';
import { defineRule, type ExampleDraft, type Rule } from '../../lib/engine/rule';

export function fakeRule(
  id: string,
  check: Rule['check'],
  options: { hit?: { zh: string; en: string }; examples?: ExampleDraft[] } = {},
): Rule {
  return defineRule({
    meta: {
      id,
      category: 'source',
      defaultSeverity: 'warn',
      basis: [{ article: 25 }],
      name: { zh: id, en: id },
      messages: { hit: options.hit ?? { zh: '命中', en: 'hit' } },
      options: z.object({}),
      examples: { valid: [], invalid: options.examples ?? [] },
    },
    check,
  });
}
