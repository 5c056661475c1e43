/**
 * Context helpers shared by the personal-data rules (rules README §A): keyword windows, the
 * Art. 24 disclosure exception and masking that keeps what the user typed around the digits.
 */
import type { TextPresence } from '../../engine/presence';

/** The `size` characters before `pos` (fewer at the start of the text). */
export function before(text: string, pos: number, size: number): string {
  return text.slice(Math.max(0, pos - size), pos);
}

/** The `size` characters after `pos`. */
export function after(text: string, pos: number, size: number): string {
  return text.slice(pos, pos + size);
}

/**
 * Art. 24: "除惩戒公示、强制性信息披露外" — disciplinary publicity and mandatory disclosure
 * (§A.14: 失信被执行人, 行政处罚公示, 纪律处分通报, 任前公示 (任职公示, 进一步使用, 职级晋升), 拟录用公示, 表彰公示, 低保/特困/救助公示,
 * 补贴发放公示, 补偿款发放公示, 公租房分配公示, a penalty disclosed in other words (行政处罚信息公开, 处罚决定公告; not a promise: 处罚结果将向社会公开), the stage lists of a public recruitment: 进入体检/考察/面试人员名单, and a court's enforcement notice: 悬赏执行公告, 执行悬赏公告)
 * may name people. Ordinary 公示 of projects or plans is not an exception, hence the qualifier.
 */
const DISCLOSURE =
  /失信(?:被执行人|联合惩戒)|惩戒公示|任职(?:前[\u4e00-\u9fa5]{0,4}?)?公示|(?:任前|进一步使用|职级晋升|拟(?:[录聘]用|招录|任|提拔|表彰|推荐)|表彰|评选|推荐人选|低保|最低生活保障|特困|救助|行政处罚|处罚|失信|补[贴助偿]|津贴|奖补|资助|[助奖]学金|(?:公共租赁|公租|保障性(?:租赁)?|廉租)住?房)[\u4e00-\u9fa5]{0,8}?公示|公示[^。\n]{0,24}?(?:低保|特困|救助|补[贴助]|津贴|资助|学金)[\u4e00-\u9fa5]{0,6}?名单|(?:招[聘录]|考录|遴选|选调)[\u4e00-\u9fa5]{0,16}?(?:体检|考察|面试|复审|[聘录]用|拟[聘录]|遴选|选调)[\u4e00-\u9fa5]{0,6}?(?:名单|公[示告])|行政处罚决定|(?:行政)?处罚(?:(?![将会向])[\u4e00-\u9fa5]){0,6}?(?:公开|公告)|(?:纪律|党纪|政务)处分|开除党籍|严重违纪违法|纪律审查|(?:监察|审查)调查|强制性信息披露|曝光台|公告送达|送达公告|开庭公告|悬赏执行|执行悬赏/;

const DISCLOSURE_ALL = new RegExp(DISCLOSURE.source, 'g');
/** A primary or secondary school, a kindergarten or a grade (not 在实践中学习, 提高中): its pupils are minors. */
export const SCHOOL = /[小中]学(?![习到会])|(?<!提)[初高]中|中[职专]|年级|幼儿园|少先队/;
/**
 * State student aid (资助, 助学金, 奖学金) is disclosed of a college's students, who are adults (§A.14: 补贴发放公示);
 * a school's pupils are minors, whose names stay personal whatever the 公示. Whether a draft about students does
 * not show a college (大学, 学院 …) or shows a school (中学, 年级 …).
 */
export const aidToMinors = (text: string) => /学[生金]/.test(text) && (!/大学|学院|高[校职]|[本专]科/.test(text) || SCHOOL.test(text));
/**
 * Commendations name people in public: 表彰决定, 予以表彰, 通报表扬, 见义勇为, and a private person praised for a good
 * deed (拾金不昧, 好人好事, 助人为乐), an honour received (获表彰, 获此殊荣) or a medal presented (颁发…纪念章/奖章, 光荣在党)
 * — Art. 24 protects privacy, not praise.
 */
const COMMENDATION =
  /表彰[^。\n]{0,20}?(?:决定|通报|名单)|予以表彰|通报表扬|通报嘉奖|记(?:[一二三]等|个人[一二三]等)?功(?!能)|授予[^。\n]{0,30}?称号|被评为|获评|见义勇为|先进事迹|拾金不昧|好人好事|助人为乐|舍己救人|获[^。\n]{0,10}?(?:[一二三特]等奖|[金银铜]奖|第[一二三]名)|获此?(?:表彰|荣誉|殊荣)|颁发[^。\n]{0,20}?(?:纪念章|奖章|勋章|荣誉证书)|光荣在党/g;

/** Whether an exception keyword is a commendation (it covers the passages that commend, not a whole draft). */
export function isCommendation(keyword: string): boolean {
  return !DISCLOSURE.test(keyword);
}
/** A passage that commends someone, or lists the honoured (他们当中，有…的X): the people a commendation names are in it. */
export const COMMENDING = /表彰|表扬|嘉奖|评为|授予|称号|先进|优秀|模范|见义勇为|事迹|记功(?!能)|感谢|拾金不昧|好人|助人为乐|他们(?:当)?中/;

/** Every disclosure-exception or commendation keyword in the text, in order (a regex the text's presence rules out is not run). */
export function disclosureExceptions(text: string, presence?: TextPresence): { start: number; end: number; keyword: string }[] {
  const out: { start: number; end: number; keyword: string }[] = [];
  for (const re of [DISCLOSURE_ALL, COMMENDATION]) {
    if (presence && presence.text === text && !presence.mayMatch(re)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, keyword: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first disclosure-exception keyword in the text, if any. */
export function disclosureException(text: string): { start: number; end: number; keyword: string } | undefined {
  const m = DISCLOSURE.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, keyword: m[0] } : undefined;
}

/**
 * Replaces the significant characters (digits, letters) of `span` with `*`, except the first
 * `keepFirst` and the last `keepLast`; spaces and dashes the user typed stay where they were.
 */
export function maskKeeping(span: string, keepFirst: number, keepLast: number): string {
  let total = 0;
  for (const c of span) if (/[0-9A-Za-z]/.test(c)) total++;
  let seen = 0;
  let out = '';
  for (const c of span) {
    if (/[0-9A-Za-z]/.test(c)) {
      out += seen < keepFirst || seen >= total - keepLast ? c : '*';
      seen++;
    } else out += c;
  }
  return out;
}
