import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import { checkId15, checkId18, checkUscc } from './support/checksums';
import { digitRuns, pickNumbers, type Candidate } from './support/digit-runs';
import { before } from './support/personal-context';

const ID_KEYWORD = /身份证|公民身份号码|证件号|居民身份|身份号码|居住证/;
/** Numbers of the same shape that identify organisations or documents, not people (§A.2, §A.7). */
const NOT_ID_KEYWORD = /信用代码|注册号|税号|纳税人识别号|营业执照|组织机构代码/;

type Verdict = 'idNumber' | 'residencePermit' | 'possibleIdNumber' | 'oldIdNumber' | undefined;

function verdictOf(c: Candidate, text: string): Verdict {
  const window = before(text, c.start, 20);
  if (c.value.length === 15) {
    // 15 digits are also old business registration numbers: only with an ID keyword (§A.2).
    return checkId15(c.value) && ID_KEYWORD.test(window) && !NOT_ID_KEYWORD.test(window) ? 'oldIdNumber' : undefined;
  }
  const verdict = checkId18(c.value);
  if (verdict === 'invalid') return undefined;
  if (NOT_ID_KEYWORD.test(window) && checkUscc(c.value)) return undefined;
  if (verdict === 'bad-checksum') return ID_KEYWORD.test(window) ? 'possibleIdNumber' : undefined;
  // HK/Macau/Taiwan residents' residence permits use the ID format with 810000/820000/830000 (§A.3).
  return /^8[123]/.test(c.value) ? 'residencePermit' : 'idNumber';
}

/** Art. 24: resident ID and residence-permit numbers must be masked so the birth date is hidden. */
export default defineRule({
  meta: {
    id: 'no-unmasked-id-number',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '身份证号码未脱敏', en: 'Unmasked resident ID number' },
    messages: {
      idNumber: {
        zh: '身份证号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Resident ID number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      residencePermit: {
        zh: '港澳台居民居住证号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'HK/Macau/Taiwan residence-permit number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      oldIdNumber: {
        zh: '15 位身份证号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: '15-digit resident ID number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
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
      invalid: ['村民李某，身份证号 11010519491231002X。', '证件号码：530102199003071238', '原身份证号 130503670401001'],
    },
  },
  *check(context) {
    const { text } = context;
    // A generator: a run of thousands of digits is worked through in parts (see pickNumbers).
    yield* pickNumbers(
      digitRuns(text),
      [15, 18],
      'shortest',
      (c) => verdictOf(c, text) !== undefined,
      (c) => {
        const verdict = verdictOf(c, text)!;
        const masked = `${c.value.slice(0, 4)}${'*'.repeat(c.value.length - 8)}${c.value.slice(-4)}`;
        context.report({
          messageId: verdict,
          severity: verdict === 'possibleIdNumber' ? 'warn' : undefined,
          start: c.start,
          end: c.end,
          data: { value: c.value },
          suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start: c.start, end: c.end, text: masked }] }],
        });
      },
    );
  },
});
