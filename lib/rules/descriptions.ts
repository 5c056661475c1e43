/**
 * What each rule checks, in full, for the options page, the rule catalogue and the CLI's rule table.
 * Kept out of the rules themselves: the content script, which ships into every editor page, bundles
 * the rules but never shows a description (about 12 kB of text).
 */
import type { Localized } from '../engine/rule';

export const ruleDescriptions: Readonly<Record<string, Localized>> = {
  'approval-tier': {
    zh: '按第二十一条分级审核：正在发生的灾情、疫情、群体性事件，有人员伤亡、失联被困或财产损失的事故和中毒，突发事件的情况通报，干部审查调查、问责和处分通报等本地重大事件为“重大”，须主要领导签发；政策文件与规划、征求意见、施行日期和标准调整、人事任免和公务员招录、救助补贴对象公示、统计数据、常务会议等重要会议和领导讲话、执法和判决结果为“重要”，须分管领导签发；其余为“一般”。演练、预警预报、安全提示、科普、期间累计统计和周年纪念、致谢、表彰、警示教育、以案释法等回顾不计。',
    en: "Art. 21 tiers: current disasters, epidemics, mass incidents, accidents and poisonings that hurt, trap or cost, incident reports, and investigations, accountability and sanctions of officials are major (principal leader signs off); policy documents and plans, drafts put to the public, rules taking effect, changed standards, appointments and civil-service recruitment, benefit recipients' notices, statistics, executive meetings and leaders' speeches, enforcement results and sentences are important (deputy leader); the rest general. Drills, warnings and forecasts, safety tips, science, tallies over a period and retrospective posts (anniversaries, thanks, commendations, warning education, old cases explained) do not count.",
  },
  'no-commercial-content': {
    zh: '按段落给价格、促销、购买号召、购买渠道、冠名赞助、绝对化用语等信号族计分，一段只报一处；转发或关注抽奖、买粉、以关注转发作为办事评选条件直接拦截。价格监测、消费提示不计；消费帮扶仅作提示。',
    en: 'Scores families of signals (price, promotion, call to buy, sales channel, sponsorship, absolute terms) per passage, one finding per passage; share/follow-to-win, follower-buying and following as a condition block. Price monitoring and consumer warnings do not count; consumption aid is noted.',
  },
  'no-detailed-address': {
    zh: '发现精确到门牌、楼栋、单元、房间的住址（3栋2单元401室、XX号院、村民小组XX号），门牌号需有“家住”“住址”等字样。单位办公地址、办事地点、活动场所和只到小区、村一级的位置不提示。应删去门牌、楼栋和房号。',
    en: 'Finds home addresses down to the door, building, unit or room (3栋2单元401室, XX号院, 村民小组XX号); a bare door number needs a home keyword such as 家住 or 住址. Offices, service halls, venues and locations given only to the estate or village are not reported. Drop the door, building and room numbers.',
  },
  'no-map-without-approval-number': {
    zh: '图片的替代文字、图注（含图下▲行）、文件名或紧邻文字表明它是地图时，该图须有自己的审图号（如 GS(2024)0650号、云S（2021）012号），或说明系未经修改的标准地图；通知所附地图（附件：…区位图）同样。比喻性的“地图”、流程图和建筑平面图不算。',
    en: "When an image's alt text, caption (a ▲ line under it included), file name or neighbouring sentence says it is a map, it needs its own 审图号 (GS(2024)0650号, 云S（2021）012号…) or a statement that it is the unmodified standard map; so does a map a notice lists as an attachment (附件：…区位图). Metaphors, process diagrams and floor plans are ignored.",
  },
  'no-personal-email': {
    zh: '发现个人电子邮箱：QQ、163、126、新浪、Gmail 等个人邮箱，以及其他域名下与个人关联的邮箱。政府和单位邮箱（xxx@km.gov.cn）、投稿和举报邮箱不提示。应只保留用户名前两位。',
    en: 'Finds personal e-mail addresses: free-mail addresses (QQ, 163, 126, Sina, Gmail …) and addresses on other domains tied to a person. Government and unit mailboxes (xxx@km.gov.cn) and submission or complaint mailboxes are not reported. Keep only the first 2 characters of the user name.',
  },
  'no-personal-name': {
    zh: '发现个人隐私语境中的完整姓名：患者、村民、举报人、困难户、男童、邻居、走失者等称谓或“姓名：”之后，表格的姓名、救助对象等列，名单、“张三（男，45岁）”“李四（四年级）”和“正在采摘的王五说”中，以及正文中被引述或标明年龄的私人（王五表示、今年78岁的王五）；同一姓名在全文每次出现都提示，含少数民族姓名。已脱敏的和履职干部不提示；惩戒公示、强制披露只在本段作提示，表彰随受表彰的人作提示，未成年人除外。应改为张某或张某某。',
    en: 'Finds full names in a private context: after roles such as 患者, 村民, 举报人, 困难户, 男童, 邻居, 走失者 or 姓名：, in the name column of a table (姓名, 救助对象 …), in lists, the 张三（男，45岁） and 李四（四年级） patterns, a private person quoted (正在采摘的王五说), and private people quoted or given an age in running prose (王五表示, 今年78岁的王五); every occurrence of such a name is reported, minority names included. Masked names and officials in office are not reported; disciplinary publicity and mandatory disclosure are noted within their passage, a commendation for the person it commends, never for minors. Mask as 张某 or 张某某.',
  },
  'no-unmasked-bank-card': {
    zh: '发现完整的 16–19 位银行卡号（Luhn 校验，可分组书写）；附近有“卡号”“账号”等字样时不通过校验也提示。户名为单位、公司、协会、慈善总会等的对公账户，以及订单号、流水号、统一社会信用代码不提示。应只保留后四位。',
    en: 'Finds full 16–19 digit bank card numbers (Luhn check, grouped or not); next to a keyword such as 卡号 or 账号 a number failing Luhn is reported too. Organisation accounts (户名 of a unit, company, association, charity), order and serial numbers and credit codes are not reported. Keep only the last 4 digits.',
  },
  'no-unmasked-id-number': {
    zh: '发现完整的 18 位公民身份号码（校验地区码、出生日期和 ISO 7064 校验位，末位可为小写 x）、港澳台居民居住证号码，以及附近有“身份证”等字样的 15 位旧身份证号码。校验位错误但附近有“身份证”等字样的号码也提示。统一社会信用代码、注册号、文号和订单号不提示。应保留前四位和后四位。',
    en: 'Finds full 18-digit resident ID numbers (region code, real birth date and ISO 7064 check character; a lower-case x is accepted), HK/Macau/Taiwan residence-permit numbers, and 15-digit first-generation numbers next to an ID keyword. Numbers with a wrong check character are reported when an ID keyword is near. Credit codes, registration, document and order numbers are not reported. Keep only the first 4 and last 4 characters.',
  },
  'no-unmasked-mobile': {
    zh: '发现完整的大陆手机号码（含 +86 前缀、分隔符、全角和中文数字写法），以及与个人姓名、病情或“家中”并列的私人座机。服务号码和单位座机不提示。手机号保留前三位和后四位。',
    en: "Finds full mainland mobile numbers (+86, separators, full-width or Chinese numerals) and private home landlines given with a person's name, illness or 家中. Service numbers and units' landlines are not reported. Keep the first 3 and last 4 digits.",
  },
  'no-unmasked-passport': {
    zh: '在“护照”“通行证”“回乡证”“台胞证”等字样附近发现完整的护照或往来港澳台通行证号码（E、G、D/S/P、K、MA、H/M、C 等格式）。没有证件字样的字母数字组合（车次、型号、编号）不提示。应只保留首字母和后三位。',
    en: 'Finds full passport and travel-permit numbers (E, G, D/S/P, K, MA, H/M, C formats) next to a keyword such as 护照, 通行证, 回乡证 or 台胞证. Letter-digit codes without such a keyword (train numbers, models, serial numbers) are not reported. Keep only the leading letters and the last 3 characters.',
  },
  'no-unmasked-plate': {
    zh: '发现与个人关联（车主、驾驶人、当事人等）的完整车牌号码，含新能源车牌。已部分遮挡的车牌（云A·3**8X）和与个人无关的车牌（公交线路、车队介绍）不提示。应保留省份简称、发牌机关代号和后两位。',
    en: 'Finds full licence plates, new-energy plates included, that are tied to a person (车主, 驾驶人, 当事人 …). Partly masked plates (云A·3**8X) and plates not tied to anyone are not reported. Keep the province, the authority letter and the last 2 characters.',
  },
  'no-untraceable-repost': {
    zh: '识别转载（原标题、转载自、来源：、据××报道、//@博主：、本文为转载、其他媒体署名、编者按加原文），要求注明来源：未注明或无法追溯（网络、网友、微信群），拦截；不是党政网站或稿源单位的，提醒。电头本身即注明来源；原创无需来源；未署记者的“本报讯”提醒；引用法规文件（来源：《…条例》）可追溯。',
    en: "Recognises reposts (原标题, 转载自, 来源：, 据…报道, //@blogger:, 本文为转载, another outlet's byline, 编者按 over quoted text): no source or an untraceable one (网络, 网友, 微信群) blocks; one that is not a Party/government site or licensed news source warns. A dateline names its source; originals need none; 本报讯 without a byline warns; a cited law or document (来源：《…条例》) is traceable.",
  },
};

/** A rule's description (every registered rule has one: lib/rules/descriptions.test.ts). */
export function descriptionOf(ruleId: string): Localized {
  const description = ruleDescriptions[ruleId];
  if (!description) throw new Error(`no description for rule ${ruleId}`);
  return description;
}
