import { z } from 'zod';
import { defineRule } from '../engine/rule';
import { isMobile } from './support/checksums';
import { candidates, digitRuns, pickCandidates } from './support/digit-runs';

/** Art. 24: a personal mobile number must be de-identified (keep the first 3 and last 4 digits). */
export default defineRule({
  meta: {
    id: 'no-unmasked-mobile',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '手机号码未脱敏', en: 'Unmasked mobile number' },
    description: {
      zh: '发现完整的大陆手机号码（13x–19x 号段，含 +86/0086 前缀、空格、横线、点、括号、全角数字、零宽字符和中文数字写法）。12345、110、400/800/95xxx 等服务号码和座机不提示。个人手机号应去标识化，保留前三位和后四位。',
      en: 'Finds full mainland mobile numbers (13x–19x segments, with +86/0086, spaces, dashes, dots, brackets, full-width digits, zero-width characters or Chinese numerals). Service numbers (12345, 110, 400/800/95xxx) and landlines are not reported. Personal numbers must be de-identified, keeping the first 3 and last 4 digits.',
    },
    messages: {
      mobile: {
        zh: '手机号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Mobile number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      mask: { zh: '脱敏为 {{masked}}', en: 'Mask as {{masked}}' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['联系电话：138****5678', '政务服务便民热线 12345', '全年共接听来电 13800138 次'],
      invalid: ['患者家属电话 13800138000，请知悉。', '联系人：+86 139-1234-5678', '电话：一三八零零一三八零零零'],
    },
  },
  check(context) {
    for (const groups of digitRuns(context.text)) {
      const all = candidates(groups, [11, 13, 15]);
      const picked = pickCandidates(all, (c) => isMobile(national(c.value)));
      for (const c of picked) {
        let start = c.start;
        // Include a "+" written before 86, and an opening bracket closed inside the number, as in
        // "(+86)139…" or "(139)1234-5678", so the whole typed number is highlighted and masked.
        if (c.value.length > 11 && context.text[start - 1] === '+') start -= 1;
        if (context.text[start - 1] === '(' && context.text.slice(start, c.end).includes(')')) start -= 1;
        const digits = national(c.value);
        const masked = `${digits.slice(0, 3)}****${digits.slice(7)}`;
        context.report({
          messageId: 'mobile',
          start,
          end: c.end,
          data: { value: digits },
          suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start, end: c.end, text: masked }] }],
        });
      }
    }
  },
});

/** Strips a 86 / 0086 country prefix; anything else is returned unchanged. */
function national(value: string): string {
  if (value.length === 13 && value.startsWith('86')) return value.slice(2);
  if (value.length === 15 && value.startsWith('0086')) return value.slice(4);
  return value.length === 11 ? value : '';
}
