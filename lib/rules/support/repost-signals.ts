/**
 * The signs that a text is a repost, shared by the source rule (no-untraceable-repost) and the
 * log's original-or-repost decision, so the two never disagree. Statements name a source (来源：X,
 * 转载自X, 据X报道, an outlet's "X消息("); signals show the text came from elsewhere without naming
 * it (原标题, another outlet's dateline or byline, 【转载】, 编者按 over quoted material). Run on
 * normalised text (lib/engine/normalize.ts): ASCII colons and brackets.
 */

import { NEWS_SOURCE_UNITS } from './news-sources';

// Outlets whose byline or dateline in a government account's post shows the text came from them.
// Longest first, so 新华社 is not read where 新华社客户端 stands.
export const OUTLET = [...NEWS_SOURCE_UNITS].sort((a, b) => b.length - a.length).join('|');

/** Only spaces between the line start and `index`. */
const atLineStart = (text: string, index: number) => {
  let k = index - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
};
/** Standing alone, or glued only to the words `before` ends in (经授权转自, 以下视频由). */
const gluedTo = (before: RegExp) => (text: string, index: number) =>
  standsAlone(text, index) || before.test(text.slice(Math.max(0, index - 2), index));
/** Not glued to a preceding word: 资金来源 is not a source line. */
const standsAlone = (text: string, index: number) => {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  return !(c >= 0x4e00 && c <= 0x9fa5);
};

export interface Pattern<K extends string> {
  kind: K;
  re: RegExp;
  /** What must stand right before the match (end-anchored); the finding then starts there. */
  back?: RegExp;
  /** Where a match counts, judged from the text before it (kept out of the regex: see below); `back` is how much `back` read. */
  where?: (text: string, index: number, back: number) => boolean;
}

/** Which material a label is about, glued to it (本视频来源, 此图转自, 文中图片来源): no compound like 资金来源. */
const WHICH = '(?:本文|文中|[本此该])?';
/** The material a 来源 label may name the source of, read back from the label: 图片来源, 部分内容来源. */
const LABEL_NOUN = new RegExp(
  `(?:${WHICH}(?:部分)?(?:信息|资讯|稿件|文章|内容|图文|文图|视频|图片|题图|封面图|头图|照片|音频|文字|新闻|消息|素材|本文|资料|图)|部分)?$`,
);
/** The start of a name nobody can trace, read without the colon before it: 图片来源网络. */
const UNTRACEABLE_HEAD = '(?:网络|互联网|网上|网友|网民|网传|朋友圈|微信群|QQ群|抖音|快手|小红书|百度|今日头条)';
/** An outlet's byline that credits a picture: 新华社记者 胡超 摄. */
const PHOTO_CREDIT = /^[^\n)\]】。]{2,40}?(?:摄|供图)(?:[\s)\]】。,，]|$)/;

/** Start of a pattern's match, reaching back over `back`; -1 when it does not count. */
export function startOf(text: string, p: Pattern<string>, m: RegExpExecArray): number {
  let start = m.index;
  if (p.back) {
    const b = p.back.exec(text.slice(Math.max(0, start - 20), start));
    if (!b) return -1;
    start -= b[0].length;
  }
  return !p.where || p.where(text, start, m.index - start) ? start : -1;
}

/** An account's channel after its name: “某某”公众号, 某某抖音号. */
const CHANNEL = '(?:(?:微信)?公众号|微博|抖音号|头条号|视频号|快手号|账号|网站|客户端)';
/** Someone other than the account came upon or relayed the text (有网友转发…, 不少市民在朋友圈刷到). */
export const RELAY_BY_OTHERS = /网[友民]|有人|[市居村]民|群众|用户|(?:不少|很多|许多)人|家长/;

/*
 * Small literal-led patterns, each run on its own: the regex engine skips ahead on their first
 * characters, which a leading lookbehind or one big alternation defeats (measured in the engine benchmark).
 */

/**
 * Statements that name a source: 来源：X, 本文转自X, 以下文章来源于X, 据X报道/消息, and a line opening
 * "X消息(" as news sites write it. For labels the name is read after the match.
 */
/** A rumour denied (系谣言, 不实, 虚假信息, 网民编造): where it went round is named, not a source. */
const RUMOUR = /谣言|不实|辟谣|虚假|[编捏]造/;

/** The rest of the sentence at `index` (60 characters at most) denies a rumour: the sentence is a rumour notice. */
export function inRumourNotice(text: string, index: number): boolean {
  return RUMOUR.test(text.slice(index, index + 60).split(/[。！？!?\n]/)[0]);
}

/** What a credit says was done with the material: 提供, 供图, 授权 … (“某某”供图, 感谢@某某 提供的图片). */
export const CREDIT_VERB = '提供|供图|供稿|授权|投稿|拍摄|分享';

export const STATEMENTS: readonly Pattern<'label' | 'by' | 'self' | 'dateline' | 'weibo' | 'credit' | 'relay'>[] = [
  // literal-led: the material noun before 来源 is read back from the match (LABEL_NOUN)
  { kind: 'label', re: /来源于?\s*[:|/丨]\s*/g, back: LABEL_NOUN, where: standsAlone },
  // 出处：, 稿源：: the same label in other words
  { kind: 'label', re: /(?:出处|稿源)\s*[:|/丨]\s*/g, where: standsAlone },
  // 图片来源网络, （来源网络）: the colon left out before a name nobody can trace
  { kind: 'label', re: new RegExp(`来源于?\\s*(?=${UNTRACEABLE_HEAD})`, 'g'), back: LABEL_NOUN, where: standsAlone },
  // 来源于, 源于, 源自: 文字素材源于网络
  {
    kind: 'label',
    re: /(?:本文|本稿|文章|稿件|内容|图片|图文|视频|信息|消息|素材|以下文章|以下内容)(?:来源于|源于)\s*:?\s*/g,
  },
  // 图片来自网络, 文字图片来自网络: only after a noun for published material (来自全县的代表 and
  // 信息来自各乡镇的上报 are no source)
  {
    kind: 'label',
    re: /(?:本文|文章|内容|图片|图文|视频|素材|文字|以上内容|本条信息|该信息|此信息|以上信息|上述信息)(?:及图片|图片)?(?:来自于?|源自|取自|选自)\s*:?\s*/g,
  },
  {
    kind: 'label',
    // 摘自网络, 以上内容整理自网络; 自己 and 自家 are not "from" (采摘自家果园), but a chat group whose
    // name starts with 家 is (转自家长群, 摘自家委会群)
    // 本文内容整理自: the noun may itself be qualified (本文内容, 文中图片)
    re: /(?:转载自|转载于|转发自|转自|转引自|综合自|综合整理自|整理自|摘编自|摘录自|摘自|节选自|编译自|参考自)(?!己|家(?![^\s,，。;；:]{0,4}群))\s*:?\s*/g,
    back: new RegExp(
      `(?:(?:以[上下]|上述|相关|本条|[本此该])(?:信息|资讯)|(?:本稿|本篇|文章|以下|以上|上述|部分|${WHICH})(?:内容|图片|图文|视频|资料|文字|照片|图)|本文|本稿|本篇|文章|稿件|以下文章|此文|本帖|此帖|该帖|原帖|素材|消息|通知|帖子|图片|照片|配图|插图|题图|封面图|头图|视频)?$`,
    ),
    // 经授权转自, 特转自, 现转载自: an adverb glued before it (运转自如 is none); the material it relays
    // read back (本文问答部分内容转载自, 以下消息转自) says what was taken, whatever words stand before it
    where: (text, index, back) => back >= 2 || gluedTo(/(?:授权|[特现今均系乃])$/)(text, index),
  },
  // 素材收集于各平台, 图片搜集自网络, 视频取材于…: gathered from somewhere (not a time: 收集于2023年)
  {
    kind: 'label',
    re: /(?:素材|图文|图片|视频|内容|资料|本文)(?:收集|搜集|采集|取材)(?:整理)?[于自]\s*:?\s*(?![\d一二三四五六七八九十]|[近今去]年|平时)/g,
  },
  // 特转发“某某”公众号推送的…, 转载了某某抖音号发表的…, 转发一篇“某某”公众号的文章: relayed by a verb, the account named
  {
    kind: 'relay',
    re: new RegExp(
      `(转[发载]了?\\s*(?:一[篇条则]|[篇条])?\\s*)([“「《][^”」》\\n]{1,20}[”」》](?:${CHANNEL})?|[^\\s,，。;；:“”《》、]{2,20}?(?:${CHANNEL}))(?=(?:上|平台上?)?(?:推送|发布|刊发|发表|推出|分享)的|(?<=${CHANNEL})的(?:文章|推文|视频|帖子|内容|消息))`,
      'g',
    ),
    // the account itself relays it, not someone a rumour notice speaks of (有网友转发“…”发布的)
    where: (text, index) =>
      !RELAY_BY_OTHERS.test(
        text
          .slice(Math.max(0, index - 12), index)
          .split(/[，。,;；!?！？\n]/)
          .pop()!,
      ),
  },
  {
    kind: 'by',
    // the name may be quoted: 据“昆明发布”微信公众号消息
    // …or names where a thing was passed round: 据业主群里流传的截图, 据朋友圈疯传的视频
    re: /据([^\s,，。;；:"、!?()]{0,16}?)\s*(?:\d{1,2}月\d{1,2}日)?(?:报道|消息|爆料|透露|电(?![\u4e00-\u9fa5])|(?:流传|疯传|转发|转载|传出)(?=的))/g,
    // 数据, 证据, 单据 … are not 据 "according to"
    where: (text, index) => index === 0 || !'数证占收单票凭论'.includes(text[index - 1]),
  },
  { kind: 'self', re: /消息(?=\s*[(:])/g, back: new RegExp(`(?:${OUTLET})$`), where: atLineStart },
  // 本报讯 beside its paper's name (《普洱日报》本报讯, 临沧日报本报讯, 【玉溪日报】本报讯) is that paper's dateline
  { kind: 'dateline', re: /本[报刊]讯/g, back: new RegExp(`(?:《[^》\\n]{2,12}》|(?:${OUTLET})】?)\\s*$`) },
  // 电头 (新华社昆明3月1日电, 人民网-云南频道6月3日电) names the outlet as plainly as 据新华社电
  { kind: 'dateline', re: /\d{1,2}月\d{1,2}日(?:电|讯)/g, back: new RegExp(`(?:${OUTLET})[-—·]?[\\u4e00-\\u9fa5]{2,8}$`) },
  // …and without its date, opening a line: 新华社昆明电（记者…）, 新华社电, 云南网讯（记者…）
  {
    kind: 'dateline',
    re: /[电讯](?=\s*[(\[]|\s+记者)/g,
    back: new RegExp(`(?:${OUTLET})[-—·]?[\\u4e00-\\u9fa5]{0,8}$`),
    where: atLineStart,
  },
  // 原文链接：https://…: the address the text was taken from
  { kind: 'label', re: /(?:原文链接|原文地址|原文网址|原文出处)\s*[:|/丨]\s*/g, where: standsAlone },
  // a Weibo repost chain: //@云南发布:
  { kind: 'weibo', re: /\/\/@/g },
  // via 某某 closing a post: where it was taken from (not in a word, an address or an account name: Olivia)
  { kind: 'label', re: /[Vv]ia\b\s*:?\s*/g, where: (text, index) => index === 0 || !/[\w./@-]/.test(text[index - 1]) },
  // 图源网络, 图源：新华社 (the label's short form, often without a colon)
  { kind: 'label', re: /图源\s*[:|/丨]?\s*/g, where: standsAlone },
  // a photo credit (图片：网友供图, 视频：抖音网友) names where the picture came from; only an untraceable one counts
  { kind: 'credit', re: /(?:图文|图片|配图|图|照片|视频|摄影|摄像)\s*[:|/丨]\s*/g, where: standsAlone },
  // a thanks to an account for material: 感谢@某某 提供的图片, 鸣谢“某某”供图
  {
    kind: 'credit',
    re: new RegExp(
      `(?:感谢|鸣谢|致谢)\\s*(?=(?:@[^\\s@,，。]{1,30}|[“「][^”」\\n]{1,20}[”」](?:${CHANNEL})?)\\s*(?:${CREDIT_VERB}|的(?:图片|照片|视频|图文|素材|航拍|作品)))`,
      'g',
    ),
  },
  // 图片由网友提供
  {
    kind: 'credit',
    re: /(?:图片|照片|视频|配图)均?由/g,
    where: gluedTo(/(?:以下|以上|文中|部分|[本该此])$/),
  },
  // the text's contributor: 以上信息由网友提供, 本文系网友投稿, 此文为网络转载 (only an untraceable one counts)
  {
    kind: 'credit',
    re: /(?:信息|消息|内容|稿件|文章|文字|本文|此文|本帖|资料|素材)(?:[及和与](?:图片|照片|视频))?(?:均?由|[系为](?=[^。，,;；\n]{1,10}?(?:投稿|[供来]稿|提供|爆料|转载)))/g,
  },
  // a bracketed credit with no label: （网友供稿）, （读者来稿）, 【市民投稿】
  { kind: 'credit', re: /[(\[【](?=(?:网[友民]|读者|市民)(?:投稿|[供来]稿|爆料|提供)[)\]】])/g },
  // where the text came from, in brackets or glued to the message (（来自家长群）, 这条消息来自班级群): only an
  // untraceable origin counts (李明（来自昆明市）is where a person is from); a rumour notice (系谣言, 虚假信息, 网民编造) is no repost
  {
    kind: 'credit',
    re: /(?:[(\[【]|消息|通知|帖子)来自于?\s*:?\s*/g,
    where: (text, index) => !inRumourNotice(text, index),
  },
  // a screenshot or footage taken from somewhere (截图来自业主群, 画面源自网络): only an untraceable origin counts
  { kind: 'credit', re: /(?:截图|截屏|录屏|画面|监控视频)均?(?:来自于?|源自|取自|截取自)\s*:?\s*/g },
  // the text's author (作者：佚名, 作者 | 网友): only an untraceable one counts; a compilation credit in
  // brackets (（综合网络）, 【综合多家媒体】) names where the text was gathered from
  { kind: 'credit', re: /作者\s*[:|/丨]\s*/g, where: standsAlone },
  {
    kind: 'credit',
    re: new RegExp(`[(\\[【]\\s*(?:综合|整理|摘编|编辑整理)(?=\\s*(?:${UNTRACEABLE_HEAD}|多[个家]|各大?(?:网站|媒体|平台)))`, 'g'),
  },
  // where the text first appeared: 本文原载于…, 文章首发于…, a line opening 原载《…》
  {
    kind: 'label',
    re: /(?:(?:原载|首发|刊载|刊登|发表|刊)于|(?:原载|首发)(?=\s*[:《“]))\s*:?\s*/g,
    back: /(?:本文|此文|原文|文章|本帖)(?:最早|最初|曾)?$/,
  },
  { kind: 'label', re: /原载于?\s*:?\s*/g, where: atLineStart },
  // 分享自小红书, 来自：某某公众号
  { kind: 'label', re: /(?:分享自|来自\s*[:|/丨])\s*/g, where: standsAlone },
  // a bracketed note with no label: （网络图片）, 【网图】
  { kind: 'label', re: /[(\[【](?=\s*(?:网络图片|网络配图|网图|网络截图)\s*[)\]】])/g },
  { kind: 'credit', re: /(?:以上|以下|本文|文中)?(?:图片|照片|视频|配图)均?(?:为|系)/g, where: standsAlone },
];

/** The byline after 本报讯 that names the paper's own reporter: （本报记者 李明）, （记者 周敏 通讯员 赵丽）. */
const OWN_BYLINE = /^\s*[(\[【]\s*(?:本[报刊])?(?:特约|见习|实习)?(?:记者|通讯员)/;

/** Material the post shows (这张照片, 以下视频, 流传的段子), or just named opening a clause (…。视频最早是谁发的). */
const SHOWN = /(?:^|[,。!?\n]|(?:[本这此该]|以[下上]|[上下]面|[网流]传)[^,。!?\n]{0,6}?)(?:视频|照片|图片?|文章|段子|顺口溜|消息|帖)/;
/** Material a named body keeps (由县档案馆收藏) or a warning (千万别点, 谨防, 请勿); a rumour is RUMOUR's. */
const NOT_SHOWN = /由[^,。]{1,16}(?:收藏|提供|保存)|馆藏|千万|谨防|提醒|勿/;

/** Evidence that the text comes from elsewhere, without naming where it was taken from. */
export const SIGNALS: readonly Pattern<'signal' | 'copyright' | 'editorNote' | 'unnamedPaper'>[] = [
  { kind: 'signal', re: /原标题(?=\s*[:《“])/g },
  // 本文为转载…如有侵权请联系删除: a repost that says so without saying from where
  // 本文为转载…如有侵权请联系删除, 版权归原作者所有, 侵删: a repost that says so without saying from where
  { kind: 'signal', re: /本文(?:为|系)转载|转载(?:于|自)网络|转载此文/g },
  // …and a copyright note, which after a picture's credit may be about the pictures only
  // …in other words: 原作者看到请联系我们删除, 原作者可后台私信处理
  {
    kind: 'copyright',
    re: /(?:如有|若有|如涉及|若涉及)侵权|侵删|版权归原作者|原作者[^。；;\n，,]{0,8}?(?:联系|私信|告知)[^。；;\n，,]{0,8}?(?:删除|处理)/g,
  },
  // the text says its origin cannot be traced: 出处已不可考, 作者不详, 原作者未知 (not goods: 来源不明的野生菌)
  {
    kind: 'signal',
    re: /(?:原?出处|(?<!工)原?作者|(?<![\u4e00-\u9fa5])来源)[已均尚]?(?:不可考|[无从法]{2}(?:考证|查证|追溯)|不详|不明(?![白确])|未知)(?![的之])/g,
  },
  // …or says it in words: who made or first posted the material was not found (视频最早是谁发的我们也没找到, 原作者实在找不到,
  // 不知道是谁拍的), only in a sentence about material the post shows (这张照片, 以下视频, 流传的); not a rumour notice
  // (是谁发的还不清楚，系谣言), material a named body keeps (由县档案馆收藏) or a warning (千万别点, 谨防)
  {
    kind: 'signal',
    re: /(?:原作者|出处|谁(?:发出?|拍|写)的)[^。！？\n]{0,10}?(?:没有?[找查]到|[找查]不到|不(?:知道|清楚))|不知道[^。，！？\n]{0,8}?谁(?:发出?|拍|写)的/g,
    where: (text, index) => {
      const s = text.slice(Math.max(0, index - 30), index + 40);
      return SHOWN.test(s) && !NOT_SHOWN.test(s) && !RUMOUR.test(s);
    },
  },
  // 本报讯, 本台讯 and 本报记者 are the account's own outlet writing (a newspaper's or a 融媒体中心's
  // account), not a sign that the text came from elsewhere.
  // …unless 本报讯 names no reporter either: then nothing says which paper wrote it, and a government
  // account that is no paper has copied it (a repost sign by the labelling conventions; the rule warns).
  { kind: 'unnamedPaper', re: /本[报刊]讯/g, where: (text, index) => !OWN_BYLINE.test(text.slice(index + 3, index + 24)) },
  {
    kind: 'signal',
    re: /记者|通讯员/g,
    back: new RegExp(`(?:${OUTLET})(?:全媒体|融媒体)?(?:特约)?$`),
    // a byline opens a line or a bracket; 接受新华社记者采访 is not one; a photo credit
    // (新华社记者 胡超 摄) names the outlet the picture came from
    where: (text, index) => (index === 0 || /[\n(\[【\s丨|/:]/.test(text[index - 1])) && !PHOTO_CREDIT.test(text.slice(index, index + 48)),
  },
  // the mark in brackets, or its short forms (【转】, [转帖]), or a line opening 转载： or 转：
  { kind: 'signal', re: /【转(?:载|帖)?】|\[转(?:载|帖)?\]|\(转(?:载|帖)?\)/g },
  { kind: 'signal', re: /转(?:载|帖)?(?=\s*:)/g, where: atLineStart },
  { kind: 'editorNote', re: /编者按/g },
];
/** 编者按 counts only over quoted material: a reposted text introduced by the editor's note. */
export const QUOTED_MATERIAL = /(?:全文|原文|转[发载]|刊[发登载]|照登|摘[登编录]|分享|推送)如下|现予转发|现转载|以下为原文|特此转载/;

/**
 * A credited name that is an account on a platform (@名称, “名称”, 名称公众号/抖音号): a self-media account
 * is no government site or licensed outlet, so material credited to it is a repost to warn about (Art. 25).
 */
export const ACCOUNT = new RegExp(
  `^(?:@[^\\s@,，。;；!?！？]{1,30}|[“「][^”」\\n]{1,20}[”」](?:${CHANNEL})?|[^\\s,，。“”@]{2,20}?(?:${CHANNEL}))`,
);

export const DATELINE_OUTLET = new RegExp(`^(?:${OUTLET})`);
/** The account a Weibo chain reposts: //@云南发布: */
export const WEIBO_NAME = /[^\s:/@]{1,30}(?=\s?:)/y;

/**
 * A statement about pictures or video only (图片来源：, 视频：, 图源, （网络图片）): it names where they came from,
 * not where the text did, so a sign that the text is reposted (原标题) still needs a source of its own.
 */
export const PICTURE_STATEMENT = /^(?:本文|文中|[本此该])?(?:部分)?(?:图(?!文)|照片|题图|封面图|头图|配图|视频|音频|[(\[【])/;

/** The source name: up to a line end, a clause mark, a bracket or a markup tag (来源：云南日报</p>). */
export const NAME = /[^\n,，。;；|丨()【】[\]<]{1,40}/y;
export const CREDIT_LABEL = /\s*(?:责任编辑|编辑|责编|作者|记者|通讯员|审核|审校|校对|签发|终审|摄影|摄像|原标题|监制|制作|来源)\s*[:/|丨]/;
/** 据悉, 据…显示; 据村民透露 is someone interviewed, not an outlet the text was taken from. */
export const NOT_A_NAME =
  /^(?:悉|了解|介绍|初步|不完全)|显示|表示|称|(?:村民|居民|群众|工作人员|负责人|专家|当事人|目击者|家属|医生|民警|老师|干部|员工|职工|店主|老板|游客)$/;

/**
 * Taken over from elsewhere, said colloquially: 扒下来的, 搬过来了, 抄来的, 搬运, 转给大家, 转来, 刷到. Only with
 * an origin that is no outlet in the same sentence (RELAY_ORIGIN) is it a repost: 从县城搬过来 is a move.
 */
export const RELAY = /扒(?:下|过)?来|搬(?:过来|来|运)|抄(?:过|下)?来|转发?(?:来)?给大家|转过?来|刷到/g;
/** An origin that is no outlet, near a RELAY verb: 旅行博主, 某论坛, 别的公众号, 业主群(里), 班级群转来, 网上, 朋友圈, 抖音. */
export const RELAY_ORIGIN =
  /[\u4e00-\u9fa5]{0,2}(?:博主|论坛|贴吧|公众号|自媒体|群(?=[里中内上]|转))|网[友民上]|网络上|群聊|朋友圈|各大?平台|抖音|快手|小红书|知乎|微博上|B站/;
