import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/engine/normalize';
import { commercialScore } from '../eval/commercial-model-weights';

/**
 * The model's own operating point for these rows (a logit; the threshold the helper first chose). Combined with the
 * rule it adds nothing at precision ≥ 0.98 (READS_AS_SALE is Infinity), so it is not wired into the rule.
 */
const READS_AS_SALE = 1.6;

/** The lines of `text` (normalised) the model reads as commercial. */
function flagged(text: string): string[] {
  const t = normalize(text).text;
  const out: string[] = [];
  let start = 0;
  for (const line of t.split('\n')) {
    if (commercialScore(t, start, start + line.length) >= READS_AS_SALE) out.push(line);
    start += line.length + 1;
  }
  return out;
}

// Written for this test, in wordings that are not in the training drafts.
const invalid = [
  '新到一批高山土蜂蜜，每斤68元，需要的朋友后台留言数量，下周统一寄出。',
  '本店周年庆，全场商品八折起，满200元减50元，扫码进群领券！',
  '转发本条并@两位好友，我们将抽取10位网友每人送一盒普洱茶。',
  '关注本公众号后才能预约办理居住证。',
  '凭本条推文截图到合作餐馆就餐，可享九折优惠。',
  '自家果园的冰糖橙熟了，10斤装58元包邮，想要的朋友直接私信我。',
];
const valid = [
  '本周县城农贸市场猪肉每公斤26元，环比下降1.2%。',
  '县人民政府召开常务会议，研究部署近期重点工作。',
  '今天晴，最高气温18℃，早晚温差大，注意添衣保暖。',
  '请看到老人的好心人及时与其家属联系，或拨打110。',
  '2026年耕地地力保护补贴发放情况公示如下，公示期7天。',
  '消防安全提醒：离家前请关闭电源，不要在楼道堆放杂物。',
  '全县共发放消费券500万元，带动消费3200万元。',
  '市场监管局提醒消费者：警惕“全网最低价”等虚假宣传，理性消费。',
];

describe('commercial model', () => {
  it.each(invalid)('reads a sale or a follow-for-service as commercial: %s', (line) => {
    expect(flagged(line)).toEqual([normalize(line).text]);
  });
  it.each(valid)('reads news, notices and warnings as not commercial: %s', (line) => {
    expect(flagged(line)).toEqual([]);
  });
  it('flags the sale among lines of news, and only it', () => {
    const text = [valid[1], invalid[5], valid[2]].join('\n');
    expect(flagged(text)).toEqual([normalize(invalid[5]).text]);
  });
  it('reads only its passage: a passage scores the same inside a longer text', () => {
    const before = `${valid[0]}\n`;
    const text = `${before}${invalid[0]}\n${valid[3]}`;
    const start = before.length;
    const alone = commercialScore(invalid[0], 0, invalid[0].length);
    expect(commercialScore(text, start, start + invalid[0].length)).toBe(alone);
  });
  it('reads an empty passage as not commercial', () => {
    expect(commercialScore('', 0, 0)).toBeLessThan(READS_AS_SALE);
  });
  // The shipped weights went stale once unnoticed (a development draft relabelled after they were written), so
  // `--check` — a fresh training run compared byte for byte with the shipped module — is part of the suite.
  it('ships the weights a fresh training run gives (npm run train:commercial -- --check)', () => {
    const r = spawnSync('npm', ['run', '--silent', 'train:commercial', '--', '--check'], { encoding: 'utf8' });
    expect(r.stdout).toContain('The shipped weights equal a fresh training run.');
    expect(r.status).toBe(0);
  }, 120_000);
});
