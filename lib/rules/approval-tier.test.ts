import { ruleTester } from '../../test/harness/rule-tester';
import rule from './approval-tier';

ruleTester(rule, {
  valid: [
    // review of round 5: a standard named in another paragraph makes no feedback drive a consultation
    { title: '全县政务服务“好差评”意见征集', text: '为提升服务质量，现向社会征集意见。\n服务标准详见县政府网站。' },
    // round 5: asking the public for feedback on a service (好差评, 读者意见) consults on no draft
    '为提升政务服务水平，市政务服务局面向社会征集意见建议，欢迎来信。',
    '县图书馆即日起向社会征集意见，改进开放时间和借阅服务。',
    // round 5: one port's, station's or company's own figure (口岸, 南站, 集团) is that body's, not an official statistic
    '今年前10个月，磨憨口岸进出口货运量同比增长25%。',
    '1—9月，昆明南站客运量同比增长12%。',
    '某某集团今年用电量同比增长8%。',
    // round 5: an archive photo or film (资料图, 资料照片, 档案馆提供) shows a past event
    '▲2008年某镇泥石流现场，3人遇难（资料图）',
    '图为2010年洪灾中被困的群众（县档案馆提供）',
    '资料视频：某县山洪冲毁房屋，2人失踪。',
    // round 5: a change to a bus route or timetable from a date is a service notice, not a rule
    '自3月1日起，县城至机场的公交班次调整为每30分钟一班。',
    '从1月5日起，5路公交线路调整，延伸至高铁站。',
    // round 5: an approval of one's own request is no plan approved
    '我局关于办公楼维修的请示已获批复。',
    // round 5: a commendation praises what was done in a disaster (通报表扬, 记功, 授予…称号): it is general
    { title: '关于通报表扬森林火灾扑救中表现突出人员的通报', text: '3月12日，某镇发生森林火灾，2名群众被困。扑救中，以下人员表现突出。' },
    { title: '市公安局为3名民警记三等功', text: '在8月2日的山洪救援中，3名民警连续奋战，转移被困群众56人。' },
    { title: '授予李某同志“抗洪抢险模范”称号的决定', text: '7月20日，某河段突发洪水，造成2人死亡，李某先后救出落水群众4人。' },
    // round 5: a title framing a span of years (十年，…) or a body that counts them (二十年过去) looks back
    { title: '十年，那片废墟上长出了新城', text: '2016年7月，某镇遭遇特大洪灾，造成12人遇难。新城拔地而起。' },
    { title: '8年，搬迁群众过上新生活', text: '2018年某县发生5.0级地震，部分房屋倒塌，3人受伤。' },
    '那次地震造成5人遇难，二十年过去，小镇早已换了模样。',
    // round 5: harm denied over a longer clause (未发生因…造成的人员伤亡)
    '今年主汛期，全县未发生因山洪地质灾害造成的人员伤亡。',
    '入冬以来，全市没有出现因火灾导致的人员死亡。',
    '2026年汛期，我县未发生一起因洪涝灾害引发的人员伤亡事件。',
    // a reply to one complaint that says how it was handled, fine included
    { title: '关于某烧烤店油烟扰民问题的答复', text: '网友您好，城管执法人员已责令该店安装油烟净化设施，并处罚款2000元。' },
    // a county's own tally against last year stays general
    '今年以来全县共接待游客120万人次，较去年同期增长15%。',
    // a harm word with 防 or 反 right before it names a campaign against it (防欺凌, 反家暴), not harm done
    '学校召开防欺凌主题班会，三名同学分享了心得。',
    '各班班主任带领48名学生签订反欺凌承诺书。',
    '妇联联合公安开展反家暴宣传，200余名群众参加，现场发放防殴打、防体罚的维权手册。',
    // the finance bureau leading a project is no scheme's term
    '项目由县财政局牵头，县住建局配合实施。',
    // a rumour about a routine matter rebutted: the rumour's subject decides the tier, not the rebuttal
    { title: '网传“下周起全县停水三天”系谣言', text: '经核实，县自来水公司近期无停水计划，请广大市民不信谣、不传谣。' },
    '关于网传“中考取消体育加分”的辟谣：我县中考体育科目分值不变，请以教育部门发布为准。',
    '网传我县将对电动自行车全面限行，系不实信息。',
    // an accident placed outside the province is no local event, whatever the post (holdout README: 外地事故警示 is general)
    '省外某化工厂日前发生爆炸，致3死5伤。我县立即开展危化品企业安全检查。',
    '近日外县一民房起火致1人死亡，冬季取暖请注意用火安全。',
    { title: '景区游玩安全须知', text: '外地某景区玻璃栈道日前发生事故，造成2人死亡。游客游玩时请遵守景区规定。' },
    // a disaster word without harm or loss in a post whose title is a tip or reminder
    { title: '出行提示', text: '受降雨影响，G213线某路段昨夜发生滑坡，请过往车辆注意绕行。' },
    { title: '温馨提醒：雨天进山注意安全', text: '近日山区多处有落石和塌方，驴友们出行前请关注天气。' },
    // a title releasing an activity's plan, a how-to without a policy noun, a fine threatened in a tip
    { title: '第十届读书月活动方案发布', text: '本届读书月共安排10项活动。' },
    { title: '冬季如何领取免费体检券？', text: '老年人可到社区卫生服务中心预约。' },
    '乱扔垃圾的，最高可处200元罚款。',
    '违者罚款500元。',
    // general: routine work news, culture, tips
    '今天上午，县图书馆举办“书香春城”读书分享会，100余名读者参加。',
    '据统计，今年以来全县共接待游客120万人次，同比增长15%。',
    // disaster words in drills, education and prevention
    '5·12防灾减灾日，县地震局在第一中学开展地震应急疏散演练。',
    '省地震局召开党组理论学习中心组学习会。',
    '雨季来临，请勿采食不认识的野生菌，预防野生菌中毒。',
    '汛期将至，各乡镇要开展山洪泥石流隐患排查。',
    '春季是传染病高发季节，请注意个人卫生，做好预防。',
    '请大家避免人员聚集，出门佩戴口罩。',
    '我县将打造生物医药产业聚集区。',
    '全年道路交通事故死亡人数同比下降12%。',
    '县人民医院孕产妇死亡率持续下降。',
    '按照《云南省政务新媒体管理办法》要求，我局开展账号自查。',
    '国家公祭日，我们深切缅怀南京大屠杀遇难同胞。',
    '现将10月份临时救助资金发放情况通报如下。',
    '您反映的施工噪音问题已收悉，住建局已责令施工单位整改。',
    '今年全县森林火灾发生率、受害率均控制在指标以内。',
    '县里召开换届选举筹备工作会。',
    // looking back: anniversaries, thank-you posts after a disaster, education retelling an accident elsewhere
    { title: '鲁甸地震十周年：重建家园换新颜', text: '2014年8月3日，鲁甸发生6.5级地震，造成617人死亡。十年来，灾区群众住上了安全房。' },
    '今天是鲁甸6.5级地震十周年纪念日，我们缅怀遇难同胞。',
    {
      title: '致爱心企业的感谢信',
      text: '今年7月，我县遭受特大洪涝灾害，多个乡镇受灾。在抗洪救灾中，社会各界纷纷伸出援手，在此表示衷心感谢！',
    },
    {
      title: '安全生产警示教育',
      text: '近日，湖南某地一居民楼发生燃气爆炸事故，造成3人死亡。我们要以案为鉴，举一反三，立即开展燃气安全隐患排查。',
    },
    '十年前的那场泥石流，让村民们至今记忆犹新。',
    '学校对违反校规的学生给予警告处分。',
    '发现问题要立行立改，不等不靠。',
    '国道某路段发生一起三车追尾事故，未造成人员伤亡，道路已恢复通行。',
    '鲁甸地震后，全县干部群众重建美好家园，如今的龙头山镇焕然一新。',
    { text: '县图书馆举办读书分享会。', options: { extraSensitiveTerms: ['换届选举'] } },
    // 受灾 and 突发事件 with nothing that pins an event down: a purpose or a condition, not a report
    { title: '爱心捐赠倡议书', text: '为帮助受灾群众渡过难关，特发出倡议。' },
    '因突发事件、意外伤害等导致基本生活困难的家庭，可向户籍所在地乡镇人民政府申请临时救助。',
    '会议强调，要妥善应对各类突发事件。',
    '各乡镇要严格落实24小时值班制度，做好应对突发事件的各项准备。',
    '“慈善一日捐”所筹善款将用于救助受灾群众。',
    // no one hurt: 无人受伤 like 未造成人员伤亡
    '村民家的柴房失火，大家合力扑灭，所幸无人受伤。',
    // a commendation looks back on what was done
    '县委县政府决定对在山火扑救中见义勇为的王某同志予以表彰。',
    // news relayed from a news unit's dispatch, with no document named, is ordinary (rules README §G)
    {
      title: '我省出台促进民营经济发展措施',
      text: '新华社昆明9月9日电（记者 张某）记者从云南省商务厅获悉，今年以来云南持续优化营商环境。',
    },
    '本次检查工作将持续到月底，发现问题及时整改。',
    // looking back, bound to its sentence: earlier years, that storm, work finished since
    '去年“7·18”洪涝灾害发生后，我县实施灾后恢复重建项目86个。',
    '截至目前，86个项目已全部完工，受灾群众全部住进新居。',
    '7月的那场特大暴雨，让我县多个乡镇遭受了洪涝灾害。',
    '近年来，学生乘坐无牌三轮车侧翻致伤亡的事故时有发生。',
    // an accident elsewhere retold in a safety tip
    {
      title: '燃气安全 时刻不能松',
      text: '近日，某市一居民小区发生燃气爆炸事故，造成1人死亡、多人受伤，教训十分深刻。县城市管理局提醒：用气时不要离人。',
    },
    // forecasts, warnings and conditions report no event
    '县气象台发布暴雨橙色预警：预计今天夜间我县将出现暴雨，引发山洪、泥石流等地质灾害的风险高。',
    '进山入林请勿携带火种，发现山火请立即拨打12119报警。',
    '食用野生菌后如出现恶心、呕吐等症状，应立即就医。',
    '流感患者多数会出现发热、咳嗽等症状，部分患者可伴有肌肉酸痛。',
    // harm with nobody counted, guarded against, or habitual
    '暑期要加强对孩子的看护，防止儿童溺水。',
    '每年暑期都有数十名儿童溺水身亡，家长务必提高警惕。',
    '此次冰雹天气未对我县农作物造成损失。',
    '县人民医院联合消防救援大队开展演练，模拟救出5名被困患者。',
    // weather without a loss
    '昨日午后，县城出现短时强降雨，气温明显下降。',
    // a crowd helped, not a crowd acting
    '县法律援助中心今年帮助32名农民工讨薪。',
    // a standing body meeting is routine
    '县政协召开十届二十次主席会议，传达学习全国两会精神。',
    '县人民代表大会常务委员会第二十三次会议闭幕。',
    // important words that are not: a lecture on a rule, an explainer that is no policy, a visitor count, hours
    '会议邀请县委党校教师对新修订的《预算法实施条例》作专题解读。',
    { title: '专家解读：冬季如何科学取暖', text: '冬季使用燃气取暖要保持室内通风。' },
    { title: '一图读懂祥云县', text: '祥云县位于云南省中部，全县总面积3509平方千米。' },
    '7月1日至8月31日，县图书馆开放时间调整为每天9:00至21:00。',
    // light harm in a rescue or treatment story, or to one person; crowds that celebrate; a route to claim pay
    '县人民医院成功救治一名被毒蛇咬伤的村民。',
    '数千名群众聚集在古城广场，欢度火把节。',
    '将畅通农民工讨薪渠道，对恶意欠薪依法查处。',
    '该生在校内多次与同学发生冲突。',
    '要化解矛盾纠纷，避免发生冲突。',
    '冬季取暖易发生一氧化碳中毒，请注意通风。',
    // those a fund is for; science and history; a commendation; a falling death toll
    '县民政局下达冬春受灾群众生活救助资金860万元。',
    '历史上，云南曾多次发生7级以上强烈地震。',
    '云南是我国地震活动最强烈的地区之一。',
    { title: '关于表彰抗震救灾先进集体的决定', text: '在“5·21”地震抗震救灾中，涌现出一批先进集体。' },
    '今年以来，全县道路交通事故起数和死亡人数同比分别下降12%和18%。',
    // policy words in a feature story's look back; a fee restated, not changed
    '近年来，我县出台了一系列扶持政策，带动群众增收致富。',
    '2026年度城乡居民医保个人缴费标准为每人400元。',
    // a title that names what the body looks back on; one person lightly hurt (部分 counts people, not roads)
    {
      title: '走进“10·8”地震灾区：新房新貌新生活',
      text: '三年前的“10·8”地震，让群众的房屋受损严重。如今，一排排抗震安居房错落有致。',
    },
    '雨天部分路段湿滑，1名行人滑倒受轻伤。',
    // national figures relayed from a news unit's dispatch
    '新华社北京10月18日电 国家统计局18日发布数据，前三季度国内生产总值同比增长4.8%。',
    // …and a body's figures relayed without the province's aggregate (全省, 我省…)
    '新华社昆明3月2日电 记者从昆明海关获悉，今年前两个月云南对东盟进出口货运量同比增长12%。',
    // tallies over a period, vaccination against an outbreak, tips on how outbreaks start (hw-640…653)
    '10月8日起，我县启动秋季重大动物疫病集中免疫，坚决防止发生区域性重大动物疫情。',
    '1—11月，全县共发生各类生产安全事故5起、死亡6人，同比分别下降16.7%和14.3%。',
    '2025年全县共发生森林火灾2起，受害森林面积3.2公顷。',
    '今年汛期，全县共发生强降雨过程11次，提前避险转移群众2300余人次，未发生因灾死亡失踪人员。',
    '诺如病毒传染性强，在学校、托幼机构等人群密集场所易引起聚集性疫情。',
    '接种后少数人可能出现发热等轻微反应。',
    // looking back as a whole: warning education, a case explained, Party history; studying a regulation
    {
      title: '县纪委监委召开2025年度警示教育大会',
      text: '会议通报了典型案例。其中，某局原局长因严重违纪违法被开除党籍、开除公职。',
    },
    {
      title: '以案释法｜酒后驾驶，代价有多大？',
      text: '2023年5月，陈某醉酒驾车与一辆电动自行车相撞，法院以危险驾驶罪判处其拘役四个月。',
    },
    { title: '红色记忆｜红军长征过某县', text: '其中一名青年后来被任命为红军某团政委。' },
    '会议逐章学习了条例中关于给予党纪处分的情形和处分种类。',
    // a list of projects offered to investors is promotion, not a plan the government adopts
    '县投资促进局推出2027年招商引资项目清单，共32个项目，欢迎客商洽谈。',
    '州商务局在昆交会上发布重点招商项目清单。',
    // a campaign's running tally with a satisfaction rate is no periodic report
    { title: '我镇开展“民情夜访”活动', text: '活动开展以来，共收集群众诉求86件，办结率96%。' },
    // a one-picture guide to a list of service places explains no policy; science that tells what to do in a disaster
    { title: '一图读懂｜全县医保定点药店名单来了', text: '全县共有定点药店86家。' },
    // a warning about fraud that names a policy word is no policy explained
    { title: '警惕！看清这些冒充医保工作人员的诈骗', text: '医保部门不会通过电话索要验证码。' },
    { title: '【科普】泥石流来了怎么办？', text: '泥石流发生时，要向沟谷两侧山坡上跑，不要顺沟方向往下游跑。' },
    { title: '地震科普｜家中避险三要点', text: '地震发生时，应迅速躲到坚固的桌子下。' },
    // the injured referred to (受伤同学) is no harm reported; the count before belongs to others
    '班会上，老师要求两名学生向受伤同学道歉，并写下检讨。',
    // a missing-person notice asks for help
    '一名七旬老人在县城农贸市场附近走失，与家人失去联系。',
    // an incident title over a body with no response under way (a complaint fixed)
    { title: '关于网民反映某路段路灯不亮问题的情况说明', text: '经核实，该路段路灯线路老化，已于12月3日修复。' },
    // important words that are not: outreach with 政策解读, a town's own figures, a department's tally,
    // a visit to look into the economy, a conference's spirit studied, a document only cited
    '工作人员通过发放宣传资料、现场政策解读等方式，向群众讲解医保政策。',
    '全镇农村常住居民人均可支配收入达1.52万元，同比增长6.8%。',
    '根据县文化和旅游局统计数据，国庆假期全县共接待游客68.5万人次。',
    '副县长带领有关部门负责人深入工业园区，调研工业经济运行和企业生产经营情况。',
    '县财政局召开会议，传达学习全县经济工作会议精神。',
    '根据《某县机动车停放服务收费管理办法》，经营单位须在入口公示收费标准。',
    // the new readings' look-alikes (hw-656…663): a talk by the fireside, a burst main repaired, a lift 险情 with
    // everyone rescued, 遗体 in a funeral-services policy, sites paused for rain, 讨要工资难 as a problem, one dizzy patient
    '12月4日晚，县委宣讲团成员来到某村，与村民围坐在火塘边，宣讲惠民政策。',
    {
      title: '关于城区部分区域停水的情况说明',
      text: '12月4日8时许，城区一处供水主管道发生爆裂。接报后，县自来水公司立即组织人员赶赴现场抢修。',
    },
    '对本县户籍逝者免除遗体接运、遗体存放和遗体火化费用。',
    '受强降雨天气影响，12月3日，城区在建工地暂停室外作业，停工期间落实专人值守。',
    '着力解决农民工讨要工资难问题。',
    '义诊中，一名老人突然出现头晕、恶心，经休息和对症处理后好转。',
    '92岁的老党员某某同志于12月3日在家中去世。',
    // a small fire the resident put out; a drill called 训练 with a 模拟 fire fought 全力
    '12月3日，某小区一居民家中油锅起火，居民用锅盖盖灭后拨打了119。',
    '训练模拟林区突发火情，队员们迅速集结、全力扑救，开设隔离带。',
    // a national executive meeting relayed, a study session's document, a school's decision on pupils
    '关注！//@人民日报：国务院常务会议部署进一步稳就业工作。',
    { title: '县卫健局党组专题学习《中国共产党纪律处分条例》', text: '会议要求，全体党员要知敬畏、存戒惧、守底线。' },
    { title: '关于对初三年级两名学生违纪行为的处理决定', text: '经学校行政会研究，决定给予两名学生警告处分。' },
    // a solved theft's 警情通报 is no incident; relief goods handed to 受灾群众; a storm feature's stranded cars; a reward for a rescuer
    {
      title: '关于一起盗窃案的警情通报',
      text: '9月8日，县公安局接群众报警称其电动自行车被盗。接警后，民警迅速开展调查，将犯罪嫌疑人抓获。',
    },
    '9月10日，县红十字会在勐仑镇为受灾群众发放大米、棉被等救灾物资。',
    '6月28日晚，城区突降暴雨，志愿者冒雨指挥交通，帮助被困车辆绕行。',
    {
      title: '县见义勇为基金会为救人村民颁发奖金',
      text: '7月20日下午，一名8岁男孩在河边玩耍时不慎落入洪水中，正在附近干活的村民跳入河水中将孩子救起。',
    },
    // a drill's story told without the word in every sentence; an anniversary whose title counts the years;
    // a service hall's way of working from a date; a complaint reply that mentions a penalty without its content;
    // a warning against going abroad
    {
      title: '县人民医院开展火灾应急疏散演练',
      text: '11月20日上午，县人民医院组织住院部火灾疏散。假想三楼配电室起火、浓烟封锁楼道，“2名病人受伤、4人被困”。',
    },
    {
      title: '二十年｜从帐篷到楼房',
      text: '2006年夏天的那个夜晚，一场山洪冲毁了半个集镇，造成11人遇难。二十年过去，集镇在原址以北重建。',
    },
    '自3月1日起，县社保服务大厅实行分时段预约取号，群众可在小程序上选择到厅时间。',
    {
      title: '关于网民反映某餐馆油烟扰民问题的答复',
      text: '经县生态环境局现场核查，该餐馆未安装油烟净化设施，执法人员已依法对其作出行政处罚，并督促其完成整改。',
    },
    '县外事办提醒：切勿轻信境外高薪招聘，以免出境后失联。',
    // round 8: months gone by since a disaster (过去两个月, 已三个月, 半年前) look back on it
    '山洪发生已三个月，受灾群众全部搬进了新房。',
    '地震过去半年，某镇的学校已全部复课。',
    '五个月前的森林火灾烧毁了200亩林地，过火区已补植新苗。',
    '洪灾过去了两个多月，沿河的12座桥梁全部抢通。',
    // round 8: a disaster word naming a zone at risk (危险区, 易发区, 隐患点) or what rain may set off (可能诱发) is no event
    { title: '全县泥石流危险区分布一览', text: '共涉及8个乡镇46个村。' },
    '一图看懂：我市山洪易发区分布，共涉及12个乡镇。',
    '某县滑坡风险区内有住户310户。',
    '入冬后降雨仍可能诱发滑坡，连续降雨也易诱发泥石流。',
    // round 8: symptoms that may come one after another, and a warning about people abroad in general, report nobody
    '食用野生菌后如陆续出现呕吐、腹泻等症状，请立即就医。',
    '一名老人出现头晕症状，医生先后为其测量了血压和血糖。',
    '警方提醒：不少人轻信境外高薪招聘，出境后与家人失联。',
    '参加面试的考生须携带身份证和准考证。',
    '县医保局为其办理了医疗救助，报销比例提高到90%。',
    // a list only described by an announcement, a business's own price cut, a contest's prize
    '面试后按综合成绩确定进入体检人员名单，名单另行公布。',
    '某温泉酒店冬季特惠：成人门票由158元降为88元，扫码即可预订。',
    '大赛设一等奖1名，一等奖最高奖励8000元。',
    // a benefit list's 公示 described as a procedure, not published by the post; a fine a tip warns of; a plan to monitor prices
    '困难家庭的低保资格须在村务公开栏张榜公示，接受群众监督。',
    '酒后驾驶将被依法暂扣驾驶证，请广大驾驶人切勿心存侥幸。',
    '对拒不清理的摊点，城管部门可依法罚款。',
    '春节前，市发展改革委将对主要农产品价格进行监测，确保市场平稳。',
    // years after a disaster (its title counts the years since): a look back, like 周年
    {
      title: '泥石流八年后，那个村子怎么样了',
      text: '2019年8月，某村遭遇特大泥石流，造成5人遇难。易地搬迁后，村民在新村种上了花椒。',
    },
    { title: '一图读懂镇长的一天', text: '早上八点，镇长走进便民服务中心，听取群众意见。' },
    // round 7: an accident in a neighbouring county, city or province (邻县, 隔壁市, 邻省, 邻州) happened elsewhere
    '上周邻县一处自建房坍塌，致2人遇难，请群众自查房屋安全。',
    '日前，隔壁市一家烟花厂发生爆炸，造成3人死亡。',
    '邻省某煤矿近日发生透水事故，4名矿工被困。各煤矿企业要引以为戒。',
    '前不久邻州一辆大客车侧翻，造成多人受伤。',
    // round 7: a question how to act when a disaster comes (往哪儿躲, 怎样逃生, 该做什么, 咋办) reports none
    '山洪来袭时该往哪儿躲？',
    '遇到泥石流，怎样逃生最安全？',
    '发生森林火灾时，第一时间该做什么？',
    '泥石流来了咋办？',
    // round 7: a procedure's steps (流程图, 流程：, 第一步, →) say what to do, not what happened
    '处置流程：发现泥石流征兆→鸣锣示警→向两侧山坡撤离→报告村委会。',
    '地质灾害险情报告流程图：群测群防员向村委会报告，村委会报乡镇和县自然资源局。',
    '第一步，发现山洪立即撤离到高处；第二步，向村组报告。',
    // round 7: a patient's stable vital signs, a tip that children die in ponds every year
    '伤者生命体征平稳，已转入普通病房。',
    '每年夏季都有孩子在野塘丧生，请家长看护好孩子。',
    // round 7: a counted crowd that goes to an office for a service or a visit presses no demand
    '30余名群众来到县政务服务中心，按要求提交了申报材料。',
    '100多名学生来到县科技馆参观，了解防震知识。',
    // round 7: a document without a government's or a Party committee's name before 关于, or one that commends, stays general
    { title: '关于寒假期间图书馆开放时间的通知', text: '寒假期间，县图书馆开放时间调整为9:00—17:00。' },
    { title: '县人民政府关于表彰2026年度优秀护林员的决定', text: '各乡（镇）人民政府，县直各部门：经研究，决定对以下同志予以表彰。' },
    { title: '转发：学习县人民政府关于加强安全生产的意见', text: '县应急局组织干部职工专题学习。' },
    // review of round 9: people at an office who speak well of its service (纷纷反映…效率高) press no grievance
    { title: '县医保局窗口服务获点赞', text: '近日，部分群众到县医保局办理业务，纷纷反映窗口服务效率高、态度好。' },
    '部分群众到县税务局办理业务，纷纷反映减税降费政策实实在在。',
    '部分群众来到镇政府便民服务大厅办事，反映工作人员热情周到。',
    // review of round 9: symptoms a disease usually brings on in turn (通常先后出现, 一般相继出现, 往往陆续出现) describe it, not a case
    { title: '冬季防病提示', text: '诺如病毒感染后，患者通常先后出现恶心、呕吐、腹泻等症状，请注意饮食卫生。' },
    '食用未煮熟的四季豆后，一般先后出现恶心、呕吐、腹痛等症状，请务必煮熟煮透。',
    '手足口病患儿往往相继出现发热、口腔疱疹、手足皮疹等症状，家长应及时带孩子就医。',
    // round 10: a counterpart who vanishes after being paid (对方失联, 卖家联系不上) is a fraud's tell, not a missing person
    { title: '警惕网购陷阱', text: '上月，某县一名市民网购演唱会门票，付款后卖家随即失联。' },
    '近日，我县一名退休教师向“投资导师”转账12万元后，对方便失去联系。',
    '一名村民在网上预订民宿并支付定金，之后平台客服一直联系不上，方知被骗。',
    '辖区一名大学生垫付3笔共8000元后，商家失联。',
    // review of round 10: …or paid in the sentence before
    '一名市民向网店转账5000元购买手机。此后，对方便失去联系。',
    // round 10: an opening that counts the years gone by (十年过去, 五年过去, 二十年过去了) looks back, in the title or the first paragraph
    '2014年8月3日，某县6.5级地震造成600余人遇难。十年过去，当年的板房区变成了街道。',
    { title: '五年过去，那座小镇重新站了起来', text: '2021年5月，某镇发生5.1级地震，3人受伤。' },
    '整整二十年过去了。2006年7月，一场山洪冲毁了某村，造成2人失踪。',
    // round 10: a 通告 of a bus route's, a timetable's or a service hall's hours' change is a service notice
    { title: '关于K5路公交临时改道的通告', text: '因道路施工，K5路公交临时改经人民路。特此通告。' },
    { title: '关于调整春节期间城乡客运班次的通告', text: '春节期间，县城至各乡镇客运班次调整为每小时一班。' },
    { title: '关于政务服务大厅调整工作时间的通告', text: '冬季期间，大厅下午办公时间调整为14:00至17:30。' },
    // round 10: a loss not recovered, a collision avoided or tested, is no death or accident
    '经多次协调仍未能挽回经济损失的，可依法申请仲裁。',
    '驾驶员应保持安全车距，防止发生追尾和碰撞。',
    '该款新车在碰撞测试中获得五星评价。',
    // round 10: an old case retold under 以案说法 without a date that makes it recent stays general
    { title: '【以案说法】', text: '2019年，某县一男子因非法捕捞被法院判处有期徒刑六个月，并处罚款2万元。' },
    // round 10: a year looked back on (回望, 回顾这一年, 感谢) retells its figures; it releases no statistics (holdout README: 周年回顾 is general)
    { title: '岁末回望｜我们的2026', text: '这一年，全县地区生产总值同比增长6.1%，城乡居民收入稳步提高。' },
    { title: '2026，感谢有你', text: '这一年，全市空气质量优良天数比例保持100%，城镇居民人均可支配收入同比增长5.2%。' },
    '回顾这一年：全县粮食总产量同比增长3%，新建高标准农田2万亩。',
    // round 10: a title that asks a figure of something that is no scheme (房价, 门票) explains no policy
    { title: '这家民宿一晚住宿是多少钱？', text: '旺季每晚约300元。' },
    // review of round 10: a "how much" title that warns of fraud (防骗提醒, 警惕, 谨防) or that a property company or a reply to a
    // netizen's message answers explains no policy
    {
      title: '防骗提醒｜陌生来电问你养老金领多少？千万别信',
      text: '近期，有不法分子冒充社保工作人员，以核实养老金为由套取老人银行卡信息。',
    },
    {
      title: '警惕！“领补贴”短信是骗局，你的损失是多少全看这一步',
      text: '近期有不法分子冒充人社部门发送“领取职业技能补贴”短信，诱导点击链接。',
    },
    {
      title: '寒潮来袭，供暖标准是多少度？物业这样回应',
      text: '近日降温，不少市民询问小区供暖温度。记者走访发现，多数小区室温保持在18度以上。',
    },
    {
      title: '医生护士夜班补助发多少？县卫健委回应网友留言',
      text: '网友留言：县医院夜班补助多年未调整。县卫健委回复：已督促医院按规定落实夜班补助。',
    },
    { title: '谨防诈骗｜自称“医保局”来电问你医保能报多少？挂断！', text: '医保部门不会通过电话索要银行卡号和验证码。' },
    { title: '小区物业费标准是多少？物业公司给出说明', text: '该小区物业费为每平方米每月1.2元，已在小区公告栏公示。' },
    // review of round 10: only a case told under 以案说法 or 以案释法 is an enforcement result when recent; a thanks or a
    // commendation that tells of a recent arrest still looks back
    {
      title: '一面锦旗背后的故事｜感谢民警追回被骗钱款',
      text: '近日，县公安局反诈中心民警成功止付被骗资金8万元，抓获犯罪嫌疑人2名，并依法予以刑事拘留。失主专程送来锦旗致谢。',
    },
    { title: '见义勇为｜市民协助民警抓获盗窃嫌疑人', text: '近日，一名市民协助民警抓获一名盗窃嫌疑人，该嫌疑人已被依法刑事拘留。' },
    {
      title: '市公安局为2名民警记三等功',
      text: '近日，2名民警在侦破一起电信诈骗案中表现突出，抓获犯罪嫌疑人5名，均已被依法刑事拘留。',
    },
    // review of round 10: a life nearly lost (差点没救过来) or a sprain without being trapped stays general
    '一名老人突发心梗，幸好送医及时，差点没救过来。',
    '一名游客在景区步道崴脚，工作人员为其冰敷后继续游览。',
    // round 11: nobody left inside, a response that is not under way, a hit on a thing, no one hurt and stuck, a crowd without a grievance
    '事故发生后，井下作业人员已全部安全升井。',
    '某路段一处挡墙垮塌，抢通工作仍在进行中。',
    '县交警大队开展交通事故伤员急救培训。',
    '县医院开通交通事故伤者救治绿色通道。',
    '一辆货车撞坏路边护栏后驶离现场，交警提醒车主主动到案处理。',
    '一辆货车卡在泥坑中无法脱身，所幸无人受伤。',
    '一名游客扭伤脚踝，经简单处理后自行下山。',
    '县政府门前广场举行升旗仪式，要求全体干部参加。',
    '部分群众在镇政府门口排队办理业务。',
    '30余名志愿者在县政府门前开展宣传，向群众发放资料。',
    // round 11: a road closed or controlled for works or an event, by a 通告 that bans nothing (like a bus route's change)
    { title: '关于G213线某段封闭施工的通告', text: '因道路改造，12月1日至12月20日对该路段实行全封闭，请过往车辆绕行。特此通告。' },
    { title: '关于春节期间城区部分道路实行交通管制的通告', text: '春节期间，人民路、文化路实行单向通行，请市民合理安排出行。' },
    { title: '关于县城滨江路半幅通行的通告', text: '因管网改造，滨江路实行半幅通行，请减速慢行。特此通告。' },
    { title: '关于某大桥维修期间车辆绕行的通告', text: '因大桥维修，即日起大型货车请经县道X012绕行。' },
    // round 11: a fine threatened earlier in its clause (否则将…并处罚款, 将被依法拖离并处罚款, 可现场贴单并处罚款)
    '请车主见信后尽快挪车，否则将拖移车辆并处罚款200元。',
    '占道车辆将被依法拖离并处罚款。',
    '发现违规停放的，交警可现场贴单并处罚款。',
    // round 11: a figure forecast (预计, 有望) is no released statistic
    '预计今年全县粮食总产量比上年增长5%。',
    '全县规模以上工业增加值预计同比增长10%。',
    '预计全年社会消费品零售总额较上年增长8%。',
    '今年柑橘丰收，有望实现总产量同比增长一成。',
    // round 11: a court's measure threatened or possible (将依法查封, 可依法冻结)
    '对拒不履行的，法院将依法查封其财产。',
    '被执行人名下财产可依法冻结，请当事人积极履行。',
    // review of round 11: a pipe, a cable or a tank buried in the ground is no one trapped (埋在地下的燃气管道)
    '施工前请查明埋在地下的燃气管道位置，防止挖断管道引发泄漏事故。',
    '施工人员正在更换埋在地下30年的老旧供水管道，改造完成后将有效减少爆管事故。',
    '请勿在埋在地下的输油管道上方取土，以免引发爆炸事故。',
    '施工中须避开压在路基下的通信光缆，防止挖断光缆引发事故。',
    // round 12: a tip to people who may be trapped, and trapped vehicles, report nobody trapped
    '消防员提醒：被困电梯后请保持冷静，按下警铃或拨打119求助。',
    '志愿者在路口指挥交通，帮助20余辆被困车辆绕行。',
    // round 12: a small fire put out with nobody hurt is general; its burnt area (过火面积) is its size, not a loss
    '今天中午，某小区一民房厨房油锅起火，消防员10分钟将火扑灭，过火面积约3平方米，无人员伤亡。',
    '昨晚8时许，城区一家烧烤店排烟管道起火，过火面积约6平方米，未造成人员伤亡。',
    // round 12: a flood or a fire of the last century is history (1986年…突发洪水, 1958年的一场大火)
    '1986年，澜沧江上游突发洪水，冲毁了部分桥面。此后，古桥遗址被淹没在库区水下。',
    '1958年，古镇发生火灾，烧毁民房40余间，如今只剩下几段残墙。',
    '1992年夏天，村里遭遇山洪，冲毁了唯一一座木桥。',
    '1975年8月，当地突降暴雨，洪水冲毁了村里的石桥。',
    // review of round 12: a small fire's burnt area worded otherwise (为, 近, 仅; ㎡, 平米)
    '4月2日，官渡区一处废品收购站发生火灾，过火面积为8平方米，无人员伤亡，起火原因正在调查中。',
    '今天上午，呈贡区某商铺门口电动车起火，过火面积约6㎡，火势很快被扑灭，无人员受伤。',
    '昨晚，某小区一辆电动自行车在楼道充电时起火，过火面积近10平米，无人员伤亡。',
    '今天下午，某餐馆厨房起火，过火面积仅2平方米，未造成人员伤亡。',
    // round 12: a season of risk (进入易发期) announces no disaster
    '主汛期已至，山洪、泥石流、滑坡等地质灾害进入易发期，请沿河群众熟悉避险转移路线。',
    '入秋后森林火灾进入易发期，进山请勿携带火种。',
  ],
  invalid: [
    // round 7: a document a government or a Party committee (or its office) issues, named so in the title (…人民政府关于…的通知/意见/决定)
    {
      title: '县人民政府关于加强冬春森林草原防灭火工作的意见',
      text: '各乡（镇）人民政府，县直各部门：现提出如下意见。',
      errors: [{ messageId: 'important', text: '县人民政府关于加强冬春森林草原防灭火工作的意见', tier: 'important' }],
    },
    {
      title: '市人民政府办公室关于进一步做好稳就业工作的通知',
      text: '各县（市、区）人民政府：经市人民政府同意，现就有关事项通知如下。',
      errors: [{ messageId: 'important', text: '市人民政府办公室关于进一步做好稳就业工作的通知', tier: 'important' }],
    },
    {
      title: '中共某县委办公室 某县人民政府办公室关于建立河湖长制工作督查机制的通知',
      text: '各乡镇党委、政府：',
      errors: [{ messageId: 'important', text: '某县人民政府办公室关于建立河湖长制工作督查机制的通知', tier: 'important' }],
    },
    {
      title: '州委 州政府关于促进县域经济高质量发展的决定',
      text: '为加快县域经济发展，作出如下决定。',
      errors: [{ messageId: 'important', text: '州政府关于促进县域经济高质量发展的决定', tier: 'important' }],
    },
    // round 7: a death told by its signs or as a life lost (已无生命体征, 丧生, 殒命, 夺去…生命)
    {
      text: '12月3日，我县一名男子在河边钓鱼时落水，被救起时已无生命体征。',
      errors: [{ messageId: 'major', text: '无生命体征', tier: 'major' }],
    },
    { text: '昨日某镇一民房倒塌，两名老人不幸丧生。', errors: [{ messageId: 'major', text: '两名老人不幸丧生', tier: 'major' }] },
    { text: '一名工人在施工中从脚手架跌落，送医后已失去生命体征。', errors: [{ messageId: 'major', text: '失去生命体征', tier: 'major' }] },
    { text: '11日晚，一场车祸夺去了3名年轻人的生命。', errors: [{ messageId: 'major', text: '车祸', tier: 'major' }] },
    {
      text: '一名7岁女孩在池塘边玩耍时落水殒命。',
      errors: [{ messageId: 'major', text: '一名7岁女孩在池塘边玩耍时落水殒命', tier: 'major' }],
    },
    // round 7: a counted crowd goes to an office or a seller and, later in the sentence, presses a demand
    {
      text: '部分拆迁户来到镇政府，就补偿标准讨说法。',
      errors: [{ messageId: 'major', text: '部分拆迁户来到镇政府，就补偿标准讨说法', tier: 'major' }],
    },
    {
      text: '40余名家长前往县教育局，对学校合并一事表达不满。',
      errors: [{ messageId: 'major', text: '40余名家长前往县教育局，对学校合并一事表达不满', tier: 'major' }],
    },
    {
      text: '百余名业主到开发商售楼处，要求退房。',
      errors: [{ messageId: 'major', text: '百余名业主到开发商售楼处，要求', tier: 'major' }],
    },
    // round 7: …but not an accident elsewhere that a local person is hurt in here, a real disaster that starts a procedure, or a question under news
    { text: '邻县一名游客昨日在我县某景区坠崖身亡。', errors: [{ messageId: 'major', text: '坠崖', tier: 'major' }] },
    {
      text: '3日凌晨，某镇发生泥石流，2人失踪，县里立即启动应急处置流程。',
      errors: [{ messageId: 'major', text: '泥石流', tier: 'major' }],
    },
    {
      title: '被困群众现在怎么样了？',
      text: '7日凌晨，某镇突发山洪，5名村民被困，救援人员正在全力搜救。',
      errors: [{ messageId: 'major', text: '山洪', tier: 'major' }],
    },
    // review of round 5: 未来五年， looks ahead, not back
    {
      title: '未来五年，我县这样干',
      text: '县政府印发《乡村振兴五年规划》，明确了目标任务。',
      errors: [{ messageId: 'important', text: '印发', tier: 'important' }],
    },
    // round 5: a water body's quality class reported (水质达到Ⅳ类, 有5个月为Ⅱ类, 稳定在Ⅲ类以上) is official environmental data
    { text: '2025年，星云湖湖体水质首次达到Ⅳ类。', errors: [{ messageId: 'important', text: '水质首次达到Ⅳ类', tier: 'important' }] },
    { text: '今年1—10月，洱海水质有5个月为Ⅱ类。', errors: [{ messageId: 'important', text: '水质有5个月为Ⅱ类', tier: 'important' }] },
    { text: '全县3个国控断面水质均稳定在三类以上。', errors: [{ messageId: 'important', text: '水质均稳定在三类', tier: 'important' }] },
    // round 5: …a draft rule put to the public is a consultation
    {
      text: '现将某县养犬管理规定（草案）向社会征求意见，欢迎提出修改建议。',
      errors: [{ messageId: 'important', text: '向社会征求意见', tier: 'important' }],
    },
    // round 5: …the ports of a whole prefecture are its statistics
    { text: '1—10月，全州口岸进出口货运量同比增长18%。', errors: [{ messageId: 'important', text: '同比增长', tier: 'important' }] },
    // round 5: a police report (【警情通报】, 警方通报) under a 情况通报 title counts by the harm it tells of: a scuffle's scratch is enforcement
    {
      title: '关于网传“某小区业主争执”的情况通报',
      text: '【警情通报】12月1日，某小区两名业主因停车问题发生争执，视频在网上流传。一人手臂轻微擦伤，公安机关已依法对动手一方处以行政拘留3日。',
      errors: [{ messageId: 'important', text: '行政拘留', tier: 'important' }],
    },
    {
      title: '关于某路口两车剐蹭纠纷的情况说明',
      text: '警方通报：11月30日，两车在某路口剐蹭后驾驶人发生推搡，引发关注。经查，一人面部擦伤，公安机关已依法对其中一人处以罚款500元。',
      errors: [{ messageId: 'important', text: '处以罚款', tier: 'important' }],
    },
    {
      title: '关于某村民房起火的情况通报',
      text: '【警情通报】12月2日凌晨，某村一民房起火，造成2人死亡，原因正在调查。',
      errors: [{ messageId: 'major', text: '起火', tier: 'major' }],
    },
    // round 5: a plan's maps or results published (图件予以公告, 划定成果公示, 规划成果公告)
    { text: '现将历史文化街区保护范围图件予以公告。', errors: [{ messageId: 'important', text: '图件予以公告', tier: 'important' }] },
    { title: '城市蓝线划定成果公示', text: '公示期30天。', errors: [{ messageId: 'important', text: '划定成果公示', tier: 'important' }] },
    { text: '某镇村庄布局规划成果公告如下。', errors: [{ messageId: 'important', text: '规划成果公告', tier: 'important' }] },
    // round 5: a plan or a project approved by an authority (省林草局批复…项目, 方案…获省水利厅批复, 国家发展改革委批复同意…)
    {
      text: '国家发展改革委批复同意某某机场改扩建项目。',
      errors: [{ messageId: 'important', text: '国家发展改革委批复同意某某机场改扩建项目', tier: 'important' }],
    },
    {
      text: '某河流域综合治理方案日前获省水利厅批复。',
      errors: [{ messageId: 'important', text: '方案日前获省水利厅批复', tier: 'important' }],
    },
    {
      text: '近日，州林草局批复了全州森林防火基础设施建设项目。',
      errors: [{ messageId: 'important', text: '州林草局批复了全州森林防火基础设施建设项目', tier: 'important' }],
    },
    // round 5: harm denied for one cause but done by another stays major
    { text: '暴雨引发山洪，未发生次生灾害，目前已造成2人死亡。', errors: [{ messageId: 'major', text: '暴雨', tier: 'major' }] },
    // round 5: a 公示 paying compensation or support funds (补偿款, 补偿资金, 扶持资金) grants a benefit
    {
      title: '某某高速公路征地补偿款发放公示',
      text: '现将第一批征地补偿款发放情况公示如下。',
      errors: [{ messageId: 'important', text: '补偿款发放公示', tier: 'important' }],
    },
    {
      text: '现将2026年度生态公益林补偿资金兑付情况公示如下：',
      errors: [{ messageId: 'important', text: '补偿资金兑付情况公示', tier: 'important' }],
    },
    {
      title: '水库移民后期扶持资金发放名单公示',
      text: '请各户核对。',
      errors: [{ messageId: 'important', text: '扶持资金发放名单公示', tier: 'important' }],
    },
    // round 5: a title that asks what a scheme lends, pays or refunds (能贷多少, 补多少, 能报多少)
    {
      title: '住房公积金贷款，最多能贷多少？',
      text: '缴存职工购买首套自住住房的，最高可贷60万元。',
      errors: [{ messageId: 'important', text: '贷多少', tier: 'important' }],
    },
    {
      title: '耕地地力保护补贴，每亩补多少？',
      text: '今年的补贴已开始发放。',
      errors: [{ messageId: 'important', text: '补多少', tier: 'important' }],
    },
    {
      title: '城乡居民医保住院费用能报几成？',
      text: '一起来看。',
      errors: [{ messageId: 'important', text: '报几成', tier: 'important' }],
    },
    // round 5: a change of administrative division (撤乡设镇, 划归…管辖, 行政区划调整) is a decision with legal effect
    {
      text: '经省人民政府批准，撤销某某乡，设立某某镇，以原某某乡的行政区域为某某镇的行政区域。',
      errors: [{ messageId: 'important', text: '撤销某某乡，设立某某镇', tier: 'important' }],
    },
    { text: '自明年起，某村由甲镇划归乙镇管辖。', errors: [{ messageId: 'important', text: '划归乙镇管辖', tier: 'important' }] },
    {
      title: '某县行政区划调整方案获批',
      text: '调整后全县辖8镇3乡。',
      errors: [{ messageId: 'important', text: '行政区划调整', tier: 'important' }],
    },
    // round 5: school catchment areas set by the education authority (招生服务片区, 划片招生, 学区划分)
    {
      title: '2026年城区初中招生服务片区公布',
      text: '各校片区如下。',
      errors: [{ messageId: 'important', text: '招生服务片区', tier: 'important' }],
    },
    { text: '今年城区公办小学继续实行划片招生，具体范围如下：', errors: [{ messageId: 'important', text: '划片招生', tier: 'important' }] },
    {
      title: '关于义务教育学校学区划分的公告',
      text: '各学校学区如下。',
      errors: [{ messageId: 'important', text: '学区划分', tier: 'important' }],
    },
    // round 5: candidates proposed for an honour put to scrutiny (拟推荐人选公示, 拟授予…称号…公示), like 任前公示
    {
      title: '2026年度“最美医生”拟推荐人选公示',
      text: '经评审，拟推荐以下5名同志，现予公示。',
      errors: [{ messageId: 'important', text: '拟推荐人选公示', tier: 'important' }],
    },
    {
      text: '经研究，拟授予以下10户家庭“文明家庭”称号，现予以公示。',
      errors: [{ messageId: 'important', text: '拟授予以下10户家庭“文明家庭”称号，现予以公示', tier: 'important' }],
    },
    {
      name: 'an office-defined sensitive term (settings) makes the draft major',
      text: '县里召开换届选举筹备工作会。',
      options: { extraSensitiveTerms: ['换届选举'] },
      errors: [{ messageId: 'major', text: '换届选举', tier: 'major' }],
    },
    {
      text: '据中国地震台网测定，5月21日21时48分在大理州漾濞县发生6.4级地震，震源深度8千米。',
      errors: [{ messageId: 'major', text: '6.4级地震', tier: 'major', severity: 'info' }],
    },
    {
      text: '我县多个乡镇发生洪涝灾害，已紧急转移群众1200人。',
      errors: [{ messageId: 'major', text: '洪涝', tier: 'major' }],
    },
    { text: '7月3日凌晨，某村发生泥石流，2人失联。', errors: [{ messageId: 'major', text: '泥石流', tier: 'major' }] },
    {
      text: '昨日，我市新增本土确诊病例1例，已转运至定点医院隔离治疗。',
      errors: [{ messageId: 'major', text: '新增本土确诊病例1例', tier: 'major' }],
    },
    {
      text: '近日，部分群众因征地补偿问题在镇政府门口聚集，镇党委已派工作组处置。',
      errors: [{ messageId: 'major', text: '群众因征地补偿问题在镇政府门口聚集', tier: 'major' }],
    },
    { text: '一辆货车在国道侧翻，造成1人受伤。', errors: [{ messageId: 'major', text: '侧翻', tier: 'major' }] },
    { text: '某小学发生一起疑似食物中毒事件，12名学生送医观察。', errors: [{ messageId: 'major', text: '食物中毒', tier: 'major' }] },
    { text: '某煤矿发生事故，目前已有3人遇难。', errors: [{ messageId: 'major', text: '事故', tier: 'major' }] },
    { text: '网传我县某小区发生火灾，经核实系不实信息。', errors: [{ messageId: 'major', text: '不实信息', tier: 'major' }] },
    {
      text: '中国共产党云南省第十一次代表大会隆重开幕，省党代会召开。',
      errors: [{ messageId: 'major', text: '党代会召开', tier: 'major' }],
    },
    {
      text: '省人民政府办公厅近日印发《云南省促进民营经济发展若干措施》。',
      errors: [{ messageId: 'important', text: '印发', tier: 'important', severity: 'info' }],
    },
    {
      title: '《昆明市城市更新行动计划》',
      text: '以下是全文。',
      errors: [{ messageId: 'important', text: '《昆明市城市更新行动计划》', tier: 'important' }],
    },
    {
      text: '经县委常委会研究，拟任命张某为县交通运输局局长，现予以任前公示。',
      errors: [{ messageId: 'important', text: '拟任', tier: 'important' }],
    },
    { text: '一季度全市地区生产总值同比增长5.1%。', errors: [{ messageId: 'important', text: '地区生产总值', tier: 'important' }] },
    {
      text: '市市场监管局对3家药店作出行政处罚，共处罚款5万元。',
      errors: [{ messageId: 'important', text: '作出行政处罚', tier: 'important' }],
    },
    {
      text: '交警支队开展专项整治，共查处酒驾违法行为136起。',
      errors: [{ messageId: 'important', text: '查处酒驾违法行为136起', tier: 'important' }],
    },
    { text: '楚雄市人民法院集中执行行动共执结案件236件。', errors: [{ messageId: 'important', text: '执结', tier: 'important' }] },
    // results published now for the sake of warning others (为加强警示教育，现将…通报如下) are not a look back
    {
      title: '县交通运输局通报两起非法营运处罚案件',
      text: '为加强警示教育，现将近期查办的案件通报如下：一辆无证网约车被依法罚款1万元，另一辆被依法暂扣车辆。',
      errors: [{ messageId: 'important', text: '依法罚款', tier: 'important' }],
    },
    // a scheme's standard or its beneficiaries set out under a heading: the post states the policy's terms
    {
      text: '农机购置补贴开始申报。\n补贴标准：按机具售价的30%给予补贴，单台最高5万元。\n申报时间：即日起至3月31日。',
      errors: [{ messageId: 'important', text: '补贴标准：', tier: 'important' }],
    },
    // a title that reports a month's or a quarter's handling figures of a public service
    {
      title: '10月份政务服务中心办件情况',
      text: '10月，县政务服务中心共受理各类事项8215件，按时办结率100%。',
      errors: [{ messageId: 'important', text: '10月份政务服务中心办件情况', tier: 'important' }],
    },
    {
      title: '第三季度市长热线受理情况通报',
      text: '三季度，市长热线共受理来电1.2万件，群众满意率97.3%。',
      errors: [{ messageId: 'important', text: '三季度市长热线受理情况', tier: 'important' }],
    },
    // this province's own statistics relayed by a news unit are still its statistics release (holdout README: 统计数据 is important)
    {
      text: '新华社昆明4月18日电（记者 李某）记者从云南省统计局获悉，一季度全省地区生产总值同比增长5.3%。',
      errors: [{ messageId: 'important', text: '地区生产总值', tier: 'important' }],
    },
    {
      text: '来源：云南日报\n1—10月，我省社会消费品零售总额同比增长4.6%，增速高于全国平均水平。',
      errors: [{ messageId: 'important', text: '同比增长', tier: 'important' }],
    },
    {
      text: '（来源：春城晚报）今年前三季度，全市城镇常住居民人均可支配收入比上年同期增长4.9%。',
      errors: [{ messageId: 'important', text: '比上年同期增长', tier: 'important' }],
    },
    // a relayed dispatch that itself reports a document issued and its terms
    {
      text: '来源：云南日报\n近日，省教育厅等五部门联合印发通知，农村义务教育学生营养膳食补助标准提高到每生每天6元。',
      errors: [{ messageId: 'important', text: '印发', tier: 'important' }],
    },
    // a contribution rate that applies to a class of insured people
    {
      text: '灵活就业人员参加职工养老保险，缴费比例为20%。',
      errors: [{ messageId: 'important', text: '缴费比例为20%', tier: 'important' }],
    },
    // a ceiling that applies to everyone in a scheme
    {
      title: '住房公积金新规要点',
      text: '灵活就业人员也可缴存，每月缴费上限为3000元。',
      errors: [{ messageId: 'important', text: '缴费上限为3000元', tier: 'important' }],
    },
    // harm reported, then the injured referred to
    { text: '事故中5名群众受伤，受伤群众已送医。', errors: [{ messageId: 'major', text: '事故', tier: 'major' }] },
    { text: '目前仍有2名被困人员正在搜寻中。', errors: [{ messageId: 'major', text: '2名被困', tier: 'major' }] },
    // a post whose opening line mentions science work is no science post: only a label 【科普】, 科普｜ is
    {
      text: '今天凌晨我县发生4.1级地震，目前暂无人员伤亡报告。县地震局随即开展科普宣传。',
      errors: [{ messageId: 'major', text: '4.1级地震', tier: 'major' }],
    },
    // what to do about a disaster under way is no science post: only a title marked 科普 is
    {
      title: '突发山体滑坡，出行怎么办？',
      text: '今天上午，国道某路段发生山体滑坡，道路中断。',
      errors: [{ messageId: 'major', text: '滑坡', tier: 'major' }],
    },
    // a counted crowd going to an office to voice a demand
    {
      text: '今天上午，20余名业主因房屋质量问题到县住建局表达诉求。',
      errors: [{ messageId: 'major', text: '20余名业主因房屋质量问题到县住建局表达诉求', tier: 'major' }],
    },
    { text: '某路段发生一起交通肇事逃逸案件，警方已锁定肇事车辆。', errors: [{ messageId: 'major', text: '肇事逃逸', tier: 'major' }] },
    // deaths worded without 人…死亡, in a current local event
    { text: '6月3日，我县发生一起交通事故，驾驶人当场死亡。', errors: [{ messageId: 'major', text: '事故', tier: 'major' }] },
    { text: '昨晚一辆货车与客车在国道上发生碰擦，致2死5伤。', errors: [{ messageId: 'major', text: '致2死', tier: 'major' }] },
    { text: '此次意外中有两名工人罹难。', errors: [{ messageId: 'major', text: '罹难', tier: 'major' }] },
    { text: '该隧道施工中，一名作业人员遇难。', errors: [{ messageId: 'major', text: '遇难', tier: 'major' }] },
    {
      name: "a thank-you post that reports today's casualties is still major",
      title: '感谢救援人员',
      text: '截至目前，此次泥石流已造成3人遇难。',
      errors: [{ messageId: 'major', text: '泥石流', tier: 'major' }],
    },
    { text: '本周市发改委价格监测显示，猪肉价格小幅回落。', errors: [{ messageId: 'important', text: '价格监测', tier: 'important' }] },
    {
      text: '县纪委监委通报：某镇党委原副书记李某违规收受礼金，受到党内严重警告处分。',
      errors: [{ messageId: 'major', text: '党内严重警告处分', tier: 'major' }],
    },
    {
      text: '经体检、政治考核，拟批准以下人员入伍，现予公示。',
      errors: [{ messageId: 'important', text: '拟批准以下人员入伍', tier: 'important' }],
    },
    {
      text: '本院受理原告某某银行诉被告赵某金融借款合同纠纷一案，现依法向你公告送达起诉状副本。',
      errors: [{ messageId: 'important', text: '公告送达', tier: 'important' }],
    },
    // the same generic words with a place, a number or a date report an event
    {
      title: '红十字会关于接收社会捐赠的公告',
      text: '为支持镇雄县受灾地区恢复重建，昭通市红十字会现面向社会接收捐赠。',
      errors: [{ messageId: 'major', text: '受灾', tier: 'major' }],
    },
    { text: '7月18日，我县3个乡镇受灾，受灾群众4200余人。', errors: [{ messageId: 'major', text: '受灾', tier: 'major' }] },
    { text: '村民家的柴房失火，造成1人受伤。', errors: [{ messageId: 'major', text: '失火', tier: 'major' }] },
    // a relayed dispatch that carries a named document, and a policy repost from a government site, stay important
    {
      text: '来源：人民日报\n原标题：国务院办公厅关于进一步优化营商环境的意见\n近日，国务院办公厅印发意见。',
      errors: [{ messageId: 'important', text: '印发', tier: 'important' }],
    },
    {
      text: '来源：云南省人民政府网\n我省出台支持县域经济发展若干措施。',
      errors: [{ messageId: 'important', text: '出台', tier: 'important' }],
    },
    // an inspection's results, and a periodic briefing of an operation's figures
    {
      text: '县消防救援大队开展消防安全检查，共检查门店120家，发现消防安全隐患37处，已全部督促整改。',
      errors: [{ messageId: 'important', text: '发现消防安全隐患37处', tier: 'important' }],
    },
    // harm worded without 人…死亡: Chinese numerals, a count earlier in the sentence, injuries, the trapped and the missing
    {
      text: '一辆面包车冲出路面翻下山坡，造成三人死亡、六人受伤。',
      errors: [{ messageId: 'major', text: '三人死亡', tier: 'major' }],
    },
    { text: '7月19日，两名初中学生到河里游泳，不慎溺水。', errors: [{ messageId: 'major', text: '溺水', tier: 'major' }] },
    {
      text: '课间两名学生发生推搡，其中一名学生头部撞伤，已送医。',
      errors: [{ messageId: 'major', text: '一名学生头部撞伤', tier: 'major' }],
    },
    { text: '4名矿工被困井下，救援正在进行。', errors: [{ messageId: 'major', text: '4名矿工被困', tier: 'major' }] },
    {
      text: '11月14日，4名地质调查人员进山作业后与外界失去联系。',
      errors: [{ messageId: 'major', text: '4名地质调查人员进山作业后与外界失去联系', tier: 'major' }],
    },
    // people taken ill together
    {
      text: '5月16日午餐后，县第二中学部分学生陆续出现腹痛、腹泻等症状。',
      errors: [{ messageId: 'major', text: '腹痛', tier: 'major' }],
    },
    {
      text: '一家四口食用自采野生菌后，陆续出现呕吐、头晕等症状，被紧急送医救治。',
      errors: [{ messageId: 'major', text: '呕吐', tier: 'major' }],
    },
    // weather with a loss, and disasters named otherwise
    {
      text: '冰雹造成全镇烤烟受损1.36万亩，直接经济损失约860万元。',
      errors: [{ messageId: 'major', text: '冰雹', tier: 'major' }],
    },
    {
      text: '目前全县有2.6万人出现饮水困难，小春作物受旱面积8.4万亩。',
      errors: [{ messageId: 'major', text: '受旱', tier: 'major' }],
    },
    {
      text: '3月28日，某乡后山发生森林火情，600余人正全力扑救。',
      errors: [{ messageId: 'major', text: '森林火情', tier: 'major' }],
    },
    { text: '今日5时许，S228线K45处发生山体塌方，道路中断。', errors: [{ messageId: 'major', text: '塌方', tier: 'major' }] },
    // cases counted and an epidemiological survey; 聚集性疫情 is an outbreak, not a crowd
    { text: '县人民医院报告1例疟疾病例，经州疾控中心复核确诊。', errors: [{ messageId: 'major', text: '报告1例疟疾病例', tier: 'major' }] },
    { text: '县疾控中心已完成流行病学调查。', errors: [{ messageId: 'major', text: '流行病学调查', tier: 'major' }] },
    {
      text: '经实验室检测，确认为一起诺如病毒感染引起的聚集性疫情。',
      errors: [{ messageId: 'major', text: '聚集性疫情', tier: 'major' }],
    },
    // a crowd's acts other than 聚集
    {
      text: '某村30余名村民在施工现场拉横幅、阻挠施工车辆通行。',
      errors: [{ messageId: 'major', text: '村民在施工现场拉横幅', tier: 'major' }],
    },
    // an official investigated, in other words
    {
      text: '某县人民医院原院长严某某涉嫌违纪违法，主动投案，目前正在接受审查和调查。',
      errors: [{ messageId: 'major', text: '涉嫌违纪', tier: 'major' }],
    },
    // a congress session that opens, however its name is spelt out
    {
      text: '政协某县第十届委员会第四次会议在县会议中心开幕。',
      errors: [{ messageId: 'major', text: '政协某县第十届委员会第四次会议在县会议中心开幕', tier: 'major' }],
    },
    // deaths and injuries in other words, accidents known by their losses or by what follows them
    {
      text: '老人被送往县人民医院救治，因伤势过重于次日凌晨离世。',
      errors: [{ messageId: 'major', text: '伤势过重', tier: 'major' }],
    },
    { text: '一艘游船在湖面侧翻，船上8人全部落水。', errors: [{ messageId: 'major', text: '侧翻', tier: 'major' }] },
    {
      text: '学生下楼时在楼梯转角处发生拥挤踩踏，造成6名学生不同程度擦伤。',
      errors: [{ messageId: 'major', text: '踩踏', tier: 'major' }],
    },
    { text: '一条流浪犬先后咬伤7名村民。', errors: [{ messageId: 'major', text: '咬伤', tier: 'major' }] },
    { text: '某村发生一起命案。', errors: [{ messageId: 'major', text: '命案', tier: 'major' }] },
    {
      text: '一家三口一氧化碳中毒，经抢救脱离危险。',
      errors: [{ messageId: 'major', text: '一家三口一氧化碳中毒', tier: 'major' }],
    },
    { text: '2名村民在河边被冲走。', errors: [{ messageId: 'major', text: '2名村民在河边被冲走', tier: 'major' }] },
    {
      text: '城南农贸市场发生火灾，过火面积约800平方米，未造成人员伤亡。',
      errors: [{ messageId: 'major', text: '火灾', tier: 'major' }],
    },
    {
      text: '道路施工挖断燃气管道，造成燃气泄漏。周边居民300余人被紧急疏散。',
      errors: [{ messageId: 'major', text: '泄漏', tier: 'major' }],
    },
    { text: '受大风影响，全县3万余户停电。', errors: [{ messageId: 'major', text: '大风', tier: 'major' }] },
    { text: '今日上午，人民路路面突然塌陷，交通中断。', errors: [{ messageId: 'major', text: '塌陷', tier: 'major' }] },
    {
      text: '昨日，某村遭受龙卷风袭击，12间民房屋顶被掀翻。',
      errors: [{ messageId: 'major', text: '龙卷风', tier: 'major' }],
    },
    // the title stands when the body reports the event now, even while screening (排查)
    {
      title: '关于发现1例输入性确诊病例的情况通报',
      text: '11月3日，我市在排查中发现1例输入性确诊病例。',
      errors: [{ messageId: 'major', text: '发现1例输入性确诊病例', tier: 'major' }],
    },
    // a crowd's acts: together, to an office, in a clash; an official named as investigated
    {
      text: '今日上午，县城部分出租车驾驶员在客运站附近集体停运。',
      errors: [{ messageId: 'major', text: '集体停运', tier: 'major' }],
    },
    {
      text: '数十名学生家长到县教育体育局反映新生分班问题。',
      errors: [{ messageId: 'major', text: '数十名学生家长到县教育体育局反映', tier: 'major' }],
    },
    {
      text: '部分村民与施工方发生肢体冲突。',
      errors: [{ messageId: 'major', text: '村民与施工方发生肢体冲突', tier: 'major' }],
    },
    { text: '某局原局长李某某被查。', errors: [{ messageId: 'major', text: '局长李某某被查', tier: 'major' }] },
    // a sentence passed, a nomination, an environmental indicator against last year
    { text: '法院依法判处被告人有期徒刑三年。', errors: [{ messageId: 'important', text: '判处', tier: 'important' }] },
    {
      text: '经县委常委会议研究，决定提名王某某同志为县人民政府副县长候选人。',
      errors: [{ messageId: 'important', text: '提名王某某同志为县人民政府副县长候选人', tier: 'important' }],
    },
    {
      text: '全县8个地表水监测断面中，水质优良断面7个，同比上升12.5个百分点。',
      errors: [{ messageId: 'important', text: '同比上升', tier: 'important' }],
    },
    // a policy explained (title), a rule or rate taking effect, a standard changed
    {
      title: '一图读懂｜因灾倒损农房恢复重建补助政策',
      text: '倒塌重建每户补助4万元。',
      errors: [{ messageId: 'important', text: '读懂', tier: 'important' }],
    },
    {
      text: '自2025年7月1日起，县城居民生活用水实行阶梯水价。',
      errors: [{ messageId: 'important', text: '自2025年7月1日起，县城居民生活用水实行', tier: 'important' }],
    },
    {
      text: '我县城市低保标准由每人每月800元提高到830元。',
      errors: [{ messageId: 'important', text: '标准由每人每月800元提高到', tier: 'important' }],
    },
    {
      text: '自本通告发布之日起，禁养区内禁止新建畜禽养殖场。',
      errors: [{ messageId: 'important', text: '自本通告发布之日起，禁养区内禁止', tier: 'important' }],
    },
    // official indicators against last year; enforcement and appointments in other words
    {
      text: '前三季度，全县规模以上工业增加值同比增长7.2%。',
      errors: [{ messageId: 'important', text: '同比增长', tier: 'important' }],
    },
    {
      text: '经立案调查，该局依法对该超市作出罚款2万元的处罚。',
      errors: [{ messageId: 'important', text: '立案调查', tier: 'important' }],
    },
    {
      text: '王某某同志任县应急管理局局长；陈某某同志不再担任县应急管理局局长职务。',
      errors: [{ messageId: 'important', text: '同志任县应急管理局局长', tier: 'important' }],
    },
    // incidents worded outside the lexicon (hw-620…636): a short Weibo 通报, a report whose body responds now
    {
      text: '【情况通报】今天16时许，县城某商场三楼一商铺发生火情，现场明火已扑灭。火情原因正在调查中。',
      errors: [{ messageId: 'major', text: '【情况通报】', tier: 'major' }],
    },
    {
      title: '关于某中学食堂饭菜中发现异物的情况通报',
      text: '12月3日中午，有学生反映食堂饭菜中发现异物，相关图片在网络传播。县市场监督管理局立即开展调查。',
      errors: [{ messageId: 'major', text: '情况通报', tier: 'major' }],
    },
    {
      text: '12月5日上午，20余名农民工在城南某在建项目部门口围坐，反映被拖欠工资问题。',
      errors: [{ messageId: 'major', text: '农民工在城南某在建项目部门口围坐', tier: 'major' }],
    },
    { text: '某村部分村民在进村道路上堆放石块，阻断施工车辆通行。', errors: [{ messageId: 'major', text: '阻断施工', tier: 'major' }] },
    {
      text: '12月2日12时许，某工地13名工人在食堂午餐后，陆续出现呕吐、腹痛，被送往县人民医院治疗。',
      errors: [{ messageId: 'major', text: '呕吐', tier: 'major' }],
    },
    { text: '某小区少数居民出现腹泻，已就医。', errors: [{ messageId: 'major', text: '腹泻', tier: 'major' }] },
    { text: '近日，某小学陆续出现多例水痘病例。', errors: [{ messageId: 'major', text: '出现多例水痘病例', tier: 'major' }] },
    { text: '12月2日9时许，落水男子遗体被找到。', errors: [{ messageId: 'major', text: '遗体被找到', tier: 'major' }] },
    {
      text: '经检测，某村一养殖户的家禽确诊为高致病性禽流感，县农业农村局已划定疫点、疫区。',
      errors: [{ messageId: 'major', text: '疫点', tier: 'major' }],
    },
    {
      text: '经县委研究决定，给予该镇党委书记李某某诫勉处理。',
      errors: [{ messageId: 'major', text: '给予该镇党委书记李某某诫勉', tier: 'major' }],
    },
    {
      text: '12月3日10时许，一名工人在外墙作业时从脚手架上摔下，经医院全力救治，于当晚去世。',
      errors: [{ messageId: 'major', text: '去世', tier: 'major' }],
    },
    { text: '某镇街道一男子持刀砍伤一名路人后逃离现场。', errors: [{ messageId: 'major', text: '一男子持刀砍伤', tier: 'major' }] },
    { text: '有家长反映某幼儿园一名教师体罚幼儿。', errors: [{ messageId: 'major', text: '一名教师体罚', tier: 'major' }] },
    {
      text: '12月2日，某村后山出现多处裂缝并伴有局部垮塌，发生地质灾害险情，已紧急撤离群众68户236人。',
      errors: [{ messageId: 'major', text: '垮塌', tier: 'major' }],
    },
    { text: '今晨6时许，一辆货车侧翻，驾驶员受困驾驶室内。', errors: [{ messageId: 'major', text: '侧翻', tier: 'major' }] },
    {
      title: '关于某景区游客反映强制消费问题的情况通报',
      text: '12月6日，一段游客反映在某景区被强制购物的视频在网络传播，引发关注。',
      errors: [{ messageId: 'major', text: '情况通报', tier: 'major' }],
    },
    {
      name: 'a 扑杀 compensation standard is a policy, not an outbreak',
      text: '现将动物疫病强制扑杀补助标准调整如下，本通知自印发之日起执行。',
      errors: [{ messageId: 'important', text: '印发', tier: 'important' }],
    },
    // a fire fought now (no date, no harm known yet), a dismissal for a loss, a Weibo 通报 with a task force (hw-665…668)
    {
      text: '今晚，某镇一民房起火，消防救援人员正在全力扑救。',
      errors: [{ messageId: 'major', text: '起火', tier: 'major' }],
    },
    { text: '经县委研究决定，给予其免职处理。', errors: [{ messageId: 'major', text: '免职处理', tier: 'major' }] },
    {
      text: '【情况通报】网传某村饮用水源被污染一事，我县已成立工作专班开展核查处置。',
      errors: [{ messageId: 'major', text: '【情况通报】', tier: 'major' }],
    },
    // important kinds worded outside the lexicon (hw-600…617)
    {
      text: '会议审议并原则通过了《某县2026年为民办实事项目安排意见》。',
      errors: [{ messageId: 'important', text: '审议并原则通过了《某县2026年为民办实事项目安排意见》', tier: 'important' }],
    },
    {
      text: '县住房和城乡建设局、县财政局联合发布《某县支持刚性和改善性住房需求的若干措施》。',
      errors: [{ messageId: 'important', text: '发布《某县支持刚性和改善性住房需求的若干措施》', tier: 'important' }],
    },
    {
      text: '近日，县委办公室、县人民政府办公室联合下发《关于进一步提升农村人居环境整治水平的实施意见》。',
      errors: [{ messageId: 'important', text: '下发《关于进一步提升农村人居环境整治水平的实施意见》', tier: 'important' }],
    },
    {
      text: '县公安局起草了《某县城区养犬管理规定（草案）》，现向社会各界征求意见。',
      errors: [{ messageId: 'important', text: '起草了《某县城区养犬管理规定（草案）》', tier: 'important' }],
    },
    {
      text: '王某某现任县财政局一级主任科员，拟晋升为四级调研员。',
      errors: [{ messageId: 'important', text: '拟晋升', tier: 'important' }],
    },
    {
      text: '经国家统计局某县调查队审定，2025年全县粮食总产量24.1万吨，比上年增长2.3%。',
      errors: [{ messageId: 'important', text: '统计局某县调查队', tier: 'important' }],
    },
    {
      text: '全县环境空气质量优良天数比例为100%，PM2.5平均浓度比上年同期下降2微克/立方米。',
      errors: [{ messageId: 'important', text: '比上年同期下降', tier: 'important' }],
    },
    {
      text: '经县发展和改革局核定，城区公共停车场收费标准如下。',
      errors: [{ messageId: 'important', text: '核定，城区公共停车场收费标准', tier: 'important' }],
    },
    {
      text: '须于12月20日前自行清理；逾期未清理的，由县综合行政执法局依法予以处理。',
      errors: [{ messageId: 'important', text: '逾期未清理的，由县综合行政执法局依法', tier: 'important' }],
    },
    {
      title: '县长在全县经济工作会议上的讲话（摘要）',
      text: '同志们：这次会议的主要任务是部署明年经济工作。',
      errors: [{ messageId: 'important', text: '在全县经济工作会议上的讲话', tier: 'important' }],
    },
    { text: '12月4日，全县经济工作会议召开。', errors: [{ messageId: 'important', text: '全县经济工作会议', tier: 'important' }] },
    {
      text: '12月1日，县长主持召开县人民政府第18次常务会议。',
      errors: [{ messageId: 'important', text: '县人民政府第18次常务会议', tier: 'important' }],
    },
    {
      title: '一图读懂｜2026年县政府工作报告',
      text: '全县生产总值增长6%左右。',
      errors: [{ messageId: 'important', text: '读懂', tier: 'important' }],
    },
    { text: '全县共招录公务员36名。', errors: [{ messageId: 'important', text: '招录公务员', tier: 'important' }] },
    {
      text: '现将《某县县城东片区控制性详细规划（修编）》主要内容予以批前公示。',
      errors: [{ messageId: 'important', text: '详细规划', tier: 'important' }],
    },
    {
      text: '根据《云南省灵活就业人员参加职工基本医疗保险办法》，从2026年1月1日起，我省取消灵活就业人员参保的户籍限制。',
      errors: [{ messageId: 'important', text: '从2026年1月1日起，我省取消', tier: 'important' }],
    },
    {
      text: '现将城北片区更新改造规划方案予以批前公示。',
      errors: [{ messageId: 'important', text: '规划方案予以批前公示', tier: 'important' }],
    },
    {
      text: '居民生活用水价格拟由每立方米3.2元调整为3.5元。',
      errors: [{ messageId: 'important', text: '价格拟由每立方米3.2元调整为', tier: 'important' }],
    },
    {
      text: '检查定点医药机构86家，追回违规基金43万元。',
      errors: [{ messageId: 'important', text: '追回违规', tier: 'important' }],
    },
    {
      title: '关于某湖禁渔期管理的通告',
      text: '每年3月1日至6月30日为某湖禁渔期，禁止一切捕捞作业。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    {
      text: '违反本通告规定的，由县农业农村局依法予以处罚。特此通告。',
      errors: [{ messageId: 'important', text: '特此通告', tier: 'important' }],
    },
    { text: '现将2026年县级部门预算予以公开。', errors: [{ messageId: 'important', text: '预算予以公开', tier: 'important' }] },
    {
      text: '现将某高速公路某县段征收集体土地补偿安置方案公告如下。',
      errors: [{ messageId: 'important', text: '安置方案', tier: 'important' }],
    },
    {
      title: '12345热线11月运行情况简报',
      text: '11月，全市12345热线共受理群众诉求13.8万件次。',
      errors: [{ messageId: 'important', text: '运行情况简报', tier: 'important' }],
    },
    // a person missing abroad is major without a count; a recruitment stage's list; a fee changed from one price
    // to another; a reward's ceiling and a rate as a scheme's rule; an explainer of a public insurance scheme;
    // a complaint reply that gives the penalty's amount
    {
      text: '本县青年杨某（男，26岁）9月赴柬埔寨务工，10月初起与家人失联，至今下落不明。',
      errors: [{ messageId: 'major', text: '失联', tier: 'major' }],
    },
    {
      text: '现将2027年县属事业单位公开招聘进入考察人员名单公布如下。',
      errors: [{ messageId: 'important', text: '进入考察人员名单', tier: 'important' }],
    },
    {
      text: '即日起至3月31日，县博物馆特展门票由60元降为30元。',
      errors: [{ messageId: 'important', text: '门票由60元降为', tier: 'important' }],
    },
    {
      text: '对查证属实的举报人，每条线索最高奖励2万元。',
      errors: [{ messageId: 'important', text: '最高奖励2万元', tier: 'important' }],
    },
    {
      text: '职工在三级医院住院，统筹基金支付比例为85%。',
      errors: [{ messageId: 'important', text: '支付比例为85%', tier: 'important' }],
    },
    {
      text: '未办理转诊手续到县外就医的，住院费用报销比例比转诊就医低15个百分点。',
      errors: [{ messageId: 'important', text: '报销比例比转诊就医低15个百分点', tier: 'important' }],
    },
    // the province's own aggregate against last year, whatever the indicator (全省…较去年同期增长)
    {
      text: '截至10月底，全省累计销售化肥较去年同期增长8%。',
      errors: [{ messageId: 'important', text: '较去年同期增长', tier: 'important' }],
    },
    {
      text: '1—11月，我省旅游总收入比去年同期增长12.3%。',
      errors: [{ messageId: 'important', text: '比去年同期增长', tier: 'important' }],
    },
    {
      text: '前三季度，全省新登记市场主体较上年同期增加一成。',
      errors: [{ messageId: 'important', text: '较上年同期增加', tier: 'important' }],
    },
    // an earthquake felt now is news even in a post titled as a tip
    {
      title: '地震应急避险提示',
      text: '今天6时12分，我县发生4.2级地震，震源深度10千米。请群众远离危房。',
      errors: [{ messageId: 'major', text: '4.2级地震', tier: 'major' }],
    },
    // an outsider hurt here is a local event
    {
      text: '外地一名游客昨日在我县某景区坠崖身亡。',
      errors: [{ messageId: 'major', text: '坠崖', tier: 'major' }],
    },
    // a scheme paid for by the treasury
    {
      text: '参加城乡居民养老保险的重度残疾人，个人缴费部分由县财政全额承担。',
      errors: [{ messageId: 'important', text: '由县财政全额承担', tier: 'important' }],
    },
    {
      text: '此次发放的家政服务消费券共500万元，由市级财政统一兑付。',
      errors: [{ messageId: 'important', text: '由市级财政统一兑付', tier: 'important' }],
    },
    {
      text: '农户购买农机具的，补助资金由省财政安排，按季度拨付到户。',
      errors: [{ messageId: 'important', text: '由省财政安排', tier: 'important' }],
    },
    // a title that announces a plan or a rule released (方案公布, 办法出台, 新规来了), without 《》
    {
      title: '2027年中考招生方案出炉',
      text: '今年全县普通高中计划招生3200人。',
      errors: [{ messageId: 'important', text: '招生方案出炉', tier: 'important' }],
    },
    {
      title: '我县农村危房改造补助办法正式出台',
      text: '改造对象为农村低收入群体。',
      errors: [{ messageId: 'important', text: '补助办法正式出台', tier: 'important' }],
    },
    {
      title: '停车收费新规明起实施',
      text: '城区道路停车泊位实行分时段收费。',
      errors: [{ messageId: 'important', text: '收费新规明起实施', tier: 'important' }],
    },
    // a title asking how a policy benefit is claimed or applied for explains the policy
    {
      title: '育儿补贴怎么申请？这份指南请收好',
      text: '3周岁以下婴幼儿的父母可在线提交申请。',
      errors: [{ messageId: 'important', text: '怎么申请', tier: 'important' }],
    },
    {
      title: '耕地地力保护补贴谁能领、领多少',
      text: '补贴对象为拥有耕地承包权的农户。',
      errors: [{ messageId: 'important', text: '谁能领', tier: 'important' }],
    },
    {
      title: '城乡居民医保住院费用如何报销？',
      text: '参保群众住院后，可在医院直接结算。',
      errors: [{ messageId: 'important', text: '如何报销', tier: 'important' }],
    },
    // an explainer of a five-year plan or a layout
    {
      title: '图解：全市“十五五”交通发展目标',
      text: '到2030年，全市高速公路通车里程达到800公里。',
      errors: [{ messageId: 'important', text: '图解', tier: 'important' }],
    },
    {
      title: '一图读懂｜我县国土空间开发保护布局',
      text: '全县划定耕地保护目标56万亩。',
      errors: [{ messageId: 'important', text: '读懂', tier: 'important' }],
    },
    // a fine imposed, stated with its amount
    {
      text: '执法人员责令该店立即停止违法行为，并处罚款3万元。',
      errors: [{ messageId: 'important', text: '并处罚款3万元', tier: 'important' }],
    },
    {
      text: '经查实，该驾驶人被罚款2000元、记12分。',
      errors: [{ messageId: 'important', text: '罚款2000元', tier: 'important' }],
    },
    {
      text: '县市场监管局对该超市处5000元罚款。',
      errors: [{ messageId: 'important', text: '处5000元罚款', tier: 'important' }],
    },
    // a planning or land decision put to public scrutiny
    {
      text: '根据有关规定，现将县第三中学迁建项目选址情况予以公示。',
      errors: [{ messageId: 'important', text: '选址情况予以公示', tier: 'important' }],
    },
    {
      title: '关于滨河小区规划设计方案调整的公示',
      text: '公示期为10个工作日。',
      errors: [{ messageId: 'important', text: '规划设计方案调整的公示', tier: 'important' }],
    },
    {
      text: '现将某地块建设用地规划许可有关情况公示如下。',
      errors: [{ messageId: 'important', text: '用地规划许可有关情况公示', tier: 'important' }],
    },
    {
      title: '一图读懂｜新生儿参保登记怎么办',
      text: '新生儿出生后，家长可通过线上渠道为其办理参保登记。',
      errors: [{ messageId: 'important', text: '读懂', tier: 'important' }],
    },
    {
      text: '据家属反映，王某（男，40岁）上月赴缅甸做生意，本月以来一直联系不上。',
      errors: [{ messageId: 'major', text: '联系不上', tier: 'major' }],
    },
    {
      text: '经笔试、面试，现将进入考察环节人员名单公布如下。',
      errors: [{ messageId: 'important', text: '进入考察环节人员名单', tier: 'important' }],
    },
    {
      name: "a reply's closing 感谢您的监督 does not make it a thank-you post",
      title: '关于网友反映某餐馆占道经营问题的回复',
      text: '经核查，该餐馆确有占道经营行为，城管执法人员已对其作出罚款200元的行政处罚。感谢您的监督！',
      errors: [{ messageId: 'important', text: '对其作出罚款', tier: 'important' }],
    },
    {
      name: 'a drill mentioned after the opening words does not make a real fire a drill',
      title: '某镇一民房起火',
      text: '今天凌晨，某镇一民房起火，造成2人烧伤。该村上周刚开展过消防演练。',
      errors: [{ messageId: 'major', text: '起火', tier: 'major' }],
    },
    {
      title: '关于网民反映某超市销售过期食品问题的回复',
      text: '经县市场监管局调查核实，该超市确有销售过期食品行为，已依法对其作出行政处罚，罚款1.2万元。',
      errors: [{ messageId: 'important', text: '对其作出行政处罚', tier: 'important' }],
    },
    // a 公示 that grants a public benefit (低保, 救助, 补贴, 助学金, 公租房): an administrative decision put to scrutiny,
    // like 任前 and 拟聘用 公示 (test/fixtures/holdout/README.md: 强制性信息披露; rules README §G: 人事任免/公示)
    {
      title: '城关镇2027年第一季度特困人员救助供养对象公示',
      text: '经个人申请、镇人民政府审核，下列3户拟纳入特困供养，公示期5个工作日。',
      errors: [{ messageId: 'important', text: '特困人员救助供养对象公示', tier: 'important' }],
    },
    {
      title: '某镇2027年第二季度城乡最低生活保障对象公示',
      text: '公示期7天，如有异议请向镇社会事务办反映。',
      errors: [{ messageId: 'important', text: '最低生活保障对象公示', tier: 'important' }],
    },
    {
      text: '根据县民政局审核意见，现将12月新增城乡低保对象公示如下。',
      errors: [{ messageId: 'important', text: '低保对象公示', tier: 'important' }],
    },
    {
      text: '【公示】某街道2027年春季学期困难学生生活补助名单：李某某、王某某，每人每学期625元。',
      errors: [{ messageId: 'important', text: '【公示】', tier: 'important' }],
    },
    // a penalty imposed, stated by its content (依法暂扣, 依法罚款), and prices monitored as a release
    {
      text: '昨日，交警在南环路查获一辆超员面包车，驾驶人被依法暂扣驾驶证，罚款200元。',
      errors: [{ messageId: 'important', text: '依法暂扣', tier: 'important' }],
    },
    { text: '该商户被依法罚款3000元，并责令限期整改。', errors: [{ messageId: 'important', text: '依法罚款', tier: 'important' }] },
    {
      text: '县发展和改革局本周对城区3个农贸市场的蔬菜价格进行了监测，青菜均价每斤2.5元。',
      errors: [{ messageId: 'important', text: '价格进行了监测', tier: 'important' }],
    },
    // a responsibility system (河长制, 林长制, 安全生产责任制) explained is a policy
    {
      title: '一图读懂我县田长制',
      text: '田长制是落实耕地保护责任的一项制度。',
      errors: [{ messageId: 'important', text: '读懂', tier: 'important' }],
    },
    // a title counting years ahead (预计两年后) is no look back
    {
      title: '预计两年后通车的高速公路隧道塌方',
      text: '今天上午，在建的某高速公路隧道发生塌方，3名工人被困。',
      errors: [{ messageId: 'major', text: '塌方', tier: 'major' }],
    },
    // round 8: hours since a disaster are no look back; an event in a hazard zone is an event
    { text: '泥石流发生已过去12小时，仍有2人失联。', errors: [{ messageId: 'major', text: '泥石流', tier: 'major' }] },
    { text: '7月3日，某镇地质灾害危险区发生滑坡，造成2人失踪。', errors: [{ messageId: 'major', text: '滑坡', tier: 'major' }] },
    // round 8: people taken ill one after another (陆续有, 相继, 先后, 集体) are several, counted or not
    { text: '某小学陆续有学生出现呕吐、腹泻症状，已送医观察。', errors: [{ messageId: 'major', text: '呕吐', tier: 'major' }] },
    { text: '婚宴结束后，宾客相继出现腹痛、恶心等症状。', errors: [{ messageId: 'major', text: '腹痛', tier: 'major' }] },
    { text: '工地食堂午饭后，工人先后出现头晕、呕吐，被送往乡卫生院。', errors: [{ messageId: 'major', text: '头晕', tier: 'major' }] },
    { text: '某敬老院老人集体出现腹泻症状，疾控人员已到场采样。', errors: [{ messageId: 'major', text: '腹泻', tier: 'major' }] },
    // round 8: a named or counted local person missing abroad stays major in a post that ends with a warning (提醒)
    {
      text: '我市两名青年经人介绍前往境外务工，之后与家人失联，市公安局已协调查找。警方提醒：切勿轻信境外高薪招聘。',
      errors: [{ messageId: 'major', text: '失联', tier: 'major' }],
    },
    {
      text: '家属报警称，王某8月到国外打工后一直联系不上。请广大群众警惕境外高薪诱惑，注意安全提示。',
      errors: [{ messageId: 'major', text: '联系不上', tier: 'major' }],
    },
    {
      title: '海外求职陷阱多',
      text: '某镇一名女子在境外旅游期间下落不明，家人已向派出所求助。民警提示：出境务工请走正规渠道。',
      errors: [{ messageId: 'major', text: '下落不明', tier: 'major' }],
    },
    // review of round 9: months counted since something other than the event (入汛已两个月) do not look back on a dated event with harm
    {
      title: '今日通报',
      text: '入汛已两个月，8月3日凌晨某某镇突发山洪，造成2人死亡、1人失踪。',
      errors: [{ messageId: 'major', text: '山洪', tier: 'major' }],
    },
    {
      text: '进入雨季已三个月，9月5日晚某村发生滑坡，造成1人死亡、2人受伤。',
      errors: [{ messageId: 'major', text: '滑坡', tier: 'major' }],
    },
    {
      text: '新校区启用已四个月，11月20日上午某镇一辆校车侧翻，造成3名学生受伤。',
      errors: [{ messageId: 'major', text: '侧翻', tier: 'major' }],
    },
    // review of round 9: an arrow naming a road's direction (昆明→大理方向) is no procedure's step
    {
      title: '交通事故',
      text: '今天上午，杭瑞高速昆明→大理方向K200处发生一起交通事故，造成3人死亡、2人受伤。',
      errors: [{ messageId: 'major', text: '事故', tier: 'major' }],
    },
    { text: '12日凌晨，G85线曲靖→昆明方向一辆货车侧翻，造成2人死亡。', errors: [{ messageId: 'major', text: '侧翻', tier: 'major' }] },
    {
      text: '昨日下午，某县城往某镇（县城→某镇）的乡道上一辆面包车坠河，1人死亡、4人受伤。',
      errors: [{ messageId: 'major', text: '1人死亡', tier: 'major' }],
    },
    // review of round 9: a road or a market near a place (相邻的县道, 邻近的省道, 邻近的市场) is no neighbouring county or province
    {
      title: '交通事故',
      text: '今天上午，与某某镇相邻的县道上发生一起交通事故，造成2人死亡、3人受伤。',
      errors: [{ messageId: 'major', text: '事故', tier: 'major' }],
    },
    {
      text: '昨日傍晚，某村邻近的省道上一辆货车与摩托车相撞，造成1人死亡。',
      errors: [{ messageId: 'major', text: '相撞', tier: 'major' }],
    },
    { text: '今天上午，与县城相邻的市场内一处商铺起火，2人受伤。', errors: [{ messageId: 'major', text: '起火', tier: 'major' }] },
    // review of round 9: a death told as lost signs of life (已无呼吸心跳) or a body lost to fire or water (葬身火海) is a death
    {
      title: '今日通报',
      text: '今天下午，某某镇发生一起民房垮塌，1名村民被救出后经医院确认已无呼吸心跳。',
      errors: [{ messageId: 'major', text: '垮塌', tier: 'major' }],
    },
    {
      title: '今日通报',
      text: '昨晚，某某村一民房起火，一名老人不幸葬身火海。',
      errors: [{ messageId: 'major', text: '起火', tier: 'major' }],
    },
    {
      text: '5日上午，某镇一名工人在井下作业时被落石砸中，送医时已失去呼吸心跳。',
      errors: [{ messageId: 'major', text: '失去呼吸心跳', tier: 'major' }],
    },
    { text: '3日晚，某村一名村民驾驶农用车坠入水库，不幸葬身水底。', errors: [{ messageId: 'major', text: '坠入', tier: 'major' }] },
    // round 10: a death told as a life not saved (没能挽回生命, 未能挽救其生命, 没有保住性命) is a death
    {
      text: '3日，某镇一名村民在自家院中被倒下的树干砸中，送医后最终没能挽回生命。',
      errors: [{ messageId: 'major', text: '没能挽回生命', tier: 'major' }],
    },
    {
      text: '某矿区一名工人作业时被卷入设备，经医护人员全力救治，仍未能挽救其生命。',
      errors: [{ messageId: 'major', text: '未能挽救其生命', tier: 'major' }],
    },
    {
      text: '今天下午，某村两名村民修缮房屋时从屋顶跌落，其中一人送医后没有保住性命。',
      errors: [{ messageId: 'major', text: '一人送医后没有保住性命', tier: 'major' }],
    },
    // round 10: one person both hurt and trapped (摔伤…被困崖下, 受伤…困在沟底, 砸伤…困在砖石下) is harm, rescued or not
    {
      text: '昨天下午，一名驴友在某某峡谷徒步时摔伤腿部，被困崖下一夜，今晨被救援队救出。',
      errors: [{ messageId: 'major', text: '一名驴友在某某峡谷徒步时摔伤', tier: 'major' }],
    },
    {
      text: '今天上午，某村一位老人上山采菌时跌入深沟受伤，困在沟底4个多小时，消防员用担架将其抬出。',
      errors: [{ messageId: 'major', text: '一位老人上山采菌时跌入深沟受伤', tier: 'major' }],
    },
    {
      text: '5日，某工地一名工人被倒塌的围墙砸伤，困在砖石下，经消防员破拆后成功救出。',
      errors: [{ messageId: 'major', text: '一名工人被倒塌的围墙砸伤', tier: 'major' }],
    },
    // round 10: a crash told as 碰撞 or 追尾, with someone hurt or trapped, is an accident
    {
      text: '今天早上，某某路口一辆电动车与轿车发生碰撞，电动车驾驶人受伤被送医。',
      errors: [{ messageId: 'major', text: '碰撞', tier: 'major' }],
    },
    {
      text: '昨晚，某某县境内两辆货车追尾，一名司机被困驾驶室，消防员正在破拆。',
      errors: [{ messageId: 'major', text: '追尾', tier: 'major' }],
    },
    // round 10: someone of ours missing is still major, as is a counterpart's disappearance with a person lost too
    {
      text: '今天上午，一名游客在某某山徒步时失联，救援队正在搜救。',
      errors: [{ messageId: 'major', text: '一名游客在某某山徒步时失联', tier: 'major' }],
    },
    // round 10: an opening that counts years since, with the event happening today, stays major
    {
      text: '今天凌晨，某某县发生4.8级地震，2人受伤。十年过去，该县再次发生破坏性地震。',
      errors: [{ messageId: 'major', text: '4.8级地震', tier: 'major' }],
    },
    // round 10: a recent case under 以案说法 or 以案释法 is an enforcement result (holdout README: 执法结果与行政处罚)
    {
      title: '以案释法｜销售过期食品被罚',
      text: '日前，县市场监管局查处一起销售过期食品案，对当事人处以罚款2万元。',
      errors: [{ messageId: 'important', text: '查处一起', tier: 'important' }],
    },
    {
      text: '【以案说法】近期，市生态环境局对一家超标排污的企业作出行政处罚决定。',
      errors: [{ messageId: 'important', text: '作出行政处罚', tier: 'important' }],
    },
    // round 10: a title that asks how much a scheme charges or pays (缴多少, 标准是多少, 发多少) explains a policy
    {
      title: '2027年城乡居民医保个人缴多少？',
      text: '个人缴费为每人每年400元，可通过税务APP缴纳。',
      errors: [{ messageId: 'important', text: '缴多少', tier: 'important' }],
    },
    {
      title: '城乡低保标准是多少？一文说清',
      text: '城市低保每人每月820元，农村低保每人每年6100元。',
      errors: [{ messageId: 'important', text: '是多少', tier: 'important' }],
    },
    {
      title: '80岁以上老人高龄津贴每月发多少？',
      text: '按年龄段分档发放，请到村（社区）申报。',
      errors: [{ messageId: 'important', text: '发多少', tier: 'important' }],
    },
    // round 10: an official statistics release without a look back stays important
    {
      title: '2026年前三季度全县经济运行情况',
      text: '前三季度，全县地区生产总值同比增长6.1%。',
      errors: [{ messageId: 'important', text: '经济运行', tier: 'important' }],
    },
    // round 10: a 通告 that imposes a rule (禁止燃放) is still one
    {
      title: '关于春节期间城区禁止燃放烟花爆竹的通告',
      text: '城区主干道两侧及公共场所内禁止燃放烟花爆竹。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    // review of round 10: a person or a vessel that lost contact with a platform (与平台失去联系), or with a companion (对方) with no
    // payment told, is missing: only a counterpart gone after being paid is a fraud's tell
    {
      text: '今天下午4时许，洱海某水域一艘载有6人的观光船与海事监管平台失去联系，海事、公安、消防正在全力搜救。',
      errors: [{ messageId: 'major', text: '6人的观光船与海事监管平台失去联系', tier: 'major' }],
    },
    {
      text: '12月5日晚11时许，我县一名网约车司机载客前往某镇后与平台失去联系，至今未归。公安机关已立案，正在全力查找。',
      errors: [{ messageId: 'major', text: '失去联系', tier: 'major' }],
    },
    {
      text: '昨晚，我县一名货车司机运货途中与物流平台失去联系，家属已报警，公安机关正在全力查找。',
      errors: [{ messageId: 'major', text: '一名货车司机运货途中与物流平台失去联系', tier: 'major' }],
    },
    {
      text: '昨日，两名驴友在某某山分头下山，其中一人此后与对方失去联系，救援队正在搜救。',
      errors: [{ messageId: 'major', text: '一人此后与对方失去联系', tier: 'major' }],
    },
    // review of round 10: a 通告 whose title names a bus route, a station or a timetable but whose body bans (禁止, 严禁, 违者依法处理)
    // imposes a rule: it is still one
    {
      title: '关于城区部分路段实施交通管制及公交线路临时调整的通告',
      text: '为保障马拉松赛事顺利举行，12月14日7:00至13:00，对团结路、人民路实施交通管制，禁止机动车通行，违者依法处理。公交1路、3路临时绕行。特此通告。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    {
      title: '关于禁止在公交站点、车站周边燃放烟花爆竹的通告',
      text: '根据《烟花爆竹安全管理条例》，自2026年1月1日起，禁止在县城公交站点、客运站周边200米范围内燃放烟花爆竹，违者由公安机关依法处罚。特此通告。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    {
      title: '关于客运站点周边禁止占道经营的通告',
      text: '为维护客运站周边秩序，自即日起，禁止在县客运站、公交首末站周边50米范围内占道经营，对违反规定的，由城市管理部门依法查处。特此通告。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    {
      title: '关于春运期间客运班次调整及规范站点秩序的通告',
      text: '春运期间，县城至各乡镇客运班次加密至每半小时一班。严禁非法营运车辆在站点周边揽客。特此通告。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    {
      title: '关于高铁站周边公交接驳及车辆停放管理的通告',
      text: '即日起，高铁站公交接驳线路延长至22时。站前广场仅供公交车辆停靠，其他车辆违者依法处理。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    // review of round 10: figures an office releases (县统计局发布, 县生态环境局发布) under a look-back heading (回顾｜, 五年过去, 数说十年)
    // are still a statistics release
    {
      title: '经济运行回顾｜1—11月全县规上工业增加值增长8.2%',
      text: '县统计局今日发布数据：1—11月，全县规模以上工业增加值同比增长8.2%，社会消费品零售总额58.6亿元，同比增长5.1%。',
      errors: [{ messageId: 'important', text: '经济运行', tier: 'important' }],
    },
    {
      title: '五年过去，我县农村居民人均可支配收入翻了一番',
      text: '据县统计局最新发布的数据，2025年前三季度，全县农村居民人均可支配收入11236元，同比增长7.1%。',
      errors: [{ messageId: 'important', text: '据县统计局', tier: 'important' }],
    },
    {
      title: '【数据回顾】11月全县空气质量优良率100%',
      text: '县生态环境局发布：11月，全县环境空气质量优良天数比例100%，PM2.5平均浓度18微克/立方米，同比下降5.3%。',
      errors: [{ messageId: 'important', text: '同比下降', tier: 'important' }],
    },
    {
      title: '数说十年｜全县地区生产总值迈上新台阶',
      text: '县统计局发布数据：2025年全县地区生产总值215亿元，同比增长6.3%。',
      errors: [{ messageId: 'important', text: '地区生产总值', tier: 'important' }],
    },
    {
      title: '回望三季度｜全县居民收入稳步增长',
      text: '国家统计局某某调查队近日公布，前三季度全县居民人均可支配收入同比增长6.4%。',
      errors: [{ messageId: 'important', text: '统计局某某调查队', tier: 'important' }],
    },
    {
      title: '致敬劳动者｜前10月全县规上工业增加值增长7%',
      text: '县统计局今天发布数据：1—10月，全县规模以上工业增加值同比增长7.0%。',
      errors: [{ messageId: 'important', text: '同比增长', tier: 'important' }],
    },
    // review of round 10: one person hurt in other words (扭伤, 骨折, 崴脚) and trapped is harm too
    {
      text: '12月5日下午，一名外地游客在我县某山徒步时扭伤脚踝被困山中，县消防救援大队接警后连夜搜救，于次日凌晨将其救出，目前已无大碍。',
      errors: [{ messageId: 'major', text: '一名外地游客在我县某山徒步时扭伤', tier: 'major' }],
    },
    {
      text: '今天凌晨，某镇一名村民上山采菌时不慎跌落山谷，腿部骨折被困谷底，消防员连夜赶到将其救出送医。',
      errors: [{ messageId: 'major', text: '被困', tier: 'major' }],
    },
    {
      text: '今天下午，一名游客在某景区步道崴脚受困，景区救援人员将其背下山。',
      errors: [{ messageId: 'major', text: '一名游客在某景区步道崴脚受困', tier: 'major' }],
    },
    {
      text: '昨天傍晚，一名驴友下山时脚踝骨折，被困山腰，救援队连夜将其抬下山。',
      errors: [{ messageId: 'major', text: '被困', tier: 'major' }],
    },
    {
      text: '今天上午，某小区一位老人在家中扭伤腰部，被困卫生间2小时，社区民警破门将其救出。',
      errors: [{ messageId: 'major', text: '一位老人在家中扭伤', tier: 'major' }],
    },
    // review of round 10: a death told as a life not saved (没救过来, 没能抢救过来, 未能救过来)
    {
      text: '12月5日，某村一名3岁儿童误食农药，送县医院后最终还是没救过来。',
      errors: [{ messageId: 'major', text: '没救过来', tier: 'major' }],
    },
    {
      text: '今天上午，某镇一名村民在田间劳作时突然倒地，送医后没能抢救过来。',
      errors: [{ messageId: 'major', text: '没能抢救过来', tier: 'major' }],
    },
    { text: '昨天，某村一名男子被自家耕牛顶倒，送医后未能救过来。', errors: [{ messageId: 'major', text: '未能救过来', tier: 'major' }] },
    // round 11: people not yet out of an accident's site (尚未升井, 仍在水中, 困在土方下) are trapped, told without 被困
    { text: '3日凌晨，某镇一处煤矿发生透水，尚有4名矿工未能升井。', errors: [{ messageId: 'major', text: '透水', tier: 'major' }] },
    {
      text: '今日下午，县城一在建工地基坑坍塌，目前还有3名工人困在土方下。',
      errors: [{ messageId: 'major', text: '坍塌', tier: 'major' }],
    },
    { text: '某在建隧道发生坍塌，12名工人中9人已撤出，另有3人尚未撤出。', errors: [{ messageId: 'major', text: '坍塌', tier: 'major' }] },
    { text: '一辆货车坠入河中，车上2人仍在水中。', errors: [{ messageId: 'major', text: '坠入', tier: 'major' }] },
    // review of round 11: people (住户, 一家三口) still under or in are trapped, a pipe buried is not
    { text: '某小区一栋旧楼局部坍塌，一名住户被压在废墟下。', errors: [{ messageId: 'major', text: '坍塌', tier: 'major' }] },
    { text: '某村一栋民房发生坍塌，一家三口困在屋内。', errors: [{ messageId: 'major', text: '坍塌', tier: 'major' }] },
    // round 11: a response under way with its verb between (正在组织施救, 紧急调派力量展开扑救) or after (救援工作正在紧张进行), or the wounded moved
    {
      text: '今晨7时许，一辆货车在G213线我县境内路段翻坠，交警、消防正在组织施救。',
      errors: [{ messageId: 'major', text: '翻坠', tier: 'major' }],
    },
    { text: '昨晚，某镇一民房起火，消防救援大队紧急调派力量展开扑救。', errors: [{ messageId: 'major', text: '起火', tier: 'major' }] },
    { text: '某小区地下车库发生爆燃，相关部门全力以赴开展救援。', errors: [{ messageId: 'major', text: '爆燃', tier: 'major' }] },
    { text: '县城一在建楼房发生局部坍塌。救援工作正在紧张进行。', errors: [{ messageId: 'major', text: '坍塌', tier: 'major' }] },
    { text: '一辆客车在县道侧翻，伤员已被送往县医院救治。', errors: [{ messageId: 'major', text: '侧翻', tier: 'major' }] },
    // round 11: a hit-and-run told as the driver leaving (撞伤…后逃离, 撞飞后加速逃离, 肇事车辆…驶离)
    {
      text: '一辆黑色轿车撞伤一名行人后逃离现场，交警正在追查。',
      errors: [{ messageId: 'major', text: '撞伤一名行人后逃离', tier: 'major' }],
    },
    { text: '该车将一名老人撞飞后加速逃离。', errors: [{ messageId: 'major', text: '撞飞后加速逃离', tier: 'major' }] },
    { text: '肇事司机撞人后驾车逃逸，请知情人提供线索。', errors: [{ messageId: 'major', text: '肇事司机撞人后驾车逃逸', tier: 'major' }] },
    {
      text: '肇事车辆在事发后驶离，请目击者与交警大队联系。',
      errors: [{ messageId: 'major', text: '肇事车辆在事发后驶离', tier: 'major' }],
    },
    // round 11: one person hurt and stuck, told without 被困 (卡在…动弹不得, 无法脱身, 困于)
    { text: '一名驴友在山中摔伤，困于峡谷动弹不得。', errors: [{ messageId: 'major', text: '一名驴友在山中摔伤', tier: 'major' }] },
    {
      text: '一名游客扭伤脚踝后卡在石缝中动弹不得，消防员赶到将其救出。',
      errors: [{ messageId: 'major', text: '一名游客扭伤', tier: 'major' }],
    },
    {
      text: '一名村民砍柴时跌伤，被卡在陡坡的树丛里无法脱身。',
      errors: [{ messageId: 'major', text: '一名村民砍柴时跌伤', tier: 'major' }],
    },
    // round 11: a counted crowd at an office's gate with a demand, a clause of its cause between (部分群众因…，在…门前反映诉求)
    {
      text: '昨天上午，30余名村民聚在镇政府门口，要求解决土地流转费拖欠问题。',
      errors: [{ messageId: 'major', text: '聚在镇政府门口，要求', tier: 'major' }],
    },
    {
      text: '部分业主因房屋延期交付，聚集在县住建局大门外讨说法。',
      errors: [{ messageId: 'major', text: '聚集在县住建局大门外讨说法', tier: 'major' }],
    },
    { text: '十余名农民工因被拖欠工资，在项目部门口要说法。', errors: [{ messageId: 'major', text: '在项目部门口要说法', tier: 'major' }] },
    {
      text: '部分群众因对征地补偿标准有意见，在街道办事处门前反映诉求。',
      errors: [{ messageId: 'major', text: '在街道办事处门前反映', tier: 'major' }],
    },
    // round 11: a closure 通告 that bans and punishes still imposes a rule; a fine imposed, a released figure
    {
      title: '关于某路段施工期间实施交通管制的通告',
      text: '施工期间禁止所有车辆通行。违反本通告的，由交警部门依法处理。',
      errors: [{ messageId: 'important', text: '的通告', tier: 'important' }],
    },
    { text: '交警对其依法扣分并处罚款200元。', errors: [{ messageId: 'important', text: '依法扣分并处罚款', tier: 'important' }] },
    { text: '1—11月，全县社会消费品零售总额同比增长8.2%。', errors: [{ messageId: 'important', text: '同比增长', tier: 'important' }] },
    // round 11: a court's or an authority's measure taken (依法冻结, 依法扣押, 依法查封, 依法司法拘留) is an enforcement result
    { text: '执行法官依法冻结了被执行人名下存款8万元。', errors: [{ messageId: 'important', text: '依法冻结', tier: 'important' }] },
    {
      text: '法院依法扣押其名下货车一辆，被执行人随即履行了全部欠款。',
      errors: [{ messageId: 'important', text: '依法扣押', tier: 'important' }],
    },
    { text: '县市场监管局依法查封了一家无证经营的食品小作坊。', errors: [{ messageId: 'important', text: '依法查封', tier: 'important' }] },
    {
      text: '对拒不履行判决的被执行人王某，法院依法司法拘留15日。',
      errors: [{ messageId: 'important', text: '依法司法拘留', tier: 'important' }],
    },
    // round 12: people trapped now are major, rescued and unhurt or not (holdout README: 人员被困), one or several
    { text: '2名游客被困山顶，民警徒步4小时将其救下。', errors: [{ messageId: 'major', text: '2名游客被困', tier: 'major' }] },
    {
      text: '12月5日19时许，某小区发生电梯困人险情，消防员成功将3名被困居民救出。',
      errors: [{ messageId: 'major', text: '3名被困', tier: 'major' }],
    },
    {
      text: '一名游客被困缆车半小时，经工作人员施救后安全脱困，没有受伤。',
      errors: [{ messageId: 'major', text: '一名游客被困', tier: 'major' }],
    },
    { text: '3名游客被困电梯，消防员赶到后将其救出，均无人受伤。', errors: [{ messageId: 'major', text: '3名游客被困', tier: 'major' }] },
    {
      text: '昨晚，5名驴友在某峡谷溯溪时受困河心，消防员架设绳索将其全部救出。',
      errors: [{ messageId: 'major', text: '5名驴友在某峡谷溯溪时受困', tier: 'major' }],
    },
    {
      text: '今晨，某村一名老人被困在洪水围困的房屋内，民警涉水将其背出，老人没有受伤。',
      errors: [{ messageId: 'major', text: '一名老人被困', tier: 'major' }],
    },
    // round 12: a fire with a loss (烧毁) is still major, and so is a flood that is news now, however long the record (1998年以来)
    {
      text: '昨晚，某农贸市场起火，过火面积约800平方米，烧毁摊位32个，未造成人员伤亡。',
      errors: [{ messageId: 'major', text: '起火', tier: 'major' }],
    },
    {
      text: '今天凌晨，某江出现1998年以来最大洪水，沿岸3个村被淹，转移群众500余人。',
      errors: [{ messageId: 'major', text: '洪水', tier: 'major' }],
    },
    // review of round 12: a last-century year that dates a building, a record, a career or a comparison is no look back
    {
      text: '该住宅楼建于1985年，今天凌晨4时发生火灾，造成2人死亡、3人受伤，事故原因正在调查。',
      errors: [{ messageId: 'major', text: '火灾', tier: 'major' }],
    },
    {
      text: '今天上午，鲁甸县某村一栋1998年修建的土木结构老房倒塌，造成1人死亡。',
      errors: [{ messageId: 'major', text: '1人死亡', tier: 'major' }],
    },
    {
      text: '受强降雨影响，昨夜至今晨镇雄县降雨量为1961年有气象记录以来最大，目前已造成3人失踪，转移群众1200余人。',
      errors: [{ messageId: 'major', text: '强降雨', tier: 'major' }],
    },
    {
      text: 'XX县农业农村局原局长张某，1990年参加工作，涉嫌严重违纪违法，目前正接受县纪委监委纪律审查和监察调查。',
      errors: [{ messageId: 'major', text: '涉嫌严重违纪', tier: 'major' }],
    },
    {
      text: '今天上午，某矿区一条1983年开挖的巷道发生透水，3名矿工被困井下。',
      errors: [{ messageId: 'major', text: '透水', tier: 'major' }],
    },
    {
      text: '昨日下午，某县发生4.8级地震，震级超过1988年的澜沧地震，目前已造成2人受伤。',
      errors: [{ messageId: 'major', text: '4.8级地震', tier: 'major' }],
    },
    // round 12: an appeal for someone missing abroad that closes with thanks (感谢大家！, 谢谢各位。) is no thank-you post
    {
      text: '【恳请扩散】我县居民某某于10月经磨憨口岸出境前往老挝务工，自11月3日起与家人失去联系。如有线索请联系县公安局，家人盼归，感谢大家！',
      errors: [{ messageId: 'major', text: '失去联系', tier: 'major' }],
    },
    {
      text: '【求助】我镇村民某某今年3月赴缅甸务工，近两个月联系不上，请知情者与镇派出所联系，谢谢各位。',
      errors: [{ messageId: 'major', text: '联系不上', tier: 'major' }],
    },
  ],
});
