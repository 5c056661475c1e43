import { z } from 'zod/mini';
import type { DraftBlock } from '../engine/draft';
import type { TextPresence } from '../engine/presence';
import { defineRule } from '../engine/rule';
import { aidToMinors, before, COMMENDING, disclosureExceptions, isCommendation, SCHOOL } from './support/personal-context';
import { isGivenNameChar, maySurname, surnameAt, tibetanNameAt, yiClanAt } from './support/surnames';
import { lineRange, lineStarts } from './support/text-units';

/**
 * Roles that put the person after them in a private context (§A.12): patients, residents,
 * parties to complaints and cases, victims, drivers, minors, relatives.
 */
const ROLES = [
  '无症状感染者',
  '犯罪嫌疑人',
  '违法行为人',
  '违法嫌疑人',
  '确诊病例',
  '疑似病例',
  '密切接触者',
  '特困人员',
  '失联人员',
  '被申请人',
  '未成年人',
  '留守儿童',
  '受助学生',
  '受资助学生',
  '救助对象',
  '帮扶对象',
  '资助对象',
  '走失老人',
  '务工人员',
  '感染者',
  '贫困户',
  '低保户',
  '监测户',
  '脱贫户',
  '当事人',
  '举报人',
  '投诉人',
  '信访人',
  '申请人',
  '受害人',
  '被害人',
  '嫌疑人',
  '被执行人',
  '被告人',
  '遇难者',
  '驾驶人',
  '驾驶员',
  '骑车人',
  '受助人',
  '收款人',
  '领取人',
  '求助人',
  '农民工',
  '新生儿',
  '患者',
  '病例',
  '村民',
  '居民',
  '市民',
  '群众',
  '户主',
  '原告',
  '被告',
  '死者',
  '伤者',
  '司机',
  '车主',
  '学生',
  '儿童',
  '老人',
  '网民',
  '网友',
  '家属',
  '失主',
  '游客',
  '男子',
  '女子',
  '男孩',
  '女孩',
  '妻子',
  '丈夫',
  '儿子',
  '女儿',
  '父亲',
  '母亲',
  '爷爷',
  '奶奶',
  '孩子',
  '其妻',
  '其夫',
  '其子',
  '其女',
  '姓名',
  '户名',
  '考生',
  '孕妇',
  '产妇',
  '患儿',
  '来电人',
  '求助者',
  // relations and everyday roles that name a private person: 老人名叫…, 邻居…, 乘车人…
  '名叫',
  // a name read off a card, a parcel or a person's own word: 证件上的名字是…, 卡面上的名字为…
  '名字',
  '邻居',
  '乘车人',
  '乘客',
  '农民工代表',
  '村民代表',
  '群众代表',
  '家长',
  '教师',
  '护工',
  '快递员',
  '外卖员',
  '环卫工人',
  '小学生',
  '中学生',
  '少年',
  '幼儿',
  // pupils by what they are called at school (a classmate is a pupil where the draft is about a school)
  '小朋友',
  '少先队员',
  '同学',
  '病人',
  '工友',
  '同事',
  '房东',
  '租户',
  '业主',
  '摊主',
  '店主',
  '老板娘',
  // a trade master (制茶师傅, 木匠师傅; 李师傅 is an address, not a name) and a player by team position
  '师傅',
  '后卫',
  '前锋',
  '中锋',
  '门将',
  '守门员',
  '老将',
  '农户',
  '养殖户',
  '种植户',
  '种植大户',
  '养殖大户',
  '个体户',
  '经营户',
  '返乡青年',
  '老党员',
  // skilled or retired private people introduced by what they do: 种植能手杨德顺, 退休工人王德发
  '能手',
  '致富带头人',
  '退休工人',
  '退休职工',
  '退休教师',
  '退休干部',
  '搬迁户',
  '留守老人',
  '独居老人',
  '小哥',
  '叫',
  // only in a private appeal (寻人, 寻物, 求助): elsewhere a contact person speaks for a unit (§A.14)
  '联系人',
  // kin of a private person
  '老伴',
  '亲属',
  '亲戚',
  '哥哥',
  '弟弟',
  '姐姐',
  '妹妹',
  '孙子',
  '孙女',
  '外孙',
  '儿媳',
  '女婿',
  '爱人',
  '老公',
  '老婆',
  '表哥',
  '表弟',
  '表姐',
  '表妹',
  '堂哥',
  '堂弟',
  '堂姐',
  '堂妹',
  '侄子',
  '侄女',
  '外甥',
  '外公',
  '外婆',
  '舅舅',
  '姑姑',
  '叔叔',
  '伯伯',
  '婶婶',
  '岳父',
  '岳母',
  '公公',
  '祖父',
  '祖母',
  '外孙女',
  '媳妇',
  '新娘',
  '新郎',
  // neighbours by place: 同村的杨德贵
  '同村的',
  '邻村的',
  '本村的',
  '隔壁的',
  '对门的',
  '同车的',
  // private people by what they are, often after an ethnic name: 维吾尔族姑娘…, 彝族阿妈…
  '姑娘',
  '小伙子',
  '小伙',
  '妇女',
  '阿妈',
  '阿爸',
  // kin after 其 (其女儿杨丽): read whole, or 其女 would leave 儿 before the name
  '其女儿',
  '其儿子',
  '其母亲',
  '其父亲',
  '其妻子',
  '其丈夫',
  '其孙子',
  '其孙女',
  // parties named by what they hold, owe or receive (a word ending in 人 is too common to be a shape:
  // 人文, 人均 …, and 负责人, 联系人, 发言人 are public)
  '参保人',
  '投保人',
  '被保险人',
  '受益人',
  '监护人',
  '被监护人',
  '承包人',
  '经营人',
  '持卡人',
  '领款人',
  '借款人',
  '出借人',
  '承租人',
  '出租人',
  '购房人',
  '委托人',
  '继承人',
  '抚养人',
  '赡养人',
  '报警人',
  '报案人',
  '证人',
  '行人',
  '路人',
  '失踪人',
  // parties to a postal item, a pupil referred to as 该生, the people in a vehicle
  '收件人',
  '寄件人',
  // the holder of a found passport or permit (持照人, 持证人)
  '持照人',
  '持证人',
  '收货人',
  '该生',
  '驾乘人员',
  // a citizen of a place (我县籍公民…), writers of a message or letter, people hurt, trapped or lost
  '籍公民',
  '留言人',
  '来信人',
  '反映人',
  '受伤人员',
  '被困人员',
  '遇难人员',
  '失踪人员',
  // the person sought in a missing-person appeal: 紧急寻人：张三 (寻人启事 read whole, so 启事 is no name)
  '寻人启事',
  '寻人',
];
/** Whose 名字 it is: a card or parcel's (证件上的, 卡面上的, 快递单上的) or a person's, not a product's or a firm's. */
const NAME_HOLDER = /[证卡单件][上面]|[他她]的?$|失主|孩子|老人|[儿女]子|[父母]亲/;
/** Labels of a form field holding a whole name (姓名：者春梅): read even where the surname is not in the table. */
const FORM_LABEL = new Set(['姓名', '户主', '户名']);
/** What a form field after 姓名： holds when it is no name: another field's label, a blank, 不详. */
const NOT_A_NAME = /^(?:不详|未知|性别|年龄|民族|籍贯|住址|地址|电话|手机|身份|证件|出生|单位|职业|签[名字]|本人|匿名|填写|暂无|待定)/;
/** A name of two or three Chinese characters standing alone after a form label (姓名：矣秀兰，…), any surname. */
function formName(text: string, i: number): Name | undefined {
  let end = i;
  while (end < i + 4 && isHan(text[end])) end++;
  if (end - i < 2 || end - i > 3 || isHan(text[end]) || /[某×*＊]/.test(text[end] ?? '') || text.slice(i, end).includes('某'))
    return undefined;
  if (NOT_A_NAME.test(text.slice(i, end)) || PLACE_SUFFIX.has(text[end - 1])) return undefined;
  return { start: i, end, surname: 1 };
}
/** Kin words after which a nickname (小雪, 小军) names the relative. */
const KIN_NICKNAME = new Set(['孙子', '孙女', '外孙', '外孙女', '儿子', '女儿', '侄子', '侄女', '外甥', '弟弟', '妹妹']);
/** 小 and one given-name character ending a word (小雪说, 小军从; not 小学, 小时候). */
function nicknameAt(text: string, i: number): Name | undefined {
  const next = text[i + 2];
  // 小小年纪, 小时候 are words, not nicknames
  return text[i] === '小' && text[i + 1] !== '小' && isGivenNameChar(text[i + 1]) && (!isHan(next) || BOUNDARY.has(next)) && next !== '时'
    ? { start: i, end: i + 2, surname: 1 }
    : undefined;
}
/** A name one gives oneself, quoted after 叫: 自己叫“阿木惹”, 自称叫“…”, 他叫“…”. */
const SELF_NAMED = /自己|自称|[他她我]$/;
/** Labels after which whatever follows the surname is the given name (姓名：张铁柱). */
const STRONG = new Set(['姓名', '名叫', '户主', '户名']);
/** Roles of minors: their names are personal whatever the passage is about. */
const MINOR = new Set([
  '未成年人',
  '留守儿童',
  '受助学生',
  '受资助学生',
  '儿童',
  '男孩',
  '女孩',
  '孩子',
  '患儿',
  '新生儿',
  '小学生',
  '中学生',
  '少年',
  '幼儿',
  '小朋友',
  '少先队员',
]);
const PLAYER = new Set(['后卫', '前锋', '中锋', '门将', '守门员']);
const COMPETITION = /[省全]运会|运动会|(?<![村超])联赛|锦标赛|奥运|亚运/;
/** A passage about pupils: a school's discipline of them is not Art. 24's disciplinary publicity. */
const MINOR_CONTEXT = /学生|未成年|儿童|幼儿|班主任/;
/**
 * Roles by their first character, longest first (确诊病例 before 病例). A table lookup per character
 * finds role starts without an allocation; a regex alternation of ~100 words cost 4× a /\d+/g pass.
 */
const ROLES_BY_FIRST = new Map<number, string[]>();
for (const role of [...ROLES].sort((a, b) => b.length - a.length)) {
  const list = ROLES_BY_FIRST.get(role.charCodeAt(0)) ?? [];
  list.push(role);
  ROLES_BY_FIRST.set(role.charCodeAt(0), list);
}
const ROLE_START = new Uint8Array(0x10000);
for (const code of ROLES_BY_FIRST.keys()) ROLE_START[code] = 1;
/**
 * Second characters of the roles (and the roles of one character, 叫): most characters that may
 * start a role (市, 工, 新 …) start none where the next character is no role's second, and are
 * passed over without the list lookup.
 */
const ROLE_SECOND = new Uint8Array(0x10000);
const ROLE_ALONE = new Uint8Array(0x10000);
for (const role of ROLES) {
  if (role.length === 1) ROLE_ALONE[role.charCodeAt(0)] = 1;
  else ROLE_SECOND[role.charCodeAt(1)] = 1;
}
function roleAt(text: string, p: number): string | undefined {
  for (const role of ROLES_BY_FIRST.get(text.charCodeAt(p))!) if (text.startsWith(role, p)) return role;
  return undefined;
}

/**
 * Roles by their shape rather than a list: a word ending in 户 names a household (困难户, 五保户,
 * 种粮户), in 童 a child (男童, 幼童), in 民 a private person (牧民, 渔民, 移民), in 者 a person by
 * their plight or deed (走失者, 受助者, 落水者, 志愿者). Words where these characters mean the public
 * at large (人民, 为民 …), a public capacity (记者, 作者, 学者) or nothing personal (或者, 前者) are not.
 */
/** Where a role shape or a quoted person (的李桂香说) may end: the scan visits only these characters. */
const SHAPE_SCAN = /[户童民者的]/g;
const NOT_ROLE_SUFFIX =
  /(?:人民|公民|国民|全民|为民|惠民|便民|利民|爱民|亲民|军民|安民|富民|账户|开户|门户|[\d一二三四五六七八九十百千万]户|[\d一二三四五六七八九十]|记者|作者|学者|或者|再者|前者|后者|笔者|译者|编者|读者|二者|两者|三者|王者|使者|长者|智者|业者)$/;
/** The role character opening a word instead (一民房, 民乐团): 民房, 民乐 … */
const SUFFIX_WORD = /^(?:民房|民乐|户籍)/;
const MINOR_SUFFIX = '童';
/** What may stand between a role and the name: 举报人：王某, 当事人为王某, 困难户有：张三, a role in quotes: “老将”王家明. */
const AFTER_ROLE = /[”"」』]?(?:\s*[:：]\s*|\s+|[,，])?(?:为|是|系|有\s*[:：]?\s*)?/y;

/** Already de-identified: 张某, 张某某, 欧阳某, 张*, 张**, 张X, 刘某甲 (§A.12, §A.13). */
const MASKED = /[\u4e00-\u9fa5]{1,2}(?:某[某甲乙丙丁]?|[*＊×xX]{1,3})/y;
/** A surname followed by a form of address, not a full name: 张女士, 李师傅, 王大爷 … */
const NOT_GIVEN =
  /某|女士|先生|老师|师傅|大[爷妈叔姐哥娘]|阿姨|奶奶|爷爷|婆婆|老人|同学|同志|医生|护士|警官|书记|主任|村长|组长|一家|姓|氏|[*＊×xX]/y;
/** Ordinary words after a role that begin with a surname character (学生安全, 患者康复, 村民和群众, 消费者权利 …). */
const NOT_NAME =
  /游[乐玩览泳戏客]|家[属长庭中里人]|安[全置排心]|高(?:风险|[中校考龄发])|全[体部面年]|文[化明]|明[显确]|关[于注爱心]|成[为功绩员长立]|时[间期]|万[人元]|常[住年]|方[面式]|白天|田间|江边|金额|应[当该]|解决|利用|单位|包括|车辆|连续|管理|路上|简单|项目|党员|费用|边境|师[生傅]|商户|荣获|官方|封控|谈话|惠民|康复|任[何务]|陆续|范围|钱款|严[格重禁]|温馨|施工|齐心|章程|申[请报]|尚未|符合|纪律|凌晨|毕业|房[屋子]|尤其|农[户业村民]|卫生|查询|劳动|权[益利力]|宣传|相关|普[遍通]|宿舍|居住|谷物|雷雨|余[人名]|孔明灯|于[今昨当本近次同上下去前后明该此一二三四五六七八九十某早晚凌中傍周]|和[^等、,，。;；\s]{1,4}?(?:人士|人员|企业|单位|团体|组织|家庭|群众|们)|和(?:群众|家[庭属长人]|游客|[村居]民|学生|老师|干部|志愿者|[其他她]|社会|企业|单位|亲属|工作人员|医护)|曾(?:多次|[经到])|祝[福愿]|毛收入|龙头|苗木|黎明|马上|石头|汤圆|程[序度]|景[区点]|蒙古|钟点|周[边末岁年]|杨梅|俸禄/y;
/** Characters that start the word after a name (在, 于, 因, 说 …) and so cannot end a 3-character name. */
const BOUNDARY = new Set(
  '在于因被等的是为称说讲告介表反报向将已经曾也都还就又均并从到把对给让由和与及同系家户之所今现正年月日时男女一两驾骑乘开走跑死身病感确出入住居作购近手电联先夫妻父母儿子等拨携带多最持通发接提此其该这那们再刚仍需能可会来去回着了过分拾捡送救被获领受向每',
);
/** A "name" followed by one of these is the start of a place or organisation (楚雄州, 马街镇 …). */
const PLACE_SUFFIX = new Set('州市县区镇乡村省局委会司院校所站队厂店社部处街');
/** Place names that begin with a surname character and stand alone in lists: Yunnan counties and
 * cities, a few provincial capitals, and village prefixes (李家, 张家 …). */
const PLACES = new Set(
  '景洪 蒙自 石屏 易门 安宁 华坪 兰坪 梁河 龙陵 施甸 耿马 孟连 江城 宁洱 景谷 景东 麻栗坡 马关 师宗 罗平 陆良 马龙 晋宁 官渡 石林 武定 姚安 南华 牟定 华宁 江川 金平 古城 玉龙 鲁甸 南涧 玉溪 普洱 文山 曲靖 楚雄 宁蒗 武汉 南京 杭州 成都 贵阳 南宁 何家 李家 张家 王家'.split(
    ' ',
  ),
);
/** Yunnan's minority peoples named before a role: their names are often spelt outside the Han tables. */
const ETHNIC = /(?:哈尼|彝|傣|白|纳西|藏|傈僳|拉祜|佤|景颇|布朗|普米|怒|阿昌|德昂|基诺|独龙|苗|瑶|壮|布依|蒙古|水|满|维吾尔|哈萨克)族/;
/** A private appeal: a missing person, lost property, a plea for help with an illness. */
const PRIVATE_APPEAL = /寻人|走失|寻亲|寻物|失物|遗失|求助|失主|患儿|家属|病情|患有|确诊/;
/** An office or a unit named just before 联系人 (村卫生室联系人, 报名联系人): it speaks for the unit. */
const UNIT_BEFORE_CONTACT = /(?:[局委院站所部办处科队会厅府司社组室校]|中心|公司|报名|咨询|活动|项目|工作)$/;
/**
 * Whether the 联系人 at `p` is a private person's: the appeal is in its line or the draft's title, and
 * no unit stands right before the word.
 */
function privateContact(text: string, p: number, title: string): boolean {
  if (UNIT_BEFORE_CONTACT.test(text.slice(Math.max(0, p - 4), p))) return false;
  // the line up to the word and a little after it, looked for in that window only: a long line is not re-read
  // (nor searched for its ends) per contact
  const from = Math.max(0, p - 200);
  const window = text.slice(from, Math.min(text.length, p + 60));
  const at = p - from;
  let end = window.indexOf('\n', at);
  if (end < 0) end = window.length;
  const line = window.slice(window.lastIndexOf('\n', at) + 1, end);
  return PRIVATE_APPEAL.test(line) || PRIVATE_APPEAL.test(title);
}

/** The sentence before `p` (at most 40 characters): where an ethnic name before a role counts. */
function sentenceBefore(text: string, p: number): string {
  const window = text.slice(Math.max(0, p - 40), p);
  const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'), window.lastIndexOf('!'), window.lastIndexOf('?'));
  return window.slice(cut + 1);
}
const NUMERAL = new Set('一二三四五六七八九十');
const ADVERB_VERB = new Set('说笑讲表告回答问叫喊望看');
const ASPECT = new Set('着了过');
const MEASURE = new Set('户人名位个家');

/** The strong pattern of police and epidemic reports: 张建国（男，45岁…） and 张建国，女，45岁; a household member's 王某（子，12岁）. */
const PERSON_BRACKET =
  /[(,](?:男|女)(?:[,、)\s]|\d|[\u4e00-\u9fa5]{1,3}族)|\((?:手机|电话)?尾号\s?\d{4}\)|\((?:[子女],)?(?:[一二三四五六七八九\d]{1,2}年级|[初高][一二三]|\d{1,2}岁)/g;
/** A list row's start: indent, an optional row number (1. 1、 (1)), then the name (group 1). */
const ROW_NAME = String.raw`^[ \t]*(?:\d{1,3}[.、)]\s*|\(\d{1,3}\)\s*)?([\u4e00-\u9fa5]{2,4})`;
/**
 * A row of a recipients' list: name, then gender, an ID (full or masked), a phone, an amount or an age.
 * Between them spaces, or a separator (,、:| or a line break) with spaces around it: written so that a run of
 * spaces can be split one way only (two stars over the same spaces backtracked quadratically over a long run).
 */
const LIST_ROW = new RegExp(
  String.raw`${ROW_NAME}(?=(?:[ \t]+(?:[,、:|\n][ \t\n]*)?|[,、:|\n][ \t\n]*)(?:男|女|\d{6,}|\d[\d*]{5,}|\d[\d,.]*\s*元|\d{1,3}岁))`,
  'gm',
);
/**
 * A row of a sign-up chain (接龙, 认购, 团购 in the draft): name, then the quantity ordered (李秀英 2袋, 阿兰 2盒);
 * a list of goods (玉米 20袋) is no chain.
 */
const CHAIN = /接龙|认购|团购/;
const CHAIN_ROW = new RegExp(String.raw`${ROW_NAME}(?=[ \t]+\d{1,3}\s*(?:袋|份|箱|斤|公斤|件|盒|桶|瓶|提|套)(?![\u4e00-\u9fa5]))`, 'gm');
/** A speech verb (not 说法, 说服, 说明; 说明年 is 说 + 明年) or a private form of address right after a name: 李桂香笑着说, 王秀英老人. */
const SPEAKS =
  /(?:笑着|(?:高兴|激动|感慨|自豪|[乐笑]呵呵)地)?(?:说(?!法|服|明(?![年天日]))|告诉记者|对记者说)|老人|大[爷妈娘姐哥嫂叔伯]|阿姨|奶奶|爷爷|一家/y;
const ELDER = /老人|大[爷妈娘]|奶奶|爷爷/y;
/** What a private person does, before 的: 在建筑工地务工的, 在河边玩耍的, 在县城读书的. */
const PRIVATE_ACTIVITY =
  /(?:在|到)[^,，。;\n的]{1,12}(?:务工|打工|干活|打零工|上学|读书|就读|玩耍|游玩|散步|钓鱼|种地|务农|放牧|放羊|摆摊|卖菜|做生意|开店|开客栈|跑运输)$|(?:和|与|跟|同)[他她](?:一起)?(?:搭档|同行|结伴|做伴|合伙|共事)$|(?:送|跑)[了完]?[^,，。;\n的]{0,5}(?:外卖|快递|单)$/;
/**
 * A private person by their plight or by what they were doing when it happened, before 的: 受伤的, 获救的, 落水的,
 * 步行的, 骑摩托车的, 驾驶货车的 (an official after it is no name: 受伤的民警).
 */
const PLIGHT =
  /(?:被困|受困|受伤|摔伤|烧伤|获救|被救|落水|溺水|走失|迷路|失联|遇险|被撞|步行|路过|过马路|(?:骑|驾驶|乘坐)[^,，。;\n的]{1,4}车)$/;
/** Where a private person lives or comes from, before 的: 家住大坪村的, 来自河边村的. */
const RESIDENCE = /(?:家住|住在|居住在|来自|同住|同在)[^,，。;\n的]{1,12}$/;
/**
 * A private person addressed by full name at the head of a notice or letter served on them: the first
 * line of the body is the name and a colon, and the text goes on speaking to them (陈某某：\n你户…,
 * 陈某某：经查，你于…, 您…). Read at the body's start only: a heading further down (黄金周：你…) is no salutation.
 */
const ADDRESSEE = /\s*([\u4e00-\u9fa5]{2,4}):\s*(?=[^\n]{0,30}?[你您])/y;
/** A grade and class before a pupil's name (a space may follow: 六年级（2）班 王某): 八年级（2）班, 初三(1)班, the shorthand 三（2）班 (a bare grade numeral, the class in brackets), 四年级三班, 三年级的, 三班的, 六年级学生, 初二学生. */
const GRADE_BEFORE =
  /(?:(?:[一二三四五六七八九\d]年级|[初高][一二三])\s*(?:\(?\d{1,2}\)?|[一二三四五六七八九十]{1,2})|[一二三四五六七八九]\(\d{1,2}\))\s*班的? ?|(?:[一二三四五六七八九]年级|[初高][一二三])(?:的|学生|\s*[:：]\s*)/g;
/**
 * A count of private households or people after a list of names: 张德明、李春兰等15户困难职工家庭. A number
 * is read from its first digit only (the lookbehind), so a long run of digits is scanned once, not once per digit.
 */
const COUNTED_AFTER = /(?:等\s*)?(?:(?<!\d)\d+|[一二两三四五六七八九十]{1,3})\s*(?:户|名|位|人|个家庭)/g;
const PRIVATE_COUNTED = /^[^。,，;\n]{0,8}?(?:困难|贫困|低保|特困|留守|脱贫|受助|受灾|患|群众|村民|农户|家庭|学生|儿童|老人)/;
/** The word before 的 is an organisation or an office: its staff speak in office, not in private. */
const ORGANISATION_END = /[局委院站所部办处科队会厅府司社组中心室]$|中心$|公司$|干部$|书记$|主任$|长$/;
/** A name in Latin letters as a passport spells it: surname, a space, the given name (PU YONGMING, Zhao Liping). */
const ROMAN = /[A-Z][A-Za-z]{0,9} [A-Z][A-Za-z]{1,15}(?![A-Za-z])/y;
/** Joins more names to the one before: 张三、李四和王五, 王思琪（云南大学）、段俊豪（昆明理工大学）. */
const JOINER = /(?:\([^()\n]{1,24}\))?(?:、|和|及|与)/y;

interface Name {
  start: number;
  end: number;
  surname: number;
  /** Named as a minor (学生, 儿童 …): never covered by an exception. */
  minor?: boolean;
}

/** After a strong label: surname and one or two more Chinese characters up to a break. */
function labelledNameAt(text: string, i: number): Name | undefined {
  MASKED.lastIndex = i;
  if (MASKED.test(text)) return undefined;
  const surname = surnameAt(text, i);
  if (!surname) return nameAt(text, i);
  NOT_NAME.lastIndex = i;
  if (NOT_NAME.test(text)) return undefined;
  NOT_GIVEN.lastIndex = i + surname;
  if (NOT_GIVEN.test(text)) return undefined;
  // a two-character name spaced to align with three-character ones in forms and tables: 王　芳
  const spaced = SPACED_GIVEN.exec(text.slice(i + surname, i + surname + 5));
  if (surname === 1 && spaced && isHan(spaced[1]) && !isHan(text[i + surname + spaced[0].length]))
    return { start: i, end: i + surname + spaced[0].length, surname };
  // a minority name (吉克阿木, 阿普拉则) may run to four characters after its opener
  const most = (surname === 1 && !surnameAt(text, i, false)) || yiClanAt(text, i) ? 4 : 2;
  let end = i + surname;
  while (end < i + surname + most && isHan(text[end])) end++;
  if (end === i + surname || isHan(text[end]) || PLACE_SUFFIX.has(text[end - 1])) return nameAt(text, i);
  return { start: i, end, surname };
}

/** A mobile number, spaced or not (139 8765 4321), and what may stand between a name and it: a space, a colon, 电话, 紧急联系人. */
const MOBILE = /(?<!\d)1[3-9]\d(?:[ -]?\d){8}(?!\d)/g;
const PHONE_LABEL = /(?:[ \t]+|[ \t]*[:(][ \t]*|[ \t]*(?:紧急联系人|联系电话|电话|手机)[ \t]*[:]?[ \t]*)$/;
/**
 * A photo caption listing who stands where: 左起：, 从左至右依次为. (▲ and 图为 open scenery as often as people —
 * ▲黄山松, ▲万寿菊在盛开 — so a caption's person is read by the prose cues instead: 沙正明在自家地里.)
 */
/**
 * A villager named by their village group (五组李正华, 河边组罗某某, 大坪组张建国), read where the draft is about a
 * village's own affairs (村民小组, 村规民约, 村委会, 村“两委”). Groups of officials or of any kind (工作组, 督导组,
 * 小组, 各组) are not village groups.
 */
const VILLAGE_AFFAIRS = /村民小组|村规民约|村(?:委会|“两委”|两委|务)/;
const GROUP_BEFORE_NAME = /组(?=[\u4e00-\u9fa5])/g;
const NOT_VILLAGE_GROUP =
  /(?:工作|专家|督导|督查|调查|检查|考核|巡察|巡视|领导|评审|考察|指导|帮扶|宣讲|服务|项目|课题|学习|兴趣|攻坚|联络|协调|专班|[小各本该每全分编机班改重])组$/;
const CAPTION = /(?:从)?[左右](?:起|至[右左](?:依次)?(?:为|是)?)\s*[:：]?\s*/g;
/** A 名单 heading: the names listed after it are private people (脱贫户名单：张三、李四). */
const LIST_HEAD = /(?:名单\s*(?:如下)?\s*[:：]|名单如下|(?:[一二三]等奖|特等奖|优秀奖|金奖|银奖|铜奖|第[一二三]名)\s*[:：])\s*/g;
const LIST_SEPARATOR = /(?:\([^()\n]{1,24}\))?\s*(?:、|,|，|和|及|与|\s)\s*/y;
/** The private people a column heading can name (走访户, 患者, 获奖学生 …); typed tables are found by the same words. */
const PEOPLE_HEADING = '(?<![商用账门开])户|患者|病人|学生(?:干部)?|儿童|幼儿|老人|村民|居民';
/** A table's 姓名 header cell: the other cells holding a whole name are its rows. */
const NAME_HEADER = new RegExp(
  `^\\s*(?:[\\u4e00-\\u9fa5]{0,4}姓\\s*名|[\\u4e00-\\u9fa5]{0,4}(?:${PEOPLE_HEADING})|名字|户主|(?:救助|受助|帮扶|资助|慰问|监测|服务|补助|奖励|保障|供养)对象|受助人|申请人|获奖人|获奖者|领取人|收款人|人员|乘车人|乘客)\\s*$`,
);

/** Whether `c` holds a character of [\u4e00-\u9fa5] (a code comparison, not a regex test: this is asked per character). */
function isHan(c: string | undefined): boolean {
  if (c === undefined) return false;
  for (let k = 0; k < c.length; k++) {
    const code = c.charCodeAt(k);
    if (code >= 0x4e00 && code <= 0x9fa5) return true;
  }
  return false;
}

/** The dot between the parts of a name written in Chinese from another script: 古丽米拉·艾尔肯. */
const NAME_DOT = /[·・•]/;
/** The given name after the spaces that align a two-character name (王　芳). */
const SPACED_GIVEN = /^ {1,3}([\u4e00-\u9fa5])/;

/**
 * A name in two or more parts joined by a dot (古丽米拉·艾尔肯, 阿依古丽·买买提) at `i`: each part two
 * to eight characters, the last ending where a word opener (说, 在, 正 …) or a non-Chinese character
 * stands.
 */
function dottedNameAt(text: string, i: number): Name | undefined {
  let end = i;
  for (let part = 0; part < 3; part++) {
    let k = end;
    while (k - end < 8 && isHan(text[k]) && !(part > 0 && k - end >= 2 && BOUNDARY.has(text[k]))) k++;
    if (k - end < 2) return undefined;
    end = k;
    if (!NAME_DOT.test(text[end] ?? '') || !isHan(text[end + 1])) return part > 0 ? { start: i, end, surname: 1 } : undefined;
    end++;
  }
  return undefined;
}

/**
 * A full, unmasked name starting at `i` (after a role), or undefined. The given name is two
 * given-name characters not ending in a word opener (在, 说 …), or else one, followed by a
 * character that cannot continue a name. Tibetan names (two or three syllables from a table),
 * dotted names, old-style married names (李王氏) and Yi clan names are read too. `loose` (after a
 * role in a sentence that names a minority people: 哈尼族村民卢者黑) takes any characters for the
 * given name, provided a word opener or a non-Chinese character ends it.
 */
function nameAt(text: string, i: number, loose = false): Name | undefined {
  MASKED.lastIndex = i;
  if (MASKED.test(text)) return undefined;
  const tibetan = tibetanNameAt(text, i);
  if (tibetan && !tibetanNameAt(text, i + tibetan)) return { start: i, end: i + tibetan, surname: 1 };
  const dotted = dottedNameAt(text, i);
  if (dotted) return dotted;
  const surname = surnameAt(text, i);
  if (!surname) return undefined;
  NOT_NAME.lastIndex = i;
  if (NOT_NAME.test(text)) return undefined;
  // an old-style married woman's name: her husband's surname, her own and 氏 (李王氏)
  if (surname === 1 && surnameAt(text, i + 1, false) === 1 && text[i + 2] === '氏') return { start: i, end: i + 3, surname: 1 };
  NOT_GIVEN.lastIndex = i + surname;
  if (NOT_GIVEN.test(text)) return undefined;
  // 阿 before a kin character is a term of address, not a Yi name (房东阿妈, 叔叔阿姨, 邻居阿婆)
  if (text[i] === '阿' && KIN_AFTER_A.has(text[i + 1])) return undefined;
  // Dai, Yi and Hani names (岩温, 玉罕, 阿普拉则, 吉克阿木) are spelt with any characters after their opener.
  const minority = (surname === 1 && !surnameAt(text, i, false)) || yiClanAt(text, i);
  const isGiven = (c: string | undefined) => isHan(c) && (minority || (loose && !BOUNDARY.has(c!)) || isGivenNameChar(c));
  for (const given of minority ? [3, 2, 1] : [2, 1]) {
    const end = i + surname + given;
    // a minority name's longest reading and a loose reading need a clear end after them
    if ((given === 3 || loose) && isHan(text[end]) && !BOUNDARY.has(text[end])) continue;
    if (given === 3 && BOUNDARY.has(text[i + surname + 1])) continue;
    // a word-opening last character still ends a name right before a list separator (王德发、), if it is a
    // given-name character (a name spelt with any characters does not swallow the verb: 玉罕说，)
    const ok =
      isGiven(text[i + surname]) &&
      (given === 1 || isGiven(text[end - 1])) &&
      (!BOUNDARY.has(text[end - 1]) || (given === 2 && LIST_END.test(text[end] ?? '') && isGivenNameChar(text[end - 1])));
    // a name spelt with any characters ends before a form of address (岩温大哥, 玉香大姐), which it does not swallow
    ADDRESS.lastIndex = end;
    const addressed = ADDRESS.test(text);
    if (minority && given > 1 && swallowsAddress(text, i + surname + 1, end)) continue;
    const next = text[end];
    // A reading is ambiguous when another given-name character follows (杨光 in 杨光明); minority
    // names take any characters, so both their readings need that end (玉罕 in 玉罕高兴).
    // 奶奶高兴地说: a word before 地 and a speech verb is an adverb, not a name
    if (next === '地' && ADVERB_VERB.has(text[end + 1])) continue;
    // 李强明白, 李强明年: the last character opens a word, so the name is 李强
    const word = WORD_AFTER.has(text.slice(end, end + 2));
    if (given === 2 && !minority && WORD_AFTER.has(text.slice(end - 1, end + 1))) continue;
    // a name spelt with any characters ends before a verb and its aspect particle (岩依帕跟着, 玉香拿着)
    if ((minority || loose) && given > 1 && ASPECT.has(next)) continue;
    // 王德明三户: a numeral followed by a measure word ends the name
    const counted = NUMERAL.has(next) && MEASURE.has(text[end + 1]);
    if (
      !ok ||
      ((given === 1 || minority) && isHan(next) && !BOUNDARY.has(next) && isGivenNameChar(next) && !counted && !addressed && !word)
    )
      continue;
    if (PLACE_SUFFIX.has(text[end - 1]) || PLACE_SUFFIX.has(next) || PLACES.has(text.slice(i, end))) return undefined;
    return { start: i, end, surname };
  }
  return undefined;
}

const LIST_END = /^[、，,；;等]$/;
/** A form of address after a name: 大哥, 大姐, 大妈 … (the name before it is whole). */
const ADDRESS = /大[爷妈娘姐哥嫂叔伯]/y;
/** Whether a form of address starts inside the given name read from `from` to `end` (岩温大 of 岩温大哥). */
function swallowsAddress(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    ADDRESS.lastIndex = k;
    if (ADDRESS.test(text)) return true;
  }
  return false;
}
/** Kin characters that make 阿 a term of address (阿妈, 阿爸, 阿姨, 阿婆, 阿叔 …). */
const KIN_AFTER_A = new Set('妈爸爹娘姨婆公哥姐伯叔奶爷嫂弟妹舅姑婶嬢');

/**
 * A name recurs read one way: a surname and one character always followed, wherever the two stand in the draft, by
 * the same given-name character (罗兴 before 发 each of its five times: 罗兴发因…, 罗兴发家…, 罗兴发说) is the
 * three-character name, its last character no word opener here. It takes two occurrences or more, and a name goes on
 * with different words (因, 家, 说): one always followed by the same word (李明发现 …, 李明发现 …) keeps the short
 * reading. One counting pass over the text for all the readings of a check.
 */
const HOME_AFTER = new Set('家寨屯铺');
const WORD_AFTER = new Set('明白 明年 明天 明显 明确 正在'.split(' '));
function lengthenRecurring(text: string, found: Name[]): void {
  const readings = new Map<string, { next: string; count: number; then?: string; varied: boolean; ok: boolean }>();
  for (const name of found) {
    const next = text[name.end];
    if (name.end - name.start === 2 && name.surname === 1 && isGivenNameChar(next))
      readings.set(text.slice(name.start, name.end), { next, count: 0, varied: false, ok: true });
  }
  if (!readings.size) return;
  const heads = new Set([...readings.keys()].map((value) => value[0]));
  for (let i = 0; i < text.length - 1; i++) {
    if (!heads.has(text[i])) continue;
    const entry = readings.get(text.slice(i, i + 2));
    if (!entry) continue;
    entry.count++;
    // a household (李文家) or a word opened by the third character (李强明白, 李强明年) keeps the short reading
    if (text[i + 2] !== entry.next || HOME_AFTER.has(entry.next) || WORD_AFTER.has(text.slice(i + 2, i + 4))) entry.ok = false;
    const then = isHan(text[i + 3]) ? text[i + 3] : '';
    if (entry.then !== undefined && entry.then !== then) entry.varied = true;
    entry.then = then;
  }
  for (const name of found) {
    const entry = readings.get(text.slice(name.start, name.end));
    if (entry?.ok && entry.count > 1 && entry.varied && !PLACE_SUFFIX.has(entry.next)) name.end++;
  }
}

/** The name just before `(男` / `(女`: a compound or single surname with one or two more characters. */
function nameBefore(text: string, b: number): Name | undefined {
  // masked, the given name's last character kept or not: 罗某, 罗某某, 罗某军, 罗*军
  if (/[某*＊×xX][\u4e00-\u9fa5]?$/.test(text.slice(Math.max(0, b - 3), b))) return undefined;
  let run = 0;
  while (run < 5 && isHan(text[b - 1 - run])) run++;
  const lengths = [4, 3, 2].filter((n) => n <= run);
  for (const n of lengths) {
    const start = b - n;
    const surname = surnameAt(text, start);
    if (!surname || (n === 4 && surname !== 2)) continue;
    // 和王芳(女: a conjunction before a two-character name, not a three-character name.
    if (n === 3 && surname === 1 && BOUNDARY.has(text[start]) && surnameAt(text, start + 1, false)) continue;
    return { start, end: b, surname };
  }
  return undefined;
}

/** Every character after the surname is a given-name character (全村 and 全县 are not names). */
function givenNameOnly(text: string, name: Name): boolean {
  for (let k = name.start + name.surname; k < name.end; k++) if (!isGivenNameChar(text[k])) return false;
  return true;
}

/**
 * A 姓名 header whose column lists office holders: 领导姓名, 干部姓名, 负责人, 联系人 (a unit's contact
 * persons) — or a header row that also has a 职务 column. Their names are not private (§A.14).
 */
const OFFICIAL_HEADER = /领导|(?<!学生)干部|负责人|责任人|联系人|包保|书记|主任|网格员|工作人员|职务|职位|职称/;
const DUTY_HEADER = /^\s*(?:现任|拟任|工作单位及|单位及)?(?:职务|职位|职称)\s*$/;
/** A cell marking its row's person a minor: a grade or class (五年级(1)班, 初二, 三(2)班), an age under 18 under 年龄. */
const minorCell = (value: string, age: boolean) =>
  /^\s*(?:[一二三四五六七八九](?:年级|\(\d)|[初高][一二三])/.test(value) || (age && /^\s*(?:1[0-7]|\d)岁?\s*$/.test(value));
/** A name column of children (儿童姓名). */
const CHILDREN = /儿童|[孤幼]儿/;
/** Where a heading line of a table typed as text may stand: 姓名, or a kind of person before two spaces or a tab. */
const TYPED_ANCHOR = new RegExp(`姓名|(?:${PEOPLE_HEADING})(?= {2}|\\t)`, 'g');
/** The characters that split a row of a table typed as text: spaces, tabs, vertical bars. */
const TEXT_CELL = /[^\s|｜]+/g;

/** A whole cell (or typed column) that reads as a name. */
function cellName(text: string, from: number, to: number): Name | undefined {
  const [start, end] = trimCell(text, from, to);
  if (end - start < 2 || end - start > 9) return undefined;
  const name = labelledNameAt(text, start);
  return name && name.end === end ? name : undefined;
}

/**
 * Names in the 姓名 column of a table: in HTML, the cells under a 姓名 header cell (its column, the
 * rows below), or the cell right of it in a two-column key/value table; in text, the column under a
 * line of space- or bar-separated headings one of which is 姓名. A column of office holders is left.
 */
function tableNames(text: string, blocks: readonly DraftBlock[]): Name[] {
  const out: Name[] = [];
  // header cells by table and column (the column below them) and by table and row (the cell right)
  const byColumn = new Map<string, { row: number; official: boolean; minor: boolean }>();
  const byRow = new Map<string, { column: number; official: boolean }>();
  const dutyRows = new Set<string>();
  const ages = new Set<string>();
  const minorRows = new Set<string>();
  for (const b of blocks) {
    if (!b.cell) continue;
    const value = text.slice(b.start, b.end);
    const { table, row, column } = b.cell;
    const col = `${table}:${column}`;
    const line = `${table}:${row}`;
    if (NAME_HEADER.test(value)) {
      const official = OFFICIAL_HEADER.test(value);
      if (!byColumn.has(col)) byColumn.set(col, { row, official, minor: CHILDREN.test(value) });
      byRow.set(line, { column, official });
    } else if (DUTY_HEADER.test(value)) dutyRows.add(line);
    else if (/^\s*年龄/.test(value)) ages.add(col);
    else if (minorCell(value, ages.has(col))) minorRows.add(line);
  }
  if (byColumn.size) {
    for (const b of blocks) {
      if (!b.cell) continue;
      const { table, row, column } = b.cell;
      const line = `${table}:${row}`;
      const above = byColumn.get(`${table}:${column}`);
      const left = byRow.get(line);
      let name: Name | undefined;
      if (above && above.row < row && !above.official && !dutyRows.has(`${table}:${above.row}`)) {
        const minor = above.minor || minorRows.has(line);
        // several names in one cell, joined by 、 (普思琪、白子墨): each part read (the cell's own text only)
        const cell = text.slice(b.start, b.end);
        for (let from = 0, to = cell.indexOf('、'); to >= 0; from = to + 1, to = cell.indexOf('、', from)) {
          const part = cellName(text, b.start + from, b.start + to);
          if (!part) break;
          part.minor = minor;
          out.push(part);
          if (cell.indexOf('、', to + 1) < 0) name = cellName(text, b.start + to + 1, b.end);
        }
        name ??= cellName(text, b.start, b.end);
        if (name && minor) name.minor = true;
      } else if (left && left.column + 1 === column && !left.official && !dutyRows.has(line)) {
        // right of the header only in a key/value table: the cell must read as a name, given name and all
        name = cellName(text, b.start, b.end);
        const strict = name && nameAt(text, name.start);
        if (!strict || strict.end !== name!.end) name = undefined;
      }
      if (name) out.push(name);
    }
  }
  // a table typed as text: 姓名  年龄  社区 / 何秀珍  96  城东社区 (or a heading of a kind of person: 走访户  家庭情况)
  TYPED_ANCHOR.lastIndex = 0;
  for (let m = TYPED_ANCHOR.exec(text); m; m = TYPED_ANCHOR.exec(text)) {
    const at = m.index;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const cells = [...text.slice(lineStart, lineEnd).matchAll(TEXT_CELL)];
    const column = cells.findIndex((c) => NAME_HEADER.test(c[0]));
    const age = cells.findIndex((c) => c[0].startsWith('年龄'));
    if (cells.length < 2 || column < 0 || OFFICIAL_HEADER.test(cells[column][0]) || cells.some((c) => DUTY_HEADER.test(c[0]))) {
      TYPED_ANCHOR.lastIndex = lineEnd + 1;
      continue;
    }
    // rows are read until one of another shape or another header; each line is read once
    let start = lineEnd + 1;
    for (; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const row = [...text.slice(start, end).matchAll(TEXT_CELL)];
      if (row.length !== cells.length || NAME_HEADER.test(row[column][0])) break;
      const cell = row[column];
      const name = cellName(text, start + cell.index, start + cell.index + cell[0].length);
      if (name && (CHILDREN.test(cells[column][0]) || row.some((c, k) => minorCell(c[0], k === age)))) name.minor = true;
      if (name) out.push(name);
      start = end + 1;
    }
    TYPED_ANCHOR.lastIndex = Math.max(lineEnd + 1, start);
  }
  return out;
}

function trimCell(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

function maskName(text: string, name: Name): string {
  // the characters of the given name (not the spaces that align 王　芳)
  let given = 0;
  for (let k = name.start + name.surname; k < name.end; k++) if (isHan(text[k])) given++;
  // a romanised name keeps its surname: ZHAO ******
  if (!given) return text.slice(name.start, name.start + name.surname + 1).padEnd(name.end - name.start, '*');
  return text.slice(name.start, name.start + name.surname) + '某'.repeat(Math.min(2, given));
}

/**
 * Names in running prose with no role word (rules README §A.12, "Names in prose"). A candidate is
 * read by nameAt (a surname from the statistics table, given-name characters, no ordinary word) and
 * kept only with a person cue around it: a speech verb after it (李桂香说, 杨德顺告诉记者, 邓翠英一边
 * 倒茶一边说), a colon opening a quote (王芳：“…”), an age in apposition before (今年78岁的周桂英) or
 * after it (梁桂芬，今年72岁; 张国富，现已52岁). A name so confirmed is flagged wherever else it stands in the draft,
 * and names joined to it with 、/和 are read too; a name that anywhere follows an official title or
 * an office (县长王建国, 县农业农村局的李文华) or is called 同志 is a public figure and never flagged.
 */
const SPEECH_CUE =
  /(?:笑着|(?:高兴|激动|感慨|自豪|[乐笑]呵呵)地|一边(?:[^，,。；;\n]{1,6}?一边)?)?(?:说(?!法|服|明(?![年天日]))|表示|介绍|告诉记者|对记者说|坦言|回忆|感慨|讲述|笑道|称|透露|直言|笑言|感叹)|[:：]\s*[“"「]|[，,]?\s{0,2}(?:今年|现年)[\d一二三四五六七八九十]{1,3}岁|[，,]\s{0,2}(?:现已|如今已?|已经|年满)[\d一二三四五六七八九十]{1,3}岁|[，,]\s*(?:年?约)?[\d一二三四五六七八九十]{1,3}岁|老人|大[爷妈娘姐哥嫂叔伯]|奶奶|爷爷|阿姨|同学|师傅|小朋友|女士|先生|一边[^。；;\n]{1,14}?一边|(?:不慎|意外)?(?:被困|受伤|摔伤|烧伤|落水|溺水|走失|迷路|失联|遇险)|的(?:家[属人]|妻子|丈夫|儿子|女儿|[父母]亲|老伴)|家(?:住|在|[的中里,，。;；]|门口)?|一家[人三四五六七八九十两]|[母父](?:子|女)俩?|祖孙|正?在(?:自家|家中|家里)|等(?:困难|贫困|脱贫|留守|独居|空巢)?(?:老人|村民|群众|居民|患者|病人|农户|[住家]户|学生|同学|儿童|孩子|小朋友)/g;
/** A plight read as a person cue after a name (张秀英不慎落水); and the ends of a time or place before it (训练中, 下班时). */
const PLIGHT_AFTER = /^(?:不慎|意外)?(?:被困|受伤|摔伤|烧伤|落水|溺水|走失|迷路|失联|遇险)$/;
const TIME_END = new Set('中时后间前');
const VISIT = new Set('在到进去访');
const HOME_WORD = new Set('园居具电政纺乐宴风训教族谱乡属长庭务');
const AGE_BEFORE = /(?:今年|现年|年近|年过)?[\d一二三四五六七八九十]{1,3}多?岁(?:高龄)?的/g;
/** A pseudonym is no one's name: 王芳（化名）, 化名王芳. */
const PSEUDONYM_AFTER = /\s*\(\s*化名/y;
/** After a name, what only a public figure has: 同志, a memorial (聂耳故居, 郑和纪念馆), a birthday kept. */
const PUBLIC_AFTER = /同志|纪念馆|故居|旧居|墓|陵园|雕像|塑像|铜像|纪念碑|纪念堂|纪念园|诞辰|精神/y;
/** A figure of legend, told as such in the sentence before the name: 传说中…阿诗玛, 相传, 神话里 (a news story's 故事里 is no legend). */
const LEGEND = /传说[中里]|相传|神话[中里]|史诗[中里]|民间故事/;
/** The one thanked or praised in the clause before the name (信中感谢环卫工人和秀英, 点赞快递员赵磊); not a 感谢信's writer. */
// the thanked are named after the thanks with nothing done between (感谢救助站帮助走失老人李德明: the helped man is private)
const PRAISED = /(?:感谢|致谢|点赞|称赞|赞扬|表扬)(?!信)(?:(?![帮救助找为给让送陪])[^,，。;；!?！？]){0,20}$/;
/**
 * The one helped in a good deed, not the doer: the owner of what was lost, the rescued, the one in need, named in
 * the few characters before the name (失主为附近居民王秀英, 救起落水群众段春兰, 获救的李德明) or owning the loss
 * right after it (乘客张丽华遗失的手提包); not a doer described by the deed (救起落水儿童的村民何正荣), nor one the
 * commendation names (授予…王建明…称号), though he fell in too. A commendation makes its doer public, never them.
 */
const HELPED_BEFORE = /(?:失主|被救|获救|救起|救出|受助|被困|走失|落水)的?[^,，。;；!?！？:：、的]{0,6}$/;
const HELPED_AFTER = /[^,，。;；!?！？]?(?:遗失|丢失|丢落|走失)/y;
/** The one a commendation names (授予王建明…称号, 表彰…张国强): its doer, whatever danger he was in too. */
const COMMENDED_BEFORE = /授予|表彰|评为|嘉奖|记功(?!能)/;
const COMMENDED_AFTER = /[^。！？!?\n]{0,30}?称号/y;
type Exception = { start: number; end: number; keyword: string };
/**
 * An official title, an office or a public capacity just before a name: its bearer is a public figure, and so is staff on
 * duty (驻村工作队员, 辅警, 村医, 护林员, 网格员, 消防员; not a 少先队员).
 */
const PUBLIC_BEFORE =
  /(?:书记|(?<!家)长|主任|烈士|英烈|委员|常委|主席|干部|负责人|经理|董事|专家|教授|医生|医师|(?<!少先)队员|[辅协]警|村医|(?:护林|网格|消防)员|研究员|记者|通讯员|编辑|摄影|作者|民警|警官|法官|检察官|律师|工作人员|讲解员|代表|发言人|主持人|院士|工程师|演员|歌手|运动员|冠军|作家|画家|导演|传承人|(?:指导|辅导|带队)[教老]师[:：]?|[局委院站所部办处科队会厅府司社组室]的|中心的|公司的)[、，,\s]?$/;
/** The name ending exactly at `end` (three characters tried before two, then a compound surname's four). */
function nameEndingAt(text: string, end: number): Name | undefined {
  for (const n of [3, 2, 4]) {
    const start = end - n;
    if (start < 0) continue;
    // 和王芳说: a conjunction before a two-character name, not a three-character name
    if (n === 3 && BOUNDARY.has(text[start]) && surnameAt(text, start + 1, false)) continue;
    if (n === 4 && surnameAt(text, start) !== 2) continue;
    // of the minority openers only the Dai 岩 and 玉 are read in bare prose (岩温说, 玉罕表示), never in
    // words (岩石, 玉米); 阿 opens too many words (阿姨, 阿里)
    const dai = (text[start] === '岩' || text[start] === '玉') && n <= 3 && !DAI_WORD.test(text.slice(start, start + 2));
    if (!surnameAt(text, start, false) && !dai) continue;
    const name = nameAt(text, start);
    if (name && name.end === end) return name;
  }
  return undefined;
}

const DAI_WORD = /^(?:岩石|岩层|岩洞|岩画|岩溶|岩壁|岩羊|玉米|玉石|玉器|玉雕|玉溪|玉龙|玉带|玉兰|玉树)/;

/**
 * Adverbs and ordinary words that read like a surname and a given name before a speech verb
 * (常常说, 时常说, 方才说, 成天说), and public figures quoted by name alone (雷锋说, 张桂梅说); a
 * doubled character (明明说) is a word, not a full name.
 */
const PROSE_WORDS = new Set([
  ...'时常 常常 方才 成天 明明 时时 常年 高兴 黄金 王府 张贴 李子 周年 马上 常委 全都 成年 于是 安心 曾经 华为 毛病 江河'.split(' '),
  // public figures often quoted in government posts without a title
  ...'邓小平 周恩来 毛泽东 朱德 孔子 孟子 梁启超 雷锋 焦裕禄 孔繁森 杨善洲 张桂梅 黄文秀 钟南山 袁隆平 聂耳 褚时健'.split(' '),
]);
function proseCandidate(text: string, name: Name | undefined): name is Name {
  if (!name) return false;
  const value = text.slice(name.start, name.end);
  return !PROSE_WORDS.has(value) && !(value.length === 2 && value[0] === value[1]);
}

function publicBefore(text: string, start: number): boolean {
  return PUBLIC_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || text.startsWith('同志', start);
}

/** Prose names with a person cue, every other occurrence of them, and the names joined to them. */
function proseNames(text: string, presence: TextPresence): Name[] {
  const confirmed = new Set<string>();
  // without the cues the text cannot hold (no 岁: no age in apposition), the same matches found faster
  const speech = presence.narrowed(SPEECH_CUE);
  if (speech) speech.lastIndex = 0;
  // an age under 18 (今年15岁的, 十六岁的) or a list of pupils or children (…等同学, …等小朋友) makes the name a minor's
  const minors = new Set<string>();
  // names read whole before 女士/先生 where nameAt stops short (褚时良: 时 ends a name)
  const whole = new Set<string>();
  for (let m = speech?.exec(text); m; m = speech!.exec(text)) {
    let name = nameEndingAt(text, m.index);
    // 女士/先生 takes the whole name: a surname before a given name opened by a word character (褚时健先生, not 时健)
    if (
      name &&
      name.end - name.start === 2 &&
      /^(?:女士|先生)/.test(m[0]) &&
      !BOUNDARY.has(text[name.start - 1]) &&
      surnameAt(text, name.start - 1, false)
    ) {
      name = { start: name.start - 1, end: name.end, surname: 1 };
      whole.add(text.slice(name.start, name.end));
    }
    if (!proseCandidate(text, name)) continue;
    // a plight after a time or a place in an activity (训练中受伤, 下班时摔伤, 事故后失联) befalls no name
    if (PLIGHT_AFTER.test(m[0]) && TIME_END.has(text[name.end - 1])) continue;
    // a bare 家 after a name is a household only where someone goes there (在/到/走进 李德明家吃饭), and not an
    // estate or a word of 家 (阳光家园, 家风)
    if (m[0] === '家' && (!VISIT.has(text[name.start - 1]) || HOME_WORD.has(text[m.index + 1]))) continue;
    // 大家 is everyone, not a household: 感谢大家的支持, 祝大家在新年里 (谢 and 祝 are no surnames there)
    if (m[0][0] === '家' && text[m.index - 1] === '大') continue;
    confirmed.add(text.slice(name.start, name.end));
    if (m[0][0] === '等' && /(?:同学|儿童|孩子|小朋友)$/.test(m[0])) minors.add(text.slice(name.start, name.end));
  }
  AGE_BEFORE.lastIndex = 0;
  for (let m = presence.mayMatch(AGE_BEFORE) ? AGE_BEFORE.exec(text) : null; m; m = AGE_BEFORE.exec(text)) {
    const at = m.index + m[0].length;
    const name = surnameAt(text, at, false) ? nameAt(text, at) : undefined;
    if (!proseCandidate(text, name)) continue;
    confirmed.add(text.slice(name.start, name.end));
    if (/(?<![\d一二三四五六七八九十])(?:1[0-7]|\d|十[一二三四五六七]?|[一二三四五六七八九])岁/.test(m[0]))
      minors.add(text.slice(name.start, name.end));
  }
  if (!confirmed.size) return [];
  // every occurrence of a confirmed name; one after a title or called 同志 makes it a public figure
  const found: Name[] = [];
  const publicNames = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (!maySurname(text.charCodeAt(i)) && text[i] !== '岩' && text[i] !== '玉') continue;
    for (const n of [4, 3, 2]) {
      const value = text.slice(i, i + n);
      if (!confirmed.has(value)) continue;
      const name = whole.has(value) ? { start: i, end: i + n, surname: 1 } : nameAt(text, i);
      if (!name || name.end !== i + n) continue;
      if (publicBefore(text, i) || text.startsWith('同志', i + n)) publicNames.add(value);
      name.minor = minors.has(value);
      found.push(name);
      i += n - 1;
      break;
    }
  }
  const kept = found.filter((name) => !publicNames.has(text.slice(name.start, name.end)));
  // names joined to a kept one: 王德发、陈玉兰和孙建平; forward and backward walks never revisit a
  // character another walk covered, so a long list is read once
  const joined: Name[] = [];
  let reach = -1;
  for (const first of kept) {
    let back = first.start;
    const floor = reach;
    while (text[back - 1] === '、') {
      const name = nameEndingAt(text, back - 1);
      if (!name || name.start < floor || publicBefore(text, name.start)) break;
      name.minor = first.minor;
      joined.push(name);
      back = name.start;
    }
    for (let name: Name | undefined = first; name && name.start >= reach;) {
      reach = name.end;
      joined.push(name);
      JOINER.lastIndex = name.end;
      const join = JOINER.exec(text);
      name = join ? nameAt(text, name.end + join[0].length) : undefined;
      if (name && publicNames.has(text.slice(name.start, name.end))) break;
      if (name) name.minor ||= first.minor;
    }
  }
  return joined;
}

/**
 * Art. 24: names of people in a private context (患者, 村民, 举报人 …, recipients' lists, 张三（男，
 * 45岁）) must be de-identified, except in disciplinary publicity and mandatory disclosure.
 */
export default defineRule({
  meta: {
    id: 'no-personal-name',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '个人姓名未脱敏', en: 'Unmasked personal name' },
    messages: {
      name: {
        zh: '个人姓名“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Personal name "{{value}}" is not masked (Art. 24: personal privacy must be de-identified).',
      },
      disclosureException: {
        zh: '“{{keyword}}”属于惩戒公示或强制性信息披露，姓名可以公开（第二十四条）；身份证号、电话、住址仍应脱敏。',
        en: '"{{keyword}}" is disciplinary publicity or mandatory disclosure: names may be published (Art. 24); ID numbers, phones and addresses must still be masked.',
      },
      mask: { zh: '改为“{{masked}}”', en: 'Replace with "{{masked}}"' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['村民李某某反映，村里的路灯坏了。', '患者张某（男，45岁）已治愈出院。', '县长王建国到村里调研。'],
      invalid: [
        '举报人王小明反映，该企业夜间偷排废水。',
        '确诊病例1：陈建华（男，52岁，盘龙区居民）',
        '受助学生名单：\n1. 岩温 2000元\n2. 玉香 2000元',
      ],
    },
  },
  // A generator: a check in the page may pause it between its passes (a pasted draft of names
  // with no punctuation gave one 63 ms task), see lib/engine/runner.ts.
  *check(context) {
    const { text } = context;
    const titleText = context.title ? text.slice(0, text.indexOf('\n') >>> 0) : '';
    const names: Name[] = [];
    let until0 = -1;
    // Chains are walked in text order; one that reaches names an earlier chain walked stops there,
    // so a long run of joined names is read once however many role shapes stand in it.
    let reach = -1;
    const pushJoined = (first: Name | undefined, minor: boolean) => {
      for (let name = first; name && name.start >= reach;) {
        reach = name.end;
        name.minor = minor;
        names.push(name);
        JOINER.lastIndex = name.end;
        const joined = JOINER.exec(text);
        name = joined ? nameAt(text, name.end + joined[0].length) : undefined;
      }
    };
    // the role chains and the grade chains keep their own reach (each loop walks the text in order)
    const chain = () => {
      let chainReach = -1;
      return (first: Name | undefined, minor: boolean, loose: boolean) => {
        for (let name = first; name && name.start >= chainReach;) {
          chainReach = name.end;
          name.minor = minor;
          names.push(name);
          JOINER.lastIndex = name.end;
          const joined = JOINER.exec(text);
          name = joined ? nameAt(text, name.end + joined[0].length, loose) : undefined;
        }
      };
    };
    const pushRoleChain = chain();
    let school: boolean | undefined;
    const starts = lineStarts(text);
    const lineOf = (pos: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    // A player by position is public where the passage (or the title) is about a provincial or national
    // competition; a sports meet named elsewhere in the draft does not make a village match's players public.
    const titleLine = context.title ? 0 : -1;
    const competitionAt = new Map<number, boolean>();
    const inCompetition = (pos: number) =>
      [titleLine, lineOf(pos)].some((index) => {
        if (index < 0) return false;
        let known = competitionAt.get(index);
        if (known === undefined) competitionAt.set(index, (known = COMPETITION.test(text.slice(...lineRange(text, starts, index)!))));
        return known;
      });
    const pushGradeChain = chain();
    SHAPE_SCAN.lastIndex = 0;
    for (let m = SHAPE_SCAN.exec(text); m; m = SHAPE_SCAN.exec(text)) {
      const c = m[0];
      const p = m.index + 1;
      if (c !== '的') {
        if (!isHan(text[p - 2]) || SUFFIX_WORD.test(text.slice(p - 1, p + 1))) continue;
        AFTER_ROLE.lastIndex = p;
        AFTER_ROLE.test(text);
        const at = AFTER_ROLE.lastIndex;
        // a role word ending its line with no colon (the last cell of a row: …种植户) does not label the next line
        if (text.slice(p, at).includes('\n') && !text.slice(p, at).includes(':')) continue;
        if ((surnameAt(text, at) || tibetanNameAt(text, at)) && !NOT_ROLE_SUFFIX.test(text.slice(Math.max(0, p - 3), p)))
          pushJoined(nameAt(text, at), c === MINOR_SUFFIX);
      } else if (surnameAt(text, p)) {
        // a private person described before the name: quoted (正在地里采摘的李桂香笑着说), addressed as an
        // elder (独居的王秀英老人) or placed by where they live (家住大坪村的张桂兰); not an office's staff
        const name = nameAt(text, p);
        if (!name) continue;
        ELDER.lastIndex = name.end;
        // a resident addressed as an elder is private even in an institution (敬老院的杨绍光老人)
        if (ORGANISATION_END.test(text.slice(Math.max(0, p - 3), p - 1)) && !ELDER.test(text)) continue;
        SPEAKS.lastIndex = name.end;
        if (
          SPEAKS.test(text) ||
          RESIDENCE.test(text.slice(Math.max(0, p - 17), p - 1)) ||
          PRIVATE_ACTIVITY.test(text.slice(Math.max(0, p - 17), p - 1)) ||
          PLIGHT.test(text.slice(Math.max(0, p - 8), p - 1))
        )
          names.push(name);
      }
    }
    yield;
    for (let p = 0; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (!ROLE_START[c] || (!ROLE_SECOND[text.charCodeAt(p + 1)] && !ROLE_ALONE[c])) continue;
      const role = roleAt(text, p);
      // no role, or a teacher named in a professional capacity (指导教师, 带队教师): acting in office
      if (!role || (role === '教师' && /指导|辅导|带队/.test(text.slice(p - 2, p)))) continue;
      // the one helped or seeking help named as 人员 (受助人员, 求助人员)
      AFTER_ROLE.lastIndex = p + role.length + ((role === '受助人' || role === '求助人') && text[p + role.length] === '员' ? 1 : 0);
      AFTER_ROLE.test(text);
      if (
        (role === '联系人' && !privateContact(text, p, titleText)) ||
        // 名字叫 as 名字是: a name only where it is a card's or a person's (这款茶的名字叫高山云雾 names a tea)
        ((role === '名字' || (role === '叫' && text.startsWith('名字', p - 2))) && !NAME_HOLDER.test(sentenceBefore(text, p).slice(-12)))
      ) {
        p += role.length - 1;
        continue;
      }
      // a pupil of a primary or secondary school (第一中学学生, 附小学生) is a minor
      const minor =
        MINOR.has(role) ||
        (role === '学生' && /[中小]学$|附[中小]$/.test(text.slice(p - 2, p))) ||
        (role === '同学' && (school ??= SCHOOL.test(text)));
      // a role in a sentence that names a minority people reads the name loosely (哈尼族村民卢者黑)
      const loose = ETHNIC.test(sentenceBefore(text, p));
      const at = AFTER_ROLE.lastIndex;
      // a role word ending its line with no colon (a header cell: 户主姓名) does not label the next line
      const gap = text.slice(p + role.length, at);
      if (gap.includes('\n') && !/[:：]/.test(gap)) {
        p += role.length - 1;
        continue;
      }
      // a name quoted after a naming label: 自称名叫“杨某某”
      const quoted = (STRONG.has(role) || (role === '叫' && SELF_NAMED.test(text.slice(p - 2, p)))) && /[“"「『]/.test(text[at]) ? 1 : 0;
      // a player by position in a provincial or national competition is public in that role
      if (PLAYER.has(role) && inCompetition(p)) {
        p += role.length - 1;
        continue;
      }
      let first = STRONG.has(role) ? labelledNameAt(text, at + quoted) : nameAt(text, at + quoted, loose);
      // a role or kin word read as the given name (新娘和新郎: 和 is no surname there) is no name
      const rest = first && ROLE_START[text.charCodeAt(first.start + first.surname)] && roleAt(text, first.start + first.surname);
      if (first && rest && first.start + first.surname + rest.length >= first.end) first = undefined;
      // a doubled syllable one is called by is a pet name (自称叫“乐乐”), not a full name, as in prose (明明说)
      if (first && role === '叫' && first.end - first.start === 2 && text[first.start] === text[first.start + 1]) first = undefined;
      // a nickname after a kin word (外孙女小雪说, 孙子小军从…): 小 and a given-name character, then a word's end
      if (!first && KIN_NICKNAME.has(role)) first = nicknameAt(text, at);
      // after 姓名：/户主：/户名： a whole name whose surname is outside the table (矣秀兰, 者春梅: Yunnan's Yi surnames)
      if (!first && FORM_LABEL.has(role) && /[:：]/.test(gap)) first = formName(text, at + quoted);
      // a name romanised as on a passport (ZHAO LIPING), its Chinese form in brackets after it
      ROMAN.lastIndex = at;
      const roman = !first && ROMAN.exec(text);
      if (roman) {
        names.push({ start: at, end: ROMAN.lastIndex, surname: roman[0].indexOf(' ') });
        if (text[ROMAN.lastIndex] === '(') first = nameAt(text, ROMAN.lastIndex + 1);
      }
      // masked names first in the list (嫌疑人李某某、陈光明): the unmasked ones after them are read (a few at most)
      for (let k = 0, from = at; !first && k < 4; k++) {
        MASKED.lastIndex = from;
        if (!MASKED.test(text)) break;
        JOINER.lastIndex = MASKED.lastIndex;
        if (!JOINER.test(text)) break;
        from = JOINER.lastIndex;
        first = nameAt(text, from, loose);
      }
      pushRoleChain(first, minor, loose);
      p += role.length - 1;
    }
    yield;
    const { presence } = context;
    PERSON_BRACKET.lastIndex = 0;
    for (let m = presence.mayMatch(PERSON_BRACKET) ? PERSON_BRACKET.exec(text) : null; m; m = PERSON_BRACKET.exec(text)) {
      const name = nameBefore(text, m.index);
      if (!name) continue;
      // a pupil named with the grade (杨紫涵（四年级）) or anyone with an age under 18 (杨某（女，9岁）) is a minor
      if (/年级|[初高][一二三]/.test(m[0]) || /^[^)]{0,6}?(?<!\d)(?:1[0-7]|\d)岁/.test(text.slice(m.index, m.index + 10)))
        name.minor = true;
      names.push(name);
    }
    // in a private appeal (lost property, a plea for help), a name right before a mobile number, a short label
    // between them: 杨德顺 13812345678, 王秀英 电话：159…, 段明珠 紧急联系人 139 … (a unit's contact is not an appeal)
    MOBILE.lastIndex = 0;
    for (let m = presence.mayMatch(MOBILE) ? MOBILE.exec(text) : null; m; m = MOBILE.exec(text)) {
      const label = PHONE_LABEL.exec(before(text, m.index, 12));
      if (!label || !label[0].length) continue;
      const end = m.index - label[0].length;
      let name = nameEndingAt(text, end);
      // a name standing alone between non-Chinese characters (“段明珠 …) is read like one after 姓名：
      let start = end;
      while (!name && start > end - 4 && isHan(text[start - 1])) start--;
      if (!name && end - start >= 2 && !isHan(text[start - 1])) name = labelledNameAt(text, start);
      if (name && name.end === end && !publicBefore(text, name.start) && privateContact(text, name.start, titleText)) names.push(name);
    }
    // a pupil named after the grade and class: 八年级（2）班王梓萱 — a minor
    GRADE_BEFORE.lastIndex = 0;
    for (let m = presence.mayMatch(GRADE_BEFORE) ? GRADE_BEFORE.exec(text) : null; m; m = GRADE_BEFORE.exec(text))
      pushGradeChain(nameAt(text, m.index + m[0].length), true, false);
    ADDRESSEE.lastIndex = context.title ? text.indexOf('\n') + 1 : 0;
    const salutation = ADDRESSEE.exec(text);
    if (salutation) {
      const start = salutation.index + salutation[0].indexOf(salutation[1]);
      const name = nameAt(text, start);
      if (name && name.end === start + salutation[1].length) names.push(name);
    }
    COUNTED_AFTER.lastIndex = 0;
    for (let m = presence.mayMatch(COUNTED_AFTER) ? COUNTED_AFTER.exec(text) : null; m; m = COUNTED_AFTER.exec(text)) {
      const end = m.index + m[0].length;
      if (!PRIVATE_COUNTED.test(text.slice(end, end + 12))) continue;
      // walk back over 、-joined names: at most as many as the characters before, each read once
      for (let name = nameBefore(text, m.index); name && givenNameOnly(text, name);) {
        names.push(name);
        name = text[name.start - 1] === '、' && name.start - 1 > until0 ? nameBefore(text, name.start - 1) : undefined;
      }
      until0 = m.index;
    }
    yield;
    LIST_HEAD.lastIndex = 0;
    for (let m = presence.mayMatch(LIST_HEAD) ? LIST_HEAD.exec(text) : null; m; m = LIST_HEAD.exec(text)) {
      let at = m.index + m[0].length;
      for (let name = nameAt(text, at); name; name = nameAt(text, at)) {
        names.push(name);
        LIST_SEPARATOR.lastIndex = name.end;
        if (!LIST_SEPARATOR.test(text)) break;
        at = LIST_SEPARATOR.lastIndex;
      }
    }
    // a villager after their village group (五组李正华), where the draft is about a village's own affairs
    GROUP_BEFORE_NAME.lastIndex = 0;
    for (let m = VILLAGE_AFFAIRS.test(text) ? GROUP_BEFORE_NAME.exec(text) : null; m; m = GROUP_BEFORE_NAME.exec(text)) {
      if (NOT_VILLAGE_GROUP.test(text.slice(Math.max(0, m.index - 3), m.index + 1))) continue;
      const name = nameAt(text, m.index + 1);
      // a verb (五组成立了), another group (五组和六组) or a natural village (五组杨柳湾, 六组马鹿塘) is no villager
      if (name && !/[了着过地组湾坪寨箐塘沟坝营冲村庄岩坡山]/.test(text[name.end])) names.push(name);
    }
    // a photo caption naming who stands where: 左起：罗志明、镇司法所所长王建军、李春花; an
    // item that is no bare name (an official with the title) is stepped over to the next 、, a few characters at most
    CAPTION.lastIndex = 0;
    for (let m = presence.mayMatch(CAPTION) ? CAPTION.exec(text) : null; m; m = CAPTION.exec(text)) {
      let at = m.index + m[0].length;
      for (let item = 0; item < 12; item++) {
        const name = nameAt(text, at);
        let end = name ? name.end : at;
        if (name && (!isHan(text[end]) || BOUNDARY.has(text[end]))) names.push(name);
        else if (name) break;
        else while (end - at < 12 && isHan(text[end])) end++;
        if (text[end] !== '、') break;
        at = end + 1;
      }
    }
    for (const name of tableNames(text, context.blocks)) names.push(name);
    for (const row of CHAIN.test(text) ? [LIST_ROW, CHAIN_ROW] : [LIST_ROW]) {
      row.lastIndex = 0;
      for (let m = row.exec(text); m; m = row.exec(text)) {
        const start = m.index + m[0].length - m[1].length;
        const name = nameAt(text, start);
        if (name && name.end === start + m[1].length) names.push(name);
      }
    }
    yield;
    // a loop, not push(...): a long draft yields more names than a call's argument list holds
    for (const name of proseNames(text, context.presence)) names.push(name);
    if (!names.length) return;
    // the same name found twice: the reading as a minor's wins (学生 and 六年级学生)
    names.sort((a, b) => a.start - b.start || b.end - a.end || +!!b.minor - +!!a.minor);
    const found: Name[] = [];
    let until = -1;
    for (const name of names) {
      if (name.start < until) continue;
      until = name.end;
      found.push(name);
    }
    lengthenRecurring(text, found);
    yield;
    // Art. 24 exception: names in disciplinary publicity, mandatory disclosure and commendations
    // are public, but only in the passage that is that publicity (or the whole draft when its
    // title says so), and never a minor's name or a school's discipline of its pupils.
    const exceptions = disclosureExceptions(text, presence);
    const titleEnd = context.title ? text.indexOf('\n') >>> 0 : 0;
    const draftWide = exceptions.find((x) => x.start < titleEnd);
    const lineException = new Map<number, Exception>();
    for (const x of exceptions) if (!lineException.has(lineOf(x.start))) lineException.set(lineOf(x.start), x);
    // A line that opens a list (ends with a colon: 授予下列同志…称号：, 名单公示如下：) or stands right before a
    // table (…被评为优秀志愿者。 then the table of them) lends its exception to the short lines after it — the
    // list and its table cells — until the next full sentence.
    const listException = new Map<number, Exception>();
    const cellLines = new Set<number>();
    if (exceptions.length) for (const b of context.blocks) if (b.cell) cellLines.add(lineOf(b.start));
    // a table typed as text: a line of space-separated headings, one of them 姓名 (or a kind of person)
    const typedHeader = (index: number) => {
      const range = lineRange(text, starts, index);
      const cells = range ? text.slice(...range).match(TEXT_CELL) : null;
      return !!cells && cells.length > 1 && cells.length <= 12 && cells.some((c) => NAME_HEADER.test(c));
    };
    let open: Exception | undefined;
    for (let index = 0; exceptions.length && index < starts.length; index++) {
      const line = text.slice(...lineRange(text, starts, index)!).trim();
      // a school's discipline of its pupils lends nothing (its list is of minors)
      if (
        lineException.has(index) &&
        (line.endsWith(':') || (!cellLines.has(index) && (cellLines.has(index + 1) || typedHeader(index + 1))))
      )
        open =
          MINOR_CONTEXT.test(line) && /处分|审查|调查|违纪/.test(lineException.get(index)!.keyword) ? undefined : lineException.get(index);
      else if (open && line.length <= 40 && !line.includes('。')) listException.set(index, open);
      else open = undefined;
    }
    /** The exception covering the passage at `pos`, if any (minors aside). */
    const atLine = new Map<number, Exception | undefined>();
    const exceptionAt = (pos: number): Exception | undefined => {
      if (!exceptions.length) return undefined;
      const index = lineOf(pos);
      if (atLine.has(index)) return atLine.get(index);
      const here = exceptionOfLine(index);
      atLine.set(index, here);
      return here;
    };
    let minorsAid: boolean | undefined;
    const exceptionOfLine = (index: number): Exception | undefined => {
      const [start, end] = lineRange(text, starts, index)!;
      const passage = text.slice(start, end);
      // a commendation in the title covers the passages that commend, not an injured bystander's
      const here =
        lineException.get(index) ??
        (draftWide && (!isCommendation(draftWide.keyword) || COMMENDING.test(passage)) ? draftWide : undefined) ??
        listException.get(index);
      if (!here || (MINOR_CONTEXT.test(passage) && /处分|审查|调查|违纪/.test(here.keyword))) return undefined;
      // student aid is disclosed of a college's adults, not of a school's pupils (the draft read once)
      if (/学金|资助/.test(here.keyword) && (minorsAid ??= aidToMinors(text))) return undefined;
      return here;
    };
    yield;
    // A name is one person through the draft: every other occurrence of a name found here is read
    // too, and one occurrence that is public decides for all (an official's title or 同志 before or
    // after it, a memorial after it: 聂耳故居; a commendation in its passage: the rescuer praised by
    // name further down). A minor's name is personal wherever it stands.
    const byValue = new Map<
      string,
      { minor: boolean; public: boolean; pseudonym?: boolean; surname: number; commended?: Exception; helped?: boolean; doer?: boolean }
    >();
    const first = new Uint8Array(0x10000);
    let longest = 0;
    for (const name of found) {
      const value = text.slice(name.start, name.end);
      const entry = byValue.get(value) ?? { minor: false, public: false, surname: name.surname };
      entry.minor ||= name.minor === true;
      byValue.set(value, entry);
      first[value.charCodeAt(0)] = 1;
      longest = Math.max(longest, value.length);
    }
    const occurrences: Name[] = [];
    let next = 0;
    yield;
    for (let i = 0; i < text.length; i++) {
      if (!first[text.charCodeAt(i)]) continue;
      for (let n = Math.min(longest, text.length - i); n >= 2; n--) {
        const value = text.slice(i, i + n);
        const entry = byValue.get(value);
        if (!entry) continue;
        // not the head of a longer name (王芬 in 王芬芳) nor the tail of one (李明 in 杨李明)
        const after = text[i + n];
        if (isHan(after) && isGivenNameChar(after) && !BOUNDARY.has(after) && !(NUMERAL.has(after) && MEASURE.has(text[i + n + 1]))) break;
        while (next < found.length && found[next].end <= i) next++;
        const at = next < found.length && found[next].start <= i ? found[next] : undefined;
        // where a detector found the name, the words before it were already judged (农民工代表…)
        if (!at && publicBefore(text, i)) entry.public = true;
        // a pupil called 同学 (李明华同学获一等奖) is a minor, in a commendation too
        if (text.startsWith('同学', i + n)) entry.minor = true;
        PUBLIC_AFTER.lastIndex = i + n;
        if (PUBLIC_AFTER.test(text)) entry.public = true;
        else if (LEGEND.test(sentenceBefore(text, i)) || PRAISED.test(sentenceBefore(text, i))) entry.public = true;
        PSEUDONYM_AFTER.lastIndex = i + n;
        if (PSEUDONYM_AFTER.test(text) || text.slice(Math.max(0, i - 3), i).includes('化名')) entry.pseudonym = true;
        const here = exceptionAt(i);
        if (here && isCommendation(here.keyword)) {
          entry.commended ??= here;
          HELPED_AFTER.lastIndex = i + n;
          entry.helped ||= HELPED_BEFORE.test(text.slice(Math.max(0, i - 12), i)) || HELPED_AFTER.test(text);
          COMMENDED_AFTER.lastIndex = i + n;
          entry.doer ||= COMMENDED_BEFORE.test(sentenceBefore(text, i)) || COMMENDED_AFTER.test(text);
        }
        if (!at) occurrences.push({ start: i, end: i + n, surname: entry.surname });
        i += n - 1;
        break;
      }
    }
    const all = occurrences.length ? [...found, ...occurrences].sort((a, b) => a.start - b.start) : found;
    const noted = new Set<number>();
    const note = (x: Exception) => {
      if (noted.has(x.start)) return;
      noted.add(x.start);
      context.report({ messageId: 'disclosureException', severity: 'info', start: x.start, end: x.end, data: { keyword: x.keyword } });
    };
    let reported = -1;
    for (const name of all) {
      // an occurrence read in full (阿普拉则) covers a shorter reading inside it (普拉则)
      if (name.start < reported) continue;
      reported = name.end;
      const entry = byValue.get(text.slice(name.start, name.end))!;
      // a pseudonym protects the person already, a minor's included
      if (entry.pseudonym) continue;
      if (!entry.minor) {
        if (entry.public) continue;
        const here = entry.commended ?? exceptionAt(name.start);
        // the one a commended deed helped is not the one commended
        if (here && !(entry.helped && !entry.doer && isCommendation(here.keyword))) {
          note(here);
          continue;
        }
      }
      const masked = maskName(text, name);
      context.report({
        messageId: 'name',
        start: name.start,
        end: name.end,
        data: { value: text.slice(name.start, name.end) },
        suggestions: [{ messageId: 'mask', data: { masked }, edits: [{ start: name.start, end: name.end, text: masked }] }],
      });
    }
  },
});
