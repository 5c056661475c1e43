import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-unmasked-id-number';

ruleTester(rule, {
  valid: [
    '身份证号：5301**********1234',
    '身份证号 530102********1234',
    '原身份证号 1305*******1001',
    '统一社会信用代码 91350100M000100Y43',
    '文号 云政办规〔2019〕6号',
    '号码 110105194912310029',
    '编号 110105194902300021',
    '订单 991231199001010011',
    '手机 13800138000',
    '金额 123456789012345678 元',
    '流水号 2024112614030012345',
    '工商注册号 130503670401001',
    '项目编号 530102850312123',
    '政务服务便民热线 12345',
    '2024年11月26日，全市共办理身份证 130503 张。',
  ],
  invalid: [
    {
      text: '村民李某，身份证号 11010519491231002X。',
      errors: [{ messageId: 'idNumber', text: '11010519491231002X', suggestion: '村民李某，身份证号 1101**********002X。' }],
    },
    { text: '证件号码：530102199003071238', errors: [{ messageId: 'idNumber', text: '530102199003071238' }] },
    { text: '身份证 11010519491231002x', errors: [{ messageId: 'idNumber', text: '11010519491231002x' }] },
    {
      text: '身份证：１１０１０５１９４９１２３１００２Ｘ',
      errors: [{ messageId: 'idNumber', text: '１１０１０５１９４９１２３１００２Ｘ' }],
    },
    { text: '身份证 110105 19491231 002X', errors: [{ messageId: 'idNumber', text: '110105 19491231 002X' }] },
    {
      text: '身份证 5329-0119-8309-0900-49',
      errors: [{ messageId: 'idNumber', text: '5329-0119-8309-0900-49', suggestion: '身份证 5329**********0049' }],
    },
    { text: '身份证 1101\u200b0519491231002X', errors: [{ messageId: 'idNumber', text: '1101\u200b0519491231002X' }] },
    { text: '身份证号码 110105194912310029', errors: [{ messageId: 'possibleIdNumber', text: '110105194912310029', severity: 'warn' }] },
    { text: '号码一一零一零五一九四九一二三一零零二X', errors: [{ messageId: 'idNumber', text: '一一零一零五一九四九一二三一零零二X' }] },
    { text: '身份证号：5329０１１９八三０九０九００四９', errors: [{ messageId: 'idNumber', text: '5329０１１９八三０九０九００四９' }] },
    {
      text: '130503196704010016 与 11010519491231002X',
      errors: [
        { messageId: 'idNumber', text: '130503196704010016' },
        { messageId: 'idNumber', text: '11010519491231002X' },
      ],
    },
    { text: '港澳居民居住证 810000199001010019', errors: [{ messageId: 'residencePermit', text: '810000199001010019' }] },
    {
      text: '台湾居民居住证号码：830000199203030038',
      errors: [{ messageId: 'residencePermit', text: '830000199203030038', suggestion: '台湾居民居住证号码：8300**********0038' }],
    },
    {
      text: '原身份证号 130503670401001',
      errors: [{ messageId: 'oldIdNumber', text: '130503670401001', suggestion: '原身份证号 1305*******1001' }],
    },
    { text: '失信被执行人张三，身份证号 530102198503121233', errors: [{ messageId: 'idNumber', text: '530102198503121233' }] },
    {
      html: '<table><tr><td>姓名</td><td>身份证号</td></tr><tr><td>李某</td><td>532901198309090049</td></tr></table>',
      errors: [{ messageId: 'idNumber', text: '532901198309090049' }],
    },
  ],
});
