import { z } from 'zod/mini';
import type { DraftImage } from '../engine/draft';
import { defineRule } from '../engine/rule';
import { blockIndexAt, blockStartingAt, inMention, lineRange, lineStarts, sentenceAt, trimRange } from './support/text-units';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/**
 * 审图号 in every real form (rules README §C.3), after NFKC has made full-width brackets ASCII:
 * GS(2024)0650号, GS京(2022)1061号, 云S(2021)012号, 〔〕 or [] brackets, spaces anywhere.
 */
export const APPROVAL_NUMBER = new RegExp(
  `(?<![A-Za-z])(?:GS[${PROVINCES}]?|[${PROVINCES}]S)\\s*[(〔[]\\s*(?:19|20)\\d{2}\\s*[)〕\\]]\\s*(?:第\\s*)?\\d{1,5}(?:\\s*号)?`,
  'g',
);
const LABEL = /审图号/g;

/**
 * Words that make an image a map (§C.5). 示意图 of a process or structure is not a map; 版图 is left
 * out because in prose it is nearly always a metaphor (产业版图).
 * 落区 is where a forecast puts rain, snow or wind on the map (降雪落区, 大风落区示意).
 * A caption may name a territory without 图: 管制路段示意, 台风移动路径(预报), 限行区域, 停水影响区域, 规划范围,
 * 线路走向, 某某县在云南省的位置, …交通区位; a track (象群活动轨迹, 巡护轨迹), territory divided (责任片区划分,
 * 网格划分), land use or land taken (土地利用现状, 用地规划, 征收范围). Prose may say the figure shows where things are
 * or run (各站点位置见下图, 线路走向详见附图): the subject before 见…图 is the map word.
 * A caption's head word at its end is the territory it shows (拟建水厂位置, 推荐自驾线路：A—B, 防火重点区域,
 * …行政区划, 降雨量分布), a bracket may follow (not a photo's spot or line: 落水位置, 10千伏线路, 施工区域); a legend of coloured areas or dots (红色区域为…, 图中圆点为…);
 * a figure said to mark places (下图标出了…的位置), a parcel's sides (四至, 东至…西至), a site 位于…见下图, 红线内.
 * A boundary between territories (相邻县界示意, 周边县市界线, 中缅边界云南段走向); a screenshot of a navigation or
 * location app (导航截图, 手机导航界面, 定位截图, 路况截图, an image called 手机导航), not a web page's 导航栏;
 * villages or townships shown with what else the figure marks (乡镇分布及驻地示意).
 * A legend of lines that stand for something on the ground (红色实线为已建成高速, 虚线表示规划铁路, 红线代表拟迁改的
 * 输电线路, 黑色粗线为县界); a line that stands for a measure (红线为高速公路车流量, 虚线为预测值, 增速, 趋势, 比重, 里程) is a chart's.
 * A metro's or bus network's line diagram (线网示意图, 运营示意图) is a simple map exempt from review (地图管理条例 Art. 15: 地铁线路图).
 */
const MAP_WORD =
  /地图|导航(?:[Aa][Pp][Pp]|软件)?(?:截图|界面)|导航(?:路线|定位)|(?:定位|位置|路况)截[图屏]|区位[\u4e00-\u9fa5]{0,3}图|线路图|路[线径]图|烈度(?:分布)?图|等震线图|淹没(?:范围)?图|空间(?:总体)?(?:结构|布局|格局)(?:规划)?(?:示意)?图|(?:[城市街片辖库林灌]区|[县镇村]域|保护区)(?:范围)?图|(?:交通|出行|停车|绕行|[驾乘]车)[指导]引图|(?:地理位置|区位|位置|范围|走向|路线|线路|分布|布局|绕行|区划|流域|道路|游览|选址)示意(?!图)|(?:位置(?<![出要键先发生火水]位置)|范围|(?<!施工|作业|警戒|等候|休息|吸烟|办公|候车|就餐|停车|观景|演出|比赛|展示|服务)区域|分区|区划|(?:降[水雨雪]|雨)量?(?:预报|分布)|线路(?<![电伏信]线路)|路线)(?=[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?(?:\n|$)|(?<=[路线]):)|相对位置|位置关系|四至|(?:色区域?|[红蓝黄绿橙圆]点)为|(?:色(?:区[域块]?|块|斑|片|线|部分)?|颜色越[深浅]|[红蓝黄绿橙圆黑]点|图中[^。，,;；\n]{0,8}?)(?:为(?!主)|表示|代表)[^。，,;；\n]{0,16}?(?:[区片村镇乡县州田]|地块|位置|点位|范围|密度|线路|路线|街道|社区)|[省市州县镇乡]域轮廓|东至[^。；;\n]{1,20}?西至|红线(?:内|范围)|位于[^。；;\n]{1,24}?见[下附]?图|(?:标[出注明示]|[显展]示)了?[^。，,;；\n]{0,16}?(?:位置|线路|走向|范围)|(?:[点站村镇乡寨区所落店场院校园桩库]|(?<!人)口|村组)的?分布(?:示意|情况)?(?=$|[\s()（,，。;；])|(?:走向|分布|位置|行政区划|区划|政区|导[览游]|游览|交通|规划|地形|影像|卫星|布局|分区|区域|范围|点位|布点|选址|用地|红线|宗地|界址|勘测定界|边界|界线|预[报警]|风险|等值线|网格|水系|流域|路网|管网|热力)图|全图|(?:卫星|遥感)影像|落区|(?:区域|路段)示意(?!图)|(?:(?:台风[^。，,;；\n]{0,10}?|移动|行进|比赛|骑行|徒步|巡[游护]|撤离|转移|活动|迁[徙移]|飞行)(?:路[径线]|轨迹)(?:预报|示意)?|(?:管制|封闭|[限禁绕]行)(?:路段|区域|范围)|(?:规划|影响|[管封]控|停[水电]|淹没|受灾|征[收地])(?:区域|范围)|(?:区域|片区|网格|学区)划分|(?:用地|土地利用|地块|选址)(?:规划|现状|布局|位置|范围)|[线路道渠河江轨]走向|在[\u4e00-\u9fa5]{1,6}[省州市县国区镇乡域]的(?:(?:地理)?位置|分布)|地理位置|区位|路网|线网|水系|点位|导览|功能分区|(?<!网站|网页|页面|首页|语音|电话|服务)导航|[镇乡村区县]分布[^\s，,。;；\n]{0,8}?示意|(?:[省市县州乡镇村国区]|行政|区域|边)界线?(?:[^\s，,。;；\n]{0,6}?(?:示意|走向|位置|分布))?)(?=$|[\s(（,，。;；])|(?:位置|点位|线路|路[线径]|走向|区[域位]|轨迹|[点站所]分布|范围|路段)(?=((?:分布)?(?:情况)?[详请可参]?[见如][附下上右左]?图))|(?:[红蓝黄绿橙紫黑灰]色)?(?:[实虚粗细红蓝黄绿黑]线|线条)(?:为|表示|代表)[^。，,;；\n]{0,12}?(?:高速|公路|[国省县乡]道|铁路|道路|路段|轨道|轻轨|地铁|航线|管线|管道|线路|路线|走向|[省市州县乡镇村国]界|边界|界线)(?![^。，,;；\n]{0,8}?(?:[量率值数额势]|增速|速度|比重|里程))|(?<!流程|疏散|逃生|结构|原理|架构|组织|工艺|操作|步骤|办[理事]|效果|装置|施工|电路|系统|设计|构造|安装|组成|剖面|功能|逻辑|线网|运营)示意图/g;
/** A plan of a building (大厅窗口分布示意图, 三楼平面图) is not a map of territory. */
const INDOOR =
  /大厅|窗口|楼层|平面|教学楼|办公楼|综合楼|宿舍楼|住院楼|门诊楼|大楼|楼道|楼梯|走廊|厂房|车间|场馆|展厅|展馆|馆内|室内|车位|座位|座次|会场|考场|户型|房间|办公室|科室|柜台|病区|床位|楼内|教室|宿舍|食堂|\d+楼|[一二三四五六七八九十]楼|[一二三四五六七八九十\d]+层/;
const MAP_FILE =
  /(?:^|[^a-z])(?:map|maps|ditu|location|daohang|dingwei)(?:[^a-z]|$)|quwei|fenbutu|luxiantu|xianlutu|guihuatu|weizhi|quhuatu|daolantu|daoyoutu/i;
/** A sentence next to the image says it shows the map (下图为…区位图), not merely uses the word; or it only names a figure (a title line above it); or it is the figure's legend (颜色越深表示…, 红色区块为…, 虚线表示…). */
const POINTS_AT_IMAGE =
  /^\s*[^。,，;；!?:\n]{2,30}图\s*$|[下上右左]图|以下|下面|如图|见图|附图|图为|图中|图示|如下|下方|上方|附件|附:|附后|(?:^|\n)\s*图\s*\d|颜色越[深浅]|色(?:区[域块]?|块|部分)?(?:为|表示|代表)|(?:[实虚粗细红蓝黄绿黑]线|线条)(?:为|表示|代表)/;
/**
 * Words of a draft without images pointing at a figure it goes out with (线路走向详见附图, 分布图附后); 乡下图书馆 is none.
 * A social post points at its own media: 配图, 九宫格, 第3张, 视频里/视频03:15, 图1：; or holds a bracketed
 * placeholder for it ([图片：…], 【图：…】, （图：…）), which its number may precede.
 */
const FIGURE_POINTER =
  /[如附下上]图(?!书)|附后|附:|见[^，。,:;；\n]{0,12}图|配图|九宫格|第[一二三四五六七八九十\d]{1,2}张|视频(?:里|中|第|\d|最后|末尾|结尾|开头)|[一末首尾]帧|图\s*\d{1,2}\s*:|([(\[【])图片?:/g;
/** 发展路线图, 改革路径图: a route of work, not of roads (the word before 路线/路径); 一张路线图, 时间表、路线图: a plan. */
const ABSTRACT_ROUTE =
  /(?:一张|这张|[表书]、|发展|改革|工作|振兴|实施|推进|技术|转型|行动|战略|任务|学习|成长|职业|晋升|治理|攻坚|创新|升级|建设)(?:路[线径]|轨迹)(?:示意)?图?$/;
/** 绘就乡村振兴新“地图”: the word as a metaphor. */
const METAPHOR = /绘就|描绘|勾画|勾勒|擘画|绘出|画出|打造/;
/** 工作人员在电子地图前研判火情: a photo of people at a map, not a map. */
const SCENE_BEFORE = /(?:在|对着|围着|站在|坐在)[^。，,;；\s]{0,8}$/;
const SCENE_AFTER = /^(?:前|旁|边|墙前|屏前|大屏前)/;
const STANDARD_MAP = /标准[地底]图/;
const SURVEY_AUTHORITY = /自然资源部|自然资源厅|测绘|地理信息|天地图|标准地图服务/;
const UNMODIFIED = /(?:未|无|没有)(?:经过?|[作做]|进行)?(?:任何)?(?:修改|改动)|直接(?:下载|使用)|原图/;

function hasMapWord(s: string, fromProse?: RegExp): string | undefined {
  let subject: string | undefined;
  MAP_WORD.lastIndex = 0;
  for (let m = MAP_WORD.exec(s); m; m = MAP_WORD.exec(s)) {
    const [start, end] = sentenceAt(s, m.index);
    if (inMention(s, m.index, [start, end])) continue;
    const after = m.index + m[0].length;
    // the building may be named before the word or inside it (下图标出了各窗口的位置)
    if (INDOOR.test(s.slice(Math.max(start, m.index - 16), after))) continue;
    if (ABSTRACT_ROUTE.test(s.slice(Math.max(start, m.index - 6), after))) continue;
    if (SCENE_AFTER.test(s.slice(after, after + 3)) && SCENE_BEFORE.test(s.slice(Math.max(start, m.index - 10), m.index))) continue;
    if (fromProse) {
      const sentence = s.slice(start, end);
      if (!fromProse.test(sentence) || METAPHOR.test(sentence)) continue;
    }
    // a subject the figure shows (位置见下图) is named with its pointer from the start of its clause;
    // the map's own name, if the sentence gives one (位置见下图…分布图), names it better
    if (!m[1]) return m[0];
    subject ??= /[^，,。:;；\s]{0,8}$/.exec(s.slice(start, m.index))![0] + m[0] + m[1];
  }
  return subject;
}

function fileName(src: string): string {
  const last = src.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A line that holds only the approval number: 审图号：云S(2021)012号, （GS(2024)0650号）. */
const NUMBER_LINE = new RegExp(`^\\s*[(\\[【]?\\s*(?:审图号|GS|[${PROVINCES}]S\\s*[(〔[])`);
/** The longest line read as a caption in a draft without images. */
const CAPTION_MAX = 80;
/** A line that captions the image above it: ▲宣威市地理位置示意图, 图：…, 图为… */
const CAPTION_MARK = /^\s*\(?(?:[▲△▴↑☝⬆]|图\s*[:\d]|图为|上图)/;
/** A line right under an image that only names a figure (宣威市地理位置示意图, 绕行路线示意（仅供参考）): no clause marks, ends in 图 or 示意, its 审图号 may follow. */
const NAME_ONLY = /^[^。，,;；!?！？:]{2,30}(?:图|示意)\s*(?:[(][^()]{0,40}[)])?\s*(?:审图号\s*:?[^。，,;；\n]{0,30})?$/;
/** A line wholly in brackets right under an image is its note: （全县9个乡镇分布，标星的是推荐住宿点）. */
const BRACKETED = /^\s*\([^()\n]{2,60}\)\s*$/;
/** A map attached to a notice, named in its list of attachments: 附件：产业园区选址区位图, 附图2. … */
const ATTACHMENT = /^\s*(?:附[件图]\s*\d*\s*[:.、]?|附\s*:)/;

/**
 * What the image is called, when its own text, file name or a sentence next to it says it is a map;
 * `prose` when only that sentence (下图为…线路图) does.
 */
function mapWordOf(image: DraftImage, under: string, context: string): { what: string; prose: boolean } | undefined {
  const own = `${image.alt}\n${image.title}\n${image.caption}\n${under}`;
  const name = fileName(image.src);
  // own words that name a map word only to dismiss it (行动路线图) outrank a file name (…_luxiantu.png)
  const what = hasMapWord(own) ?? (own.search(MAP_WORD) < 0 ? (hasMapWord(name) ?? (MAP_FILE.test(name) ? name : undefined)) : undefined);
  if (what) return { what, prose: false };
  const said = hasMapWord(context, POINTS_AT_IMAGE);
  return said ? { what: said, prose: true } : undefined;
}

/**
 * How the message names the map: the image's own short label (its alt text, title or caption) when
 * that holds the map word, so an image without a caption in the text is still recognisable
 * (“全市应急避难场所分布图”未标注审图号); otherwise the word or file name itself.
 */
function labelOf(image: DraftImage, under: string, what: string): string {
  for (const own of [image.alt, image.title, image.caption, under]) {
    const label = own.trim().replace(/^[▲△▴↑☝⬆]\s*/, '');
    if (label.length <= 40 && label.includes(what)) return label;
  }
  return what;
}

/** An image's label that is one of a numbered series: 线路一, 方案2, 步道③ (the head before the ordinal). */
const SERIES = /^([\u4e00-\u9fa5A-Za-z]{2,8}?)\s*(?:[一二三四五六七八九十]|\d{1,2}|[①-⑩])(?![\d一二三四五六七八九十])/;

/** An image's own words that say nothing of what it shows: 一图读懂, 长图, its file name or a slug (jt-2025.png, DSC08812). */
const GENERIC_OWN = /^(?:(?:一图(?:读懂|看懂|了解|速览)|图解|长图|图片|image|img)[^\n]{0,20}|[\w.-]{1,40})$/i;

/** A note about every map of the draft, not one image's caption. */
const BLANKET = /(?:文中|本文|文内|以上|以下|图中|所有|全部|上述)(?:所用|使用|涉及|所附)?(?:的)?地图/;

function numbersIn(s: string): string[] {
  // matchAll starts where the shared regex last stopped: reset it first
  APPROVAL_NUMBER.lastIndex = 0;
  return [...s.matchAll(APPROVAL_NUMBER)].map((m) => m[0].replace(/\s/g, ''));
}

type Evidence = { kind: 'number' } | { kind: 'badNumber'; value: string } | { kind: 'standard'; unmodified: boolean } | { kind: 'none' };

function evidenceIn(s: string): Evidence {
  APPROVAL_NUMBER.lastIndex = 0;
  for (let m = APPROVAL_NUMBER.exec(s); m; m = APPROVAL_NUMBER.exec(s)) {
    // A bare number needs its 号; after the 审图号 label the 号 may be left out.
    if (m[0].endsWith('号') || /审图号\s*[:]?\s*$/.test(s.slice(Math.max(0, m.index - 8), m.index))) return { kind: 'number' };
  }
  // 底图为标准地图，未作修改: saying it is unmodified names the standard map as plainly as naming its service
  if (STANDARD_MAP.test(s) && (SURVEY_AUTHORITY.test(s) || UNMODIFIED.test(s))) return { kind: 'standard', unmodified: UNMODIFIED.test(s) };
  LABEL.lastIndex = 0;
  const label = LABEL.exec(s);
  if (label) {
    const value = /^\s*[:]?\s*([^\s,，。;；]{0,20})/.exec(s.slice(label.index + 3))?.[1] ?? '';
    return { kind: 'badNumber', value: value || '（空）' };
  }
  return { kind: 'none' };
}

/** Art. 22: a map must be the standard map or carry its 审图号. */
export default defineRule({
  meta: {
    id: 'no-map-without-approval-number',
    category: 'map',
    defaultSeverity: 'block',
    basis: [{ article: 22 }],
    name: { zh: '地图未标注审图号', en: 'Map without approval number' },
    messages: {
      missingNumber: {
        zh: '“{{what}}”未标注审图号。使用地图应采用标准地图或依法取得审图号的地图（第二十二条），请在图注中注明审图号。',
        en: 'The map ("{{what}}") has no approval number (审图号). Maps must be standard maps or carry an approval number (Art. 22); add it to the caption.',
      },
      badNumber: {
        zh: '审图号“{{value}}”格式不正确，应形如 GS(2024)0650号、GS京(2022)1061号 或 云S(2021)012号（第二十二条）。',
        en: 'The approval number "{{value}}" is malformed; it should look like GS(2024)0650号, GS京(2022)1061号 or 云S(2021)012号 (Art. 22).',
      },
      standardMapUnclear: {
        zh: '“{{what}}”注明来自标准地图服务，但未说明是否修改，也未标注审图号。修改过的标准地图须重新送审，请注明审图号（第二十二条）。',
        en: 'The map ("{{what}}") is credited to the standard map service but neither says it is unmodified nor gives an approval number. A modified standard map needs review again; add the 审图号 (Art. 22).',
      },
      standardMap: {
        zh: '“{{what}}”为未经修改的标准地图，建议同时标注其审图号（第二十二条）。',
        en: 'The map ("{{what}}") is an unmodified standard map; consider also giving its 审图号 (Art. 22).',
      },
    },
    options: z.object({}),
    examples: {
      valid: [
        { html: '<figure><img src="yunnan.png"><figcaption>云南省地图 审图号：云S（2021）012号</figcaption></figure>' },
        { html: '<p>全县上下齐心协力，绘就乡村振兴新“地图”。</p><img src="photo.jpg" alt="村民在田间劳作">' },
        { html: '<figure><img src="flow.png"><figcaption>不动产登记办理流程示意图</figcaption></figure>' },
      ],
      invalid: [
        { html: '<figure><img src="a.png"><figcaption>项目区位示意图</figcaption></figure>' },
        { html: '<p>下图为新建高速公路线路图。</p><img src="route.png">' },
        { html: '<figure><img src="b.png" alt="昆明市行政区划图"><figcaption>审图号：待定</figcaption></figure>' },
      ],
    },
  },
  check(context) {
    const { text, blocks } = context;
    const starts = lineStarts(text);
    let draftWide: boolean | undefined;
    const coveredByNote = () =>
      (draftWide ??= context.presence.mayMatch(BLANKET) && BLANKET.test(text) && evidenceIn(text).kind === 'number');
    // Where each text already judged with an image starts: the image's own caption line, and every
    // image finding. A caption or 附件 line starting there is not judged again.
    const judged = new Set<number>();
    // where the lines a caption finding was given for start (a plain-text draft's ▲ or 附件 line)
    const captioned = new Set<number>();
    if (context.images.length === 0) {
      captionLines(CAPTION_MARK, ATTACHMENT);
      pointedAt();
      return;
    }
    // The finding is about the image (the page outlines it): its range is the image's caption in the
    // text, the sentence beside it that names the map (`said`: 下图为…线路图), or the title that names
    // it, else empty where the image stands — never a neighbour's words.
    const report = (
      k: number,
      what: string,
      said: string | undefined,
      messageId: string,
      severity?: 'warn' | 'info',
      value = '',
      at?: [number, number],
    ) => {
      const image = context.images[k];
      const [start, end] = at ?? where(image, k, said);
      const label = at ? text.slice(...at) : labelOf(image, underLines[k]?.text ?? '', what);
      judged.add(start);
      context.report({ messageId, start, end, severity, data: { what: label, value }, target: { image: k } });
    };

    // Each image's own caption: its figcaption, or a marked line right under it (▲…示意图).
    // another figure's own caption is never the line under the image above it
    const figcaptions = new Set(context.images.flatMap((im) => (im.captionRange ? [blockStartingAt(blocks, im.captionRange[0])] : [])));
    const underLines = context.images.map((image) => captionUnder(image));
    const captionOf = new Set(underLines.map((u) => (u ? text.slice(...u.range) : '')));
    // A number in one image's own text belongs to that image, not to its neighbours.
    const owned = context.images.map((image, k) =>
      numbersIn(`${image.alt}\n${image.title}\n${image.caption}\n${underLines[k]?.text ?? ''}`),
    );
    // How many images own each number: counted once, so asking whether another image owns a
    // number is one lookup (a set of every other image's numbers per image was quadratic).
    const ownSets = owned.map((list) => new Set(list));
    const owners = new Map<string, number>();
    for (const set of ownSets) for (const n of set) owners.set(n, (owners.get(n) ?? 0) + 1);
    const ownedByOther = (n: string, k: number) => (owners.get(n) ?? 0) > (ownSets[k].has(n) ? 1 : 0);
    // A number in the text next to images clears one map: the first that needs it (each map needs its own).
    const claimed = new Set<string>();
    // A numbered series (线路一, 线路二) one of which carries a 审图号 under it: every image of it is a map.
    const series = seriesMaps();

    for (const [k, image] of context.images.entries()) {
      const under = underLines[k]?.text ?? '';
      const own = `${image.alt}\n${image.title}\n${image.caption}\n${under}`;
      // the caption line under another image is that image's, not prose about this one
      const near = image.context
        .split('\n')
        .filter((l) => !captionOf.has(l) || l === under)
        .join('\n');
      const named = mapWordOf(image, under, near);
      let what = named?.what ?? series[k];
      // an image only a sentence beside it calls a map (下图为…线路图): that sentence is its caption
      const said = named?.prose ? what : undefined;
      // 一图读懂：某某县区位图 — the one image of a draft, with no words of its own, is what the title names
      let at: [number, number] | undefined;
      if (!what && context.images.length === 1 && (!own.trim() || GENERIC_OWN.test(own.trim())) && blocks[0]?.kind === 'title') {
        what = METAPHOR.test(context.title) ? undefined : hasMapWord(context.title);
        if (what) at = trimRange(text, ...lineRange(text, starts, 0)!);
      }
      if (!what) continue;
      let evidence = evidenceIn(own);
      if (evidence.kind === 'none') {
        const nearby = numbersIn(image.context).filter((n) => !ownedByOther(n, k) && !claimed.has(n));
        if (nearby.length) claimed.add(nearby[0]);
        // a neighbour's captioned number, or one another map took, says nothing about this image
        evidence = nearby.length ? { kind: 'number' } : numbersIn(image.context).length ? { kind: 'none' } : evidenceIn(image.context);
      }
      // A note that covers the draft's maps (文中地图审图号：GS(2024)0650号) covers them all.
      if (evidence.kind === 'none' && coveredByNote()) evidence = { kind: 'number' };
      if (evidence.kind === 'number') continue;
      // The unmodified standard map is allowed as it is; giving its number is good practice (info).
      if (evidence.kind === 'standard')
        report(k, what, said, evidence.unmodified ? 'standardMap' : 'standardMapUnclear', evidence.unmodified ? 'info' : 'warn', '', at);
      else if (evidence.kind === 'badNumber') report(k, what, said, 'badNumber', undefined, evidence.value, at);
      else report(k, what, said, 'missingNumber', undefined, '', at);
    }
    // Maps a notice lists as attachments are published with it, shown here or not; an image's own
    // caption (附图1 …区位图 under it) was judged with the image.
    for (const [k, image] of context.images.entries()) {
      if (image.captionRange) judgeLine(blockStartingAt(blocks, image.captionRange[0]));
      const under = underLines[k];
      if (under) judgeLine(under.line);
    }
    captionLines(ATTACHMENT);

    /**
     * A draft pasted as plain text keeps its captions but not its images: a marked caption line
     * (▲宣威市地理位置示意图, 图1 …位置图) that names a map stands for the map it captioned.
     */
    function captionLines(...marks: RegExp[]) {
      for (let k = 0; k < starts.length; k++) {
        if (blocks[k]?.kind === 'title') continue;
        const [a, b] = lineRange(text, starts, k)!;
        // captions are short; a long line is prose (and is never rescanned here)
        if (b - a > CAPTION_MAX) continue;
        const [start, end] = trimRange(text, a, b);
        if (judged.has(start)) continue;
        const line = text.slice(a, b);
        if (!marks.some((mark) => mark.test(line))) continue;
        // …a bracket opening it (（图：志愿者在服务）…在手机地图上搜索) by its own words
        const what = hasMapWord(/^\s*\(图[^)\n]*\)/.exec(line)?.[0] ?? line);
        if (!what) continue;
        const next = lineRange(text, starts, k + 1);
        const more = next ? text.slice(next[0], Math.min(next[1], next[0] + 60)) : '';
        captioned.add(a);
        reportText(start, end, text.slice(start, end), evidenceIn(NUMBER_LINE.test(more) ? `${line}\n${more}` : line));
      }
    }

    /** A finding on the text itself (a caption line or a sentence), for a map not shown in the draft. */
    function reportText(start: number, end: number, what: string, evidence: Evidence) {
      if (evidence.kind === 'number' || (evidence.kind === 'none' && coveredByNote())) return;
      const data = { what, value: evidence.kind === 'badNumber' ? evidence.value : '' };
      if (evidence.kind === 'standard') {
        const messageId = evidence.unmodified ? 'standardMap' : 'standardMapUnclear';
        context.report({ messageId, start, end, severity: evidence.unmodified ? 'info' : 'warn', data });
      } else context.report({ messageId: evidence.kind === 'badNumber' ? 'badNumber' : 'missingNumber', start, end, data });
    }

    /**
     * A post whose images are not in the draft (a plain-text composer, a pasted text) says a map goes
     * with it: 具体线路走向详见附图, 下图为全县交通图, 分布图附后. Each sentence is read once.
     */
    function pointedAt() {
      // the title that names a map (…重点区域图) names the figure the body points at, once
      let titled = blocks[0]?.kind === 'title' && !METAPHOR.test(context.title) ? hasMapWord(context.title) : undefined;
      FIGURE_POINTER.lastIndex = 0;
      for (let m = FIGURE_POINTER.exec(text); m; m = FIGURE_POINTER.exec(text)) {
        const [a, b] = sentenceAt(text, m.index);
        FIGURE_POINTER.lastIndex = Math.max(b, m.index + 1);
        if (blocks[blockIndexAt(blocks, m.index)]?.kind === 'title' || captioned.has(a)) continue;
        // the sentence points at the figure: a map word anywhere in it names the map; a placeholder is named by
        // its own words (【图片：活动海报】…在地图APP搜索 shows no map)
        let what = hasMapWord(
          m[1]
            ? /^[^)\]】\n]*/.exec(text.slice(m.index, Math.min(b, m.index + 60)))![0]
            : text.slice(Math.max(a, m.index - 80), Math.min(b, m.index + 40)),
          /(?:)/,
        );
        if (!what) [what, titled] = [titled, undefined];
        if (what) reportText(...trimRange(text, a, b), what, evidenceIn(text.slice(m[1] ? Math.max(0, a - 120) : a, b + 60)));
      }
    }

    /** Marks line `k` (an image's own caption) as judged with its image. */
    function judgeLine(k: number) {
      const line = lineRange(text, starts, k);
      if (line) judged.add(trimRange(text, ...line)[0]);
    }

    /** Each image's label when it is one of a numbered series with a 审图号 on one of its images. */
    function seriesMaps(): (string | undefined)[] {
      const labels = context.images.map(
        (image, k) => [image.alt, image.title, image.caption, underLines[k]?.text ?? ''].map((l) => l.trim()).find((l) => l) ?? '',
      );
      const heads = labels.map((l) => SERIES.exec(l)?.[1]);
      const size = new Map<string, number>();
      const numbered = new Set<string>();
      for (const [k, head] of heads.entries()) {
        if (!head) continue;
        size.set(head, (size.get(head) ?? 0) + 1);
        const line = lineBelow(context.images[k])[1];
        if (owned[k].length || (line && numbersIn(text.slice(line[0], Math.min(line[1], line[0] + CAPTION_MAX))).length))
          numbered.add(head);
      }
      return heads.map((head, k) => (head && numbered.has(head) && size.get(head)! > 1 ? labels[k] : undefined));
    }

    /** The block right under the image and its line (where its caption would stand). */
    function lineBelow(image: DraftImage): [number, [number, number] | undefined] {
      let i = blockIndexAt(blocks, image.offset);
      // the block the image ends (its offset is that block's end) is the text above it
      while (i >= 0 && i < blocks.length && blocks[i].start < image.offset) i++;
      return [i, i >= 0 && i < blocks.length && blocks[i].kind !== 'title' ? lineRange(text, starts, i) : undefined];
    }

    /** The line right under the image when it is marked as its caption (▲…), with its range. */
    function captionUnder(image: DraftImage): { text: string; range: [number, number]; line: number } | undefined {
      if (image.captionRange) return undefined;
      const [i, line] = lineBelow(image);
      if (!line || figcaptions.has(i)) return undefined;
      const words = text.slice(line[0], line[1]);
      if (!CAPTION_MARK.test(words) && !(words.length <= CAPTION_MAX && (NAME_ONLY.test(words) || BRACKETED.test(words)))) return undefined;
      // 审图号 on the line after the caption belongs to it too
      const next = i + 1 < blocks.length && blocks[i + 1].kind !== 'title' ? lineRange(text, starts, i + 1) : undefined;
      const more = next ? text.slice(next[0], Math.min(next[1], next[0] + 60)) : '';
      return { text: NUMBER_LINE.test(more) ? `${words}\n${more}` : words, range: trimRange(text, ...line), line: i };
    }

    /**
     * The caption when it is in the body, else the marked line under the image, else the sentence
     * beside it that names the map (`said`: 下图为…线路图), else where the image stands.
     */
    function where(image: DraftImage, k: number, said?: string): [number, number] {
      if (image.captionRange) {
        const line = lineRange(text, starts, blockStartingAt(blocks, image.captionRange[0]));
        const range = line && trimRange(text, ...line);
        if (range && range[1] > range[0]) return range;
      }
      const under = underLines[k]?.range;
      if (under && under[1] > under[0]) return under;
      const i = said ? blockIndexAt(blocks, image.offset) : -1;
      if (i >= 0) {
        for (const b of [i, i + 1, i - 1]) {
          if (b < 0 || blocks[b]?.kind === 'title') continue;
          const line = lineRange(text, starts, b);
          if (!line) continue;
          const at = text.slice(line[0], line[1]).indexOf(said!);
          if (at >= 0) {
            const range = trimRange(text, ...sentenceAt(text, line[0] + at));
            if (range[1] > range[0]) return range;
          }
        }
      }
      return [image.offset, image.offset];
    }
  },
});
