/**
 * A synthetic province for the province benchmark and the README's report screenshot: `records`
 * publication records across `accounts` accounts and `devices` browsers (each device keeps its own
 * hash chain, built by the log's own record builder), in Yunnan's 16 prefectures with their
 * counties and departments. One export file per prefecture, each starting with the export header
 * that carries the hierarchy. Deterministic (seeded): every run measures the same data.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRecord } from '../../lib/log/chain';
import { createDeviceKey, signHead } from '../../lib/log/device-key';
import { GENESIS_HASH, type PublicationInput } from '../../lib/log/record';
import { exportHeaderLine } from '../../lib/log/stream';
import { HEAD_TYPE } from '../../lib/log/transfer';

const PREFECTURES = [
  [
    '昆明市',
    [
      '五华区',
      '盘龙区',
      '官渡区',
      '西山区',
      '呈贡区',
      '晋宁区',
      '东川区',
      '安宁市',
      '富民县',
      '宜良县',
      '石林彝族自治县',
      '嵩明县',
      '禄劝彝族苗族自治县',
      '寻甸回族彝族自治县',
    ],
  ],
  ['曲靖市', ['麒麟区', '沾益区', '马龙区', '宣威市', '富源县', '罗平县', '师宗县', '陆良县', '会泽县']],
  [
    '玉溪市',
    ['红塔区', '江川区', '澄江市', '通海县', '华宁县', '易门县', '峨山彝族自治县', '新平彝族傣族自治县', '元江哈尼族彝族傣族自治县'],
  ],
  ['保山市', ['隆阳区', '腾冲市', '施甸县', '龙陵县', '昌宁县']],
  ['昭通市', ['昭阳区', '水富市', '鲁甸县', '巧家县', '盐津县', '大关县', '永善县', '绥江县', '镇雄县', '彝良县', '威信县']],
  ['丽江市', ['古城区', '玉龙纳西族自治县', '永胜县', '华坪县', '宁蒗彝族自治县']],
  [
    '普洱市',
    [
      '思茅区',
      '宁洱哈尼族彝族自治县',
      '墨江哈尼族自治县',
      '景东彝族自治县',
      '景谷傣族彝族自治县',
      '镇沅彝族哈尼族拉祜族自治县',
      '江城哈尼族彝族自治县',
      '孟连傣族拉祜族佤族自治县',
      '澜沧拉祜族自治县',
      '西盟佤族自治县',
    ],
  ],
  ['临沧市', ['临翔区', '凤庆县', '云县', '永德县', '镇康县', '双江拉祜族佤族布朗族傣族自治县', '耿马傣族佤族自治县', '沧源佤族自治县']],
  ['楚雄彝族自治州', ['楚雄市', '禄丰市', '双柏县', '牟定县', '南华县', '姚安县', '大姚县', '永仁县', '元谋县', '武定县']],
  [
    '红河哈尼族彝族自治州',
    [
      '蒙自市',
      '个旧市',
      '开远市',
      '弥勒市',
      '建水县',
      '石屏县',
      '泸西县',
      '元阳县',
      '红河县',
      '绿春县',
      '屏边苗族自治县',
      '金平苗族瑶族傣族自治县',
      '河口瑶族自治县',
    ],
  ],
  ['文山壮族苗族自治州', ['文山市', '砚山县', '西畴县', '麻栗坡县', '马关县', '丘北县', '广南县', '富宁县']],
  ['西双版纳傣族自治州', ['景洪市', '勐海县', '勐腊县']],
  [
    '大理白族自治州',
    [
      '大理市',
      '祥云县',
      '宾川县',
      '弥渡县',
      '永平县',
      '云龙县',
      '洱源县',
      '剑川县',
      '鹤庆县',
      '漾濞彝族自治县',
      '南涧彝族自治县',
      '巍山彝族回族自治县',
    ],
  ],
  ['德宏傣族景颇族自治州', ['芒市', '瑞丽市', '梁河县', '盈江县', '陇川县']],
  ['怒江傈僳族自治州', ['泸水市', '福贡县', '贡山独龙族怒族自治县', '兰坪白族普米族自治县']],
  ['迪庆藏族自治州', ['香格里拉市', '德钦县', '维西傈僳族自治县']],
] as const;
const DEPARTMENTS = ['人民政府', '融媒体中心', '应急管理局', '市场监督管理局', '卫生健康局', '公安局', '教育体育局', '文化和旅游局'];
const PLATFORMS = ['wechat', 'weibo', 'douyin', 'toutiao', 'kuaishou'];
const TITLES = [
  '关于开展冬季森林防火检查的通知',
  '转发：全省春耕生产工作会议召开',
  '安全生产工作会议召开',
  '暴雨黄色预警：请注意防范',
  '城乡居民医保缴费开始',
  '转发：云南省人民政府新闻办公室发布会',
  '消费提示',
  '政务服务事项办理指南',
];
const FINDINGS: PublicationInput['findings'][] = [
  [],
  [],
  [],
  [],
  [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  [{ ruleId: 'no-untraceable-repost', category: 'source', severity: 'warn' }],
  [{ ruleId: 'no-map-without-approval-number', category: 'map', severity: 'block' }],
  [{ ruleId: 'no-commercial-content', category: 'commercial', severity: 'warn' }],
];
const REASONS = ['已与当事人核实并取得同意，可以公开发布', '该号码为单位公开值班电话，已核实', '示意图为自绘工作示意，不涉及地图内容'];

function rng(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

export interface ProvinceOptions {
  records: number;
  accounts?: number;
  devices?: number;
  from?: string;
  to?: string;
  seed?: number;
  /** All prefectures in one file (a single large export). */
  oneFile?: boolean;
}

interface Account {
  platform: string;
  name: string;
  prefecture: number;
  county: string;
  department: string;
  /** How often it posts relative to the others, and how often an original. */
  weight: number;
  originalRate: number;
}

/** Writes one export per prefecture into `dir`; returns the file paths and the totals. */
export async function writeProvince(
  dir: string,
  {
    records,
    accounts: accountCount = 10_000,
    devices: deviceCount = 3_000,
    from = '2026-01-01',
    to = '2026-11-30',
    seed = 20261206,
    oneFile = false,
  }: ProvinceOptions,
): Promise<{ files: string[]; records: number; bytes: number }> {
  const random = rng(seed);
  mkdirSync(dir, { recursive: true });
  const hex = (digits: number) =>
    Math.floor(random() * 16 ** digits)
      .toString(16)
      .padStart(digits, '0');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
  const accounts: Account[] = Array.from({ length: accountCount }, (_, i) => {
    const prefecture = i % PREFECTURES.length;
    const counties = PREFECTURES[prefecture][1];
    const county = counties[Math.floor(i / PREFECTURES.length) % counties.length];
    const department = DEPARTMENTS[Math.floor(i / (PREFECTURES.length * counties.length)) % DEPARTMENTS.length];
    const platform = PLATFORMS[Math.floor(i / 7) % PLATFORMS.length];
    const copy = Math.floor(i / (PREFECTURES.length * counties.length * DEPARTMENTS.length));
    // A few accounts post rarely and a few almost never write an original: the report has something to show.
    const weight = random() < 0.1 ? 0.2 : 1;
    const originalRate = random() < 0.08 ? 0.02 : 0.6;
    return { platform, name: `${county}${department}${copy ? copy + 1 : ''}`, prefecture, county, department, weight, originalRate };
  });
  // Each device (an office's browser) serves the accounts of one prefecture.
  const devices = Array.from({ length: deviceCount }, (_, d) => ({
    id: uuid(),
    prefecture: d % PREFECTURES.length,
    prev: { seq: 0, hash: GENESIS_HASH },
    accounts: [] as Account[],
  }));
  accounts.forEach((a, i) => {
    const own = devices.filter((d) => d.prefecture === a.prefecture);
    own[i % own.length].accounts.push(a);
  });
  const usable = devices.filter((d) => d.accounts.length);
  const files = oneFile ? [join(dir, '全省.jsonl')] : PREFECTURES.map(([name]) => join(dir, `${name}.jsonl`));
  const streams = files.map((f) => createWriteStream(f));
  const buffers = files.map(() => [] as string[]);
  const fileOf = (prefecture: number) => (oneFile ? 0 : prefecture);
  let bytes = 0;
  const write = async (k: number, force = false) => {
    if (!force && buffers[k].length < 500) return;
    const text = buffers[k].join('');
    buffers[k] = [];
    bytes += Buffer.byteLength(text);
    if (!streams[k].write(text)) await once(streams[k], 'drain');
  };
  // A header lists at most 200 accounts (the settings' limit): a prefecture with more files several headers.
  PREFECTURES.forEach(([name], k) => {
    const own = accounts.filter((a) => a.prefecture === k);
    for (let i = 0; i < own.length; i += 200) {
      buffers[fileOf(k)].push(
        exportHeaderLine({
          exportedAt: `${to}T10:00:00.000Z`,
          unit: { name: `${name}人民政府办公室`, hierarchy: { province: '云南省', prefecture: name } },
          accounts: own
            .slice(i, i + 200)
            .map((a) => ({ platform: a.platform, name: a.name, hierarchy: { county: a.county, department: a.department } })),
        }),
      );
    }
  });
  const start = Date.parse(`${from}T00:00:00Z`);
  const step = (Date.parse(`${to}T12:00:00Z`) - start) / records;
  for (let i = 0; i < records; i++) {
    const device = usable[Math.floor(random() * usable.length)];
    let account = device.accounts[Math.floor(random() * device.accounts.length)];
    if (account.weight < 1 && random() > account.weight) account = device.accounts[0];
    const title = TITLES[Math.floor(random() * TITLES.length)];
    const repost = title.startsWith('转发') || random() > account.originalRate;
    const findings = FINDINGS[Math.floor(random() * FINDINGS.length)];
    const blocking = findings.filter((f) => f.severity === 'block');
    const major = random() < 0.03;
    const approval = major
      ? random() < 0.5
        ? { token: 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln', status: 'valid' as const, tier: 'major' as const, reviewer: '主要负责人' }
        : random() < 0.5
          ? { token: null, status: 'missing' as const, tier: 'major' as const, reviewer: '分管领导' }
          : null
      : null;
    const r = await buildRecord(
      {
        platform: account.platform,
        account: account.name,
        url: `https://example.gov.cn/${account.platform}/${i}`,
        title,
        contentHash: (i.toString(16) + 'a'.repeat(64)).slice(0, 64),
        requiredApproval: major ? 'major' : random() < 0.8 ? 'general' : 'important',
        findings,
        overrides: blocking.length
          ? [{ ruleIds: blocking.map((f) => f.ruleId), reason: REASONS[Math.floor(random() * REASONS.length)] }]
          : [],
        text: '今日，应急管理局召开防汛工作会议，部署近期防汛工作。',
        origin: repost ? 'repost' : 'original',
        source: repost ? '云南发布' : null,
        approval,
      },
      { id: uuid(), deviceId: device.id, now: new Date(start + i * step), snapshotMode: 'excerpt', account: '', prev: device.prev },
    );
    device.prev = { seq: r.seq, hash: r.hash };
    buffers[fileOf(device.prefecture)].push(`${JSON.stringify(r)}\n`);
    await write(fileOf(device.prefecture));
  }
  // Each head signed by its device's own key, as a browser's log signs it; one key for all
  // devices would be refused (a key-derived id aside, a key stands for the device it first signs).
  for (const d of usable) {
    const { pair, publicKey } = await createDeviceKey();
    const head = await signHead(
      { privateKey: pair.privateKey, publicKey },
      { deviceId: d.id, seq: d.prev.seq, hash: d.prev.hash, checkpoint: null },
    );
    buffers[fileOf(d.prefecture)].push(`${JSON.stringify({ type: HEAD_TYPE, ...head })}\n`);
  }
  for (let k = 0; k < streams.length; k++) {
    await write(k, true);
    streams[k].end();
    await once(streams[k], 'finish');
  }
  return { files, records, bytes };
}
