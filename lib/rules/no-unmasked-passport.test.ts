import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-unmasked-passport';

ruleTester(rule, {
  valid: [
    '护照号码：E*****678',
    '往来港澳通行证号码 C*****678',
    '乘坐 G1234 次列车返昆',
    '设备型号 E12345678',
    '航班 MU5678 于 14:05 抵达长水机场',
    '护照办理咨询电话 0871-12345678',
    '出入境窗口本月受理护照申请 12345678 件',
    '通行证办理量 12345678 件',
    '台胞证号 ****5678',
    '护照号码 EA12345（位数不对）',
    '统一社会信用代码 91350100M000100Y43',
    '发证机关编号 K1234567',
  ],
  invalid: [
    {
      text: '游客王某某（护照号码 EA1234567）已平安返回。',
      errors: [{ messageId: 'passport', text: 'EA1234567', suggestion: '游客王某某（护照号码 EA****567）已平安返回。' }],
    },
    { text: '护照：E12345678', errors: [{ messageId: 'passport', text: 'E12345678', suggestion: '护照：E*****678' }] },
    { text: '护照号 ea1234567', errors: [{ messageId: 'passport', text: 'ea1234567' }] },
    { text: '持旧版护照 G12345678 入境', errors: [{ messageId: 'passport', text: 'G12345678' }] },
    { text: '公务护照 DE1234567', errors: [{ messageId: 'passport', text: 'DE1234567' }] },
    { text: '香港特区护照 K12345678', errors: [{ messageId: 'passport', text: 'K12345678' }] },
    { text: '澳门特区护照 MA1234567', errors: [{ messageId: 'passport', text: 'MA1234567' }] },
    { text: '回乡证号码 H12345678', errors: [{ messageId: 'permit', text: 'H12345678' }] },
    { text: '港澳居民来往内地通行证 M1234567801', errors: [{ messageId: 'permit', text: 'M1234567801' }] },
    { text: '其港澳通行证号码为 CA1234567。', errors: [{ messageId: 'permit', text: 'CA1234567' }] },
    { text: '台胞证号码：12345678', errors: [{ messageId: 'permit', text: '12345678', suggestion: '台胞证号码：*****678' }] },
    { text: '护照号码：Ｅ１２３４５６７８', errors: [{ messageId: 'passport', text: 'Ｅ１２３４５６７８' }] },
    { text: '护照号码 E 1234 5678', errors: [{ messageId: 'passport', text: 'E 1234 5678' }] },
    { text: '护照号码 E1234\u200b5678', errors: [{ messageId: 'passport', text: 'E1234\u200b5678' }] },
    { text: 'E12345678（护照）', errors: [{ messageId: 'passport', text: 'E12345678' }] },
  ],
});
