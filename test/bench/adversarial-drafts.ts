/**
 * Worst-case drafts: each repeats a pattern that once made a scan look back over everything before
 * it (a sentence that never ends, a run of combining marks, many images between short blocks,
 * markup nested thousands deep). Shared by the adversarial benchmark and the linearity tests.
 */
export interface AdversarialFamily {
  id: string;
  description: string;
  /** True when the input is HTML (read with parse5), else plain text. */
  html: boolean;
  build(size: number): string;
}

const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

export const adversarialFamilies: AdversarialFamily[] = [
  {
    id: 'approval-tier',
    description: '“6.4级地震…” repeated in one sentence that never ends',
    html: false,
    build: (size) => repeat('6.4级地震造成3人死亡，', size),
  },
  {
    id: 'commercial',
    description: '“原价99元秒杀扫码下单” repeated without a sentence end',
    html: false,
    build: (size) => repeat('“原价99元秒杀扫码下单，', size),
  },
  {
    id: 'shop-links',
    description: 'shop domains and tokens repeated (taobao.com/… ￥AbCdEfGh12￥)',
    html: false,
    build: (size) => repeat('打开手机淘宝 item.taobao.com/x?id=1 ￥AbCdEfGh12￥ ', size),
  },
  {
    id: 'combining-marks',
    description: 'one base character followed by a run of combining marks',
    html: false,
    build: (size) => `a${'\u0301\u0323\u0308'.repeat(Math.ceil(size / 3))}`.slice(0, size),
  },
  {
    id: 'spaced-digits',
    description: 'one digit run of the whole input, a space between digits (1 1 1 …): every window is a number candidate',
    html: false,
    build: (size) => repeat('1 ', size),
  },
  {
    id: 'numerals',
    description: 'Chinese numerals without a break (一三九一二三四五六七八…): one run rewritten to digits',
    html: false,
    build: (size) => repeat('一三九一二三四五六七八', size),
  },
  {
    id: 'invisible-fullwidth',
    description: 'full-width digits, each followed by a zero-width space (U+200B): every character an atomic piece of the offset map',
    html: false,
    build: (size) => repeat('１\u200b３\u200b９\u200b', size),
  },
  {
    id: 'astral-digits',
    description: 'mathematical bold digits (𝟏𝟑𝟗…, two code units each) without a break',
    html: false,
    build: (size) => repeat('𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', size),
  },
  {
    id: 'huge-token',
    description: 'one token without a space, dots and @ throughout (ab.cd@ef.ab.cd@…)',
    html: false,
    build: (size) => repeat('ab.cd@ef.', size),
  },
  {
    id: 'names-no-punctuation',
    description: 'person words and names with no punctuation at all (村民张三李四王五家住…)',
    html: false,
    build: (size) => repeat('村民张三李四王五家住幸福路患者赵六', size),
  },
  {
    id: 'names-phones-one-line',
    description: 'one line of appeals, each a name before a mobile, captions and typed headings (失主 杨德顺 138… 左起：县长、走访户␠␠…)',
    html: false,
    build: (size) => repeat('失主 杨德顺 13812345678 联系人：王五 左起：县长、走访户  家庭 ', size),
  },
  {
    id: 'space-run',
    description:
      'a word, one run of spaces of the whole input, then a list row (图为␠␠…␠张三，男，45岁): spaces a pattern could split two ways',
    html: false,
    build: (size) => `图为${' '.repeat(Math.max(0, size - 12))}张三，男，45岁`.slice(0, Math.max(size, 12)),
  },
  {
    id: 'repost-labels',
    description: 'repost labels without a source named (来源：来源：转载自据报道…)',
    html: false,
    build: (size) => repeat('来源：转载自据报道', size),
  },
  {
    id: 'repost-relay',
    description: 'colloquial relays and untraceable origins without a sentence break (群里扒下来转给大家从博主那搬运…)',
    html: false,
    build: (size) => repeat('群里扒下来转给大家从博主那搬运出处不详特转发“某某”公众号', size),
  },
  {
    id: 'repost-credits',
    description:
      'credits and thanks to accounts and unnamed people without a break (感谢@某某 图文：@某某 以下图片为一位热心市民投稿据群里流传的…)',
    html: false,
    build: (size) => repeat('感谢@山野寻茶记 提供的图片图文：@某某“某某”供图以下图片为一位热心市民投稿据群里流传的', size),
  },
  {
    id: 'image-series',
    description: 'a numbered series of images, one 审图号 line after each (<img alt="线路1"><p>审图号…</p>)',
    html: true,
    build: (size) => repeat('<img src="a.png" alt="线路1"><p>审图号：云S(2025)088号</p><img src="b.png" alt="线路2">', size),
  },
  {
    id: 'html-images',
    description: '<p>如图</p><img> repeated (many images between short blocks)',
    html: true,
    build: (size) => repeat('<p>如图</p><img src="a.png" alt="示意图">', size),
  },
  {
    id: 'deep-nesting',
    description: '<b> nested to the input’s depth around one phone number',
    html: true,
    build: (size) => {
      const depth = Math.max(1, Math.floor((size - 20) / 7));
      return `${'<b>'.repeat(depth)}电话13912345678${'</b>'.repeat(depth)}`;
    },
  },
];
