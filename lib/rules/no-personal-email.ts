import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import { after, before } from './support/personal-context';

/** Starts only where a local part can start, so long letter runs are not rescanned (no backtracking blow-up). */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}/g;

/** Free webmail domains: an address there belongs to a person unless it is a unit's role box (§A.10). */
const FREE_MAIL =
  /^(?:qq|vip\.qq|foxmail|163|126|yeah|vip\.163|vip\.126|188|sina|sina\.cn|vip\.sina|sohu|139|189|wo|aliyun|21cn|tom|gmail|hotmail|outlook|live|yahoo|icloud|me|msn|proton|protonmail)\.(?:com|cn|net|com\.cn)$/i;
/** Government and party domains: department addresses, never personal. */
const GOV_DOMAIN = /(?:^|\.)(?:gov\.cn|gov|org\.cn|12371\.cn|court\.gov\.cn)$/i;
/** Local parts of role mailboxes (投稿, 举报, 信访, 办公室 …) in pinyin or English. */
const ROLE_LOCAL =
  /tougao|jubao|xinfang|tousu|zixun|bangongshi|office|admin|service|kefu|info|news|contact|zhaopin|baoming|jiandu|jiwei|dangban|webmaster|xuanchuan|gongyi|cishan|hongshizihui|media/i;
/**
 * The address is given as a unit's mailbox (投稿邮箱, 举报邮箱, 来稿, a unit named right before or after it:
 * 县人社局 …@, …@（人事科）, 单位邮箱, 部门邮箱, 学校邮箱, 公司邮箱, 政务邮箱). The same words naming the person who wrote, applied or enrolled (来信人, 应聘者,
 * 报名人) label no unit's mailbox.
 */
const UNIT_CONTEXT =
  /(?:投稿|举报|投诉|监督|信访|来信|咨询|报名|应聘)(?![人者])|官方|联系我们|邮寄|简历|征集|征稿|来稿|作品|受理|办公室|工作组|指挥部|委员会|(?:[局委办院所站科股处部室中心会位门校司务]|联(?!系))(?:\S{0,3}邮箱|\s*$)/;
/** A box labelled as an office's own (局政务邮箱, 单位邮箱): a name and a number in it are the office's (linyeju01). */
const OFFICE_BOX = /(?:政务|单位|公务|[局委])\S{0,2}邮箱/;
/** A local part that is a name and a birth year (hexiaolin1992, liuyang_1995): a person's own handle. */
const NAME_YEAR = /^([a-z]{4,20})[._]?(?:19[4-9]\d|20[0-2]\d)$/i;
/**
 * A place in pinyin and a unit's initials ending in 局, 委 or 办 (anningswj, kunmingrsj, lulianggjw): an office's box,
 * whoever is named as its contact.
 */
const PLACE_UNIT = /^([a-z]{4,16}?)[^aeiouv]{1,3}[jwb]$/i;
/** …not where a private owner is named before it (失主王芳，邮箱wangfangzwj: a name and her initials). */
const PRIVATE_OWNER = /失主|家长|本人|家属|亲属|私人/;
/** A unit's own box labelled after the unit (纪委监委举报邮箱, 中心投稿邮箱, 局官方邮箱): the label wins over a name and a year. */
const UNIT_OWN_BOX = /(?:纪委|监委|[局委办院馆站所处部厅]|中心|政府)[^。，,；;\s]{0,4}?(?:举报|投稿|单位|官方|政务|信访|监督)邮箱[:：\s]*$/;
/** One pinyin syllable, tried greedily at a position (initial, then the longest final). */
const SYLLABLE =
  /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)/y;
/**
 * A pinyin full name with any number (liminghui_88, yang.lihua8): a common surname's syllable (about the top 50, and
 * Yunnan's 普 and 字) and a two-syllable given name, the last no place word (luliangxian66, honghezhou88 are a county's
 * and a prefecture's boxes).
 */
const NAME_NUMBER = /^([a-z]{5,16}|[a-z]{2,6}[._][a-z]{3,10})[._]?\d{1,4}$/i;
const SURNAME_PINYIN =
  /^(?:wang|li|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|gao|lin|luo|zheng|liang|xie|song|tang|han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|yao|shen|duan|pu|zi)$/;
const PLACE_SYLLABLE = /^(?:xian|shi|zhen|xiang|zhou|qu|cun|sheng)$/;
function personalHandle(local: string): boolean {
  const m = NAME_NUMBER.exec(local);
  if (!m) return false;
  const parts = syllables(m[1].replace(/[._]/, ''));
  return !!parts && parts.length === 3 && SURNAME_PINYIN.test(parts[0]) && !PLACE_SYLLABLE.test(parts[2]);
}
/** The letters split greedily into pinyin syllables, or null. */
function syllables(letters: string): string[] | null {
  const lower = letters.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  while (at < lower.length) {
    SYLLABLE.lastIndex = at;
    if (!SYLLABLE.exec(lower)) return null;
    parts.push(lower.slice(at, SYLLABLE.lastIndex));
    at = SYLLABLE.lastIndex;
  }
  return parts;
}
/** The letters split into two to four pinyin syllables (a name), not a unit's abbreviation (ljxzp, xrsj). */
function pinyinName(letters: string): boolean {
  const count = syllables(letters)?.length ?? 0;
  return count >= 2 && count <= 4;
}
/**
 * The unit that receives the notice's feedback, named in its contact block before the address (受理单位：…股 on a line
 * above; 向县自然资源局…股反馈意见，联系电话：…，电子邮箱：…; 提交至镇党政综合办公室): a free-mail address given there is
 * that unit's, unless a person is named between the unit and the address (联系人：李某某).
 */
const RECEIVER =
  /(?:受理|承办|联系|责任)(?:单位|部门|科室|机构)|(?:向|至|到|送|交)[^。\n,，]{2,24}?(?:局|委|办(?!理)|股|科|室|中心|政府|所|站|处)/g;
const PERSON_NAMED = /联系人|来信人|反映人|申请人|举报人|投诉人|作者|本人|个人|先生|女士|同学|姓名|某/g;
/** Where the last match of `re` (global) in `s` ends, or -1. */
function lastEnd(re: RegExp, s: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}
/** The address belongs to someone named or described nearby, or is labelled as a private person's (失主邮箱, 家长的邮箱, 她的邮箱). */
const PERSON_CONTEXT =
  /个人|本人|私人|其邮箱|家属|举报人|当事人|投诉人|申请人|患者|学生|村民|居民|网友|先生|女士|同学|某某?的?邮箱|(?:失主|家长|亲属|儿子|女儿|[他她])的?邮箱/;

/** Art. 24: a personal e-mail address must be de-identified; unit mailboxes are public. */
export default defineRule({
  meta: {
    id: 'no-personal-email',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '个人电子邮箱未脱敏', en: 'Personal e-mail address' },
    messages: {
      email: {
        zh: '个人邮箱“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Personal e-mail address "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      mask: { zh: '脱敏为 {{masked}}', en: 'Mask as {{masked}}' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['投稿邮箱：kmxc@km.gov.cn', '举报邮箱 ynjubao@163.com', '联系邮箱：zh***@163.com'],
      invalid: ['失主李某某的邮箱 lixiaoming1988@163.com', '网友“彩云之南”（邮箱 2845123456@qq.com）留言称'],
    },
  },
  check(context) {
    const { text } = context;
    if (!text.includes('@')) return;
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
      const value = m[0].replace(/\.+$/, '');
      const at = value.indexOf('@');
      const local = value.slice(0, at);
      const domain = value.slice(at + 1);
      if (GOV_DOMAIN.test(domain)) continue;
      const window = before(text, m.index, 16);
      const personal = PERSON_CONTEXT.test(window);
      if (FREE_MAIL.test(domain)) {
        // The label may follow the address: xxx@163.com（报名邮箱）; the next clause (）来信反映…) is no label.
        const label = window + after(text, m.index + value.length, 8).split(/[)）。，,;；\n]/)[0];
        // a name and a birth year is a person's handle whatever the label (报名邮箱：hexiaolin1992@qq.com)
        const handle = NAME_YEAR.exec(local);
        // …but a name and a number under an office's own label (局政务邮箱, 单位邮箱) is the office's (linyeju01)
        // …or a surname and the given name's initials (yangxm1986, lihz1990)
        const own =
          ((!!handle && (pinyinName(handle[1]) || SURNAME_PINYIN.test(handle[1].toLowerCase().replace(/[^aeiouv]{1,2}$/, '')))) ||
            (personalHandle(local) && !OFFICE_BOX.test(label))) &&
          !ROLE_LOCAL.test(local) &&
          !(UNIT_OWN_BOX.test(window) && !/老师|先生|女士/.test(label));
        if (
          !personal &&
          !own &&
          (UNIT_CONTEXT.test(label) ||
            ROLE_LOCAL.test(local) ||
            ((syllables(PLACE_UNIT.exec(local)?.[1] ?? '')?.length ?? 0) > 1 && !PRIVATE_OWNER.test(window)))
        )
          continue;
        const block = before(text, m.index, 80);
        if (!personal && !own && lastEnd(RECEIVER, block) > lastEnd(PERSON_NAMED, block)) continue;
      } else if (!personal) continue;
      const start = m.index;
      const end = start + value.length;
      const masked = `${local.slice(0, local.length > 3 ? 2 : 1)}***@${domain}`;
      context.report({
        messageId: 'email',
        start,
        end,
        data: { value },
        suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start, end, text: masked }] }],
      });
    }
  },
});
