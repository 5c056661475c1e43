/**
 * Seeded drafts for the fuzz run: personal data disguised every way a paste can disguise it
 * (full-width and mathematical digits, zero-width and bidi characters, combining marks, character
 * references), prose that touches every rule, and HTML that is malformed, deeply nested or full of
 * entities. The same seed always gives the same draft, so a failure can be replayed alone.
 */

export type FuzzKind = 'html' | 'document' | 'text' | 'json';

export interface FuzzCase {
  seed: number;
  kind: FuzzKind;
  /** The file's text as the CLI would read it. */
  source: string;
}

/** mulberry32: small, fast, good enough to spread cases. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof prng>;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

function idNumber(r: Rand): string {
  const body = `${pick(r, ['110105', '530102', '532901', '440300'])}19${int(r, 50, 99)}${String(int(r, 1, 12)).padStart(2, '0')}${String(int(r, 1, 28)).padStart(2, '0')}${digits(r, 3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

function bankCard(r: Rand): string {
  const body = `62${digits(r, int(r, 13, 16))}`;
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

const mobile = (r: Rand) => `1${pick(r, ['3', '5', '7', '8', '9'])}${digits(r, 9)}`;

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202c', '\u2066', '\u2069', '\u200e', '\ufe0f'];
const MARKS = ['\u0301', '\u0323', '\u0308', '\u20dd', '\u0338', '\u{1d167}'];
const CN = '零一二三四五六七八九';

/** One digit written some odd way. */
function oddDigit(r: Rand, d: string, html: boolean): string {
  const n = Number(d);
  switch (int(r, 0, 9)) {
    case 0:
      return String.fromCharCode(0xff10 + n); // full-width
    case 1:
      return String.fromCodePoint(0x1d7ce + n); // mathematical bold
    case 2:
      return String.fromCodePoint(0x1d7f6 + n); // mathematical monospace
    case 3:
      return CN[n];
    case 4:
      return d + pick(r, INVISIBLE);
    case 5:
      return d + pick(r, MARKS);
    case 6:
      return html ? pick(r, [`&#${48 + n};`, `&#x${(48 + n).toString(16)};`, `&#0${48 + n}`]) : d;
    case 7:
      return html ? d + pick(r, ['<b></b>', '<!-- -->', '<span></span>', '&#8203;', '&zwj;']) : d + ' ';
    default:
      return d;
  }
}

function disguise(r: Rand, value: string, html: boolean): string {
  const level = r();
  if (level < 0.35) return value;
  return [...value].map((c) => (/\d/.test(c) && r() < 0.5 ? oddDigit(r, c, html) : c)).join('');
}

const CONTEXT = ['电话', '联系电话：', '手机', '身份证号', '银行卡号', '举报人', '患者家属电话', '村民', '收款账号', '护照号'];
const PROSE = [
  '11月25日，昆明市五华区召开冬季森林防火工作推进会。',
  '据中国地震台网测定，漾濞县发生6.4级地震，造成3人死亡。',
  '原价99元，今日秒杀，扫码下单，限时抢购！',
  '打开手机淘宝 item.taobao.com/x?id=1 ￥AbCdEfGh12￥ 复制口令',
  '下图为新建高速公路线路图。',
  '（来源：网络）转载自某公众号。',
  '李某，联系电话：138****5678。',
  '政务服务便民热线12345，咨询电话0871-64123456。',
  '依据《云南省政务新媒体管理办法》，各单位应落实“三审三校”制度。',
  '家住五华区龙泉路123号3栋2单元501室的张三反映，',
  '邮箱 zhangsan1988@qq.com，车牌云A12345。',
  '护照号E12345678，港澳通行证C12345678。',
];
const ODD = [
  '\ud800',
  '\udfff',
  '😀',
  '👨‍👩‍👧',
  '𝟏𝟑',
  '①②③',
  '\u202eabc\u202c',
  'ﬁ',
  '㍿',
  '\u3000',
  'Ａ',
  '\u0301\u0301\u0301',
  'e\u0301',
  '\t',
  '\u00a0',
  '\u2028',
];
const ENTITIES = [
  '&NotEqualTilde;',
  '&copyright',
  '&amp;',
  '&amp',
  '&lt;',
  '&gt',
  '&nbsp;',
  '&#0;',
  '&#x80;',
  '&#xD800;',
  '&#x1D7CF;',
  '&#128512;',
  '&notit;',
  '&bogus;',
  '&',
  '&#',
  '&#x;',
  '&ThickSpace;',
  '&nGt;',
];

function piiToken(r: Rand, html: boolean): string {
  const value = pick(r, [mobile, mobile, idNumber, bankCard] as const)(r);
  return `${pick(r, CONTEXT)}${disguise(r, value, html)}`;
}

const ASTRAL = ['😀', '𝟏', '𝟑', '𠀀', '𝒜', '🇨🇳', '\ud83d', '\ude00'];

/** Odd characters dropped anywhere into a sentence (between a keyword and its number, say). */
function sprinkle(r: Rand, s: string): string {
  if (r() < 0.6) return s;
  const chars = [...s];
  for (let k = int(r, 1, 4); k > 0; k--)
    chars.splice(int(r, 0, chars.length), 0, pick(r, r() < 0.5 ? ASTRAL : [...INVISIBLE, ...MARKS]).repeat(int(r, 1, 3)));
  return chars.join('');
}

function textRun(r: Rand, html: boolean): string {
  const parts: string[] = [];
  const n = int(r, 1, 4);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.35) parts.push(sprinkle(r, piiToken(r, html)));
    else if (x < 0.7) parts.push(sprinkle(r, pick(r, PROSE)));
    else if (x < 0.85) parts.push(pick(r, ODD));
    else if (html) parts.push(pick(r, ENTITIES));
    else parts.push(pick(r, ['\r\n', '\n', '  ', '，']));
  }
  return parts.join(pick(r, ['', ' ', '，', html ? '\r\n' : ' ']));
}

const INLINE = ['b', 'i', 'span', 'strong', 'em', 'a', 'font', 'u', 'sub'];
const BLOCKS = ['p', 'div', 'section', 'li', 'h2', 'blockquote', 'td', 'figcaption', 'pre', 'textarea', 'script', 'svg', 'button', 'table'];

function element(r: Rand, depth: number): string {
  const x = r();
  if (depth > 6 || x < 0.3) return textRun(r, true);
  if (x < 0.38)
    return `<img src="${pick(r, ['a.png', 'map.jpg', 'ditu/%E5%9C%B0%E5%9B%BE.png', '%ZZ', ''])}" alt="${pick(r, ['', '区位示意图', '地图', '电话13912345678', '&quot;"', '&NotEqualTilde;'])}">`;
  if (x < 0.42)
    return pick(r, [
      '<br>',
      '</p>',
      '<p',
      '<b>',
      '</div></div>',
      '<!--',
      '-->',
      '<![CDATA[x]]>',
      '<',
      '>',
      '\0',
      '<a href="https://item.taobao.com/x">',
    ]);
  const inline = x < 0.7;
  const tag = inline ? pick(r, INLINE) : pick(r, BLOCKS);
  const attrs =
    tag === 'a'
      ? ` href="${pick(r, ['https://www.yn.gov.cn', 'https://item.taobao.com/x', 'javascript:void(0)', ''])}"`
      : r() < 0.1
        ? ' class="img-desc"'
        : '';
  const children = Array.from({ length: int(r, 1, 2) }, () => element(r, depth + 1)).join('');
  return `<${tag}${attrs}>${children}${r() < 0.9 ? `</${tag}>` : ''}`;
}

function htmlBody(r: Rand): string {
  // Images only: a map with nothing but a title to point at.
  if (r() < 0.02) return `<img src="${pick(r, ['map.png', 'a.png'])}" alt="${pick(r, ['区位示意图', '地图', ''])}">`.repeat(int(r, 1, 3));
  if (r() < 0.01) {
    // Deep nesting: thousands of levels around personal data.
    const tag = pick(r, ['b', 'span', 'div', 'i']);
    const depth = int(r, 500, 3000);
    return `${`<${tag}>`.repeat(depth)}${piiToken(r, true)}${`</${tag}>`.repeat(depth)}`;
  }
  return Array.from({ length: int(r, 1, 5) }, () => element(r, 0)).join(pick(r, ['', '\n', '\r\n']));
}

export function fuzzCase(seed: number): FuzzCase {
  const r = prng(seed * 2654435761);
  const kind = pick(r, ['html', 'html', 'document', 'text', 'json'] as const);
  if (kind === 'html') return { seed, kind, source: htmlBody(r) };
  if (kind === 'document') {
    const title = r() < 0.5 ? textRun(r, true) : pick(r, ['通知', ' \r\n寻人启事\t', '电话13912345678']);
    return {
      seed,
      kind,
      source: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${htmlBody(r)}</body></html>`,
    };
  }
  if (kind === 'text')
    return { seed, kind, source: Array.from({ length: int(r, 1, 6) }, () => textRun(r, false)).join(pick(r, ['\n', '\r\n', '\r'])) };
  const title = r() < 0.5 ? textRun(r, false) : '通知';
  const body = r() < 0.5 ? { html: htmlBody(r) } : { text: textRun(r, false) };
  return { seed, kind, source: JSON.stringify({ title, ...body }) };
}
