import { z } from 'zod/mini';
import { defineRule } from '../engine/rule';
import { eachMatch, lexicon as chunked, quoteList, sentenceIndex, literalLexicon, Spans } from './support/text-units';

/**
 * Top-level alternatives of each entry as entries of their own ('开售|发售|…' is eleven), so that
 * no regex of a family holds more than the lexicon's chunk of alternatives: V8 skips ahead only
 * while the leading characters fit its lookahead table (engine benchmark).
 */
function lexicon(entries: readonly string[]): RegExp[] {
  const out: string[] = [];
  for (const entry of entries) {
    let depth = 0;
    let from = 0;
    let inClass = false;
    for (let i = 0; i < entry.length; i++) {
      const c = entry[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        out.push(entry.slice(from, i));
        from = i + 1;
      }
    }
    out.push(entry.slice(from));
  }
  return chunked(out);
}

/** Marketplaces, shop builders and their short links (rules README §D.2). */
export const DEFAULT_SHOP_DOMAINS = [
  'taobao.com',
  'tmall.com',
  'tb.cn',
  'jd.com',
  '3.cn',
  'pinduoduo.com',
  'yangkeduo.com',
  'jinritemai.com',
  'kwaixiaodian.com',
  'weidian.com',
  'youzan.com',
  '1688.com',
  'vip.com',
  'suning.com',
  'dangdang.com',
  'meituan.com',
  'dianping.com',
  'ele.me',
  'xhslink.com',
  'v.douyin.com',
];

type SignalClass =
  | 'cta'
  | 'fulfil'
  | 'hotline'
  | 'contact'
  | 'sponsor'
  | 'absolute'
  | 'claim'
  | 'promo'
  | 'sale'
  | 'scarcity'
  | 'price'
  | 'shop'
  | 'merchant';

const CN_DIGIT = '[一二三四五六七八九十两\\d]';
/** The reader urged to buy now (赶紧打开手机, 快去下单, 赶快囤起来): a call even in a report on what shops offer. */
/**
 * A platform's or the account's shop window (商品橱窗, 我的橱窗, 抖音橱窗), or one bought from (橱窗里下单, 放在橱窗里，点主页);
 * not a display case (展示橱窗, 玻璃橱窗), a notice board's or a street shop's (宣传橱窗, 商场橱窗).
 */
const WINDOW_OWNER = '(?:我|我们|咱|主播|商品|主页|直播间?|抖音|快手|视频号|淘宝)的?';
const SHOP_WINDOW = `(?:(?<=${WINDOW_OWNER})橱窗|(?<!宣传|公[示开]|[党政]务|商[场店]|[沿临]街|展示|陈列|玻璃)橱窗(?=[^。\\n]{0,12}?(?:下单|购买|链接|主页|头像|拍|抢|选购|有售)))`;
/** A comment of 1 to order or ask (扣1, 扣个1, 扣“1”; not a deduction: 扣1分, 扣1—2分, 扣1～2分). */
const KOU1 = '扣个?\\s?[“"]?1(?![\\d.分元次项档天个%—～~至到-])';
const URGE = /(?:赶紧|赶快|抓紧|快去|快快)(?:打开(?:手机|APP|App|app|小程序)|下单|[去来]?[抢买囤]|入手)/;
/**
 * Calls to act that a public benefit may pay for (round 10, dev13): a gift for visiting a shop or ordering (到店即享,
 * 订车再抽; not 到店消费 with a voucher), a table or room booked by phone (打电话订个位置, 来电预订包厢), a deposit that
 * holds a place (缴纳定金即可锁定名额). Their hits are no offer in a PUBLIC passage.
 */
const VISITS = lexicon([
  '(?:到门?店|订车|购车|看车)[^。，,\\n]{0,8}?[即就再还可][享抽送赠]',
  '(?:电话|来电)预?[订定]个?[位座桌房餐包]',
  '[缴交付][^。，,\\n]{0,6}?[定订]金[^。，,\\n]{0,6}?(?:锁定|[预保]留)',
]);

/**
 * No relief or donation in the sentence around (a donor thanked is no sponsor), no public supply in an emergency, a drill,
 * an epidemic or an outage, no procurement result, no bank or post thanked for a public event: looked for from a literal,
 * never from every position.
 */
const RELIEF = '捐|爱心|灾|救|慰问|帮扶|应急|演练|疫情|停[水电]|中标|成交供|采购|银行|邮政';
const NO_RELIEF = `(?<!(?:${RELIEF})[^。\\n]{0,30})(?![^。\\n]{0,60}?(?:${RELIEF}|学校|困难))`;
/**
 * Signal families (rules README §D.2), one small literal-led pattern per family: the regex engine
 * skips ahead on their first characters, which one big alternation defeats. The families are what
 * an ad is made of: a price, a promotion, a call to act, a channel to buy through. A family counts
 * once per passage however often it occurs, so a budget table full of 元 scores no higher than one
 * price.
 */
const SIGNALS: readonly (readonly [SignalClass, RegExp[]])[] = [
  ['cta', VISITS],
  [
    'cta',
    lexicon([
      '立即购买',
      '立即抢购',
      '马上抢',
      '立即下单',
      '进店',
      '小黄车',
      SHOP_WINDOW,
      '购物车',
      // 加微信, 加老板微信, 加客服V信
      '加[^\\s,，。]{0,4}?(?:微信|V信|VX|vx|QQ)',
      '加V',
      '购买链接',
      '抢购链接',
      '点击左下角',
      '拍下',
      // calls to act that do not name the act the same way: 即可下单, 欢迎选购, 预约试驾, 限时抢购
      '即可(?:下单|购买|预[订定]|订购|抢购|选购|享受优惠|开店|投保)',
      '(?:扫码|预约|到店)试驾',
      '(?:限时|火爆|疯狂|开始|正在)抢购',
      '(?:可|请|快来|赶紧|赶快|欢迎)下单',
      '扫码领券',
      '抢先预[订定]',
      '预[订定]从速',
      '接龙',
      // orders or details taken by a comment of 1 (想要的扣1, 评论区扣个“1”; not 扣1分) or sent in private (私信发你)
      `评论区扣个?\\s?[“"]?\\d|${KOU1}|私[信聊]?(?:发|告诉)你`,
      '私信(?:我|小编|主播)?(?:发|要|领|拿)?链接',
      '(?:下[定订]|订车)(?:[用客]户|[即立]享)',
      // a live-stream room, a booking line, payment on delivery: the channel named as the way to buy
      // 走进直播间 is how news reports an official's live-stream, not a call to buy
      // one pattern: in separate ones, 进入直播间 could use up the 直播间 of 直播间抢
      '(?:(?<!走)(?:进入?|来|进))?直播间(?:抢|下单|购买|见)|(?<!走)(?:进入?|来|进)直播间',
      '(?:订[座餐房票购]|预[订定]|[购看]房)(?:请|可)?(?:拨打?|致电|联系|来电|私信)',
      // …with the account addressed: 私信我们预约, 后台留言小编预订
      '(?:私[信聊]|后台留言)(?:我们|我|小编|客服)?(?:即可|可|就能)?(?:咨询)?(?:预约|预[订定]|下单|购买|订购)',
      '(?:预约|咨询)请?私信',
      '(?:现在|今天|今日|马上)(?:预[订定]|下单|购买|抢购|入手)',
      '下单(?:[即就再立]|还有?)[送享减赠有]',
      '参团|拼单|开团',
      // a pre-sale's balance, a seller's link, a buyers' group: 付尾款, 三二一上链接, 进群抢
      '[付补交]尾款|上链接|进群(?:领|抢|购|下单|团)',
      '(?:预[订定]|预约|购买|下单|链接)戳(?:主页|头像|评论区|左下角)',
      '(?:扫描?|长按)[^。,，\\n]{0,6}?二维码[^。,，\\n]{0,4}?(?:立即|马上)?(?:报名|购买|下单|抢购|预[订定]|投保)',
      '速来(?=[!！。,，]|$)',
      '(?:[办购]卡|购[买票]|[订选]购)请(?:到|至|前往|联系|致电)',
      // a way in followed by the purchase: 点击下方链接购买, 扫码立即投保, 戳左下角下单 (扫码下单, 点击购买, 长按识别二维码购买 too)
      '(?:点击|戳|扫码|扫描|长按|进入|打开)[^。,，\\n]{0,8}?(?:购买|下单|抢购|选购|订购|投保)',
      '欢迎[^。,，\\n]{0,8}?(?:选购|订购|惠顾|抢购|购买|进店|到店|来电订购|品尝|品鉴|光临(?:选购|惠顾)?)',
      // business invited to talk, not investors to settle (欢迎广大客商前来考察洽谈 is an office's investment promotion)
      '欢迎(?![^。,，\\n]{0,6}?(?:客商|企业|投资))[^。,，\\n]{0,8}?洽谈',
      '链接[^。,，\\n]{0,4}?评论区|评论区[^。,，\\n]{0,4}?链接',
      // a customer is someone who buys: 欢迎新老顾客光临
      '(?:新老|广大)顾客|顾客(?:光临|惠顾|朋友)',
      // the buyer addressed as one who needs or wants the goods: 需要的朋友, 想要的家人们, 想尝尝的朋友 (想买的朋友可以联系… is also how a neighbour's appeal for an old seller reads)
      '(?:需要|想要|想尝尝?)的(?:朋友|家人|亲|宝子|宝宝)们?(?:可以|可|请)?(?:评论区|私信|留言|联系|直接|戳|扫码|下单|加)',
      // …or by intent or interest (有意向的客户请致电, 有兴趣的朋友欢迎来电, 想品尝的朋友联系…; 感兴趣的市民 names the public)
      '(?:有意向?|有兴趣|感兴趣|想品尝|想尝鲜)的(?:朋友|家人|亲|宝子|宝宝|客户|顾客|客商|老板)们?(?:可以|可|请|直接|欢迎)?(?:咨询|联系|致电|来电|拨打|私信|留言|评论区|加|扫码|下单|订购)',
      // …with no noun for the buyer (有需要的可以联系…; 有需要的群众 names the public)
      '有需要的(?:可以|可|请)(?:评论区|私信|留言|联系|直接|扫码|下单|加)',
      // …or as whoever wants it (一斤8块，要的私信我; not 联系我们)
      '要的(?:可以|可|请|直接)?(?:私信|私聊|联系|找)我(?!们)',
      '快来(?:抢|购|选购|订)',
      URGE.source,
      // buying in everyday words: 欢迎街坊们来买, 欢迎各界朋友预订, 直接找果园的老杨买 (not 找卖菜的阿姨买了, a story)
      '欢迎[^。,，\\n]{0,6}?(?:来买|预订|预定)',
      '找(?!不)[^。，,、；;\\n]{1,8}?(?<!代)(?:买|购买|订购)(?![了过单卖到房难])',
      // "contact him to buy": a person or shop as the channel for a purchase
      '(?:联系|致电|私信|拨打|添加)[^。，,\\n]{0,10}?(?:购买|订购|预[订定]|下单|选购|买房|看房)',
      // the channel and the purchase in everyday words: 点视频下方的链接就能买, 小程序里就可以下单
      // (拍 is how a short-video cart says buy: 左下角就能拍, 橱窗直接拍)
      '(?:链接|小程序|购物车|小黄车|橱窗|店铺|[左右]下角)[^。,，\\n]{0,6}?(?:就能|就可以|就可|即可|可以|直接|能)(?:买|抢(?![险修救占答])|拍(?![照摄])|购买|下单|抢购|选购|订购)',
      // a way in, then what it costs: 扫码登记仅需398元, 私信报名只要99元, 到店体验低至19.9元
      '(?:扫码|扫描|私信|点击|链接|小程序|到店|进店|来电)[^。,，\\n]{0,6}?(?:仅需|只需|只要|仅售|低至)\\s?[¥￥]?\\d',
      // the order placed by phone a few words on: 批量订购及企业定制请拨打, 团购可致电
      '(?:团购|订购|订货|批发|定制)[^。,，\\n]{0,8}?(?:请|可)(?:拨打?|致电|联系|来电)',
      // the channel, then the purchase: 在“某某商场”小程序下单, 店铺内抢购
      '(?:小程序|商城|店铺|网店|APP|App)(?:内|里|中|上)?(?:下单|购买|抢购|选购|订购)',
      '需要的(?:朋友|家人|亲|宝子|宝宝|老板|客户|顾客)们?(?:可以|可|请)?(?:打|拨打|致电|来电|添加)',
      // the way to buy named as such: 获取购买方式, 购买渠道见文末, 下单入口在主页
      '(?:获取|查看|了解|见)[^。，,\\n]{0,4}?(?:购买|订购|下单)(?:方式|渠道|链接|入口)|(?:购买|订购|下单)(?:方式|渠道|链接|入口)[^。，,\\n]{0,4}?(?:见|在|戳|点击)',
      // an order taken (订货会 is a trade fair)
      '(?:咨询|联系|电话|微信|私信|欢迎)订货',
      // the post itself shown at a business as the voucher: 凭本条推文截图就餐可享八八折, 出示本文可打九折, 持这条微博入住立减
      // (not an office's offer at public scenic areas or museums: 凭本文截图享国有景区门票五折)
      '(?:凭|出示|持(?=[本此这该]))[^。，,\\n]{0,6}?(?:推文|微博|本文|本条|此文|此条|文章|海报|截图)(?![^。\\n]{0,24}?(?:景|门票|博物|公园))[^。\\n]{0,20}?(?:[享减]|优惠|折|免单)',
      // an order taken in a format with a quantity of goods: 留言“松茸+数量”, 回复“大米＋箱数”, 报上要几瓶 (from the verb:
      // a hit that starts inside quotes is a mention)
      '(?:留言|回复|私信|评论|备注|注明|发送|格式)[:：]?\\s?[“"「‘]?[^”"」’。，,\\n]{0,10}?[+＋]\\s?(?:数量|[斤箱盒袋份瓶罐]数)',
      // (要多少斤种子？ asks a question, it takes no order)
      '[+＋]\\s?(?:数量|[斤箱盒袋份瓶罐]数)|(?:要|买|订|购)(?:几|多少)[斤箱盒袋份瓶罐](?![^。，,！!\\n]{0,8}?[？?])',
      // round 10 (dev13): a code said at the till (报暗号, 输入口令, 出示优惠码)
      '(?:输入|出示|报)[^。，,\\n]{0,3}?(?:口令|优惠码|暗号)',
      // being a fan as the price of a discount: 本号粉丝可享8.8折, 粉丝专享：报名立减200元
      '粉丝[^。\\n]{0,10}?[可均都即专]?[享领获][^。\\n]{0,14}?(?:礼|券|[\\d一二三四五六七八九]折|半价|免单|红包|优惠|立减|福利)',
    ]),
  ],
  // the goods promised to a buyer (a way to get them, like a call to buy): 货到付款, 下单后48小时内发货, 产地直发, 坏果包赔
  [
    'fulfil',
    lexicon([
      '货到付款',
      // the goods put in a seller's window or cart: 放在橱窗里, 挂上小黄车 (not a display case: 放进展示橱窗)
      `[放挂加]上?[在进到入了]{0,2}(?:[^。，,\\n]{0,3}?(?:小黄车|购物车)|(?:${WINDOW_OWNER})?${SHOP_WINDOW})|上架[^。，,\\n]{0,3}?(?:橱窗|小黄车)`,
      '送货上门|配送到家|包送到家',
      '(?:小时内|[今明当次隔][天日]|按顺序)发货|产地直发|坏果包赔|包赔',
      '现[挖摘采做杀烤]现发|冷链直发|顺丰包邮|全国(?:包邮|发货)',
      // shipping promised, however worded: 全国顺丰发货, 冷链发货, 上午下单下午发, 今天下单明天到 (not 快递正常发货, news)
      '(?:全国|顺丰|冷链)[^。,，\\n]{0,4}?(?:包邮|发货)',
      '下单[^。,，\\n]{0,6}?(?:发货|发出|寄出|送达|到货|[发到](?=[。!！,，\\s]|$))',
      // a minimum order: 3斤起发, 两盒起送, 30个起售
      `${CN_DIGIT}{1,3}\\s?[斤件箱盒袋个份只瓶罐]起(?:发|送|售|卖|订|批|包邮)`,
    ]),
  ],
  [
    'hotline',
    lexicon([
      '(?:订[购货餐房座位桌]|购[买房]|团购|销售|加盟|招商|预[订定]|售楼|置业|[看选]房|认[筹购]|品鉴|VIP|贵宾)(?:部|处|中心)?(?:热线|电话|专线|顾问)',
      // a shop as the place to buy
      // (开起了网店 is a story of someone's livelihood, not a place to buy)
      '旗舰店|官方店|(?<!开|开了|开起了|开设|办起了?)网店|微店|淘宝店|天猫店|专卖店|直营店|进入商城|商城选购',
      // a shop or company speaking of itself
      '本店|小店|我店|本公司',
      // where a named brand is sold (“某某”牌…，各农资店均有销售; …可到供销社门市购买)
      '(?<=[”"」]牌[^。\\n]{0,80}?)(?:(?:均|都)?有(?:销售|售)|(?:到|在|去)[^。，,\\n]{1,16}?(?:购买|选购|买到))',
    ]),
  ],
  // a generic hotline sells only next to a price (咨询热线 … 199元); alone it is a public service number
  [
    'contact',
    lexicon([
      '(?:咨询|报名|联系|服务|客服)(?:热线|电话|专线)',
      '(?:电话|手机|微信号?)\\s?[:]?\\s?(?=\\d)|联系人',
      // a private number to call (拨打0874-6161200; not a short public line, 拨打12333)
      '拨打\\s?(?=0\\d{2,3}-|1[3-9]\\d{9})',
      // a WeChat ID given as the channel (微信：zhang_88; after 加微信, a call counted already, it is the same signal)
      '(?<!加[^\\s,，。]{0,4})微信号?\\s?[:：]\\s?(?=[A-Za-z][-_A-Za-z0-9]{5})',
      '微信同号|电话同微信|手机同微信',
      '详询|垂询|详情请?咨询|欢迎(?:来电)?咨询|来电咨询|请拨|请致电',
      // enrolment by calling someone: 报名请联系刘老师 (an order so placed is a call to buy, above)
      '报名请?(?:联系|致电)',
      // 有意者私信联系: an invitation to deal, a sales channel beside a price
      '有意(?:向)?者?(?:请|可)?(?:私信|私聊|致电|联系|来电|咨询|电话|详聊)',
      // a live-stream room sells beside a price or a call (走进直播间 is how news reports an official's)
      '直播间(?<!(?:走进|走入|来到)直播间)',
      '(?:课程|招生|学车|置业|销售|会籍)(?:顾问|专员|经理)',
      // a place booked or paid through the account or at a business (后台留言报名, 扫码付款, 到旅行社门店交费): a way in beside a fee
      '(?:私[信聊]|留言)(?:我们|我|小编|客服)?[^。，,\\n]{0,3}?(?:登记|报名|缴费|交费|付款)|(?:扫码|二维码)[^。，,\\n]{0,3}?(?:缴费|交费|付款|支付)|(?:门店|门市|旅行社|店内|店里|机构)[^。，,\\n]{0,4}?(?:缴费|交费|付款)',
    ]),
  ],
  [
    'sponsor',
    lexicon([
      '冠名',
      '独家赞助',
      '赞助商',
      '赞助单位',
      '由[^,，。\\n]{1,20}?(?:品牌(?:独家)?(?:提供|赞助|冠名)|(?:公司|集团)(?:独家)?(?:赞助|冠名))',
      // a company as the one that paid: 某某有限公司为本次运动会提供赞助, 奖品由某某商城提供
      '(?:公司|集团)[^。，,\\n]{0,12}?赞助|(?:奖品|礼品|奖金|礼包)由[^。，,\\n]{1,20}?(?:公司|集团|商城|商场|品牌|超市)[^。，,\\n]{0,4}?(?:提供|赞助|送出)',
      // the post marked as an ad by its own account: 【广告】, 推广：… (公益广告 has a word before it)
      '[【\\[](?:广告|推广)[】\\]]|(?<![\\u4e00-\\u9fa5])(?:广告|推广)[:丨|]',
      // a backer named in other words: 独家支持, 倾情赞助, 特约呈现, 指定饮用水
      '(?:独家|特约|倾情)(?:支持|赞助|冠名|呈现|播出|刊发|发布|刊登|推送)|指定(?:饮用水|用水|饮品|用酒|用茶|合作伙伴)',
      // round 11: a company thanked, or supplying an event's goods, with no relief or donation in the sentence (特别鸣谢：某某酒业有限公司;
      // 某某公司为本届龙舟赛提供全部饮品; 比赛服装由某某公司提供; not 鸣谢…爱心企业捐款, 公司提供饮用水支援灾区)
      `鸣谢${NO_RELIEF}[^。\\n]{0,24}?(?:公司|集团)|(?:公司|集团)${NO_RELIEF}(?:为[^。，,\\n]{0,8}?(?:赛|节|会|演出|活动|马拉松))?提供(?:全部|所有)?[^。，,\\n]{0,6}?(?:用球|装备|服装|饮品|饮用水|用酒|器材|奖杯)`,
      `(?:比赛|赛事|参赛|运动员|演出|活动)${NO_RELIEF}(?:用球|装备|服装|队服|饮品|饮用水|器材)均?由[^。，,\\n]{1,20}?(?:公司|集团)`,
      // round 10 (dev13): any backer paying for the post or the event (由某某啤酒赞助, 感谢某某乳业…的大力赞助; not a public body: 县总工会赞助,
      // no backer named: 感谢社会各界…赞助, not 由于, not a refusal: 不接受企业赞助)
      '(?:由(?!于)|感谢(?![社各广爱]))[^,，。不\\n]{1,16}?(?<![局委办府会])赞助',
    ]),
  ],
  [
    'absolute',
    lexicon([
      '全网最低',
      '全网最便宜',
      '全网销量第一',
      '销量第一',
      '销量冠军',
      '第一品牌',
      '行业第一',
      '全网第一',
      'NO\\.?1',
      'Top ?1',
      '最低价',
      '史上最低',
      '最便宜',
      '最佳品质',
      '品质最佳',
      '最佳选择',
      '效果最佳',
      '国家级产品',
      '国家级品质',
      '顶级',
      '极品',
      '万能',
      '特供',
      '专供',
      '领导品牌',
      '领袖品牌',
      '王牌',
      '绝无仅有',
      '独一无二',
    ]),
  ],
  // cure and efficacy claims (广告法 Art. 16, 17): a phone beside them is the way to buy the cure
  [
    'claim',
    lexicon([
      '治愈率|有效率(?:高)?达|根治(?![欠拖乱隐污水]|顽疾)|包治|专治|无效退款|药到病除|祖传秘方|特效(?:药|疗法)|(?:一个疗程|当天|立即|马上)(?:即可)?见效',
    ]),
  ],
  [
    'promo',
    lexicon([
      '原价',
      '现价',
      '特价',
      '秒杀',
      '满\\d+减\\d+',
      '满减',
      '领券',
      '优惠券',
      '到手价',
      // 券后仅需, 券后到手 (not 领取消费券后)
      '券后价|(?<!费)券后(?:仅|只|到手|低至)',
      '抢购',
      '限时(?:抢购|特惠|优惠|折扣|特价|秒杀|直降|福利|包邮)',
      '限量',
      '包邮',
      '打折',
      '\\d(?:\\.\\d)?折(?![合算叠旧])',
      '清仓',
      '甩卖',
      '拼团',
      '团购价',
      '预售',
      // 仅需/只需 before a price (只需99元), not before what one brings or how long it takes (只需携带身份证, 仅需3个工作日)
      '[仅只]需(?=\\s?[¥￥]?\\d[\\d.]*\\s?[元块])',
      '低至',
      // a price cut as an amount: 还能优惠100元, 可省60元, 再便宜100元 (not a household bill saved: 每月可省30元左右电费)
      '(?:优惠|便宜|[立可再能]省)\\s?\\d+\\s?元(?!(?:左右)?[电水气]费)',
      '买一送一',
      '促销',
      // 买二送一, 买三盒送一盒, 购十饼赠一饼
      `[买购]${CN_DIGIT}{1,2}[^\\d,，。送赠]?[送赠]${CN_DIGIT}`,
      `[一二三四五六七八九]折(?=起|优惠|促销|特惠|销售|[,，。!！\\s]|$)`,
      '折起',
      '直降',
      '立减',
      '返现',
      '好礼',
      '团购(?!价)',
      '前\\d+名',
      '(?<!\\d)\\d+斤装',
      '即享(?:优惠|折扣|特价)',
      '全场',
      '优惠价',
      '一口价',
      '特惠',
      '首付(?:\\s?\\d[\\d.]*\\s?万?元?起?)?',
      '开盘',
      '认筹',
      '样板间',
      '特价房',
      '尾房',
      '均价约?\\s?\\d[\\d.]*\\s?元\\s?\\/\\s?(?:㎡|平)',
      // incentives that are not in so many words a discount: 钜惠, 大酬宾, 办卡即送, 充100送50, 买3瓶送1瓶
      '钜惠|巨惠|大酬宾|酬宾|让利|福利不断|福利价|宠粉|大礼包|赠品',
      '[即再就加另还][送赠](?![别行达检医药货])',
      '(?:充|满|买)[^\\d,，。]{0,3}\\d+[^\\d,，。]{0,2}送[^\\d,，。]{0,2}\\d+',
      '打[一二三四五六七八九\\d](?:\\.\\d)?折',
      '门市价|市场价|专柜价|吊牌价|量大从优|可议价|厂家直销|源头直供|再优惠|更优惠|超值|零首付|0首付',
      '(?:体验|新客|首单|开业|会员|活动)价|无门槛|成团|(?<![换补申])领\\d+元|免费试听|试听免费|免费上门|免费体验|免单|第二(?:件|份|罐|杯|瓶)半价|积分翻倍',
      // a gift for buying, signing or enrolling: 报名一期课程赠送画材, 签约再送 (签约家庭医生 is a public health service)
      // …or for opening an account, buying a car or spending at a shop: 开卡即送, 存款即赠, 消费满额就送
      '(?:报名|购买|办卡|开卡|开户|存款|购车|购房|消费|签约(?!家庭医生)|下单|充值|入住)[^。,，\\n]{0,8}?(?:[赠即就再]送|[即就再]赠)',
      // a deposit that buys more, a package at a price, a price only some buyers get
      '定金|订金|(?:交|付|存|充)\\d+元?抵\\d+',
      '(?:专[享属]|直播|粉丝|会员|新人|新客)价|(?:新人|粉丝|会员|新客)专享',
      '(?:再|另|还可?|各|每人)减\\s?\\d+|(?:0|零|免)加盟费|量大价优|免租',
      '包接送|包教包会|包拿证|包考试',
      // a package per head with what it includes (每人3680元（含食宿、保险）; a public 学费 or 报名费 is no package)
      '(?:每人|每位|人均)\\s?\\d[\\d.]*\\s?元[（(]含',
      // payment by instalments offered (学费可分期, 支持分期付款; not 罚款可分期缴纳)
      '(?:可|支持|能)分期(?![缴申还])|分期付款',
      // courses sold on a promise: 不过全额退费, 名师授课, 考前冲刺班
      '不过(?:全额)?退[费款]|保过|名师(?:授课|辅导|指导|带教)|冲刺班|提分',
      '【福利】|福利来(?:了|袭|啦)|宠粉福利',
      // tour packages and a price called low
      '日游(?<=[\\d一二三四五六七八九十两]日游)|跟团游|纯玩团|自由行|一价全含|价格优惠|优惠价格',
      '仅售|只售|惊爆价|开抢|价格从优|价格实惠|物美价廉|价廉物美|期免息|分期免息|零门槛|一件代发|利润丰厚|好礼相送',
      '(?:报|买|购|充|订)满\\d+[^\\d,，。]{0,3}送|一对一(?:辅导|教学|私教)|套餐',
      // 拍一发二: a live-stream's two for one
      '拍[一二三\\d]发[二三四五\\d]',
    ]),
  ],
  // the thing is on sale: 开售, 热销, 火热招商, 急售, 新店开业
  [
    'sale',
    lexicon([
      '开售|发售|热销|热卖|在售|加推|急售|诚心出售|低价出售|出售|非诚勿扰',
      // a shop named as where it is sold: 门店和网上旗舰店都有卖, 各专柜均有售
      '(?:门?店|[超门]市|商场|柜台?|档口)[^。，,\\n]{0,8}?[都均也]有(?:卖|售(?!后)|销售(?![额量员]))',
      // a private sale: 九成新冰箱转让, 闲置转让
      '[九八七六]成新|闲置(?:物品)?转让|低价转让|急转|转让价',
      '火[爆热](?:销售|预订|招商|招生|进行|加推|认购|开售)',
      '(?:预订|招商|销售|认购)火热',
      '招商加盟|新店开业|盛大开业|开业大吉|开业(?:啦|了|大酬宾|特惠|优惠)',
      // franchise offers and shop festivals: 诚邀加盟, 诚招代理, 周年庆, 购车节
      '诚邀(?:加盟|合作伙伴|代理)|诚招(?:加盟商?|代理商?|合伙人|经销商)|加盟费|招募(?:代理|合伙人|加盟商|经销商)',
      // 上新 alone is also 迈上新台阶
      '(?:经销商|代理商|加盟商|合伙人|分销商)招募|(?:长期|高价|大量|常年|现金)收购|首销|新品(?:上市|发布|首发)|(?:新品|新款|春茶|秋茶|新茶)上新|上新(?:啦|了)',
      // 周年庆祝大会 and 周年庆典 are no shop's anniversary sale
      '周年庆(?!祝|典)|店庆|购物节|购车节|年货节|大促|狂欢节|双十一|双11',
      // an account selling its own advertising: 承接广告业务, 广告位招租
      '承接[^。,，\\n]{0,6}?业务|广告(?:业务|位|招商|投放)|招租',
      // a private letting or sale of premises: 临街商铺出租, 押一付三
      '(?:商铺|门面|铺面|店面|铺位|写字楼|厂房|仓库|车位)(?:出租|转租|出售|转让)|押一付[一二三]',
    ]),
  ],
  // a named brand recommended (推荐使用“某某”牌, “某某”牌…建议优先选用; not 建议加大品牌宣传)
  [
    'sale',
    lexicon([
      '(?:推荐|建议|首选)[^。\\n]{0,12}?[”"」]牌|[“"「][^”"」。\\n]{1,12}[”"」]牌[^。\\n]{0,40}?(?:推荐|建议|优先|首选)[^。\\n]{0,8}?(?:使用|选用|购买|选购|施用)',
    ]),
  ],
  // urgency: 名额有限, 售完即止, 先到先得
  [
    'scarcity',
    lexicon([
      '数量有限|名额有限|额度有限|库存有限|售完即止|售完为止|送完即止|先到先得|欲购从速|报名从速|抢完即止|手慢无|错过再等|名额仅剩|仅剩\\d',
      '库存不多|拼手速|手快有|先抢先得|每人限购',
      '仅限(?:今天|今日|当天|明天|本周|周末|\\d+天)|限今日|今日截止|最后(?:\\d+|[一二三两])天',
    ]),
  ],
  // a kind of business named as the one offering (某某餐厅推出…): a weak sign, it never makes a sale alone
  [
    'merchant',
    lexicon([
      '餐厅|饭店|酒楼|火锅店|烧烤店|农家乐|民宿|客栈|美容院|美发店|健身房|健身工作室|4S店|家具城|建材城|商场|体检中心',
      '旅行社|驾校|培训学校|培训机构|售楼处|诊所|医美|药房|药店|专卖店|农场|采摘园|果园|茶庄|酒庄',
    ]),
  ],
  // 元 leads the scan; the digits before it are taken in code (PRICE_DIGITS)
  [
    'price',
    lexicon([
      '¥\\s?\\d+(?:\\.\\d+)?',
      '元(?:起|\\/[斤件盒瓶箱只个袋套份㎡]|\\/平(?:方米|米)?)?',
      '(?:原价|现价|售价|仅售|只要|到手价|团购价|秒杀价|优惠价|特价)\\s?[:]?\\s?\\d+(?:\\.\\d+)?',
      // 总价168万: a house price without 元
      '(?:总价|单价|售价|报价|起购金额)\\s?[:]?\\s?\\d+(?:\\.\\d+)?\\s?万',
      // 每天不到1毛钱, 价格面议, and the unit after the number without 元 (45一斤, 12/个): a price in
      // other words. Only from the start of a digit run: tried at every digit of a long run, the run
      // would be read again from each (quadratic).
      '(?<![\\d.])\\d+(?:\\.\\d+)?\\s?(?:毛钱|块钱|块(?=[，,。！!～~\\s]|$)|[/一][斤件盒瓶箱只个袋套份罐包条])|价格面议',
      // …or on request: a comment of 1 answered in private (想要的扣1，我私信发你, 扣个1，私聊告诉你价格)
      `${KOU1}[^。\\n]{0,12}?私[信聊]?(?:发|告诉)你`,
      // a price in Chinese numerals: 九十九元一只, 九块九 (from the first numeral of a run only)
      '(?<![一二三四五六七八九十百千两])[一二三四五六七八九十两][一二三四五六七八九十百千两]{0,3}(?:元(?![旦宵素首帅老])|块钱|块(?:[一二三四五六七八九]|(?=[，,。！!～~\\s]|$)))',
    ]),
  ],
  // 淘口令 and its instructions
  ['shop', lexicon(['[¥$€][A-Za-z0-9]{8,13}[¥$€]', '复制这条信息', '打开手机淘宝', '复制口令'])],
];
const PRICE_DIGITS = /\d+(?:\.\d+)?\s?(?:万)?$/;
/** An account followed (关注本号, 关注“某某”公众号, 关注@某某), not 关注乡村旅游 "who care about". */
const FOLLOWED = '关注(?=本|我|小编|@|“|公众号|账号|微博|抖音|视频号|[^。\\n，,]{1,12}?(?:公众号|账号|视频号|抖音号))';
/** What a share or a follow is paid with: a gift, a voucher, a discount (after the verb that gives it). */
const GIFT = '[^。\\n]{0,14}?(?:礼|券|[\\d一二三四五六七八九]折|半价|免单|红包|奖品|话费|门票|优惠|立减|福利|纪念品)';
/** A purchase: a supplier, a contract, a tender, a price paid (采购, 代运营, 报价, 服务期). */
const PURCHASE = '(?:供应商|服务商|中标|采购|合同|外包|代运营|报价|付费|购买|服务(?:费|期|内容|范围))';
const ACCOUNT = '(?:公众号|账号|本号|微博|APP|App|app|客户端|小程序|抖音号|视频号)';
/**
 * Art. 34: follow/share-to-win, bought followers, following or sharing made a condition for a
 * service or an evaluation.
 */
const FOLLOWER = [
  /刷粉|买粉|互粉|涨粉|刷量|刷阅读|刷票|点赞满|粉丝福利|转发抽奖|关注抽奖/g,
  // likes gathered: 集赞, 集满30个赞, 集齐, 集够
  new RegExp(`集(?:[满齐够]\\s?${CN_DIGIT}{1,4}\\s?个?)?赞`, 'g'),
  // followers and views paid for: 购买粉丝, 代刷, 刷播放量, 代为增粉, 每千粉80元, 0.1元/粉
  /(?:购买|买了?)[\d万千百个\s]{0,8}(?:粉丝|阅读量|播放量|点赞量|浏览量)|买赞|代刷|刷(?:播放|点赞|浏览|转发|评论|赞)|代为?(?:增粉|涨粉|加粉|吸粉)/g,
  // reach paid for on the platform (投放DOU+, 投薯条, 粉丝头条, 投流, 付费加热, 付费推广; not 购买电加热器, nor named by a
  // regulator, a policy or a training: 整治…投流, 应当规范…付费加热, 讲授DOU+投放技巧)
  /(?:DOU\+|投流|粉丝头条|投(?:放)?薯条|(?:投放|购买|付费|花钱)[^。\n，,]{0,4}?加热(?![器设棒管片炉])|(?:付费|花钱)推广)(?<!(?:整治|打击|规范|应当|讲授|培训)[^。\n]{0,30})(?![^。\n]{0,8}?(?:技巧|培训|课程))/g,
  // following set as a quota (关注人数不少于200人, 关注量要达到100人)
  /(?:关注|粉丝)(?:人数|数量?|量)[^。\n]{0,4}?(?:不少于|不低于|至少|要达到|须达到|应达到)/g,
  // follower growth as a supplier's deliverable (供应商负责账号增粉，新增关注用户不少于1万人), not an office's own target,
  // ranking or report (力争新增粉丝不少于2万人, 账号增粉12万, 增粉指标纳入考核): bought only in the same passage
  new RegExp(
    `(?:(?:新增(?:粉丝|关注)|关注用户)[^。\\n]{0,4}?(?:不少于|不低于|至少|要达到|须达到|应达到)|账号增粉|增粉(?:任务|指标))(?:(?<=${PURCHASE}[^\\n]{0,80})|(?=[^\\n]{0,80}?${PURCHASE}))`,
    'g',
  ),
  /每\s?[\d千万百]{0,5}\s?[个次]?(?:粉丝?|阅读量?|播放量?|点赞|赞|浏览量?)[^\d。\n]{0,4}?\d[\d.]*\s?元|元\s?\/\s?[千万百]?[个次]?(?:粉丝?|阅读|播放|赞)/g,
  // a share of this post or a tag of friends as the ticket to a draw (分享到朋友圈…随机抽取30位, @三位好友…选出8位寄出)
  new RegExp(
    `(?:(?:分享|转载)(?=本|这|此|该|到|至|给|文章|推文|微博|视频|海报|链接|并|后)|@[^。\\n]{0,4}?好友)[^。\\n]{0,40}?(?:抽奖|抽取|抽出|抽选|随机[抽选送]|[抽揪]\\s?${CN_DIGIT}|(?:选出|挑选|选取)\\s?${CN_DIGIT}{1,3}\\s?(?:位|名)[^。\\n]{0,8}?(?:寄出|送出|赠送|获得))`,
    'g',
  ),
  // …and a comment (评论区晒出…抽取5位, 留言…随机抽出3名)
  new RegExp(`(?:评论|留言)[^。\\n]{0,30}?(?:抽取|抽出|随机抽|抽选)\\s?${CN_DIGIT}{1,3}\\s?(?:位|名)`, 'g'),
  // following worded otherwise (订阅, 成为粉丝) as the gate to a vote: 成为本号粉丝后…可投3票, 只有本号粉丝才能参与
  new RegExp(
    `(?:${FOLLOWED}|订阅(?!号)|成为[^。\\n]{0,8}?粉丝)[^。\\n]{0,24}?(?:后(?![续期面来])|再(?!次))[^。\\n]{0,24}?(?:投票|投\\s?${CN_DIGIT}{1,2}\\s?票|参评)`,
    'g',
  ),
  /(?:只有|仅限|只限)[^。\n]{0,10}?粉丝[^。\n]{0,4}?(?:才能|才可|方可|可以?)(?:参与|参加|投票|报名|领取|办理|预约)/g,
  /关注[^。\n]{0,12}(?:转发|评论|点赞)[^。\n]{0,16}?(?:抽取?|送出?|赢取?|领取?)/g,
  /转发[^。\n]{0,32}?(?:抽奖|抽取|[抽揪]\s?[\d一二三四五六七八九十两]|送出|赢取)/g,
  // the draw announced before its condition: 抽取5名点赞并关注本号的网友送…, 抽3位一键三连的观众送…
  new RegExp(
    `抽(?:取|出|选)?\\s?${CN_DIGIT}{1,3}\\s?(?:位|名|个)[^。\\n]{0,16}?(?:三连|转发|点赞|关注的|${FOLLOWED})[^。\\n]{0,16}?(?:送|赠|获得|奖)`,
    'g',
  ),
  // following an account as the way to vote (关注“某某”公众号，回复编号即可投票)
  new RegExp(`${FOLLOWED}[^。\\n]{0,30}?(?:即可|方可|才能)[^。\\n]{0,6}?投票`, 'g'),
  // following made a precondition (须先关注“某某普法”公众号), likes as the measure of an evaluation
  /(?<![无毋])(?:须|需|必须|需要|请先|务必)先?(?:关注|下载|转发)[^。\n]{0,12}?(?:公众号|账号|微博|APP|App|app|抖音号|视频号|客户端|小程序)/g,
  // 关注“某某医保”公众号，否则无法缴费: the service refused to whoever does not follow
  /(?:关注|下载|绑定)[^。\n]{0,20}?(?:公众号|账号|微博|APP|App|app|抖音号|视频号|客户端|小程序)[^。\n]{0,6}?否则[^。\n]{0,6}?(?:无法|不能|不予|不得|将不)/g,
  // people organised to follow and vote: 组织干部群众关注本公众号并参与投票
  // (the public, not party members organised to study on 学习强国)
  /(?:组织|动员|要求)[^。\n]{0,10}?(?:群众|市民|居民|村民|学生|家长|网友|游客)[^。\n]{0,6}?(?:关注|转发|下载)[^。\n]{0,12}?(?:公众号|账号|本号|微博|APP|App|app|客户端|小程序)/g,
  // 转发本文到朋友圈即可领取精美礼品, 关注后回复“福利”即可领取优惠券
  /(?:转发|分享|关注|点赞|集赞)[^。\n]{0,20}?(?:即可|就可|就能|可)(?:领取|获得|获取|获赠|兑换|抽取)[^。\n]{0,12}?(?:礼品|奖品|礼物|纪念品|优惠券|红包|门票|电影票|福利|礼包|奖励)/g,
  // 点赞本条微博并@三位好友，即有机会获得门票
  /(?:点赞|转发|关注|评论|分享)[^。\n]{0,20}?(?:即有机会|就有机会|有机会)(?:获得|赢得|赢取|抽中|领取)/g,
  /以[^。\n]{0,6}?(?:点赞|转发|分享)(?:数|量)[^。\n]{0,8}?(?:为|作为)[^。\n]{0,8}?(?:依据|标准)/g,
  // (关注群众需求…才能办理 is no account followed; one followed may be a few steps before the gate: 关注…，回复“社保”，才能获取)
  new RegExp(
    `(?:${FOLLOWED}[^。\\n]{0,24}?|(?:下载|转发|分享)[^。\\n]{0,16}?)(?:后方可|方可|才能|才可|后才|后再)(?:在线|网上)?(?:办理|预约|领取|参与|报名|查询|申请|参加|投票|获得|缴费|缴纳|使用|登录|进入|查看|看到|浏览|阅读|观看|获取|提交)`,
    'g',
  ),
  // a follow put first, then the steps to a vote, an entry or a prize (先关注本号，点击菜单…投票; 先关注…再转发…即视为报名;
  // not 建议先关注…, nor an office's how-to to a service: 先关注…公众号，点击…办理, 完成网上报名)
  new RegExp(
    `(?<!建议|可以?|不妨|记得)先${FOLLOWED}[^。\\n]{0,60}?(?:投票|参[与加评赛]|[“为]报名|领取|获取[^。\\n，,]{0,6}?(?:链接|入口|资格|二维码|名额|报名表))`,
    'g',
  ),
  // a share proved by a screenshot as the ticket (转发…截图私信，即可领取; 分享…截图上传后视为参赛)
  /(?:转发|分享)(?=本|这|此|该|到|至|给|文章|推文|笔记|微博|视频|海报|链接|并|后)[^。\n]{0,40}?截图[^。\n]{0,20}?(?:即可|即视为|视为|就能|就可|方可)[^。\n]{0,4}?(?:领|获|兑|参[加与评赛]|报名|抽)/g,
  // (not with another way given: …，也可到窗口办理)
  /(?:关注|下载)(?![^。\n]{0,60}?(?:也可|可到))[^。\n]{0,20}?后(?![续期面来])[,，]?[^。\n]{0,10}?(?:即可|就能|就可)(?:在线|线上)?(?:办理|预约|领取|报名|查询|申请|获得|缴费|缴纳)/g,
  /(?:转发|分享)[^。\n]{0,16}?(?:截图|集赞|点赞数)[^。\n]{0,16}?(?:作为|计入|纳入|评选依据|评分|加分|成绩)/g,
  // shares and likes counted into a score: 转发量和点赞量按30%计入最终得分, 点赞数占总成绩的30%, 转发情况纳入评比
  /(?:转发|分享|点赞|粉丝|关注)(?:量|数|次数|情况|率|人数)[^。\n]{0,16}?(?:计入|纳入|作为|占)[^。\n]{0,8}?(?:得分|成绩|评分|依据|标准|考核|总分|评比|评选|排名)/g,
  // a prize for passing a mark of likes or shares: 点赞过百的留言送…, 转发超过500次的网友获赠…
  /(?:点赞|转发|分享)(?:数|量|次数)?(?:过|超过|超|达到?|满)\s?[\d一二三四五六七八九十百千万两]+[^。\n]{0,12}?(?:送|赠|奖品|奖励|礼品|礼包|门票|红包)/g,
  // …and by a rank in Chinese numerals: 点赞前五名的留言各得…
  new RegExp(`(?:点赞|转发|分享)(?:数|量)?(?:排名)?前\\s?${CN_DIGIT}{1,3}\\s?(?:名|位)[^。\\n]{0,12}?(?:得|获|送|赠|奖)`, 'g'),
  // friends' support counted into a prize like likes (助力值排名前10的作品奖励…, 邀请好友最多的前3名获得…; not 助力数字经济);
  // an invitation count buys a prize only by rank or with a prize named (邀请人数达120人，获得学员好评 is a turnout)
  /(?:助力(?:值|人数|次数|榜(?!样)|排名)|邀请(?:好友)?(?:最多|人数(?:最多|排名)))[^。\n]{0,24}?(?:奖|[送赠获领]|购物卡|礼)|邀请(?:好友)?人数[^。\n]{0,24}?(?:奖|[送赠获领][^。\n，,]{0,10}?(?:礼|奖|券|卡|红包|话费))/g,
  // the service refused to whoever has not followed: 没有关注本号的家长将无法参加…
  // …or has not gone through it (未通过本号预约的…不再发放号源, 不经本号小程序登记的…不能领取): a service refused
  // (not 未在本公众号发布的招聘信息，均不能代表本局意见, a notice against fakes)
  new RegExp(
    `(?:(?:未|没有?)(?:通过|经由?|在|关注|下载|绑定)|不(?:经由?|通过))[^。\\n]{0,8}?${ACCOUNT}[^。\\n]{0,12}?(?:无法|不能|不予|不得|将?不再|将不)(?=[^。\\n，,；;]{0,4}?(?:办|受理|预约|领|参[加与评]|报名|享|发放|缴|使用|查询|申请|获|进入|入[场学园]|就诊|挂号|安排|提供|接受|录取|审核|报销|购|登记|兑))`,
    'g',
  ),
  // shares and follows set as a quota: 转发到不少于两个微信群, 每户至少1人关注本公众号 (not 关注至少3类人群)
  new RegExp(`(?:转发|分享)[^。\\n]{0,12}?(?:至少|不少于|不低于|到|至)\\s?${CN_DIGIT}+\\s?(?:个|位)?(?:微信群|群|好友|朋友圈)`, 'g'),
  new RegExp(`(?:至少|不少于)\\s?${CN_DIGIT}+\\s?(?:人|名)(?:关注|下载|转发)(?=本|我|${ACCOUNT}|[。，,;；!！]|$)`, 'g'),
  // following an account, sharing or liking to enter a draw: 关注本公众号并回复…，参与幸运大转盘 (not 市民关注的年货节抽奖,
  // 转发了关于年货节抽奖的通知)
  new RegExp(`(?:${FOLLOWED}|转发|点赞)[^。\\n]{0,40}?(?:参与|参加|即可|就能|可)[^。\\n]{0,4}?(?:抽奖|转盘|抽盲盒)`, 'g'),
  // …or ranked a few words on (按点赞量排序，排名前三的…每件奖励, 根据点赞数评出前十名，每人赠送…; not 位居全省前十名，获得表扬,
  // nor an award the account got: 居全省前十名，获网信办通报奖励)
  new RegExp(
    `(?:点赞|转发)[数量][^。\\n]{1,8}?前\\s?${CN_DIGIT}{1,3}[名位的][^。\\n]{0,12}?(?:[送赠礼]|奖品|[每各友品][^。\\n]{0,3}?奖励?)`,
    'g',
  ),
  // followers bought from a business (第三方推广机构…增粉服务, 某传媒公司的粉丝增长套餐; not 新增粉丝)
  /(?:第三方|机构|公司)[^。\n]{0,12}?(?:增粉|吸粉|粉丝增长)(?!丝)|(?:代|付费)增粉|增粉(?:服务|套餐|业务)/g,
  // a prize for the most liked or shared: 点赞数最高的3位网友将获得…
  /(?:点赞|转发|分享|评论)(?:数|量)?(?:最高|最多|排名前|前\s?\d+名)[^。\n]{0,12}?(?:获得|赢得|获赠|奖励|送出?|得到)/g,
  // votes sold: 充值10元增加50票, 购买“助力值”加票, a paid gift worth votes (礼物可抵10票), 加票需付费
  new RegExp(
    `(?:充值|花钱|付费|购买|打赏)[^。\\n]{0,12}?(?:加票|增票|票数|助力值|(?:增?加|[增得送赠]|获[得赠]|额外)\\s?${CN_DIGIT}{1,4}\\s?票)|(?:礼物|助力值|道具)[^。\\n]{0,8}?(?:抵|折合|计|增?加|增)\\s?${CN_DIGIT}{1,4}\\s?票|(?:加票|增票)[^。\\n]{0,8}?(?:付费|购买|充值)`,
    'g',
  ),
  // a share shown by screenshot as the ticket to a service, a prize or an evaluation
  /(?:转发|分享)[^。\n]{0,20}?(?:朋友圈|群|好友|微博)[^。\n]{0,24}?(?:(?:凭|出示|提供|查验)[^。\n]{0,6}?截图|截图(?:为凭|[^。\n]{0,8}?(?:方可|才能|才可))|不予(?:参评|受理|办理|发放)|方可(?:参评|领取|参加|报名|办理))/g,
  // a share, a tag of friends or a follow that buys a gift or a discount for whoever does it (…每人寄一份伴手礼,
  // …截图私信我们，就能领一张半价券; not a policy's benefit to whoever qualifies: 符合条件的就可享受报销优惠政策)
  new RegExp(
    `(?:(?:转发|分享)(?=本|这|此|该|到|至|给|文章|推文|笔记|微博|视频|海报|链接|并|后)|@[^。\\n]{0,4}?好友|${FOLLOWED})(?![^。\\n]{0,60}?(?:政策|符合条件|报销))[^。\\n：:；;！!？?]{0,40}?(?:[就即便][能可会]?|每人|各)[^。\\n，,]{0,3}?[领享寄送赠获赢兑抽]${GIFT}`,
    'g',
  ),
];

/** A condition denied just before it: 不以点赞、转发数量作为评选依据, 无需关注. */
const NEGATED = /(?:不|无须|无需|不得|严禁|禁止|不再)[^，,。；;!！?？\n]{0,2}$/;

const WEIGHT: Record<SignalClass, number> = {
  shop: 4,
  sponsor: 4,
  cta: 3,
  fulfil: 3,
  hotline: 3,
  contact: 2,
  absolute: 2,
  claim: 2,
  promo: 2,
  sale: 2,
  scarcity: 2,
  price: 1,
  merchant: 1,
};
/** Families that make a text an offer rather than talk about one: needed for a block (§D.3). */
const ACTION = new Set<SignalClass>(['cta', 'fulfil', 'hotline', 'sponsor', 'shop']);
/** Families that say what is offered (the other half of an offer: a way to get it, ACTION or a contact). */
const OFFER: readonly SignalClass[] = ['price', 'promo', 'sale', 'claim', 'absolute'];

// Genres (rules README §D.3), consulted only when the signals could add up to a finding.
/** A sentence that warns about or punishes ads quotes them (a title too: 一公司提供增粉服务被罚, 兜售粉丝套餐被约谈). */
export const WARNING =
  /明码标价|价格检查|专项检查|价格欺诈|虚构原价|消费提示|消费警示|消费预警|提醒广大消费者|提醒消费者|理性消费|谨防|警惕|话术|噱头|幌子|套路|所谓|虚假宣传|违法广告|虚假广告|广告法|绝对化用语|行政处罚|违规|责令|罚款|被[罚查约]|立案查处|以案说法|以案释法|典型案例|12315|切勿|不要轻信|诱[导骗]|骗局|诈骗|严禁|禁止|不得/;
/**
 * A sentence that reports what many businesses do (不少商家推出满减、打折等促销活动, 部分超市开展特价促销) describes a market,
 * it makes no offer.
 */
const MARKET_REPORT =
  /(?:不少|部分|各大|多家|众多|许多|一些)(?:商家|商户|超市|商场|企业|门店|店铺|经营者|商超|酒店|景区)[^。\n]{0,8}?(?:推出|开展|举办)/;
/** A draft that reports prices as data: its prices are data in every passage (unless one asks people to buy). */
const MONITORING_GENRE = /价格监测|价格指数|CPI|菜篮子/;
/** A whole draft that is a consumer warning or an enforcement notice. */
export const WARNING_GENRE = /消费提示|消费警示|消费预警|以案说法|以案释法|典型案例|违法广告|虚假广告/;
/**
 * Price monitoring, procurement, subsidy (not a dealer's 现金补贴, nor one a shop, dealer or carmaker 推出 itself unless an
 * office joins in or public funds pay) and public-home (配售) passages quote prices as data.
 */
const MONITORING =
  /配[售租]|价格监测|监测显示|监测数据|环比|同比|菜篮子|CPI|物价|平均价格|零售价格|价格指数|批发价|采购公告|中标|成交公告|预算金额|(?<!现金|(?<!联合[^。\n]{0,8})(?:店|经销商|厂家|车企|商家)推出[^。\n]{0,16})补贴|补贴(?=[^。\n]{0,30}?(?:财政|政府|商务))|补助|消费券|以旧换新|惠民|招商引资|投资促进|招标|投标|拍卖|罚没|挂牌|底价|国有资产|闲置资产|资产处置|招聘|岗位|月薪|年薪|薪资|薪酬|销售额|营业额|成交额|交易额|零售额|成交金额/;
const INVEST = /客商|投资|落户|园区|开发区/;
const SENTENCE_END = '。！？!?\n';
const MUTED_BY_MONITORING = new Set<SignalClass>(['price', 'promo', 'contact', 'sale']);
const CONSUMPTION_AID =
  /消费帮扶|助农|(?:农特产品|农产品|特色产品|年货)(?:展示)?(?:展销|博览)|帮扶馆|832平台|农特产品|以购代捐|消费扶贫|(?:县长|市长|州长|镇长|乡长|书记|局长|干部)[^。\n]{0,10}?(?:直播|带货|代言)/;
/** A call that buys (下单, 选购, 预约试驾), not one that claims a voucher: a sale even in a subsidy passage. */
const BUY_ACT =
  /订货|下单|购买|选购|抢购|订购|售楼|[购看选]房|置业|认[购筹]|预[订定]|试驾|直播间|开店|参团|下定|下订|订车|投保|顾客|光临|到店|进店|仅需|只需|只要|仅售|低至/;
/** …is no offer in a passage of MONITORING (a voucher, a subsidy, 配售) or of a union's card, public funds, a public venue. */
const PUBLIC = /工会|财政|[书物化]馆|自习室/;
/** A call to buy that names the channel: a link, a code, a cart, a live-stream room, an order line, orders taken in the comments or a group. */
const CHANNEL = /链接|小黄车|购物车|橱窗|扫码|扫描|二维码|点击|戳|下单|直播间|小程序|商城|订购|预[订定]|热线|私信|微信|评论区|扣|进群|接龙/;
/**
 * A promotion that cuts the price (打八折, 九折, 立减, 免单, 充300送100) or gives a gift for a purchase (开卡即送, 购车就赠;
 * not 报名即送 or 献血即送): a phone beside it is the way to claim it.
 */
const DISCOUNT =
  /折|减|免单|[\d一二三四五六七八九十][盒瓶袋箱斤件桶]?[送赠]|送\d|^(?:购买|办卡|开卡|开户|存款|购车|购房|消费|签约|下单|充值|入住)/;
/** A way in to an offer, in whatever words it is asked for. */
const WAY_IN = /阅读原文|私信|后台留言|评论区|(?:扫码|点击[^。，,\n]{0,6}?)(?:报名|预约|咨询|了解)/;
/** A line that only says how to get in touch: 预订电话：…, 课程顾问：…, 售楼处地址：… */
const CONTACT_LINE = /[ \t]*[\u4e00-\u9fa5A-Za-z]{0,6}?(?:热线|电话|专线|微信|QQ|地址|顾问|客服|联系方式|联系人|营销中心|售楼处|门店)\s*:/y;
/**
 * A paragraph this short runs on into the next even when it ends a sentence (本店新到一批蓝莓。),
 * while the run stays under PASSAGE_MAX: a news sentence is longer, so two ads on either side of
 * one stay two passages.
 */
const BRIEF_PARAGRAPH = 24;
const PASSAGE_MAX = 120;
/** The most neighbouring passages one ad finding spans (each passage's hits are weighed at most this often). */
const RUN_MAX = 3;
/** What a neighbouring passage must add to an ad to join it: a family of its own, not a price or a business named. */
const JOIN_GAIN = 2;
/** The most characters between the signals of two neighbouring passages that make one offer. */
const JOIN_GAP = 40;
/** Lines shorter than this that end no sentence run on into the next line (原价199元 / 现价99元 / 扫码下单). */
const SHORT_LINE = 40;

interface Hit {
  cls: SignalClass;
  start: number;
  end: number;
}

/** Hits weighed between two pauses of the rule (a pause costs nothing in a check in one go). */
const HIT_STEP = 1024;

/** Every signal class, once (Spans keeps a hit's class as its index here). */
const CLASSES = Object.keys({
  cta: 0,
  fulfil: 0,
  hotline: 0,
  contact: 0,
  sponsor: 0,
  absolute: 0,
  claim: 0,
  promo: 0,
  sale: 0,
  scarcity: 0,
  price: 0,
  shop: 0,
  merchant: 0,
} satisfies Record<SignalClass, 0>) as SignalClass[];

/**
 * Passages of the text: a line, or a run of short lines (an ad set line by line). Returned as
 * ascending start offsets; a passage ends where the next begins (minus its newline).
 */
export function passageStarts(text: string): number[] {
  const starts = [0];
  let lineStart = 0;
  let passageStart = 0;
  let prevOpen = false;
  let prevBrief = false;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x0a) continue;
    CONTACT_LINE.lastIndex = lineStart;
    // A brief paragraph (本店新到一批蓝莓。/ 每斤29.9元。/ 需要的朋友请私信。) runs on into the next while
    // the passage is still short: an ad set as a few brief paragraphs is one offer.
    const runsOn = prevOpen || (prevBrief && lineStart - passageStart < PASSAGE_MAX);
    // A contact line (预订电话：…, 地址：…) belongs to the offer above it.
    if (lineStart > 0 && !runsOn && !CONTACT_LINE.test(text)) {
      starts.push(lineStart);
      passageStart = lineStart;
    }
    // A short line that does not end a sentence (a slogan, a price) runs on into the next.
    const last = i > lineStart ? text.charCodeAt(i - 1) : 0;
    prevBrief = i - lineStart < BRIEF_PARAGRAPH;
    prevOpen = i - lineStart < SHORT_LINE && last !== 0x3002 && last !== 0xff01 && last !== 0xff1f && last !== 0x21 && last !== 0x3f;
    lineStart = i + 1;
  }
  return starts;
}

function indexIn(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface ShopMatcher {
  /** The top-level domains of the list, e.g. \.(?:com|cn|me): the scan leads with the dot. */
  tld: RegExp;
  isShop(host: string): boolean;
}
const shopMatchers = new WeakMap<readonly string[], ShopMatcher>();
function shopMatcher(domains: readonly string[]): ShopMatcher {
  let matcher = shopMatchers.get(domains);
  if (!matcher) {
    const list = domains.map((d) => d.toLowerCase());
    const tlds = [...new Set(list.map((d) => d.slice(d.lastIndexOf('.') + 1)))].filter(Boolean);
    const escaped = tlds.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    matcher = {
      tld: new RegExp(`\\.(?:${escaped || '(?!)'})(?![a-z0-9-])`, 'gi'),
      isShop: (host) => list.some((d) => host === d || host.endsWith(`.${d}`)),
    };
    shopMatchers.set(domains, matcher);
  }
  return matcher;
}
/** [a-z0-9.-], either case: a character of a host name. */
const isHostChar = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
const PATH = /\/[^\s，。]*/y;
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i;

/** Links to shops in the text (a host on the list, with its path) and among the draft's links. */
function shopLinks(
  text: string,
  shop: ShopMatcher,
  links: readonly { href: string; start: number; end: number }[],
  hits: Spans<SignalClass>,
) {
  // Each character is walked back over at most once: a host run (a.com.com.com…) is measured
  // from where the previous walk stopped, and a link's path is not scanned again for domains.
  let runFrom = 0;
  let runStart = 0;
  shop.tld.lastIndex = 0;
  for (let m = shop.tld.exec(text); m; m = shop.tld.exec(text)) {
    let start = m.index;
    while (start > runFrom && isHostChar(text.charCodeAt(start - 1))) start--;
    if (start === runFrom && start > 0 && isHostChar(text.charCodeAt(start - 1))) start = runStart;
    runStart = start;
    runFrom = m.index;
    let end = m.index + m[0].length;
    // A host name is at most 253 characters; only its tail decides the domain.
    if (!shop.isShop(text.slice(Math.max(start, m.index - 253), end).toLowerCase())) continue;
    PATH.lastIndex = end;
    if (PATH.test(text)) end = PATH.lastIndex;
    hits.push('shop', start, end);
    shop.tld.lastIndex = runFrom = runStart = end;
  }
  for (const link of links) {
    const host = URL_HOST.exec(link.href)?.[1].toLowerCase();
    if (host && link.end > link.start && shop.isShop(host)) hits.push('shop', link.start, link.end);
  }
}

/**
 * The hits by start (the longest first), a family's hit that overlaps the one before it merged
 * into that one: two patterns of one family reading the same words (打八折 and 八折, 特价59 and
 * 59元) are one signal.
 */
function distinct(hits: Spans<SignalClass>): number[] {
  const order = hits.sorted(true);
  const { start, end, kind } = hits;
  const lastOf = new Int32Array(CLASSES.length).fill(-1);
  let kept = 0;
  for (const h of order) {
    const last = lastOf[kind[h]];
    if (last >= 0 && start[h] < end[last]) {
      end[last] = Math.max(end[last], end[h]);
      continue;
    }
    lastOf[kind[h]] = h;
    order[kept++] = h;
  }
  order.length = kept;
  return order;
}

/** Art. 25 and 34: no commercial ads, no profit-making, no follower-buying. */
export default defineRule({
  meta: {
    id: 'no-commercial-content',
    category: 'commercial',
    defaultSeverity: 'block',
    basis: [{ article: 25 }, { article: 34 }],
    name: { zh: '商业广告与经营性内容', en: 'Commercial content' },
    messages: {
      commercial: {
        zh: '含商业广告或经营性内容（{{signals}}）。政务新媒体不得转载商业广告等经营性信息，不得参与商业性、盈利性经营活动（第二十五条、第三十四条）。',
        en: 'Commercial advertising or profit-making content ({{signals}}). Government accounts must not repost commercial ads or take part in commercial activity (Art. 25, 34).',
      },
      possiblyCommercial: {
        zh: '疑似商业推广（{{signals}}），请确认不是广告或经营性信息（第二十五条、第三十四条）。',
        en: 'Possibly commercial promotion ({{signals}}); make sure this is not an ad or profit-making content (Art. 25, 34).',
      },
      followerGrowth: {
        zh: '“{{signal}}”属于以抽奖、集赞或强制关注等方式涨粉。严禁购买“粉丝”等数据造假，不得强制群众关注、转发（第三十四条）。',
        en: '"{{signal}}" grows followers through lotteries, likes or forced following. Buying followers and forcing people to follow or share are forbidden (Art. 34).',
      },
      consumptionAid: {
        zh: '消费帮扶类推介：请确认不指向单一商家、不以盈利为目的，并按程序审核（第三十四条）。',
        en: 'Consumption-aid promotion: make sure it does not promote a single merchant or seek profit, and have it reviewed (Art. 34).',
      },
    },
    options: z.object({
      /** Score at which a draft with a call to action, shop link, hotline or sponsor is blocked. */
      blockScore: z._default(z.number().check(z.positive()), 6),
      /** Score at which a draft is flagged as possibly commercial. */
      warnScore: z._default(z.number().check(z.positive()), 4),
      shopDomains: z._default(z.array(z.string()), DEFAULT_SHOP_DOMAINS),
      /** The office's own promotion words (settings → 附加词表), scored as promotion signals. */
      extraTerms: z._default(z.array(z.string()), []),
    }),
    examples: {
      valid: [
        '据市发改委价格监测，本周猪肉均价每公斤26.5元，环比下降1.2%。',
        '消费提示：部分商家宣称“全网最低”“秒杀价”，请消费者理性消费，谨防虚假宣传。',
        '驻村第一书记带领村民发展特色产业，白马雪山国家级自然保护区生态持续向好。',
      ],
      invalid: [
        '原价199元，现价99元，限时秒杀，扫码下单！',
        '关注本公众号并转发本条消息，抽取10名网友送出精美礼品。',
        '本次活动由某某品牌独家冠名，全网最低价，订购热线：0871-6xxxxxx。',
      ],
    },
  },
  // A generator: a check in the page may pause it at each `yield` (between signal families, and
  // after every HIT_STEP hits weighed) to give the editor its turn on a long draft.
  *check(context) {
    const { text, options } = context;
    // Kept flat: a long advert holds a signal every few characters (see Spans).
    const hits = new Spans(CLASSES);
    // the hits of VISITS, waived in a PUBLIC passage
    const visits = new Set<number>();
    for (const [cls, regexes] of SIGNALS) {
      eachMatch(
        text,
        regexes,
        (m) => {
          let start = m.index;
          if (cls === 'price' && m[0][0] === '元') {
            const digits = PRICE_DIGITS.exec(text.slice(Math.max(0, start - 12), start));
            if (!digits) return;
            start -= digits[0].length;
          }
          hits.push(cls, start, m.index + m[0].length);
          if (regexes === VISITS) visits.add(hits.length - 1);
        },
        context.presence,
      );
      yield;
    }
    eachMatch(text, literalLexicon(options.extraTerms), (m) => hits.push('promo', m.index, m.index + m[0].length));
    shopLinks(text, shopMatcher(options.shopDomains), context.links, hits);
    yield;
    const followers: Hit[] = [];
    eachMatch(text, FOLLOWER, (m) => followers.push({ cls: 'cta', start: m.index, end: m.index + m[0].length }), context.presence);
    if (!followers.length && hits.length === 0) return;
    yield;

    // Quoted ad phrases, and sentences that warn about ads, talk about ads rather than make one.
    const warningGenre = context.presence.mayMatch(WARNING_GENRE) && WARNING_GENRE.test(text);
    const monitoringGenre = context.presence.mayMatch(MONITORING_GENRE) && MONITORING_GENRE.test(text);
    const sentences = context.shared(sentenceIndex);
    // Hits are asked about in text order: the last sentence's warning is kept, not every sentence's.
    let warnedAt = -1;
    let warned = false;
    let market = false;
    const passages = passageStarts(text);
    const passageEnd = (k: number) => (k + 1 < passages.length ? passages[k + 1] - 1 : text.length);
    // A quotation over a sentence end (“最后100单！原价599，今天只要59.9！”) is one quotation: when the sentence that
    // introduces it or the one its close runs on into warns (话术, 提醒消费者), the ad lines it holds are quoted (not
    // when another sentence of the passage does: 农庄内禁止吸烟). Looks 80 characters each way, no further.
    let quotedAt = -1;
    let quotedWarns = false;
    const quotedInWarning = (at: number) => {
      const base = Math.max(0, at - 80);
      const head = text.slice(base, at);
      const open = head.lastIndexOf('“');
      const tail = text.slice(at, at + 160);
      const close = tail.indexOf('”');
      if (open < 0 || head.includes('”', open) || close < 0 || close >= 80) return false;
      if (base + open !== quotedAt) {
        quotedAt = base + open;
        let from = open;
        while (from > 0 && !SENTENCE_END.includes(head[from - 1])) from--;
        let to = close + 1;
        while (to < tail.length && !SENTENCE_END.includes(tail[to])) to++;
        quotedWarns = WARNING.test(head.slice(from, open)) || WARNING.test(tail.slice(close + 1, to));
      }
      return quotedWarns;
    };
    // (a report on what shops offer is one no longer when its passage urges the reader to buy: `urged`)
    const mentionOnly = (at: number, urged = false) => {
      if (warningGenre || sentences.inMention(at)) return true;
      const k = sentences.indexOf(at);
      if (k !== warnedAt) {
        warnedAt = k;
        const sentence = text.slice(...sentences.at(at));
        warned = WARNING.test(sentence);
        market = MARKET_REPORT.test(sentence);
      }
      return warned || (market && !urged) || quotedInWarning(at);
    };
    // One finding per passage and kind: a lottery line is one problem however it is worded. (Loops
    // over hits are in plain functions: V8 optimises a long loop in a function it can enter again,
    // not one in a generator's body.)
    const followerPassages = new Set<number>();
    const reportFollowers = () => {
      followers.sort((a, b) => a.start - b.start);
      // Patterns that read overlapping words (须先关注本公众号 / 关注本公众号，方可办理) are one signal.
      const merged: Hit[] = [];
      for (const f of followers) {
        const last = merged[merged.length - 1];
        if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
        else merged.push({ ...f });
      }
      let lastFollower = -1;
      for (const f of merged) {
        const k = indexIn(passages, f.start);
        if (k === lastFollower || mentionOnly(f.start) || NEGATED.test(text.slice(Math.max(0, f.start - 4), f.start))) continue;
        lastFollower = k;
        followerPassages.add(k);
        const signal = text.slice(f.start, f.end);
        context.report({ messageId: 'followerGrowth', start: f.start, end: f.end, data: { signal } });
      }
    };
    reportFollowers();

    // Families are scored per passage: a price in the budget section and a hotline in the contact
    // line of a long notice are not an ad, a price with a call to buy in one paragraph is.
    yield;
    const order = distinct(hits);
    const { start: hitStart, end: hitEnd } = hits;
    const hitCls = (h: number) => hits.kindOf(h);
    const hitText = (h: number) => text.slice(hitStart[h], hitEnd[h]);
    yield;
    const titleAid = context.title ? CONSUMPTION_AID.exec(context.title) : null;
    /** The consumption-aid reminders given: one of each severity per draft. */
    const aidReported = new Set<string>();
    /** What one passage, or two neighbouring ones, amount to: a report to make, or nothing. */
    interface Verdict {
      blocking: boolean;
      aid: RegExpExecArray | null;
      from: number;
      counted: number[];
      strongest: Map<SignalClass, number>;
      score: number;
      lastEnd: number;
      lastEndBesideContact: number;
      /** Both a thing offered (a price, a promotion, a sale, a claim) and a way to get it. */
      structured: boolean;
      /** A price or promotion with a channel to buy through (a shop, an order line, a link or code to buy). */
      sells: boolean;
    }
    /** Weighs the hits `order[first..j)`, which stand in the text `[from, to)`. */
    const judge = (first: number, j: number, from: number, to: number): Verdict | undefined => {
      let present = 0;
      // Two different promotions count once more (below): whether there are two is all that matters here.
      let promoText: string | undefined;
      let promoTexts = 0;
      for (let g = first; g < j; g++) {
        const h = order[g];
        present |= 1 << hits.kind[h];
        if (promoTexts < 2 && hitCls(h) === 'promo') {
          const t = hitText(h);
          if (promoText === undefined) promoText = t;
          else if (t !== promoText) promoTexts = 2;
        }
      }
      let potential = 0;
      for (let c = 0; c < CLASSES.length; c++) if (present & (1 << c)) potential += WEIGHT[CLASSES[c]];
      if (promoTexts > 1) potential += WEIGHT.promo;
      // a price with a promotion may have its way in in plain words (below)
      const has = (c: SignalClass) => (present & (1 << CLASSES.indexOf(c))) !== 0;
      if (has('price') && has('promo') && !has('contact')) potential += WEIGHT.contact;
      if (potential < options.warnScore) return undefined;

      const words = text.slice(from, to);
      const data = monitoringGenre || MONITORING.test(words);
      const pub = data || PUBLIC.test(words);
      const waived = (h: number) => pub && visits.has(h);
      // Subsidies and monitoring quote prices as data, unless the passage also asks people to buy.
      let buying = false;
      // …or names a line to buy from (售楼热线, 订购热线)
      for (let g = first; g < j && !buying; g++) {
        const cls = hitCls(order[g]);
        buying = (cls === 'cta' || cls === 'hotline') && BUY_ACT.test(hitText(order[g])) && !waived(order[g]);
      }
      const monitoring = !buying && data;
      const invest = INVEST.test(words);
      const urged = URGE.test(words);
      const strongest = new Map<SignalClass, number>();
      const promos = new Set<string>();
      let second: number | undefined;
      let lastEnd = 0;
      let lastEndBesideContact = 0;
      let channel = false;
      let discount = false;
      for (let g = first; g < j; g++) {
        const h = order[g];
        let cls = hitCls(h);
        // an office's investment line (客商, 落户, 园区) is a contact, a franchise's a sales line
        if (cls === 'hotline' && invest && hitText(h)[0] === '招') cls = 'contact';
        if ((monitoring && MUTED_BY_MONITORING.has(cls)) || waived(h) || mentionOnly(hitStart[h], urged)) continue;
        channel ||= cls === 'shop' || cls === 'hotline' || cls === 'fulfil' || (cls === 'cta' && CHANNEL.test(hitText(h)));
        discount ||= cls === 'promo' && DISCOUNT.test(hitText(h));
        // Only whether a second, different promotion comes is asked.
        if (cls === 'promo' && second === undefined && promos.add(hitText(h)).size === 2) second = h;
        if (!strongest.has(cls)) strongest.set(cls, h);
        lastEnd = Math.max(lastEnd, hitEnd[h]);
        if (cls !== 'contact') lastEndBesideContact = Math.max(lastEndBesideContact, hitEnd[h]);
      }
      // A generic hotline or phone is a sales channel only beside a price, a price cut (打八折, 立减), a call to buy or a cure claim.
      if (strongest.has('contact') && !strongest.has('price') && !discount && !strongest.has('cta') && !strongest.has('claim'))
        strongest.delete('contact');
      // Urgency amplifies a sale but never makes one: 名额有限 beside a fee and a phone is an enrolment notice.
      if (
        strongest.has('scarcity') &&
        !['promo', 'sale', 'cta', 'fulfil', 'hotline', 'shop', 'absolute', 'claim', 'sponsor'].some((c) => strongest.has(c as SignalClass))
      )
        strongest.delete('scarcity');
      // A price with a promotion is an offer: a way in anywhere in its passage (点击阅读原文报名, 扫码, 后台留言) is its channel.
      const wayIn =
        strongest.has('price') &&
        strongest.has('promo') &&
        !strongest.has('contact') &&
        ![...ACTION].some((c) => strongest.has(c)) &&
        WAY_IN.test(words);
      // Two different promotions (8折起, 满300减100) make a sale even without a price.
      let score = (second !== undefined ? WEIGHT.promo : 0) + (wayIn ? WEIGHT.contact : 0);
      let action = wayIn || strongest.has('contact');
      for (const cls of strongest.keys()) {
        score += WEIGHT[cls];
        action ||= ACTION.has(cls);
      }
      const blocking = score >= options.blockScore && action;
      if (!blocking && score < options.warnScore) return undefined;
      const offered = OFFER.some((c) => strongest.has(c));
      const counted = [...strongest.values(), ...(second !== undefined ? [second] : [])];
      const aid = CONSUMPTION_AID.exec(words);
      if (aid) aid.index += from;
      // a price cut with a phone beside it (8折…，预约电话…) is sold through that phone
      const sells = (channel || (discount && strongest.has('contact'))) && (strongest.has('price') || strongest.has('promo'));
      return { blocking, aid, from, counted, strongest, score, lastEnd, lastEndBesideContact, structured: offered && action, sells };
    };
    const report = (v: Verdict) => {
      if (v.aid || titleAid) {
        // Government consumption-aid campaigns: a reminder, not a block (§D.3 grey zone); one that
        // sells at a price through a channel (扫码选购, 小黄车, a shop link, an order line) needs a
        // leader's review, a warning. An invitation to a public fair is no channel.
        const severity = v.sells ? 'warn' : 'info';
        if (aidReported.has(severity)) return;
        aidReported.add(severity);
        const at = v.aid ? v.aid.index : titleAid!.index;
        const len = (v.aid ?? titleAid)![0].length;
        context.report({ messageId: 'consumptionAid', start: at, end: at + len, severity });
        return;
      }
      const top = [...v.counted].sort((a, b) => WEIGHT[hitCls(b)] - WEIGHT[hitCls(a)] || hitStart[a] - hitStart[b]).slice(0, 3);
      const signals = quoteList(top.map(hitText));
      const start = Math.min(...v.counted.map((h) => hitStart[h]));
      // a contact line that did not count is not part of the finding
      const end = v.strongest.has('contact') ? v.lastEnd : v.lastEndBesideContact;
      context.report({
        messageId: v.blocking ? 'commercial' : 'possiblyCommercial',
        start,
        end,
        severity: v.blocking ? undefined : 'warn',
        data: { signals, score: v.score },
      });
    };
    /** A run of neighbouring passages that is an ad, reported once the run ends. */
    interface Run {
      verdict: Verdict;
      /** The first passage, its first hit and where it starts; the last passage. */
      k0: number;
      first: number;
      from: number;
      k: number;
      /** Where its last hit ends. */
      end: number;
    }
    let run: Run | undefined;
    // The passage before the current one, when it had hits but was no ad alone: it may pair with the next.
    let open: { k: number; first: number; from: number; end: number } | undefined;
    const flush = () => {
      if (!run) return;
      // A warning about words that already gave an Art. 34 finding in the same passage says it twice.
      let followed = false;
      for (let k = run.k0; k <= run.k && !followed; k++) followed = followerPassages.has(k);
      if (run.verdict.blocking || !followed) report(run.verdict);
      run = undefined;
    };
    /**
     * Weighs the passage of hit `order[first]`; returns where the next passage's hits start. An ad
     * over neighbouring paragraphs is one finding: a passage right after an ad joins it when it is
     * an ad itself (unless both are complete ads) or adds a family to it (the number to order from under the offer), up to
     * RUN_MAX passages. A passage that is no ad alone is weighed once more together with the one
     * before it (an offer in one paragraph, the way to buy in the next) and counts then only when
     * the two hold both a thing offered and a way to get it.
     */
    const weigh = (first: number): number => {
      const k = indexIn(passages, hitStart[order[first]]);
      const from = passages[k];
      const to = passageEnd(k);
      // Always at least the hit itself: one that starts on the passage's closing newline is still its own.
      let j = first + 1;
      while (j < order.length && hitStart[order[j]] < to) j++;
      let end = 0;
      for (let g = first; g < j; g++) end = Math.max(end, hitEnd[order[g]]);
      const alone = judge(first, j, from, to);
      // Only a passage whose signals follow closely on the ones before it continues their offer: two
      // ads with a sentence of news between them stay two.
      const near = (prev: { k: number; end: number } | undefined) =>
        prev !== undefined && prev.k === k - 1 && hitStart[order[first]] - prev.end <= JOIN_GAP;
      if (run && near(run) && k - run.k0 < RUN_MAX) {
        const joined = judge(run.first, j, run.from, to);
        // Two offers that are each complete (blocking) stay two findings; one that completes the other joins it.
        if (joined && (alone ? !(alone.blocking && run.verdict.blocking) : joined.score >= run.verdict.score + JOIN_GAIN)) {
          run.verdict = joined;
          run.k = k;
          run.end = Math.max(run.end, end);
          return j;
        }
      }
      flush();
      if (open && near(open)) {
        const pair = judge(open.first, j, open.from, to);
        if (pair?.structured && (!alone || pair.score >= alone.score + JOIN_GAIN)) {
          run = { verdict: pair, k0: k - 1, first: open.first, from: open.from, k, end: Math.max(open.end, end) };
          open = undefined;
          return j;
        }
      }
      if (alone) {
        run = { verdict: alone, k0: k, first, from, k, end };
        open = undefined;
      } else open = { k, first, from, end };
      return j;
    };
    // A long draft's passages are weighed a part at a time.
    for (let i = 0, weighed = 0; i < order.length;) {
      const j = weigh(i);
      weighed += j - i;
      i = j;
      if (weighed >= HIT_STEP) {
        weighed = 0;
        yield;
      }
    }
    flush();
  },
});
