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
