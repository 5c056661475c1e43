import { z } from 'zod';
import { defineRule } from '../engine/rule';
import { checkId18 } from './support/checksums';
import { candidates, digitRuns, pickCandidates } from './support/digit-runs';

const ID_KEYWORD = /身份证|公民身份号码|证件号|居民身份|身份号码/;

/** Art. 24: an 18-digit resident ID number must be masked so its birth date is hidden. */
export default defineRule({
  meta: {
    id: 'no-unmasked-id-number',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '身份证号码未脱敏', en: 'Unmasked resident ID number' },
    description: {
      zh: '发现完整的 18 位公民身份号码（校验地区码、出生日期和 ISO 7064 校验位，末位可为小写 x）。校验位错误但附近有“身份证”等字样的号码也提示。应保留前四位和后四位。',
      en: 'Finds full 18-digit resident ID numbers (region code, real birth date and ISO 7064 check character; a lower-case x is accepted). Numbers with a wrong check character are reported when an ID keyword is near. Keep only the first 4 and last 4 characters.',
    },
    messages: {
      idNumber: {
        zh: '身份证号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Resident ID number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      possibleIdNumber: {
        zh: '“{{value}}”疑似身份证号码（校验位不符，可能有误），仍应脱敏。',
        en: '"{{value}}" looks like a resident ID number (check character wrong, possibly mistyped); mask it anyway.',
      },
      mask: { zh: '脱敏为 {{masked}}', en: 'Mask as {{masked}}' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['身份证号：5301**********1234', '统一社会信用代码 91350100M000100Y43', '文号 云政办规〔2019〕6号'],
      invalid: ['村民李某，身份证号 11010519491231002X。', '证件号码：530102199003071238'],
    },
  },
  check(context) {
    for (const groups of digitRuns(context.text)) {
      for (const c of pickCandidates(candidates(groups, [18]), (c) => checkId18(c.value) !== 'invalid')) {
        const verdict = checkId18(c.value);
        if (verdict === 'bad-checksum' && !ID_KEYWORD.test(context.text.slice(Math.max(0, c.start - 20), c.start))) continue;
        const masked = `${c.value.slice(0, 4)}**********${c.value.slice(14)}`;
        context.report({
          messageId: verdict === 'valid' ? 'idNumber' : 'possibleIdNumber',
          severity: verdict === 'valid' ? undefined : 'warn',
          start: c.start,
          end: c.end,
          data: { value: c.value },
          suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start: c.start, end: c.end, text: masked }] }],
        });
      }
    }
  },
});
