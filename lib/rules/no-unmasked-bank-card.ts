import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import { checkId18, checkUscc, luhn } from './support/checksums';
import { digitRuns, pickNumbers, type Candidate } from './support/digit-runs';
import { before, maskKeeping } from './support/personal-context';

const BANK_KEYWORD = /银行卡|卡号|账号|帐号|账户|帐户|开户行|开户银行|借记卡|储蓄卡|信用卡|工资卡|社保卡|收款/;
/** Document, order and organisation numbers of the same length (§A.6, §A.7). */
const NOT_CARD_KEYWORD =
  /订单|运单|快递单|单号|流水号|发票|交易号|编号|批次|合同号|证书号|准考证|信用代码|注册号|税号|纳税人识别号|身份证|证件号|文号|项目代码/;
/**
 * 户名 naming an organisation (单位, 公司, 协会, 慈善总会 …) or an explicit 对公账户: a public
 * donation or collection account, not personal data (§A.6).
 */
const ORG_ACCOUNT =
  /^(?:户\s*名|账户名称|帐户名称|开户名称|开户单位|收款单位|收款方|单位名称)\s*[:：]?\s*[^\s，,。；;:：]{2,30}?(?:单位|公司|会|政府|局|中心|医院|学校|大学|学院|银行|合作社|集团|厂|办公室|事务所|研究院|研究所|社区|妇联|团委|共青团|残联|站|所|基金|委员会|村委|居委|联合会|红十字会)/;
const HOLDER = /户\s*名|账户名称|帐户名称|开户名称|开户单位|收款单位|收款方|单位名称/g;
const PUBLIC_ACCOUNT = /对公|单位账户|单位账号|单位帐户|公户/;
/**
 * A donation account is an organisation's unless a private person holds it: a 户名 that names no organisation, or
 * the sick person or a relative given as its holder (户名：马某某，孩子父亲; 开户人为患者本人).
 */
const DONATION_ACCOUNT = /捐赠账户|捐款账户|募捐账户/;
const PRIVATE_HOLDER = /父亲|母亲|本人|家属|患者|患儿|孩子|[其之][父母妻夫子女]|开户人/;
/** UnionPay (62, 60, 81), co-branded Visa/Mastercard/JCB, and ICBC's old 95xx cards. */
const CARD_PREFIX = /^(?:6[02]|81|[45]|35|9[45])/;

/** Whether the nearest 户名-like label in `window` names an organisation. */
function orgHolder(window: string, which: 'first' | 'last'): boolean {
  let at = -1;
  HOLDER.lastIndex = 0;
  for (let m = HOLDER.exec(window); m; m = HOLDER.exec(window)) {
    at = m.index;
    if (which === 'first') break;
  }
  return at >= 0 && ORG_ACCOUNT.test(window.slice(at));
}

type Verdict = 'bankCard' | 'possibleBankCard' | undefined;

function verdictOf(c: Candidate, text: string): Verdict {
  // An 18-digit ID also has a card's shape: the ID rule claims it (§A.6).
  if (c.value.length === 18 && (checkId18(c.value) !== 'invalid' || checkUscc(c.value))) return undefined;
  // …and so are its first digits where the run goes on to an ID's check character X (5301 0219 8503 1724 1X)
  if (/X/.test(c.value) || /^[\s-]?\d?[Xx]/.test(text.slice(c.end, c.end + 3))) return undefined;
  const window = before(text, c.start, 24);
  const keyword = BANK_KEYWORD.test(window);
  // Neither a keyword nor a card-like number: nothing below can make it a card (every candidate of
  // a long run of digits is asked, so the cheap answer comes first).
  const cardLike = luhn(c.value) && CARD_PREFIX.test(c.value);
  if (!keyword && !cardLike) return undefined;
  if (NOT_CARD_KEYWORD.test(before(text, c.start, 12))) return undefined;
  // Only the nearest 户名 counts: a personal account may follow an organisation's.
  let account = before(text, c.start, 60);
  // A holder label belongs to the first account after it, not to a later one.
  const earlier = /\d[\d\s-]{7,}\d(?!.*\d{4})/s.exec(account);
  if (earlier) account = account.slice(earlier.index + earlier[0].length);
  if (PUBLIC_ACCOUNT.test(account) || orgHolder(account, 'last')) return undefined;
  // …or right after it, in the same line: 账号：6222…（户名：云南省慈善总会）
  const rest = text.slice(c.end, c.end + 40);
  const line = rest.slice(0, rest.search(/[\n。；;]|$/));
  if (orgHolder(line, 'first')) return undefined;
  if (DONATION_ACCOUNT.test(account)) {
    HOLDER.lastIndex = 0;
    if (!HOLDER.test(account + line) && !PRIVATE_HOLDER.test(account + line)) return undefined;
  }
  if (luhn(c.value) && (keyword || cardLike)) return 'bankCard';
  // Some UnionPay numbers fail Luhn: next to a bank keyword the number is still reported (§A.6).
  return keyword ? 'possibleBankCard' : undefined;
}

/** Art. 24: a personal bank card or account number must be masked (keep the last 4 digits). */
export default defineRule({
  meta: {
    id: 'no-unmasked-bank-card',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '银行卡号未脱敏', en: 'Unmasked bank card number' },
    messages: {
      bankCard: {
        zh: '银行卡号“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Bank card number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      possibleBankCard: {
        zh: '“{{value}}”疑似银行卡号（未通过校验），仍应脱敏。',
        en: '"{{value}}" looks like a bank card number (check digit wrong); mask it anyway.',
      },
      mask: { zh: '脱敏为 {{masked}}', en: 'Mask as {{masked}}' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['户名：云南省慈善总会，账号：6222 0224 0201 2345 678', '银行卡号：**** **** **** 0123', '订单号 6225881414207430'],
      invalid: ['受助人张某的银行卡号为 6225 8814 1420 7430，请核实。', '工资卡 6217002870012345672'],
    },
  },
  *check(context) {
    const { text } = context;
    // The longest reading first: 6222 0224 0201 2345 678 is one 19-digit card, not 16 + 3. A
    // generator: a run of thousands of digits is worked through in parts (see pickNumbers).
    yield* pickNumbers(
      digitRuns(text),
      [16, 17, 18, 19],
      'longest',
      (c) => verdictOf(c, text) !== undefined,
      (c) => {
        const verdict = verdictOf(c, text)!;
        const masked = maskKeeping(text.slice(c.start, c.end), 0, 4);
        context.report({
          messageId: verdict,
          severity: verdict === 'possibleBankCard' ? 'warn' : undefined,
          start: c.start,
          end: c.end,
          data: { value: c.value },
          suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start: c.start, end: c.end, text: masked }] }],
        });
      },
    );
  },
});
