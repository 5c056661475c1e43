import { z } from 'zod/mini';
import { defineRule, type RuleContext, type Report } from '../engine/rule';
import { before } from './support/personal-context';

/**
 * The fine-grained end of an address (§A.11): door, courtyard, building, unit, floor and room
 * numbers, one after another (12号院3号楼2单元401室, 3栋2单元401). Chinese numerals are accepted
 * only before units that are never counts in prose (三栋 is, but 三楼 is "the third floor").
 * Matched sticky from the number before a unit character, which the scan finds first: unit
 * characters are rare, so the text is not tried at every digit.
 */
const DETAIL =
  /(?:(?:\d{1,5}(?:-\d{1,5}){0,2}|[A-Z]{1,2})(?:号院|号楼|栋|幢|座|单元|层|楼|室|号|组)|[一二三四五六七八九十]{1,3}(?:号院|号楼|栋|幢|单元))+(?:\d{3,4}(?![\d.]))?/y;
const UNIT_CHAR = /[号栋幢座单层楼室组]/g;
const CHAIN_CHAR = /[0-9A-Z一二三四五六七八九十-]/;
/** Building-unit-room written with dashes right after the estate: 福海小区12-3-502. */
const DASHED = /[区园苑村里城府湾寓舍](\d{1,3}-\d{1,3}-\d{3,4})(?![\d-])/g;
const UNIT = /号院|号楼|栋|幢|座|单元|层|楼|室|号|组/g;
/**
 * Characters an address is written with; the backward scan stops at anything else. × stands for a
 * place name masked with ×× (××镇, ××街道): it is the head of the address all the same.
 */
const ADDRESS_CHAR = /[\u4e00-\u9fa5A-Za-z0-9·×-]/;
/** 住 as living somewhere, not inside a department's name (住建, 住房城乡建设, 住房公积金). */
const LIVES = '住(?!建|房(?:和|城乡|公积金|保障))';
/** Words that end what comes before an address: the address starts after the last of them. */
const LEAD = new RegExp(
  `家住|现住|现居住|现居|居住在|居住于|居住|租住|暂住|住在|住于|住址|住所|家庭住址|家庭地址|户籍地|户籍|其家|家中|地址|位于|来自|返回|前往|到访|到达|途经|抵达|去往|回到|${LIVES}|到|至|在|于|从|往|去|了|是|为|系|的|及|与|、`,
  'g',
);
/**
 * The address is where someone lives (§A.11 personal-context anchors), a household's home named as such too
 * (新家地址, 他家在, 老宅位于, 家庭地址, 户主; not 新家具城), 住 as LIVES.
 */
const HOME = new RegExp(
  `${LIVES}|户籍|其家|家中|家位于|收货|收件|寄递|送达|家庭(?:地址|住址)|新家(?![具电])|老家|老宅|[他她]家(?:就?在|位于)|户主`,
);
/** A unit's or venue's address is public (§A.11). */
const ORG =
  /政府|局|委员会|办公|中心|医院|卫生院|学校|学院|大学|中学|小学|幼儿园|银行|公司|酒店|宾馆|大厦|大楼|会议|服务|派出所|法院|检察院|警务|馆|站|所|厂|店|集团|广场|市场|商场|写字楼|产业园|园区|基地|景区|车间|超市|营业厅|办事处|居委会|村委会大院/;
const ORG_LABEL =
  /办公地址|办公地点|办事地点|办理地点|受理地点|服务地点|报名地点|活动地点|会议地点|举办地点|集合地点|接种地点|采样点|营业地址|经营场所|经营地址|注册地址|通讯地址|邮寄地址[:：]?[^\n]{0,4}(?:局|委|办|中心)/;
/** Where a residential address's place part ends (路, 村, 小区, 苑 …). */
const LOCALITY_END = /(?:路|街|巷|弄|道|村|组|社区|小区|苑|园|里|坊|寨|庄|屯|城|府|湾|院|公寓|宿舍|片区|大道)$/;
const LOCALITY = /路|街|巷|弄|村|社区|小区|苑|花园|家园|城|府|湾|寨|庄|公寓|宿舍|新区|镇|乡|县|区/;

/** A whole territory (全县, 对全乡): what follows it is a count, not a door number; 全 inside a name (万全村) is not. */
const WHOLE = /(?:^|[^\u4e00-\u9fa5]|[对在])全[省州市县区镇乡村]/;

/** Art. 24: a home address down to the door, building, unit or room must be coarsened. */
export default defineRule({
  meta: {
    id: 'no-detailed-address',
    category: 'personal-data',
    defaultSeverity: 'block',
    basis: [{ article: 24 }, { article: 40 }],
    name: { zh: '详细住址未脱敏', en: 'Detailed home address' },
    messages: {
      address: {
        zh: '详细住址“{{value}}”未脱敏（第二十四条：个人隐私应去标识化处理）。',
        en: 'Detailed home address "{{value}}" is not de-identified (Art. 24: personal privacy must be de-identified).',
      },
      mask: { zh: '删去门牌号，改为“{{masked}}”', en: 'Drop the door number: "{{masked}}"' },
    },
    options: z.object({}),
    hasSuggestions: true,
    examples: {
      valid: ['办公地址：昆明市呈贡区锦绣大街8号', '确诊病例曾到访官渡区关上街道某小区', '新建3栋12层住宅楼'],
      invalid: ['患者李某某家住盘龙区金星小区3栋2单元401室。', '张某某，住勐海县勐混镇曼国村委会曼国村民小组23号'],
    },
  },
  check(context) {
    const { text } = context;
    // the cells under a 住址 header (家庭住址, 现住址 …) of a table: homes, with no home word beside them
    const columns = new Set<string>();
    let homes: Uint8Array | undefined;
    for (const { cell, start, end } of context.blocks) {
      if (!cell) continue;
      const key = `${cell.table}:${cell.column}`;
      if (/住址|住所|居住地|家庭地址/.test(text.slice(start, end))) columns.add(key);
      else if (columns.has(key)) (homes ??= new Uint8Array(text.length)).fill(1, start, end);
    }
    const chains: [number, number][] = [];
    UNIT_CHAR.lastIndex = 0;
    for (let m = UNIT_CHAR.exec(text); m; m = UNIT_CHAR.exec(text)) {
      let start = m.index;
      while (start > 0 && m.index - start < 16 && CHAIN_CHAR.test(text[start - 1])) start--;
      if (start === m.index) continue;
      DETAIL.lastIndex = start;
      if (!DETAIL.test(text)) continue;
      chains.push([start, DETAIL.lastIndex]);
      UNIT_CHAR.lastIndex = DETAIL.lastIndex;
    }
    DASHED.lastIndex = 0;
    for (let m = DASHED.exec(text); m; m = DASHED.exec(text)) chains.push([m.index + 1, m.index + m[0].length]);
    // A later chain's lead can reach back over an earlier address (兴隆路56号…小区3幢1单元601室):
    // of overlapping candidates only the widest is reported.
    const found = chains
      .map(([chainStart, chainEnd]) => addressAt(context, chainStart, chainEnd, homes?.[chainStart]))
      .filter((r) => r !== null);
    found.sort((x, y) => x.start - y.start || y.end - x.end);
    let until = -1;
    for (const r of found) {
      if (r.start < until) continue;
      context.report(r);
      until = r.end;
    }
  },
});

/**
 * A lone door number on a lane (青石巷7号, 柳营弄16号: lanes are lined with homes) is a home, unless a venue or a unit is
 * at it (翠湖巷5号茶馆, 居委会（幸福巷6号）, 纪念馆位于/投票站设在…巷3号) or it bounds a range or a road section
 * (文化巷1号至30号, 文庙巷5号路段施工). `place` is the lane, from `start`; the address chain was read back to `scan`.
 */
function laneHome(text: string, place: string, scan: number, start: number, chainEnd: number): boolean {
  if (!/[巷弄]$/.test(place)) return false;
  const after = text.slice(chainEnd, chainEnd + 6);
  if (ORG.test(after) || /^[至到~—-]\d|路段|施工/.test(after)) return false;
  if (/(?:位于|址[:：]?|设[在于]|落[在于])$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  return !(/[（(]/.test(text[scan - 1]) && ORG.test(text.slice(Math.max(0, scan - 7), scan - 1)));
}

function addressAt(context: RuleContext<unknown>, chainStart: number, chainEnd: number, homeCell?: number): Report | null {
  const { text } = context;
  const chain = text.slice(chainStart, chainEnd);
  if (chainStart > 0 && /[0-9A-Za-z]/.test(text[chainStart - 1])) return null;
  const units: string[] = chain.match(UNIT) ?? [];
  const dashed = /^\d+-\d+-\d+$/.test(chain);
  // a building and its stairwell with no door, floor or room (3幢2单元, 5号楼1单元) name a block, not a household: it
  // needs a home word (改造3栋2单元加装电梯, an allocation list's 配租房源 are no one's address as written)
  const block = /^(?:[栋幢座]|单元|号[楼院])+$/.test(units.join(''));
  const strong = dashed || units.includes('室') || (units.length >= 2 && !block) || /\d{3,4}$/.test(chain);
  // A lone floor or group number is a count or a storey in prose, never a home on its own.
  if (!strong && /^(?:层|楼|组)$/.test(units[0] ?? '')) return null;
  // a lone building number followed by what is counted (3座桥, 2栋新房, 6栋楼的电梯) is a count: an address goes on with
  // a unit, 的 or a break
  if (
    !strong &&
    units.length === 1 &&
    /^[座栋幢]$/.test(units[0]) &&
    /[\u4e00-\u9fa5]/.test(text[chainEnd] ?? '') &&
    text[chainEnd] !== '的'
  )
    return null;

  let scan = chainStart;
  while (scan > 0 && chainStart - scan < 40 && ADDRESS_CHAR.test(text[scan - 1])) scan--;
  const lead = text.slice(scan, chainStart);
  let start = scan;
  LEAD.lastIndex = 0;
  for (let l = LEAD.exec(lead); l; l = LEAD.exec(lead)) start = scan + l.index + l[0].length;
  const place = text.slice(start, chainStart);
  const context20 = before(text, start, 20);
  // a home word counts in the address's own sentence, not in the line before (…即可入住！\n售楼处地址：…)
  const home =
    homeCell ||
    HOME.test(text.slice(scan, start)) ||
    HOME.test(context20.slice(Math.max(context20.lastIndexOf('\n'), context20.lastIndexOf('。'), context20.lastIndexOf('!')) + 1));
  // a place ending in a village, an estate or a dormitory is where people live, whatever its name holds (前所村, 三家店社区)
  if ((!/(?:村|组|社区|小区|苑|花园|家园|公寓|宿舍)$/.test(place) && ORG.test(place)) || ORG_LABEL.test(context20)) return null;
  // a whole territory (全县136座水库, 全区共有326栋自建房) counts facilities: no address starts from it
  if (WHOLE.test(place)) return null;
  const placed = LOCALITY.test(place) || LOCALITY_END.test(place);
  // A door number in a 村民小组 (小田坝组27号) or on a lane is a household; elsewhere a lone number needs a home keyword.
  const household = units[0] === '号' && (/组$/.test(place) || (units.length === 1 && laneHome(text, place, scan, start, chainEnd)));
  if (!(strong ? placed || home : household || (home && placed))) return null;

  return {
    messageId: 'address',
    start,
    end: chainEnd,
    data: { value: text.slice(start, chainEnd) },
    suggestions: [{ messageId: 'mask', data: { masked: place }, edits: [{ start: chainStart, end: chainEnd, text: '' }] }],
  };
}
