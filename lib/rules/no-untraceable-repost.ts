import { z } from 'zod';
import { defineRule } from '../engine/rule';
import { trimRange } from './support/text-units';

/**
 * Central and Yunnan sources that are always acceptable (domain-rules §E.3): news units on the
 * 稿源单位名单 and Party/government sites. Entries with a dot are domains (suffix match).
 */
export const DEFAULT_ALLOWED_SOURCES = [
  // central news units and their sites
  '新华社', '新华网', '新华每日电讯', '人民日报', '人民网', '人民日报海外版', '求是', '求是网',
  '中央广播电视总台', '总台', '央视', '央视新闻', '央视网', '央广', '央广网', '中国之声', '国际在线', 'CGTN',
  '光明日报', '光明网', '经济日报', '中国经济网', '中国日报', '中国日报网', '中国新闻社', '中新社', '中新网',
  '中国新闻网', '解放军报', '中国军网', '科技日报', '工人日报', '中国青年报', '中国青年网', '中国妇女报',
  '农民日报', '法治日报', '人民政协报', '中国纪检监察报', '中央纪委国家监委网站', '学习强国', '中国政府网',
  '共产党员网',
  // Yunnan government and media
  '云南省人民政府网', '云南发布', '云南网信', '云岭先锋', '清风云南', '云南日报', '云南网', '春城晚报',
  '开屏新闻', '都市时报', '云南信息报', '云南广播电视台', '七彩云端', '昆明日报', '掌上春城', '昆明发布',
  '云南政协报', '民族时报', '云南法制报', '曲靖日报', '玉溪日报', '保山日报', '昭通日报', '丽江日报', '普洱日报',
  '临沧日报', '楚雄日报', '红河日报', '文山日报', '西双版纳报', '大理日报', '德宏团结报', '怒江报', '迪庆日报',
  // the account's own work
  '本网', '本站', '本号', '本台', '本单位', '原创',
  // domains
  'gov.cn', '12371.cn', 'qstheory.cn', 'dangjian.cn', 'news.cn', 'xinhuanet.com', 'people.com.cn', 'cctv.com',
  'cctv.cn', 'cnr.cn', 'gmw.cn', 'ce.cn', 'chinadaily.com.cn', 'chinanews.com.cn', 'yunnan.cn', 'yndaily.com',
];

/** Names that point at nothing anyone can trace (来源：网络). */
export const DEFAULT_BLOCKED_SOURCES = [
  '网络', '互联网', '网上', '网友', '网民', '网传', '朋友圈', '微信朋友圈', '微信群', 'QQ群', '群聊', '佚名',
  '未知', '不详', '媒体', '有关媒体', '相关媒体', '网络媒体', '知情人士', '百度', '搜索引擎',
];

// Outlets whose byline or dateline in a government account's post shows the text came from them.
const OUTLET =
  '新华社|新华网|人民日报|人民网|中新社|中新网|中国新闻网|央视网|央视|总台|央广网|央广|光明日报|光明网|经济日报|中国日报|' +
  '云南日报|春城晚报|都市时报|云南网|昆明日报|云南信息报|开屏新闻|法治日报|工人日报|中国青年报|农民日报|科技日报|云南广播电视台|新京报|澎湃新闻';

const HAN = /[\u4e00-\u9fa5]/;
/** Only spaces between the line start and `index`. */
const atLineStart = (text: string, index: number) => {
  let k = index - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
};
/** Not glued to a preceding word: 资金来源 is not a source line. */
const standsAlone = (text: string, index: number) => index === 0 || !HAN.test(text[index - 1]);

interface Pattern<K extends string> {
  kind: K;
  re: RegExp;
  /** What must stand right before the match (end-anchored); the finding then starts there. */
  back?: RegExp;
  /** Where a match counts, judged from the text before it (kept out of the regex: see below). */
  where?: (text: string, index: number) => boolean;
}

/** Start of a pattern's match, reaching back over `back`; -1 when it does not count. */
function startOf(text: string, p: Pattern<string>, m: RegExpExecArray): number {
  let start = m.index;
  if (p.back) {
    const b = p.back.exec(text.slice(Math.max(0, start - 20), start));
    if (!b) return -1;
    start -= b[0].length;
  }
  return !p.where || p.where(text, start) ? start : -1;
}

/*
 * Small literal-led patterns, each run on its own: the regex engine skips ahead on their first
 * characters, which a leading lookbehind or one big alternation defeats (issue 4 benchmark).
 */

/**
 * Statements that name a source: 来源：X, 本文转自X, 以下文章来源于X, 据X报道/消息, and a line opening
 * "X消息(" as news sites write it. For labels the name is read after the match.
 */
const STATEMENTS: readonly Pattern<'label' | 'by' | 'self'>[] = [
  { kind: 'label', re: /(?:信息|稿件|文章|内容|图文|视频|图片|新闻|消息|素材|本文)?来源\s*[:|/丨]\s*/g, where: standsAlone },
  { kind: 'label', re: /(?:本文|本稿|文章|稿件|内容|图片|图文|视频|信息|素材|以下文章|以下内容)来源于\s*:?\s*/g },
  {
    kind: 'label',
    re: /(?:本文|本稿|本篇|文章|稿件|内容|图片|图文|视频|以下文章|以下内容|此文)?(?:转载自|转自|转引自|综合自|综合整理自|摘编自)\s*:?\s*/g,
    where: standsAlone,
  },
  {
    kind: 'by',
    re: /据([^\s,，。;；:“”"、!?()]{0,16}?)\s*(?:\d{1,2}月\d{1,2}日)?(?:报道|消息)/g,
    // 数据, 证据, 单据 … are not 据 "according to"
    where: (text, index) => index === 0 || !'数证占收单票凭论'.includes(text[index - 1]),
  },
  { kind: 'self', re: /消息(?=\s*[(:])/g, back: new RegExp(`(?:${OUTLET})$`), where: atLineStart },
];

/** Evidence that the text comes from elsewhere, without naming where it was taken from. */
const SIGNALS: readonly Pattern<'signal' | 'editorNote'>[] = [
  { kind: 'signal', re: /原标题(?=\s*[:《“])/g },
  // 电头: 新华社昆明3月1日电
  { kind: 'signal', re: /\d{1,2}月\d{1,2}日(?:电|讯)/g, back: new RegExp(`(?:${OUTLET})[\\u4e00-\\u9fa5]{2,8}$`) },
  { kind: 'signal', re: /本报讯|本台讯|本报记者/g },
  {
    kind: 'signal',
    re: /记者|通讯员/g,
    back: new RegExp(`(?:${OUTLET})(?:全媒体|融媒体)?(?:特约)?$`),
    // a byline opens a line or a bracket; 接受新华社记者采访 is not one
    where: (text, index) => index === 0 || /[\n(\[【\s丨|/:]/.test(text[index - 1]),
  },
  { kind: 'signal', re: /【转载】|\[转载\]|\(转载\)/g },
  { kind: 'signal', re: /转载(?=\s*:)/g, where: atLineStart },
  { kind: 'editorNote', re: /编者按/g },
];
/** 编者按 counts only over quoted material: a reposted text introduced by the editor's note. */
const QUOTED_MATERIAL = /全文如下|原文如下|转载如下|刊发如下|现予转发|现转载|以下为原文|特此转载/;

/** The source name: up to a line end, a clause mark or a bracket. */
const NAME = /[^\n,，。;；|丨()【】[\]]{1,40}/y;
const CREDIT_LABEL = /\s*(?:责任编辑|编辑|责编|作者|记者|通讯员|审核|审校|校对|签发|终审|摄影|摄像|原标题|监制|制作|来源)\s*[:/|丨]/;
const NOT_A_NAME = /^(?:悉|了解|介绍|初步|不完全)|显示|表示|称/;
const QUOTES = /[《》“”"'「」『』]/g;
const CHANNEL_SUFFIX =
  /(?:新闻客户端|客户端|微信公众号|微信公众平台|公众号|官方微信|微信|官方微博|微博|官方抖音号|抖音号|视频号|头条号|快手号|官方账号|账号|APP|App|app|官方网站|网站|官网|门户|云南频道|频道|记者|报道|讯)$/;
const UNTRACEABLE_AFFIX = { head: /^(?:图片|图|综合|整理自|整理|转自|来自|来源于)/, tail: /(?:整理|综合|投稿|供图|提供|爆料|截图|图片|视频|资料|转载)$/ };
const DOMAIN = /(?:[a-z0-9-]+\.)+[a-z]{2,}/i;
/** Party and government bodies and their sites and services (Art. 25: 党和政府网站): 自然资源部标准地图服务. */
const GOVERNMENT_BODY =
  /(?:人民政府|政府|党委|委员会|纪委监委|纪委|监委|组织部|宣传部|统战部|政法委|网信办|办公厅|办公室|厅|局|委|办|署|部|人民法院|人民检察院|派出所|气象台|地震台|融媒体中心|发布)(?:[\u4e00-\u9fa5]{0,10}?(?:网|服务|平台))?$/;
const NOT_GOVERNMENT = /公司|集团|有限|股份|企业|工作室|商行|店|超市|酒店|俱乐部|协会|商会|自媒体|百家号|头条号|搜狐号|网易号|企鹅号|大鱼号|知乎|小红书|UP主|博主|网红|主播|网友/;

function canonical(name: string): string {
  let s = name.replace(QUOTES, '').replace(/^[@#]+|[。.]+$/g, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(CHANNEL_SUFFIX, '');
  }
  return s.toLowerCase();
}

/** Drops a leading open quote or trailing close quote that has no partner inside the name, and a final 。 */
function unwrap(text: string, start: number, end: number): [number, number] {
  const count = (c: string) => {
    let n = 0;
    for (let i = start; i < end; i++) if (text[i] === c) n++;
    return n;
  };
  for (const [open, close] of [['“', '”'], ['《', '》'], ['「', '」']]) {
    if (text[start] === open && count(open) > count(close)) start++;
    if (text[end - 1] === close && count(close) > count(open)) end--;
  }
  while (start < end && /[@#"']/.test(text[start])) start++;
  while (end > start && /[。."']/.test(text[end - 1])) end--;
  return [start, end];
}

type Verdict = 'ok' | 'untraceable' | 'unauthorised';

function judge(name: string, allowed: ReadonlySet<string>, domains: readonly string[], blocked: ReadonlySet<string>): Verdict {
  const s = canonical(name);
  if (!s) return 'untraceable';
  const bare = s.replace(UNTRACEABLE_AFFIX.head, '').replace(UNTRACEABLE_AFFIX.tail, '');
  if (blocked.has(s) || blocked.has(bare) || !bare) return 'untraceable';
  if (allowed.has(s)) return 'ok';
  const host = DOMAIN.exec(s)?.[0];
  if (host) return domains.some((d) => host === d || host.endsWith(`.${d}`)) ? 'ok' : 'unauthorised';
  if (GOVERNMENT_BODY.test(s) && !NOT_GOVERNMENT.test(s)) return 'ok';
  return 'unauthorised';
}

const lists = new WeakMap<readonly string[], { names: Set<string>; domains: string[] }>();
function prepared(list: readonly string[]) {
  let p = lists.get(list);
  if (!p) {
    const names = new Set<string>();
    const domains: string[] = [];
    for (const entry of list) {
      if (DOMAIN.test(entry) && /^[\w.-]+$/.test(entry)) domains.push(entry.toLowerCase());
      else names.add(canonical(entry));
    }
    lists.set(list, (p = { names, domains }));
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
    description: {
      zh: '识别转载稿件（原标题、转载自、来源：、据××报道、其他媒体的电头或记者署名、编者按加转载原文），要求注明来源：未注明或来源为“网络”“网友”等无法追溯的，拦截；来源不是党政网站或稿源单位的（自媒体、企业公众号等），提醒。原创稿件无需注明来源。',
      en: 'Recognises reposts (原标题, 转载自, 来源：, 据…报道, another outlet\'s dateline or byline, 编者按 over reposted text) and requires a source: none, or an untraceable one such as 网络 or 网友, blocks; one that is not a Party/government site or designated news source (self-media, company accounts) warns. Original posts need no source line.',
    },
    messages: {
      missingSource: {
        zh: '检测到转载迹象“{{signal}}”，但未注明来源。转载信息应注明来源，保证来源可追溯（第二十五条）。',
        en: 'This looks like a repost ("{{signal}}") but names no source. Reposted information must state a traceable source (Art. 25).',
      },
      untraceableSource: {
        zh: '来源“{{source}}”无法追溯。请注明具体的原发网站或媒体（第二十五条：保证来源可追溯）。',
        en: 'The source "{{source}}" cannot be traced. Name the website or outlet that first published it (Art. 25).',
      },
      unauthorisedSource: {
        zh: '来源“{{source}}”不在党政网站和稿源单位名单中。原则上只转载党和政府网站以及稿源单位发布的信息（第二十五条），请核实或改用权威来源。',
        en: 'The source "{{source}}" is not a Party/government site or a designated news source. Reposts should in principle come only from those (Art. 25); check it or use an authoritative source.',
      },
    },
    options: z.object({
      /** Sources that are always fine: names (channel suffixes such as 客户端 are ignored) or domains. */
      allowedSources: z.array(z.string()).default(DEFAULT_ALLOWED_SOURCES),
      /** Names that are not a source at all. */
      blockedSources: z.array(z.string()).default(DEFAULT_BLOCKED_SOURCES),
    }),
    examples: {
      valid: [
        '来源：新华社\n国务院办公厅近日印发《关于进一步优化政务服务的意见》。',
        '原标题：云南多措并举稳就业\n来源：云南日报',
        '据统计，今年以来全县共接待游客120万人次。',
      ],
      invalid: [
        '原标题：我省出台促消费十条措施\n省商务厅近日出台十条措施。',
        '图片来源：网络',
        '来源：某某科技有限公司公众号',
      ],
    },
  },
  check(context) {
    const { text, options } = context;
    const allowed = prepared(options.allowedSources);
    const blocked = prepared(options.blockedSources).names;
    let stated = false;
    const report = (name: string, start: number, end: number) => {
      const verdict = judge(name, allowed.names, allowed.domains, blocked);
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

    for (const pattern of STATEMENTS) {
      const { kind, re } = pattern;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = startOf(text, pattern, m);
        if (start < 0) continue;
        if (kind === 'self') {
          stated = true;
          report(text.slice(start, m.index), start, m.index);
          continue;
        }
        if (kind === 'by') {
          const name = m[1].replace(/记者$/, '');
          if (NOT_A_NAME.test(name)) continue;
          stated = true;
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
        stated = true;
        if (!head.trim()) {
          const signal = m[0].trim();
          context.report({ messageId: 'missingSource', start: m.index, end: m.index + m[0].trimEnd().length, data: { signal } });
          continue;
        }
        // 来源：新华社、人民日报 names two sources; judge each.
        for (let from = 0; from <= head.length; ) {
          const stop = head.indexOf('、', from);
          const to = stop < 0 ? head.length : stop;
          judgeAt(at + from, at + to);
          from = to + 1;
        }
      }
    }
    if (stated) return;

    // No source named: the first sign of a repost is what needs one.
    let first: [number, number] | undefined;
    for (const pattern of SIGNALS) {
      const { kind, re } = pattern;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = startOf(text, pattern, m);
        if (start < 0) continue;
        if (first && start >= first[0]) break;
        if (kind === 'editorNote' && !QUOTED_MATERIAL.test(text) && !context.blocks.some((b) => b.kind === 'quote')) break;
        first = [start, m.index + m[0].length];
        break;
      }
    }
    if (first) {
      const signal = text.slice(first[0], first[1]);
      context.report({ messageId: 'missingSource', start: first[0], end: first[1], data: { signal } });
    }
  },
});
