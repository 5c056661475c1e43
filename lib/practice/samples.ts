/**
 * The practice page's library of sample drafts: every rule's own examples, taken from
 * the registry so the library follows the rules, and composite drafts written the way real posts
 * are — a 公示 list, an epidemic bulletin, a repost, a tourism post with a route map, a sponsored
 * event, and a clean notice that should pass — each with a corrected version to reveal.
 * Sample ids are stable and go into links: `rule:<ruleId>:<valid|invalid>:<n>`, `composite:<name>`.
 */
import type { Category, ExampleDraft, Localized, Rule } from '../engine/rule';
import { IMAGE_COMPOSITES } from './image-samples';

export interface SampleDraft {
  title: string;
  /** Body HTML as the practice editor loads it (paragraphs, figures with captions, links). */
  html: string;
}

export interface Sample {
  id: string;
  kind: 'example' | 'composite';
  /** Example samples: the rule they come from, whether they are a valid or invalid case, and which. */
  ruleId?: string;
  expect?: 'valid' | 'invalid';
  index?: number;
  /** Composite samples: their own name and the categories they teach. */
  name?: Localized;
  categories: Category[];
  draft: SampleDraft;
  /** The same draft corrected (composites), shown when the fix is revealed. */
  fixed?: SampleDraft;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** Plain text as editor paragraphs: one <p> per non-empty line, as draftFromText makes one block per line. */
export function textToHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** A rule example as a practice draft. */
export function exampleDraft(example: ExampleDraft): SampleDraft {
  if (typeof example === 'string') return { title: '', html: textToHtml(example) };
  return { title: example.title ?? '', html: example.html ?? textToHtml(example.text ?? '') };
}

export const exampleSampleId = (ruleId: string, expect: 'valid' | 'invalid', index: number) => `rule:${ruleId}:${expect}:${index}`;

/** Images the composites show (public/practice/): drawn for the projector, named as editors name files. */
const IMAGES = 'practice/';

const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

export const COMPOSITES: readonly Sample[] = [
  {
    id: 'composite:dibao-list',
    kind: 'composite',
    name: { zh: '公示名单：低保拟新增对象', en: 'Public list: new minimum-living-allowance recipients' },
    categories: ['personal-data'],
    draft: {
      title: '关于2026年第四季度城乡居民最低生活保障拟新增对象的公示',
      html: p(
        '根据《云南省最低生活保障工作规程》，经个人申请、入户调查、民主评议和审核，现将拟新增低保对象公示如下：',
        '1. 李建华，身份证号53010219850315123X，住址：盘龙区金辰街道金康园小区8栋2单元302室，联系电话13908711234。',
        '2. 王秀英，身份证号530111196207082345，住址：官渡区关上街道双桥村委会三组18号。',
        '公示期为7天。如有异议，请于公示期内向街道民政办反映，监督电话：0871-63123456。',
      ),
    },
    fixed: {
      title: '关于2026年第四季度城乡居民最低生活保障拟新增对象的公示',
      html: p(
        '根据《云南省最低生活保障工作规程》，经个人申请、入户调查、民主评议和审核，现将拟新增低保对象公示如下：',
        '1. 李某华，身份证号5301**********123X，盘龙区金辰街道金康园社区。',
        '2. 王某英，身份证号5301**********2345，官渡区关上街道双桥村委会。',
        '公示期为7天。如有异议，请于公示期内向街道民政办反映，监督电话：0871-63123456。',
      ),
    },
  },
  {
    id: 'composite:epidemic-bulletin',
    kind: 'composite',
    name: { zh: '疫情通报', en: 'Epidemic bulletin' },
    categories: ['personal-data', 'approval'],
    draft: {
      title: '关于新增1例本土确诊病例的情况通报',
      html: p(
        '11月20日0—24时，我县新增本土确诊病例1例。',
        '确诊病例：患者张丽萍，女，43岁，居住于城关镇阳光花园小区3幢1单元601室，系外省返乡人员的密切接触者，现已转运至定点医院隔离治疗。',
        '请11月15日以来与该病例有活动轨迹交集的人员主动向所在社区报告，咨询电话：0872-3121120。',
      ),
    },
    fixed: {
      title: '关于新增1例本土确诊病例的情况通报',
      html: p(
        '11月20日0—24时，我县新增本土确诊病例1例。',
        '确诊病例：张某，女，43岁，居住于城关镇阳光花园小区，系外省返乡人员的密切接触者，现已转运至定点医院隔离治疗。',
        '请11月15日以来与该病例有活动轨迹交集的人员主动向所在社区报告，咨询电话：0872-3121120。',
      ),
    },
  },
  {
    id: 'composite:repost',
    kind: 'composite',
    name: { zh: '转载稿件', en: 'A repost' },
    categories: ['source'],
    draft: {
      title: '我省出台促进消费十条措施',
      html: p(
        '原标题：多措并举激发消费活力 我省出台促消费十条措施',
        '近日，省商务厅等部门联合出台促进消费十条措施，从汽车、家电、文旅等方面提出具体举措，进一步释放消费潜力。',
        '（编辑：李某）',
      ),
    },
    fixed: {
      title: '我省出台促进消费十条措施',
      html: p(
        '原标题：多措并举激发消费活力 我省出台促消费十条措施',
        '来源：云南日报',
        '近日，省商务厅等部门联合出台促进消费十条措施，从汽车、家电、文旅等方面提出具体举措，进一步释放消费潜力。',
        '（编辑：李某）',
      ),
    },
  },
  {
    id: 'composite:tourism-route',
    kind: 'composite',
    name: { zh: '文旅推介：自驾线路图', en: 'Tourism post with a route map' },
    categories: ['map', 'commercial'],
    draft: {
      title: '春节假期滇西北自驾游线路推荐',
      html:
        p('春节假期将至，县文化和旅游局为广大游客推荐滇西北自驾精品线路，沿途可欣赏苍山洱海、玉龙雪山等美景。') +
        `<figure><img src="${IMAGES}route-map.svg" alt="大理至丽江自驾线路"><figcaption>大理—丽江自驾线路示意图</figcaption></figure>` +
        p('入住合作酒店可享八折优惠，扫码下单立减50元，订购热线：0888-5123456。', '出行前请关注天气和路况信息，注意行车安全。'),
    },
    fixed: {
      title: '春节假期滇西北自驾游线路推荐',
      html:
        p('春节假期将至，县文化和旅游局为广大游客推荐滇西北自驾精品线路，沿途可欣赏苍山洱海、玉龙雪山等美景。') +
        `<figure><img src="${IMAGES}route-map.svg" alt="大理至丽江自驾线路"><figcaption>大理—丽江自驾线路示意图 审图号：云S（2024）012号</figcaption></figure>` +
        p('出行前请关注天气和路况信息，注意行车安全。'),
    },
  },
  {
    id: 'composite:sponsored-event',
    kind: 'composite',
    name: { zh: '冠名赞助的活动', en: 'A sponsored event' },
    categories: ['commercial'],
    draft: {
      title: '2026滇池半程马拉松3月开跑',
      html: p(
        '由市体育局主办的2026滇池半程马拉松将于3月15日鸣枪开跑，赛事设半程马拉松、10公里跑和健康跑三个项目。',
        '本次赛事由某某乳业独家冠名，现在报名即送品牌运动礼包，全网最低价，扫码下单！',
        '关注本公众号并转发本条消息，抽取20名网友送出赛事纪念奖牌。',
      ),
    },
    fixed: {
      title: '2026滇池半程马拉松3月开跑',
      html: p(
        '由市体育局主办的2026滇池半程马拉松将于3月15日鸣枪开跑，赛事设半程马拉松、10公里跑和健康跑三个项目。',
        '报名方式和参赛须知请见市体育局官网通知。',
      ),
    },
  },
  {
    id: 'composite:clean-notice',
    kind: 'composite',
    name: { zh: '合规通知（无问题）', en: 'A clean notice (nothing to find)' },
    categories: [],
    draft: {
      title: '关于元旦假期政务服务安排的通知',
      html: p(
        '元旦假期（1月1日至1月3日）期间，市政务服务中心暂停现场办理业务，网上办事大厅正常受理。',
        '急需办理的事项，可拨打政务服务便民热线12345咨询，或发送邮件至 zwfw@km.gov.cn。',
        '1月4日起恢复正常办公，请合理安排办事时间。',
      ),
    },
  },
];

/** Every rule's examples as samples, invalid cases first (those are what a trainer shows). */
export function exampleSamples(rules: readonly Rule[]): Sample[] {
  const out: Sample[] = [];
  for (const rule of rules) {
    for (const expect of ['invalid', 'valid'] as const) {
      rule.meta.examples[expect].forEach((example, index) =>
        out.push({
          id: exampleSampleId(rule.meta.id, expect, index),
          kind: 'example',
          ruleId: rule.meta.id,
          expect,
          index,
          categories: [rule.meta.category],
          draft: exampleDraft(example),
        }),
      );
    }
  }
  return out;
}

/** The whole library: composites (those with problems inside their images after the others), then each rule's examples. */
export function sampleLibrary(rules: readonly Rule[]): Sample[] {
  return [...COMPOSITES, ...IMAGE_COMPOSITES, ...exampleSamples(rules)];
}

export function findSample(library: readonly Sample[], id: string | null | undefined): Sample | undefined {
  return id ? library.find((s) => s.id === id) : undefined;
}
