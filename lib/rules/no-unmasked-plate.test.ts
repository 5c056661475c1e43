import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-unmasked-plate';

ruleTester(rule, {
  valid: [
    // an offence word warning against misuse does not tie a list of official cars
    { title: '关于规范公务用车管理的通知', text: '严禁违规使用公务用车，违者严肃处罚。\n公务用车号牌如下：\n云A12345\n云A23456' },
    '曝光台：车主王某的云A·3**8X 号车辆违停。',
    '驾驶人李某某驾驶云A***45 号小型轿车',
    '云A12345 号公交车今日起调整线路。',
    '新投放的云A·D12345 新能源公交车已上线运营。',
    '驾驶人李某某驾驶小型轿车与行人相撞。',
    '乘坐 G5618 次列车',
    '全市新能源汽车保有量达 12345 辆',
    '云南省 2024 年共查处酒驾 1234 起',
    '车主可登录“交管12123”App 办理',
    '车牌号：云A*****',
    '京A 高速出口临时管制',
    // a fleet table with nobody tied to the vehicles
    { html: '<table><tr><th>车牌号</th><th>运营线路</th></tr><tr><td>云A·D3K88</td><td>32路</td></tr></table>' },
    '云A·D3K88 纯电动公交车今起投入32路运营。',
    // a police car stays clean, and a unit's vehicle whose drivers are spoken of as a body
    '民警驾驶云A1234警警车赶到现场处置。',
    '云A·D3K88 新能源环卫车今起上岗。驾驶员均经过专门培训。',
    '云A12345 号公交车因违停被罚款200元。',
    '本次车展共有120辆新车参展，云A·D12345 展车占用展位最多。',
    // a service vehicle's plate stays the operator's with its driver named; a test-drive car is no one's
    '云A12345 号公交车驾驶员已被停岗处理。',
    '驾驶员李某某驾驶云A·D6688 公交车正常进站。',
    '试驾车云A·D5678 已开放预约。',
    // taxis with no driver singled out are the operator's
    '云A·T2345出租车今起投入运营。',
    '云A·D12345新能源出租车今起上线，驾驶员均经过培训。',
  ],
  invalid: [
    // the driver or owner named in the next sentence (经查，驾驶人…; 车主王某某已被约谈; 该车车主…)
    {
      text: '巡查中发现一辆云L·5D291的自卸货车在河道内装运砂石。经查，驾驶人李某某无证采砂。',
      errors: [{ messageId: 'plate', text: '云L·5D291' }],
    },
    { text: '云B·7K3M9的白色厢货深夜倾倒建筑垃圾。车主王某某已被约谈。', errors: [{ messageId: 'plate', text: '云B·7K3M9' }] },
    { text: '监控显示云E·2P8N5长时间停在消防通道上。民警随后联系了该车车主。', errors: [{ messageId: 'plate', text: '云E·2P8N5' }] },
    { text: '一辆云A·6M3Q8长时间停在小区生命通道上。保安多次通知车主挪车无果。', errors: [{ messageId: 'plate', text: '云A·6M3Q8' }] },
    // a notice to move a car names its owner's plate
    { text: '云A·7K2M9 请速来挪车，您的车挡住了消防车道。', errors: [{ messageId: 'plate', text: '云A·7K2M9' }] },
    { text: '物业提醒：停在2号楼下的云C·5P3N8，请尽快移车。', errors: [{ messageId: 'plate', text: '云C·5P3N8' }] },
    // plates exposed or punished for an offence (曝光, 处罚, 罚款, 记分, 占用消防通道)
    {
      text: '下列车辆因在人行道乱停乱放被罚款：云B·12345、云B·6K7M8。',
      errors: [
        { messageId: 'plate', text: '云B·12345' },
        { messageId: 'plate', text: '云B·6K7M8' },
      ],
    },
    { text: '云C·3K5M8 长期占用应急车道，已被处以罚款200元、记6分。', errors: [{ messageId: 'plate', text: '云C·3K5M8' }] },
    {
      text: '交警曝光一批不礼让行人车辆：云A·7N2P4、云A·9Q3R6。',
      errors: [
        { messageId: 'plate', text: '云A·7N2P4' },
        { messageId: 'plate', text: '云A·9Q3R6' },
      ],
    },
    {
      text: '驾驶人李某某驾驶云A·D12345号小型轿车与行人相撞。',
      errors: [
        { messageId: 'plate', text: '云A·D12345', severity: 'warn', suggestion: '驾驶人李某某驾驶云A·****45号小型轿车与行人相撞。' },
      ],
    },
    { text: '车主张某某（车牌 云AB1234）', errors: [{ messageId: 'plate', text: '云AB1234', suggestion: '车主张某某（车牌 云A***34）' }] },
    { text: '驾驶员王某驾驶云A12345D 号大型新能源货车', errors: [{ messageId: 'plate', text: '云A12345D' }] },
    { text: '云A12345 的车主已被约谈', errors: [{ messageId: 'plate', text: '云A12345' }] },
    { text: '司机刘某驾驶川A 8K2M9 越线停车', errors: [{ messageId: 'plate', text: '川A 8K2M9' }] },
    { text: '当事人驾驶云Ｌ１２３４５进入景区', errors: [{ messageId: 'plate', text: '云Ｌ１２３４５' }] },
    { text: '驾驶人持证驾驶云A1234学 教练车', errors: [{ messageId: 'plate', text: '云A1234学' }] },
    { text: '肇事者驾驶贵A·F1234 逃逸', errors: [{ messageId: 'plate', text: '贵A·F1234' }] },
    { text: '车辆所有人：云K·12345', errors: [{ messageId: 'plate', text: '云K·12345' }] },
    { text: '驾驶人赵某驾驶云AD\u200b12345 号车', errors: [{ messageId: 'plate', text: '云AD\u200b12345' }] },
    {
      text: '车主名下两辆车：云A12345、云B67890',
      errors: [
        { messageId: 'plate', text: '云A12345' },
        { messageId: 'plate', text: '云B67890' },
      ],
    },
    // a private car named by its plate, and a vehicle in a crash: the plate points at its occupants
    { text: '一辆云D·5H2K7小型轿车驶出路面，车上2人受伤。', errors: [{ messageId: 'plate', text: '云D·5H2K7' }] },
    { text: '昨晚，川Q3M7K2重型货车在下坡路段侧翻，所幸无人伤亡。', errors: [{ messageId: 'plate', text: '川Q3M7K2' }] },
    { text: '停车场一辆云C·2N8Q4的黑色小型越野车已停放半年。', errors: [{ messageId: 'plate', text: '云C·2N8Q4' }] },
    { text: '车牌号为贵B52K18的货车昨夜在货场失窃。', errors: [{ messageId: 'plate', text: '贵B52K18' }] },
    // plates listed one after another share the tie of the first; a vehicle kind may stand in brackets
    {
      text: '城区检查站查扣了以下车辆，车主请尽快到大队接受处理：云K·7P3M2（小型普通客车）、云KD5R21（普通二轮摩托车）、云K·3M8Q6（轻型厢式货车）。',
      errors: [
        { messageId: 'plate', text: '云K·7P3M2' },
        { messageId: 'plate', text: '云KD5R21' },
        { messageId: 'plate', text: '云K·3M8Q6' },
      ],
    },
    { text: '该路段监控拍到云E·6N1P9（灰色面包车）多次占道停放。', errors: [{ messageId: 'plate', text: '云E·6N1P9' }] },
    // the car's kind before the plate, an SUV or e-bike after it, running a red light, a vehicle seized
    { text: '一辆银色轿车（车牌号：云D·8M2K5）在路口停放了三天。', errors: [{ messageId: 'plate', text: '云D·8M2K5' }] },
    { text: '监控拍到云D8M2K5白色SUV在学校门口掉头。', errors: [{ messageId: 'plate', text: '云D8M2K5' }] },
    { text: '巡逻中发现云D·8M2K5多次闯红灯。', errors: [{ messageId: 'plate', text: '云D·8M2K5' }] },
    // a taxi or ride-hailing car whose driver is singled out (张师傅, 的哥, 刘师傅); a new-energy serial with a letter inside
    { text: '乘客在云A·T2345出租车上突发疾病，司机张师傅立即将其送往医院。', errors: [{ messageId: 'plate', text: '云A·T2345' }] },
    { text: '的哥王某驾驶的云A·D12345出租车上，乘客遗落一部手机。', errors: [{ messageId: 'plate', text: '云A·D12345' }] },
    { text: '市民为云A·T8K21号出租车的刘师傅送来锦旗。', errors: [{ messageId: 'plate', text: '云A·T8K21' }] },
    { text: '驾驶云A·F3K6M8网约车的杨师傅把乘客遗落的钱包送回。', errors: [{ messageId: 'plate', text: '云A·F3K6M8' }] },
    // a table of impounded vehicles whose notice calls on their owners
    {
      html: '<table><tr><th>号牌</th><th>车型</th></tr><tr><td>云H·6P2M1</td><td>摩托车</td></tr><tr><td>云H38K21</td><td>面包车</td></tr></table><p>请以上车辆的车主30日内来队接受处理。</p>',
      errors: [
        { messageId: 'plate', text: '云H·6P2M1' },
        { messageId: 'plate', text: '云H38K21' },
      ],
    },
  ],
});
