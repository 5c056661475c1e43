/**
 * Surnames for the personal-name rule (domain-rules §A.12). Single surnames: the common ones of
 * 百家姓 by population, without those that are mostly ordinary words (区, 位, 门, 云, 向 …), plus
 * Yunnan surnames (和 and 木 of the Naxi, 刀 of the Dai, 普 of the Yi, 纳 of the Hui).
 * Dai given names start with 岩 (men) and 玉 (women); Yi and Hani names often with 阿 (§A.12).
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺闻厉郜阚权帅屠豆朴练廉禹祖漆巴丰卿狄晋扈晁芮阙浦鹿薄邸雍辜裘邰赫杭逯茹嵇湛尧刀普木纳';
const COMPOUND =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 独孤 南宫 西门 呼延 澹台 申屠 钟离 闻人 赫连 万俟 轩辕 百里 东郭 公冶 太史 拓跋 完颜'.split(' ');
/** Given-name openers of Yunnan minority names, accepted where a strong anchor stands before. */
const MINORITY = '岩玉阿';

const singles = new Set(SINGLE);
const compounds = new Set(COMPOUND);

/**
 * Length of the surname starting at `i` (2 for compound surnames, 1 for single ones and minority
 * name openers when `minority` is allowed), or 0.
 */
export function surnameAt(text: string, i: number, minority = true): number {
  if (compounds.has(text.slice(i, i + 2))) return 2;
  const c = text[i];
  if (singles.has(c) || (minority && MINORITY.includes(c))) return 1;
  return 0;
}
