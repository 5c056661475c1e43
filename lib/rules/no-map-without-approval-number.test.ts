import { ruleTester } from '../../test/harness/rule-tester';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../engine/runner';
import { toDraft } from '../../test/harness/rule-tester';
import rule from './no-map-without-approval-number';

const figure = (caption: string, img = '<img src="pic.png">') => `<figure>${img}<figcaption>${caption}</figcaption></figure>`;

ruleTester(rule, {
  valid: [
    // round 11: a bracketed image placeholder in a text post ([图片：…], 【配图：…】) whose picture is no map, or whose
    // number is given with it or just before it
    '清晨的茶山。[图片：村民在田间采茶]',
    '办事指南请收好。[图片：政务大厅窗口分布示意图]',
    '全县地图来了。[图片：某某县地图 审图号：云S(2023)045号]',
    '审图号：GS(2024)0650号。【图片：中国地图】',
    // a metro's or bus network's line diagram is a simple map exempt from review (地图管理条例 第十五条: 地铁线路图)
    '地铁1号线明日恢复运营。[图片：地铁1号线运营示意图]',
    '新开通3条公交线路。【图片：城区公交线网示意图】',
    // review of round 11: a placeholder is named by its own words; a map app to search in (地图APP, 地图导航) is no map shown
    '【图片：活动海报】本周六在文化广场举办非遗市集，具体位置可在地图APP搜索“文化广场”。',
    '[图片：开馆仪式现场]新馆位于滨江路，市民可通过地图导航前往。',
    '（图：志愿者在服务）服务站的位置可在手机地图上搜索“便民服务站”。',
    { html: '<figure><img src="m.png"><figcaption>昆明轨道交通线网示意图</figcaption></figure>' },
    // round 6 hard negatives: a chart's spread over ages, trades or origins; a bracketed note under a photo; a video's last
    // frame that is no map; a web page's navigation bar in an app
    { html: '<img src="chart.png"><p>▲各年龄段人口分布</p>' },
    { html: '<img src="chart.png"><p>▲参赛选手在各年龄段的分布</p>' },
    { html: '<img src="chart.png"><p>▲市场主体行业分布</p>' },
    { html: '<img src="chart.png"><p>▲游客来源地分布</p>' },
    { html: '<img src="a.jpg"><p>（村民在新建的停车场前合影）</p>' },
    { html: '<img src="a.jpg"><p>（图为考场分布，请考生提前熟悉）</p>' },
    '视频结尾，志愿者们向镜头挥手告别。',
    '视频最后一帧是我们今年的工作路线图。',
    { html: figure('政务App导航栏截图') },
    // round 5: a title's metaphorical map is no figure the body points at
    { title: '描绘乡村产业新地图', text: '全县特色产业遍地开花，详见配图。' },
    { title: '描绘乡村产业新地图', html: '<p>全县特色产业遍地开花。</p><img src="a.jpg" alt="cy-2025.jpg">' },
    // round 5: a slug alt under a title that names no map
    { title: '某某县新貌', html: '<img src="a.png" alt="xm-2025.png">' },
    // round 5: approval numbers that put 第 before the serial
    { html: figure('全省交通图 GS(2019)第3333号') },
    { html: figure('某市行政区划图（审图号：京S（2021）第023号）') },
    { html: figure('项目区位图 审图号 云S (2024) 第 106 号') },
    '▲产业园区位示意图（沪S〔2022〕第5号）',
    // round 5 hard negatives: a name line under a photo, a chart's legend, a colour scheme, areas of a site, pointers at photos
    { html: '<img src="a.jpg"><p>垃圾分类投放示意</p>' },
    { html: '<img src="a.jpg"><p>大厅窗口布局示意</p>' },
    { html: '<img src="a.jpg"><p>▲民居以白色为主色调</p>' },
    { html: '<img src="chart.png"><p>▲图中红色柱表示2025年数据</p>' },
    { html: '<img src="chart.png"><p>（蓝色表示同比增长）</p>' },
    { html: figure('▲施工作业区域') },
    { html: figure('考场候考区域') },
    '本次活动照片见九宫格，第2张为颁奖现场。',
    '配图为志愿者在社区开展义诊服务。',
    '视频里，民警带着同学们走了一遍校园。',
    { title: '乡村振兴路线图出炉', text: '全县将分三步推进，详见配图。' },
    { html: '<img src="a.jpg" alt="网站导航"><p>首页改版上线。</p>' },
    { html: '<img src="a.jpg"><p>▲县界碑</p>' },
    { html: '<img src="a.jpg" alt="12345热线语音导航"><p>拨通后按提示选择业务。</p>' },
    { html: '<p>游客可使用手机导航前往，停车场如下图。</p><img src="p.jpg" alt="停车场入口">' },
    { html: '<img src="a.jpg"><p>▲民警在州界检查站执勤</p>' },
    // round 4 hard negatives: a web page's navigation bar, a checkpoint at a county line, photos in a numbered series
    { html: figure('政府网站首页导航栏截图') },
    { html: figure('民警在县界卡点检查过往车辆') },
    { html: '<img src="a.jpg" alt="现场一"><p>施工现场。</p><img src="b.jpg" alt="现场二"><p>完工后的路面。</p>' },
    {
      html: '<img alt="线路一" src="r1.jpg"><p>线路一：才村—龙龛码头（审图号：云S（2025）088号）</p><img alt="线路二" src="r2.jpg"><p>线路二：喜洲—海舌（审图号：云S（2025）089号）</p>',
    },
    // approval numbers in every real form, with and without the label
    { html: figure('云南省地图 审图号：云S（2021）012号') },
    { html: figure('中国地图 GS(2024)0650号') },
    { html: figure('全国行政区划图（审图号：GS京(2022)1061号）') },
    { html: figure('项目区位示意图 审图号 GS （2023） 2767 号') },
    { html: figure('滇中城市群分布图 云S〔2022〕045号') },
    { html: figure('昆明市交通图', '<img src="km.png" alt="昆明市交通图 审图号：云S(2023)018">') },
    { html: `<p>下图为全省重点项目分布图，审图号：云S(2024)003号。</p><img src="p.png">` },
    { html: `${figure('全省高速公路网规划图')}<p>文中地图审图号：云S(2021)012号</p>` },
    // no map image
    { html: '<p>全县上下齐心协力，绘就乡村振兴新“地图”。</p><img src="photo.jpg" alt="村民在田间劳作">' },
    '各地要明确时间表、路线图、任务书，确保各项任务落地见效。',
    { html: '<p>下图为活动现场，各族群众共绘发展新蓝图、新版图。</p><img src="scene.jpg">' },
    { html: figure('不动产登记办理流程示意图') },
    { html: figure('新建污水处理厂工艺示意图') },
    // plans of a building are not maps
    { html: figure('政务服务中心大厅窗口分布示意图') },
    { html: figure('三楼办事窗口位置图') },
    { html: figure('政务服务中心二楼功能分区图') },
    { html: figure('博物馆展馆布局图') },
    { html: figure('城市中央公园建成效果图') },
    { html: figure('县市场监管局组织架构图') },
    // a marked caption under the image carries its number
    { html: '<p><img src="xw.png"></p><p>▲宣威市地理位置示意图（审图号：云S(2021)012号）</p>' },
    // each map with its own number
    { html: `${figure('中国地图 GS(2024)0650号')}${figure('云南省地图 审图号：云S（2021）012号')}` },
    { html: '<img src="https://example.gov.cn/upload/sitemap-banner.png" alt="横幅">' },
    { html: '<p>据介绍，“一部手机游云南”平台已上线电子地图导航功能，游客可在线查询。</p><img src="app.jpg" alt="游客使用手机">' },
    // the number on the line under the ▲ caption belongs to that map
    {
      html: '<p>宣威市位于云南省东北部。</p><p><img src="xw.png"></p><p>▲宣威市地理位置示意图</p><p>审图号：云S(2021)012号</p><p>全市总面积6069平方千米。</p>',
    },
    { html: '<p>宣威市位于云南省东北部。</p><p><img src="xw.png"></p><p>▲宣威市地理位置示意图</p><p>（审图号：云S(2021)012号）</p>' },
    { html: figure('某某县5.2级地震烈度图（审图号：云S(2025)021号）') },
    // routes of work are no roads; photos taken along a route, a scene labelled 图1, a generic file name
    { html: figure('乡村振兴工作路线图') },
    { html: figure('“十四五”发展路线示意图') },
    { html: figure('骑行路线沿途风光') },
    { html: figure('游客在景区停车场有序停车') },
    { html: '<p>图1 活动现场</p><img src="p.jpg"><p>区划调整后，全县辖8镇。</p>' },
    { html: '<p>我县区位优势明显，是滇中城市群的重要节点。</p><img src="photo.jpg" alt="县城全景">' },
    { html: figure('办事指南', '<img src="shiyitu-liucheng.png">') },
    // a building's evacuation plan, a chart of a distribution, a sentence about spread-out sights
    { html: figure('教学楼疏散路线图') },
    { html: figure('全县人口年龄分布') },
    { html: figure('景点分布广、数量多是我县旅游的一大特点') },
    // the title names the lone image only when the image has no words of its own; a metaphor is no map
    { title: '某某县区位图', html: '<p>某某县位于云南省东南部。</p><img src="a.png" alt="县城全景">' },
    { title: '乡村振兴路线图', html: '<p>全县上下齐心协力。</p><img src="a.png">' },
    { title: '一图读懂：某某县区位图', html: '<p>某某县位于云南省东南部。</p><img src="a.png"><p>审图号：云S(2021)012号</p>' },
    // a plain-text draft: a marked caption line with its number, a photo caption, prose about a 路线图
    '宣威市位于云南省东北部。\n▲宣威市地理位置示意图\n审图号：云S(2021)012号',
    '各地要明确时间表、路线图。\n▲会议现场',
    // a photo of people at a map; a floor plan under a ▲; an attachment with its own number
    { html: '<p>火情发生后，县指挥部连夜会商。</p><img src="p.jpg" alt="指挥部工作人员在电子地图前研判火情">' },
    { html: '<p>现将大厅窗口分布公布如下。</p><p><img src="d.png"></p><p>▲县政务服务大厅一楼窗口分布示意图</p>' },
    '现将选址情况公示如下。\n附件：产业园区选址区位图（审图号：云S(2024)012号）',
    {
      html: '<p>现将选址情况公示如下。</p><img src="p.jpg" alt="项目现场"><p>公示期10个工作日。</p><p>附件：产业园区选址区位图 审图号：云S(2024)012号</p>',
    },
    // a line under an image naming what is not a map; 一图读懂 of a report
    { html: '<p><img src="q.png"></p><p>大桥建成效果图</p><p>大桥全长1200米。</p>' },
    { title: '一图读懂2024年县政府工作报告', html: '<img src="g.png" alt="一图读懂">' },
    // 落区 in prose about the weather, not the caption of an image
    { html: '<p>预计主要降雨落区位于北部山区，请注意防范。</p><img src="rain.jpg" alt="市民撑伞出行">' },
    { html: figure('全省降水落区图 审图号：云S(2024)021号') },
    // a route of work and a position that is not on a territory
    { html: figure('乡村振兴发展路径') },
    { html: figure('导办台在大厅中的位置') },
    { html: figure('交警在封闭路段疏导车辆') },
    { html: figure('保护范围内的古树名木') },
    { html: figure('某某镇地理位置优越，风光秀丽') },
    { html: figure('工作人员检查管线走向是否合规') },
    // a figure pointed at by the text that shows no territory: a hall's windows, an age chart, a route of work, a process
    { html: '<p>各办事窗口位置见下图。</p><img src="w.png" alt="">' },
    { html: '<p>近五年全镇常住人口年龄分布见下图。</p><img src="c.png" alt="">' },
    { html: '<p>全县产业转型发展路径见下图。</p><img src="p.png" alt="">' },
    // a plain-text draft that points at no figure, or at a flowchart, or whose map carries its number
    '其活动轨迹如下：12月1日上午在某超市购物，下午返回住处。',
    '周末去哪儿？宝藏小城美食打卡地图来啦，跟着小编一起逛吃！',
    '不动产登记办理流程见附图，请提前备齐材料。',
    '环湖绿道一期线路走向详见附图（审图号：云S(2025)033号）。',
    // the image's own words call its route one of work: a pinyin file name does not make it a map
    { html: '<p>一张蓝图干到底。</p><img src="https://img.example.cn/xd_luxiantu.png" alt="五年攻坚行动路线图">' },
    // a person's path through life, and a planning meeting, are no maps
    { html: figure('成长轨迹：从乡村教师到全国模范') },
    { html: figure('县国土空间总体规划（2021—2035年）专家评审会现场') },
    // an attachment that is a form, not a map
    '现将招聘事项公告如下。\n附：2026年度招聘岗位表',
    '城乡下图书室增至42个，各类地图书籍可免费借阅。',
    // a 路线图 counted as one plan, or set beside a 时间表 and a 任务书, is a plan of work, not of roads
    { html: figure('一张路线图管到2030年：县域产业升级五大任务') },
    { html: figure('时间表、路线图、任务书一目了然') },
    // a figure said to mark where a building's counters are, and a chart that marks no place
    { html: '<p>下图标注了各服务窗口的位置。</p><img src="w.png" alt="">' },
    { html: '<p>下图显示了近三年营业收入的变化。</p><img src="c.png" alt="">' },
    // a file name about road safety, not a road map
    { html: '<p>交警走进校园开展宣传。</p><img src="/files/jiaotong-anquan-jiangzuo.jpg" alt="">' },
    // a building's evacuation plan, and where an office lies inside a building, are floor plans
    { html: figure('消防安全疏散示意图') },
    { html: '<p>不动产登记窗口已搬迁，新窗口位于服务中心二楼（见下图）。</p><img src="a.png">' },
    // a protection line as a principle, not a boundary drawn
    { html: figure('坚守耕地保护红线 守护百姓粮袋子') },
    // a course of events, not of a road
    { html: figure('全年物价走向平稳') },
    // a position as rank, a scene at a spot, a seat in a room, a forecast read on air
    { html: figure('把耕地保护摆在突出位置') },
    { html: figure('民警在车辆落水位置打捞') },
    { html: figure('考生座位位置') },
    { html: figure('县气象台值班员播报天气预报') },
    // photos of a place named by what is there: a power line, the spot of an accident, a work site
    { html: '<p><img src="x.jpg"></p><p>▲ 新架设的10千伏线路</p>' },
    { html: '<p><img src="x.jpg"></p><p>▲ 车辆落水位置</p>' },
    { html: '<p><img src="x.jpg"></p><p>▲ 封闭施工区域</p>' },
    // a chart's legend of lines (what is measured, not where), a photo's mark
    { html: '<img src="a.png"><p>图中红色实线为今年各月用电量，虚线为去年同期。</p>' },
    { html: '<img src="a.png"><p>▲图中红线为警戒水位</p>' },
    { html: '<img src="a.png"><p>（实线为实际值，虚线为预测值）</p>' },
    { html: '<img src="a.png"><p>图中红线为高速公路日均车流量。</p>' },
    // a line for a rate, a trend, a share or a mileage (增速, 趋势, 比重, 里程) is a chart's too
    {
      html: '<h1>2024年全县交通运输统计</h1><p>全年铁路、公路客运持续增长。</p><img src="a.png"><p>图中红线为铁路旅客发送增速，蓝线为公路客运增速。</p>',
    },
    { html: '<img src="b.png"><p>图中红线为公路货运比重，蓝线为铁路货运比重。</p>' },
    { html: '<img src="c.png"><p>红色实线为高速公路通车里程，虚线为国省道通车里程。</p>' },
    // a chart's legend of bars is no map legend
    { html: figure('近五年游客人数变化（蓝色柱为国内游客）') },
    // a line above the image naming a chart or a process is no map
    { html: '<p>近五年全县财政收入变化图</p><img src="c.png" alt=""><p>收入稳步增长。</p>' },
    // a map's name between two images is the caption of the one above (with its number), not the title of the next
    { html: '<img src="a.png" alt=""><p>全县交通图（审图号：云S(2021)012号）</p><img src="b.png" alt=""><p>县城风光。</p>' },
  ],
  invalid: [
    // round 11: a bracketed image placeholder in a text post stands for the picture; a map there needs its number
    {
      text: '大理州在哪里？一张图看明白。[图片：大理州区位示意图]',
      errors: [{ messageId: 'missingNumber', text: '[图片：大理州区位示意图]' }],
    },
    {
      text: '我们在哪儿？看这里。[图：澜沧县在普洱市的位置（自制）]',
      errors: [{ messageId: 'missingNumber', text: '[图：澜沧县在普洱市的位置（自制）]' }],
    },
    { text: '周末骑行去！（图：环湖骑行线路图）', errors: [{ messageId: 'missingNumber', text: '（图：环湖骑行线路图）' }] },
    {
      text: '【图片：全县旅游导览图】各景点也可在地图APP上搜索。',
      errors: [{ messageId: 'missingNumber', text: '【图片：全县旅游导览图】各景点也可在地图APP上搜索。' }],
    },
    // one bus route's change drawn over the streets is a map (not a network's 线网示意图)
    {
      text: '因道路施工，12路公交线路临时调整。[图片：12路公交线路调整示意图]',
      errors: [{ messageId: 'missingNumber', text: '[图片：12路公交线路调整示意图]' }],
    },
    {
      text: '（图：全县交通图）各景点也可在地图APP上搜索。',
      errors: [{ messageId: 'missingNumber', text: '（图：全县交通图）各景点也可在地图APP上搜索。' }],
    },
    {
      text: '今天是国家版图意识宣传日。下面是从自然资源部标准地图服务下载的中国地图，未经修改。【图片：中国地图】',
      errors: [{ messageId: 'standardMap', severity: 'info', text: '【图片：中国地图】' }],
    },
    // round 6: facilities spread over a territory (a place noun before 分布, or 在某县的分布) are a map of it
    {
      html: '<img src="a.jpg"><p>▲全市充电桩分布</p>',
      errors: [{ messageId: 'missingNumber', text: '▲全市充电桩分布' }],
    },
    {
      html: '<img src="a.jpg"><p>图3 县城中小学校分布</p>',
      errors: [{ messageId: 'missingNumber', text: '图3 县城中小学校分布' }],
    },
    {
      html: '<img src="a.jpg"><p>▲城区公园广场分布（县住建局供图）</p>',
      errors: [{ messageId: 'missingNumber', text: '▲城区公园广场分布（县住建局供图）' }],
    },
    {
      html: '<img src="a.jpg"><p>▲沿江码头及渡口分布</p>',
      errors: [{ messageId: 'missingNumber', text: '▲沿江码头及渡口分布' }],
    },
    {
      html: '<img src="a.jpg"><p>▲非遗工坊在全州的分布</p>',
      errors: [{ messageId: 'missingNumber', text: '▲非遗工坊在全州的分布' }],
    },
    {
      text: '看病不用跑远路，下图是全县各乡镇卫生院的分布。',
      errors: [{ messageId: 'missingNumber', text: '看病不用跑远路，下图是全县各乡镇卫生院的分布。' }],
    },
    // round 6: a line wholly in brackets right under an image is its caption
    {
      html: '<img src="a.jpg"><p>（各村寨分布，标红的是今年新通硬化路的村）</p>',
      errors: [{ messageId: 'missingNumber', text: '（各村寨分布，标红的是今年新通硬化路的村）' }],
    },
    {
      html: '<p>来之前先认认路。</p><img src="a.jpg"><p>（沿线乡镇分布，仅供参考）</p>',
      errors: [{ messageId: 'missingNumber', text: '（沿线乡镇分布，仅供参考）' }],
    },
    // round 6: a post points at a frame of its video (视频结尾, 视频第20秒, 最后一帧)
    {
      text: '视频结尾附有全县避难场所分布图，建议收藏。',
      errors: [{ messageId: 'missingNumber', text: '视频结尾附有全县避难场所分布图，建议收藏。' }],
    },
    {
      text: '请提前规划出行，视频第20秒是绕行路线图。',
      errors: [{ messageId: 'missingNumber', text: '请提前规划出行，视频第20秒是绕行路线图。' }],
    },
    {
      text: '暂停看最后一帧：各乡镇集中隔离点位置图。',
      errors: [{ messageId: 'missingNumber', text: '暂停看最后一帧：各乡镇集中隔离点位置图。' }],
    },
    // round 6: a screenshot of a navigation app named with the app (导航App截图, 导航软件截图, 导航APP界面)
    {
      html: figure('从县城到景区的导航软件截图'),
      errors: [{ messageId: 'missingNumber', text: '从县城到景区的导航软件截图' }],
    },
    {
      html: figure('▲手机导航APP界面（推荐路线）'),
      errors: [{ messageId: 'missingNumber', text: '▲手机导航APP界面（推荐路线）' }],
    },
    {
      text: '回乡路线我们整理好了，附图：导航app截图，红线为推荐走法。',
      errors: [{ messageId: 'missingNumber', text: '回乡路线我们整理好了，附图：导航app截图，红线为推荐走法。' }],
    },
    // round 5: an alt text that is only a file name or a slug (jt-2025.png, DSC08812) says nothing: the title names the map
    {
      title: '某某县交通图',
      html: '<p>全县公路通车里程突破1万公里。</p><img src="a.png" alt="jt-2025.png">',
      errors: [{ messageId: 'missingNumber', text: '某某县交通图', target: { image: 0 } }],
    },
    {
      title: '一图看懂：全县应急避难场所分布图',
      html: '<img src="b.jpg" alt="DSC08812">',
      errors: [{ messageId: 'missingNumber', text: '一图看懂：全县应急避难场所分布图', target: { image: 0 } }],
    },
    // round 5: a name line under the image that ends in 示意 (a bracket may follow) is its caption
    {
      html: '<img src="a.jpg"><p>县城至机场绕行路线示意（仅供参考）</p>',
      errors: [{ messageId: 'missingNumber', text: '县城至机场绕行路线示意（仅供参考）' }],
    },
    {
      html: '<img src="a.jpg" alt="pic1"><p>新建水厂选址示意</p><p>项目总投资1.2亿元。</p>',
      errors: [{ messageId: 'missingNumber', text: '新建水厂选址示意' }],
    },
    {
      html: '<p>片区将分三期建设。</p><img src="a.jpg"><p>片区功能布局示意</p>',
      errors: [{ messageId: 'missingNumber', text: '片区功能布局示意' }],
    },
    // a legend that says what a line of the figure stands for on the ground: a road, a railway, a power line, a boundary
    {
      html: '<img src="a.png"><p>（图中蓝色虚线表示规划建设的城际铁路）</p>',
      errors: [{ messageId: 'missingNumber', text: '（图中蓝色虚线表示规划建设的城际铁路）' }],
    },
    {
      html: '<img src="a.png"><p>实线为现有国道，虚线为改线后的新路段，预计明年通车。</p>',
      errors: [{ messageId: 'missingNumber', text: '实线为现有国道，虚线为改线后的新路段，预计明年通车。' }],
    },
    {
      html: '<img src="a.png" alt="迁改方案"><p>红线代表拟迁改的110千伏输电线路，沿河谷向东绕开新城。</p>',
      errors: [{ messageId: 'missingNumber', text: '红线代表拟迁改的110千伏输电线路，沿河谷向东绕开新城。' }],
    },
    {
      html: figure('干线公路建设进展：黄色线条表示已通车路段'),
      errors: [{ messageId: 'missingNumber', text: '干线公路建设进展：黄色线条表示已通车路段' }],
    },
    // round 5: a legend that says what a colour or mark of the figure stands for among places or areas
    {
      html: '<img src="a.png"><p>（图中橙色部分为本次停水范围）</p>',
      errors: [{ messageId: 'missingNumber', text: '（图中橙色部分为本次停水范围）' }],
    },
    {
      html: '<img src="a.png"><p>▲红色区块为今年新增的禁养区</p>',
      errors: [{ messageId: 'missingNumber', text: '▲红色区块为今年新增的禁养区' }],
    },
    {
      html: '<img src="a.png" alt="全市"><p>各街道发病率有所差异（颜色越深代表发病率越高的街道）。</p>',
      errors: [{ messageId: 'missingNumber', text: '各街道发病率有所差异（颜色越深代表发病率越高的街道）。' }],
    },
    {
      html: '<img src="a.png"><p>（图中三角形表示各村卫生室）</p>',
      errors: [{ messageId: 'missingNumber', text: '（图中三角形表示各村卫生室）' }],
    },
    // round 5: a caption whose head is an area or a zoning (…区域, …分区)
    { html: figure('2026年冬春季候鸟主要栖息区域'), errors: [{ messageId: 'missingNumber', text: '2026年冬春季候鸟主要栖息区域' }] },
    {
      html: '<img src="a.jpg"><p>图2 全镇地质灾害易发区域（橙色）</p>',
      errors: [{ messageId: 'missingNumber', text: '图2 全镇地质灾害易发区域（橙色）' }],
    },
    { html: figure('洱海流域生态管控分区'), errors: [{ messageId: 'missingNumber', text: '洱海流域生态管控分区' }] },
    { html: '<img src="a.jpg" alt="全市生态保护红线分区">', errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }] },
    // round 5: a name line under an image that carries its 审图号 owns it; the next map cannot borrow it
    {
      html: '<img src="a.png"><p>开发保护总体布置图 审图号：云S(2024)020号</p><img src="b.png"><p>全县路网图</p>',
      errors: [{ messageId: 'missingNumber', text: '全县路网图' }],
    },
    { html: figure('全市国土空间总体格局图'), errors: [{ messageId: 'missingNumber', text: '全市国土空间总体格局图' }] },
    // round 5: places in relation to each other, a line's course drawn as a figure
    { html: figure('本项目与周边村庄位置关系'), errors: [{ messageId: 'missingNumber', text: '本项目与周边村庄位置关系' }] },
    {
      html: '<img src="b.png"><p>▲两座水库与下游集镇的位置关系</p>',
      errors: [{ messageId: 'missingNumber', text: '▲两座水库与下游集镇的位置关系' }],
    },
    { html: figure('新建输水管道走向图'), errors: [{ messageId: 'missingNumber', text: '新建输水管道走向图' }] },
    // round 5: a caption that says the figure marks where places are, or is drawn on a territory's outline
    {
      html: '<img src="a.png"><p>▲已标注全镇8个避险安置点的位置和容量</p>',
      errors: [{ messageId: 'missingNumber', text: '▲已标注全镇8个避险安置点的位置和容量' }],
    },
    {
      html: '<img src="a.png" alt="x"><p>▲底图为县域轮廓，各乡镇卫生院均已标注</p>',
      errors: [{ messageId: 'missingNumber', text: '▲底图为县域轮廓，各乡镇卫生院均已标注' }],
    },
    // round 5: a text post that points at the media it goes out with (配图, 九宫格, 第N张, 视频里, 图N：)
    {
      text: '全县新开通的三条旅游专线，线路图见九宫格。',
      errors: [{ messageId: 'missingNumber', text: '全县新开通的三条旅游专线，线路图见九宫格。' }],
    },
    {
      text: '这次骑行我们整理了路线图，放在第4张了。',
      errors: [{ messageId: 'missingNumber', text: '这次骑行我们整理了路线图，放在第4张了。' }],
    },
    {
      text: '视频中的行政区划图来自县自然资源局。',
      errors: [{ messageId: 'missingNumber', text: '视频中的行政区划图来自县自然资源局。' }],
    },
    {
      text: '五张图看懂我们县：图1：全县地形图，山区占九成；图2：梯田；图3：茶园。',
      errors: [{ messageId: 'missingNumber', text: '五张图看懂我们县：图1：全县地形图，山区占九成；' }],
    },
    // round 5: the title names the map and the body points at the media
    {
      title: '全市应急避难场所分布图',
      text: '共设避难场所86处，具体位置请看配图。',
      errors: [{ messageId: 'missingNumber', text: '共设避难场所86处，具体位置请看配图。' }],
    },
    {
      title: '2027年禁渔区范围图',
      text: '禁渔期为3月1日至6月30日，详见九宫格。',
      errors: [{ messageId: 'missingNumber', text: '禁渔期为3月1日至6月30日，详见九宫格。' }],
    },
    // round 4, second pass: other wordings of the same kinds
    {
      html: '<img src="a.jpg" alt="手机导航"><p>跟着导航走就行。</p>',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    { html: '<img src="a.jpg" alt="实时路况截图">', errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }] },
    { html: '<img src="a.jpg"><p>▲导航定位示意</p>', errors: [{ messageId: 'missingNumber', text: '▲导航定位示意' }] },
    { html: '<img src="a.jpg"><p>▲全县行政区域界线</p>', errors: [{ messageId: 'missingNumber', text: '▲全县行政区域界线' }] },
    { html: '<img src="a.jpg"><p>▲各乡镇分布及驻地示意</p>', errors: [{ messageId: 'missingNumber', text: '▲各乡镇分布及驻地示意' }] },
    // round 4: a screenshot of a navigation or location app shows territory as a map does
    {
      html: '<p>怎么去看截图。</p><img alt="导航截图" src="/img/a.jpg"><p>从县城出发一直往东。</p>',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    {
      html: figure('▲手机导航界面，从县城出发约40分钟'),
      errors: [{ messageId: 'missingNumber', text: '▲手机导航界面，从县城出发约40分钟' }],
    },
    { html: '<img alt="定位截图" src="x.jpg">', errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }] },
    {
      html: '<p>停车场入口如下。</p><img src="/up/daohang_route.png">',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    // a caption naming a boundary between territories (县界, 界线, 边界) is a map's
    { html: figure('▲县域乡镇分布及相邻县界示意'), errors: [{ messageId: 'missingNumber', text: '▲县域乡镇分布及相邻县界示意' }] },
    { html: figure('我县与周边县市界线'), errors: [{ messageId: 'missingNumber', text: '我县与周边县市界线' }] },
    { html: figure('中缅边界云南段走向'), errors: [{ messageId: 'missingNumber', text: '中缅边界云南段走向' }] },
    { html: figure('乡镇界及村委会驻地示意'), errors: [{ messageId: 'missingNumber', text: '乡镇界及村委会驻地示意' }] },
    // one image of a numbered series carries a 审图号: its siblings are maps and need their own
    {
      html: '<p>推荐两条线路。</p><img alt="线路一" src="r1.jpg"><p>线路一：才村—龙龛码头（审图号：云S（2025）088号）</p><img alt="线路二" src="r2.jpg"><p>线路二：喜洲古镇—海舌公园，沿途可观赏湿地风光。</p>',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 1 } }],
    },
    {
      html: `${figure('方案一（审图号：云S(2024)015号）', '<img src="a.png" alt="方案一">')}${figure('方案二', '<img src="b.png" alt="方案二">')}`,
      errors: [{ messageId: 'missingNumber', text: '方案二', target: { image: 1 } }],
    },
    {
      html: '<img src="s1.png" alt="步道1"><p>（审图号：云S(2023)021号）</p><img src="s2.png" alt="步道2"><img src="s3.png" alt="步道3">',
      errors: [
        { messageId: 'missingNumber', text: '', target: { image: 1 } },
        { messageId: 'missingNumber', text: '', target: { image: 2 } },
      ],
    },
    { html: figure('项目区位示意图'), errors: [{ messageId: 'missingNumber', text: '项目区位示意图', severity: 'block' }] },
    { html: figure('图为大理州旅游线路图'), errors: [{ messageId: 'missingNumber', text: '图为大理州旅游线路图' }] },
    {
      html: '<p>下图为新建高速公路线路图。</p><img src="route.png">',
      errors: [{ messageId: 'missingNumber', text: '下图为新建高速公路线路图。' }],
    },
    {
      html: '<p>今年以来，全县完成造林1.2万亩。</p><img src="forest.png" alt="全县森林资源分布图"><p>各乡镇护林员已全部到岗。</p>',
      // alt text is the only map evidence: the finding is the image's, empty where it stands, never the prose beside it
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    {
      html: '<p>景区开放时间为每日8:00至18:00。</p><img src="/upload/yunnan-map.jpg">',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    { html: '<p>石林景区导览图如下：</p><img src="guide.jpg">', errors: [{ messageId: 'missingNumber', text: '石林景区导览图如下：' }] },
    { html: figure('昆明市行政区划图 审图号：待定'), errors: [{ messageId: 'badNumber', text: '昆明市行政区划图 审图号：待定' }] },
    { html: figure('云南省地图 审图号：GS(2024)'), errors: [{ messageId: 'badNumber', text: '云南省地图 审图号：GS(2024)' }] },
    {
      html: figure('中国地图 底图来源：自然资源部标准地图服务网站'),
      errors: [{ messageId: 'standardMapUnclear', text: '中国地图 底图来源：自然资源部标准地图服务网站', severity: 'warn' }],
    },
    {
      html: figure('世界地图（来源：自然资源部标准地图服务网站，未经修改）'),
      errors: [{ messageId: 'standardMap', text: '世界地图（来源：自然资源部标准地图服务网站，未经修改）', severity: 'info' }],
    },
    {
      html: `${figure('疫苗接种点分布图')}${figure('核酸采样点位置图')}`,
      errors: [
        { messageId: 'missingNumber', text: '疫苗接种点分布图' },
        { messageId: 'missingNumber', text: '核酸采样点位置图' },
      ],
    },
    // one number does not clear every map: the second map has none
    {
      html: `${figure('中国地图 审图号：GS(2024)0650号')}<p>全县重点项目分布情况如下。</p>${figure('全县重点项目分布图')}`,
      errors: [{ messageId: 'missingNumber', text: '全县重点项目分布图' }],
    },
    {
      html: '<p>宣威市位于云南省东北部。</p><p><img src="xw.png"></p><p>▲宣威市地理位置示意图</p><p>全市总面积6069平方千米。</p>',
      errors: [{ messageId: 'missingNumber', text: '▲宣威市地理位置示意图' }],
    },
    {
      name: 'an image with nothing but its alt text points at the image, not at the title',
      title: '一图读懂',
      html: '<img src="a.png" alt="全县行政区划图">',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    { html: figure('图为“一带一路”示意图'), errors: [{ messageId: 'missingNumber', text: '图为“一带一路”示意图' }] },
    // a quote left open does not hide the map word after it
    { html: figure('“全县行政区划示意图'), errors: [{ messageId: 'missingNumber', text: '“全县行政区划示意图' }] },
    // maps named by what they show rather than by 地图 or 分布图
    {
      html: '<p>下图是我县今年高标准农田建设项目布局图，涉及8个乡镇。</p><img src="farmland.png">',
      errors: [{ messageId: 'missingNumber', text: '下图是我县今年高标准农田建设项目布局图，涉及8个乡镇。' }],
    },
    { html: figure('全市森林火险等级预报图'), errors: [{ messageId: 'missingNumber', text: '全市森林火险等级预报图' }] },
    { html: figure('滇池流域卫星影像'), errors: [{ messageId: 'missingNumber', text: '滇池流域卫星影像' }] },
    {
      html: '<p>主城区划分为4个管理网格。</p><p><img src="grid.png"></p><p>▲主城区网格化管理分区图</p>',
      errors: [{ messageId: 'missingNumber', text: '▲主城区网格化管理分区图' }],
    },
    {
      html: '<p>附：交通管制路段示意图</p><img src="control.png">',
      errors: [{ messageId: 'missingNumber', text: '附：交通管制路段示意图' }],
    },
    // maps named by the territory or hazard they show, or by 示意 without 图
    { html: figure('某某县5.2级地震烈度图'), errors: [{ messageId: 'missingNumber', text: '某某县5.2级地震烈度图' }] },
    { html: figure('第6号台风“烟花”路径图'), errors: [{ messageId: 'missingNumber', text: '第6号台风“烟花”路径图' }] },
    { html: figure('项目区位分析图'), errors: [{ messageId: 'missingNumber', text: '项目区位分析图' }] },
    { html: figure('某某水库淹没范围图'), errors: [{ messageId: 'missingNumber', text: '某某水库淹没范围图' }] },
    { html: figure('某某景区停车指引图'), errors: [{ messageId: 'missingNumber', text: '某某景区停车指引图' }] },
    { html: '<p>下图为老城片区范围图。</p><img src="pq.png">', errors: [{ messageId: 'missingNumber', text: '下图为老城片区范围图。' }] },
    {
      html: '<p>规划提出构建“一核两带”格局。</p><p><img src="j.png"></p><p>▲中心城区空间结构示意图</p>',
      errors: [{ messageId: 'missingNumber', text: '▲中心城区空间结构示意图' }],
    },
    {
      html: '<p>环洱海生态廊道全长129公里。</p><p><img src="q.jpg"></p><p>▲环洱海生态廊道骑行路线示意</p>',
      errors: [{ messageId: 'missingNumber', text: '▲环洱海生态廊道骑行路线示意' }],
    },
    { html: figure('环湖公路路线图'), errors: [{ messageId: 'missingNumber', text: '环湖公路路线图' }] },
    // points on territory named without 图: 隐患点分布, 采样点分布
    { html: figure('全县核酸采样点分布'), errors: [{ messageId: 'missingNumber', text: '全县核酸采样点分布' }] },
    {
      html: '<p>全县森林覆盖率达70%。</p><img src="p.png" alt="全县地质灾害隐患点分布"><p>请群众注意防范。</p>',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    // a figure label above the image, and a pinyin file name
    {
      html: '<p>图1 某某水库工程地理位置图</p><img src="sk.png"><p>工程建成后可新增灌溉面积3.2万亩。</p>',
      errors: [{ messageId: 'missingNumber', text: '图1 某某水库工程地理位置图' }],
    },
    {
      html: '<img src="/upload/chongdianzhuangfenbutu.png"><p>全市已建成公共充电桩5126个。</p>',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    // 一图读懂: the lone image without words of its own is the map the title names; the finding is the title
    {
      title: '一图读懂：某某县区位图',
      html: '<p>某某县位于云南省东南部。</p><img src="a.png">',
      errors: [{ messageId: 'missingNumber', text: '一图读懂：某某县区位图' }],
    },
    // a draft pasted as plain text keeps the caption of a map it no longer shows
    {
      text: '宣威市位于云南省东北部。\n▲宣威市地理位置示意图\n全市总面积6069平方千米。',
      errors: [{ messageId: 'missingNumber', text: '▲宣威市地理位置示意图', severity: 'block' }],
    },
    {
      text: '宣威市位于云南省东北部。\n▲宣威市地理位置示意图 审图号：待定',
      errors: [{ messageId: 'badNumber', text: '▲宣威市地理位置示意图 审图号：待定' }],
    },
    // a caption under the image without a ▲: a short line that only names the map
    {
      html: '<p>会泽县地处滇东北。</p><p><img src="hz.png"></p><p>会泽县地理位置示意图</p><p>县城距昆明约200公里。</p>',
      errors: [{ messageId: 'missingNumber', text: '会泽县地理位置示意图', target: { image: 0 } }],
    },
    // one number beside two maps clears one of them: each map needs its own
    {
      html: '<p>下图审图号：云S(2021)012号</p><p><img src="a.png" alt="甲镇区位图"></p><p><img src="b.png" alt="甲镇交通图"></p><p>全镇交通便利。</p>',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 1 } }],
    },
    // maps a notice lists as attachments, with or without images in the draft
    {
      text: '根据项目建设需要，现将规划选址情况公示如下。\n公示期为10个工作日。\n附件：产业园区选址区位图',
      errors: [{ messageId: 'missingNumber', text: '附件：产业园区选址区位图' }],
    },
    {
      html: '<p>现将选址情况公示如下。</p><img src="p.jpg" alt="项目现场"><p>公示期为10个工作日。</p><p>附件：产业园区选址区位图</p>',
      errors: [{ messageId: 'missingNumber', text: '附件：产业园区选址区位图' }],
    },
    // 一图读懂 whose image says no more than 一图读懂: the title names the map
    {
      title: '一图读懂：主城区学区划分范围图',
      html: '<img src="x.png" alt="一图读懂">',
      errors: [{ messageId: 'missingNumber', text: '一图读懂：主城区学区划分范围图', target: { image: 0 } }],
    },
    // a parcel's boundary drawn on the ground it covers
    { html: figure('某地块建设用地红线图'), errors: [{ messageId: 'missingNumber', text: '某地块建设用地红线图', target: { image: 0 } }] },
    // a screenshot of a commercial web map
    {
      html: figure('图片来源：百度地图截图'),
      errors: [{ messageId: 'missingNumber', text: '图片来源：百度地图截图', target: { image: 0 } }],
    },
    // a number line under one map's caption does not clear the next map
    {
      html: '<p><img src="a.png"></p><p>▲某镇区位图</p><p>审图号：云S(2021)012号</p><p><img src="b.png"></p><p>▲某镇交通图</p><p>全镇交通便利。</p>',
      errors: [{ messageId: 'missingNumber', text: '▲某镇交通图' }],
    },
    // a weather chart named by its 落区 (the zones the rain or wind falls on): a map of territory
    { html: figure('明天白天大风落区示意'), errors: [{ messageId: 'missingNumber', text: '明天白天大风落区示意' }] },
    {
      html: '<p>受冷空气影响，今夜起我县将有一次降温降雪过程。</p><p><img src="xue.png" alt="未来24小时降雪预报"></p><p>▲今晚到明天降雪落区（单位：厘米）</p>',
      errors: [{ messageId: 'missingNumber', text: '▲今晚到明天降雪落区（单位：厘米）' }],
    },
    // captions that name a territory without 图: an area or road section 示意, a track or route of movement,
    // a place's position in a province or country
    { html: figure('春节期间交通管制路段示意'), errors: [{ messageId: 'missingNumber', text: '春节期间交通管制路段示意' }] },
    {
      html: '<p>省气象台发布台风消息。</p><p><img src="t.png"></p><p>▲今年第5号台风“某某”移动路径</p>',
      errors: [{ messageId: 'missingNumber', text: '▲今年第5号台风“某某”移动路径' }],
    },
    { html: figure('某某县在云南省的位置'), errors: [{ messageId: 'missingNumber', text: '某某县在云南省的位置' }] },
    // a track with its forecast, roads closed or restricted named by the caption alone
    { html: figure('14号台风未来48小时路径预报'), errors: [{ messageId: 'missingNumber', text: '14号台风未来48小时路径预报' }] },
    { html: figure('国庆期间古城限行区域'), errors: [{ messageId: 'missingNumber', text: '国庆期间古城限行区域' }] },
    // the extent of a plan, an outage or a disaster's reach, and the course of a line, named by the caption alone
    { html: figure('地铁3号线线路走向'), errors: [{ messageId: 'missingNumber', text: '地铁3号线线路走向' }] },
    // a caption closing on the place's location: …地理位置, …交通区位
    { html: figure('某某镇地理位置与周边区位'), errors: [{ messageId: 'missingNumber', text: '某某镇地理位置与周边区位' }] },
    {
      html: '<p>因管网改造，本周六全天停水。</p><p><img src="ting.png"></p><p>▲城区停水影响区域</p>',
      errors: [{ messageId: 'missingNumber', text: '▲城区停水影响区域' }],
    },
    { html: figure('古镇保护规划范围（2024—2035年）'), errors: [{ messageId: 'missingNumber', text: '古镇保护规划范围（2024—2035年）' }] },
    // an image with no words of its own, which the sentence above says shows where places are or where a line runs
    {
      html: '<p>城区新建公共充电站8座，各站点位置见下图。</p><img src="cd.png" alt=""><p>充电按峰谷电价收费。</p>',
      errors: [{ messageId: 'missingNumber', text: '城区新建公共充电站8座，各站点位置见下图。', target: { image: 0 } }],
    },
    {
      html: '<p>为方便就近办理，全市社保自助服务点分布情况见下图：</p><p><img src="sb.png"></p>',
      errors: [{ messageId: 'missingNumber', text: '为方便就近办理，全市社保自助服务点分布情况见下图：', target: { image: 0 } }],
    },
    // a plain-text post saying the map goes with it (附图, 下图, 附后): the map is published with the post
    {
      text: '滨河绿道二期已全线贯通，全长约15公里，具体线路走向详见附图。欢迎市民前往骑行。',
      errors: [{ messageId: 'missingNumber', text: '滨河绿道二期已全线贯通，全长约15公里，具体线路走向详见附图。' }],
    },
    { text: '下图为全县交通图。', errors: [{ messageId: 'missingNumber', text: '下图为全县交通图。' }] },
    {
      text: '今年新设的应急避难场所分布图附后，请居民提前熟悉。',
      errors: [{ messageId: 'missingNumber', text: '今年新设的应急避难场所分布图附后，请居民提前熟悉。' }],
    },
    {
      text: '徒步线路见附图，底图来自自然资源部标准地图服务网站，未经修改。',
      errors: [{ messageId: 'standardMap', severity: 'info', text: '徒步线路见附图，底图来自自然资源部标准地图服务网站，未经修改。' }],
    },
    // the track of animals, patrols or flights drawn on the ground they crossed
    {
      html: figure('越冬候鸟迁徙轨迹（红色为春季北返）'),
      errors: [{ messageId: 'missingNumber', text: '越冬候鸟迁徙轨迹（红色为春季北返）' }],
    },
    {
      html: '<p>护林员本月累计巡山320公里。</p><img src="xh.jpg" alt="护林员巡护轨迹">',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    // territory divided into areas of responsibility or grids, named by the caption under an image without alt text
    {
      html: '<p><img src="a.png" alt="河长制组织体系"></p><p>图1 县乡村三级河长体系</p><p><img src="b.png" alt=""></p><p>图2 县级河长分段责任片区划分（东片、西片）</p>',
      errors: [{ messageId: 'missingNumber', text: '图2 县级河长分段责任片区划分（东片、西片）', target: { image: 1 } }],
    },
    { html: figure('老城区网格划分（共32个网格）'), errors: [{ messageId: 'missingNumber', text: '老城区网格划分（共32个网格）' }] },
    // land use and land taken, named without 图
    { html: figure('某某村土地利用现状'), errors: [{ messageId: 'missingNumber', text: '某某村土地利用现状' }] },
    {
      html: figure('高新区东区用地规划（2025—2035年）'),
      errors: [{ messageId: 'missingNumber', text: '高新区东区用地规划（2025—2035年）' }],
    },
    { html: figure('棚户区改造项目征收范围'), errors: [{ messageId: 'missingNumber', text: '棚户区改造项目征收范围' }] },
    { html: figure('拟出让地块位置（红线范围内）'), errors: [{ messageId: 'missingNumber', text: '拟出让地块位置（红线范围内）' }] },
    // a figure pointed at to the right, or named between 见 and 图, or listed after 附：
    {
      html: '<p>全县6个地震监测台站位置参见右图。</p><img src="t.png" alt="">',
      errors: [{ messageId: 'missingNumber', text: '全县6个地震监测台站位置参见右图。', target: { image: 0 } }],
    },
    {
      text: '新建垃圾转运站选址情况见选址示意图，公示期10日。',
      errors: [{ messageId: 'missingNumber', text: '新建垃圾转运站选址情况见选址示意图，公示期10日。' }],
    },
    {
      text: '现将禁放区域公告如下。\n附：城区禁止燃放烟花爆竹区域示意图',
      errors: [{ messageId: 'missingNumber', text: '附：城区禁止燃放烟花爆竹区域示意图' }],
    },
    // the unmodified standard map said so without naming the service it came from: allowed (info);
    // the standard map without saying it is unmodified still needs its number
    {
      html: figure('全县河流水系图（底图为标准地图，未作修改）'),
      errors: [{ messageId: 'standardMap', severity: 'info', text: '全县河流水系图（底图为标准地图，未作修改）' }],
    },
    {
      html: figure('全县河流水系图（底图为标准地图）'),
      errors: [{ messageId: 'missingNumber', text: '全县河流水系图（底图为标准地图）' }],
    },
    // a caption naming where places lie relative to each other
    {
      html: '<p><img src="a.png" alt="图3"></p><p>图3 新建物流园与高铁站、机场的相对位置</p><p>物流园占地800亩。</p>',
      errors: [{ messageId: 'missingNumber', text: '图3 新建物流园与高铁站、机场的相对位置', target: { image: 0 } }],
    },
    // the sentence above says the figure marks where places are, or where an outage or a closure reaches
    {
      html: '<p>雨季来临，下图标出了全镇易涝点的位置，请绕行。</p><img src="p.png" alt="">',
      errors: [{ messageId: 'missingNumber', text: '雨季来临，下图标出了全镇易涝点的位置，请绕行。', target: { image: 0 } }],
    },
    {
      html: '<p>本周六管网检修，停水范围详见下图。</p><img src="t.png" alt="">',
      errors: [{ messageId: 'missingNumber', text: '本周六管网检修，停水范围详见下图。', target: { image: 0 } }],
    },
    {
      html: '<p>马拉松比赛当天，交通管制路段如下图所示。</p><img src="g.png" alt="">',
      errors: [{ messageId: 'missingNumber', text: '马拉松比赛当天，交通管制路段如下图所示。', target: { image: 0 } }],
    },
    // captions without 图 that name a network of roads or rivers, a basin, villages spread over the land
    { html: figure('抚仙湖流域示意'), errors: [{ messageId: 'missingNumber', text: '抚仙湖流域示意' }] },
    { html: figure('图2 垃圾焚烧发电厂选址示意'), errors: [{ messageId: 'missingNumber', text: '图2 垃圾焚烧发电厂选址示意' }] },
    { html: figure('中心城区公交线网（2027年版）'), errors: [{ messageId: 'missingNumber', text: '中心城区公交线网（2027年版）' }] },
    { html: figure('全乡自然村分布'), errors: [{ messageId: 'missingNumber', text: '全乡自然村分布' }] },
    // a file name that says the image shows a location
    {
      html: '<p>园区距高速出口3公里。</p><img src="/files/2026/yuanqu-quwei.jpg" alt="">',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    {
      html: '<p>园区距高速出口3公里。</p><img src="/files/2026/site-location.png" alt="">',
      errors: [{ messageId: 'missingNumber', text: '', target: { image: 0 } }],
    },
    // the unmodified standard base map said in other words
    {
      html: figure('全州地形图（采用标准底图，未进行任何修改）'),
      errors: [{ messageId: 'standardMap', severity: 'info', text: '全州地形图（采用标准底图，未进行任何修改）' }],
    },
    // a parcel's boundaries on four sides, or where a site lies, pointed at in the figure
    {
      html: '<p>出让宗地东至园区三号路，南至排洪沟，西至林地，北至110千伏线路（见下图）。</p><img src="z.png">',
      errors: [
        {
          messageId: 'missingNumber',
          text: '出让宗地东至园区三号路，南至排洪沟，西至林地，北至110千伏线路（见下图）。',
          target: { image: 0 },
        },
      ],
    },
    {
      html: '<p>新建污水处理站位于河西片区滨江路南侧（详见下图）。</p><img src="w.png">',
      errors: [{ messageId: 'missingNumber', text: '新建污水处理站位于河西片区滨江路南侧（详见下图）。', target: { image: 0 } }],
    },
    // the land inside a red line drawn on the figure; a figure headed by 以下为; this picture marks where
    {
      html: '<p>请看下图，红线内为本次收储的地块。</p><img src="h.png">',
      errors: [{ messageId: 'missingNumber', text: '请看下图，红线内为本次收储的地块。', target: { image: 0 } }],
    },
    {
      html: '<p>以下为春节期间城区限行区域示意。</p><img src="x.png">',
      errors: [{ messageId: 'missingNumber', text: '以下为春节期间城区限行区域示意。', target: { image: 0 } }],
    },
    {
      html: '<p>下面这张图标明了景区内全部停车场的位置。</p><img src="p.png">',
      errors: [{ messageId: 'missingNumber', text: '下面这张图标明了景区内全部停车场的位置。', target: { image: 0 } }],
    },
    // captions without 图: the points placed, a park's zones, a tour guide map, the course of a road, risk areas spread out
    {
      html: '<p><img src="a.png" alt=""></p><p>▲ 全县森林防火检查站点位（蓝色为季节性）</p>',
      errors: [{ messageId: 'missingNumber', text: '▲ 全县森林防火检查站点位（蓝色为季节性）', target: { image: 0 } }],
    },
    { html: figure('湿地公园功能分区'), errors: [{ messageId: 'missingNumber', text: '湿地公园功能分区' }] },
    { html: figure('古城徒步游览导览'), errors: [{ messageId: 'missingNumber', text: '古城徒步游览导览' }] },
    { html: figure('图4 新城至高铁站连接通道走向'), errors: [{ messageId: 'missingNumber', text: '图4 新城至高铁站连接通道走向' }] },
    { html: figure('全市低中高风险区分布'), errors: [{ messageId: 'missingNumber', text: '全市低中高风险区分布' }] },
    // a caption whose last word is the territory it shows: where, which route, which extent or area, divisions
    { html: figure('城东新区行政区划（2027年）'), errors: [{ messageId: 'missingNumber', text: '城东新区行政区划（2027年）' }] },
    { html: figure('拟建水厂位置'), errors: [{ messageId: 'missingNumber', text: '拟建水厂位置' }] },
    { html: figure('新建项目位置（红框内）'), errors: [{ messageId: 'missingNumber', text: '新建项目位置（红框内）' }] },
    { html: figure('推荐自驾线路：腾冲—瑞丽—芒市'), errors: [{ messageId: 'missingNumber', text: '推荐自驾线路：腾冲—瑞丽—芒市' }] },
    { html: figure('秋冬季森林防火重点区域'), errors: [{ messageId: 'missingNumber', text: '秋冬季森林防火重点区域' }] },
    {
      html: figure('不稳定斜坡隐患范围（黄色虚线内）'),
      errors: [{ messageId: 'missingNumber', text: '不稳定斜坡隐患范围（黄色虚线内）' }],
    },
    { html: figure('校园周边道路示意'), errors: [{ messageId: 'missingNumber', text: '校园周边道路示意' }] },
    // rain measured or forecast over the land, places of a kind spread out, a political map
    { html: figure('过去24小时累计降雨量分布'), errors: [{ messageId: 'missingNumber', text: '过去24小时累计降雨量分布' }] },
    { html: figure('全县应急避难场所分布情况'), errors: [{ messageId: 'missingNumber', text: '全县应急避难场所分布情况' }] },
    { html: figure('云南省政区图'), errors: [{ messageId: 'missingNumber', text: '云南省政区图' }] },
    // a caption whose legend says what a coloured area or a dot marks on the land
    {
      html: '<p><img src="a.png" alt=""></p><p>▲ 本周各乡镇地质灾害气象风险等级，红色区域为高风险</p>',
      errors: [{ messageId: 'missingNumber', text: '▲ 本周各乡镇地质灾害气象风险等级，红色区域为高风险', target: { image: 0 } }],
    },
    {
      html: figure('各社区便民服务站（图中圆点为服务站所在地）'),
      errors: [{ messageId: 'missingNumber', text: '各社区便民服务站（图中圆点为服务站所在地）' }],
    },
    { html: figure('全县医保定点药店分布'), errors: [{ messageId: 'missingNumber', text: '全县医保定点药店分布' }] },
    // a line right above the image that only names a map is its title; a caption in brackets under it
    {
      html: '<p>全市应急避难场所分布图</p><img src="b.png" alt=""><p>市民可就近避险。</p>',
      errors: [{ messageId: 'missingNumber', text: '全市应急避难场所分布图', target: { image: 0 } }],
    },
    {
      html: '<img src="a.png"><p>（上图为城区易涝点分布）</p><p>雨天请绕行。</p>',
      errors: [{ messageId: 'missingNumber', text: '（上图为城区易涝点分布）', target: { image: 0 } }],
    },
  ],
});

describe('no-map-without-approval-number names the image', () => {
  it('quotes the alt text of a map that has no caption in the text, so the editor knows which image', () => {
    const [finding] = checkDraft(
      toDraft({ html: '<p>全市已建成应急避难场所126处。</p><img src="shelter.png" alt="全市应急避难场所分布图"><p>市民可就近避难。</p>' }),
      [rule],
    ).findings;
    expect(finding.message).toContain('“全市应急避难场所分布图”');
  });
});

describe('no-map-without-approval-number across drafts', () => {
  it('reads each draft from its start after a draft whose number ended a scan', () => {
    const check = (html: string) => checkDraft(toDraft({ html }), [rule]).findings.map((f) => f.text);
    // a long caption leaves the shared number pattern far into its text
    expect(
      check(
        '<p>宣威市位于云南省东北部，全市总面积6069平方千米，辖28个乡镇（街道）。</p><p><img src="a.png"></p><p>▲宣威市地理位置示意图（审图号：云S(2022)065号）</p>',
      ),
    ).toEqual([]);
    expect(check(`${figure('云南省地图 审图号：云S(2021)012号')}<p>今年共实施重点项目50个。</p>${figure('全县重点项目分布图')}`)).toEqual([
      '全县重点项目分布图',
    ]);
  });
});

describe('no-map-without-approval-number on many images', () => {
  it('tells each image’s own number from its neighbours’ across 400 maps', () => {
    // Each unit: a captioned map with its own number, then a sentence pointing at a map below it.
    // Odd units give that map a number of its own; even ones only have the neighbours' captions nearby.
    const unit = (i: number) =>
      `<figure><img src="a${i}.png"><figcaption>第${i}片区地图 审图号：云S(2021)${1000 + i}号</figcaption></figure>` +
      `<p>下图为第${i}片区线路图${i % 2 ? `，审图号：云S(2023)${5000 + i}号` : ''}。</p><img src="b${i}.png">`;
    const html = Array.from({ length: 200 }, (_, i) => unit(i)).join('');
    const findings = checkDraft(toDraft({ html }), [rule]).findings;
    expect(findings.map((f) => f.text)).toEqual(Array.from({ length: 100 }, (_, k) => `下图为第${2 * k}片区线路图。`));
    expect(findings.every((f) => f.messageId === 'missingNumber')).toBe(true);
  });
});
