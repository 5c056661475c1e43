/**
 * Realistic synthetic drafts for benchmarks: government-news paragraphs with the things rules
 * look at sprinkled in (phone numbers, masked values, dates, statistics, sources, hotlines).
 * Deterministic, so runs are comparable.
 */
const PARAGRAPHS = [
  '11月25日，昆明市五华区召开2024年冬季森林防火工作推进会，会议传达学习了省、市有关会议精神，安排部署下一阶段重点工作。',
  '据统计，今年以来全区共开展安全生产检查1,286次，排查整改隐患3,457处，整改率达98.6%。',
  '市民如有疑问，可拨打政务服务便民热线12345或咨询电话0871-64123456，工作日9:00—17:00受理。',
  '会议强调，要坚持以人民为中心的发展思想，扎实做好就业、教育、医疗、养老等民生保障工作，让群众有更多获得感。',
  '（来源：云南日报）本报讯 近日，大理白族自治州洱海保护治理取得新进展，水质持续保持优良。',
  '活动现场，志愿者为村民讲解医保政策，发放宣传资料2000余份，受到群众欢迎。',
  '下一步，我们将持续优化营商环境，推动“一网通办”向县乡延伸，努力实现“办事不求人”。',
  '联系人：李某，联系电话：138****5678。报名截止时间为2024年12月10日。',
  '西双版纳傣族自治州2024年前三季度实现地区生产总值612.35亿元，同比增长5.2%。',
  '依据《云南省政务新媒体管理办法》（云政办规〔2019〕6号），各单位应加强内容审核，落实“三审三校”制度。',
  '请患者家属尽快与医院联系，电话13987654321。',
  '红河州蒙自市新安所镇组织开展农村人居环境整治，清理垃圾120余吨，疏通沟渠3.5公里。',
];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A draft body of about `size` characters, paragraphs separated by newlines. */
export function syntheticDraft(size: number, seed = 42): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const p = PARAGRAPHS[Math.floor(rand() * PARAGRAPHS.length)];
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n').slice(0, size);
}
