import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import { after, before, maskKeeping } from './support/personal-context';

/**
 * Letters and digits shaped like a passport or permit number, with the spaces or dashes editors
 * put inside. Validated against the formats of §A.8 after compacting.
 */
const CANDIDATE = /(?<![0-9A-Za-z])(?:[A-Za-z]{1,2}\.?|\d)[ \-]?\d(?:[ \-]?\d){6,9}[A-Za-z]?(?![0-9A-Za-z])/g;

const FORMATS: { kind: 'passport' | 'permit' | 'taiwanPermit'; re: RegExp }[] = [
  // Ordinary e-passport (E + 8 digits, or E + letter + 7 since 2017), old G, 14/15, service and
  // diplomatic passports, HKSAR (K/H) and MSAR (MA) passports.
  { kind: 'passport', re: /^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|1[45]\d{7}|[DSP]E\d{7}|[DSP]\d{8}|[PS]\.\d{7}|K\d{8}|MA\d{7})$/ },
  // 港澳居民来往内地通行证 (H/M + 8, optional 2-digit renewal count); 往来港澳通行证 (C + letter + 7).
  { kind: 'permit', re: /^(?:[HM]\d{8}(?:\d{2})?|C[A-HJ-NP-Z]\d{7}|C\d{8})$/ },
  // 台湾居民来往大陆通行证: 8 digits (card) or 10 digits with an optional letter (booklet).
  { kind: 'taiwanPermit', re: /^(?:\d{8}|\d{10}[A-Z]?)$/ },
];

const PASSPORT_KEYWORD = /护照|旅行证|passport/i;
const PERMIT_KEYWORD = /通行证|回乡证|港澳通|往来港澳|来往内地|证件号/;
const TAIWAN_KEYWORD = /台胞证|台湾居民来往大陆通行证|来往大陆通行证/;
const ANY_KEYWORD = new RegExp([PASSPORT_KEYWORD, PERMIT_KEYWORD, TAIWAN_KEYWORD].map((k) => k.source).join('|'), 'i');

/** Art. 24: passport and travel-permit numbers identify a person; always with a keyword in context (§A.8). */
export default defineRule({
  meta: {
    id: 'no-unmasked-passport',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '护照、通行证号码未脱敏', en: 'Unmasked passport or travel-permit number' },
    messages: {
      passport: {
        zh: '护照号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Passport number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      permit: {
        zh: '通行证号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Travel-permit number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      mask: { zh: '脱敏为 {{masked}}', en: 'Mask as {{masked}}' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['护照号码：E*****678', '乘坐 G1234 次列车返昆', '设备型号 E12345678'],
      invalid: ['游客王某某（护照号码 EA1234567）已平安返回。', '其港澳通行证号码为 C12345678。'],
    },
  },
  check(context) {
    const { text } = context;
    // Every reading needs a document keyword nearby: without one anywhere there is nothing to find.
    if (!ANY_KEYWORD.test(text)) return;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const value = m[0].replace(/[ \-]/g, '').toUpperCase();
      const format = FORMATS.find((f) => f.re.test(value));
      if (!format) continue;
      const start = m.index;
      const end = start + m[0].length;
      const near = before(text, start, 30) + after(text, end, 12);
      const keyword =
        format.kind === 'taiwanPermit'
          ? TAIWAN_KEYWORD.test(near)
          : PASSPORT_KEYWORD.test(near) || PERMIT_KEYWORD.test(near) || TAIWAN_KEYWORD.test(near);
      if (!keyword) continue;
      const lead = /^[A-Z]+\.?/.exec(value)?.[0].replace('.', '').length ?? 0;
      const masked = maskKeeping(m[0], lead, 3);
      context.report({
        messageId: format.kind === 'passport' ? 'passport' : 'permit',
        start,
        end,
        data: { value },
        suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start, end, text: masked }] }],
      });
    }
  },
});
