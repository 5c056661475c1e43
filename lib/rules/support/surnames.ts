/**
 * Surnames for the personal-name rule (rules README §A.12). Single surnames: the common ones of
 * 百家姓 by population, without those that are mostly ordinary words (区, 位, 门, 云, 向 …), plus
 * Yunnan surnames (和 and 木 of the Naxi, 刀 of the Dai, 普 and 昂 of the Yi, 纳 of the Hui, 字 and
 * 寸 of the Bai, 线 of Dehong, 俸 of Dehong and Lincang). Dai given names start with 岩 (men) and 玉 (women); Yi and Hani names often with 阿
 * (§A.12).
 *
 * Provenance: the table holds every surname of the top 100 by registered population in the Ministry
 * of Public Security's 《二〇二〇年全国姓名报告》 (公安部户政管理研究中心; the 2019 report puts the top
 * 100 at 85.9% of the registered population) except 向 (mostly a preposition), checked against that
 * list as republished in the press; the ranks past 100 were written from general knowledge and were
 * not checked against a source. The registry has no package with a sourced surname frequency list.
 * 起 and 矣 (Yi surnames of central and southern Yunnan) are in the familyname table of the ChineseNames
 * database (Bao et al., 1,806 surnames, 1930–2008: 起 251, 矣 226 registrants); 者, also there (127), is left
 * out because it ends role words (患者, 受助者), and 自 because it opens words (自发, 自愿).
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺闻厉郜阚权帅屠豆朴练廉禹祖漆巴丰卿狄晋扈晁芮阙浦鹿薄邸雍辜裘邰赫杭逯茹嵇湛尧刀普木纳昂字寸线起矣俸';
const COMPOUND =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 独孤 南宫 西门 呼延 澹台 申屠 钟离 闻人 赫连 万俟 轩辕 百里 东郭 公冶 太史 拓跋 完颜'.split(
    ' ',
  );
/** Given-name openers of Yunnan minority names, accepted where a strong anchor stands before. */
const MINORITY = '岩玉阿';
/**
 * Clan names that open a person's name as a surname does, the rest spelt with any characters: Yi
 * (宁蒗, 小凉山: 吉克阿木, 沙马拉毅) and Jingpo (德宏: 勒排早扎, 木然瑙). Accepted only where a minority
 * opener is.
 */
const YI_CLANS = new Set('吉克 沙马 海来 曲比 俄木 吉伍 瓦扎 勒格 吉尔 巴且 阿苦 阿约 加拉 阿鲁 勒排 木然 恩昆'.split(' '));
/**
 * Syllables of Tibetan names as written in Chinese in 迪庆 (扎西次里, 此里卓玛, 格桑拉姆): a Tibetan name
 * is two or three of them and has no surname.
 */
const TIBETAN = new Set(
  '扎西 次仁 次里 此里 卓玛 格桑 达瓦 拉姆 央金 尼玛 多吉 顿珠 旺堆 平措 洛桑 丹增 白玛 斯那 鲁茸 农布 格茸 七林 阿主 永宗 取追 益西 德吉 曲珍 旺姆 拉珍 桑吉 此称 次称 都吉 其美 品初 江初 吹批 阿称 土登 索朗 贡布 次旦 巴桑 普布 米玛 边巴 罗布 仁青 群培 强巴 嘎玛 拉巴 次珍 卓嘎 德庆 此尔 农吉 松吉 鲁追 阿牛 那姆 独吉 打吉 次平 此平 永珍 玉珍 拉措 央宗 白姆 卓么'.split(
    ' ',
  ),
);

/** Length of the Tibetan name starting at `i` (two or three syllables), or 0. */
export function tibetanNameAt(text: string, i: number): number {
  let n = 0;
  while (n < 6 && TIBETAN.has(text.slice(i + n, i + n + 2))) n += 2;
  return n >= 4 ? n : 0;
}

/**
 * Characters common in given names (and in Dai, Yi and Hani names written in Chinese). A word after
 * a role whose characters are not among them is not read as a name (学生资助, 患者转运 …).
 */
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美霞平桂兰玉萍红梅鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国峰辉亮成飞彬鹏晨雪琳晶颖婷倩璐蕾莉菲丹琴云莲凤珍翠花荣燕娥芬彩春菊香莹雅琪欣悦佳嘉思梦雨馨怡婉瑶诗语涵' +
  '萱妍然轩堂博文睿哲昊子晓小德志福生海东山伦义忠发祥才富贵金银宝喜顺安全民庆和泉源江河清新胜利兴昌盛光耀永长保家学正中立友良善仁贤信武豪杨柏松楠桐楷栋梁树森彪虎鹰鸿雁鹤鸣声乐岚露霖雯霏琼瑜瑾璇琦珊瑞翔宏弘' +
  '毅坚锋铭钢锦铁竹秋冬夏晴虹娇媚姗娅妮婕媛姝嫣卫兵爱党川泰康二三四五六七九大妹玲灵莎霜薇蓉蓓蕊芝芸荷茜茹苗蔚婧若叶依伊亚娴淑贞洁淳润泽洪滨瀚潇澜溪沁漫振天恩启元亨吉祺祯禄寿仙凌霄峥嵘岳崇屹巍峻峡岗坤培' +
  '基垚石铎镇钧锡铜钰铃铮琛瑛璋琨璟环珏琰斐彦彤影杉桥朝旸昕昱晖暄晗景智晋显昭勤俭宜容宽实守定宗宙宸寒尧舜禹汤周秦汉唐宋卿君臣士工功勋劲励力勃远迪达逸运遥迎邦郁鹃鸾凰麟麒鹿骏驰骐骥马牛羊豹熊奇伯仲叔季孟甲' +
  '乙丙丁戊己庚辛壬癸万绿青蓝紫黄白素纯真意兆恒常珑剑书画墨砚笔词曲歌舞桦榕枫槐桃李杏梨橙柳梓樟芙蕖菱芷蕙苓芊茵菁芹萌蔓娉婀妙嫦姣姿嫚婵妤媱俏伶佩仪优雄猛敢聪捷章兼备孝礼廉耻温恭惠祝遂畅灿烂炳焕煜熙照燃烨' +
  '炜炎焱曦朗昀晟曜罕扁糯坎帕猜拉布扎约嘎则哈莫叫南存丰根普木一' +
  // rural Yunnan and older generations: 罗应芬, 杨绍光, 李开林, 王有才, 张会芬, 赵廷华, 李桂粉
  '应绍开有会廷粉怀绪庭汝世先继承连增添进登科仕魁占鼎娣茂道诚厚朴慈敬谦玮珂玫瑰韵颂赞扬彰霓霁湘沅沐汐泓渊湛潭澄漪莺鸥驹腾跃卓壮刚韧岭嵩椿梧希愿' +
  // frequent in the names of children born since 2000 (一诺, 奕辰, 子墨, 一凡, 宇霆, 翊航; national name reports)
  '诺奕辰芮沫可皓煊烁晞玥航凡锐霆翊熠骁钦瑄恺珺宥琬淇毓';

const singles = new Set(SINGLE);
const given = new Set(GIVEN);

export function isGivenNameChar(c: string | undefined): boolean {
  return c !== undefined && given.has(c);
}
const compounds = new Set(COMPOUND);

/**
 * Length of the surname starting at `i` (2 for compound surnames, 1 for single ones; minority name
 * openers and Yi clan names when `minority` is allowed), or 0.
 */
export function surnameAt(text: string, i: number, minority = true): number {
  const two = text.slice(i, i + 2);
  if (compounds.has(two) || (minority && YI_CLANS.has(two))) return 2;
  const c = text[i];
  if (singles.has(c) || (minority && MINORITY.includes(c))) return 1;
  return 0;
}

/** Characters that may open a Han surname (single or compound), as a table for per-character scans. */
const SURNAME_START = new Uint8Array(0x10000);
for (const c of SINGLE) SURNAME_START[c.charCodeAt(0)] = 1;
for (const c of COMPOUND) SURNAME_START[c.charCodeAt(0)] = 1;

/** Whether the UTF-16 code unit `code` may open a surname (a cheap gate before surnameAt). */
export function maySurname(code: number): boolean {
  return SURNAME_START[code] === 1;
}

/** Whether the two characters at `i` are a Yi clan name (the name after it is spelt freely). */
export function yiClanAt(text: string, i: number): boolean {
  return YI_CLANS.has(text.slice(i, i + 2));
}
