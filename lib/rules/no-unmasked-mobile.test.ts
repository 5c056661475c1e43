import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-unmasked-mobile';

ruleTester(rule, {
  valid: [
    // round 9: a seller's staff labelling the line (置业顾问, 销售经理, 客服, 导购, 业务员) in a passage that prices the goods
    '本店新品上市，每盒68元，欢迎联系销售经理13912345678。',
    '蜂蜜每斤80元，客服微信13712345678。',
    '团购价199元一套，详询导购 13612345678。',
    '会员卡充值500元送100元，业务员手机：13512345678',
    // a price in 万元 (a flat, a car) is a price
    '新盘首付3万元起，销售顾问电话13812345678。',
    '二手车报价8.8万元，有意向的可联系客服，手机13712345678。',
    // 其他家庭 is no household (他家): the line is the office's
    '如有其他家庭需要帮助，请拨打0874-1234567。',
    '联系电话：138****5678',
    '政务服务便民热线 12345，消费者投诉 12315。',
    '报警请拨打 110，急救 120。',
    '客服电话 400-123-4567',
    '服务热线 800-820-8820',
    '银行客服 95588',
    '咨询电话：0871-63123456',
    '办公电话 (0872)2123456',
    '全年共接听来电 13800138 次。',
    '身份证号 11010519491231002X',
    '订单号 202411261380013800012',
    '2024年11月26日 14:03',
    '一二三四五',
    '统计显示 12,345,678,901 元',
    '电话 12800138000（非手机号段）',
    // a unit's landline is not personal
    '举报投诉电话：0874-3123110（县应急管理局值班室）',
    // a reply to a caller gives the office's own line
    '如对办理结果有疑问，可致电县住建局0873-7651234。',
    '咨询电话：0871-63331234，联系人：李老师',
    '患者可拨打医院总机0871-65324888咨询。',
    // a seller's booking or order line in an advertisement is the business's contact (labelled commercial)
    '订房可以加店主微信 13912345678，周末请提前两天。',
    '想订购的朋友请直接联系果园老板：15887654321。',
    // a business's owner given as the contact, unnamed (民宿老板娘，手机…; 农家乐的老板，电话…; 茶厂掌柜 …)
    '想订房的可以问一下半山民宿老板娘，手机13887654321。',
    '这家农家乐的老板，电话13912345678，土鸡火锅做得一绝。',
    '新茶上市，直接打给茶厂掌柜 13698765432 就行。',
    // an enrolment or enquiry line in a passage that prices what it sells
    '围棋启蒙班秋季开课，每人980元含教材，咨询电话：15912345678',
    // …and a seller reached by whoever needs the goods (有需要的可以联系…) in a passage that prices them
    '新挖的紫皮大蒜每斤6元，有需要的可以联系村里的李大姐：13912345678',
    // a unit named by its short form (信访办, 卫健委, 妇联, 中队) right before the landline is not private
    '如有线索，请告知其女儿或拨打乡信访办0872-5123456。',
    '老人的家属可联系县卫健委0875-2123456了解救治进展。',
    '患者家属如需帮助，可致电镇妇联0877-4123456。',
    '走失者家属也可联系森林消防中队0888-5123456。',
    // the unit to contact named in the clause before the number
    '请老人的家属与县救助管理站联系，电话0879-3123456。',
    // a claimant asked to come to a unit (请失主本人…到派出所认领, 请申请人本人到政务服务中心办理): the line after is the unit's
    '请失主本人携带身份证到城关派出所认领，联系电话：0871-61234567。',
    '请持证人本人前往县公安局出入境管理大队领取，联系电话：0883-7123456。',
    '请申请人本人于5日内到镇便民服务中心办理，联系电话0874-5123456。',
    // a buyer addressed (有意向的朋友可咨询…, 想尝鲜的朋友请联系…) in a passage that prices the goods: the seller's line
    '今年新采的野生菌每斤80元起，有意向的朋友可咨询13912345678。',
    '脆李每件9斤68元，想尝鲜的朋友请联系合作社，电话15812345678，微信同号。',
    '土蜂蜜每瓶50元，感兴趣的客户直接拨打13698765432订购。',
    // a booking or an order placed by calling the number, in a line that states a price: the business's own line
    '山庄土鸡宴每桌588元起，订桌请拨 13912345678。',
    '新开的民宿标间198元一晚，周末房间紧，想住的提前打电话约个房间：13812345678',
    '手工米线15元一碗，满两碗外送，电话下单 13712345678',
    '土鸡火锅每锅168元，电话订桌：13812345678。',
    '杀猪饭每桌888元，周末客多，请电话订座：13912345678',
    '烧烤自助每位59元，节假日请提前电话订位 13712345678',
    // …a landline labelled as taking bookings, whoever the customers are (家中老人, 患者及家属)
    '推拿每次80元，家中老人腿脚不便的，可电话预约送医上门：0871-65123456',
    // round 12: a line labelled as the seller's (销售热线, 销售电话) or given for ordering (拨打…订购, …下单) is the business's contact
    '下单方式：点击“阅读原文”进入小程序商城，或拨打销售热线 13987345216 订购。',
    '精品茶叶礼盒，销售电话：13812345678。',
    '鲜花饼现烤现发，销售热线13712345678。',
    '拨打 13912345678 下单，次日送达。',
    '想尝鲜的朋友拨打13612345678订购。',
  ],
  invalid: [
    // round 9: a sales role with no price, or a seller in trouble, is a person's line
    { text: '客服13812345678', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    { text: '置业顾问张某涉嫌诈骗，其手机13812345678已停机。', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    { text: '该楼盘每套加价20000元出售，涉嫌违法的销售经理13812345678已被约谈。', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    {
      text: '患者家属电话 13800138000，请知悉。',
      errors: [{ messageId: 'mobile', text: '13800138000', suggestion: '患者家属电话 138****8000，请知悉。' }],
    },
    { text: '联系人：+86 139-1234-5678', errors: [{ messageId: 'mobile', text: '+86 139-1234-5678', suggestion: '联系人：139****5678' }] },
    { text: '电话0086 15912345678', errors: [{ messageId: 'mobile', text: '0086 15912345678' }] },
    { text: '电话(+86)13912345678', errors: [{ messageId: 'mobile', text: '(+86)13912345678', suggestion: '电话139****5678' }] },
    { text: '手机：１３８ ００１３ ８０００', errors: [{ messageId: 'mobile', text: '１３８ ００１３ ８０００' }] },
    { text: '手机 138\u200b0013\u200b8000', errors: [{ messageId: 'mobile', text: '138\u200b0013\u200b8000' }] },
    { text: '电话：一三八零零一三八零零零', errors: [{ messageId: 'mobile', text: '一三八零零一三八零零零' }] },
    { text: '电话：1３9一二三四5678', errors: [{ messageId: 'mobile', text: '1３9一二三四5678', suggestion: '电话：139****5678' }] },
    { text: '号码 1 3 8 0 0 1 3 8 0 0 0 已登记', errors: [{ messageId: 'mobile', text: '1 3 8 0 0 1 3 8 0 0 0' }] },
    { text: '电话 138.0013.8000', errors: [{ messageId: 'mobile', text: '138.0013.8000' }] },
    { text: '手机（139）1234-5678', errors: [{ messageId: 'mobile', text: '（139）1234-5678', suggestion: '手机139****5678' }] },
    {
      text: '16612345678、17712345678 和 19912345678',
      errors: [
        { messageId: 'mobile', text: '16612345678' },
        { messageId: 'mobile', text: '17712345678' },
        { messageId: 'mobile', text: '19912345678' },
      ],
    },
    {
      text: '两个号码 13800138000 13900139000',
      errors: [
        { messageId: 'mobile', text: '13800138000' },
        { messageId: 'mobile', text: '13900139000' },
      ],
    },
    { text: '失信被执行人张三，联系电话 13912345678', errors: [{ messageId: 'mobile', text: '13912345678' }] },
    { title: '寻人：联系 18687654321', text: '正文', errors: [{ messageId: 'mobile', text: '18687654321' }] },
    // a private home landline with a person and an illness is personal
    {
      text: '来电人王某某反映其母亲患有尿毒症。回访电话：0874-3125678（王某某家中）。',
      errors: [
        {
          messageId: 'landline',
          text: '0874-3125678',
          suggestion: '来电人王某某反映其母亲患有尿毒症。回访电话：0874-*****78（王某某家中）。',
        },
      ],
    },
    { text: '村民张某某反映其母亲患病，家中电话0874 3125678。', errors: [{ messageId: 'landline', text: '0874 3125678' }] },
    // a private caller's own line, named by the caller's role
    { text: '来电人赵春华（联系电话：0873-7712345）反映噪声扰民。', errors: [{ messageId: 'landline', text: '0873-7712345' }] },
    { text: '也可以拨打老人儿子杨建国的座机0877-2156789。', errors: [{ messageId: 'landline', text: '0877-2156789' }] },
    // an office named in the next clause does not make the line a unit's
    {
      text: '辖区困难群众刘某某常年患病卧床，其联系电话为0873-3051234，社区将安排志愿者每周上门探望。',
      errors: [{ messageId: 'landline', text: '0873-3051234' }],
    },
    // a purchase in another clause does not make a private number a seller's
    { text: '村民张某某家中购买的化肥被盗，联系电话13812345678。', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    { text: '饭店老板李某某（手机13812345678）已被立案调查。', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    // an owner in trouble is a person, not a shop's contact
    { text: '民宿老板的儿子走失，家属电话13800001111。', errors: [{ messageId: 'mobile', text: '13800001111' }] },
    // a booking clause that names a relative, and a price with no booking: a person's number
    {
      text: '老人住院已花费3万元，想预约探视的亲友请联系其女儿：13912345678',
      errors: [{ messageId: 'mobile', text: '13912345678' }],
    },
    { text: '王阿姨订了每晚300元的民宿，订房人电话13912345678', errors: [{ messageId: 'mobile', text: '13912345678' }] },
    // a classmates' dinner booked by one of them, no price: a person's line
    { text: '老同学聚会定在周六晚上，电话订桌：13912345678', errors: [{ messageId: 'mobile', text: '13912345678' }] },
    {
      text: '寻人：走失老人身上有500元，请见到者打电话预约领人：13912345678',
      errors: [{ messageId: 'mobile', text: '13912345678' }],
    },
    {
      text: '走失老人身上带有现金500元，如有见到者请打电话给其儿子：18288534710',
      errors: [{ messageId: 'mobile', text: '18288534710' }],
    },
    { text: '社区招募助老志愿者，报名电话：13912345678', errors: [{ messageId: 'mobile', text: '13912345678' }] },
    { text: '有需要的群众可联系社区网格员：13912345678', errors: [{ messageId: 'mobile', text: '13912345678' }] },
    // the area code in brackets
    {
      text: '独居老人王某某患有心脏病，家中座机（0874）3125678。',
      errors: [{ messageId: 'landline', text: '（0874）3125678', suggestion: '独居老人王某某患有心脏病，家中座机(0874)*****78。' }],
    },
    {
      text: '患者张某某家中电话(010)62345678',
      errors: [{ messageId: 'landline', text: '(010)62345678', suggestion: '患者张某某家中电话(010)******78' }],
    },
    // a unit's number listed after it (或镇派出所…) and a unit word in an earlier clause (住东风社区，电话…) do not make
    // a private line a unit's; a parent's or a sick child's line is private
    {
      text: '请知情者拨打失主家中座机0872-2123456或镇派出所电话0872-2110110。',
      errors: [{ messageId: 'landline', text: '0872-2123456' }],
    },
    { text: '反映人赵某某（住东风社区，电话0874-3123456）称其母亲常年卧病。', errors: [{ messageId: 'landline', text: '0874-3123456' }] },
    { text: '爱心人士可与患儿母亲联系，她的座机是0877-2012345。', errors: [{ messageId: 'landline', text: '0877-2012345' }] },
    { text: '如有线索请拨打孩子父亲的电话0691-2134567。', errors: [{ messageId: 'landline', text: '0691-2134567' }] },
    // a relative's home given as the line (外甥家：…)
    { text: '老人走失前曾住院治疗糖尿病，有线索请打他外甥家：0875-2216789。', errors: [{ messageId: 'landline', text: '0875-2216789' }] },
    // a word that only ends in 办 (代办, 帮办) names no unit
    { text: '老人由其儿子代办，家中电话0874-3123456。', errors: [{ messageId: 'landline', text: '0874-3123456' }] },
    // a unit acting on a private household's line (工作队把他家座机…, 团队把她家中座机…): the household owns the line
    { text: '工作队把他家座机号码0877-4012235抄在走访本上。', errors: [{ messageId: 'landline', text: '0877-4012235' }] },
    { text: '医疗队记下了老人家的座机0875-2216789，每周回访。', errors: [{ messageId: 'landline', text: '0875-2216789' }] },
    { text: '驻村干部把她家座机0874-3125678记了下来。', errors: [{ messageId: 'landline', text: '0874-3125678' }] },
    // a landline in a row that names a person and a household matter (因病致困, 独居, 低保户)
    { text: '1. 余某华，因病致困，救助金额3000元，联系电话0887-8625731；', errors: [{ messageId: 'landline', text: '0887-8625731' }] },
    { text: '王某某系低保户，致贫原因：因残，电话0874-3123457。', errors: [{ messageId: 'landline', text: '0874-3123457' }] },
    { text: '独居老人杨某某（座机0872-2123458）已纳入重点关爱对象。', errors: [{ messageId: 'landline', text: '0872-2123458' }] },
    // a claimant sent to a unit, with the household's own line after it
    { text: '请家属到县医院办理手续，家属电话0871-61234568。', errors: [{ messageId: 'landline', text: '0871-61234568' }] },
    // round 12: a salesman named or a purchase told after the number is no seller's line
    { text: '王某用手机13812345678购买的车票已退。', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    { text: '销售人员李某某（手机13812345678）涉嫌诈骗。', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    { text: '其手机13812345678被盗后购买了游戏装备。', errors: [{ messageId: 'mobile', text: '13812345678' }] },
    // round 14: a number someone used to order (用/以/通过…手机号…预订) is that person's, ordering words after it or not
    {
      text: '3月5日，受害人张某用手机号13812345678预订机票后，接到冒充航空公司客服的诈骗电话。',
      errors: [{ messageId: 'mobile', text: '13812345678' }],
    },
    { text: '李某通过手机号码13912345678购买火车票后，收到退票诈骗短信。', errors: [{ messageId: 'mobile', text: '13912345678' }] },
    { text: '王某称，本人手机13712345678下单后一直未收到货。', errors: [{ messageId: 'mobile', text: '13712345678' }] },
  ],
});
