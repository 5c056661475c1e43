import { z } from 'zod/mini';
import type { TextPresence } from '../engine/presence';
import { defineRule, type Tier } from '../engine/rule';
import { DATELINE_OUTLET, OUTLET } from './support/repost-signals';
import { eachMatch, lexicon, literalLexicon, quoteList, sentenceIndex, Spans } from './support/text-units';

/**
 * Tier triggers of Art. 21 (rules README §G). Major: disasters, epidemics, mass incidents, accidents
 * and poisonings with casualties, major local events. Important: policy documents and plans,
 * personnel appointments, official statistics, enforcement results. One small literal-led pattern per
 * kind: the regex engine skips ahead on their first characters, which one big alternation defeats.
 */
/**
 * A death told by its signs or as a life lost (已无生命体征, 已无呼吸心跳, 丧生, 葬身火海, 殒命, 夺去…生命; not 生命体征平稳):
 * a harm signal and a word of HARM alike.
 */
// …or as a life not saved (没能挽回生命, 未能挽救其生命, 没有保住性命, 没救过来; not 差点没救过来)
const LIFE_LOST =
  '(?:无|失去|没有)(?:生命体征|呼吸心跳)|生命体征消失|丧生|葬身|丧命|殒命|夺去[^。，,\\n]{0,10}?生命|(?:[未没]能|没有)(?:挽[回救]|保住)[^。，]{0,4}?[生性]命|(?<!点)[没未]有?能?抢?救(?:过来|活)';

const MAJOR: readonly (readonly [Kind, RegExp[]])[] = [
  [
    'disaster',
    lexicon([
      '级地震',
      '地震(?!局|台|部门|系统|监测|科普|知识|演练|预警|应急预案|活动|带|成因|断裂|设防|烈度)',
      '震中',
      '余震',
      '洪涝',
      '洪灾',
      '山洪',
      '泥石流',
      '滑坡',
      '塌方',
      '崩塌',
      '森林(?:草原)?火灾(?!发生率|受害率)',
      '(?:森林|草原|山林)火情',
      '山火',
      '旱情',
      '旱灾',
      '受旱',
      '雪灾',
      '台风',
      '受灾',
      '灾情',
      // a fire or a hazard reported with a time or a place (今天16时许…发生火情, 某村发生地质灾害险情)
      '火情',
      '险情',
    ]),
  ],
  // weather that is a disaster only with a loss in its sentence (IMPACT): 冰雹造成…直接经济损失
  [
    'hazard',
    lexicon([
      '冰雹',
      '暴雪',
      '强降雪',
      '暴雨',
      '强降雨',
      '强降水',
      '强对流',
      '大风',
      '雷击',
      '凝冻',
      '冰冻',
      '霜冻',
      '干旱',
      '内涝',
      '洪水',
      '龙卷风',
    ]),
  ],
  [
    'epidemic',
    lexicon([
      '确诊病例',
      '疑似病例',
      '无症状感染者',
      '本土病例',
      '聚集性疫情',
      '疫情',
      '传染病(?!防治法)',
      '流调',
      '封控',
      '密切接触者',
      '新冠(?!疫苗)',
      '流行病学调查',
      '人感染',
      '呈阳性',
      '阳性感染者',
      // cases counted, with the cases they are when named next: 报告1例疟疾病例, 累计报告病例23例
      '(?:报告|发现|新增|确诊)[^。，,\\n]{0,10}?\\d+例(?:[^。，,\\n]{0,8}?(?:病例|感染者))?',
      // cases counted in words (陆续出现多例水痘病例), and an animal outbreak's control (划定疫点, 扑杀)
      '(?:出现|报告|发现|新增)[^。，,\\n]{0,10}?[多数几]例[^。，,\\n]{0,8}?病例',
      '疫点',
      '扑杀(?!补助|补贴|费|标准|经费)',
    ]),
  ],
  // 聚集 and the other acts of a crowd are checked against who acts in code (GATHERING), so the scan stays literal-led
  [
    'mass',
    lexicon([
      '群体性事件',
      '群体事件',
      '集体上访',
      '越级上访',
      '上访',
      '聚众',
      '堵路',
      '围堵',
      '聚集(?![区地性])',
      '拉横幅',
      '拉条幅',
      '打横幅',
      '阻挠',
      '阻拦施工',
      '阻断施工',
      '围坐',
      '讨要(?:工资|工钱|薪资|欠薪)(?!难|渠道|途径|问题)',
      '阻工',
      '堵门',
      '静坐',
      '讨薪(?!渠道|途径|难|热线|问题|服务|维权)',
      // acts a crowd takes together, and a crowd going to an office with a demand (counted: GROUP)
      '集体(?:停运|停工|罢工|罢课|罢市|维权|讨薪)',
      '罢工',
      '罢课',
      '(?<!避免|防止|减少|化解|不)(?:发生|引发)(?:肢体)?冲突',
      '罢市',
      // …the demand may follow in a clause of its own (来到县住建局门前，就…问题反映诉求; 到售楼处，要求退房)
      // (反映 with a grievance after it: 反映…问题/诉求; 纷纷反映窗口服务效率高 is praise)
      // …or stands at its gate with it (在街道办事处门前反映诉求, 聚在镇政府门口，要求…; counted earlier in the sentence: AT_GATE)
      '(?:政府|县委|市委|州委|大院|局|信访办|办事处|项目部|售楼部|售楼处)(?:大?门[前口外]|楼前)[^。\\n]{0,24}?(?:反映(?=[^。\\n]{0,16}?(?:问题|诉求|不满|困难|纠纷|拖欠|欠薪|补偿))|讨要|请愿|上访|表达诉求|讨说法|要说法|表达不满|(?<![按照依据的])要求)',
      '(?:到|来到|前往)[^。，,\\n]{1,14}?(?:政府|县委|市委|州委|大院|局|信访|街道办|公司|项目部|售楼部|售楼处)[^。\\n]{0,24}?(?:反映(?=[^。\\n]{0,16}?(?:问题|诉求|不满|困难|纠纷|拖欠|欠薪|补偿))|讨要|请愿|上访|表达诉求|讨说法|要说法|表达不满|(?<![按照依据的])要求)',
    ]),
  ],
  ['poisoning', lexicon(['食物中毒', '集体中毒', '中毒事件', '中毒事故', '误食[^。,，\\n]{0,8}?中毒'])],
  // 级地震 and 人遇难 need their number (6.4级地震, 3人遇难), taken in code (NUMBER_BEFORE)
  [
    'casualty',
    [
      ...lexicon([
        '遇难(?!同胞|者纪念)',
        '身亡',
        '伤亡',
        '抢救无效',
        '肇事逃逸',
        // a hit-and-run told as the driver leaving (撞倒…后驶离现场, 撞伤一名行人后逃离, 肇事车辆…驶离; not 撞坏护栏)
        '(?:撞[倒伤飞人]|肇事)[^。，,\\n]{0,12}?(?:逃逸|逃离|驶离)',
        '人遇难',
        // deaths phrased without 人…死亡: 当场死亡, 致2死3伤, 罹难, 不幸离世
        '当场死亡',
        '罹难',
        '不幸(?:死亡|离世|遇难)',
        '致\\d+人?(?:死|伤|亡)',
        '溺亡',
        '坠亡',
        '伤势过重',
        '伤重不治',
        // violent deaths in a police bulletin
        '命案',
        '杀害',
        '凶杀',
        '行凶',
        '不治(?!之症)',
        // a body found or recovered (落水男子遗体被找到), not 遗体接运 or a donation
        '遗体(?:已|被|于)?[^。，,\\n]{0,8}?(?:找到|打捞|寻获|发现)|(?:找到|打捞|寻获|发现)[^。，,\\n]{0,8}?遗体',
      ]),
      // digit-led, so on its own: in a group it stops the scan skipping ahead on the others' first characters
      /(?<!\d)\d+死\d*伤?/g,
    ],
  ],
  // harm to people, counted only with someone counted or named in its sentence (PERSON): 两名学生…溺水,
  // 造成三人死亡, 其中一名学生头部撞伤, 4名矿工被困井下
  [
    'harm',
    lexicon([
      '死亡(?!人数|率|人次|病例)',
      '受伤',
      '重伤',
      '轻伤',
      '失联',
      '失踪',
      '失去联系',
      '联系不(?:上|到)',
      '下落不明',
      '被困',
      '被埋',
      '溺水',
      '离世',
      '(?<!因病[^。，,\\n]{0,6})去世',
      '冲走',
      '受困',
      // harm done by a person (an adult to a child, pupils to a classmate)
      '体罚',
      '殴打',
      '欺凌',
      '坠楼',
      '中毒(?!症状)',
      '[撞烧摔砸压刺砍捅咬烫炸灼擦扭割跌挤踩划]伤',
      LIFE_LOST,
    ]),
  ],
  // people taken ill together (PERSON, and 出现 before): 部分学生陆续出现腹痛、腹泻等症状
  ['illness', lexicon(['症状', '呕吐', '腹泻', '腹痛', '发热', '发烧', '头晕', '恶心', '身体不适'])],
  [
    'event',
    lexicon([
      '突发事件',
      '突发公共事件',
      '重大突发',
      '重大事件',
      '重大活动',
      '重大会议',
      '舆情',
      '辟谣',
      '不实信息',
      '关于网传',
      // an official under investigation, the title before it checked in code (OFFICIAL): 原院长严某某被查
      '被查(?![处获扣封出])',
      '系谣言',
      '立案审查',
      '审查调查',
      '纪律审查',
      '监察调查',
      '严重违纪违法',
      '涉嫌(?:严重)?违纪',
      '审查和调查',
      '接受审查',
      '留置措施',
      '主动投案',
      '党纪处分',
      '政务处分',
      '开除党籍',
      '被问责',
      // accountability named as such, or an official given a sanction short of 处分 (给予…诫勉, 停职检查; not a pupil's 通报批评)
      '问责情况',
      '免职处理',
      '被免职',
      '予以免职',
      '引咎辞职',
      '责令辞职',
      '给予[^。，,\\n]{0,20}?(?:诫勉|停职检查)',
      // the sanctions themselves, as 通报 of officials name them (a school's 警告处分 of a pupil is not one)
      '党内(?:严重)?警告处分',
      '撤销党内职务',
      '留党察看',
      '政务(?:警告|记过|记大过|降级|撤职)',
      '违反中央八项规定精神',
      // a congress counts when it opens or meets (checked in code: CONGRESS_ACT)
      '党代会',
      '党代表大会',
      '人民代表大会',
      '人代会',
      '两会',
      '政协',
    ]),
  ],
  // counts only with a casualty in the same sentence
  [
    'accident',
    lexicon([
      '事故',
      '爆炸',
      '爆燃',
      '坍塌',
      '垮塌',
      '塌陷',
      '火灾',
      '起火',
      '失火',
      '车祸',
      '侧翻',
      '翻坠',
      '相撞',
      '碰撞',
      '追尾',
      '坠落',
      '坠入',
      '坠崖',
      '泄漏',
      '透水',
      '踩踏',
      '中毒',
    ]),
  ],
];
/**
 * Who gathers (or blocks, sits in, demands pay), and no 避免/不要 or a helper before them: 群众在镇政府门口
 * 聚集, 30余名村民…拉横幅; not 避免人员聚集, 帮助农民工讨薪.
 */
const GATHERING =
  /(?<!避免|减少|不要|防止|禁止|严禁|勿|不)(?<!(?:为|帮|帮助|协助|替|引导)[^。,，\n]{0,6})(?:群众|村民|居民|工人|农民工|职工|员工|业主|民众|商户|家长|家属|司机|人员|多人)[^。,，\n]{0,16}$/;
const CROWD_ACT = /^(?:聚集|拉横幅|拉条幅|打横幅|阻挠|阻拦|阻工|堵门|静坐|围坐|讨薪|讨要|发生|引发)/;
/** A crowd gathers with a grievance (因…问题, 反映, 门口), not to celebrate (数千名群众聚集在广场上…欢度火把节). */
const GRIEVANCE = /因|反映|诉求|讨要|要求|不满|维权|欠薪|拖欠|补偿|纠纷|上访|横幅|围堵|阻挠|说法|门口/;
/** Going to an office with a demand is a crowd's act only when the crowd is counted: 数十名学生家长到…局反映. */
const GROUP =
  '(?:(?:\\d+|[几数十百千多]+)余?(?:名|人|位)|部分|集体)[^。,，\\n]{0,6}?(?:群众|村民|居民|工人|农民工|职工|员工|业主|家长|商户|司机|驾驶员|学生|人员|(?:购房|拆迁|搬迁|被征地|养殖|种植|住)户)';
const COUNTED_GROUP = new RegExp(`${GROUP}[^。,，\\n]{0,8}$`);
/**
 * …at whose gate the crowd stands (在…门前, 聚在…门口), the crowd counted before it in its sentence (部分群众因…，在…;
 * looked for in the 48 characters before, so a long sentence is not rescanned).
 */
const AT_GATE = /(?:在|到|来到|围在|聚在|聚集在)[^。，,\n]{0,10}$/;
const COUNTED_EARLIER = new RegExp(GROUP);
/** A rebuttal (辟谣, 系谣言) is major by what the rumour is about: an event of the major kinds, not a road closure or an exam. */
const REBUTTAL = /^(?:辟谣|不实信息|关于网传|系谣言)/;
const RUMOUR_TOPIC =
  /火灾|起火|失火|爆炸|事故|地震|洪水|洪涝|泥石流|滑坡|塌方|疫情|病例|感染|中毒|污染|死亡|身亡|死人|伤亡|受伤|失踪|失联|聚集|群体|上访|打人|殴打|欺凌|霸凌|斗殴|命案|封城|封控|坍塌|垮塌|坠|溺|遇难|冲突|被查|留置/;
/** The post of the one 被查: 某县人民医院原院长严某某被查 (not 违法车辆被查). */
const OFFICIAL = /(?:局长|书记|县长|镇长|乡长|主任|院长|校长|董事长|总经理|处长|科长|所长)[^。，,\n]{0,6}$/;
const CONGRESS = /^(?:党代会|党代表大会|人民代表大会|人代会|两会|政协)/;
/** A congress counts when its session opens or closes (政协某县第十届委员会第四次会议开幕)… */
const CONGRESS_ACT = /^[^。,，\n]{0,24}?(?:开幕|闭幕|召开|隆重)/;
/** …not when a standing body meets (县政协召开主席会议, 人大常委会会议闭幕). */
const ROUTINE_SESSION = /主席会议|常委|常务|主任会议|党组|机关|座谈|协商会|专题/;
const CLAUSE = /^[^。,，；;\n]*/;
/**
 * Someone counted or named, for harm and illness: 两名学生, 3人, 三人, 多名, 一家四口, 部分学生, 驾驶人.
 * A bare 学生 or 儿童 is not enough: tips speak of them in general (防止儿童溺水).
 */
const PERSON =
  /(?:\d+|[一二两三四五六七八九十百千几数多]+)余?(?:名|人|位|口)|一家[^。，,]{0,2}口|(?:部分|少数)(?:学生|师生|幼儿|群众|村民|居民|职工|工人|游客|患者|人员|就餐人员)|一(?:男子|女子|男童|女童|学生|老人|村民|工人|游客|少年|儿童|孩子|居民)|驾驶人|驾驶员|乘客|行人|伤者|死者/;
/**
 * Light harm (受伤, 擦伤…) with nobody killed or missing is an event when several people are hurt
 * (MULTI in the sentence) and the post is not a rescue or treatment story (RESCUED): 流浪犬咬伤7名村民,
 * not 成功救治一名被毒蛇咬伤的村民.
 */
// a knife's or a fist's harm (砍伤, 刺伤, 捅伤, 打伤) is a crime whatever the count, so it is not light; nor is being
// trapped: people trapped now are major rescued or not (holdout README: 人员被困), one or several (被困电梯, 困在山顶)
const LIGHT_HARM = /^(?:受伤|轻伤|[撞烧摔砸压炸灼擦扭跌挤踩划咬烫割]伤)/;
/** …but one person both hurt and trapped (摔伤…被困崖下, 受伤…困了四小时, 骨折被困, 崴脚受困) is harm however the story ends. */
const HURT = /(?<!未)受伤|[摔砸压跌扭]伤|骨折|崴/;
// …stuck told without 困 (卡在崖壁平台上无法脱身, 困于峡谷, 动弹不得)
const TRAPPED = /[被受]困|困[在了于]|卡在|无法脱身|动弹不得/;
const MULTI =
  /(?:[2-9]|\d{2,}|[两二三四五六七八九十百千几数多][一二两三四五六七八九十百千]*)余?(?:名|人|位|口)|一家|(?:部分|少数)(?:学生|师生|幼儿|群众|村民|居民|职工|工人|游客|患者|人员)|多人/;
const RESCUED = /成功救治|康复出院|救出|救下|获救|脱险|脱困|成功解救|均未受伤|无人受伤|毫发无损|转危为安/;
/** 受灾群众 as those a fund is for (下达冬春受灾群众生活救助资金), not as news of a disaster. */
const FUNDS = /资金|救助金|补助金|补贴|物资/;
/** Harm denied or guarded against in its clause: 未造成人员伤亡, 无重症和死亡病例, 防止溺水, 确保不发生…伤亡. */
const NEGATED_BEFORE =
  /(?:未造成|没有造成|未发生|不发生|没有|无人员?|无一人?|零|杜绝|防止|避免|减少|预防|严防|谨防|以免|不要|严禁|防溺水)[^，。,；;\n]{0,10}$|(?:未|没有)(?:发生|出现)[^，。,；;\n]{0,12}?(?:造成|导致|引发)的?(?:人员|人)?$/;
/** An event denied right before its word: 未发生因山洪…, 没有出现一起火灾. */
const NOT_HAPPENED = /(?:未|没有|无)(?:发生|出现)[^，。,；;\n]{0,6}$/;
/** 防 or 反 right before a harm word names a campaign against it (防欺凌, 反欺凌, 防殴打), not harm done (not 消防, 边防). */
const CAMPAIGN_BEFORE = /(?<![消边国人海])[防反]$/;
/** The counted person nearest before a harm word in its clause, to show 三人死亡 rather than 死亡. */
const PERSON_NEAR = new RegExp(`(?:${PERSON.source})[^，。,；;\\n]{0,14}$`);
/** Symptoms that appeared (陆续出现腹痛…症状), not ones that may (如出现, 会出现, 可能出现). */
const SYMPTOMS_BEFORE = /(?<!如|若|会|可能|可|易|常|则|一旦|如果|假如)出现[^。；;\n]{0,14}$/;
/** Several taken ill one after another, counted or not (陆续有学生出现, 相继出现, 先后出现, 集体出现), not what a disease usually brings on (通常、一般、往往先后出现). */
const IN_TURN = /(?<![如若会能旦果常般往])(?:陆续|相继|先后|集体)[^。，]{0,6}出现[^。；]{0,14}$/;
/**
 * (A burnt area under 100 m² (过火面积约5平方米, 为8㎡, 仅6平米) is a small fire's size, not a loss; NFKC reads ㎡ as m2.)
 * A loss that makes weather a disaster or an accident an event, besides harm to people (HARM): 直接经济损失,
 * 农作物受损, 烧毁摊位32个, 转移安置群众312人 (not 未造成…损失).
 */
const IMPACT =
  /(?<!(?:未|没有|无)[^，。,]{0,8})(?:损失|受损|受灾|绝收|倒塌|损毁|冲毁|损坏|烧毁|过火(?!面积[为约近仅]{0,2}\d\d?(?:\.\d)?(?:平|㎡|m[2²]))|进水|被淹|淹没|中断|阻断|转移安置|紧急转移|紧急疏散|疏散(?!通道|指示|演练|路线|标志)|紧急撤离|饮水困难|停电|掀翻|刮倒|刮断|吹倒|倒伏)/;
/**
 * People not yet out of an accident's site (另有6人仍在井下, 尚有4名矿工未能升井, 还有3人困在土方下): trapped, told
 * without 被困 (not 抢通工作仍在进行中, 已全部安全升井). Only people are trapped: 埋在地下的燃气管道 is a pipe.
 */
const STILL_IN =
  '(?:仍|尚|还)有?[^。，,；;\\n]{0,8}?(?:未能?|没有?能?)(?:升井|出井|撤出|撤离|脱险|脱困|获救|救出|找到)|(?<=(?:[人名民员者客童孩口们户他她]|[矿民]工|[学考]生|驴友)被?)[困埋压]在|(?:仍|尚|还)(?:滞留|留)?在(?:井|洞|隧道|废墟|矿|坑|车|水|河|江|崖|楼|屋|房|土|泥)[^。，,；;\\n]{0,4}?[下内中里底]';
const NUMBER_BEFORE = /\d+(?:\.\d+)?$/;
const HARM = new RegExp(
  `伤亡|遇难|罹难|身亡|${LIFE_LOST}|抢救无效|不治|(?<!\\d)\\d+[死伤]|(?:死亡|受伤|重伤|失联|被困|受困|被埋|失踪)(?!人数|率|人次|车)|[撞烧摔砸压炸灼擦挤踩]伤|中毒症状|落水|离世|${STILL_IN}|伤[员者](?:已?被?送|转运)|(?:转运|抢救)伤[员者]`,
);
// 未发生因灾死亡失踪人员: a few words may come between, and the denial covers the harm words that follow
// …or denied for a cause (未发生因山洪造成的人员伤亡, 没有出现因火灾导致的人员死亡)
const NO_HARM =
  /(?:(?:未|没有)(?:发生|出现)[^，。,；;\n]{0,12}?(?:造成|导致|引发)的?|未造成|没有造成|未发生|没有|无)[^，。,；;\n]{0,4}?(?:人员|人)?(?:(?:伤亡|死亡|受伤|失踪|失联)、?)+/g;
/**
 * Words that name no event on their own (受灾群众, 各类突发事件): they report one only with a detail
 * that pins it down in their sentence — a date, a count (4200余人; not 24小时 of a duty rota) or a
 * named place (镇雄县受灾地区). Without one
 * they are a purpose or a condition (为帮助受灾群众…, 因突发事件导致困难的家庭可申请救助).
 */
const GENERIC = /^(?:受灾|灾情|突发事件|突发公共事件|火情|险情)/;
const DETAIL =
  /\d+(?:\.\d+)?\s*(?:月|日|年|时|人|户|名|余|万|亩|间|处|级|个乡|个村)|(?<![乡城村集])镇|(?<!城)乡(?![镇村])|县(?![级城])|州(?!级)|省(?![级委])|(?<![城都超])市(?![场民级])|(?<![社小园景城片山辖灾牧库矿林街])区(?![域别间])/;
/**
 * Looking back is not reporting: an anniversary, a memorial, reconstruction years later. Such a
 * sentence names the disaster without being news of one.
 */
// 如今 sets then against now; a commendation praises what was done. Reconstruction alone is not
// looking back: recovery right after a disaster is part of it (为支持某县受灾地区恢复重建).
// Earlier years (去年, 近年来, 那场, 当年) and what came after (竣工, 住进新居, 回迁, 疫情过后) look back too, as does
// an archive picture (资料图, 资料视频, 档案馆提供). A last-century year looks back only when it opens a clause
// for what happened then (1992年夏天，村里遭遇山洪), not when it dates a building, a record, a career or a
// comparison (建于1985年, 1961年有记录以来, 1990年参加工作, 1970年…后), nor beside now (今天凌晨).
const RETROSPECTIVE =
  /周年|纪念|回望|回顾|追忆|缅怀|悼念|祭奠|如今|(?<!拟)表彰|(?:[一二三四五六七八九十百\d]+|几|数)多?年(?:前|过去)|(?:过去了?|(?:发生|事发|灾后|震后)已)[两三四五六\d]+个多?月|[两三四五六\d]+个多?月(?:前|过去)|过去半年|灾后|曾经|去年(?!同期)|前年|往年|历年|近年|年来(?!临)|那场|当年|历史上|(?<![^，。；：\s]|(?:今天|今日|目前|日前|近日|凌晨)[^。]{0,40})19\d\d年(?:\d\d?月(?:\d\d?日)?)?(?![^，。]{0,9}?(?:建|修|开挖|参加|入党|入伍|毕业|出?生|以?来|今天|今日|目前|日前|近日|凌晨)|\d)|曾多次|竣工|完工|住进新|搬进新|回迁|疫情(?:期间|以来|过后|后)|被告人|判处|宣判|公诉|审理|资料(?:图|照片|图片|视频|片)|档案馆/;
/** A draft that is an anniversary, a memorial or a thank-you (its title or first line says so). */
// Warning education, a case explained (以案释法) and Party history retell what happened: they look back too.
// A commendation (通报表扬, 记三等功, 授予…称号; not one proposed, 拟表彰) praises what was done; 十年，… frames years since.
const RETROSPECTIVE_GENRE =
  /周年|纪念|回望|回顾|铭记|感谢信|致谢|感谢|谢谢|感恩|致敬|(?<!拟)(?:表彰|表扬|授予[^。\n]{0,20}?称号)|嘉奖|记(?:[一二三]等|个人[一二三]等)?功(?!能)|见义勇为|警示教育|以案释法|以案说法|以案促改|红色记忆|红色故事|党史|(?<![\d来后争])(?:[一二三四五六七八九十百]+|\d{1,2})年\s*[|｜丨:：，,]|(?<![\d过到计争])(?:[一二三四五六七八九十]+|\d{1,2})年(?:后|过去)/;
/** Publishing now for the sake of warning (为加强警示教育，现将…通报如下) does not make a post a look back. */
const PURPOSE = /为[^，。,；;\n]{0,8}?警示教育/g;
/**
 * A title that reports a period's handling figures of a service (10月份政务服务中心办件情况,
 * 第三季度市长热线受理情况): statistics, like 运行情况简报.
 */
const PERIOD_REPORT = /(?:\d+月|[一二三四]季度|半年)[^\n]{0,12}?(?:[办受]理|运行|办件)情况/;
/** A reply's closing courtesy (感谢您的监督) does not make it a thank-you post. */
// …nor does a bare thanks closing an appeal (家人盼归，感谢大家！ 请相互转告，谢谢各位。)
const COURTESY =
  /感谢(?:您|你|大家|广大|网友|市民|群众)[^。，,！!\n]{0,4}?(?:监督|支持|关注|理解|配合|反映|留言|转发|扩散|帮助)|(?<=[。，,！!])[感谢多]谢(?:您|大家|各位)?(?=[！!。～]|$)/g;
/** A drill's post (its title, or a post's opening words, says so) tells a simulated event in every sentence, quoted or not. */
const DRILL_GENRE = /演练|演习|科普[】|丨:]/;
/** Missing abroad (出境赴缅甸务工后失联) is major without anyone counted. */
/** A disaster word naming a zone at risk (泥石流危险区, 山洪易发区, 滑坡隐患点) reports no event. */
const ZONE = /^[^。，]{0,6}?(?:(?:危险|易发|风险)区|隐患点)/;
const ABROAD = /出境|境外|国外|海外|出国|缅甸|老挝|越南|泰国|柬埔寨/;
/** …someone of ours missing there, named, counted or reported (李某、杨某…失去联系, 家属报警称), is no warning's story from elsewhere. */
const MISSING_ANY = /失[联踪去]|下落不明|联系不/;
const OURS = /.某[、和与]|求助|报[警案]/;
/** A service hall's way of working from a date (预约取号, 办公时间), or a bus route's or timetable's change, is a notice of service, not a rule. */
// …and a road closed or controlled for works or an event (封闭施工, 交通管制, 半幅通行, 绕行) is a notice of service too
const SERVICE = /预约|取号|叫号|错时|延时服务|办公时间|工作时间|作息时间|窗口|公交|班次|车次|航班|站点|交通管制|封闭|半幅|绕行/;
/** …unless the notice bans or punishes (禁止通行, 严禁揽客, 违者依法处理): then it imposes a rule. */
const BANS = /禁止|严禁|违者|依法[处查]/;
/** A fine stated with its amount (并处罚款3万元, 罚款2000元, 处5000元罚款). */
const FINE = /^(?:并处罚款|处\d|罚款)/;
/** A reply to a citizen's message (its title says so) answers one complaint. */
const REPLY_TITLE = /回复|答复/;
/** A recruitment stage's list counts where it is published: in the title or with 现将…如下, 予以公示. */
const LIST_PUBLISHED = /现将|如下|予以公示|现予公示/;
/** A business's own price cut (限时, 特惠) is a sale, not a fee set by an authority. */
const PROMOTION = /特惠|限时|抢购|秒杀|先到先得|促销|折扣|优惠价/;
/** What a public consultation is about: a draft or a named rule or plan. */
const DRAFTED = /《|草案|征求意见稿|方案|规划|办法|规定|条例|标准/;
/** A contest's prize (一等奖最高奖励1万元) is no scheme's term. */
const CONTEST = /等奖|大赛|比赛|竞赛|评选|获奖/;
const FEE_LED = /^(?:门票|票价|收费|费用)/;
/** …where an enforcement counts only with the penalty's content: its amount. */
const AMOUNT = /\d+(?:\.\d+)?\s*万?元/;
/** …unless the sentence itself is about now. */
const CURRENT = /今天|今日|今晨|昨天|昨日|昨晚|目前|截至|刚刚|当前|正在/;
/** Figures an office releases (县统计局今日发布, 调查队近日公布) under a look-back heading are still its statistics. */
const OFFICE_RELEASE = /[局队][^，。：\n]{0,6}?[发公]布/;
/** A case told as a lesson in law (以案说法, 以案释法), in the heading of a post. */
const CASE_LESSON = /以案[说释]法/;
/** …or recent, for a case told under 以案说法. */
const RECENT = /近[日期]|日前|[今昨][天日]/;
/** Safety education retelling an accident somewhere else. */
const EDUCATION = /警示教育|安全教育|以案为鉴|以案促改|教训|举一反三|警钟|引以为戒|案例警示|警示案例|提醒|提示/;
/** An event placed outside the province or county (省外某化工厂, 外县一民房, 外地某景区, 邻县, 隔壁市) is no local event in any post;
 * a road, market or town nearby (相邻的县道, 邻近的省道, 邻近的市场, 市区) is here. */
const ELSEWHERE_PLACE =
  /外省|省外(?!游客|来|务工|人员)|外[县市州](?!游客|人员|务工|车辆|籍)|外地(?:某|一)|其他省份|(?:邻|隔壁|相邻的?|邻近的?)[县市州省](?!游客|人员|务工|车辆|籍|民|道|场|区)/;
/** …unless the sentence places it here (外地一名游客在我县某景区…). */
const HERE = /我[县市州省区镇乡]|本[县市州省区镇乡]|境内|辖区/;
/** A post whose title is a tip or a reminder (出行提示, 温馨提醒, 安全须知). */
const TIP_TITLE = /提醒|提示|须知/;
const ELSEWHERE =
  /某地|某市|某省|外省|外市|外县|多地|一些地方|有的地方|外地|省外|国外|境外|其他地区|兄弟省|北京|天津|上海|重庆|河北|河南|辽宁|黑龙江|湖南|湖北|安徽|山东|新疆|江苏|浙江|江西|广西|甘肃|山西|内蒙古|陕西|吉林|福建|贵州|广东|青海|西藏|四川|宁夏|海南/;
/** Benefits granted by a decision that is put to public scrutiny before it takes effect (公示); compensation and support funds paid out too (征地补偿款发放公示, 移民扶持资金). */
const BENEFIT = '(?:低保|(?:最低)?生活保障|救助|补贴|补助|资助|助学金|公租房|公共租赁住房|特困|抚恤|补偿|扶持资金|奖补)';
const IMPORTANT: readonly (readonly [Kind, RegExp[]])[] = [
  [
    'policy',
    lexicon([
      '印发',
      // a bare 解读 may be a meeting's lecture on a rule; the post explaining a policy says so in its title (POLICY_TITLE)
      // …and a 政策解读 that is one of an outreach event's activities (现场政策解读等方式) is not a post explaining one
      '(?<!现场|开展|进行|提供|面对面)政策解读(?!等|活动|服务|宣传|会|讲座|培训)',
      '答记者问',
      // a document the post is about: adopted, issued or drafted (审议通过了《…办法》, 联合下发《…实施意见》,
      // 起草了《…规定（草案）》); a document only cited (根据《…办法》) is not its subject
      '(?:发布|下发|出台|印发|制定|修订|审议(?:并原则)?通过|起草)了?《[^》\\n]{2,40}?(?:办法|条例|规定|意见|方案|规划|计划|措施|细则|决定|纲要)(?:[（(][^）)\\n]{1,8}[）)])?》',
      // a draft put to the public, a plan shown before approval, a compensation plan, budgets made public
      '向社会[^。，,\\n]{0,8}?(?:征求|征集)(?:意见|建议)',
      '批前公示',
      '(?:补偿|安置)方案',
      // a planning or land decision put to scrutiny (项目选址情况予以公示, 规划设计方案调整的公示, 用地规划许可…公示)
      '(?:选址|用地规划许可|规划(?:设计)?(?:方案|许可|调整|修改))[^。；;\\n]{0,12}?公示',
      '(?:预算|决算)(?:予以)?公开',
      // a plan or a project an authority approves (省林草局批复…项目, …方案获省水利厅批复); not one's own request (请示已获批复)
      '(?:国务院|国家|[省市州县])[^。，,\\n]{0,10}?批复(?:同意|了)?[^。，,\\n]{0,20}?(?:规划|方案|项目)',
      '(?:规划|方案)[^。，,\\n]{0,16}?(?:获|经)[^。，,\\n]{0,8}?批复',
      // a plan's maps or results published (图件予以公告, 蓝线划定成果公示, 规划成果公告)
      '图件(?:予以)?公[告布示]|(?:划定|规划)成果(?:予以)?公[告布示]',
      // a change of administrative division (撤乡设镇, 撤销某乡，设立某镇, 划归…管辖, 行政区划调整, 调整…行政区域界线)
      '撤[乡镇县]设[镇乡市区]',
      '撤销[^。；;，,\\n]{1,10}?[，,]?设立[^。；;，,\\n]{1,10}?(?:镇|乡|街道|市|区)',
      '划归[^。；;，,\\n]{1,12}?管辖',
      '行政区划调整|调整[^。；;，,\\n]{0,16}?行政区(?:划|域界线)',
      // school catchment areas the education authority sets (招生服务片区, 划片招生, 学区划分)
      '招生服务(?:片区|范围)|划片(?:招生|范围|入学)|(?:招生|入学)划片|学区划分',
      // a fee or price fixed by the pricing authority (经县发展和改革局核定，…收费标准如下)
      '核定[^。\\n]{0,30}?(?:收费|价格)标准',
      // a notice that imposes a duty with a deadline and a sanction (须于…前自行清理；逾期未清理的，…依法处理)
      '逾期(?:未|不)[^。；;\\n]{0,24}?依法',
      '出台',
      '起施行',
      '正式施行',
      '正式实施',
      '公开征求意见',
      '征求意见稿',
      // a rule or a rate that takes effect on a date, or a standard that changes: 自7月1日起…实行阶梯水价, 标准由800元提高到830元
      '(?:自|从)(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:零时)?|本(?:通告|公告|办法|规定|决定|通知)(?:发布|印发|公布)之日)起[^。；;\\n]{0,30}?(?:施行|实施|实行|执行|调整|提高|降低|上调|下调|禁止|取消|停止|征收|收取|免收|免征)',
      '(?:标准|价格)(?:拟)?(?:由|从)[^。\\n]{0,24}?(?:提高|调整|下调|上调|降低|提升)(?:到|至|为)',
      '价格听证',
      // plans
      '实施方案',
      '行动计划',
      '行动方案',
      '工作方案',
      '三年行动',
      // a list of projects the government adopts; one offered to investors (招商项目清单) is promotion
      '(?<!招商|引资|推介)项目清单',
      '发展规划',
      '总体规划',
      '专项规划',
      '详细规划',
      // a fee or a price changed from one figure to another (门票由60元降为30元)
      '(?:门票|票价|收费|费用)(?:价格|标准)?(?:拟)?(?:由|从)[^。，,\\n]{0,16}?(?:减|降|提高|调整|下调|上调|降低)(?:到|至|为)',
      // a scheme's terms stated as its rule: a reward's ceiling (最高奖励2万元), a rate that applies to a class of
      // claimants (支付比例为85%, 比参保地降低10个百分点); not one claimant's rate raised (报销比例提高到90%)
      '最高奖励(?:金额)?(?:为|可达|达|不超过)?\\d+(?:\\.\\d+)?万?元',
      '(?:缴[纳费]|补[贴助])上限(?:为|是)?\\d+(?:\\.\\d+)?万?元',
      '(?:报销|支付|缴费)比例(?:为|是|比[^。，,\\n]{0,8}?)\\d+(?:\\.\\d+)?\\s*(?:%|％|个百分点)',
      // …or set out under its heading (补贴标准：…, 补助对象：…)
      '(?:补[贴助]|[救资]助)(?:对象|标准):',
      // a scheme paid for by the treasury (资金由市财政安排, 由县财政全额承担, 由市级财政统一兑付)
      '由[省市州县区]?级?财政(?:全额|统一)?(?:安排|承担|负担|列支|保障|兑付)',
    ]),
  ],
  [
    'personnel',
    lexicon([
      '任前公示',
      // candidates proposed for an honour put to scrutiny (拟推荐人选公示, 拟授予…称号，现予以公示)
      '拟(?:表彰|推荐|授予)[^。；;\\n]{0,24}?公示',
      '拟晋升',
      '职级晋升',
      '拟进一步使用',
      // the recruitment of civil servants by examination (a contract or community post's hiring stays general)
      '录用公务员',
      '招录(?:公务员|人民警察)',
      '干部任免',
      '人事任免',
      '任免',
      '任命',
      '免去',
      '拟任',
      '拟提拔',
      '任职公示',
      '拟聘',
      '聘任',
      '拟录用',
      '拟招录',
      '拟批准[^。\\n]{0,8}?入伍',
      '不再担任',
      '提名[^。\\n]{0,20}?候选人',
      '职务调整',
      '同志任[^。；;，,\\n]{1,16}?(?:局长|主任|书记|县长|市长|州长|部长|院长|校长|主席|队长|所长|站长|行长|检察长|庭长)',
      // a public recruitment's list of who goes on to the next stage (进入体检人员名单), like 拟聘用人员公示
      '(?:进入|参加)[^。，,\\n]{0,4}?(?:体检|考察|面试|政审)[^。，,\\n]{0,4}?名单',
    ]),
  ],
  [
    'statistics',
    lexicon([
      '统计公报',
      '统计局(?:发布|公布)',
      '国民经济和社会发展',
      '地区生产总值',
      'GDP',
      '居民消费价格指数',
      'CPI',
      '主要经济指标',
      // not a visit to look into it (调研工业经济运行和企业生产经营情况)
      '(?<!(?:调研|了解|走访|督导)[^。，,\\n]{0,8})经济运行',
      '人口普查',
      '价格监测',
      // prices monitored, as done (对…价格进行了监测), not planned (将对…价格进行监测)
      '(?<!将[^。，,\\n]{0,16})价格(?:进行|开展)了?监测',
      // an official statistics body's figures, not a department's own tally (据县文化和旅游局统计数据)
      '(?:统计局|调查队|统计部门)[^。，,\\n]{0,10}?统计数据',
      '统计局[^。，,\\n]{0,8}?调查(?:总)?队',
      // a periodic briefing of an operation's figures (12345热线11月运行情况简报)
      '运行(?:情况|数据)(?:简报|通报|分析|报告)',
      '运行简报',
      '市场运行(?:情况|态势)',
      '据[^。，,\\n]{0,8}?统计局',
      // a figure of an official indicator against last year (STAT_INDICATOR in its sentence, checked in code)
      '(?:同比|[比较][上去]年(?:同期)?)(?:增长|下降|增加|减少|上升|提高)',
      '环境(?:空气)?质量(?:状况|公报|报告)',
      // a water body's quality class (水质首次达到Ⅳ类, 有5个月为Ⅱ类, 稳定在三类以上; Ⅳ is IV after NFKC)
      '水质[^。，,；;\\n]{0,6}?(?:保持|达到|稳定在?|为)[^。，,；;\\n]{0,3}?(?:[IV]{1,3}|[1-5一二三四五])类',
    ]),
  ],
  // the post that is a 公示 granting a benefit (拟新增低保对象公示, 【公示】…临时救助名单; checked in code: published)
  ['benefit', [new RegExp(`${BENEFIT}[^。；;\\n]{0,16}?公示|【公示】(?=[^。；;\\n]{0,24}?${BENEFIT})`, 'g')]],
  // a public notice with legal effect (the 通告 of the rules on official documents: matters to be complied with)
  ['notice', lexicon(['现通告如下', '特此通告'])],
  // the meetings that decide for the whole county: the government's executive meeting, the annual economic work conference
  // (a local government's: 国务院常务会议 relayed from a national outlet is that outlet's news)
  ['meeting', lexicon(['(?:县|市|州|区)(?:人民)?政府[^。，,\\n]{0,8}?常务会议(?!精神)', '(?:全县|全市|全州|全省)经济工作会议(?!精神)'])],
  [
    'enforcement',
    lexicon([
      '行政处罚',
      '处罚决定',
      '处理决定',
      '查处一起',
      '处以[^。\\n]{0,12}?罚款',
      // a penalty imposed, by its content (被依法暂扣驾驶证; not a tip's 将被依法…, 可依法罚款)
      // …or a court's or an authority's measure taken (依法冻结…存款, 依法扣押, 依法查封, 依法司法拘留)
      '(?<!将被?|可|会|应|要)依法[^。；;，,\\n]{0,6}?(?:暂扣|行政拘留|罚款|查封|扣押|冻结|司法拘留)',
      '没收',
      '吊销',
      '立案查处',
      '立案调查',
      '作出[^。\\n]{0,16}?处罚',
      '对其[^。\\n]{0,4}?(?:罚款|处罚)',
      '抽检不合格',
      '不合格(?:产品|食品|批次)',
      '抽检结果',
      '典型案例',
      '曝光',
      '查处[^。\\n]{0,12}?\\d+(?:起|件|家|人)',
      '刑事拘留',
      '行政拘留',
      '立案侦查',
      '移送起诉',
      '失信被执行人',
      '执结',
      '追回违规',
      '执行到位',
      // court notices with legal effect (a reply to a complaint that mentions 责令整改 stays general)
      '公告送达',
      '开庭公告',
      // a court's sentence (判处有期徒刑三年)
      '判处',
      '宣判',
      // an inspection's results: 检查…发现隐患46处 (checked in code: INSPECTION)
      '发现[^。\\n]{0,12}?(?:隐患|问题)\\d+(?:处|个|项|条|起)',
      // a fine imposed with its amount (并处罚款3万元, 被罚款2000元, 处5000元罚款), not one a tip threatens (最高可处…, 违者罚款…)
      // …the threat may stand earlier in the clause (将拖移车辆并处罚款, 可现场贴单并处罚款)
      '(?<!(?:可|将|应|或|否则)[^。；;，,\\n]{0,8})并处罚款(?:\\d+(?:\\.\\d+)?万?元)?',
      '(?<![可将应或并])处\\d+(?:\\.\\d+)?万?元罚款',
      '(?<!违者|可|将|应|或|最高|(?:可|将|应|否则)[^。；;，,\\n]{0,8}并处)罚款(?:人民币)?\\d+(?:\\.\\d+)?万?元(?!以[上下])',
    ]),
  ],
];
/** A policy document named in the title is the subject of the post, not a passing citation. */
const DOCUMENT = /《[^》\n]{2,40}?(?:办法|条例|规定|意见|方案|规划|计划|措施|细则|决定|纲要)》/;
/**
 * A title that is a document a government or a Party committee (or its office) issues under its own name:
 * 县人民政府关于…的意见, 市人民政府办公室关于…的通知, 州委 州政府关于…的决定 (a bare 关于…的通知 may be a library's).
 */
const ISSUED = /[\u4e00-\u9fa5]{0,8}?(?:政府|[县市州省]委|党委)(?:办公室|办公厅)?关于[^\n]{2,60}?的(?:通知|意见|决定|通告|规定|办法|批复)/;
/** …which a title that studies or carries it out names too (学习县人民政府关于…的意见). */
const STUDYING = /学习|研读|宣讲|贯彻|落实/;
/** Any named document: 《…》 or 关于…的意见 (as a 原标题 gives it). */
const NAMED_DOCUMENT =
  /《[^》\n]{2,60}》|印发[^。，,\n]{0,4}?(?:通知|意见)|关于[^。\n]{2,60}?的(?:指导)?(?:意见|通知|办法|规定|决定|方案|规划|条例)/;
/** A post that explains a policy says so in its title: 一图读懂｜…补助政策, 划重点！…补贴这样发 (not 一图读懂祥云县). */
// …or asks how its benefit is claimed or how much it gives (补贴怎么领, 医保如何报销, 谁能领, 能贷多少, 每亩补多少, 能报几成)
const INTERPRETS =
  /解读|读懂|看懂|图解|划重点|问答|答记者问|(?:怎么|如何)(?:领|贷|申[请领报]|办理|报销|缴)|谁能领|[领贷报补退缴交发涨](?:多少|几成)|是多少/;
/** …but not one that warns of fraud (防骗提醒｜…领多少？) or that a property company or a reply to a netizen answers. */
const NOT_EXPLAINED = /骗|诈|警惕|谨防|物业|网友|留言/;
/** A title that announces a plan or a rule released without 《》 (招生方案出炉, 补助办法正式出台, 收费新规明起实施). */
const RELEASED =
  /[\u4e00-\u9fa5]{0,2}(?<!活动|演出|赛事|比赛|旅游|应急|预案)(?:方案|办法|细则|规定|新规|新政|标准)(?:正式)?(?:今起|明起|即日起)?(?:公布|发布|出台|出炉|印发|来了|实施|施行)/;
const POLICY_NOUN =
  /长制|责任制|政策|补贴|补助|贷款|公积金|标准|办法|条例|规定|新规|措施|方案|规划|意见|通知|制度|细则|改革|工作报告|医保|社保|参保|缴费|报销|十[一二三四五六]五|布局|蓝图|津贴|养老金/;
/** A title that studies a document (专题学习《…条例》) reports a study session, not the document. */
const STUDIED = /(?:学习|研读|宣讲|宣传|贯彻|学)[^《》]{0,4}$/;
/** A school's decision on its pupils (给予…学生警告处分) is no enforcement result. */
const PUPILS = /学生|校规|校纪|班级/;
/** A 通告 (its title says so) publishes matters to be complied with: it has legal effect. */
const NOTICE_TITLE = /通告$|的通告/;
/** A leader's speech given in full or in summary: its title says where it was given. */
const SPEECH = /在[^。\n]{2,40}?上的(?:讲话|致辞|工作报告)/;
/** The official indicators a statistics release reports against last year (not 接待游客…同比增长). */
const STAT_INDICATOR =
  /总产量|粮食产量|播种面积|PM2\.5|优良天数|增加值|固定资产投资|零售总额|可支配收入|生产总值|GDP|CPI|进出口|财政收入|公共预算收入|消费价格|成交均价|成交量|用电量|货运量|客运量|存款余额|贷款余额|优良|达标率|断面|空气质量/;
/** A figure forecast (预计总产量较去年增长, 有望实现…同比增长) is no released statistic. */
const FORECAST = /(?:预计|预期|有望|力争|争取)[^。；;，,\n]{0,16}$/;
/** A town or village quoting its own figures (全镇…人均可支配收入…同比增长) releases no official statistics. */
const TOWN_LEVEL = /全镇|全乡|全村|本镇|本乡|我镇|我乡|该镇|该乡/;
/** …nor does one port, station or company quoting its own (磨憨口岸…货运量, 昆明南站客运量), unless the sentence sums a whole place (全州口岸). */
const ONE_BODY = /口岸|机场|车站|[南北东西]站|码头|景区|公司|集团/;
/** A release of this province's or one of its places' aggregate figures (全省, 我州, 全市), as against the country's or a body's (全国, 云南边境口岸). */
const LOCAL_SCOPE = /全省|我省|本省|全州|我州|全市|我市|全县|我县/;
/** The whole province's aggregate (全省, 我省): an official figure whatever the indicator (not a county's tourist count). */
const PROVINCE_WIDE = /全省|我省|本省/;
/** Found problems count as an inspection's results only where the sentence says it inspected. */
const INSPECTION = /检查|排查|督查|抽查|暗访|巡查|执法/;
/**
 * A news dispatch relayed from a news unit (新华社昆明9月9日电, 来源：人民日报): rules README §G reads
 * media's news as ordinary (central media there; any licensed news unit here, as §G notes). It stays
 * important where it carries a named document.
 */
const SOURCE_LABEL = /(?:来源|转载自|转自)\s*[:|/丨]?\s*/g;
const DATELINE = /\d{1,2}月\d{1,2}日(?:电|讯)/g;
const OUTLET_BEFORE = new RegExp(`(?:${OUTLET})[\\u4e00-\\u9fa5]{2,8}$`);
function relayedNews(text: string, presence: TextPresence): boolean {
  SOURCE_LABEL.lastIndex = 0;
  for (let m = presence.mayMatch(SOURCE_LABEL) ? SOURCE_LABEL.exec(text) : null; m; m = SOURCE_LABEL.exec(text)) {
    if (DATELINE_OUTLET.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return true;
  }
  DATELINE.lastIndex = 0;
  for (let m = presence.mayMatch(DATELINE) ? DATELINE.exec(text) : null; m; m = DATELINE.exec(text)) {
    if (OUTLET_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}
/** Preparedness, education, drills and study mention disasters without reporting one. */
const PREPAREDNESS =
  /演练|科普|高发|易发期|宣传周|宣传月|宣传日|防灾减灾日|知识|小贴士|常识|预防|防范|防治|防御|提示|提醒|培训|讲座|如何|怎么办|自救|互救|预案|注意事项|避险|排查|隐患|每年|时有发生|多发|频发|为什么|防止发生|严防|杜绝|确保不发生|坚决遏制|学习|训练|模拟/;
/**
 * A tally over a period (1—11月…共发生事故5起、死亡6人，同比下降; 今年汛期共发生强降雨过程11次) sums up
 * events, it reports none: accidents, disasters and harm in such a sentence do not count (an epidemic's
 * running count does: 今年以来累计报告病例).
 */
const TALLY =
  /同比|比上年|(?:今年|年初|入汛|汛期)以来|今年汛期|\d{1,2}[—－-]\d{1,2}月|全年|(?:共|累计)发生[^。，,；;\n]{0,14}?\d+(?:起|次|场)/;
/** A response under way makes an accident an event even before harm or loss is known (民房起火…正在全力扑救). */
// …its verb may come between (正在组织施救, 紧急调派力量展开扑救, 全力以赴开展救援) or the work be said to go on (救援工作正在紧张进行)
const ONGOING =
  /(?:正在|全力|紧急)(?:以赴)?(?:全力)?(?:组织|调[派集]力量)?(?:展开|开展|进行|实施)?(?:扑救|救援|搜救|抢救|抢险|施救)|(?:扑救|救援|搜救|抢救|抢险|施救)(?:工作)?(?:正在|仍在)[^。，,；;\n]{0,4}?进行/;
/** A missing-person notice (老人走失…与家人失去联系) asks for help; it reports no incident. */
const WANDERED = /走失|寻人/;
const MISSING = /^(?:失联|失踪|失去联系|下落不明|联系不)/;
/** A counterpart gone after being paid (卖家随即失联, 对方便失去联系, 客服一直联系不上) is a fraud's tell, not someone missing. */
// …told after a payment or a fraud word in the 24 characters before (付款后, 转账…。此后); not one who lost contact with
// a platform (与平台失去联系)
const COUNTERPART = /(?:付|转账|下单|定金|骗|诈)[^\n]*(?:对方|[商卖店]家|客服|(?<![与和同跟])平台|骗子)[^，。]{0,4}$/;
/** 去世 is a casualty where the sentence tells of an injury or a rescue, not in an obituary. */
const INJURED = /救治|抢救|送医|摔|撞|坠|意外|事故|受伤|伤势|落水|溺/;
/**
 * An incident report is a genre: a title (or a Weibo post's first line) that is a 情况通报, 情况说明 or
 * 警情通报, over a body that tells of an investigation or a rescue under way (调查组, 原因正在调查,
 * 善后, 停职, 搜救) or of public attention (在网络传播, 引发关注). It is major however the incident is worded (a foreign object in a canteen's
 * food, a teacher's punishment, a fire with nobody hurt). A 检查情况的通报 has no such response.
 */
// (a police 警情通报 of a solved theft is an enforcement result: police reports count by the harm they tell of)
const INCIDENT_TITLE = /(?:情况|事件|事故)的?通报|情况说明|【(?:情况)?通报】|处置情况/;
/** …also under a 情况通报 title, when its first line says it is the police's (【警情通报】, 警方通报). */
const POLICE_REPORT = /警情通报|警方通报/;
const RESPONSE =
  /接警|接到报警|调查组|工作专班|原因正在(?:进一步)?调查|正在(?:进一步)?(?:调查|侦办|搜救|核查)|善后|停职|搜救|(?:网络|网上)(?:传播|流传)|引发(?:关注|热议)/g;
const TALLIED: ReadonlySet<Kind> = new Set<Kind>(['disaster', 'hazard', 'casualty', 'harm', 'accident']);
/** Forecasts and warnings (预警, 预计…将, 风险) and conditions (一旦, 如遇, 发现山火请…) report no event. */
// …and a question how to act (往哪儿躲？ 怎样逃生？ 该做什么？ 咋办？), a procedure's steps (流程图, 第一步, 两个以上的 →;
// one arrow names a road's direction: 昆明→大理方向)
const HYPOTHETICAL =
  /(?:哪|怎|咋|如何|什么)[^。，,？?；;\n]{0,10}[？?]|流程图|(?:流程|步骤)[:：]|第[一二三四五1-5]步|[→➡⇒][^。\n→➡⇒]*[→➡⇒]|预警|预报|风险(?!区)|易(?:引起|引发|诱发|发生|导致|造成)|容易|预计[^。，,]{0,10}?将|将出现|或将|可能(?:出现|发生|引发|诱发|造成)|一旦|如遇|如果|假如|万一|[如若](?:发生|出现)|发现[^。，,]{0,8}?请/;

type Kind =
  | 'disaster'
  | 'hazard'
  | 'epidemic'
  | 'mass'
  | 'poisoning'
  | 'casualty'
  | 'harm'
  | 'illness'
  | 'event'
  | 'incident'
  | 'office'
  | 'accident'
  | 'policy'
  | 'personnel'
  | 'statistics'
  | 'meeting'
  | 'notice'
  | 'benefit'
  | 'enforcement';

const KIND_LABEL: Record<Kind, { zh: string; en: string }> = {
  disaster: { zh: '灾情', en: 'disaster' },
  hazard: { zh: '灾害损失', en: 'weather damage' },
  epidemic: { zh: '疫情', en: 'epidemic' },
  mass: { zh: '群体性事件', en: 'mass incident' },
  poisoning: { zh: '中毒事件', en: 'poisoning' },
  casualty: { zh: '人员伤亡', en: 'casualties' },
  harm: { zh: '人员伤亡或失联被困', en: 'people hurt, missing or trapped' },
  illness: { zh: '人员发病或中毒', en: 'people taken ill' },
  accident: { zh: '事故伤亡', en: 'accident with casualties' },
  event: { zh: '重大敏感事件', en: 'major sensitive event' },
  incident: { zh: '突发事件情况通报', en: 'incident report' },
  office: { zh: '本单位设定的敏感事项', en: 'a sensitive matter set by the office' },
  policy: { zh: '政策文件', en: 'policy document' },
  personnel: { zh: '人事任免', en: 'personnel appointment' },
  statistics: { zh: '统计数据发布', en: 'official statistics' },
  meeting: { zh: '重要会议', en: 'important meeting' },
  notice: { zh: '具有法律效力的通告', en: 'public notice with legal effect' },
  benefit: { zh: '救助补贴等公示', en: 'benefit recipients notice' },
  enforcement: { zh: '执法结果', en: 'enforcement result' },
};

interface Hit {
  kind: Kind;
  start: number;
  end: number;
}

const KINDS = Object.keys(KIND_LABEL) as Kind[];
/** How many distinct trigger words a tier finding quotes. */
const QUOTED_WORDS = 4;

/**
 * The matches of `patterns` that `keep` keeps (it may move a match's ends), kept flat (see Spans):
 * a sentence that never ends can hold a trigger every few characters.
 */
function scan(
  text: string,
  patterns: readonly (readonly [Kind, RegExp[]])[],
  presence: TextPresence,
  keep: (h: Hit) => boolean,
): Spans<Kind> {
  const hits = new Spans(KINDS);
  const hit: Hit = { kind: 'disaster', start: 0, end: 0 };
  for (const [kind, regexes] of patterns) {
    eachMatch(
      text,
      regexes,
      (m) => {
        hit.kind = kind;
        hit.start = m.index;
        hit.end = m.index + m[0].length;
        if (keep(hit)) hits.push(hit.kind, hit.start, hit.end);
      },
      presence,
    );
  }
  return hits;
}

/** Art. 21: which sign-off a draft needs (general, important, major), from what it is about. */
export default defineRule({
  meta: {
    id: 'approval-tier',
    category: 'approval',
    defaultSeverity: 'info',
    basis: [{ article: 21 }],
    name: { zh: '审核签发层级', en: 'Approval tier' },
    messages: {
      major: {
        zh: '本稿涉及{{kinds}}（{{words}}），属重大敏感信息，须由主办单位主要领导审定签发；严禁未经审核或授权擅自发布（第二十一条）。',
        en: "This draft concerns {{kindsEn}} ({{words}}): major sensitive information, to be signed off by the host unit's principal leader; never publish it without review or authorisation (Art. 21).",
      },
      important: {
        zh: '本稿涉及{{kinds}}（{{words}}），属重要信息，须由主办单位分管领导审定签发（第二十一条）。',
        en: "This draft concerns {{kindsEn}} ({{words}}): important information, to be signed off by the host unit's deputy leader in charge (Art. 21).",
      },
    },
    options: z.object({
      /** The office's own major-sensitive terms (settings → 附加词表): any of them makes a draft major. */
      extraSensitiveTerms: z._default(z.array(z.string()), []),
    }),
    examples: {
      valid: [
        '今天上午，县图书馆举办“书香春城”读书分享会，100余名读者参加。',
        '5·12防灾减灾日，县地震局在第一中学开展地震应急疏散演练。',
        '雨季来临，请勿采食不认识的野生菌，预防野生菌中毒。',
      ],
      invalid: [
        '据中国地震台网测定，5月21日21时48分在大理州漾濞县发生6.4级地震，震源深度8千米。',
        '省人民政府办公厅近日印发《云南省促进民营经济发展若干措施》。',
        '经县委常委会研究，拟任命张某为县交通运输局局长，现予以任前公示。',
      ],
    },
  },
  check(context) {
    const { text } = context;
    // Sentence facts are looked up once per sentence, keyed by its start.
    const prepared = new Map<
      number,
      {
        past: boolean;
        prep: boolean;
        harm: boolean;
        impact: boolean;
        person: boolean;
        detail: boolean;
        multi: boolean;
        grievance: boolean;
        funds: boolean;
        tally: boolean;
        ongoing: boolean;
        lost: boolean;
        injured: boolean;
        abroad: boolean;
        stuck: boolean;
        end: number;
      }
    >();
    const sentences = context.shared(sentenceIndex);
    const firstLines = text.slice(0, text.indexOf('\n', context.title ? text.indexOf('\n') + 1 : 0) >>> 0);
    const genre = RETROSPECTIVE_GENRE.test(firstLines.slice(0, 200).replace(COURTESY, '').replace(PURPOSE, ''));
    const education = context.presence.mayMatch(EDUCATION) && EDUCATION.test(text);
    const drill = DRILL_GENRE.test(text.slice(0, Math.min(text.indexOf('\n') >>> 0, 80)));
    // a tip's disaster words need harm or a loss, like weather (出行提示: 某路段发生滑坡，请绕行)
    const tip = TIP_TITLE.test(text.slice(0, Math.min(text.indexOf('\n') >>> 0, 80)));
    let rumourTopic: boolean | undefined;
    const sentence = (at: number) => {
      const [s, e] = sentences.at(at);
      let facts = prepared.get(s);
      if (!facts) {
        const words = text.slice(s, e);
        const looksBack = RETROSPECTIVE.test(words);
        const unharmed = words.replace(NO_HARM, '');
        const past =
          looksBack ||
          (genre && !CURRENT.test(words)) ||
          (education &&
            ELSEWHERE.test(words) &&
            !(ABROAD.test(words) && MISSING_ANY.test(words) && (PERSON.test(words) || OURS.test(words)))) ||
          (ELSEWHERE_PLACE.test(words) && !HERE.test(words));
        facts = {
          past: looksBack,
          prep: past || drill || PREPAREDNESS.test(words) || HYPOTHETICAL.test(words),
          harm: HARM.test(unharmed),
          impact: IMPACT.test(words),
          person: PERSON.test(words),
          detail: DETAIL.test(words),
          multi: MULTI.test(words),
          grievance: GRIEVANCE.test(words),
          funds: FUNDS.test(words),
          tally: TALLY.test(words),
          ongoing: ONGOING.test(words),
          lost: WANDERED.test(words),
          injured: INJURED.test(words),
          abroad: ABROAD.test(words),
          stuck: TRAPPED.test(words) && HURT.test(unharmed),
          end: e,
        };
        prepared.set(s, facts);
      }
      return facts;
    };
    // The important tier asks three things of a sentence; they are looked up on their own, once per sentence.
    const plain = new Map<
      number,
      {
        past: boolean;
        pupils: boolean;
        inspected: boolean;
        indicator: boolean;
        amount: boolean;
        published: boolean;
        contest: boolean;
        local: boolean;
        province: boolean;
        recent: boolean;
      }
    >();
    const plainSentence = (at: number) => {
      const [s, e] = sentences.at(at);
      let facts = plain.get(s);
      if (!facts) {
        const words = text.slice(s, e);
        facts = {
          past: RETROSPECTIVE.test(words),
          pupils: PUPILS.test(words),
          inspected: INSPECTION.test(words),
          indicator: STAT_INDICATOR.test(words) && !TOWN_LEVEL.test(words) && !(ONE_BODY.test(words) && !LOCAL_SCOPE.test(words)),
          amount: AMOUNT.test(words),
          published: LIST_PUBLISHED.test(words),
          contest: CONTEST.test(words),
          local: LOCAL_SCOPE.test(words),
          province: PROVINCE_WIDE.test(words),
          recent: RECENT.test(words),
        };
        plain.set(s, facts);
      }
      return facts;
    };
    /** The next sentence of the same paragraph, or undefined at a paragraph's end. */
    const next = (facts: { end: number }) =>
      facts.end < text.length && text.charCodeAt(facts.end) !== 0x0a && text.charCodeAt(facts.end - 1) !== 0x0a
        ? sentence(facts.end)
        : undefined;
    let rescued: boolean | undefined;
    const titleEnd = context.title ? text.indexOf('\n') : 0;
    /** Words the body names looking back (三年前的“10·8”地震): the title's mention of them looks back too. */
    let lookedBack: Set<string> | undefined;
    const major = scan(text, MAJOR, context.presence, (h) => {
      const word = text.slice(h.start, h.end);
      if (word.startsWith('级地震') || word.startsWith('人')) {
        const n = NUMBER_BEFORE.exec(text.slice(Math.max(0, h.start - 8), h.start));
        if (!n) return false;
        h.start -= n[0].length;
      } else if (h.kind === 'mass' && CROWD_ACT.test(word)) {
        const clause = GATHERING.exec(text.slice(Math.max(0, h.start - 24), h.start));
        // gathering or sitting around is an incident only with a grievance (not 村民围坐在火塘边听宣讲)
        if (!clause || ((word.startsWith('聚集') || word.startsWith('围坐')) && !sentence(h.start).grievance)) return false;
        h.start -= clause[0].length;
      } else if (h.kind === 'mass' && (word.startsWith('到') || word.startsWith('来到') || word.startsWith('前往'))) {
        const group = COUNTED_GROUP.exec(text.slice(Math.max(0, h.start - 24), h.start));
        if (!group) return false;
        h.start -= group[0].length;
      } else if (h.kind === 'mass' && /门|楼前/.test(word)) {
        const gate = AT_GATE.exec(text.slice(Math.max(0, h.start - 12), h.start));
        if (!gate || !COUNTED_EARLIER.test(text.slice(Math.max(sentences.at(h.start)[0], h.start - 48), h.start))) return false;
        h.start -= gate[0].length;
      } else if (word.startsWith('被查')) {
        const post = OFFICIAL.exec(text.slice(Math.max(0, h.start - 16), h.start));
        if (!post) return false;
        h.start -= post[0].length;
      } else if (CONGRESS.test(word)) {
        const after = text.slice(h.end, h.end + 28);
        const act = CONGRESS_ACT.exec(after);
        if (!act || ROUTINE_SESSION.test(CLAUSE.exec(after)![0])) return false;
        h.end += act[0].length;
      }
      const before =
        h.kind === 'casualty' || h.kind === 'harm' || h.kind === 'illness' ? text.slice(Math.max(0, h.start - 24), h.start) : '';
      if ((h.kind === 'casualty' || h.kind === 'harm') && (NEGATED_BEFORE.test(before) || CAMPAIGN_BEFORE.test(before))) return false;
      // an event said not to have happened (未发生因山洪…, 没有出现一起火灾)
      if (
        (h.kind === 'disaster' || h.kind === 'accident' || h.kind === 'hazard') &&
        NOT_HAPPENED.test(text.slice(Math.max(0, h.start - 12), h.start))
      )
        return false;
      if (h.kind === 'disaster' && ZONE.test(text.slice(h.end, h.end + 12))) return false;
      const facts = sentence(h.start);
      if (facts.prep) {
        if (facts.past && titleEnd > 0 && h.start > titleEnd) (lookedBack ??= new Set()).add(word);
        return false;
      }
      if (GENERIC.test(word) && (!facts.detail || facts.funds)) return false;
      // a 险情 or 火情 everyone was rescued from is a rescue story (电梯困人险情…成功救出)
      if ((word === '险情' || word === '火情') && (rescued ??= context.presence.mayMatch(RESCUED) && RESCUED.test(text))) return false;
      if (facts.tally && TALLIED.has(h.kind)) return false;
      if (h.kind === 'event' && REBUTTAL.test(word) && !(rumourTopic ??= RUMOUR_TOPIC.test(text))) return false;
      // (an earthquake is news with or without a loss)
      if (h.kind === 'disaster' && tip && !GENERIC.test(word) && !/震/.test(word))
        return facts.harm || facts.impact || (next(facts)?.harm ?? false) || (next(facts)?.impact ?? false);
      switch (h.kind) {
        // the harm or the loss may follow in the next sentence of the paragraph: …造成燃气泄漏。…紧急疏散居民300余人
        case 'accident':
          return (
            facts.harm ||
            facts.impact ||
            facts.ongoing ||
            (next(facts)?.harm ?? false) ||
            (next(facts)?.impact ?? false) ||
            (next(facts)?.ongoing ?? false)
          );
        case 'hazard':
          return facts.harm || facts.impact || (next(facts)?.harm ?? false) || (next(facts)?.impact ?? false);
        // several people taken ill; one patient's symptoms are a treatment story (义诊中一名老人出现头晕)
        case 'illness':
          return (facts.multi && SYMPTOMS_BEFORE.test(before)) || IN_TURN.test(before);
        case 'harm': {
          if (MISSING.test(word) && COUNTERPART.test(before)) return false;
          if (facts.abroad && MISSING.test(word)) return true;
          if (!facts.person || (facts.lost && MISSING.test(word)) || (word.endsWith('去世') && !facts.injured)) return false;
          if (
            LIGHT_HARM.test(word) &&
            !word.startsWith('重伤') &&
            !facts.stuck &&
            (!facts.multi ||
              (rescued ??= context.presence.mayMatch(RESCUED) && RESCUED.test(text)) ||
              // the injured referred to (向受伤同学道歉): the harm was reported where it happened (被困人员 are still trapped)
              (word.endsWith('伤') && /^[同学人群者儿孩村游工职员乘居]/.test(text.slice(h.end, h.end + 1))))
          )
            return false;
          const near = PERSON_NEAR.exec(before);
          if (near) h.start -= before.length - near.index;
          return true;
        }
        default:
          return true;
      }
    });
    eachMatch(text, literalLexicon(context.options.extraSensitiveTerms), (m) => major.push('office', m.index, m.index + m[0].length));
    // the incident report's title, when its body responds to something happening now
    const headEnd = Math.min(text.indexOf('\n') >>> 0, 80);
    const incident = genre || POLICE_REPORT.test(firstLines.slice(0, 200)) ? null : INCIDENT_TITLE.exec(text.slice(0, headEnd));
    if (incident) {
      RESPONSE.lastIndex = 0;
      for (let m = RESPONSE.exec(text); m; m = RESPONSE.exec(text)) {
        if (!sentence(m.index).prep) {
          major.push('incident', incident.index, incident.index + incident[0].length);
          break;
        }
      }
    }
    // the title's event words stand only where the body does not frame the same words as past
    const current = major
      .sorted()
      .filter((h) => !lookedBack || major.start[h] > titleEnd || !lookedBack.has(text.slice(major.start[h], major.end[h])));
    if (current.length) return report('major', major, current);

    const title = titleEnd !== 0 ? (titleEnd < 0 ? text : text.slice(0, titleEnd)) : '';
    // a 通告 of a route's, a timetable's or opening hours' change is a notice of service (SERVICE)
    const service = SERVICE.test(title) && !BANS.test(text);
    let relayed: boolean | undefined;
    let reply: boolean | undefined;
    let promotion: boolean | undefined;
    let consulted: boolean | undefined;
    let officeFigures: boolean | undefined;
    const important = scan(text, IMPORTANT, context.presence, (h) => {
      // national policy and figures relayed from a news unit's dispatch are that unit's news (rules README §G)
      // …but this province's own figures (全省, 我市…) relayed are still its statistics release (holdout README: 统计数据)
      if (h.kind === 'policy' || h.kind === 'statistics') {
        if (
          (relayed ??= relayedNews(text, context.presence) && !(context.presence.mayMatch(NAMED_DOCUMENT) && NAMED_DOCUMENT.test(text))) &&
          !(h.kind === 'statistics' && plainSentence(h.start).local)
        )
          return false;
      }
      // a feature story's look back (近年来，我县出台了一系列措施; 2019年他被任命为第一书记) releases no policy
      if ((h.kind === 'policy' || h.kind === 'personnel') && plainSentence(h.start).past) return false;
      // a post that looks back as a whole (以案释法 of an old case, Party history, 岁末回望 of a year's figures) releases no decision or statistics
      // …though a recent case under 以案说法 or 以案释法 (近日…查处一起…; not a thanks post's) is an enforcement result
      if (
        genre &&
        !(h.kind === 'enforcement' && plainSentence(h.start).recent && CASE_LESSON.test(firstLines.slice(0, 200))) &&
        !(h.kind === 'statistics' && (officeFigures ??= OFFICE_RELEASE.test(text)))
      )
        return false;
      if (h.kind === 'notice' && service) return false;
      if (h.kind === 'enforcement' && plainSentence(h.start).pupils) return false;
      if (h.kind === 'enforcement' && (reply ??= REPLY_TITLE.test(text.slice(0, headEnd))) && !plainSentence(h.start).amount) return false;
      // …and a fine in a reply is the handling of the one complaint (并对违规施工处罚款5000元), as the blind writers label it
      if (h.kind === 'enforcement' && FINE.test(text.slice(h.start, h.end)) && (reply ??= REPLY_TITLE.test(text.slice(0, headEnd))))
        return false;
      if (
        (text.startsWith('自', h.start) || text.startsWith('从', h.start)) &&
        SERVICE.test(text.slice(h.start, h.end + 24).split(/[。；;\n]/)[0])
      ) {
        return false;
      }
      if (
        h.kind === 'personnel' &&
        text.endsWith('名单', h.end) &&
        (text.startsWith('进入', h.start) || text.startsWith('参加', h.start))
      ) {
        return (titleEnd !== 0 && (titleEnd < 0 || h.start < titleEnd)) || plainSentence(h.start).published;
      }
      // a benefit 公示 counts where the post publishes it: in its title, headed 【公示】, or 现将…公示如下 (not 须张榜公示)
      if (h.kind === 'benefit')
        return (titleEnd !== 0 && (titleEnd < 0 || h.start < titleEnd)) || text[h.start] === '【' || plainSentence(h.start).published;
      if (FEE_LED.test(text.slice(h.start, h.start + 2))) return !(promotion ??= PROMOTION.test(text));
      if (text.startsWith('最高奖励', h.start)) return !plainSentence(h.start).contest;
      // a consultation is on a draft (草案, 征求意见稿, a named document), not feedback on a service (好差评意见征集)
      if (text.startsWith('向社会', h.start)) {
        // …named in the sentence that asks, or in the title (服务标准 in another paragraph names no draft)
        const [s, e] = sentences.at(h.start);
        return (
          DRAFTED.test(text.slice(s, e)) || (consulted ??= titleEnd !== 0 && DRAFTED.test(titleEnd < 0 ? text : text.slice(0, titleEnd)))
        );
      }
      if (text.startsWith('发现', h.start)) return plainSentence(h.start).inspected;
      // …or the province's own aggregate (全省累计收购秋粮较去年同期增加), whatever its indicator
      if (text.startsWith('同比', h.start) || /^[比较][上去]年/.test(text.slice(h.start, h.start + 3)))
        return (
          (plainSentence(h.start).indicator || plainSentence(h.start).province) &&
          !FORECAST.test(text.slice(Math.max(0, h.start - 20), h.start))
        );
      return true;
    });
    const triggers = important.sorted();
    // The title's document (or the policy its title explains) comes first.
    // …or the speech it gives (县长在全县经济工作会议上的讲话).
    const named = DOCUMENT.exec(title);
    // …or the title is the document a government issues (not a commendation's 决定: genre)
    const issued = genre ? null : ISSUED.exec(title);
    const doc =
      (named && !STUDIED.test(title.slice(0, named.index)) ? named : null) ??
      (issued && !STUDYING.test(title.slice(0, issued.index + issued[0].indexOf('关于'))) ? issued : null) ??
      (POLICY_NOUN.test(title) && !/名单|分布/.test(title) && !(NOT_EXPLAINED.test(title) && /多少|几成/.test(title))
        ? INTERPRETS.exec(title)
        : null) ??
      RELEASED.exec(title);
    const speech = doc ? null : SPEECH.exec(title);
    const notice = doc || speech || service ? null : NOTICE_TITLE.exec(title);
    // a period's report counts by its title only when nothing else in the post does
    const lead = doc ?? speech ?? notice ?? (triggers.length ? null : PERIOD_REPORT.exec(title));
    if (lead) {
      important.push(doc ? 'policy' : speech ? 'meeting' : notice ? 'notice' : 'statistics', lead.index, lead.index + lead[0].length);
      triggers.unshift(important.length - 1);
    }
    if (triggers.length) report('important', important, triggers);

    /** Reports the tier at the first trigger, naming every kind and the first few words found. */
    function report(tier: Tier, hits: Spans<Kind>, triggers: readonly number[]) {
      const kinds = new Set<Kind>();
      const words = new Set<string>();
      for (const h of triggers) {
        kinds.add(hits.kindOf(h));
        if (words.size < QUOTED_WORDS) words.add(text.slice(hits.start[h], hits.end[h]));
      }
      const first = triggers[0];
      context.report({
        messageId: tier,
        start: hits.start[first],
        end: hits.end[first],
        tier,
        data: {
          kinds: [...kinds].map((k) => KIND_LABEL[k].zh).join('、'),
          kindsEn: [...kinds].map((k) => KIND_LABEL[k].en).join(', '),
          words: quoteList([...words], QUOTED_WORDS),
        },
      });
    }
  },
});
