import { describe, expect, it } from 'vitest';
import repostRule from '../rules/no-untraceable-repost';
import { classifyOrigin } from './origin';

describe('original or repost', () => {
  it.each([
    ['今天上午，市应急管理局召开防汛工作会议。', 'original', null],
    ['来源：新华社\n国务院常务会议部署……', 'repost', '新华社'],
    ['本文转载自云南日报，原标题：《……》', 'repost', '云南日报'],
    ['据人民网报道，全省……', 'repost', '人民网'],
    ['新华社昆明3月1日电 记者从……', 'repost', '新华社'],
    // A Weibo repost chain names the account it reposts.
    ['//@云南发布:全省……', 'repost', '云南发布'],
    ['原标题：《全省春耕》\n正文', 'repost', null],
    ['来源：本网\n全市……', 'original', null],
    ['项目资金来源：省级财政', 'original', null],
    ['据统计，全市共有……', 'original', null],
    // The same signals as the source rule: an outlet's own dateline line and byline are reposts,
    // the account's own dateline is not.
    ['云南日报消息（记者 李四）全省春耕生产……', 'repost', '云南日报'],
    ['新华社记者 王五\n今天，全国……', 'repost', null],
    ['市政府办公室3月1日讯 今天上午……', 'original', null],
    // 本报讯 with the paper's own reporter is the paper's account writing; with no one named, a repost
    ['本报讯（记者 周敏）全市秋粮收购……', 'original', null],
    ['本报讯 近日，全市秋粮收购……', 'repost', null],
    ['图片来源：新华社、人民网\n全省……', 'repost', '新华社'],
    // relayed by a verb: the account named between the verb and 推送的
    ['编者按：本号特转发“彩云暖居科技”公众号推送的一篇取暖安全提示，供参考。', 'repost', '彩云暖居科技公众号'],
  ] as const)('%s → %s', (text, origin, source) => {
    expect(classifyOrigin(text)).toEqual({ origin, source });
  });

  it.each(repostRule.meta.examples.invalid.map((body) => (typeof body === 'string' ? body : (body.text ?? ''))))(
    "the source rule's invalid example %s is a repost",
    (text) => {
      expect(classifyOrigin(text).origin).toBe('repost');
    },
  );

  it('takes a source finding as a repost even without signals it knows', () => {
    expect(classifyOrigin('网上流传一段视频……', [{ category: 'source' }])).toEqual({ origin: 'repost', source: null });
  });
});
