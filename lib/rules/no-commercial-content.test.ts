import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-commercial-content';

ruleTester(rule, {
  valid: [
    // price monitoring and statistics: prices are data
    '据市发改委价格监测，本周猪肉均价每公斤26.5元，环比下降1.2%，部分超市特价蔬菜销售平稳。',
    '全市居民消费价格指数（CPI）同比上涨0.8%，鲜菜零售价格每斤3.2元。',
    // consumer warnings and enforcement quoting ad phrases
    '消费提示：部分商家宣称“全网最低”“秒杀价”，诱导消费者扫码下单，请理性消费，谨防虚假宣传。',
    '某公司在宣传中使用“国家级产品”“最佳品质”等绝对化用语，违反《广告法》，市场监管局依法责令改正并处罚款。',
    '警惕“关注转发抽奖”类诈骗，切勿向陌生账号转账。',
    // non-selling uses of 国家级, 第一, 最佳
    '驻村第一书记带领村民发展特色产业，白马雪山国家级自然保护区生态持续向好。',
    '今年第一季度全省地区生产总值增长5.3%，增速位居全国第一方阵。',
    '每年3月至4月是赏樱最佳时间，请游客错峰出行。',
    // government subsidies, procurement, service hotlines
    '购买新能源汽车可申领以旧换新补贴，每辆最高补助2万元，政策咨询电话12345。',
    '本项目采购预算金额120万元，中标供应商为某某公司。',
    '严禁购买“粉丝”等数据造假行为，不得强制要求群众关注、转发。',
    '全县已办理业务8000余件，窗口限时办结率100%。',
    '今年以来，电商平台农产品下单量同比增长35%。',
    { text: '原价199元，现价99元，扫码下单！', options: { blockScore: 20, warnScore: 10 } },
    '本店春季新品上市，欢迎扫码下单。',
    { text: '县图书馆春季新品书目上架。', options: { extraTerms: ['新品上市'] } },
  ],
  invalid: [
    {
      name: "the office's own promotion words (settings) count as promotion signals",
      text: '本店春季新品上市，欢迎扫码下单。',
      options: { extraTerms: ['新品上市'] },
      errors: [
        { messageId: 'possiblyCommercial', text: '新品上市', severity: 'warn' },
        { messageId: 'possiblyCommercial', text: '扫码下单', severity: 'warn' },
      ],
    },
    {
      text: '原价199元，现价99元，限时秒杀，扫码下单！',
      errors: [
        { messageId: 'commercial', text: '原价', severity: 'block' },
        { messageId: 'commercial', text: '199元' },
        { messageId: 'commercial', text: '扫码下单' },
      ],
    },
    {
      text: '关注本公众号并转发本条消息，抽取10名网友送出精美礼品。',
      errors: [{ messageId: 'followerGrowth', text: '关注本公众号并转发本条消息，抽取', severity: 'block' }],
    },
    { text: '集赞满38个即可到服务大厅领取纪念品。', errors: [{ messageId: 'followerGrowth', text: '集赞' }] },
    { text: '市民须关注本公众号后方可预约办理业务。', errors: [{ messageId: 'followerGrowth', text: '关注本公众号后方可预约' }] },
    {
      text: '本次活动由某某品牌独家冠名，全网最低价，订购热线：0871-6xxxxxx。',
      errors: [
        { messageId: 'commercial', text: '由某某品牌独家冠名' },
        { messageId: 'commercial', text: '全网最低' },
        { messageId: 'commercial', text: '订购热线' },
      ],
    },
    { text: '本届音乐节由某某集团冠名赞助。', errors: [{ messageId: 'possiblyCommercial', text: '由某某集团冠名', severity: 'warn' }] },
    {
      text: '正宗普洱茶，第一品牌，到手价128元，点击链接购买：https://item.taobao.com/item.htm?id=123',
      errors: [
        { messageId: 'commercial', text: '第一品牌' },
        { messageId: 'commercial', text: '点击链接购买' },
        { messageId: 'commercial', text: 'item.taobao.com/item.htm?id=123' },
      ],
    },
    {
      text: '复制这条信息¥AbCd1234Ef¥打开手机淘宝，鲜花饼买一送一。',
      errors: [
        { messageId: 'commercial', text: '复制这条信息' },
        { messageId: 'commercial', text: '买一送一' },
      ],
    },
    { html: '<p>鲜花饼礼盒 <a href="https://shop.youzan.com/abc">进入店铺</a></p>', errors: [{ messageId: 'possiblyCommercial', text: '进入店铺' }] },
    {
      text: '全网销量第一的野生菌干货，特价59元。',
      errors: [
        { messageId: 'possiblyCommercial', text: '全网销量第一' },
        { messageId: 'possiblyCommercial', text: '特价' },
        { messageId: 'possiblyCommercial', text: '59元' },
      ],
    },
    { text: '点击左下角小黄车，拍下立减20元。', errors: [
      { messageId: 'commercial', text: '点击左下角' },
      { messageId: 'commercial', text: '20元' },
    ], options: { blockScore: 4 } },
    { text: '消费帮扶：扫码选购我县高原特色农产品，每箱88元。', errors: [{ messageId: 'consumptionAid', text: '消费帮扶', severity: 'info' }] },
    { text: '刷粉刷量服务，联系客服。', errors: [{ messageId: 'followerGrowth', text: '刷粉' }] },
  ],
});
