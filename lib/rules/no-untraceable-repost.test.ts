import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-untraceable-repost';

ruleTester(rule, {
  valid: [
    // round 12 (dev16): a caption naming what a picture shows (a quoted slogan before 示意图, 路线图) credits nobody
    '图：“前台综合受理、后台分类审批、窗口统一出件”办事流程示意图',
    '图：“滇池卫士”志愿服务路线图',
    '图片：“一部手机办事通”功能布局图',
    '本文原载于《春城晚报》，作者张三。',
    '本文首发于县融媒体中心公众号。',
    '本文为县融媒体中心原创，转载请注明出处。',
    '该成果发表于国际学术期刊。',
    '近日，有网友爆料称县城将封路，经核实系谣言。',
    '以上信息由县气象台提供。',
    '今天转发一篇“云南发布”公众号的文章，供大家参考。',
    '从县人民医院转来的患者已脱离危险。',
    '近日，不少市民在朋友圈刷到一则“全城停水”的视频。',
    '有网友从某论坛搬来一则消息，经核实系谣言。',
    // a rumour notice denies in other words too (系虚假信息, 网民编造): one list for every kind of attribution
    '据网上流传的消息称县城将停水三天，系网民编造的虚假信息。',
    '近日，有网友转发“某某生活号”公众号发布的停水消息，经核实系谣言。',
    // 自家 is one's own (摘自家里的菜园); a noun before 转自 that is no material relayed (户口, 工作重心) is no relay statement
    '这些蔬菜都摘自家里的菜园，新鲜可口。',
    '他的户口转自外省，已办理落户手续。',
    '该通知转自省教育厅，请各校认真落实。',
    '以下内容转自“云南发布”微信公众号。',
    // 来自 in brackets naming where a person comes from, a traceable body, or a rumour's origin
    '李明（来自昆明市）参加了比赛。',
    '参会代表（来自全县各乡镇）共120人。',
    '防汛提示（来自县气象台）',
    '网传“明日停水”的消息来自网友，经核实系谣言。',
    // a rumour notice in other words (系虚假信息, 编造, 捏造): where the rumour came from is no source
    { title: '网传停水消息不实', text: '经查，网传“县城将全面停水三天”的消息来自一网民的编造，系虚假信息。' },
    '网传“明天全县停电”的消息来自某网民捏造，请勿轻信。',
    '这条“学校放假一周”的消息来自网友编造，系虚假信息，教育局从未发布。',
    '志愿者从人群中转过身来，向大家挥手致意。',
    // round 4 hard negatives: 来源不明 of goods, a rumour someone else spread, moving house, 运转自如
    '请勿采食、购买来源不明的野生菌。',
    '作者不详的老照片征集活动启动。',
    // who did something else is not known (起火原因, 谁发现的), and a rumour's poster being traced
    '起火原因尚不清楚，目前正在调查。',
    '是谁最早发现火情的，目前还不清楚。',
    '这些照片是谁拍的？是我们的摄影师小王！',
    '网传“封城”消息是谁发的目前还不清楚，系谣言。',
    // …nor is a maker not found when the post shows no material of its own (a legend's origin, a folk song), material
    // a named archive keeps, a warning about messages from strangers, or a statement about videos in general
    '关于过桥米线的出处，至今谁也说不清楚，流传最广的是秀才妻子送饭的故事。',
    '这道菜名字的出处已经查不到了，但味道一直没变。',
    '村里老人说，这句俗语是谁写的谁也不知道。',
    '这首民歌的原作者早已无从知晓，不知道是谁写的，但它在村寨里世代传唱。',
    '这张老照片拍摄于上世纪80年代，原作者已经找不到了，照片由县档案馆收藏。画面中是当年的人民路。',
    '这组照片是谁拍的已经查不到了，底片由县博物馆保存。',
    '这张合影照片的原作者找不到了，现由县档案馆提供。',
    {
      title: '反诈提醒｜不知道是谁发的链接，千万别点',
      text: '近期，不少市民收到冒充快递的短信。县公安局提醒：收到不知道是谁发的中奖短信，不要点击链接，不要填写银行卡信息。',
    },
    '这条消息不知道是谁发的，千万别点里面的链接。',
    '群里这段视频不知道是谁拍的，谨防上当，请勿转发。',
    '有些视频不知道是谁拍的，也不知道是不是真的，请网友不信谣、不传谣。',
    '网上很多照片不知道是谁拍的，转发前要核实。',
    '一些短视频是谁拍的都不清楚，就被大量转发。',
    '参考网友建议，县里增设了公交站点。',
    '执法人员查获一批来源不明冻品，已依法封存。',
    '近日，有网友在朋友圈转发“明日全城停水”的消息，经核实系谣言。',
    '老王一家从县城搬过来已有三年，在村里开起了农家乐。',
    '新设备运转自如，日处理污水5000吨。',
    '现转发“云南发布”公众号推送的防汛提示，请广大群众注意防范。',
    '作者：李明（县融媒体中心）',
    '春茶开采，茶农忙碌。（综合新华社、人民网）',
    '县里组建综合网络执法队伍，整治网络谣言。',
    '作者：县委宣传部',
    '截图来自县政务服务网办事指南。',
    '画面来自县融媒体中心航拍。',
    // datelines without a date, and an outlet's channel after a dash
    '新华社昆明电（记者 张三）云南省今年将新建高标准农田300万亩。',
    '云南网讯（记者 李四）近日，全省春耕备耕工作有序推进。',
    '人民网-云南频道6月3日电 今年以来，全省旅游市场持续升温。',
    // a law or an official document cited for a passage is traceable
    '答：驾驶人和乘坐人员应当按规定佩戴安全头盔。\n（来源：《云南省道路交通安全条例》）',
    '资料来源：《禄劝彝族苗族自治县志》',
    '来源：国务院《关于进一步优化政务服务的意见》',
    '文字来源：县人民政府办公室',
    // someone interviewed is not a source the text was taken from
    '据村民透露，该路段去年就已硬化完成。',
    // departments' accounts, a magazine on the list, a township
    '来源：网信中国',
    '来源：《求是》杂志',
    '来源：中屏镇',
    // a short repost mark with its source named; an extension number after 转
    { title: '【转】冬季用火用电安全提示', text: '来源：云南发布\n出门前请关闭电源。' },
    '值班电话0871-63123456转8001，传真同号。',
    // 【转发】 heads a superior's document relayed with its issuer named, not a repost mark
    { title: '【转发】省应急管理厅关于做好冬春森林防火工作的通知', text: '各乡镇：现将省应急管理厅通知转发给你们，请认真贯彻落实。' },
    // an outlet with its channel after a dash
    '原标题：《高原湖泊治理见成效》\n来源：人民网—云南频道',
    '来源：云南文旅',
    '图片来源：新华社\n全县今年新建高标准农田3万亩。',
    '秋收时节稻田金黄。（图片由县融媒体中心提供）',
    // original posts: no repost signal, no source line needed
    '今天上午，县应急管理局组织开展防汛应急演练，200余名干部群众参加。',
    '据统计，今年以来全县共接待游客120万人次，实现旅游收入13.6亿元。',
    '据了解，该项目总投资2.3亿元，预计年底建成投用。',
    // dev9 hard negatives: a named person, a department's account, a thanks for no material, a rumour notice,
    // an editor's note over a notice, an e-mail address
    '（图片由村民李明提供）',
    '以下图片为县消防救援大队提供。',
    '感谢@县消防救援大队 的辛勤付出。',
    '感谢“最美护林员”李明的坚守，他守护这片林子三十年。',
    '图片：@云南发布',
    '请@昆明交警 关注一下这个路口。',
    '编者按：为做好防汛工作，现将有关要求通知如下。',
    '投稿邮箱：tougao@example.com，欢迎读者来稿。',
    '据网上流传的消息称县城将封路，经核实系谣言。',
    '据县政府发布的通知，明天起实行交通管制。',
    '图片由受访村民提供。',
    '县长在接受新华社记者采访时表示，将持续推进高原特色农业发展。',
    '资金来源：省级财政专项补助资金。',
    // authoritative sources
    '来源：新华社\n国务院办公厅近日印发《关于进一步优化政务服务的意见》。',
    '原标题：云南多措并举稳就业\n来源：云南日报',
    '新华社昆明3月1日电（记者 张三）云南省今年将新建高标准农田300万亩。\n来源：新华网',
    '本文转载自“云南发布”微信公众号。',
    '以下文章来源于人民日报客户端',
    '据央视新闻报道，我国成功发射一颗遥感卫星。',
    '来源丨中国政府网 编辑：李明',
    '来源：http://www.yn.gov.cn/zwgk/',
    '来源：昆明市人民政府门户网站',
    '信息来源：云南省气象台',
    '据省应急管理厅消息，全省森林防火形势总体平稳。',
    '央视网消息（新闻联播）：今年以来，我国经济运行总体平稳。',
    '来源：本网\n记者：王芳',
    { text: '来源：七彩云南旅游网', options: { allowedSources: ['七彩云南旅游网'] } },
    '编者按：为深入学习宣传党的二十大精神，本号开设专栏，今天推出第一期。',
    // a wire dateline is an attribution, like 据新华社电
    '新华社昆明3月1日电（记者 张三）云南省今年将新建高标准农田300万亩。',
    '新华社昆明6月3日电 今年以来，全省接待游客人次持续增长。',
    '据新华社电 国务院常务会议部署稳就业工作。',
    // 据 before a dated dateline: the place after the outlet is where it was filed, not part of its name
    '据新华社昆明6月3日电 全省今年将新建高标准农田300万亩。',
    '据中新社北京5月1日电，国务院常务会议部署稳就业工作。',
    '据人民日报客户端大理3月2日电 大理州今年春耕备耕有序推进。',
    '我县今年将新建高标准农田3万亩（据新华社西双版纳12月1日电）。',
    '中新网昆明5月2日电 “五一”假期云南各景区游客如织。',
    // licensed news sources (稿源单位) are traceable
    '来源：澎湃新闻',
    '本文转载自红星新闻客户端。',
    '据上观新闻报道，长三角一体化取得新进展。',
    '转发微博//@云南发布：全省高考报名工作即将开始',
    '据电力部门介绍，今年将新建变电站3座。',
    // photo credits of a photographer or a unit are not reposts
    '（图：李明 摄）',
    '图片：县融媒体中心',
    // 来自, 摘自, 整理自 in prose are not source lines
    '来自全县各乡镇的200余名代表参加会议。',
    '村民们采摘自家果园的苹果，送到敬老院。',
    '机器运转自如，生产线全面复产。',
    '这些好点子都来源于群众的实践，县里将逐步推广。',
    '资料来源：县统计局',
    '图片来自县融媒体中心。',
    '这些信息来自全县各乡镇的统计上报。',
    '图片来自受访者。',
    '以上图片均为县融媒体中心记者拍摄。',
    '照片为资料图。',
    '本文图片来自县融媒体中心，文字整理自县委办提供的材料。',
    '图源：新华社',
    '这是一幅地图源文件的示意。',
    // the account's own outlet: a newspaper's or a 融媒体中心's account writes 本报讯 with its reporters' byline
    '本报讯（本报记者 李明 通讯员 赵丽）连日来，我县抢抓春季植树有利时机开展造林。',
    '本报讯（记者 周敏）全市秋粮收购工作日前启动。',
    // the paper named in a source line
    '来源：云南日报\n本报讯 近日，昆明市启动老旧小区改造。',
    '（县融媒体中心记者 王欣）6月上旬，石屏县杨梅进入成熟采摘期。',
    // a photo credit names the outlet the picture came from
    '春耕时节，田间地头一派繁忙景象。\n（新华社记者 胡超 摄）',
    // departments' accounts under their short names, and state bodies
    '考生请留意！//@昆明交警：高考期间各考点周边道路实行临时交通管制。',
    '来源：云南税务',
    '来源：国务院客户端',
    '来源：中国人大网',
    '来源：县疾控中心',
    // one attribution in parts, or with the issue it was printed in
    '来源：人民网－人民日报',
    '来源：新华社“新华视点”',
    '来源：《光明日报》2024年6月3日05版',
    '来源：人民日报 2024-06-03 第4版',
    // a province's daily or broadcaster is on every edition of the national list
    '来源：甘肃日报',
    '来源：四川广播电视台',
    '据“昆明发布”微信公众号消息，6月10日起新开通两条公交线路。',
    // an outlet's column or study platform, more licensed apps, departments' brands, 群团组织, stock photos
    '来源：人民日报评论',
    '来源：学习强国云南学习平台',
    '来源：海外网',
    '来源：荔枝新闻',
    '来源：平安云南',
    '来源：云南共青团',
    '图片来源：视觉中国',
    '文中图片转自“云南发布”。',
    // a label after 本/此/该 and the material it names, to a traceable source
    '此视频转自“云南发布”微信公众号。',
    '今晨大雾，出行请减速慢行。via 昆明交警',
    // via inside an English word is no attribution; a label glued to a word before it is none either
    '讲座由外籍教师Olivia主讲，介绍中西节日习俗。',
    '该项目的资本来源：社会资本和财政资金各占一半。',
    // round 11: 本报讯 with its paper named beside it (before it, in 《》 or not, or in the byline after it) is that paper's dateline
    '《昭通日报》本报讯 近日，昭阳区新增3个省级森林乡村。',
    '临沧日报本报讯：12月5日，全市冬季植树造林启动。',
    '《甘肃日报》本报讯 全省冬小麦播种基本结束。',
    '曲靖日报 本报讯 近日，麒麟区新建5座村级污水处理站。',
    '【玉溪日报】本报讯 全市烤烟收购工作圆满结束。',
    // a source line the editor's markup follows (a pasted HTML source): the tag is no part of the name
    '在陆良县，蔬菜种植面积已达5.6万亩。</p><p>来源：云南日报</p>',
    '全县秋粮收购启动。<br>来源：新华社<br>编辑：李四',
    // a notice relayed from a named government body; a file's own data moved elsewhere is no relay
    '以上信息转自县自然资源局官网，请相互转告。',
    '他的档案信息转自原工作单位，已办理接收手续。',
    // a person interviewed who withheld a name is no author; a byline with a name; rules for submissions
    '一位不愿透露姓名的村民说，今年核桃收成不错。',
    // a tip's photo cited in prose (一位村民发来的照片显示) credits no material to a sender, like 据村民介绍
    '一位村民发来的照片显示，田野里一片繁忙。',
  ],
  invalid: [
    // …but an account credited with making it still is (发布的, 绘制的 name who made the picture)
    {
      text: '视频：“云南旅游攻略”公众号发布的景区导览图',
      errors: [{ messageId: 'unauthorisedSource', text: '“云南旅游攻略”公众号', severity: 'warn' }],
    },
    { text: '图：“春城小记”绘制的滇池流程图', errors: [{ messageId: 'unauthorisedSource', text: '“春城小记”', severity: 'warn' }] },
    // round 11: 本报讯 beside a paper that is no licensed outlet is judged as that paper's dateline
    {
      text: '《滇南商报》本报讯 近日，某楼盘开盘。',
      errors: [{ messageId: 'unauthorisedSource', text: '《滇南商报》', severity: 'warn' }],
    },
    // …a source line followed by markup is judged without the tag
    { text: '全县停水一天。</p><p>来源：网友</p>', errors: [{ messageId: 'untraceableSource', text: '网友' }] },
    // information relayed (转自, 转载自, 摘自) from an account, whatever the noun's qualifier: 以上信息, 本条信息, 此资讯, 上述信息
    {
      text: '【停水通知】明日部分小区停水。以上信息转自某某物业服务有限公司公众号。',
      errors: [{ messageId: 'unauthorisedSource', text: '某某物业服务有限公司公众号', severity: 'warn' }],
    },
    {
      text: '本条信息转载自“春城生活圈”微信公众号。',
      errors: [{ messageId: 'unauthorisedSource', text: '“春城生活圈”微信公众号', severity: 'warn' }],
    },
    {
      text: '此资讯转自某某旅行社官网，仅供参考。',
      errors: [{ messageId: 'unauthorisedSource', text: '某某旅行社官网', severity: 'warn' }],
    },
    {
      text: '上述信息摘自某某置业有限公司公众号。',
      errors: [{ messageId: 'unauthorisedSource', text: '某某置业有限公司公众号', severity: 'warn' }],
    },
    { text: '相关信息转自业主群，请以官方通知为准。', errors: [{ messageId: 'untraceableSource', text: '业主群' }] },
    // a text an unnamed private person sent or wrote (发来, 寄来, 撰写, 来稿): nobody can trace it
    { text: '本文由一位市民发来，我们略作删节。', errors: [{ messageId: 'untraceableSource', text: '一位市民发来' }] },
    { text: '以下内容由当地一位村民寄来，原文照登。', errors: [{ messageId: 'untraceableSource', text: '当地一位村民寄来' }] },
    { text: '这篇稿件由一名热心读者撰写。', errors: [{ messageId: 'untraceableSource', text: '一名热心读者撰写' }] },
    { text: '本文系读者来稿，文责自负。', errors: [{ messageId: 'untraceableSource', text: '读者来稿' }] },
    { text: '下面这段文字由一位读者投来，我们略作修改。', errors: [{ messageId: 'untraceableSource', text: '一位读者投来' }] },
    // …in a bracketed note (（读者来稿）, 【市民投稿】)
    { text: '冬日的洱海。（读者来稿）', errors: [{ messageId: 'untraceableSource', text: '读者来稿' }] },
    { text: '【市民投稿】老街的清晨真美。', errors: [{ messageId: 'untraceableSource', text: '市民投稿' }] },
    // material credited to a private person nobody can trace: 一位热心市民, 当地村民, 一名读者, 一位游客
    { text: '雾凇美景。以下图片为一位热心市民投稿。', errors: [{ messageId: 'untraceableSource', text: '一位热心市民投稿' }] },
    { text: '（图片由当地村民提供）', errors: [{ messageId: 'untraceableSource', text: '当地村民提供' }] },
    { text: '本文系一名读者投稿，特此分享。', errors: [{ messageId: 'untraceableSource', text: '一名读者投稿' }] },
    { text: '山顶日出。\n视频：一位游客拍摄', errors: [{ messageId: 'untraceableSource', text: '一位游客拍摄' }] },
    // material credited to a self-media account (@名称, “名称”, 名称公众号): not a government site or licensed outlet
    {
      text: '银杏全黄了。\n图文：@滇西北小鹿的旅行日记',
      errors: [{ messageId: 'unauthorisedSource', text: '@滇西北小鹿的旅行日记', severity: 'warn' }],
    },
    {
      text: '今晚的月亮好圆。感谢@澜坪生活圈 提供的图片和视频。',
      errors: [{ messageId: 'unauthorisedSource', text: '@澜坪生活圈', severity: 'warn' }],
    },
    { text: '鸣谢“大理吃货联盟”供图。', errors: [{ messageId: 'unauthorisedSource', text: '“大理吃货联盟”', severity: 'warn' }] },
    {
      text: '本文内容及图片由“山野寻茶记”授权分享。',
      errors: [{ messageId: 'unauthorisedSource', text: '“山野寻茶记”', severity: 'warn' }],
    },
    {
      text: '视频由石林小王抖音号授权使用。',
      errors: [{ messageId: 'unauthorisedSource', text: '石林小王抖音号', severity: 'warn' }],
    },
    { text: '（摄影：@洱海边的阿杰）', errors: [{ messageId: 'unauthorisedSource', text: '@洱海边的阿杰', severity: 'warn' }] },
    // an editor's note over relayed material, in other verbs (转发如下, 刊登如下, 照登如下)
    {
      text: '编者按：一篇乡村教师的手记在朋友圈流传，我们全文转发如下。\n……',
      errors: [{ messageId: 'missingSource', text: '编者按' }],
    },
    { text: '编者按：这封家书令人动容，现原文刊登如下。\n……', errors: [{ messageId: 'missingSource', text: '编者按' }] },
    { text: '编者按：读者来信照登如下，以飨读者。\n……', errors: [{ messageId: 'missingSource', text: '编者按' }] },
    // 据 + a place nobody can trace + 流传/疯传/转发的 (no 报道 or 消息 after it)
    { text: '据小区业主群里流传的截图，明天将停水。', errors: [{ messageId: 'untraceableSource', text: '小区业主群' }] },
    { text: '据朋友圈疯传的视频，昨晚城东起火。', errors: [{ messageId: 'untraceableSource', text: '朋友圈' }] },
    { text: '据网上转发的图片，景区已限流。', errors: [{ messageId: 'untraceableSource', text: '网上' }] },
    { text: '部分内容参考自网络。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '素材整理自网络公开资料。', errors: [{ messageId: 'untraceableSource', text: '网络公开资料' }] },
    { text: '此消息由群友转发，仅供参考。', errors: [{ messageId: 'untraceableSource', text: '群友转发' }] },
    // round 4, third pass: the text's contributor (由网友提供, 系网友投稿, 网友供稿), where it first appeared (原载于,
    // 首发于), 分享自 and 来自：, 本帖转载自, and a video of the text 由网友拍摄
    { text: '以上信息由网友提供，仅供参考。', errors: [{ messageId: 'untraceableSource', text: '网友提供' }] },
    { text: '本文系网友投稿，观点不代表本号立场。', errors: [{ messageId: 'untraceableSource', text: '网友投稿' }] },
    { text: '此文为网络转载，如有不妥请联系。', errors: [{ messageId: 'untraceableSource', text: '网络转载' }] },
    { text: '（网友供稿）', errors: [{ messageId: 'untraceableSource', text: '网友供稿' }] },
    { text: '本条信息来自网友爆料', errors: [{ messageId: 'untraceableSource', text: '网友爆料' }] },
    {
      text: '本文原载于“某某日记”公众号，作者张三。',
      errors: [{ messageId: 'unauthorisedSource', text: '“某某日记”公众号', severity: 'warn' }],
    },
    { text: '文章首发于其个人公众号。', errors: [{ messageId: 'unauthorisedSource', text: '其个人公众号', severity: 'warn' }] },
    { text: '原载《大理旅游》公众号', errors: [{ messageId: 'unauthorisedSource', text: '《大理旅游》公众号', severity: 'warn' }] },
    { text: '分享自小红书', errors: [{ messageId: 'untraceableSource', text: '小红书' }] },
    { text: '来自：滇西生活公众号', errors: [{ messageId: 'unauthorisedSource', text: '滇西生活公众号', severity: 'warn' }] },
    { text: '本帖转载自某论坛', errors: [{ messageId: 'unauthorisedSource', text: '某论坛', severity: 'warn' }] },
    { text: '内容搜集整理于网络，仅作科普。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '以下视频由网友拍摄', errors: [{ messageId: 'untraceableSource', text: '网友拍摄' }] },
    // round 4, second pass: other verbs, other origins (judged like a named source)
    { text: '以下是从某论坛上搬过来的帖子，供参考。', errors: [{ messageId: 'unauthorisedSource', text: '某论坛', severity: 'warn' }] },
    { text: '小编从朋友圈转来一则消息：明天停电。', errors: [{ messageId: 'untraceableSource', text: '朋友圈' }] },
    {
      text: '下面这篇是别的公众号写的，我们转过来给大家看看。',
      errors: [{ messageId: 'unauthorisedSource', text: '别的公众号', severity: 'warn' }],
    },
    { text: '在抖音刷到这个视频，觉得很有用，分享一下。', errors: [{ messageId: 'untraceableSource', text: '抖音' }] },
    {
      text: '今天转发一篇“滇中生活圈”公众号的文章，供大家参考。',
      errors: [{ messageId: 'unauthorisedSource', text: '“滇中生活圈”公众号', severity: 'warn' }],
    },
    // round 4: a statement that the origin cannot be traced is itself an untraceable source
    { text: '本回答整理了一段流传很广的科普，出处已不可考，大意如下：', errors: [{ messageId: 'missingSource', text: '出处已不可考' }] },
    { text: '以下段子作者不详，仅供一乐。', errors: [{ messageId: 'missingSource', text: '作者不详' }] },
    { text: '这组老照片原出处已无从查证，欢迎知情者补充。', errors: [{ messageId: 'missingSource', text: '原出处已无从查证' }] },
    { text: '顺口溜流传多年，原作者未知。', errors: [{ messageId: 'missingSource', text: '原作者未知' }] },
    // …said in words: who made or first posted it was not found, either order
    {
      text: '网上这张雪景照片拍得太美了，原作者我们找了很久也没找到，先分享给大家。',
      errors: [{ messageId: 'missingSource', text: '原作者我们找了很久也没找到' }],
    },
    {
      text: '这段顺口溜在家长群里传了好几天，出处已经查不到了，但道理很实在。',
      errors: [{ messageId: 'missingSource', text: '出处已经查不到' }],
    },
    {
      text: '群里流传的这段航拍视频，不知道最早是谁拍的，画面真美。',
      errors: [{ messageId: 'missingSource', text: '不知道最早是谁拍的' }],
    },
    { text: '不知道这张照片是谁拍的，太美了。', errors: [{ messageId: 'missingSource', text: '不知道这张照片是谁拍的' }] },
    // …the material named just before, opening the sentence
    {
      text: '一段赛龙舟的视频这两天很火。视频最早是谁拍的我们也没查到，先分享给大家。',
      errors: [{ messageId: 'missingSource', text: '谁拍的我们也没查到' }],
    },
    {
      text: '一段赛龙舟的视频这两天很火！视频最早是谁发的，我们也没找到。',
      errors: [{ messageId: 'missingSource', text: '谁发的，我们也没找到' }],
    },
    { text: '这条消息最先是谁发出的，我们也没查到。', errors: [{ messageId: 'missingSource', text: '谁发出的，我们也没查到' }] },
    { text: '这篇小文章是谁写的我们也不清楚，读来很暖心。', errors: [{ messageId: 'missingSource', text: '谁写的我们也不清楚' }] },
    // 转自 after 授权, 特, 现: still a statement of where the text came from
    {
      text: '本文经授权转自“南诏吃货日记”，作者：阿宝',
      errors: [{ messageId: 'unauthorisedSource', text: '“南诏吃货日记”', severity: 'warn' }],
    },
    { text: '获作者授权转载自滇西游记公众号。', errors: [{ messageId: 'unauthorisedSource', text: '滇西游记公众号', severity: 'warn' }] },
    { text: '今特转自网络，供大家参考。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    // relaying an account's post by a verb: 转发/转载“X”公众号推送/发布的…
    {
      text: '编者按：本号特转发“彩云暖居科技”公众号推送的一篇取暖安全提示，供参考。',
      errors: [{ messageId: 'unauthorisedSource', text: '“彩云暖居科技”公众号', severity: 'warn' }],
    },
    {
      text: '现转载《滇池夜话》微博发布的一篇游记。',
      errors: [{ messageId: 'unauthorisedSource', text: '《滇池夜话》微博', severity: 'warn' }],
    },
    {
      text: '我们转载了洱海边的小张抖音号发表的视频。',
      errors: [{ messageId: 'unauthorisedSource', text: '洱海边的小张抖音号', severity: 'warn' }],
    },
    // material collected from 各平台/网络 by other verbs
    { text: '图文素材收集于各平台，原作者看到可后台私信我们处理。', errors: [{ messageId: 'untraceableSource', text: '各平台' }] },
    { text: '本文图片搜集自网络。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '视频素材取材于多个平台，侵删。', errors: [{ messageId: 'untraceableSource', text: '多个平台' }] },
    // a copyright note in other words
    {
      text: '这篇游记写得真好，特分享给大家。原作者看到请联系我们删除。',
      errors: [{ messageId: 'missingSource', text: '原作者看到请联系我们删除' }],
    },
    // taken over from an untraceable place, said colloquially (扒下来, 搬过来, 抄来, 搬运)
    {
      text: '下面这段攻略是从一位旅行博主的分享里扒下来的，亲测好用。',
      errors: [{ messageId: 'untraceableSource', text: '旅行博主' }],
    },
    {
      text: '刚在业主群里看到有人转的截图，说明天停水，已经帮大家搬过来了。',
      errors: [{ messageId: 'untraceableSource', text: '业主群' }],
    },
    { text: '这份清单是小编在网上抄来的，大家参考。', errors: [{ messageId: 'untraceableSource', text: '网上' }] },
    { text: '今天给大家搬运一条抖音上很火的做菜视频。', errors: [{ messageId: 'untraceableSource', text: '抖音' }] },
    { text: '朋友圈刷到的防骗口诀，转给大家看看。', errors: [{ messageId: 'untraceableSource', text: '朋友圈' }] },
    // the label after a material noun that was not read as one (文字来源)
    { text: '杜鹃花是我国十大名花之一。\n文字来源：百度百科', errors: [{ messageId: 'untraceableSource', text: '百度百科' }] },
    // 自媒体 and a platform's user name no one: as untraceable as 网友
    { text: '来源：自媒体', errors: [{ messageId: 'untraceableSource', text: '自媒体', severity: 'block' }] },
    { text: '视频来源：抖音用户', errors: [{ messageId: 'untraceableSource', text: '抖音用户', severity: 'block' }] },
    { text: '来源：自媒体“云南旅游攻略”', errors: [{ messageId: 'untraceableSource', text: '自媒体“云南旅游攻略”' }] },
    // labels the rule did not read: 资讯来源, 来源于：, a video credit, a picture 由…提供, a bare bracketed note
    { text: '资讯来源：网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '来源于：网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '暴雨过后，河水上涨。\n视频：抖音网友', errors: [{ messageId: 'untraceableSource', text: '抖音网友' }] },
    { text: '雨后的洱海美如画卷。（图片由网友提供）', errors: [{ messageId: 'untraceableSource', text: '网友提供' }] },
    { text: '普者黑的荷花开了。（网络图片）', errors: [{ messageId: 'untraceableSource', text: '网络图片' }] },
    // the address a text was taken from
    {
      text: '原文链接：https://mp.example.com/s/AbC123',
      errors: [{ messageId: 'unauthorisedSource', text: 'https://mp.example.com/s/AbC123', severity: 'warn' }],
    },
    {
      text: '原标题：我省出台促消费十条措施\n省商务厅近日出台十条措施。',
      errors: [{ messageId: 'missingSource', text: '原标题', severity: 'block' }],
    },
    { text: '云南日报记者 李四\n近日，全省乡村振兴现场推进会召开。', errors: [{ messageId: 'missingSource', text: '云南日报记者' }] },
    { text: '编者按：现将有关文章全文如下，供学习参考。\n……', errors: [{ messageId: 'missingSource', text: '编者按' }] },
    {
      title: '【转载】夏季防溺水安全提示',
      text: '暑期来临，请家长加强对孩子的看护。',
      errors: [{ messageId: 'missingSource', text: '【转载】' }],
    },
    // the short repost marks: 【转】, [转帖], a line opening 转：
    {
      title: '【转】寒潮来袭，这些防冻常识请收好',
      text: '水表、水管要包扎保温，夜间可让水龙头保持滴水。',
      errors: [{ messageId: 'missingSource', text: '【转】' }],
    },
    { text: '[转帖] 春运返乡出行指南\n提前购票，错峰出行。', errors: [{ messageId: 'missingSource', text: '[转帖]' }] },
    { text: '转：立秋后的养生小常识\n早睡早起，少吃生冷。', errors: [{ messageId: 'missingSource', text: '转' }] },
    // news said to come from a chat group, with no colon
    {
      text: '【停电提醒】明日8时至12时城西片区停电。以上消息来源于小区物业群，请以供电公司通知为准。',
      errors: [{ messageId: 'untraceableSource', text: '小区物业群' }],
    },
    { text: '来源：网络', errors: [{ messageId: 'untraceableSource', text: '网络', severity: 'block' }] },
    { text: '图片来源于网络，如有侵权请联系删除。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '本文来源于网友投稿。', errors: [{ messageId: 'untraceableSource', text: '网友投稿' }] },
    { text: '来源：微信朋友圈', errors: [{ messageId: 'untraceableSource', text: '微信朋友圈' }] },
    { text: '据网传消息，某路段将封闭施工。', errors: [{ messageId: 'untraceableSource', text: '网传' }] },
    { text: '据报道，某地发生一起交通事故。', errors: [{ messageId: 'untraceableSource', text: '据报道' }] },
    {
      text: '来源：某某科技有限公司公众号',
      errors: [{ messageId: 'unauthorisedSource', text: '某某科技有限公司公众号', severity: 'warn' }],
    },
    // untraceable sources get the same severity however they are worded
    { text: '来源：抖音网友', errors: [{ messageId: 'untraceableSource', text: '抖音网友', severity: 'block' }] },
    { text: '来源：微信群', errors: [{ messageId: 'untraceableSource', text: '微信群', severity: 'block' }] },
    { text: '来源：网友拍摄', errors: [{ messageId: 'untraceableSource', text: '网友拍摄', severity: 'block' }] },
    // reposts without a 来源 keyword
    {
      text: '转发微博//@滇味生活：好消息！昆明新开一条公交线路',
      errors: [{ messageId: 'unauthorisedSource', text: '滇味生活', severity: 'warn' }],
    },
    { text: '本文为转载，如有侵权请联系删除。\n春季是赏花的好时节。', errors: [{ messageId: 'missingSource', text: '本文为转载' }] },
    { text: '春节假期出行提示……\n如有侵权，请联系我们删除。', errors: [{ messageId: 'missingSource', text: '如有侵权' }] },
    { text: '部分内容来源：网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    {
      text: '新华社昆明6月3日电 今年以来全省旅游持续升温。\n本文转自某旅游号',
      errors: [{ messageId: 'unauthorisedSource', text: '某旅游号' }],
    },
    { text: '本文转自百家号“滇味生活”。', errors: [{ messageId: 'unauthorisedSource', text: '百家号“滇味生活”' }] },
    { text: '来源：www.example.com', errors: [{ messageId: 'unauthorisedSource', text: 'www.example.com' }] },
    { text: '来源：新华社、网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    // screenshots and footage from somewhere nobody can trace
    { text: '截图来自业主群，县里已经在处理了。', errors: [{ messageId: 'untraceableSource', text: '业主群' }] },
    { text: '以上画面源自网络，事发地点尚在核实。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '聊天截屏均来自微信群，请勿传播。', errors: [{ messageId: 'untraceableSource', text: '微信群' }] },
    // an author nobody can trace, and a bracketed compilation credit
    { text: '春茶开采，茶农忙碌。\n作者：佚名', errors: [{ messageId: 'untraceableSource', text: '佚名' }] },
    { text: '春茶开采，茶农忙碌。\n作者 | 网友', errors: [{ messageId: 'untraceableSource', text: '网友' }] },
    { text: '春茶开采，茶农忙碌。（综合网络）', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '春茶开采，茶农忙碌。【综合多家媒体】', errors: [{ messageId: 'untraceableSource', text: '多家媒体' }] },
    { text: '春茶开采，茶农忙碌。（整理 网友爆料）', errors: [{ messageId: 'untraceableSource', text: '网友爆料' }] },
    // a dateline's place is dropped only after a licensed outlet
    { text: '据某某资讯昆明6月3日电 全市今年新建公园10个。', errors: [{ messageId: 'unauthorisedSource', text: '某某资讯昆明' }] },
    { text: '来源：某自媒体\n原标题：春城赏花指南', errors: [{ messageId: 'unauthorisedSource', text: '某自媒体' }] },
    { text: '来源：云南日报', options: { allowedSources: ['新华社'] }, errors: [{ messageId: 'unauthorisedSource', text: '云南日报' }] },
    { text: '来源：某某论坛', options: { blockedSources: ['某某论坛'] }, errors: [{ messageId: 'untraceableSource', text: '某某论坛' }] },
    { text: '来源：\n原标题：春季森林防火提示', errors: [{ messageId: 'missingSource', text: '来源：' }] },
    { text: '据网友爆料，某路段发生交通拥堵。', errors: [{ messageId: 'untraceableSource', text: '网友' }] },
    { text: '雨后的抚仙湖，云雾缭绕。（图片：网友供图）', errors: [{ messageId: 'untraceableSource', text: '网友供图' }] },
    // attributions worded without 来源：
    { text: '秋季应多喝水、多吃润肺的食物。（摘自网络）', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '云南名花享誉海内外。\n文字图片来自网络，版权归原作者。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '冰雪路面要减速慢行。以上内容整理自网络，仅供参考。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '哈尼梯田2013年列入世界遗产名录。\n资料来源：百度百科', errors: [{ messageId: 'untraceableSource', text: '百度百科' }] },
    { text: '据群里消息，明日某路段将交通管制。', errors: [{ messageId: 'untraceableSource', text: '群里' }] },
    { text: '洱海边的日落太美了！（视频转发自抖音）', errors: [{ messageId: 'untraceableSource', text: '抖音' }] },
    { text: '霜降是秋季的最后一个节气。（图源网络）', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '昨夜一场大雪，山村银装素裹。（以上图片均为网友投稿）', errors: [{ messageId: 'untraceableSource', text: '网友投稿' }] },
    { text: '视频转载自抖音@滇西摄影师阿明', errors: [{ messageId: 'unauthorisedSource', text: '抖音@滇西摄影师阿明', severity: 'warn' }] },
    // the same attributions worded as 源于, 选自, or without the colon
    { text: '芒种是种植谷类作物的关键时节。\n文字素材源于网络，侵删。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '雨后洱海现双彩虹。（图片来源网络）', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '垃圾分类，人人有责。\n部分图片选自网络。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '秋分到了。（图片来源于网络）', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '冬至吃饺子。（图：网图）', errors: [{ messageId: 'untraceableSource', text: '网图', severity: 'block' }] },
    // a repost that says so without saying from where
    { text: '立冬后应早睡晚起，注意保暖。\n版权归原作者所有。', errors: [{ messageId: 'missingSource', text: '版权归原作者' }] },
    { text: '春季赏花指南。图片侵删。', errors: [{ messageId: 'missingSource', text: '侵删' }] },
    {
      text: '转载此文是出于传递更多信息之目的，若有来源标注错误，请与我们联系。',
      errors: [{ messageId: 'missingSource', text: '转载此文' }],
    },
    // a quoted account name after 据, and a repost worded 转载于
    {
      text: '据“滇中新鲜事”公众号消息，近日有市民看到红嘴鸥。',
      errors: [{ messageId: 'unauthorisedSource', text: '“滇中新鲜事”公众号', severity: 'warn' }],
    },
    { text: '本文转载于“昆明吃喝玩乐”公众号。', errors: [{ messageId: 'unauthorisedSource', text: '“昆明吃喝玩乐”公众号' }] },
    // parts of an attribution: an untraceable part spoils it; a name that only looks like an outlet warns
    { text: '来源：新华社-网友爆料', errors: [{ messageId: 'untraceableSource', text: '新华社-网友爆料' }] },
    { text: '来源：滇西资讯', errors: [{ messageId: 'unauthorisedSource', text: '滇西资讯' }] },
    { text: '来源：平安银行', errors: [{ messageId: 'unauthorisedSource', text: '平安银行' }] },
    { text: '来源：某某科技有限公司-人民日报', errors: [{ messageId: 'unauthorisedSource', text: '某某科技有限公司-人民日报' }] },
    {
      text: '//@用户7723981：今早嵩明往寻甸方向大雾，能见度不足50米。',
      errors: [{ messageId: 'unauthorisedSource', text: '用户7723981' }],
    },
    // 出处 and 稿源 are source labels too; commercial portals and look-alike columns are not on the list
    { text: '出处：网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    // the material noun qualified (本文内容整理自)
    { text: '本文内容整理自网络公开资料。', errors: [{ messageId: 'untraceableSource', text: '网络公开资料' }] },
    // the label's material noun is read back from the label, and still shown with it
    // the picture's empty label, and the text's 原标题 with no source of its own
    {
      text: '图片来源：\n原标题：春季森林防火提示',
      errors: [
        { messageId: 'missingSource', text: '图片来源：' },
        { messageId: 'missingSource', text: '原标题' },
      ],
    },
    // a source for the pictures is not one for the text
    {
      text: '原标题：我省出台促消费措施\n省商务厅近日出台十条措施。\n图片来源：新华社',
      errors: [{ messageId: 'missingSource', text: '原标题' }],
    },
    { text: '原标题：高原湖泊保护见成效\n（视频：县融媒体中心）', errors: [{ messageId: 'missingSource', text: '原标题' }] },
    { text: '稿源：网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '来源：网易新闻', errors: [{ messageId: 'unauthorisedSource', text: '网易新闻' }] },
    { text: '来源：某某视频', errors: [{ messageId: 'unauthorisedSource', text: '某某视频' }] },
    // 本报讯 naming neither the paper nor a reporter: nothing in the post traces it to a paper (a repost
    // sign by the labelling conventions); a warning, since the account may be the paper's own
    {
      text: '本报讯 近日，昆明市启动老旧小区改造。',
      errors: [{ messageId: 'unnamedPaper', text: '本报讯', severity: 'warn' }],
    },
    {
      text: '本刊讯 今年以来，我县新建高标准农田2万亩。',
      errors: [{ messageId: 'unnamedPaper', text: '本刊讯', severity: 'warn' }],
    },
    // a source label after a qualifier of the material it names (本视频, 此图, 该照片, 本文图片): read as a label
    { text: '本视频来源：网络', errors: [{ messageId: 'untraceableSource', text: '网络', severity: 'block' }] },
    { text: '石林的秋色。\n此图转自网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '该照片转自某摄影爱好者', errors: [{ messageId: 'unauthorisedSource', text: '某摄影爱好者', severity: 'warn' }] },
    { text: '本文图片来源：网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    // a picture's statement of where it was taken from is one finding, not one more for the repost word inside it
    { text: '今日县城大雪。图片转载自网络。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '文中配图摘自网络，侵删。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '照片转自微信群，特此说明。', errors: [{ messageId: 'untraceableSource', text: '微信群' }] },
    // the accompanying pictures (配图, 插图, 题图) are material taken from somewhere like 图片
    { text: '配图摘自网络', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    { text: '本期插图转自某论坛', errors: [{ messageId: 'unauthorisedSource', text: '某论坛', severity: 'warn' }] },
    // via at the end of a post names where it was taken from
    {
      text: '周末城区部分路段停水，请提前储水。via 幸福小区业主群',
      errors: [{ messageId: 'untraceableSource', text: '幸福小区业主群', severity: 'block' }],
    },
    { text: '今早石林方向大雾。Via: 滇中自驾联盟', errors: [{ messageId: 'unauthorisedSource', text: '滇中自驾联盟', severity: 'warn' }] },
    // a chat group of any name is as untraceable as 微信群
    { text: '来源：老乡互助群', errors: [{ messageId: 'untraceableSource', text: '老乡互助群', severity: 'block' }] },
    // a chat group whose name starts with 家 (家长群, 家委会群, 家族群) is no 自家 "one's own": relayed from it, untraceable
    { text: '以上通知转发自家委会群，请各位家长相互转告。', errors: [{ messageId: 'untraceableSource', text: '家委会群' }] },
    { text: '本文摘自家长微信群，供大家参考。', errors: [{ messageId: 'untraceableSource', text: '家长微信群' }] },
    { text: '明早村里集中接种疫苗，请大家相互转告（转自家族微信群）', errors: [{ messageId: 'untraceableSource', text: '家族微信群' }] },
    // a relay statement glued to the material it names (以下消息转自…, 本文问答部分内容转载自…, 文中案例图片转载自…)
    { text: '以下消息转自班级群，请相互告知。', errors: [{ messageId: 'untraceableSource', text: '班级群' }] },
    { text: '文中案例图片转自网络，如有侵权请联系删除。', errors: [{ messageId: 'untraceableSource', text: '网络' }] },
    {
      text: '注：本期答疑部分内容摘自“健康小贴士”公众号，略有删改。',
      errors: [{ messageId: 'unauthorisedSource', text: '“健康小贴士”公众号', severity: 'warn' }],
    },
    { text: '这条停水消息转自小区物业群，请以水务公司通知为准。', errors: [{ messageId: 'untraceableSource', text: '小区物业群' }] },
    // a note in brackets or glued to the message that says where it came from (（来自…）, 消息来自…): only an untraceable origin counts
    { text: '下周一全县停水一天。（来自家长群）', errors: [{ messageId: 'untraceableSource', text: '家长群' }] },
    { text: '明日全城停水，请提前储水。【来自业主群】', errors: [{ messageId: 'untraceableSource', text: '业主群' }] },
    { text: '这条消息来自班级群，仅供参考。', errors: [{ messageId: 'untraceableSource', text: '班级群' }] },
    // relayed out of a group named without 里 after it (从班级群转来)
    { text: '从班级群转来的通知：本周五下午放假。', errors: [{ messageId: 'untraceableSource', text: '班级群' }] },
    // another sign of a repost still blocks
    {
      text: '本报讯 近日，全省春耕生产现场会召开。\n原标题：春耕正当时',
      errors: [{ messageId: 'missingSource', text: '原标题', severity: 'block' }],
    },
  ],
});
