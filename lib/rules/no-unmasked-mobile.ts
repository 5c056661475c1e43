import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import { isMobile } from './support/checksums';
import { digitRuns, pickNumbers } from './support/digit-runs';
import { maskKeeping } from './support/personal-context';

/** A landline as written: area code (in brackets or not), optional dash or space, 7–8 digits; anchored at a digit run's start. */
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3})[-\s]?\d{7,8}(?!\d)/g;
/** A private home line: the clause ties it to a household, a person or an illness. */
const PRIVATE_LINE =
  /家[中里]|(?<!其)[他她]家|老人家|宅电|住宅电话|家庭电话|私人|本人的?(?:电话|座机|手机|联系)|因[病灾残学]|致[困贫]|独居|(?:低保|监测|脱贫|五保|特困)户|其(?:母亲?|父亲?|妻子?|丈夫|儿子|女儿)|家属|患[者有病儿]|病人|病情|来[电信]人|求助人|反映人|投诉人|举报人|当事人|申请人|(?:[儿孙侄妻]子|女儿|[孙侄子]女|老伴|家人|亲属|[父母]亲|丈夫|外甥)[^，,。；;]{0,6}的?(?:座机|电话|家)/;
/**
 * A unit's line: the label before it or the note after it names an office, in full or by its short
 * form (外事办, 信访办, 卫健委, 妇联, 中队), or takes bookings (电话预约送药上门：); 代办 and 委托 are no units.
 */
/** A household named as the line's owner (他家座机, 她家中电话, 老人家的座机): a unit before it only wrote it down. */
const HOUSEHOLD = /(?<!其)[他她]家|其家|老人家|家[中里]/;
/**
 * A claimant sent to a unit (请失主本人…到派出所认领, 前往…大队领取): the line given after it is that unit's,
 * unless the household's own line follows (请家属到县医院办理手续，家属电话…).
 */
const DESTINATION = /(?:到|至|前往|赴)([^，,。；;\n]{2,20}?)(?:认领|领取|办理|处理|登记|报名)/;
const UNIT_LINE =
  /(?<![代帮包督])办(?!理|法)|委(?!托)|[妇残侨]联|值班|热线|服务|咨询|举报|监督|投诉|单位|中心|公司|局|政府|社区|医院|学校|传真|总机|派出所|队|站|所|部|处|科|预[约订]/;

/**
 * A seller's line in an advertisement (预订可加老板微信…, 订购请联系果园老板…): the clause before the
 * number asks the reader to book or buy through it. It is the business's contact, not personal data
 * (the advertisement itself is the commercial rule's); a purchase in another clause does not count.
 */
const SELLER =
  /(?:预[订定]|订[购房餐票货桌座位]|[购选]买|下单|批发|[团代]购)(?!人)[^。\n,;]{0,8}?(?:联系|致电|拨|加|电话|微信|热线)|(?:联系|加|找|咨询)[^。\n,;]{0,4}?(?:老板|店[主家]|商家|掌柜|卖家)|销售(?:热线|电话|专线|手机|微信)[:：\s]*$/;
/** …or the words right after the number say what it is for: ordering (拨打…13912345678订购, …下单; not 购买的). */
const ORDER_AFTER = /^\s*(?:订购|下单|购买|预订|订货)(?![的了过])/;
/** …unless someone is told to have used it (用手机号…预订, 通过手机号码…购买, 本人手机…下单): the user's own line. */
const USED = /(?:[用以]|通过|使用|受害人|本人|其)[^。\n，,；;拨致联]{0,6}?(?:手机|电话|号码)[号码]*[:：\s]*$/;

/**
 * A business's owner given, unnamed, as the contact (神湖客栈老板，电话…, 农家乐的老板，电话…, 茶厂掌柜 139…): the
 * business's line. An owner named (饭店老板李某某（手机…）) or in trouble (走失, 立案) is a person.
 */
const OWNER =
  /(?:客栈|民宿|酒店|宾馆|饭店|餐馆|餐厅|农家乐|果园|茶[园庄厂]|超市|商店|店铺|庄园|小店)的?(?:老板娘?|店主|掌柜)[，,：:\s]*(?:的)?(?:电话|手机|微信|联系方式)?[：:\s]*$/;
const PLIGHT = /走失|失联|寻人|家属|患|病|受伤|遇难|立案|调查|涉嫌|处罚|违法/;

/**
 * An enrolment, enquiry or booking line (报名电话：, 咨询热线：, 打电话订个位置：, 电话下单), a seller's staff labelling it (置业顾问电话, 销售经理,
 * 客服微信, 导购), or a seller reached by a buyer addressed as one who
 * needs, means or wants to try the goods (有需要的可以联系…, 有意向的朋友可咨询…, 想尝鲜的朋友请联系合作社，电话…),
 * counts as a seller's where its passage states a price.
 */
const SALES_LINE =
  /(?:(?:报名|咨询|预约|订购|购买|团购)(?:电话|热线|微信|手机)|电话(?:预[订约]|[订约][个桌座位]|下单)[^,;]{0,6}|(?:置业|销售|导购|客服|业务)(?:顾问|经理|员)?(?:电话|微信|手机)?|(?:需要|有意向?|感兴趣|想(?:要|买|购买|尝鲜|品尝|尝尝?|订购?))的[^。,;]{0,12}?(?:联系|致电|拨打|加|咨询)[^。;]{0,16}?):?\s*$/;
/** A price, in 元 or 万元 (a flat, a car). */
const PRICE = /\d(?:\.\d+)?\s*万?元|元\/|￥\s*\d/;
/** Art. 24: a personal mobile number must be de-identified (keep the first 3 and last 4 digits). */
export default defineRule({
  meta: {
    id: 'no-unmasked-mobile',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '手机号码未脱敏', en: 'Unmasked mobile number' },
    messages: {
      mobile: {
        zh: '手机号码“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Mobile number "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      landline: {
        zh: '私人座机“{{value}}”与个人信息并列，未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Private landline "{{value}}" stands with a person\'s details and is not masked (Art. 24: personal privacy must be de-identified).',
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
  *check(context) {
    const { text } = context;
    LANDLINE.lastIndex = 0;
    for (let m = LANDLINE.exec(text); m; m = LANDLINE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // a home before the label is no unit (住东风社区，电话…, while 与救助站联系，电话… names one); the note is what is
      // attached to the number (（县应急管理局值班室）), not the next clause or the next number (…或镇派出所…)
      let label = text.slice(Math.max(0, start - 8), start);
      if (label.includes('住')) label = label.split(/[,，]/).pop()!;
      const home = label.search(HOUSEHOLD);
      if (home >= 0) label = label.slice(home);
      const note = text.slice(end, end + 14).split(/[。\n;,，、或]/)[0];
      if (UNIT_LINE.test(label) || UNIT_LINE.test(note)) continue;
      const clause =
        text
          .slice(Math.max(0, start - 40), start)
          .split(/[。\n;]/)
          .pop()! + note;
      if (!PRIVATE_LINE.test(clause)) continue;
      const sent = DESTINATION.exec(clause);
      if (sent && UNIT_LINE.test(sent[1]) && !PRIVATE_LINE.test(clause.slice(sent.index + sent[0].length))) continue;
      // keep the area code (3 digits for 01x/02x, else 4) and the last 2 digits
      const masked = maskKeeping(m[0], /^\(?0[12]/.test(m[0]) ? 3 : 4, 2);
      context.report({
        messageId: 'landline',
        start,
        end,
        data: { value: m[0] },
        suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start, end, text: masked }] }],
      });
    }
    // A generator: a run of thousands of digits is worked through in parts (see pickNumbers).
    yield* pickNumbers(
      digitRuns(context.text),
      [11, 13, 15],
      'shortest',
      (c) => isMobile(national(c.value)),
      (c) => {
        let start = c.start;
        // Include a "+" written before 86, and an opening bracket closed inside the number, as in
        // "(+86)139…" or "(139)1234-5678", so the whole typed number is highlighted and masked.
        if (c.value.length > 11 && context.text[start - 1] === '+') start -= 1;
        if (context.text[start - 1] === '(' && context.text.slice(start, c.end).includes(')')) start -= 1;
        const digits = national(c.value);
        const clause = context.text
          .slice(Math.max(0, start - 30), start)
          .split(/[。\n]/)
          .pop()!;
        if (SELLER.test(clause) || (OWNER.test(clause) && !PLIGHT.test(clause))) return;
        if (ORDER_AFTER.test(context.text.slice(c.end, c.end + 8)) && !PLIGHT.test(clause) && !USED.test(clause)) return;
        if (SALES_LINE.test(clause) && !PLIGHT.test(clause)) {
          // the line before the number, at most 200 characters back (a long line is not re-read per number)
          const window = context.text.slice(Math.max(0, start - 200), start);
          if (PRICE.test(window.slice(window.lastIndexOf('\n') + 1))) return;
        }
        const masked = `${digits.slice(0, 3)}****${digits.slice(7)}`;
        context.report({
          messageId: 'mobile',
          start,
          end: c.end,
          data: { value: digits },
          suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start, end: c.end, text: masked }] }],
        });
      },
    );
  },
});

/** Strips a 86 / 0086 country prefix; anything else is returned unchanged. */
function national(value: string): string {
  if (value.length === 13 && value.startsWith('86')) return value.slice(2);
  if (value.length === 15 && value.startsWith('0086')) return value.slice(4);
  return value.length === 11 ? value : '';
}
