import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import {
  ACCOUNT,
  CREDIT_LABEL,
  CREDIT_VERB,
  DATELINE_OUTLET,
  NAME,
  NOT_A_NAME,
  PICTURE_STATEMENT,
  QUOTED_MATERIAL,
  RELAY,
  RELAY_BY_OTHERS,
  RELAY_ORIGIN,
  SIGNALS,
  STATEMENTS,
  WEIBO_NAME,
  inRumourNotice,
  startOf,
} from './support/repost-signals';
import { NEWS_SOURCE_UNITS } from './support/news-sources';
import { trimRange } from './support/text-units';

/**
 * Central and Yunnan sources that are always acceptable (rules README §E.3): news units on the
 * 稿源单位名单 and Party/government sites. Entries with a dot are domains (suffix match).
 */
export const DEFAULT_ALLOWED_SOURCES = [
  // licensed news units (稿源单位) and their sites
  ...NEWS_SOURCE_UNITS,
  // government platforms
  '共产党员网',
  '中国政府网',
  '国务院',
  '国务院客户端',
  '中国人大网',
  '人民政协网',
  '云南省人民政府网',
  '云南发布',
  '云南网信',
  '云岭先锋',
  '清风云南',
  '昆明发布',
  // central departments' accounts under a name of their own
  '网信中国',
  '中国长安网',
  '中国警方在线',
  '国家反诈中心',
  '中国禁毒',
  '国资小新',
  '中国消防',
  '国家应急广播',
  '健康中国',
  '健康云南',
  // the account's own work
  '本网',
  '本站',
  '本号',
  '本台',
  '本单位',
  '原创',
  // licensed picture libraries: a credited stock photo is traceable
  '视觉中国',
  '东方IC',
  '图虫创意',
  '全景网',
  // pictures and material from the people interviewed or the author
  '受访者',
  '受访单位',
  '采访对象',
  '作者',
  // domains
  'gov.cn',
  '12371.cn',
  'qstheory.cn',
  'dangjian.cn',
  'news.cn',
  'xinhuanet.com',
  'people.com.cn',
  'cctv.com',
  'cctv.cn',
  'cnr.cn',
  'gmw.cn',
  'ce.cn',
  'chinadaily.com.cn',
  'chinanews.com.cn',
  'yunnan.cn',
  'yndaily.com',
  'thepaper.cn',
];

/** Names that point at nothing anyone can trace (来源：网络). */
export const DEFAULT_BLOCKED_SOURCES = [
  '网络',
  '互联网',
  '网上',
  '网友',
  '网民',
  '网传',
  '朋友圈',
  '微信朋友圈',
  '微信群',
  'QQ群',
  '群聊',
  '群里',
  '群内',
  '佚名',
  '未知',
  '不详',
  '媒体',
  '有关媒体',
  '相关媒体',
  '网络媒体',
  // someone's account, but whose?
  '自媒体',
  '博主',
  '网络博主',
  '网红',
  '知情人士',
  '百度',
  '搜索引擎',
  // encyclopedias anyone can edit: no outlet stands behind the text
  '百度百科',
  '维基百科',
  '百度文库',
  '百度知道',
  // a picture "from the web"
  '网图',
  '网络图片',
  '网络配图',
  // a platform is not a source: which of its millions of accounts?
  '抖音',
  '快手',
  '小红书',
  '今日头条',
  '西瓜视频',
  'B站',
  '哔哩哔哩',
];

const QUOTES = /[《》“”"'「」『』]/g;
/** After a credited name, the kind of picture it is: the name is what the picture shows, not who made it. */
const CAPTION = /[”"」]?[^。，,\n发拍提供制摄绘]{0,12}?(?:示意|平面|流程|布局|效果|路线|线路|分布|结构|位置|导览|规划)图/y;
const CHANNEL_SUFFIX =
  /(?:杂志|新闻客户端|客户端|微信公众号|微信公众平台|公众号|官方微信|微信|官方微博|微博|官方抖音号|抖音号|视频号|头条号|快手号|官方账号|账号|APP|App|app|官方网站|网站|官网|门户|云南频道|频道|记者|报道|讯)$/;
const UNTRACEABLE_AFFIX = {
  head: /^(?:图片|图|综合|整理自|整理|转自|来自|来源于)/,
  tail: /(?:整理|综合|投稿|供稿|供图|提供(?:的(?:材料|资料|图片))?|爆料|截图|图片|视频|资料|材料|转载)$/,
};
const DOMAIN = /(?:[a-z0-9-]+\.)+[a-z]{2,}/i;
/** The date and page an outlet printed it on: 光明日报2024年6月3日05版, 人民日报 2024-06-03 第4版. */
const PRINT_DATE = /\s*(?:\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?|\d{1,2}月\d{1,2}日)?\s*(?:第\s*\d+\s*版|\d+\s*版)?$/;
/** Between two names of one attribution: 人民网-人民日报, 新华社“新华视点”, 央视新闻|新闻1+1. */
const NAME_PARTS = /[-—–·•|丨/\s“”"《》「」]+/;
/**
 * The shape of a news unit the seed list may not hold: a daily, an evening paper, a broadcaster or a
 * news site (甘肃日报, 四川广播电视台); every province's and prefecture's are on the national list.
 */
const OUTLET_SHAPE = /^[\u4e00-\u9fa5]{2,6}(?:日报|晚报|广播电视台|电视台|广播电台|卫视|新闻网|日报社)$/;
const UNTRACEABLE_WORD =
  /网友|网民|网传|群友|微信群|群$|朋友圈|QQ群|群聊|佚名|知情人士|^网络|网络$|博主$|^(?:各类?|多[个家]|不同|其他)大?(?:网络|网站|媒体|平台|渠道|公众号|账号|自媒体)|^(?:抖音|快手|小红书|今日头条|头条|b站|哔哩哔哩|西瓜视频)(?:用户|博主|up主|达人)$/;
/**
 * A private person no one can name or trace: 一位热心市民, 当地村民, 一名读者投稿, 一位游客拍摄, 一位市民发来 (村民李明 is named;
 * 受访村民 is someone interviewed).
 */
const ANON_PERSON =
  /^(?:[一几多两][位名个]|某[位名]?|热心|当地|本地|附近|广大|的)*(?:市民|居民|村民|读者|粉丝|游客|群众|网友|乡亲|路人|车主|家长)(?:朋友|们)?(?:拍摄|随手拍|摄|投稿|供稿|来稿|提供|供图|分享|爆料|[发寄投]来|撰写)?$/;
/**
 * Party and government bodies and their sites and services (Art. 25: 党和政府网站): 自然资源部标准地图服务,
 * and the accounts departments run under a short name (昆明交警, 云南税务, 石林融媒).
 */
const GOVERNMENT_BODY =
  /(?:人民政府|政府|党委|委员会|纪委监委|纪委|监委|组织部|宣传部|统战部|政法委|网信办|办公厅|办公室|厅|局|委|办|署|部|中央|国务院|人大|人大常委会|政协|人民法院|法院|人民检察院|检察院|检察|共青团|妇联|总工会|科协|残联|派出所|公安|交警|消防|税务|海关|边检|气象|气象台|地震台|应急管理|市场监管|生态环境|疾控中心|疾病预防控制中心|政务服务中心|融媒体中心|融媒|村委会|居委会|街道办事处|街道办|发布)(?:[\u4e00-\u9fa5]{0,10}?(?:网|服务|平台))?$/;
/** A column or channel of an outlet: 人民日报评论, 新华社新媒体, 学习强国云南学习平台. */
const COLUMN_SUFFIX = /(?:评论|夜读|政文|视点|新媒体|融媒|视频|直播|财经|健康|体育|国际|(?<=^学习强国)[\u4e00-\u9fa5]{2,3}学习平台)$/;
/** Departments' campaign brands: 平安云南 (police), 法治昆明. */
const GOVERNMENT_BRAND = /^(?:平安|法治|清风)[\u4e00-\u9fa5]{2,3}$/;
/**
 * A township's or 街道's government, and a department's account under its place and a short name
 * (大理文旅, 曲靖卫健): a short name only, so neither a company (某某文旅集团) nor a resort (大研古镇) reads as one.
 */
const LOCAL_GOVERNMENT =
  /^[\u4e00-\u9fa5]{1,6}(?<![古小名特色])(?:镇|街道)$|^[\u4e00-\u9fa5]{2,4}(?:文旅|卫健|人社|住建|林草|医保|应急|民政)$/;
/**
 * A law, a regulation or an official document cited as where a passage comes from (来源：《云南省道路
 * 交通安全条例》, 资料来源：《某县志》): the text is quoted from the document, and the document is traceable.
 */
const DOCUMENT =
  /(?:条例|法|法典|办法|规定|规则|细则|意见|通知|决定|决议|方案|规划|纲要|公告|通告|公报|报告|白皮书|年鉴|(?<!同)志|指南|标准|规范|准则|章程|批复)$/;

const NOT_GOVERNMENT =
  /银行|保险|证券|公司|集团|有限|股份|企业|工作室|商行|店|超市|酒店|俱乐部|协会|商会|自媒体|百家号|头条号|搜狐号|网易号|企鹅号|大鱼号|知乎|小红书|UP主|博主|网红|主播|网友/;

/** The name without quotes and each channel suffix in turn: 红星新闻客户端 → 红星新闻 → 红星. */
function readings(name: string): string[] {
  let s = name
    .replace(QUOTES, '')
    .replace(/^[@#]+|[。.]+$/g, '')
    .toLowerCase();
  // 光明日报2024年6月3日05版: the outlet without the issue it printed the text in
  const undated = s.replace(PRINT_DATE, '');
  if (undated && undated !== s) s = undated;
  const out = [s];
  // 新闻 may be part of the name (红星新闻客户端): try the bare channel word too
  const app = s.replace(/(?:客户端|app)$/, '');
  if (app !== s) out.push(app);
  for (let prev = ''; prev !== s;) {
    prev = s;
    // 人民网—云南频道: the dash before a channel goes with it
    s = s.replace(CHANNEL_SUFFIX, '').replace(/[-—–·|丨/\s]+$/, '');
    if (s !== prev) out.push(s);
  }
  return out;
}

function canonical(name: string): string {
  const all = readings(name);
  return all[all.length - 1];
}

/** Drops a leading open quote or trailing close quote that has no partner inside the name, and a final 。 */
function unwrap(text: string, start: number, end: number): [number, number] {
  const count = (c: string) => {
    let n = 0;
    for (let i = start; i < end; i++) if (text[i] === c) n++;
    return n;
  };
  for (const [open, close] of [
    ['“', '”'],
    ['《', '》'],
    ['「', '」'],
  ]) {
    if (text[start] === open && count(open) > count(close)) start++;
    if (text[end - 1] === close && count(close) > count(open)) end--;
  }
  while (start < end && /[@#"']/.test(text[start])) start++;
  while (end > start && /[。."']/.test(text[end - 1])) end--;
  return [start, end];
}

const CREDIT_TAIL = new RegExp(`(?:${CREDIT_VERB}).*$`);

type Verdict = 'ok' | 'untraceable' | 'unauthorised';

function judge(name: string, allowed: Prepared, blocked: ReadonlySet<string>): Verdict {
  const verdict = judgeOne(name, allowed, blocked);
  if (verdict === 'ok') return verdict;
  // 人民网-人民日报, 新华社“新华视点”: one attribution in parts, led by the outlet. A part nobody can
  // trace (新华社-网友) spoils it.
  const parts = name
    .replace(/^[\s“”"《》「」]+/, '')
    .split(NAME_PARTS)
    // a part that is only a channel word (“滇中新鲜事”公众号) or a credit's verb (“某某”供图) belongs to the name before it
    .filter((p) => canonical(p).replace(UNTRACEABLE_AFFIX.tail, '').length > 0);
  if (parts.length < 2) return verdict;
  const each = parts.map((p) => judgeOne(p, allowed, blocked));
  if (each.includes('untraceable')) return 'untraceable';
  return each[0] === 'ok' ? 'ok' : verdict;
}

function judgeOne(name: string, { names: allowed, domains, newsUnits }: Prepared, blocked: ReadonlySet<string>): Verdict {
  const s = canonical(name);
  if (!s) return 'untraceable';
  const bare = s.replace(UNTRACEABLE_AFFIX.head, '').replace(UNTRACEABLE_AFFIX.tail, '');
  if (blocked.has(s) || blocked.has(bare) || !bare) return 'untraceable';
  if (readings(name).some((r) => allowed.has(r) || allowed.has(r.replace(COLUMN_SUFFIX, '')))) return 'ok';
  // 抖音网友, 某微信群, 网友拍摄, a chat group of any name (车友群): nobody can trace them, whatever they are called
  if (UNTRACEABLE_WORD.test(bare) || ANON_PERSON.test(bare)) return 'untraceable';
  const host = DOMAIN.exec(s)?.[0];
  if (host) return domains.some((d) => host === d || host.endsWith(`.${d}`)) ? 'ok' : 'unauthorised';
  // a cited document (《…条例》) stands behind its own words
  if (DOCUMENT.test(s) && /《[^》]+》/.test(name) && !NOT_GOVERNMENT.test(s)) return 'ok';
  // 县委办提供的材料 is the 县委办's material
  if (
    (GOVERNMENT_BODY.test(s) || GOVERNMENT_BODY.test(bare) || GOVERNMENT_BRAND.test(s) || LOCAL_GOVERNMENT.test(s)) &&
    !NOT_GOVERNMENT.test(s)
  )
    return 'ok';
  if (newsUnits && (OUTLET_SHAPE.test(s) || OUTLET_SHAPE.test(bare))) return 'ok';
  return 'unauthorised';
}

interface Prepared {
  names: Set<string>;
  domains: string[];
  /** The list holds the whole seed of licensed news sources, so the outlet shape stands for the rest of the national list. */
  newsUnits: boolean;
}
const lists = new WeakMap<readonly string[], Prepared>();
function prepared(list: readonly string[]): Prepared {
  let p = lists.get(list);
  if (!p) {
    const names = new Set<string>();
    const domains: string[] = [];
    for (const entry of list) {
      if (DOMAIN.test(entry) && /^[\w.-]+$/.test(entry)) domains.push(entry.toLowerCase());
      else names.add(canonical(entry));
    }
    const newsUnits = NEWS_SOURCE_UNITS.every((u) => names.has(canonical(u)));
    lists.set(list, (p = { names, domains, newsUnits }));
  }
  return p;
}

/** Art. 25: a reposted text must name a traceable, authoritative source. */
export default defineRule({
  meta: {
    id: 'no-untraceable-repost',
    category: 'source',
    defaultSeverity: 'block',
    basis: [{ article: 25 }],
    name: { zh: '转载未注明可追溯来源', en: 'Repost without a traceable source' },
    messages: {
      missingSource: {
        zh: '检测到转载迹象“{{signal}}”，但未注明来源。转载信息应注明来源，保证来源可追溯（第二十五条）。',
        en: 'This looks like a repost ("{{signal}}") but names no source. Reposted information must state a traceable source (Art. 25).',
      },
      untraceableSource: {
        zh: '来源“{{source}}”无法追溯。请注明具体的原发网站或媒体（第二十五条：保证来源可追溯）。',
        en: 'The source "{{source}}" cannot be traced. Name the website or outlet that first published it (Art. 25).',
      },
      unnamedPaper: {
        zh: '“本报讯”未注明是哪家报纸。若本账号不是该报自己的账号，请注明原发报纸（第二十五条）。',
        en: '"本报讯" does not say which paper. Unless this is the paper\'s own account, name it (Art. 25).',
      },
      unauthorisedSource: {
        zh: '来源“{{source}}”不在党政网站和稿源单位名单中。原则上只转载党和政府网站以及稿源单位发布的信息（第二十五条），请核实或改用权威来源。',
        en: 'The source "{{source}}" is not a Party/government site or a designated news source. Reposts should in principle come only from those (Art. 25); check it or use an authoritative source.',
      },
    },
    options: z.object({
      /** Sources that are always fine: names (channel suffixes such as 客户端 are ignored) or domains. */
      allowedSources: z._default(z.array(z.string()), DEFAULT_ALLOWED_SOURCES),
      /** Names that are not a source at all. */
      blockedSources: z._default(z.array(z.string()), DEFAULT_BLOCKED_SOURCES),
    }),
    examples: {
      valid: [
        '来源：新华社\n国务院办公厅近日印发《关于进一步优化政务服务的意见》。',
        '原标题：云南多措并举稳就业\n来源：云南日报',
        '据统计，今年以来全县共接待游客120万人次。',
      ],
      invalid: ['原标题：我省出台促消费十条措施\n省商务厅近日出台十条措施。', '图片来源：网络', '来源：某某科技有限公司公众号'],
    },
  },
  // A generator: a check in the page may pause it between patterns (a pasted draft of repost labels
  // gave one 91 ms task), see lib/engine/runner.ts.
  *check(context) {
    const { text, options } = context;
    const allowed = prepared(options.allowedSources);
    const blocked = prepared(options.blockedSources).names;
    let stated = false;
    // A source given for the pictures only: the text's own signs of a repost still count, but not a
    // copyright note (如有侵权…), which is about those pictures.
    let pictures = false;
    // where a picture's source was stated (图片转载自网络): judged there, so no sign of a repost inside it asks again
    const pictureStatements: [number, number][] = [];
    // Two statements may read the same words (图片来源于网络 is 来源于 and a colon-less 来源): one finding.
    const judged = new Set<number>();
    const report = (name: string, start: number, end: number) => {
      if (judged.has(start)) return;
      judged.add(start);
      const verdict = judge(name, allowed, blocked);
      const source = text.slice(start, end);
      if (verdict === 'untraceable') context.report({ messageId: 'untraceableSource', start, end, data: { source } });
      else if (verdict === 'unauthorised') {
        context.report({ messageId: 'unauthorisedSource', start, end, severity: 'warn', data: { source } });
      }
    };
    /** Judges the name at [start, end) after dropping spaces and quotes that do not belong to it. */
    const judgeAt = (start: number, end: number) => {
      [start, end] = unwrap(text, ...trimRange(text, start, end));
      if (start < end) report(text.slice(start, end), start, end);
    };

    // a pause every so many statements too: one pattern can match every few characters of a pasted list
    let read = 0;
    for (const pattern of STATEMENTS) {
      const { kind, re } = pattern;
      re.lastIndex = 0;
      for (let m = context.presence.mayMatch(re) ? re.exec(text) : null; m; m = re.exec(text)) {
        if (++read % 256 === 0) {
          const at = re.lastIndex;
          yield;
          re.lastIndex = at;
        }
        const start = startOf(text, pattern, m);
        if (start < 0) continue;
        if (kind === 'self') {
          stated = true;
          report(text.slice(start, m.index), start, m.index);
          continue;
        }
        if (kind === 'dateline') {
          stated = true;
          const outlet = DATELINE_OUTLET.exec(text.slice(start, m.index))?.[0];
          // 《某某报》本报讯: the paper's whole name
          if (outlet) report(outlet, start, start + outlet.length);
          else judgeAt(start, m.index);
          continue;
        }
        if (kind === 'credit') {
          NAME.lastIndex = m.index + m[0].length;
          const raw = NAME.exec(text)?.[0] ?? '';
          const at = NAME.lastIndex - raw.length;
          const [from, to] = unwrap(text, ...trimRange(text, at, at + raw.length));
          if (from >= to) continue;
          // photographers and units credit their own pictures; 网友供图 credits nobody
          if (judge(text.slice(from, to), allowed, blocked) === 'untraceable') {
            context.report({ messageId: 'untraceableSource', start: from, end: to, data: { source: text.slice(from, to) } });
            continue;
          }
          // …and a self-media account (@某某, “某某”, 某某抖音号) credited with the material is a source to check
          // unwrap dropped the @ before a handle: it is what shows the name is an account
          const handle = text[from - 1] === '@' ? from - 1 : from;
          const account = ACCOUNT.exec(text.slice(handle, to))?.[0].replace(CREDIT_TAIL, '');
          // …not a caption naming what the picture shows (图：“一窗受理”办事流程示意图)
          if (account) CAPTION.lastIndex = handle + account.length;
          if (account && account.length > 1 && !CAPTION.test(text) && judge(account, allowed, blocked) === 'unauthorised') {
            const end = handle + account.trimEnd().length;
            context.report({
              messageId: 'unauthorisedSource',
              start: handle,
              end,
              severity: 'warn',
              data: { source: text.slice(handle, end) },
            });
          }
          continue;
        }
        if (kind === 'weibo') {
          WEIBO_NAME.lastIndex = m.index + m[0].length;
          const name = WEIBO_NAME.exec(text);
          if (!name) continue;
          stated = true;
          judgeAt(m.index + m[0].length, WEIBO_NAME.lastIndex);
          continue;
        }
        if (kind === 'relay') {
          stated = true;
          const from = m.index + m[1].length;
          judgeAt(from, from + m[2].length);
          continue;
        }
        if (kind === 'by') {
          let name = m[1].replace(/记者$/, '').replace(/(?<=[\u4e00-\u9fa5][群圈])[里中内上]$/, '');
          // 据网上流传的消息称…系谣言: a rumour notice names where the rumour went round, not a source
          if (inRumourNotice(text, m.index)) continue;
          // 据电 alone is not an attribution (据电力部门…)
          if (NOT_A_NAME.test(name) || (!name && m[0].endsWith('电'))) continue;
          stated = true;
          // 据新华社昆明6月3日电: a dateline; the place after the outlet is where it was filed
          const outlet = m[0].endsWith('电') ? DATELINE_OUTLET.exec(name)?.[0] : undefined;
          if (outlet && /^[\u4e00-\u9fa5]{0,8}$/.test(name.slice(outlet.length))) name = outlet;
          // 据报道 with no name at all: the whole phrase is what cannot be traced.
          if (name) report(name, m.index + 1, m.index + 1 + name.length);
          else report('', m.index, m.index + m[0].length);
          continue;
        }
        NAME.lastIndex = m.index + m[0].length;
        const raw = NAME.exec(text)?.[0] ?? '';
        const at = NAME.lastIndex - raw.length;
        const cut = raw.search(CREDIT_LABEL);
        let head = cut >= 0 ? raw.slice(0, cut) : raw;
        const space = head.search(/\s/);
        if (space > 0) head = head.slice(0, space);
        const picture = PICTURE_STATEMENT.test(text.slice(start, m.index + m[0].length));
        if (picture) pictures = true;
        else stated = true;
        if (!head.trim()) {
          // from the material noun read back (图片来源：), through the label
          const end = m.index + m[0].trimEnd().length;
          context.report({ messageId: 'missingSource', start, end, data: { signal: text.slice(start, end).trim() } });
          continue;
        }
        if (picture) pictureStatements.push([start, at + head.length]);
        // 来源：新华社、人民日报 names two sources; judge each.
        for (let from = 0; from <= head.length;) {
          const stop = head.indexOf('、', from);
          const to = stop < 0 ? head.length : stop;
          judgeAt(at + from, at + to);
          from = to + 1;
        }
      }
      yield;
    }
    // 从博主的分享里扒下来的, 群里看到的截图帮大家搬过来了: taken from a place nobody can trace
    RELAY.lastIndex = 0;
    for (let m = context.presence.mayMatch(RELAY) ? RELAY.exec(text) : null; m; m = RELAY.exec(text)) {
      let a = m.index;
      while (a > 0 && m.index - a < 60 && !/[。！？!?\n]/.test(text[a - 1])) a--;
      const window = text.slice(a, Math.min(text.length, m.index + m[0].length + 30)).split(/[。！？!?\n]/)[0];
      const origin = RELAY_ORIGIN.exec(window);
      // 不少市民在朋友圈刷到…, 系谣言: others came upon it, and a rumour notice is no repost
      if (!origin || RELAY_BY_OTHERS.test(window.slice(0, origin.index)) || /谣言|不实|核实/.test(window)) continue;
      stated = true;
      // 从某论坛: the origin without the preposition before it, judged as a named source would be
      const lead = /^[从在于自把将是]*/.exec(origin[0])![0].length;
      report(origin[0].slice(lead), a + origin.index + lead, a + origin.index + origin[0].length);
    }
    if (stated) return;

    // No source named: the first sign of a repost is what needs one.
    let first: [number, number] | undefined;
    // 本报讯 naming neither paper nor reporter: a warning, and only when no other sign of a repost blocks
    let paper: [number, number] | undefined;
    for (const pattern of SIGNALS) {
      const { kind, re } = pattern;
      re.lastIndex = 0;
      for (let m = context.presence.mayMatch(re) ? re.exec(text) : null; m; m = re.exec(text)) {
        const start = startOf(text, pattern, m);
        if (start < 0) continue;
        if (kind === 'unnamedPaper') {
          paper = [start, m.index + m[0].length];
          break;
        }
        if (first && start >= first[0]) break;
        if (pictureStatements.some(([a, b]) => start < b && a < m.index + m[0].length)) continue;
        if (kind === 'editorNote' && !QUOTED_MATERIAL.test(text) && !context.blocks.some((b) => b.kind === 'quote')) break;
        if (kind === 'copyright' && pictures) break;
        first = [start, m.index + m[0].length];
        break;
      }
      yield;
    }
    if (first) {
      const signal = text.slice(first[0], first[1]);
      context.report({ messageId: 'missingSource', start: first[0], end: first[1], data: { signal } });
    } else if (paper) context.report({ messageId: 'unnamedPaper', start: paper[0], end: paper[1], severity: 'warn' });
  },
});
