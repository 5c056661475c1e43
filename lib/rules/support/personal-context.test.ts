import { ruleTester } from '../../../test/harness/rule-tester';
import rule from '../no-personal-name';

// The disclosure exception (personal-context.ts) seen through the name rule: a promise to publish a penalty later
// (处罚结果将向社会公开) is not the disclosure itself, so a complainant's name in the same line stays personal.
ruleTester(rule, {
  valid: [],
  invalid: [
    {
      title: '市场监管局快速处理消费投诉',
      text: '近日，县市场监管局接到消费者王秀芬投诉，称在某超市购买到过期食品。执法人员立即核查，对涉事超市依法处罚，处罚结果将向社会公开。',
      errors: [{ messageId: 'name', text: '王秀芬' }],
    },
    {
      title: '餐馆卫生问题已立案调查',
      text: '消费者赵丽华投诉某餐馆卫生问题，执法人员已立案调查，处罚结果会向社会公告。',
      errors: [{ messageId: 'name', text: '赵丽华' }],
    },
    {
      title: '群众举报无证经营',
      text: '县市场监管局接到群众李春梅举报，对无证经营的小作坊依法予以处罚，处罚情况将及时公开。',
      errors: [{ messageId: 'name', text: '李春梅' }],
    },
  ],
});
