import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-detailed-address';

ruleTester(rule, {
  valid: [
    // round 9: a building and its stairwell with no door, floor or room and no home word name a block, not a household
    '阳光小区3栋2单元加装电梯已投入使用。',
    '康乐小区5幢1单元楼道堆放的杂物已清理。',
    '翠湖小区5号楼2单元楼顶漏水问题已解决。',
    { html: '<table><tr><th>申请人</th><th>配租房源</th></tr><tr><td>段某某</td><td>康居小区3幢2单元</td></tr></table>' },
    // a door number in a village with no household named: a unit's or a venue's
    '村委会地址：勐混镇曼国村12号',
    '新家具城地址：城关镇东关村35号',
    '村史馆就在大寨村12号。',
    '办公地址：昆明市呈贡区锦绣大街8号',
    '办事大厅位于五华区人民中路15号政务服务中心3楼',
    '活动地点：盘龙区金星社区居委会3楼会议室',
    '会议在市政府1号楼3楼301会议室召开',
    '确诊病例曾到访官渡区关上街道某小区',
    '高风险区：五华区莲华街道金星小区5栋',
    '新建3栋12层住宅楼，可安置120户',
    '村里共有12户、46人',
    '于2024年3月5号住院',
    '北京路123号的店铺今日开业',
    '云政办规〔2019〕6号',
    '家住五华区，今年68岁',
    '患者家住盘龙区金星小区，已转运',
    '第3单元 课后练习',
    // a home word in another sentence (入住 in the line before) does not make a sales office a home
    '精装现房，签约即可入住！\n售楼处地址：新区锦程路26号',
    { html: '<table><tr><td>单位</td><td>办公地址</td></tr><tr><td>县民政局</td><td>建设路18号</td></tr></table>' },
    // a count of facilities across a whole territory (全县136座水库) is no address, whatever home word is near
    '住建部门对全县48栋老旧住宅开展安全鉴定',
    '住房和城乡建设局牵头，全区共有326栋自建房纳入整治',
    '外出务工人员多、留守老人居住分散，全乡23座危旧土坯房已完成改造',
    '组织水务、住房城乡建设等部门，对全县136座水库、98座塘坝逐一检查',
    // a number of buildings or works followed by what they are (3座桥, 2栋新房, 6栋楼的电梯) is a count, not a building's number
    '家住城关镇的张某某说，镇上新修了3座桥。',
    '老人家住河边村，村里去年建了2栋新房。',
    '住在县城的李某某介绍，乡里共有4座水电站。',
    '租住户反映，小区新装了6栋楼的电梯。',
    // a department's name holding 住 (住房城乡建设, 住建) is no home word
    '住房城乡建设部门检查了城关镇兴隆路56号',
    '县住建部门现场核查北京路123号',
  ],
  invalid: [
    // 全 inside a village's own name (万全村, 安全村, 双全村) is no whole territory
    {
      text: '走失老人户籍地为某某镇万全村3组12号，请知情者联系派出所。',
      errors: [{ messageId: 'address', text: '某某镇万全村3组12号' }],
    },
    { text: '走失老人家住某某镇安全村5组8号。', errors: [{ messageId: 'address', text: '某某镇安全村5组8号' }] },
    { text: '李某某家住城关镇双全村2组16号，已联系家属。', errors: [{ messageId: 'address', text: '城关镇双全村2组16号' }] },
    // a home word, a room or a door number before the block keeps it a household's address
    { text: '住在翠湖小区5号楼2单元', errors: [{ messageId: 'address', text: '翠湖小区5号楼2单元' }] },
    { text: '他家在人民路12号3栋2单元', errors: [{ messageId: 'address', text: '人民路12号3栋2单元' }] },
    // a household's door number in a village, tied to it by a home word (新家地址, 他家在, 老宅, 家庭地址)
    { text: '王某某一家已搬进新居，新家地址：勐混镇曼国村12号。', errors: [{ messageId: 'address', text: '勐混镇曼国村12号' }] },
    { text: '他家在城关镇东关村35号，门前就是菜地。', errors: [{ messageId: 'address', text: '城关镇东关村35号' }] },
    { text: '老人的老宅位于大理镇才村8号。', errors: [{ messageId: 'address', text: '大理镇才村8号' }] },
    { text: '户主：李某某，家庭地址：景东县锦屏镇新民村47号', errors: [{ messageId: 'address', text: '景东县锦屏镇新民村47号' }] },
    {
      name: 'a street number and a flat in the same address are one finding',
      text: '家住城关镇兴隆路56号阳光花园小区3幢1单元601室的村民',
      errors: [{ messageId: 'address', text: '城关镇兴隆路56号阳光花园小区3幢1单元601室' }],
    },
    {
      text: '患者李某某家住盘龙区金星小区3栋2单元401室。',
      errors: [{ messageId: 'address', text: '盘龙区金星小区3栋2单元401室', suggestion: '患者李某某家住盘龙区金星小区。' }],
    },
    {
      text: '张某某，住勐海县勐混镇曼国村委会曼国村民小组23号',
      errors: [
        {
          messageId: 'address',
          text: '勐海县勐混镇曼国村委会曼国村民小组23号',
          suggestion: '张某某，住勐海县勐混镇曼国村委会曼国村民小组',
        },
      ],
    },
    { text: '其家位于西山区前卫街道福海小区12-3-502', errors: [{ messageId: 'address', text: '西山区前卫街道福海小区12-3-502' }] },
    { text: '家住北京路123号的王某某', errors: [{ messageId: 'address', text: '北京路123号', suggestion: '家住北京路的王某某' }] },
    { text: '居民张某某住官渡区关上街道12号院3号楼', errors: [{ messageId: 'address', text: '官渡区关上街道12号院3号楼' }] },
    { text: '现住大理市下关镇兴盛小区三栋二单元', errors: [{ messageId: 'address', text: '大理市下关镇兴盛小区三栋二单元' }] },
    { text: '住址：红河州蒙自市文澜镇天马路８８号', errors: [{ messageId: 'address', text: '红河州蒙自市文澜镇天马路８８号' }] },
    { text: '收货地址：昆明市五华区翠湖花园A座1201室', errors: [{ messageId: 'address', text: '昆明市五华区翠湖花园A座1201室' }] },
    { text: '该男子租住在城中村民房3栋502室内', errors: [{ messageId: 'address', text: '城中村民房3栋502室' }] },
    { text: '户籍地：景洪市嘎洒镇曼景保村5组18号', errors: [{ messageId: 'address', text: '景洪市嘎洒镇曼景保村5组18号' }] },
    { text: '家住金星小区3栋2单元4\u200b01室', errors: [{ messageId: 'address', text: '金星小区3栋2单元4\u200b01室' }] },
    { text: '住在盘龙区东华小区5栋2单元401', errors: [{ messageId: 'address', text: '盘龙区东华小区5栋2单元401' }] },
    // a village or estate whose name holds a unit's character (前所, 三家店, 马站) is still a home
    { text: '户籍地：宣威市某镇前所村委会后所村121号', errors: [{ messageId: 'address', text: '宣威市某镇前所村委会后所村121号' }] },
    { text: '家住三家店社区8栋2单元401室', errors: [{ messageId: 'address', text: '三家店社区8栋2单元401室' }] },
    { text: '住址：大理市下关镇马站小区5幢1单元301室', errors: [{ messageId: 'address', text: '大理市下关镇马站小区5幢1单元301室' }] },
    // a place name masked with ×× (××镇) is still the head of the address
    { text: '你户位于××镇龙泉社区5栋1单元202室的住房', errors: [{ messageId: 'address', text: '××镇龙泉社区5栋1单元202室' }] },
    { text: '快递寄往××乡××村委会下寨村民小组27号', errors: [{ messageId: 'address', text: '××乡××村委会下寨村民小组27号' }] },
    // a door number in a list's 住址 column is a home, with no home word beside it
    {
      html: '<table><tr><td>户主</td><td>家庭住址</td><td>补助金额</td></tr><tr><td>罗某某</td><td>新华社区建设路18号</td><td>800元</td></tr></table>',
      errors: [{ messageId: 'address', text: '新华社区建设路18号' }],
    },
  ],
});

// round 11 (issue #17, blind dev14): a lane's door number (巷, 弄) is a home, unless a venue stands there
ruleTester(rule, {
  valid: ['翠湖巷5号茶馆今天开业。', '活动地点：文化巷12号社区服务中心', '小巷3号楼正在施工。'],
  invalid: [
    { text: '民警把走失老人送回了他在青石巷7号的家。', errors: [{ messageId: 'address', text: '青石巷7号' }] },
    { text: '志愿者每周都去福寿巷23号看望独居的王奶奶。', errors: [{ messageId: 'address', text: '福寿巷23号' }] },
    { text: '社区网格员敲开了柳营弄16号的房门。', errors: [{ messageId: 'address', text: '柳营弄16号' }] },
  ],
});

// round 11 review: a lane's door number where a unit, a venue or a polling station is (named before it: 位于, 设在,
// 居委会（…）), or that bounds a range or a road section, is no one's home
ruleTester(rule, {
  valid: [
    '因雨污管网改造，文庙巷5号至18号路段自12月10日起封闭施工，请过往车辆绕行。',
    '停水范围：青年路、文化巷1号至30号、新华巷全段。',
    '12月8日上午，幸福社区在居委会（幸福巷6号）开展义诊活动。',
    '县党史教育馆位于解放巷3号，冬季开放时间为9:00—17:00。',
    '中共XX县委旧址位于县城西门巷8号，现为县级文物保护单位。',
    '城关选区第二投票站设在南门巷9号（城关二小礼堂）。',
    '停电范围：新华巷2号到16号，仓前巷全段。',
    '红军长征纪念地坐落在古城南门巷15号，免费开放。',
    '居民可到社区卫生服务站（仓前巷4号）免费领取药品。',
    '书院巷2号路段下周起铺设沥青。',
  ],
  invalid: [
    {
      text: '重阳节前夕，记者来到××街道文化巷12号，见到了105岁的普秀英老人。',
      errors: [{ messageId: 'address', text: '××街道文化巷12号' }],
    },
    { text: '他家位于青石巷7号，离学校不远。', errors: [{ messageId: 'address', text: '青石巷7号' }] },
    { text: '王奶奶在福寿巷23号至今已住了50年。', errors: [{ messageId: 'address', text: '福寿巷23号' }] },
  ],
});
