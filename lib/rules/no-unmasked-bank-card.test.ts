import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-unmasked-bank-card';

ruleTester(rule, {
  valid: [
    // a donation account with no holder named, or an organisation as its holder
    '募捐账户：6217002870012345672，开户行：农业银行镇雄支行',
    '捐款账户：6222021234567894（户名：镇雄县慈善总会）',
    '户名：云南省慈善总会，账号：6222 0212 3456 7894，开户行：工商银行昆明分行',
    '户名：大理州红十字会\n账号：6217002870012345672',
    // an autonomous county's long names put the holder two long lines above the number
    '户名：镇沅彝族哈尼族拉祜族自治县慈善总会\n开户银行：中国农业银行股份有限公司镇沅彝族哈尼族拉祜族自治县支行\n账号：6228 4807 1234 5678 908',
    // a school union's collection account by 收款单位
    '收款单位：青华乡中学工会委员会\n开户行：中国建设银行临沧分行\n账号：6222 0225 1234 5672',
    '户名：昆明市五华区财政局 账号 6225880012345675',
    '户名：云南某某科技有限公司，帐号 9558801234567890128',
    '捐款请汇入对公账户 6222021234567894',
    // a foundation's 对公 donation account, with the holder after the number or under another label
    '账号：6217002870012345672（户名：云南省青少年发展基金会）',
    '账户名称：云南省扶贫基金会\n账号：6222021234567894',
    '收款单位：曲靖市红十字会 账号 6225880012345675',
    '基金会对公账号：6217002870012345672',
    '户名：宁蒗县慈善会，账号：6222 0212 3456 7894。',
    '银行卡号：**** **** **** 7894',
    '卡号 6222 **** **** 7894',
    '订单号 6222021234567894',
    '快递单号 9558801234567890128',
    '交易流水号 2024112614030012345',
    '身份证号 530102198503121233',
    '统一社会信用代码 91350100M000100Y43',
    '2024112614030012 次访问',
    '全省累计发放 1234567890123456 元',
    // an ID number grouped in fours whose first 16 digits happen to pass Luhn: it ends in the ID's X
    '拾到居民身份证一张，持证人为外地游客，号码5323 0119 7507 0836 6X。',
  ],
  invalid: [
    // the private holder written before the number
    {
      text: '为救治患儿，现公布捐款账户（开户人：患儿父亲）：6222021234567890128。',
      errors: [{ messageId: 'bankCard', text: '6222021234567890128' }],
    },
    // a donation account held by a private person (户名 naming a person, a parent of the sick child, the patient)
    {
      text: '爱心捐款账户：6217002870012345672，户名：李某某（患儿母亲）',
      errors: [{ messageId: 'bankCard', text: '6217002870012345672' }],
    },
    { text: '户名：杨某某，募捐账户：6225880012345675', errors: [{ messageId: 'bankCard', text: '6225880012345675' }] },
    { text: '募捐账户 6222021234567894 户名 王某某', errors: [{ messageId: 'bankCard', text: '6222021234567894' }] },
    { text: '捐赠账户：建设银行 6225880012345675（开户人为患者本人）', errors: [{ messageId: 'bankCard', text: '6225880012345675' }] },
    // a person's account after an organisation's: only the nearest holder counts
    {
      text: '户名：云南省慈善总会，账号：6222021234567894；受助人张某的银行卡号6217002870012345672',
      errors: [{ messageId: 'bankCard', text: '6217002870012345672' }],
    },
    { text: '收款人：张某某，银行卡号6225880012345675（户名：张某某）', errors: [{ messageId: 'bankCard', text: '6225880012345675' }] },
    {
      text: '受助人张某的银行卡号为 6225 8814 1420 7430，请核实。',
      errors: [{ messageId: 'bankCard', text: '6225 8814 1420 7430', suggestion: '受助人张某的银行卡号为 **** **** **** 7430，请核实。' }],
    },
    {
      text: '工资卡 6217002870012345672',
      errors: [{ messageId: 'bankCard', text: '6217002870012345672', suggestion: '工资卡 ***************5672' }],
    },
    { text: '卡号：6222 0212 3456 7894', errors: [{ messageId: 'bankCard', text: '6222 0212 3456 7894' }] },
    { text: '请转账至 6222-0212-3456-7894', errors: [{ messageId: 'bankCard', text: '6222-0212-3456-7894' }] },
    { text: '账号 ６２２２０２１２３４５６７８９４', errors: [{ messageId: 'bankCard', text: '６２２２０２１２３４５６７８９４' }] },
    { text: '卡号 6222\u200b0212\u200b3456\u200b7894', errors: [{ messageId: 'bankCard', text: '6222\u200b0212\u200b3456\u200b7894' }] },
    {
      text: '卡号六二二二零二一二三四五六七八九四',
      errors: [{ messageId: 'bankCard', text: '六二二二零二一二三四五六七八九四', suggestion: '卡号************7894' }],
    },
    { text: '收款账户 4367 4212 3456 7896', errors: [{ messageId: 'bankCard', text: '4367 4212 3456 7896' }] },
    { text: '他的储蓄卡 9558801234567890128 丢失', errors: [{ messageId: 'bankCard', text: '9558801234567890128' }] },
    { text: '6222 0212 3456 7894 是王某的卡', errors: [{ messageId: 'bankCard', text: '6222 0212 3456 7894' }] },
    { text: '户名：张三，账号：6225880012345675', errors: [{ messageId: 'bankCard', text: '6225880012345675' }] },
    {
      text: '户名 李四 账号 6222 0212 3456 7895',
      errors: [{ messageId: 'possibleBankCard', text: '6222 0212 3456 7895', severity: 'warn' }],
    },
    {
      text: '户名：云南省慈善总会，账号：6222021234567894。户名：张三 开户行：中国银行 账号：6225880012345675',
      errors: [{ messageId: 'bankCard', text: '6225880012345675' }],
    },
    { text: '卡号 622848001234567894', errors: [{ messageId: 'bankCard', text: '622848001234567894' }] },
  ],
});
