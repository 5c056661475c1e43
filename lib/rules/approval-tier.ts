import { z } from 'zod';
import { defineRule, type Tier } from '../engine/rule';
import { DATELINE_OUTLET, OUTLET } from './support/repost-signals';
import { eachMatch, lexicon, literalLexicon, quoteList, SentenceIndex, Spans } from './support/text-units';

/**
 * Tier triggers of Art. 21 (rules README §G). Major: disasters, epidemics, mass incidents, accidents
 * and poisonings with casualties, major local events. Important: policy documents and plans,
 * personnel appointments, official statistics, enforcement results. One small literal-led pattern per
 * kind: the regex engine skips ahead on their first characters, which one big alternation defeats.
 */
const MAJOR: readonly (readonly [Kind, RegExp[]])[] = [
  [
    'disaster',
    lexicon([
      '级地震',
      '地震(?!局|台|部门|系统|监测|科普|知识|演练|预警|应急预案)',
      '震中',
      '余震',
      '洪涝',
      '洪灾',
      '山洪',
      '泥石流',
      '山体滑坡',
      '森林(?:草原)?火灾(?!发生率|受害率)',
      '山火',
      '旱情',
      '旱灾',
      '台风',
      '受灾',
      '灾情',
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
      '新冠',
    ]),
  ],
  // 聚集 is checked against who gathers in code (GATHERING), so the scan stays literal-led
  ['mass', lexicon(['群体性事件', '群体事件', '集体上访', '越级上访', '上访', '聚众', '堵路', '围堵', '聚集(?![区地性])'])],
  ['poisoning', lexicon(['食物中毒', '集体中毒', '中毒事件', '中毒事故', '误食[^。,，\\n]{0,8}?中毒'])],
  // 级地震 and 人死亡 need their number (6.4级地震, 3人死亡), taken in code (NUMBER_BEFORE)
  [
    'casualty',
    lexicon([
      '遇难(?!同胞|者纪念)',
      '身亡',
      '伤亡',
      '抢救无效',
      '肇事逃逸',
      '人(?:死亡|受伤|遇难|失联|失踪|被困)',
      // deaths phrased without 人…死亡: 当场死亡, 致2死3伤, 罹难, 不幸离世
      '当场死亡',
      '罹难',
      '不幸(?:死亡|离世|遇难)',
      '致\\d+人?(?:死|伤|亡)',
      '(?<!\\d)\\d+死\\d*伤?',
    ]),
  ],
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
      '系谣言',
      '立案审查',
      '审查调查',
      '纪律审查',
      '监察调查',
      '严重违纪违法',
      '党纪处分',
      '政务处分',
      '开除党籍',
      '被问责',
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
  ['accident', lexicon(['事故', '爆炸', '坍塌', '垮塌', '火灾', '起火', '失火', '溺水', '车祸', '侧翻', '坠落', '泄漏', '踩踏', '中毒'])],
];
/** Who gathers, and no 避免/不要 before them: 群众在镇政府门口聚集, not 避免人员聚集. */
const GATHERING =
  /(?<!避免|减少|不要|防止|禁止|严禁|勿|不)(?:群众|村民|居民|工人|农民工|职工|业主|民众|商户|家长|人员|多人)[^。,，\n]{0,16}$/;
const CONGRESS = /^(?:党代会|党代表大会|人民代表大会|人代会|两会|政协)/;
const CONGRESS_ACT = /^[^。,，\n]{0,8}?(?:开幕|闭幕|召开|隆重)/;
const NUMBER_BEFORE = /\d+(?:\.\d+)?$/;
const HARM = /伤亡|遇难|罹难|身亡|抢救无效|(?<!\d)\d+[死伤]|(?:死亡|受伤|失联|被困|失踪)(?!人数|率|人次)/;
/** 未造成人员伤亡: the casualty word says there were none. */
const NO_HARM_BEFORE = /(?:未造成|没有造成|未发生|没有|无)(?:人员|人)?$/;
const NO_HARM = /(?:未造成|没有造成|未发生|没有|无)(?:人员|人)?(?:伤亡|死亡|受伤)/g;
/**
 * Words that name no event on their own (受灾群众, 各类突发事件): they report one only with a detail
 * that pins it down in their sentence — a date, a count (4200余人; not 24小时 of a duty rota) or a
 * named place (镇雄县受灾地区). Without one
 * they are a purpose or a condition (为帮助受灾群众…, 因突发事件导致困难的家庭可申请救助).
 */
const GENERIC = /^(?:受灾|灾情|突发事件|突发公共事件)/;
const DETAIL =
  /\d+(?:\.\d+)?\s*(?:月|日|年|时|人|户|名|余|万|亩|间|处|级|个乡|个村)|(?<![乡城村集])镇|(?<!城)乡(?![镇村])|县(?![级城])|州(?!级)|省(?![级委])|(?<![城都超])市(?![场民级])|(?<![社小园景城片山辖灾牧库矿林街])区(?![域别间])/;
/**
 * Looking back is not reporting: an anniversary, a memorial, reconstruction years later. Such a
 * sentence names the disaster without being news of one.
 */
// 如今 sets then against now; a commendation praises what was done. Reconstruction alone is not
// looking back: recovery right after a disaster is part of it (为支持某县受灾地区恢复重建).
const RETROSPECTIVE = /周年|纪念|回望|回顾|追忆|缅怀|悼念|祭奠|如今|表彰|(?:[一二三四五六七八九十百\d]+|几|数)多?年前|灾后|曾经/;
/** A draft that is an anniversary, a memorial or a thank-you (its title or first line says so). */
const RETROSPECTIVE_GENRE = /周年|纪念|回望|回顾|铭记|感谢信|致谢|感谢|谢谢|感恩|致敬/;
/** …unless the sentence itself is about now. */
const CURRENT = /今天|今日|今晨|昨天|昨日|昨晚|目前|截至|刚刚|当前|正在/;
/** Safety education retelling an accident somewhere else. */
const EDUCATION = /警示教育|安全教育|以案为鉴|以案促改|吸取教训|举一反三|警钟|引以为戒|案例警示|警示案例/;
const ELSEWHERE =
  /某地|外省|外地|省外|国外|境外|其他地区|兄弟省|北京|天津|上海|重庆|河北|河南|辽宁|黑龙江|湖南|湖北|安徽|山东|新疆|江苏|浙江|江西|广西|甘肃|山西|内蒙古|陕西|吉林|福建|贵州|广东|青海|西藏|四川|宁夏|海南/;
const IMPORTANT: readonly (readonly [Kind, RegExp[]])[] = [
  [
    'policy',
    lexicon([
      '印发',
      '政策解读',
      '解读',
      '出台',
      '起施行',
      '正式施行',
      '正式实施',
      '公开征求意见',
      '征求意见稿',
      // plans
      '实施方案',
      '行动计划',
      '行动方案',
      '工作方案',
      '三年行动',
      '项目清单',
      '发展规划',
      '总体规划',
      '专项规划',
    ]),
  ],
  [
    'personnel',
    lexicon([
      '任前公示',
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
      '经济运行',
      '人口普查',
      '价格监测',
      '统计数据',
      // a periodic briefing of an operation's figures (12345热线11月运行情况简报)
      '运行(?:情况|数据)(?:简报|通报|分析|报告)',
      '运行简报',
    ]),
  ],
  [
    'enforcement',
    lexicon([
      '行政处罚',
      '处罚决定',
      '处理决定',
      '查处一起',
      '处以[^。\\n]{0,12}?罚款',
      '没收',
      '吊销',
      '立案查处',
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
      '执行到位',
      // court notices with legal effect (a reply to a complaint that mentions 责令整改 stays general)
      '公告送达',
      '开庭公告',
      // an inspection's results: 检查…发现隐患46处 (checked in code: INSPECTION)
      '发现[^。\\n]{0,12}?(?:隐患|问题)\\d+(?:处|个|项|条|起)',
    ]),
  ],
];
/** A policy document named in the title is the subject of the post, not a passing citation. */
const DOCUMENT = /《[^》\n]{2,40}?(?:办法|条例|规定|意见|方案|规划|计划|措施|细则|决定|纲要)》/;
/** Any named document: 《…》 or 关于…的意见 (as a 原标题 gives it). */
const NAMED_DOCUMENT = /《[^》\n]{2,60}》|关于[^。\n]{2,60}?的(?:指导)?(?:意见|通知|办法|规定|决定|方案|规划|条例)/;
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
function relayedNews(text: string): boolean {
  SOURCE_LABEL.lastIndex = 0;
  for (let m = SOURCE_LABEL.exec(text); m; m = SOURCE_LABEL.exec(text)) {
    if (DATELINE_OUTLET.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return true;
  }
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    if (OUTLET_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}
/** Preparedness, education and drills mention disasters without reporting one. */
const PREPAREDNESS =
  /演练|科普|高发|宣传周|宣传月|宣传日|防灾减灾日|知识|小贴士|常识|预防|防范|防治|防御|提示|提醒|培训|讲座|如何|怎么办|自救|互救|预案|注意事项|避险|排查|隐患/;

type Kind =
  | 'disaster'
  | 'epidemic'
  | 'mass'
  | 'poisoning'
  | 'casualty'
  | 'event'
  | 'office'
  | 'accident'
  | 'policy'
  | 'personnel'
  | 'statistics'
  | 'enforcement';

const KIND_LABEL: Record<Kind, { zh: string; en: string }> = {
  disaster: { zh: '灾情', en: 'disaster' },
  epidemic: { zh: '疫情', en: 'epidemic' },
  mass: { zh: '群体性事件', en: 'mass incident' },
  poisoning: { zh: '中毒事件', en: 'poisoning' },
  casualty: { zh: '人员伤亡', en: 'casualties' },
  accident: { zh: '事故伤亡', en: 'accident with casualties' },
  event: { zh: '重大敏感事件', en: 'major sensitive event' },
  office: { zh: '本单位设定的敏感事项', en: 'a sensitive matter set by the office' },
  policy: { zh: '政策文件', en: 'policy document' },
  personnel: { zh: '人事任免', en: 'personnel appointment' },
  statistics: { zh: '统计数据发布', en: 'official statistics' },
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
function scan(text: string, patterns: readonly (readonly [Kind, RegExp[]])[], keep: (h: Hit) => boolean): Spans<Kind> {
  const hits = new Spans(KINDS);
  const hit: Hit = { kind: 'disaster', start: 0, end: 0 };
  for (const [kind, regexes] of patterns) {
    eachMatch(text, regexes, (m) => {
      hit.kind = kind;
      hit.start = m.index;
      hit.end = m.index + m[0].length;
      if (keep(hit)) hits.push(hit.kind, hit.start, hit.end);
    });
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
    description: {
      zh: '按第二十一条分级审核：灾情、疫情、群体性事件、有人员伤亡的事故和中毒、干部处分通报等本地重大事件为“重大”，须主要领导签发；政策文件与规划、人事任免、统计数据、执法结果为“重要”，须分管领导签发；其余为“一般”。演练、科普和周年纪念、致谢等回顾不计。',
      en: 'Art. 21 tiers: disasters, epidemics, mass incidents, accidents and poisonings with casualties and sanctions of officials are major (principal leader signs off); policy documents, appointments, statistics and enforcement results are important (deputy leader); the rest general. Drills, tips and retrospective posts do not count.',
    },
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
      extraSensitiveTerms: z.array(z.string()).default([]),
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
    const prepared = new Map<number, { prep: boolean; harm: boolean; detail: boolean; inspected: boolean }>();
    const sentences = new SentenceIndex(text);
    const firstLines = text.slice(0, text.indexOf('\n', context.title ? text.indexOf('\n') + 1 : 0) >>> 0);
    const genre = RETROSPECTIVE_GENRE.test(firstLines.slice(0, 200));
    const education = EDUCATION.test(text);
    const sentence = (at: number) => {
      const [s, e] = sentences.at(at);
      let facts = prepared.get(s);
      if (!facts) {
        const words = text.slice(s, e);
        const past = RETROSPECTIVE.test(words) || (genre && !CURRENT.test(words)) || (education && ELSEWHERE.test(words));
        facts = {
          prep: past || PREPAREDNESS.test(words),
          harm: HARM.test(words.replace(NO_HARM, '')),
          detail: DETAIL.test(words),
          inspected: INSPECTION.test(words),
        };
        prepared.set(s, facts);
      }
      return facts;
    };
    const major = scan(text, MAJOR, (h) => {
      const word = text.slice(h.start, h.end);
      if (word.startsWith('级地震') || word.startsWith('人')) {
        const n = NUMBER_BEFORE.exec(text.slice(Math.max(0, h.start - 8), h.start));
        if (!n) return false;
        h.start -= n[0].length;
      } else if (word.startsWith('聚集')) {
        const clause = GATHERING.exec(text.slice(Math.max(0, h.start - 24), h.start));
        if (!clause) return false;
        h.start -= clause[0].length;
      } else if (CONGRESS.test(word)) {
        const act = CONGRESS_ACT.exec(text.slice(h.end, h.end + 12));
        if (!act) return false;
        h.end += act[0].length;
      }
      if (h.kind === 'casualty' && NO_HARM_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) return false;
      const facts = sentence(h.start);
      if (GENERIC.test(word) && !facts.detail) return false;
      return !facts.prep && (h.kind !== 'accident' || facts.harm);
    });
    eachMatch(text, literalLexicon(context.options.extraSensitiveTerms), (m) => major.push('office', m.index, m.index + m[0].length));
    if (major.length) return report('major', major, major.sorted());

    let relayed: boolean | undefined;
    const important = scan(text, IMPORTANT, (h) => {
      if (h.kind === 'policy') return !(relayed ??= relayedNews(text) && !NAMED_DOCUMENT.test(text));
      if (text.startsWith('发现', h.start)) return sentence(h.start).inspected;
      return true;
    });
    const titleEnd = context.title ? text.indexOf('\n') : 0;
    const doc = titleEnd !== 0 ? DOCUMENT.exec(titleEnd < 0 ? text : text.slice(0, titleEnd)) : null;
    const triggers = important.sorted();
    // The title's document comes first.
    if (doc) {
      important.push('policy', doc.index, doc.index + doc[0].length);
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
