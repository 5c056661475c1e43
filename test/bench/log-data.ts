/**
 * Synthetic publication logs for the benchmark and the README screenshot: one device's chain of
 * `count` records over the given days, six accounts on four platforms, a realistic mix of
 * reposts, findings and overrides. Deterministic (seeded), so every run measures the same data.
 */
import { buildRecord } from '../../lib/log/chain';
import { signAs } from '../harness/device-keys';
import { GENESIS_HASH, type ChainHead, type PublicationInput, type PublicationRecord } from '../../lib/log/record';

const ACCOUNTS = [
  { platform: 'wechat', account: '昆明发布' },
  { platform: 'wechat', account: '五华区融媒' },
  { platform: 'weibo', account: '昆明发布' },
  { platform: 'douyin', account: '春城应急' },
  { platform: 'toutiao', account: '昆明市场监管' },
  { platform: 'weibo', account: '盘龙区政府' },
];
const TITLES = [
  '关于开展冬季森林防火检查的通知',
  '全市安全生产工作会议召开',
  '转发：全省春耕生产工作会议召开',
  '滇池保护治理最新进展',
  '2026年城乡居民医保缴费开始',
  '市场监管局发布消费提示',
  '昆明地铁5号线运营调整公告',
  '暴雨黄色预警：请注意防范',
];
const FINDINGS: PublicationInput['findings'][] = [
  [],
  [],
  [],
  [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  [{ ruleId: 'no-untraceable-repost', category: 'source', severity: 'warn' }],
  [{ ruleId: 'no-map-without-approval-number', category: 'map', severity: 'block' }],
  [{ ruleId: 'no-commercial-content', category: 'commercial', severity: 'warn' }],
  [{ ruleId: 'approval-tier', category: 'approval', severity: 'warn' }],
];

function rng(seed: number) {
  // Math.imul keeps the product exact (a plain multiply loses bits past 2^53 and falls into short cycles).
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

export async function syntheticLog(
  count: number,
  {
    from = Date.parse('2024-01-02T00:00:00Z'),
    to = Date.parse('2026-11-26T10:00:00Z'),
    deviceId = '7d3f0a52-5a0b-4c1e-9b2e-1f4a6c8d2e01',
  } = {},
): Promise<{ records: PublicationRecord[]; head: ChainHead }> {
  const random = rng(20261126);
  const records: PublicationRecord[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  const step = (to - from) / count;
  for (let i = 0; i < count; i++) {
    const time = from + i * step;
    let acc = ACCOUNTS[Math.floor(random() * ACCOUNTS.length)];
    // One district account posts on roughly two days in three, so the calendar has gaps to show.
    if (acc.account === '盘龙区政府' && Math.floor((time + 8 * 3_600_000) / 86_400_000) % 3 === 0) acc = ACCOUNTS[0];
    const findings = FINDINGS[Math.floor(random() * FINDINGS.length)];
    const title = TITLES[Math.floor(random() * TITLES.length)];
    const blocking = findings.filter((f) => f.severity === 'block');
    // Random (version 4) like crypto.randomUUID, which the log uses: ids spread over the whole id space.
    const hex = (digits: number) =>
      Math.floor(random() * 16 ** digits)
        .toString(16)
        .padStart(digits, '0');
    const id = `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
    const r = await buildRecord(
      {
        platform: acc.platform,
        account: acc.account,
        url: `https://example.gov.cn/${acc.platform}/${i}`,
        title,
        contentHash: (i.toString(16) + 'a'.repeat(64)).slice(0, 64),
        requiredApproval: random() < 0.8 ? 'general' : 'important',
        findings,
        overrides: blocking.length ? [{ ruleIds: blocking.map((f) => f.ruleId), reason: '已与当事人核实并取得同意，可以公开发布' }] : [],
        text: '今日，市应急管理局召开防汛工作会议，部署近期防汛工作。会议要求各地各部门压实责任，加强值班值守。'.repeat(2),
        origin: title.startsWith('转发') ? 'repost' : 'original',
        source: title.startsWith('转发') ? '云南发布' : null,
      },
      { id, deviceId, now: new Date(time), snapshotMode: 'excerpt', account: '', prev },
    );
    records.push(r);
    prev = { seq: r.seq, hash: r.hash };
  }
  // Signed as its device would sign it (a key of its own), so the chain verifies.
  return { records, head: await signAs({ deviceId, seq: prev.seq, hash: prev.hash, checkpoint: null }) };
}
