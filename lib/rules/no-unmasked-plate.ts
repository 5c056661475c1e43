import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import { after, before } from './support/personal-context';

/**
 * GA 36-2018 plates after normalisation (§A.9): ordinary (5 serial characters) and new-energy
 * (D/F and the later A–K letters + 5, or 5 digits + letter), with an optional · or space. A D/F serial is taken with
 * a letter anywhere in it (D72K19), as people type new-energy plates.
 */
const PLATE =
  /(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•.\s]?(?:[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-K][A-HJ-NP-Z0-9]\d{4}|\d{5}[A-HJ-K]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警])(?![A-Za-z0-9])/g;

/** The plate is tied to a person (§A.9: a plate alone is a quasi-identifier). */
const PERSON =
  /车主|驾驶人|驾驶员|司机|车辆所有人|机动车所有人|所有人|名下|其驾驶|驾驶|(?<!试)驾车|骑行人|当事人|肇事者|肇事人|嫌疑人|违法行为人/;

/** A private vehicle named by its kind right after the plate (云A12345小型轿车, 云A·12345号摩托车): it is someone's car. */
const KIND = '轿车|私家车|(?:二轮)?摩托车|面包车|越野车|SUV|电动车';
const PRIVATE_VEHICLE = new RegExp(`^\\s*号?\\s*\\(?的?(?:.色)?(?:[小微]型(?:普通)?(?:[轿客货汽]车|越野车)|${KIND})`);
/** The private vehicle's kind just before the plate, in its clause: 一辆白色轿车（车牌号：云A…）. */
const KIND_BEFORE = new RegExp(`(?:${KIND})[^,。\\n]{0,8}$`);
/**
 * A crash, an offence, an exposure or a notice to move the car in the plate's sentence (处罚, 曝光, 占用消防通道, 请尽快挪车):
 * the vehicle stands for its driver, owner and occupants.
 */
const CRASH =
  /事故|[碰相]撞|追尾|刮擦|侧翻|翻车|坠[入落]|逃逸|肇事|违[法章停]|[酒醉]驾|酒后|超[速载]|无证|扣[留押]|[暂查]扣|被盗|失窃|盗走|闯红灯|查获/;
const INCIDENT = new RegExp(
  `${CRASH.source}|违规|处罚|罚款|罚单|记\\d+分|曝光|乱停|占用(?:消防|生命|应急|盲道|人行道|车道|通道|绿地|车位)|占道|(?:消防|生命|应急)车?通道|消防车道|不礼让|挪车|移车`,
);
/**
 * The driver or owner singled out in the sentence after the plate's (经查，驾驶人李某某…; 车主王某某已被约谈; 联系了该车车主;
 * 物业多次联系车主未果),
 * not drivers spoken of as a body (驾驶员均经过培训).
 */
const PERSON_NEXT =
  /(?:联系|通知)(?:了|上|不上)?(?:该车)?车主|(?:经查|该车|其|涉事)[^。]{0,4}?(?:车主|驾驶人|驾驶员|司机|当事人|肇事者|所有人)|(?:车主|驾驶人|驾驶员|司机|当事人)[\u4e00-\u9fa5]{1,3}?(?:已|被|未|因|系|涉嫌|承认|驾驶)/;
/** Between plates listed one after another (a note in brackets, then 、/和): the later ones share the first's tie. */
const LIST_JOIN = /^\s*(?:\([^()\n]{0,14}\))?\s*[、,和及与]\s*$/;
/** A vehicle's owner (not its driver): a service vehicle with an owner named is still tied to that person. */
const OWNER = /车主|所有人|名下/;
/** A public service vehicle is an operator's, not a person's, even in a crash. */
const SERVICE_VEHICLE = /公交|[班校警]车|消防(?!通道|车道|栓|设施)|救护|出租/;

/** Art. 24: a licence plate tied to a person must be masked (keep province, authority and last 2). */
export default defineRule({
  meta: {
    id: 'no-unmasked-plate',
    category: 'personal-data',
    defaultSeverity: 'warn',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '车牌号码未脱敏', en: 'Unmasked licence plate' },
    messages: {
      plate: {
        zh: '车牌号码“{{value}}”与个人关联，未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Licence plate "{{value}}" is tied to a person and not masked (Art. 24: personal privacy must be de-identified).',
      },
      mask: { zh: '脱敏为 {{masked}}', en: 'Mask as {{masked}}' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['曝光台：车主王某的云A·3**8X 号车辆违停。', '云A12345 号公交车今日起调整线路。'],
      invalid: ['驾驶人李某某驾驶云A·D12345 号小型轿车与行人相撞。', '车主张某某（车牌 云AB1234）'],
    },
  },
  check(context) {
    const { text } = context;
    // a plate alone on its line (a table cell, a list) is tied to people when the notice speaks of owners,
    // drivers or offences
    let tied: boolean | undefined;
    let lastEnd = -1;
    PLATE.lastIndex = 0;
    for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const line = before(text, start, 24).split('\n').pop()!;
      // a police car is the force's (云A1234警)
      if (m[0].endsWith('警')) continue;
      // a bus, school bus or ambulance right after the plate is the operator's, whoever drives it (not its owner's)
      const kind = after(text, end, 6);
      // a taxi or ride-hailing car, unlike a bus, is driven by one person: singled out (何师傅, 的哥, 司机李某), tied to it
      const driver = /出租|网约/.test(kind) && /师傅|的[哥姐]|司机.?某/.test(line + after(text, end, 24));
      if (SERVICE_VEHICLE.test(kind) && !driver && !OWNER.test(before(text, start, 24) + after(text, end, 16))) continue;
      const near = line + '\u0000' + after(text, end, 16).split(/[\n。!?]/)[0];
      const joined = lastEnd >= 0 && start - lastEnd <= 20 && LIST_JOIN.test(text.slice(lastEnd, start));
      const alone = (!start || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
      if (!joined && !driver && !PERSON.test(near) && !(alone && (tied ??= PERSON.test(text) || CRASH.test(text)))) {
        const [sentence, next = ''] = after(text, end, 80).split(/[。!?\n]/);
        const service = SERVICE_VEHICLE.test(sentence.slice(0, 10));
        if (
          !(PERSON_NEXT.test(next) && !service) &&
          !PRIVATE_VEHICLE.test(sentence) &&
          !KIND_BEFORE.test(line) &&
          !(INCIDENT.test(near + sentence) && !service)
        )
          continue;
      }
      lastEnd = end;
      const plate = m[0];
      // Province + authority letter (+ separator) kept, serial masked but for its last 2 characters.
      const head = /^..[·•.\s]?/.exec(plate)![0];
      const serial = plate.slice(head.length);
      const masked = head + '*'.repeat(serial.length - 2) + serial.slice(-2);
      context.report({
        messageId: 'plate',
        start,
        end,
        data: { value: plate },
        suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start, end, text: masked }] }],
      });
    }
  },
});
