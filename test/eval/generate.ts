/**
 * `npx tsx test/eval/generate.ts`: writes the templated part of the corpus (test/fixtures/corpus/
 * gen-*.json). Each template is a kind of draft a county, city or provincial account publishes,
 * with slots varied by a seeded generator (places, people, numbers, wording). The label is
 * written with the template, from what a careful reviewer would flag under the measures — never
 * from what the checker reports. Rerunning gives the same files.
 *
 * People, phone, ID and card numbers are synthetic: IDs carry a valid check character and cards a
 * valid Luhn digit so that they look real to the checker, but belong to nobody.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusEntry } from './corpus';
import { CORPUS_DIR } from './corpus';

let seed = 20261206;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');

const COUNTIES = [
  '宣威市',
  '会泽县',
  '弥勒市',
  '建水县',
  '祥云县',
  '宾川县',
  '勐海县',
  '腾冲市',
  '泸西县',
  '永胜县',
  '禄丰市',
  '砚山县',
  '镇雄县',
  '彝良县',
  '双江县',
  '凤庆县',
  '鹤庆县',
  '澄江市',
  '富民县',
  '师宗县',
];
const TOWNS = ['城关镇', '龙泉街道', '新街镇', '板桥镇', '中和镇', '勐混镇', '太平镇', '大营街道', '沙河乡', '石门乡'];
const VILLAGES = ['大坪村', '小河村', '龙潭村', '新民村', '和平村', '团结村', '曼国村', '三家村', '长坡村', '水井村'];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '罗',
  '高',
  '林',
  '段',
  '普',
  '和',
  '刀',
  '岩',
];
const GIVEN2 = [
  '建国',
  '秀英',
  '志强',
  '丽华',
  '德明',
  '桂芳',
  '文华',
  '玉兰',
  '明亮',
  '春梅',
  '国富',
  '海燕',
  '家福',
  '翠花',
  '永红',
  '金凤',
  '学文',
  '正荣',
  '朝阳',
  '云霞',
];
const GIVEN1 = ['芳', '勇', '军', '敏', '静', '强', '磊', '洋', '艳', '涛'];
const PRODUCTS = [
  ['蓝莓', '斤'],
  ['石榴', '斤'],
  ['核桃', '斤'],
  ['普洱茶', '饼'],
  ['鲜花饼', '盒'],
  ['野生菌', '斤'],
  ['小粒咖啡', '袋'],
  ['火腿', '只'],
  ['褚橙', '箱'],
  ['软籽石榴', '箱'],
] as const;
const DATES = [
  '1月8日',
  '2月21日',
  '3月15日',
  '4月2日',
  '5月12日',
  '6月3日',
  '7月19日',
  '8月26日',
  '9月9日',
  '10月17日',
  '11月5日',
  '12月11日',
];
const OFFICES = [
  '县发展和改革局',
  '县住房和城乡建设局',
  '县农业农村局',
  '县文化和旅游局',
  '县卫生健康局',
  '县教育体育局',
  '县应急管理局',
  '县市场监督管理局',
];
const PLANS = [
  '乡村振兴示范村建设',
  '城乡人居环境整治提升',
  '高原特色农业现代化',
  '农村供水保障',
  '义务教育优质均衡发展',
  '县域商业体系建设',
  '新能源产业发展',
];

const person = () => pick(SURNAMES) + (random() < 0.7 ? pick(GIVEN2) : pick(GIVEN1));
const masked = (name: string) => name[0] + (name.length > 2 ? '某某' : '某');
const mobile = () => `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
const landline = () => `087${int(0, 9)}-${int(2, 8)}${digits(6)}`;
const money = () => `${int(1, 90)}.${int(1, 9)}`;

function idNumber(): string {
  const region = pick(['530102', '530302', '530381', '532901', '532522', '530521', '530623', '533102', '532823', '530402']);
  const year = int(1950, 2005);
  const month = String(int(1, 12)).padStart(2, '0');
  const day = String(int(1, 28)).padStart(2, '0');
  const body = `${region}${year}${month}${day}${digits(3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

function bankCard(): string {
  const body = `622202${digits(9)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

type Label = CorpusEntry['expect'];
interface Draft {
  kind: string;
  title: string;
  text?: string;
  html?: string;
  platform?: string;
  expect: Partial<Label>;
}
type Template = () => Draft;

const span = (rule: string, text: string) => ({ rule, text });

/** Templates by genre. Every label is the reviewer's judgement of the wording the template writes. */
const GENRES: Record<string, { count: number; make: Template }[]> = {
  meeting: [
    {
      count: 14,
      make: () => {
        const c = pick(COUNTIES);
        const d = pick(DATES);
        const topic = pick(['安全生产', '森林防灭火', '招商引资', '营商环境', '河湖长制', '民族团结进步示范创建', '巩固拓展脱贫攻坚成果']);
        return {
          kind: '会议新闻',
          title: `${c}召开${topic}工作推进会`,
          text: `${d}，${c}召开${topic}工作推进会，总结前一阶段工作，安排部署下一步重点任务。会议强调，各乡镇、各部门要提高政治站位，压实工作责任，细化工作举措，确保各项任务落地见效。县委副书记、县长${person()}出席会议并讲话。`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const plan = pick(PLANS);
        return {
          kind: '常务会议',
          title: `${c}政府第${int(20, 60)}次常务会议召开`,
          text: `会议审议并原则通过了《${c}${plan}三年行动方案（2025—2027年）》，要求相关部门抓紧修改完善后印发实施。会议还研究了其他事项。`,
          expect: { categories: [], requiredApproval: 'important' },
        };
      },
    },
  ],
  notice: [
    {
      count: 12,
      make: () => {
        const c = pick(COUNTIES);
        const n = int(3, 15);
        return {
          kind: '执法通报',
          title: `${c}市场监管局通报${n}起违法案件`,
          text: `近期，${c}市场监督管理局依法查处${n}起食品安全违法案件。其中，当事人${masked(person())}经营超过保质期的食品，被处以罚款${int(2, 9)}000元，没收违法所得。市场监管部门提醒广大经营者，要严格落实食品安全主体责任。`,
          expect: { categories: [], requiredApproval: 'important' },
        };
      },
    },
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const name = person();
        return {
          kind: '纪检通报',
          title: `${c}纪委监委通报${int(2, 4)}起违反中央八项规定精神典型问题`,
          text: `1.${c}${pick(TOWNS)}党委原副书记${name}违规收受礼金问题。${int(2019, 2023)}年至${int(2024, 2025)}年，${name}多次收受管理服务对象所送礼金共计${int(1, 9)}.${int(1, 9)}万元。${name}受到党内严重警告处分，违纪所得被收缴。`,
          expect: { categories: [], requiredApproval: 'major' },
        };
      },
    },
    {
      count: 8,
      make: () => {
        const school = `${pick(COUNTIES)}第${pick(['一', '二', '三'])}中学`;
        const pupil = person();
        return {
          kind: '学校处分通报',
          title: `关于对学生违纪行为的处理通报`,
          text: `${school}初二年级学生${pupil}在校内多次与同学发生冲突，经学校研究，给予${pupil}警告处分。希望全体同学引以为戒，遵守校规校纪。`,
          expect: {
            spans: [span('no-personal-name', pupil), span('no-personal-name', pupil)],
            categories: ['personal-data'],
            requiredApproval: 'general',
          },
        };
      },
    },
  ],
  publicity: [
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const name = person();
        return {
          kind: '任前公示',
          title: `${c}县管领导干部任前公示`,
          text: `经县委研究，拟提拔任用以下同志，现予以公示：\n${name}，男，汉族，${int(1975, 1988)}年${int(1, 12)}月生，中共党员，大学学历，现任${pick(OFFICES)}副局长，拟任${pick(OFFICES)}局长。\n公示期间，如有问题，请向县委组织部反映。举报电话：${landline()}。`,
          expect: { categories: [], requiredApproval: 'important' },
        };
      },
    },
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const a = person();
        const b = person();
        const ida = idNumber();
        return {
          kind: '救助公示',
          title: `${c}${pick(TOWNS)}2025年第${int(1, 4)}季度临时救助对象公示`,
          text: `根据《云南省临时救助实施办法》，经审核，拟对以下困难群众给予临时救助，现予公示：\n1. ${a}，${pick(VILLAGES)}，因病致困，救助金额${int(5, 30)}00元，身份证号${ida}\n2. ${b}，${pick(VILLAGES)}，因灾致困，救助金额${int(5, 30)}00元\n公示期7天。`,
          expect: { spans: [span('no-unmasked-id-number', ida)], categories: ['personal-data'], requiredApproval: 'important' },
        };
      },
    },
    {
      count: 8,
      make: () => {
        const c = pick(COUNTIES);
        const names = [person(), person(), person()];
        return {
          kind: '表彰决定',
          title: `关于表彰${c}2025年度优秀护林员的决定`,
          text: `为表彰先进、树立典型，县人民政府决定，授予${names.join('、')}等同志“优秀护林员”称号。希望受表彰的同志珍惜荣誉，再接再厉。`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
  ],
  recruitment: [
    {
      count: 12,
      make: () => {
        const c = pick(COUNTIES);
        const teacher = pick(SURNAMES);
        return {
          kind: '招聘公告',
          title: `${c}2025年公开招聘城市社区工作者公告`,
          text: `一、招聘岗位：社区工作者${int(10, 60)}名。二、报名时间：${pick(DATES)}至${pick(DATES)}。三、报名方式：现场报名，报名不收取任何费用。咨询电话：${landline()}，联系人：${teacher}老师。`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 8,
      make: () => {
        const name = person();
        const tel = mobile();
        return {
          kind: '拟聘用人员公示',
          title: `${pick(COUNTIES)}卫生健康局2025年拟聘用人员公示`,
          text: `根据招聘公告，经考试、考察和体检，拟聘用以下人员：\n${name}，女，${int(1995, 2002)}年生，本科，拟聘岗位：护理。联系电话：${tel}\n公示期5个工作日。`,
          expect: { spans: [span('no-unmasked-mobile', tel)], categories: ['personal-data'], requiredApproval: 'important' },
        };
      },
    },
  ],
  missing: [
    {
      count: 12,
      make: () => {
        const name = person();
        const tel = mobile();
        return {
          kind: '寻人启事',
          title: '寻人启事',
          text: `${name}，男，${int(65, 88)}岁，${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}人，患有阿尔茨海默病，于${pick(DATES)}上午离家后走失。走失时身穿蓝色外套。如有知情者，请联系其家属，电话${tel}。`,
          expect: {
            spans: [span('no-personal-name', name), span('no-unmasked-mobile', tel)],
            categories: ['personal-data'],
            requiredApproval: 'general',
          },
        };
      },
    },
    {
      count: 6,
      make: () => {
        const name = person();
        return {
          kind: '寻亲（已找到）',
          title: '暖心！走失老人平安回家',
          text: `${pick(DATES)}，${pick(COUNTIES)}公安局${pick(TOWNS)}派出所接到群众求助，一名老人在街头徘徊。民警耐心安抚，多方查询，最终联系上老人家属。老人名叫${name}，今年${int(70, 90)}岁。`,
          expect: { spans: [span('no-personal-name', name)], categories: ['personal-data'], requiredApproval: 'general' },
        };
      },
    },
  ],
  farming: [
    {
      count: 12,
      make: () => {
        const [p] = pick(PRODUCTS);
        const c = pick(COUNTIES);
        return {
          kind: '助农新闻',
          title: `${c}${p}喜获丰收`,
          text: `眼下，${c}${int(2, 9)}万亩${p}进入采收期，预计产量${int(1, 9)}万吨，产值${money()}亿元。近年来，${c}通过“企业+合作社+农户”模式，带动${int(1, 9)}千余户群众增收。`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 12,
      make: () => {
        const [p, unit] = pick(PRODUCTS);
        const price = int(19, 99);
        const variant = int(0, 3);
        const lines = [
          `${p}原价${price + 20}元/${unit}，现价${price}元/${unit}，扫码下单，包邮到家！`,
          `高品质${p}限时特价${price}元一${unit}，即可下单，数量有限。`,
          `${p}新品上市，全场8折起，满200减30，欢迎选购！订购电话：${landline()}`,
          `有需要的朋友可以直接联系店主购买，${p}每${unit}${price}元，微信号同手机。`,
        ];
        return {
          kind: '商户促销（转发）',
          title: pick([`${p}上市啦`, `好消息！${p}开售`, '产品推介']),
          text: lines[variant],
          expect: { categories: ['commercial'], requiredApproval: 'general' },
        };
      },
    },
  ],
  tourism: [
    {
      count: 12,
      make: () => {
        const c = pick(COUNTIES);
        return {
          kind: '文旅资讯',
          title: `${c}${pick(['古镇', '湿地公园', '温泉', '茶园'])}游玩攻略`,
          text: `${c}${pick(['古镇', '湿地公园', '茶马古道遗址'])}开放时间为每日8:30至18:00，门票${int(30, 80)}元/人，60周岁以上老人凭身份证免票。景区旅游咨询电话：${landline()}。游客朋友们请文明旅游，错峰出行。`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const v = int(0, 2);
        const ad = [
          `${c}某某度假酒店暑期特惠：入住立减100元，亲子套房仅需388元/晚，预订热线${landline()}，预订从速！`,
          `${c}某某温泉双人票限时抢购，原价298元，现价168元，点击下方链接购买。`,
          `转发本条微博并关注@${c}文旅，抽3位网友送景区门票！`,
        ][v];
        return {
          kind: '文旅推广（含广告）',
          title: `${c}文旅推荐`,
          text: `${c}山清水秀，四季如春，是休闲度假的好去处。\n${ad}`,
          expect: { categories: ['commercial'], requiredApproval: 'general' },
        };
      },
    },
  ],
  disaster: [
    {
      count: 12,
      make: () => {
        const c = pick(COUNTIES);
        const d = pick(DATES);
        const v = int(0, 3);
        const event = [
          `${d}凌晨，${c}${pick(TOWNS)}突降暴雨，引发山洪灾害，造成${int(2, 5)}人失联`,
          `${d}${int(1, 23)}时${int(10, 59)}分，${c}发生${int(4, 6)}.${int(1, 9)}级地震，震源深度${int(8, 12)}千米，目前已造成${int(1, 3)}人受伤`,
          `受持续强降雨影响，${c}${pick(TOWNS)}发生山体滑坡，致${int(1, 3)}死${int(1, 5)}伤`,
          `${d}，${c}${pick(TOWNS)}一处民房因泥石流倒塌，${int(1, 2)}名村民不幸遇难`,
        ][v];
        return {
          kind: '灾情通报',
          title: `${c}${pick(['灾情', '汛情', '突发地质灾害'])}情况通报`,
          text: `${event}。灾情发生后，县委、县政府第一时间启动应急响应，组织应急、消防、公安等力量开展搜救，目前各项处置工作正有序推进。`,
          expect: { categories: [], requiredApproval: 'major' },
        };
      },
    },
    {
      count: 8,
      make: () => {
        const c = pick(COUNTIES);
        const v = int(0, 2);
        const draft = [
          {
            title: `${c}“8·3”地震十周年：新家园新生活`,
            text: `十年前的那场地震，让${c}遭受重创，造成重大人员伤亡。十年来，在党中央和省委、省政府关心支持下，灾区群众住上了安全住房，产业蓬勃发展。`,
          },
          {
            title: `致抗洪救灾中伸出援手的爱心企业和社会各界的感谢信`,
            text: `今年7月，${c}遭受严重洪涝灾害。灾情发生后，社会各界纷纷伸出援手，捐款捐物。在此，谨向所有关心支持${c}抗洪救灾的单位和个人表示衷心感谢！`,
          },
          {
            title: `安全生产警示教育：以案为鉴`,
            text: `近日，外省某地一化工企业发生爆炸事故，造成${int(3, 9)}人死亡。各企业要深刻吸取教训，举一反三，全面开展安全隐患排查整治。`,
          },
        ][v];
        return { kind: '回顾/致谢/警示教育', ...draft, expect: { categories: [], requiredApproval: 'general' } };
      },
    },
    {
      count: 6,
      make: () => {
        const c = pick(COUNTIES);
        return {
          kind: '防灾演练',
          title: `${c}开展地震应急疏散演练`,
          text: `5·12防灾减灾日前夕，${c}在县第一中学开展地震应急疏散演练，${int(800, 2000)}余名师生参加。演练模拟发生6.0级地震，师生按照预案有序疏散至操场。`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
  ],
  epidemic: [
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const name = person();
        const v = int(0, 1);
        const text = v
          ? `${pick(DATES)}，${c}报告1例输入性登革热确诊病例。患者${name}，近期有境外旅居史，现已在定点医院隔离治疗。`
          : `${pick(DATES)}，${c}报告1例输入性登革热确诊病例。患者${masked(name)}，近期有境外旅居史，现已在定点医院隔离治疗。`;
        return {
          kind: '疫情通报',
          title: `${c}关于1例输入性登革热病例的情况通报`,
          text,
          expect: v
            ? { spans: [span('no-personal-name', name)], categories: ['personal-data'], requiredApproval: 'major' }
            : { categories: [], requiredApproval: 'major' },
        };
      },
    },
    {
      count: 8,
      make: () => ({
        kind: '健康科普',
        title: pick(['夏季如何预防登革热', '秋冬季流感防治小贴士', '野生菌中毒预防提示']),
        text: `${pick(['夏季是蚊媒传染病高发季节', '秋冬季是呼吸道传染病高发季节', '雨季来临，野生菌大量上市'])}，请广大群众注意个人卫生，做好防护。如出现发热等症状，请及时到正规医疗机构就诊。`,
        expect: { categories: [], requiredApproval: 'general' },
      }),
    },
  ],
  enforcement: [
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        return {
          kind: '交通执法',
          title: `${c}交警开展夜查行动`,
          text: `${pick(DATES)}晚，${c}公安局交警大队开展酒驾醉驾集中整治夜查行动，共查处酒驾违法行为${int(5, 30)}起，其中醉驾${int(1, 5)}起。`,
          expect: { categories: [], requiredApproval: 'important' },
        };
      },
    },
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const plate = `云${pick(['A', 'D', 'P', 'J', 'L'])}${pick(['3', '5', '8'])}${pick(['K', 'M', 'Q'])}${digits(3)}`;
        const driver = person();
        const masked2 = masked(driver);
        return {
          kind: '交通事故通报',
          title: `关于一起道路交通事故的情况通报`,
          text: `${pick(DATES)}${int(8, 20)}时许，驾驶人${masked2}驾驶${plate}号小型轿车行驶至${c}${pick(TOWNS)}路段时，与一辆电动自行车相撞，造成电动车驾驶人当场死亡。事故原因正在进一步调查中。`,
          expect: { spans: [span('no-unmasked-plate', plate)], categories: ['personal-data'], requiredApproval: 'major' },
        };
      },
    },
  ],
  infographic: [
    {
      count: 10,
      make: () => {
        const c = pick(COUNTIES);
        const withNumber = random() < 0.5;
        const cap = `▲${c}地理位置示意图${withNumber ? `（审图号：云S(20${int(19, 24)})0${int(10, 99)}号）` : ''}`;
        return {
          kind: '一图读懂（区位）',
          title: `一图读懂${c}`,
          html: `<p>${c}位于云南省${pick(['东北部', '西部', '南部', '中部'])}，全县总面积${int(1, 6)}${digits(3)}平方千米。</p><p><img src="location.png"></p><p>${cap}</p><p>全县辖${int(8, 20)}个乡镇（街道）。</p>`,
          expect: { categories: withNumber ? [] : ['map'], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 8,
      make: () => {
        const c = pick(COUNTIES);
        return {
          kind: '一图读懂（办事指南）',
          title: `一图读懂：${c}政务服务中心办事指南`,
          html: `<p>${c}政务服务中心设有综合窗口${int(10, 30)}个。</p><figure><img src="hall.png"><figcaption>政务服务中心大厅窗口分布示意图</figcaption></figure><figure><img src="flow.png"><figcaption>不动产登记办理流程示意图</figcaption></figure>`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 8,
      make: () => {
        const c = pick(COUNTIES);
        return {
          kind: '一图读懂（两幅地图一个审图号）',
          title: `${c}重点项目分布情况`,
          html: `<figure><img src="yn.png"><figcaption>云南省地图 审图号：云S(2021)012号</figcaption></figure><p>今年${c}共实施重点项目${int(20, 90)}个。</p><figure><img src="projects.png"><figcaption>${c}重点项目分布图</figcaption></figure>`,
          expect: { categories: ['map'], requiredApproval: 'general' },
        };
      },
    },
  ],
  repost: [
    {
      count: 8,
      make: () => ({
        kind: '转载（稿源单位电头）',
        title: pick(['云南加快建设现代化产业体系', '我省出台促进民营经济发展措施']),
        text: `新华社昆明${pick(DATES)}电（记者 ${person()}）记者从云南省${pick(['发展改革委', '工业和信息化厅', '商务厅'])}获悉，今年以来，云南持续优化营商环境，经营主体数量稳步增长。`,
        expect: { categories: [], requiredApproval: 'general' },
      }),
    },
    {
      count: 8,
      make: () => {
        const v = int(0, 3);
        const text = [
          `转发微博//@${pick(['滇南生活圈', '春城吃货', '大理那些事儿'])}：好消息！${pick(COUNTIES)}新开通一条城乡公交线路。`,
          `本文为转载，如有侵权请联系删除。\n${pick(COUNTIES)}的春天，美得像一幅画。`,
          `${pick(COUNTIES)}秋色正浓，层林尽染。\n部分内容来源：网络`,
          `据网友爆料，${pick(COUNTIES)}某路段发生交通拥堵，目前已恢复通行。`,
        ][v];
        return {
          kind: '转载（来源不可追溯）',
          title: pick(['美景分享', '身边事', '资讯']),
          text,
          expect: { categories: ['source'], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 6,
      make: () => ({
        kind: '转载（稿源单位）',
        title: pick(['全国秋粮收购进展顺利', '我国新能源汽车产销两旺']),
        text: `来源：${pick(['澎湃新闻', '新京报', '红星新闻', '上观新闻', '光明网', '中国青年报'])}\n原标题：${pick(['全国秋粮收购进展顺利', '新能源汽车产销两旺'])}\n近日，有关部门发布数据显示，相关工作进展顺利。`,
        expect: { categories: [], requiredApproval: 'general' },
      }),
    },
  ],
  account: [
    {
      count: 8,
      make: () => {
        const card = bankCard();
        const org = pick(['云南省青少年发展基金会', '云南省慈善总会', `${pick(COUNTIES)}红十字会`]);
        return {
          kind: '募捐倡议（对公账户）',
          title: '爱心捐赠倡议书',
          text: `为帮助受灾群众渡过难关，特发出倡议。捐款账号：${card}（户名：${org}，开户行：中国工商银行昆明分行）。`,
          expect: { categories: [], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 6,
      make: () => {
        const card = bankCard();
        const name = person();
        return {
          kind: '个人求助（个人卡号）',
          title: '爱心接力',
          text: `${pick(VILLAGES)}村民${masked(name)}因病致贫，社会爱心人士可通过以下方式帮助：银行卡号${card}（户名：${masked(name)}）。`,
          expect: { spans: [span('no-unmasked-bank-card', card)], categories: ['personal-data'], requiredApproval: 'general' },
        };
      },
    },
  ],
  services: [
    {
      count: 8,
      make: () => ({
        kind: '办事须知（关注作为条件）',
        title: '社保业务线上办理指南',
        text: pick([
          '即日起，群众须先关注本公众号，方可办理社保卡挂失业务。',
          '参加本次“最美家庭”评选的家庭，需将投票页面转发至朋友圈并截图，作为评选依据。',
          '下载“某某政务”APP并实名注册后才能预约办理不动产登记。',
        ]),
        expect: { categories: ['commercial'], requiredApproval: 'general' },
      }),
    },
    {
      count: 8,
      make: () => ({
        kind: '办事须知',
        title: '医保业务办理指南',
        text: `参保群众可通过“云南医保”小程序、政务服务网或到${pick(COUNTIES)}政务服务中心医保窗口办理。咨询电话：${landline()}。`,
        expect: { categories: [], requiredApproval: 'general' },
      }),
    },
  ],
  prices: [
    {
      count: 8,
      make: () => ({
        kind: '价格监测',
        title: `${pick(COUNTIES)}本周农产品价格监测`,
        text: `据价格监测，本周猪肉均价每公斤${int(22, 30)}.${int(1, 9)}元，环比下降${int(1, 3)}.${int(1, 9)}%；鸡蛋每公斤${int(8, 12)}.${int(1, 9)}元，环比持平。`,
        expect: { categories: [], requiredApproval: 'important' },
      }),
    },
    {
      count: 8,
      make: () => ({
        kind: '房地产广告（转发）',
        title: pick(['城南新盘火爆认筹', '品质人居，即将开盘']),
        text: `${pick(COUNTIES)}某某府项目均价${int(4, 9)}${digits(3)}元/㎡，首付${int(2, 9)}万起，购房热线：${landline()}。`,
        expect: { categories: ['commercial'], requiredApproval: 'general' },
      }),
    },
  ],
  community: [
    {
      count: 10,
      make: () => {
        const neighbour = person();
        return {
          kind: '社区故事',
          title: '邻里守望暖人心',
          text: `${pick(TOWNS)}${pick(VILLAGES)}独居老人突发疾病，邻居${neighbour}发现后及时拨打120，老人转危为安。`,
          expect: { spans: [span('no-personal-name', neighbour)], categories: ['personal-data'], requiredApproval: 'general' },
        };
      },
    },
    {
      count: 8,
      make: () => {
        const names = [person(), person(), person()];
        return {
          kind: '慰问新闻（困难户名单）',
          title: `${pick(VILLAGES)}开展冬季送温暖活动`,
          text: `${pick(DATES)}，村“两委”干部为困难群众送去大米、食用油和棉被。受慰问的困难户名单：${names.join('、')}。`,
          expect: { spans: names.map((n) => span('no-personal-name', n)), categories: ['personal-data'], requiredApproval: 'general' },
        };
      },
    },
  ],
};

const dir = CORPUS_DIR.pathname;
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.startsWith('gen-')) rmSync(join(dir, f));
let written = 0;
for (const [genre, templates] of Object.entries(GENRES)) {
  let n = 0;
  for (const { count, make } of templates) {
    for (let i = 0; i < count; i++) {
      const d = make();
      const entry = {
        kind: d.kind,
        title: d.title,
        ...(d.html !== undefined ? { html: d.html } : { text: d.text }),
        ...(d.platform ? { platform: d.platform } : {}),
        expect: {
          spans: d.expect.spans ?? [],
          categories: d.expect.categories ?? [],
          requiredApproval: d.expect.requiredApproval ?? 'general',
        },
      };
      writeFileSync(join(dir, `gen-${genre}-${String(++n).padStart(3, '0')}.json`), `${JSON.stringify(entry, null, 2)}\n`);
      written++;
    }
  }
}
console.log(`${written} drafts written to ${dir}`);
