import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-commercial-content';

ruleTester(rule, {
  valid: [
    // fix 11.1: a government voucher, trade-in subsidy or union benefit spent at a shop (named anywhere in the passage)
    {
      title: '好消息！我市第三轮汽车消费券今日开抢',
      text: '为提振汽车消费，市商务局发放汽车消费券。活动期间，在我市参与活动的4S店购车即享最高5000元消费券抵扣，消费券通过“云闪付”申领，数量有限，领完即止。',
    },
    {
      title: '文旅消费券来了',
      text: '12月起，县文旅局发放文旅消费券，市民领券后到参与活动的景区、酒店到店即享8折优惠，补贴由县财政承担。',
    },
    { title: '县级消费券使用指南', text: '市民领取消费券后，到店即可享受满100减30优惠，消费券限在参与活动的商户使用，有效期7天。' },
    { title: '县总工会：职工普惠服务再升级', text: '持工会会员卡到店即享9折，覆盖全县58家定点商户，所需资金由工会经费补助。' },
    '家电以旧换新补贴开始申领，市民到参与活动的门店购买一级能效家电，到店即享立减，每件最高2000元。',
    '县总工会开展职工普惠活动，会员凭工会卡到门店即送洗车一次，费用由工会经费列支，咨询电话0874-1234567。',
    // fix 11.2: a rank by likes with an award the account itself received (no prize offered to the public)
    { title: '县融媒体中心2025年工作总结', text: '全年发布稿件3200条，“云上某县”公众号点赞量居全省前十名，获省委网信办通报奖励。' },
    '本号转发量排在全省前五名，获评省级优秀政务号并获奖励。',
    '“某某发布”抖音号点赞数进入全国前20位，被评为优秀账号并给予奖励。',
    '“云上某县”公众号点赞量居全省前十名，获全省政务新媒体工作奖励。',
    // fix 11.3: followers bought from a business, reported as an enforcement case
    {
      title: '执法案例｜一公司提供有偿增粉服务被罚',
      text: '近日，县市场监管局查处一起虚假宣传案：某传媒公司通过机构批量注册账号为客户提供增粉服务，被处罚款2万元。',
    },
    { title: '某科技公司替商家吸粉被查', text: '市市场监管局依法对该公司作出罚款5万元的行政处罚。' },
    { title: '第三方机构兜售粉丝增长套餐被约谈', text: '市网信办近日约谈一家网络公司，该公司违规向自媒体账号出售粉丝，已被责令整改。' },
    // fix 11.4: a deposit that holds a government talent flat or affordable home (配售, 保障性住房)
    { title: '县人才公寓配售公告', text: '符合条件的人才可申请配售，每平方米3800元，选房后缴纳定金即可保留房源，30日内签订合同。' },
    '保障性住房配售公告：每平方米2600元，申请人缴纳定金后可保留房源，逾期视为放弃。',
    '共有产权房配售：每平方米4200元，选定房号后交付定金即可预留，名额有限。',
    // fix 11.5: no backer named (社会各界, 广大爱心人士), 由于 is no 由…赞助, a sponsorship refused
    {
      title: '感谢信｜向爱心助学的社会各界致谢',
      text: '县教育体育局、县红十字会衷心感谢社会各界爱心人士的慷慨赞助，今年共资助困难学生126名。',
    },
    { title: '县第五届农民运动会简朴办赛', text: '由于今年不接受企业赞助，运动会全部经费由县财政保障，奖品以证书为主。' },
    '由于缺少赞助，村晚今年改在村委会院内举办。',
    '感谢广大爱心人士和热心群众的无私赞助，图书室已添置新书2000册。',
    '本届村运会经费感谢各位乡贤赞助，县里不接受商家赞助。',
    // fix 11.6: a seat or room of a free public venue booked by phone
    { title: '县图书馆自习室寒假开放', text: '寒假期间自习室每天8:00至21:00免费开放，读者可电话预订座位，电话0871-6123456。' },
    '县博物馆周一至周日免费开放，团体参观可电话预定位置，电话0874-3123456。',
    '县文化馆舞蹈排练室免费开放，群众文艺队可来电预订房间，电话0873-2123456。',
    // round 10 (dev13): an office's quiz with a draw and no follow or share asked, a voucher spent at a shop, a car subsidy,
    // fees paid to an office, a rank reported with no prize, a public body's support, followers counted
    '为迎接国家安全教育日，县司法局开展有奖竞答活动，答对10题即可参与抽奖，奖品为普法读本。',
    '市民持消费券到店消费即享满减优惠，活动由市商务局组织。',
    '符合条件的市民到4S店购车即享以旧换新补贴，最高2万元。',
    '请考生在规定时间内缴纳考试费，逾期视为放弃。',
    '居民可到供电营业厅缴纳电费，也可在网上缴费。',
    '在对话框回复“1”即可查询办理进度。',
    '欢迎关注本公众号。本月消费券抽奖结果将于下周公布。',
    '据统计，本号点赞量位居全省政务号前十名，获得省网信办表扬。',
    '本次活动由县委宣传部主办，县总工会赞助。',
    '严禁接受企业赞助，违者追究责任。',
    '全年新增粉丝1.2万人，阅读量同比增长30%。',
    '县人社局举办春季招聘会，到场求职者即可领取岗位信息手册。',
    // round 11 (dev14/dev15): an account recommended or a follow suggested, no gate; 关注 that follows no account
    '欢迎关注本公众号，获取更多权威信息。',
    '建议先关注“某某气象”公众号，获取最新预警信息。',
    '先关注天气变化，再安排出行，才能确保安全。',
    '只有持续关注群众需求，多听取意见，才能办理好民生实事。',
    '转发本条提醒家人注意防范，请勿截图传播个人信息。',
    // round 11: a public body's free training or activity signed up by message or code, an exam fee paid to an office,
    // a public fee paid by code, an allowance with what it includes
    '县人社局开展免费电工技能培训，名额有限，有意者私信报名。',
    '普通话水平测试报名费每人50元，考生扫码缴费后即完成报名。',
    '居民可到供电营业厅缴纳电费，也可扫码缴费，每度0.45元。',
    '本次志愿服务活动不收取任何费用，私信小编报名，额满即止。',
    '县老年大学书法班每学期学费200元，扫码缴费后即可入学。',
    '扫描海报二维码填写报名信息即可，活动免费，报满即止。',
    '参训人员每人补助500元（含交通费），由县财政列支。',
    // round 11: a brand named with no recommendation, a mark that is no brand, sales as news, a brand in a sampling report
    '县农技中心提醒：购买化肥要到正规农资门店，认准包装上的登记证号。',
    '市场监管局抽检发现“某某”牌复合肥不合格，各销售点已下架，请已购买的农户停止使用。',
    '“云岭”牌商标被认定为中国驰名商标，产品在全国各地均有销售。',
    '建议选用有“CCC”认证标志的头盔，正规商场均有销售。',
    '化肥价格稳定，尿素每吨2400元，各农资店均有销售。',
    '“红河”牌卷烟是我州重点品牌，建议加大品牌宣传力度。',
    // round 11: donors thanked for relief, a utility's service at an event, public units thanked
    '特别鸣谢以下爱心企业为灾区捐款捐物：某某建材有限公司、某某药业有限公司。',
    '在抗洪救灾中，我们特别鸣谢某某建材有限公司等爱心企业。',
    '国网某某供电公司为赛事提供电力保障。',
    '中国移动某某分公司提供通信保障服务。',
    '鸣谢：县融媒体中心、县文化馆。',
    '某某公司提供饮用水1000箱支援灾区。',
    '某某体育用品公司为山区学校提供体育器材500件。',
    // round 11: heating, a heater bought, paid promotion punished or refused, a snack, a public-service ad
    '冬季用电注意安全，取暖器加热时远离可燃物。',
    '提醒市民购买电加热器要选正规产品。',
    '某某公司付费推广虚假广告被罚款2万元。',
    '本号坚持内容为王，不投流、不买粉。',
    '炸薯条是孩子们喜欢的小吃。',
    '县里投放公益广告推广垃圾分类。',
    // round 11: a subsidy an office arranges with the dealers, or public funds pay, or the government pays at a show
    '县商务局联合各4S店推出购车补贴，每辆最高3000元，咨询电话0874-1234567。',
    '各4S店推出购车补贴，每辆最高3000元，资金由县财政承担，咨询电话0874-1234567。',
    '车展期间，市民购买新能源汽车可申领政府置换补贴3000元，咨询电话0874-1234567。',
    // review of round 11: an office's service how-to that puts its account first (no vote, entry or prize; no gate, or
    // another route given) is no condition
    '第一步：先关注“云南人社12333”公众号；第二步：点击菜单栏“服务大厅”，选择“资格认证”；第三步：按提示完成人脸识别办理。',
    '申领渠道：先关注“某某人社”微信公众号，点击“社保卡服务”，在线申领社保卡，或携带身份证到就近社保卡服务网点办理。',
    '报名方式：家长先关注“县教育体育局”公众号，进入“招生报名”栏目完成网上报名；不会使用手机的家长可到学校现场报名。',
    '市民先关注“健康某某”公众号，进入“疫苗预约”模块选择接种点预约，也可电话预约。',
    '办事群众先关注“某某政务服务”公众号，点击“办事大厅”，按提示上传材料在线办理营业执照。',
    '缴费方式：先关注“某某医保”公众号，点击“医保缴费”，输入身份证号查询应缴金额并缴费。',
    '患者先关注“县人民医院”公众号，绑定就诊卡后即可预约挂号，也可拨打电话或到窗口预约。',
    '关注“某某公积金”公众号后即可在线查询余额，也可到服务大厅查询。',
    '下载“某某医保”APP后即可在线缴费，老年人可到医保窗口缴纳。',
    // review of round 11: paid reach named by a regulator, a policy or a training buys nothing
    '专项整治重点打击利用付费推广、投流等方式炒作虚假信息、恶意营销等行为，督促平台落实主体责任。',
    '办法明确，直播营销平台应当规范“粉丝头条”“DOU+”等付费加热服务，防止虚假流量。',
    '培训班邀请专家讲授短视频制作、DOU+投放技巧和直播间运营等课程，120名返乡青年参加培训。',
    '县商务局开展DOU+投放技巧专题辅导，助力农特产品销售。',
    '依法规范网络直播营销中的付费推广、投流行为。',
    // review of round 11: a utility or state-owned group supplying in an outage, a drill or an epidemic, a procurement
    // result, a bank or the post thanked for a public event
    '停水期间，县供排水有限公司提供应急饮用水，送水车将在各小区门口定点供水。',
    '演练中，中国电信县分公司提供应急通信装备，保障指挥调度畅通。',
    '疫情防控期间，县城投集团提供全部饮用水，保障卡点值守人员需要。',
    '疫情期间，县国有资本投资运营集团提供全部防护装备。',
    '中标公司提供全部健身器材的安装调试和三年质保服务。',
    '运动员服装由成交供应商昆明某某服饰有限公司负责制作配送。',
    '采购结果：比赛器材由中标单位某某体育用品有限公司供货。',
    '鸣谢中国农业银行股份有限公司县支行对本次活动的支持。',
    '鸣谢单位：县图书馆、中国邮政集团有限公司县分公司。',
    '鸣谢：中国建设银行股份有限公司某某分行。',
    // round 10: a free check with the public family-doctor service is no gift for a purchase
    '即日起，签约家庭医生即送免费健康体检一次，咨询电话：0874-6161200。',
    '即日起，65岁以上老人签约家庭医生即送免费中医体质辨识一次，咨询电话：0871-6543210。',
    '居民签约家庭医生即赠家庭健康档案一份，咨询电话：0873-2345678。',
    // round 10: a household bill saved under a public tariff, with the office's line to call, sells nothing
    '居民用户选择峰谷电价后，每月可省30元左右电费。办理请拨打0874-6161200咨询。',
    '安装智能电表后，每户每月可省20元电费，详情请拨打0871-1234567咨询。',
    '使用阶梯水价节水模式，每月能省15元左右水费，办理请拨打0875-2223333。',
    // round 10: a question of how much is needed takes no order
    '农户每亩要多少斤种子？专家建议每亩播种8斤，种子市场价12元/斤，可到县农资公司购买。',
    '每亩地要多少斤化肥？农技人员建议每亩施40斤，化肥市场价3元/斤，可到供销社购买。',
    '一头牛每天要几斤饲料？专家建议每天10斤，饲料市场价2元/斤，可到县饲料站购买。',
    // round 10: what was not published on the account is disowned, no service is refused
    '凡未在本公众号发布的招聘信息，均不能代表本局意见，请广大考生注意甄别。',
    '凡未在本公众号公布的考试成绩，均不能作为录用依据。',
    '未通过本微博发布的通知，一律不能视为本局正式通知。',
    // round 10: a share suggested beside a policy's benefit to whoever qualifies (no reward for the sharer)
    '请把这篇文章转发给家里的老人，符合条件的就可享受门诊报销优惠政策。',
    '请将本文转发给身边的老年朋友，65岁以上老人即可享受全县A级景区门票免费政策。',
    '请将本文分享给家人朋友，符合条件的居民就可领取500元消费券。',
    '请转发给身边的退役军人，持优待证即可享受公共交通免费乘车优惠政策。',
    // round 10: an invitation count with no prize is a turnout
    '本次培训邀请人数达120人，获得学员一致好评。',
    '论坛邀请人数超过300人，获得与会代表广泛认可。',
    '本次义诊活动邀请人数达50人，获评群众满意活动。',
    // round 9: a public fare's cut with no way in to buy
    '老年人乘坐公交车票价2元，刷卡每次优惠1元。',
    // round 9: a public price with a number to call is no offer
    '景区门票每张60元，咨询请拨打0887-8888888。',
    '根治欠薪专项行动期间，农民工遇到欠薪问题可拨打12333反映。',
    // round 9: 助力 as "help" and an invitation that buys nothing
    '县供销社助力数字经济发展，获评省级示范社并获得奖励资金。',
    '邀请好友一起报名马拉松，前1000名报名者获赠纪念T恤。',
    '志愿者为高考学子助力，前100名预约考生享受免费送考。',
    // round 9: an office's investment promotion: a settling invitation to investors and its 招商 line
    '园区对新落户的冷链企业给予用地和物流补贴，欢迎广大客商前来考察洽谈。招商电话：0877-8126555。',
    '欢迎海内外客商投资兴业，招商热线0871-65551234。',
    '县投资促进局诚邀各地企业来县投资，欢迎企业家朋友莅临洽谈，招商专线0874-3112233。',
    '开发区标准厂房租金前三年全免，欢迎有意向的企业投资洽谈，招商热线0873-2201234。',
    // round 9: a subsidy passage with a public hotline only stays data
    '人才首次购房可申领最高10万元补贴，政策咨询电话0871-12345678。',
    // round 8: ad lines quoted over a sentence end in a passage that warns about them
    '“宝宝们，库存见底了！原价288，今晚直播间只要28.8！”类似的喊麦式推销，其实多是虚构原价。',
    '“买二送一！错过今天再等一年！扫码立即下单！”面对这样的宣传，老年人要多留个心眼，谨防上当。',
    '有的直播间喊出“库存只剩50件！原价399，现在只要39元！”，这类说法多为诱导下单。',
    // round 8: a share suggested beside a benefit it does not buy, and a follow said to be needless
    '请转发给家中老人：65岁以上老人凭身份证可享景区门票半价。',
    '欢迎转发扩散，义诊现场每人可领取一份健康手册。',
    '分享给身边的朋友，周末凭身份证可享门票半价。',
    '无须预约，也无须关注任何公众号，现场即可办理。',
    '无需关注任何账号，扫码即可查询办件进度。',
    '公众号粉丝数突破10万，全年推送原创稿件800篇。',
    '未通过“一部手机办事通”预约的群众，可到现场取号办理。',
    // round 7: a public discount shown with an ID, a reply format with no quantity of goods, a vote that is free
    '凭本人身份证可享受全州国有景区门票半价优惠。',
    // round 7: an office's tourism promotion: the post as the ticket to a discount at public scenic areas
    '即日起，游客凭本条推文截图可享受全州国有A级景区门票五折优惠。',
    '县文旅局发布：春节期间，持本推文到县内A级景区可享门票八折优惠。',
    '请各村在群里回复“村名+受灾户数”，县民政局统一汇总。',
    '报名请在后台回复“姓名+电话”，讲座免费。',
    '请各单位回复参会人员数量，会务费每人200元由县财政统一承担。',
    '每人每天可投10票，投票免费，不收取任何费用。',
    '本次评选不设付费加票，请勿相信花钱买票的说法。',
    // round 7: a gift for giving blood or for enrolling in a public event; a fee that may be paid in parts
    '参加无偿献血即送纪念品一份，详询县中心血站。',
    '报名参加全民健身马拉松即送纪念T恤，咨询电话0874-1234567。',
    '困难学生学费可分期缴纳，每学期1200元，咨询电话0874-1234567。',
    '每斤30元，关注官方微信号：kmgov_news。',
    // round 5: an enquiry invited from the public about a course with a fee, and a fair with no price cut
    '老年大学书法班每学期收费200元，感兴趣的市民可咨询报名。',
    { title: '农特产品展销会下周开幕', text: '展销会将于12月6日在县体育广场开幕，欢迎市民参观，咨询电话0873-1234567。' },
    // goods shipped as news (快递进村), not a promise to a buyer
    '全县快递进村覆盖率达98%，农产品上行更加便捷。',
    '春节期间快递正常发货，每件运费8元起。',
    // price monitoring and statistics: prices are data
    '据市发改委价格监测，本周猪肉均价每公斤26.5元，环比下降1.2%，部分超市特价蔬菜销售平稳。',
    '全市居民消费价格指数（CPI）同比上涨0.8%，鲜菜零售价格每斤3.2元。',
    // consumer warnings and enforcement quoting ad phrases
    '消费提示：部分商家宣称“全网最低”“秒杀价”，诱导消费者扫码下单，请理性消费，谨防虚假宣传。',
    '某公司在宣传中使用“国家级产品”“最佳品质”等绝对化用语，违反《广告法》，市场监管局依法责令改正并处罚款。',
    '警惕“关注转发抽奖”类诈骗，切勿向陌生账号转账。',
    // non-selling uses of 国家级, 第一, 最佳
    '驻村第一书记带领村民发展特色产业，白马雪山国家级自然保护区生态持续向好。',
    '今年第一季度全省地区生产总值增长5.3%，增速位居全国第一方阵。',
    '每年3月至4月是赏樱最佳时间，请游客错峰出行。',
    // government subsidies, procurement, service hotlines
    '购买新能源汽车可申领以旧换新补贴，每辆最高补助2万元，政策咨询电话12345。',
    '本项目采购预算金额120万元，中标供应商为某某公司。',
    '严禁购买“粉丝”等数据造假行为，不得强制要求群众关注、转发。',
    '全县已办理业务8000余件，窗口限时办结率100%。',
    '今年以来，电商平台农产品下单量同比增长35%。',
    { text: '原价199元，现价99元，扫码下单！', options: { blockScore: 20, warnScore: 10 } },
    '明前春茶到了，欢迎扫码下单。',
    // a fraction or a count is no price without 元 (only a number with a unit of goods after 一 or / is)
    '本届比赛3/4的选手来自乡村学校，为他们加油的评论区扣1。',
    // public service numbers and prices of public services are not sales
    '旅游咨询热线：0887-8888888，景区门票60元/人。',
    '扫码预约挂号，就诊更便捷。',
    '关注疫情动态，做好个人防护后即可正常出行。',
    '“我为群众办实事”接龙活动持续开展，全县党员认领微心愿300余个。',
    '全县报名热线：0874-1234567，考试不收取任何费用。',
    // a price in the budget section and a hotline in the contact line of a long notice are not an ad
    '项目总投资1.2亿元，其中省级补助资金3000万元，计划明年6月建成投用，届时将新增停车位800个。\n如有疑问，请拨打咨询电话0871-12345678。',
    // a warning that quotes a sales line, in its own sentence
    '警惕“转发本条抽奖送手机”类诈骗信息，切勿点击陌生链接。',
    { text: '县图书馆春季新品书目上架。', options: { extraTerms: ['新品上市'] } },
    // the same families in government work: a free lecture, investment promotion, a recruitment notice,
    // a market report, a consumer warning quoting the offers, a tender
    '市图书馆本周六举办亲子阅读公益讲座，名额有限，免费参加，报名电话：0871-63189012。',
    '某某工业园区招商引资项目推介：项目总投资5亿元，有意向者请联系县投资促进局，电话0874-1234567。',
    '招聘岗位：综合窗口辅助人员2名，月薪3500元，有意者请于3月10日前携带身份证到县人社局报名，联系电话0874-7654321。',
    '节日期间全县各大商超月饼热销，价格在每盒50元至300元之间，销售额同比增长12%。',
    '部分健身房以“办卡即送私教课”“充1000送500”为噱头诱导消费者办理大额预付卡，随后闭店跑路，请理性消费。',
    '某某县农村公路养护工程招标公告：招标控制价365万元，投标人须在3月16日前报名，联系电话0874-7123456。',
    '请失主速来认领。',
    '节前，县市场监管局开展价格专项检查，重点检查明码标价、虚构原价、先提价后打折等行为。',
    '即日起购买一级能效空调可享受售价20%的补贴，每台最高补贴2000元，政策详询县商务局0874-6123456。',
    // a news report of an official's live-stream for farmers' produce
    '昨晚，副县长走进直播间为家乡农产品代言，高原红米5斤装39.9元，当晚销售3000单。',
    '市民需关注天气变化，合理安排出行。',
    '招聘岗位：项目管理员1名，薪资面议，有意者请联系县人社局，电话0874-7654321。',
    '社区志愿者为独居老人送货上门，让老人足不出户买到平价菜。',
    '扫码报名参加“河小青”志愿服务活动，名额有限。',
    '今冬供暖收费标准为每平方米每月4.5元，请用户于11月30日前缴费。',
    '县委组织全体党员干部下载“学习强国”APP，坚持每日学习。',
    // urgency beside a fee and a phone is an enrolment or recruitment notice, not a sale
    '老年大学春季班开始报名，每学期学费200元，名额有限，先到先得，咨询电话0874-2223333。',
    '县融媒体中心招聘编辑2名，月薪3000元，名额有限，报名从速，咨询电话0874-1234567。',
    '公开出售国有闲置车辆5辆，挂牌底价合计12万元，有意者请于5月10日前到县机关事务局报名，咨询电话0874-7654321。',
    '县医保局提醒：不要相信“免费体检送鸡蛋”“买三送一”等保健品推销活动。',
    '“最美志愿者”评选采取专家评审与群众推荐相结合的方式，评审结果将在本公众号公示。',
    // a contact line joins the passage above it, which still has to be an offer
    '本周全县农贸市场价格监测：猪肉均价16.5元/斤，环比持平。\n咨询电话：0874-3123456',
    '县人民医院医疗设备采购项目预算金额286万元。\n联系电话：0874-8312345',
    '县一中秋季学期学费每生每学期1200元，由学校统一收取。\n招生咨询电话：0874-3123456',
    '县图书馆周六举办公益讲座，讲座免费，名额有限。\n报名热线：0878-3123456',
    // public offers and reports: half-price tickets at state scenic areas, vouchers, sales figures, a warning
    '为促进文旅消费，全州国有A级旅游景区门票半价优惠，中小学生凭学生证免票。',
    '第三轮消费券6月1日10:00开始发放，满100元减30元，数量有限，领完即止。市民可通过云闪付APP领取。',
    '今年以来，元阳县通过电商直播销售梯田红米3200余吨，市场售价每公斤12元至15元。',
    '消费提示：定金不同于订金，商家拒退定金可拨打12315投诉。',
    // a live-stream room with no price and no call to buy, and an invitation to follow
    '“云品出滇”直播间里，主播正在介绍普洱茶的历史文化。',
    '关注“云南发布”公众号，了解更多权威信息。',
    '高三学子考前冲刺，县一中开展心理健康讲座。',
    // look-alikes of the new words: 迈上新台阶 is no 上新, 周年庆祝大会 no anniversary sale
    '全县人均可支配收入迈上新台阶，达到3.2万元，同比增长6%。',
    '全镇乡村旅游迈上新台阶，去年接待游客12万人次，户均增收1.2万元，详询镇文化站。',
    '建县60周年庆祝大会隆重举行，门票免费，欢迎市民到场观看。',
    '县烟草公司今年实行现金收购烟叶，收购均价每公斤32元。',
    // notices set as brief lines: a fee and a phone are no offer
    '报名时间：6月1日至10日。\n报名费：每人100元。\n咨询电话：0874-3123456。',
    '一、活动时间：5月1日\n二、门票：成人票60元，学生票30元\n三、咨询电话：0874-3123456',
    '今年全县新增家庭农场35家，带动农户户均增收1.2万元。',
    '秋季是采摘的好时节，全县各采摘园迎来客流高峰，果园门票每人20元。',
    // the same words in public work: inspections of restaurants and driving schools, tourism figures, a public
    // hospital's and a vaccine's fee beside a booking phone, a warning quoting cure claims, a state lease
    '县市场监管局对全县餐厅、饭店开展食品安全检查，督促落实明码标价。',
    '全县共有农家乐120家、民宿86家，今年接待游客50万人次，实现旅游收入3.2亿元。',
    '五一期间，全县推出10条精品旅游线路，其中“古城2日游”人均花费约800元。',
    '县人民医院邀请省级专家坐诊，挂号费25元，预约电话0874-3123456。',
    '流感疫苗可增强免疫力，每剂128元，预约电话：0874-3123456。',
    '我县是避暑旅游首选地，独一无二的自然风光吸引八方游客。旅游咨询热线：0887-8888888。',
    '热烈欢迎各位领导和来宾光临指导！',
    '全县驾校、培训机构开展安全生产大检查，发现隐患12处。',
    '县疾控中心提醒：不要相信“包治百病”“无效退款”的保健品宣传。',
    '县图书馆新开设自习室，欢迎读者前来学习，每天8:00至21:00开放。',
    '经营性用房招租公告：县机关事务局现有临街商铺3间公开招租，挂牌底价每年每平方米360元。',
    '县融媒体中心开展“广告法”宣传进企业活动。',
    '县民政局为特困供养人员发放冬季福利，每人500元。',
    // the same words in public work and reports: state purchase prices, a public service package,
    // a warning that quotes a sales line, a supply co-operative, sales figures in the news
    '今年夏粮收购工作启动，小麦最低收购价每斤1.18元，各收购网点已做好准备。',
    '家庭医生签约服务推出个性化服务套餐，每人每年120元，签约居民可享上门随访服务。',
    '市场监管局提醒：部分不法分子以“点击链接购买特价机票”为名实施诈骗，切勿轻信。',
    '点击下方链接购买“云品”助农产品，支持乡村振兴。',
    '请点击“阅读原文”下载申报表，扫码进入“一部手机办事通”预约办理。',
    '县里大力发展夜间经济和小店经济，发放消费券满100减20。',
    '“双十一”期间，市场监管部门加强网络交易监管，维护消费者权益。',
    '中秋节前，县市场监管局对月饼生产企业开展专项检查，重点检查标签标识和明码标价。',
    '县供销社在各乡镇设立农资直供点，化肥每袋比市场价低10元，农户可就近购买。',
    '县邮政公司开通助农专线，农户可拨打电话预约上门收寄农产品，每单运费5元。',
    '受援地群众需要的朋友可联系县民政局申请临时救助。',
    '全县12个乡镇烤烟收购站点同步开秤，今年烟叶收购均价每公斤32元。',
    '县人民医院体检中心推出职工体检套餐，详情请咨询体检中心，电话0874-3121234。',
    '今年春节期间，全县商贸流通企业实现销售额2.3亿元，各大超市推出打折促销活动，顾客络绎不绝。',
    // a condition denied is none; a market report of what many shops do; prices in a monitoring draft
    '本次征集由专家评审团评定，不以点赞、转发数量作为评选依据。',
    '各参评单位不得以转发量、点赞量作为考核依据。',
    '记者走访发现，不少商家推出满减、打折等促销活动，年货销售火热。',
    '据县发展和改革局价格监测，本周猪肉均价每斤15.8元。\n节前部分超市开展特价促销，大白菜每斤0.99元、土豆每斤1.5元，市民采购热情较高。',
    // a public-service ad, a family's story, a credit line that says 推广
    '【公益广告】文明旅游，从我做起。',
    '白某某的女儿和女婿从昆明回乡，帮着打理果园，还开起了网店。',
    '本期节目由县融媒体中心出品。技术推广：县农技站。',
    // neighbouring paragraphs that are no offer together: a fee then an enrolment line, a set ticket
    // price then the tourist hotline, a clinic's fee then its booking line, a service then a reminder
    '县老年大学春季班开始报名，每学期学费200元，开设书法、摄影、太极拳等课程。\n名额有限，报名从速，报名电话：0874-2223333。',
    '景区门票60元/人，由县发改局核定，学生凭学生证半价。\n旅游咨询电话0874-6123000，欢迎来电咨询。',
    '县人民医院开设疼痛专病门诊，每周二、周四由省级专家坐诊，挂号费25元。\n预约请拨打0874-3123456。',
    '某某农机合作社承接机收业务，玉米、水稻都能收，机手经验丰富。\n县农业农村局提醒农户抓住晴好天气抢收，相关技术问题请拨打0874-5123678咨询。',
    '县人社局举办电商直播免费培训班，课程包括短视频拍摄、直播带货技巧、网店运营等。',
    '市民领取消费券后仅需在参与活动的商户消费即可抵扣。',
    '2025年元旦假期，全县接待游客十二万人次，点击下方链接查看详情。',
    '村里实施“一元钱”保险工程，为群众提供保障。',
    '县茶叶协会举办斗茶大赛，邀请专家对参赛茶样进行品鉴打分。',
    '全县政务服务事项已全部进驻“一部手机办事通”APP，群众可在APP上办理。',
    // a draw among people chosen for something other than following: a panel, no prize for following
    '从报名的市民中随机抽取30名代表参加公交线路座谈会。',
    '抽取10名关注乡村旅游发展的网友代表参加座谈，会后赠送县情手册。',
    // a service booked by private message, with no price or thing sold
    '行动不便的老人办理社保认证，可私信我们预约上门服务。',
    // likes counted as news, with no prize
    '这条视频点赞量超过10万次，获得广泛好评。',
    // buying told as a story, and an enrolment call with no price
    '我们去找卖菜的阿姨买了两斤青菜，她说今年菜价每斤3元。',
    '着力解决群众找工作难、买房难等问题，全市新建保障房均价每平方米3800元。',
    '市民可以找社区网格员代买药品，药费按实际价格结算，每次配送费5元。',
    '报名请联系县妇联，培训免费。',
    // 关注 as attention, a warning about follow-to-win fraud, a crew counted by people
    '前期未关注到的风险隐患，将在下阶段逐一排查，不能留死角。',
    '各地要重点关注至少3类重点人群的就业需求。',
    '近期“关注公众号抽奖”类诈骗高发，切勿扫码转账。',
    '市民关注的年货节抽奖活动将于腊月二十在县城广场举行。',
    '参加培训并分享心得的学员不少于50人。',
    '网友纷纷点赞，商场还准备了抽奖活动。',
    '每个安置点至少2人值守，确保群众安全。',
    // a purchase limit announced for rationing, with no sale or promotion
    '疫情期间，各药店口罩每人限购5只，价格每只1元。',
    // 只需/仅需 before what one brings or how long it takes, beside a fee, is no price promotion
    '办理居住证只需携带身份证和租房合同，工本费10元，咨询电话0871-64123456。',
    '不动产登记费每件80元，仅需3个工作日即可领证，咨询热线0871-63312345。',
    // a fee for re-issuing a document (补领, 换领) is no coupon (领10元)
    '社保卡遗失后可到银行网点补领，补领15元/张，详询0874-3120000。',
    // round 4 hard negatives: a share reported, a follower count reported, a company that helped after a flood, a
    // promotion quoted as a seller's script, a fee paid by scanning, a phone beside a public discount
    '县融媒体中心分享了本次活动的精彩瞬间，并为30位志愿者送出纪念品。',
    '本季度公众号新增粉丝1.2万，单篇最高阅读量3万，每千人拥有执业医师2.8人。',
    '投票结束后，本号粉丝突破10万，感谢大家关注。',
    '洪灾发生后，云南电网有限责任公司全力支持抢修，当晚恢复供电。',
    '不法商家打着“原价899元，现价99元，扫码立即下单”的幌子诱骗老人购买。',
    '一些直播间用“最后10单，今天只要39元，拍下就发”的套路收割中老年人。',
    '有商家以“充1000送500，名额仅剩3个”为噱头吸引市民办卡，随后闭店。',
    '城乡居民医保个人缴费标准为每人每年380元，可扫码缴费，咨询电话0874-3123456。',
    '社区开展“微心愿”认领活动，志愿者为独居老人送货上门。',
    // …but a public service's price is claimed, applied for or donated by scanning, which is no way in to an offer
    '老年人乘车卡优惠价30元，扫码办理。',
    '县图书馆读者证押金全免，原价100元的年卡现免费办理，扫码申领。',
    '“一元助学”活动，每份爱心套餐10元，扫码捐赠。',
    '本次培训免费，扫码报名，每人发放误工补贴100元。',
    '景区门票60元/人，扫码购票，节假日不涨价。',
    '项目按预定计划完成，总投资1200万元。',
    '请通过正规渠道购买药品，谨防上当。',
    '每户3袋起领，共发放大米2000袋。',
    '记者将视频分享到朋友圈后，随机采访了10位市民。',
    '订阅号“某某发布”后续将推出投票结果。',
    '请持续关注本号后续报道，投票结果将于下周公布。',
    '关注本号，再次感谢大家参与投票。',
    '讲座免费，联系人：县图书馆李老师，电话0874-3123456。',
    '洪灾发生后，某某集团有限公司向灾区捐赠帐篷500顶。',
    '县纪委通报：某局违规接受某某公司赞助，相关责任人被严肃处理。',
    '对网友留言中反映的问题，县政府督查室抽取10件进行跟踪督办。',
    '全县干部集中学习《条例》，互相赞扬身边的好人好事。',
    '关注天气变化后及时调整出行计划，避免在雷雨天气外出。',
    // round 12 (dev16/17): 根治 of a public ill is no cure claim; a shop's sales figures, a public notice board, a deduction
    // of points, a report on what shops offer with no call to buy, a follower count reported, a fee schedule
    '根治欠薪，我们一直在行动。遇到欠薪问题，请拨打12333或12345热线。',
    '全县持续开展根治拖欠农民工工资专项行动，举报电话0874-3126789。',
    '开展根治乱象专项整治，咨询电话0871-6123456。',
    '县市场监管局抽检发现，某品牌酱油在全县多家超市均有销售，已责令下架。',
    '截至目前，全县已有126家门店开展线上销售，销售额同比增长12%。',
    '社区把防诈骗宣传海报放在宣传橱窗里，提醒居民提高警惕。',
    '村委会把低保公示名单放进公示橱窗，接受群众监督。',
    '商场橱窗里摆满了年货，街上年味渐浓。',
    '考核中每发现一处问题扣1分，发现安全隐患扣2分。',
    '想了解更多非遗故事的网友，欢迎在评论区留言。',
    '多家商户推出满减活动，带动消费增长12%，市场运行平稳。',
    '全年公众号新增关注用户2.3万人，同比增长15%。',
    '严禁购买粉丝、刷量增粉等数据造假行为。',
    '城乡居民医保个人缴费标准为每人380元，低保对象全额资助。',
    '左下角可以直接查看办事指南和窗口分布。',
    // review 14: a physical display case is no platform's shop window (展示橱窗, 玻璃橱窗, 陈列橱窗)
    '县博物馆把新近出土的青铜器放进展示橱窗，市民周二至周日可免费参观。',
    '非遗工坊把新做的扎染围巾放进了小店的玻璃橱窗，吸引了不少游客驻足。',
    '图书馆把获奖的少儿绘本放在一楼的陈列橱窗里，供读者借阅前翻看。',
    '文化馆将剪纸作品挂进临展厅的玻璃橱窗，展期一个月。',
    // …follower growth as an office's own target, report or assessment is no bought follower (Art. 34)
    '县融媒体中心年度目标：力争全年新增粉丝不少于2万人，打造县域传播主阵地。',
    '今年以来，我县政务新媒体矩阵持续发力，“XX发布”账号增粉12万，多条作品阅读量破10万。',
    '截至11月底，各乡镇已完成年度增粉任务的95%。',
    '全市政务新媒体传播力排行榜显示，本月“普洱发布”新增粉丝数量居全市第一，关注用户至少增加8000人。',
    '《全县政务新媒体提质增效工作方案》要求，各乡镇账号增粉指标纳入年度考核。',
    '市委网信办通报：一季度各县区政务账号增粉均超过5000人，新增关注用户不低于上年同期。',
    '要求各单位年内新增粉丝至少3000人，并把账号增粉情况写入年度工作总结。',
    // …a deduction of points with results sent in private is no comment of 1 (扣1—2分, 扣1～2分)
    '考核细则：更新不及时的，每发现一次扣1—2分，扣分明细由考核组私信发你单位联络员。',
    '错别字每处扣1～2分，具体得分我私聊告诉你们。',
  ],
  invalid: [
    // review 14: a platform's or the account's own shop window (商品橱窗, 我的橱窗, 直播间橱窗) or one to buy from
    {
      text: '新上的文山三七粉已经放进商品橱窗，大家按需选购。',
      errors: [{ messageId: 'commercial', text: '放进商品橱窗' }],
    },
    {
      text: '老家的核桃都挂在我的橱窗里了，想吃的朋友点头像进主页下单。',
      errors: [{ messageId: 'commercial', text: '挂在我的橱窗' }],
    },
    // …follower growth bought from a supplier (采购, 代运营, 合同, 报价)
    {
      text: '采购需求：供应商负责账号代运营，服务期内账号增粉不少于5万，新增关注用户不少于3万。',
      errors: [{ messageId: 'followerGrowth', text: '账号增粉' }],
    },
    {
      text: '代运营合同约定，乙方须完成年度增粉任务，抖音号新增粉丝不少于2万人。',
      errors: [{ messageId: 'followerGrowth', text: '增粉任务' }],
    },
    {
      text: '供应商报价含短视频制作，并承诺视频号新增关注用户不少于8000人。',
      errors: [{ messageId: 'followerGrowth', text: '新增关注用户不少于' }],
    },
    // …a comment of 1 paired with details or a price sent in private: a sale
    {
      text: '想要这款手工红糖的扣1，我挨个私信发你。',
      errors: [{ messageId: 'possiblyCommercial', text: '扣1，我挨个私信发你' }],
    },
    {
      text: '需要定制的老铁评论区扣个1，我私聊告诉你价格。',
      errors: [{ messageId: 'possiblyCommercial', text: '评论区扣个1，我私聊告诉你' }],
    },
    {
      text: '喜欢这条扎染围巾的扣“1”，稍后私信告诉你怎么买。',
      errors: [{ messageId: 'possiblyCommercial', text: '扣“1”，稍后私信告诉你' }],
    },
    // …a price in 块 with whoever wants it told to message
    {
      text: '自家种的冰糖心苹果，一斤8块，要的私信我。',
      errors: [{ messageId: 'possiblyCommercial', text: '8块，要的私信我' }],
    },
    {
      text: '土鸡蛋一块五一个，需要的联系我，送货到村口。',
      errors: [{ messageId: 'possiblyCommercial', text: '一块五一个，需要的联系我' }],
    },
    // round 12 (dev17): a brand or product with the shop that sells it (no price)
    {
      text: '“云岭红”牌滇红今年新茶已上市，县城步行街专卖店和天猫旗舰店均有售。',
      errors: [{ messageId: 'commercial', text: '专卖店和天猫旗舰店均有售' }],
    },
    {
      text: '老字号福兴斋的鲜花饼，南屏街门店和他们的微店都有卖，喜欢的可以去看看。',
      errors: [{ messageId: 'possiblyCommercial', text: '门店和他们的微店都有卖' }],
    },
    // …a price in 块 with the details sent to whoever comments 1
    {
      text: '巍山这家耙肉饵丝一碗才12块，想知道店名的扣1，私信发你。',
      errors: [{ messageId: 'possiblyCommercial', text: '12块，想知道店名的扣1，私信发你' }],
    },
    {
      text: '我家婆婆做的腌菜一罐三十块，味道正宗，想要的扣个1。',
      errors: [{ messageId: 'possiblyCommercial', text: '三十块，味道正宗，想要的扣个1' }],
    },
    // …goods put in the seller's window or cart
    {
      text: '宣威火腿、老卤腐、荞饼都给大家放进橱窗了，想家的朋友点主页就能找到。',
      errors: [{ messageId: 'commercial', text: '放进橱窗' }],
    },
    {
      text: '今年的新米已经挂上小黄车，老乡们自家种的，放心吃。',
      errors: [{ messageId: 'commercial', text: '挂上小黄车' }],
    },
    // …a package at a group-buy price grabbed through the corner of the video
    {
      text: '这家农庄的烤全羊套餐团购价388元，点左下角就能抢。',
      errors: [{ messageId: 'commercial', text: '套餐团购价388元，点左下角就能抢' }],
    },
    {
      text: '周末亲子温泉票168元/人，右下角链接直接抢。',
      errors: [{ messageId: 'possiblyCommercial', text: '168元/人，右下角链接直接抢' }],
    },
    // …a report on what shops offer that urges the reader to buy
    {
      text: '不少商家推出年货满减活动，满199元减50元，还包邮到家，赶快下单吧！',
      errors: [{ messageId: 'commercial', text: '满减活动，满199元减50元，还包邮到家，赶快下单' }],
    },
    {
      text: '部分商超推出鲜花饼买二送一，线上下单次日送达，赶紧打开小程序抢吧。',
      errors: [{ messageId: 'commercial', text: '买二送一，线上下单次日送达，赶紧打开小程序' }],
    },
    // …a course fee with a discount per head for enrolling together
    {
      text: '少儿围棋暑期班学费980元/期，三人同报每人减150元，报名即送棋具一套。',
      errors: [{ messageId: 'possiblyCommercial', text: '980元/期，三人同报每人减150元，报名即送' }],
    },
    // …followers as a supplier's deliverable (Art. 34)
    {
      text: '服务内容：负责账号增粉，服务期内公众号新增关注用户不少于1万人。',
      errors: [{ messageId: 'followerGrowth', text: '账号增粉' }],
    },
    {
      text: '采购内容含代运营及增粉服务，视频号新增粉丝不少于5000人。',
      errors: [{ messageId: 'followerGrowth', text: '增粉服务' }],
    },
    // fix 11.2: a rank by likes or shares with a prize offered to the sharers (网友, 作品)
    {
      text: '按转发量评出前五名网友，奖励景区门票两张。',
      errors: [{ messageId: 'followerGrowth', text: '转发量评出前五名网友，奖励' }],
    },
    {
      text: '活动按点赞数取前三名作品，奖励200元书券。',
      errors: [{ messageId: 'followerGrowth', text: '点赞数取前三名作品，奖励' }],
    },
    // fix 11.4: a developer's flat called a talent flat is still sold (no 配售)
    {
      text: '某某花园人才公寓认购火热，每平方米6800元，现在缴纳定金即可锁定房源。',
      errors: [{ messageId: 'commercial', text: '认购火热，每平方米6800元，现在缴纳定金即可锁定' }],
    },
    // fix 11.6: a business's table booked by phone stays an offer beside a free car park
    {
      text: '农家乐免费开放停车场，土鸡宴每桌588元，可电话订桌：0874-1234567。',
      errors: [{ messageId: 'possiblyCommercial', text: '农家乐免费开放停车场，土鸡宴每桌588元，可电话订桌' }],
    },
    // round 11 (dev14/dev15): a follow put first or a few steps before the gate of a vote or service
    {
      text: '参与投票：先关注本号，点击底部菜单“评选”进入页面为心仪作品投票。',
      errors: [{ messageId: 'followerGrowth', text: '先关注本号，点击底部菜单“评选”进入页面为心仪作品投票' }],
    },
    {
      text: '想查公积金余额？关注“某某公积金”公众号，发送“余额”才能看到查询链接。',
      errors: [{ messageId: 'followerGrowth', text: '关注“某某公积金”公众号，发送“余额”才能看到' }],
    },
    {
      text: '关注“某某社保”公众号，绑定身份证后，才能在线查询养老金到账情况。',
      errors: [{ messageId: 'followerGrowth', text: '关注“某某社保”公众号，绑定身份证后，才能在线查询' }],
    },
    {
      text: '先关注@某某发布微博，私信“报名”获取报名表。',
      errors: [{ messageId: 'followerGrowth', text: '先关注@某某发布微博，私信“报名' }],
    },
    {
      text: '先关注本公众号，再把海报分享到朋友圈并保留一天，截图发到后台后即视为报名成功。',
      errors: [{ messageId: 'followerGrowth', text: '先关注本公众号，再把海报分享到朋友圈并保留一天，截图发到后台后即视为报名' }],
    },
    // review of round 11: a vote or an entry refused without the follow stays a condition
    {
      text: '参赛须知：参赛者须先关注本号并转发本文，方可提交作品。',
      errors: [{ messageId: 'followerGrowth', text: '关注本号并转发本文，方可提交' }],
    },
    {
      text: '投票方式：先关注本公众号，回复“投票”获取投票链接，每人每天可投3票。',
      errors: [{ messageId: 'followerGrowth', text: '先关注本公众号，回复“投票' }],
    },
    // round 11: a share proved by a screenshot as the ticket to a gift or an entry
    {
      text: '把这篇推文分享到朋友圈，截图发给小编，就能领一本《某某非遗图册》。',
      errors: [{ messageId: 'followerGrowth', text: '分享到朋友圈，截图发给小编，就能领' }],
    },
    {
      text: '转发此条视频并截图私信我们，即可兑换景区纪念徽章一枚。',
      errors: [{ messageId: 'followerGrowth', text: '转发此条视频并截图私信我们，即可兑' }],
    },
    {
      text: '分享海报至朋友圈，截图上传后视为参赛成功。',
      errors: [{ messageId: 'followerGrowth', text: '分享海报至朋友圈，截图上传后视为参赛' }],
    },
    // round 11 (dev11/dev15): a course, camp or tour at a fee, signed up or paid through the account or at a business
    {
      text: '大理研学之旅每人1680元，报名请到旅行社城区门店交费，额满为止。',
      errors: [{ messageId: 'possiblyCommercial', text: '1680元，报名请到旅行社城区门店交费' }],
    },
    {
      text: '秋季夏令营每人3280元（含食宿、保险），私信小编登记。',
      errors: [{ messageId: 'possiblyCommercial', text: '每人3280元（含食宿、保险），私信小编登记' }],
    },
    {
      text: '两天一夜露营人均680元(含帐篷、晚餐)，后台留言报名即可。',
      errors: [{ messageId: 'possiblyCommercial', text: '人均680元(含帐篷、晚餐)，后台留言报名' }],
    },
    // round 11 (dev10/dev15): a named brand recommended, with where it is sold
    {
      text: '建议选用“金穗”牌玉米种子，县城各农资店均有售。',
      errors: [{ messageId: 'possiblyCommercial', text: '建议选用“金穗”牌玉米种子，县城各农资店均有售' }],
    },
    {
      text: '推荐家长为孩子选购“安途”牌儿童安全座椅，各大母婴店都有销售。',
      errors: [{ messageId: 'possiblyCommercial', text: '推荐家长为孩子选购“安途”牌儿童安全座椅，各大母婴店都有销售' }],
    },
    {
      text: '我站推荐使用“绿盾”牌生物农药，可到镇供销社农资门市购买。',
      errors: [{ messageId: 'possiblyCommercial', text: '推荐使用“绿盾”牌生物农药，可到镇供销社农资门市购买' }],
    },
    {
      text: '“丰禾源”牌缓释肥增产明显，建议农户优先选用，各乡镇供销社有售。',
      errors: [{ messageId: 'possiblyCommercial', text: '“丰禾源”牌缓释肥增产明显，建议农户优先选用，各乡镇供销社有售' }],
    },
    // round 11 (dev15): a company thanked or supplying an event's goods, a post published for a company
    {
      text: '本届音乐节特别鸣谢：云南某某酒业有限公司。',
      errors: [{ messageId: 'possiblyCommercial', text: '鸣谢：云南某某酒业有限公司' }],
    },
    {
      text: '鸣谢单位：某某乳业集团、某某汽车销售服务有限公司',
      errors: [{ messageId: 'possiblyCommercial', text: '鸣谢单位：某某乳业集团' }],
    },
    {
      text: '感谢某某啤酒有限公司为本届龙舟赛提供全部饮品。',
      errors: [{ messageId: 'possiblyCommercial', text: '公司为本届龙舟赛提供全部饮品' }],
    },
    {
      text: '比赛服装由某某运动品牌有限公司提供，参赛选手统一着装。',
      errors: [{ messageId: 'possiblyCommercial', text: '比赛服装由某某运动品牌有限公司' }],
    },
    {
      text: '某某体育用品公司为本次马拉松提供参赛装备和饮用水。',
      errors: [{ messageId: 'possiblyCommercial', text: '公司为本次马拉松提供参赛装备' }],
    },
    {
      text: '本文由某某置业有限公司特约发布。',
      errors: [{ messageId: 'possiblyCommercial', text: '特约发布' }],
    },
    {
      text: '本次赛事饮品由云南山泉饮品有限公司独家提供，赛事用水由该公司全程保障。',
      errors: [{ messageId: 'possiblyCommercial', text: '赛事饮品由云南山泉饮品有限公司' }],
    },
    {
      text: '本届联赛由某某啤酒有限公司全程支持，所有参赛队服均由该公司提供。',
      errors: [{ messageId: 'possiblyCommercial', text: '参赛队服均由该公司' }],
    },
    {
      text: '比赛队服由某某体育用品有限公司统一提供。',
      errors: [{ messageId: 'possiblyCommercial', text: '比赛队服由某某体育用品有限公司' }],
    },
    {
      text: '赛事饮用水均由某某矿泉水有限公司提供。',
      errors: [{ messageId: 'possiblyCommercial', text: '赛事饮用水均由某某矿泉水有限公司' }],
    },
    // round 11 (dev15): reach paid for on the platform (Art. 34, like bought followers)
    { text: '这条笔记花了500元投薯条，争取涨一波关注。', errors: [{ messageId: 'followerGrowth', text: '投薯条' }] },
    { text: '本条微博上了粉丝头条，花费300元。', errors: [{ messageId: 'followerGrowth', text: '粉丝头条' }] },
    { text: '为提高播放量，本号本月投流预算2000元。', errors: [{ messageId: 'followerGrowth', text: '投流' }] },
    { text: '已付费加热本条视频，目标新增关注500人。', errors: [{ messageId: 'followerGrowth', text: '付费加热' }] },
    { text: '本期短视频付费推广两周，带动账号曝光。', errors: [{ messageId: 'followerGrowth', text: '付费推广' }] },
    { text: '新店开业，我们已投放DOU+，欢迎大家来打卡。', errors: [{ messageId: 'followerGrowth', text: 'DOU+' }] },
    // round 11 (dev15): a dealer's own subsidy is its offer, not a public subsidy
    {
      text: '某某汽车4S店推出购车即享5000元置换补贴，预约电话0874-1234567。',
      errors: [{ messageId: 'commercial', text: '4S店推出购车即享5000元置换补贴，预约电话' }],
    },
    {
      text: '车展上，某品牌经销商推出2000元置换补贴，订车再送保养两次。',
      errors: [{ messageId: 'commercial', text: '2000元置换补贴，订车再送' }],
    },
    {
      text: '某某车企推出3000元购置补贴，到店订车即送行车记录仪。',
      errors: [{ messageId: 'possiblyCommercial', text: '3000元购置补贴，到店订车即送' }],
    },
    // round 10 (dev13): a code said at the till for a discount (暗号, 优惠码)
    {
      text: '这家米线馆结账时报暗号“彩云之南”，每碗立减5元。',
      errors: [{ messageId: 'commercial', text: '报暗号“彩云之南”，每碗立减5元' }],
    },
    {
      text: '结账时出示优惠码还能再打九折，每斤干巴菌380元。',
      errors: [{ messageId: 'commercial', text: '出示优惠码还能再打九折，每斤干巴菌380元' }],
    },
    // round 10 (dev13): a gift for visiting a shop or ordering (到店即享, 订车再抽), beside a business or a price
    {
      text: '车展期间到4S店看车即享免费保养三年，订车再抽平板电脑。',
      errors: [{ messageId: 'possiblyCommercial', text: '4S店看车即享免费保养三年，订车再抽' }],
    },
    // fix 11.1: a dealer's own subsidy is no public benefit
    {
      text: '车展期间4S店推出到店即享万元现金补贴，订车再抽平板电脑，看车买车的朋友别错过。',
      errors: [{ messageId: 'possiblyCommercial', text: '4S店推出到店即享万元现金补贴，订车再抽' }],
    },
    {
      text: '即日起到门店咨询还享免费检测，新车每台直降8000元。',
      errors: [{ messageId: 'commercial', text: '到门店咨询还享免费检测，新车每台直降8000元' }],
    },
    // round 10 (dev13): a table or room booked by phone, a deposit that holds a place, beside a price
    {
      text: '土鸡宴每桌588元，想来的提前打电话订桌：0874-1234567。',
      errors: [{ messageId: 'possiblyCommercial', text: '588元，想来的提前打电话订桌' }],
    },
    {
      text: '烤全羊1288元一只，来电预订包厢请拨0871-1234567。',
      errors: [{ messageId: 'commercial', text: '1288元一只，来电预订包厢请拨' }],
    },
    {
      text: '民宿标间每晚198元，电话订房：13800001111。',
      errors: [{ messageId: 'possiblyCommercial', text: '民宿标间每晚198元，电话订房' }],
    },
    {
      text: '研学营每人2680元，付300元定金锁定名额，名额满即止。',
      errors: [{ messageId: 'commercial', text: '2680元，付300元定金锁定' }],
    },
    // round 10 (dev13): following an account as the way into a draw, however many words between
    {
      text: '关注“某某发布”公众号后发送“答题”，答满10题的网友可参与抽奖。',
      errors: [{ messageId: 'followerGrowth', text: '关注“某某发布”公众号后发送“答题”，答满10题的网友可参与抽奖' }],
    },
    {
      text: '先关注本号，再在后台回复关键词领取问卷链接，提交问卷后即可参加抽奖活动。',
      errors: [{ messageId: 'followerGrowth', text: '先关注本号，再在后台回复关键词领取问卷链接，提交问卷后即可参加抽奖' }],
    },
    // round 10 (dev13): a prize by rank of likes or shares, a few words on
    {
      text: '活动结束后按点赞量排序，排名前三的作品每件奖励200元购物卡。',
      errors: [{ messageId: 'followerGrowth', text: '点赞量排序，排名前三的作品每件奖励' }],
    },
    {
      text: '我们将根据点赞数评出前十名，每人赠送宣威火腿一只。',
      errors: [{ messageId: 'followerGrowth', text: '点赞数评出前十名，每人赠' }],
    },
    {
      text: '截至周五，转发量位居前3位的网友将获赠景区年票。',
      errors: [{ messageId: 'followerGrowth', text: '转发量位居前3位的网友将获赠' }],
    },
    // round 10 (dev13): any backer paying for the post or the event
    {
      text: '本场音乐节由某某啤酒赞助，现场设有品鉴区。',
      errors: [{ messageId: 'possiblyCommercial', text: '由某某啤酒赞助' }],
    },
    {
      text: '感谢云岭乳业对本次马拉松的大力赞助！',
      errors: [{ messageId: 'possiblyCommercial', text: '感谢云岭乳业对本次马拉松的大力赞助' }],
    },
    {
      text: '本视频由“彩云”茶庄友情赞助。',
      errors: [{ messageId: 'possiblyCommercial', text: '由“彩云”茶庄友情赞助' }],
    },
    // round 10 (dev13): followers bought from a business
    {
      text: '中心采购了某传媒公司的粉丝增长套餐，半年新增关注2万人。',
      errors: [{ messageId: 'followerGrowth', text: '公司的粉丝增长' }],
    },
    {
      text: '委托第三方公司为视频号吸粉，粉丝数已破5万。',
      errors: [{ messageId: 'followerGrowth', text: '第三方公司为视频号吸粉' }],
    },
    {
      text: '县融媒体中心与网络推广机构签约，为抖音号开展增粉。',
      errors: [{ messageId: 'followerGrowth', text: '机构签约，为抖音号开展增粉' }],
    },
    // round 9: a price cut given as an amount (优惠200元, 可省60元, 再便宜100元) beside a price and a way in
    {
      text: '亲子研学营每人1280元，月底前报名可优惠200元，点击阅读原文报名。',
      errors: [{ messageId: 'possiblyCommercial', text: '1280元，月底前报名可优惠200元' }],
    },
    {
      text: '温泉两日票每张298元，提前订可省60元，后台留言报名。',
      errors: [{ messageId: 'possiblyCommercial', text: '298元，提前订可省60元，后台留言报名' }],
    },
    {
      text: '摄影团每人1680元，老学员再便宜100元，私信报名。',
      errors: [{ messageId: 'possiblyCommercial', text: '1680元，老学员再便宜100元，私信报名' }],
    },
    // round 9: buy N (a unit) get M free, in numerals or words, beside a price or a way to buy
    {
      text: '新米上市，每袋45元，买五袋送一袋，电话13800001111。',
      errors: [{ messageId: 'possiblyCommercial', text: '45元，买五袋送一袋，电话' }],
    },
    {
      text: '本周会员日，洗衣液买3桶赠1桶，欢迎到店选购。',
      errors: [{ messageId: 'possiblyCommercial', text: '买3桶赠1桶，欢迎到店' }],
    },
    {
      text: '协定膏方每盒398元，买三盒送一盒，预约请拨打0874-6161200。',
      errors: [{ messageId: 'possiblyCommercial', text: '398元，买三盒送一盒，预约请拨打' }],
    },
    {
      text: '精品茶叶每饼198元，购十饼赠一饼，联系电话0871-1234567。',
      errors: [{ messageId: 'possiblyCommercial', text: '198元，购十饼赠一饼，联系电话' }],
    },
    {
      text: '定制膏方每料1280元，买二赠一。\n名额有限，有需要的市民可来院预约，或拨打0874-6161200登记。',
      errors: [{ messageId: 'commercial', text: '1280元，买二赠一。\n名额有限，有需要的市民可来院预约，或拨打' }],
    },
    // round 10: 加微信：ID is one signal, the call and the ID it gives: beside a fee it is a reminder, not a block
    {
      text: '技能培训报名费每人100元，学员培训合格后可领取证书。咨询请加微信：rsj_px2024。',
      errors: [{ messageId: 'possiblyCommercial', text: '100元，学员培训合格后可领取证书。咨询请加微信' }],
    },
    {
      text: '县图书馆少儿书法班报名费每人80元，开班后统一发放教材。报名请加微信：tsg_sf2024。',
      errors: [{ messageId: 'possiblyCommercial', text: '80元，开班后统一发放教材。报名请加微信' }],
    },
    {
      text: '县老年大学声乐班学费每学期200元，学员结业后颁发证书。咨询请加老师微信：lndx_music。',
      errors: [{ messageId: 'possiblyCommercial', text: '200元，学员结业后颁发证书。咨询请加老师微信' }],
    },
    // round 10: a quoted ad is muted only by a warning in the sentence that introduces or comments on it, not by
    // another sentence of its passage (农庄内禁止吸烟)
    {
      text: '某某农庄今日开业，推出“开业大酬宾！原价128元的土鸡宴，今天只要68元！扫码下单立减10元！”。农庄内禁止吸烟，请游客文明出游。',
      errors: [{ messageId: 'commercial', text: '开业大酬宾！原价128元的土鸡宴，今天只要68元！扫码下单立减10元' }],
    },
    {
      text: '某某超市今日开业，推出“全场八折！原价59元的大米，今天只要39元！扫码下单再减5元！”。店内严禁明火，请注意消防安全。',
      errors: [{ messageId: 'commercial', text: '全场八折！原价59元的大米，今天只要39元！扫码下单再减5元' }],
    },
    {
      text: '某某民宿推出“周末特惠！原价398元的房间，今晚只要198元，点击链接立即抢购！”。民宿周边禁止野外用火。',
      errors: [{ messageId: 'commercial', text: '民宿推出“周末特惠！原价398元的房间，今晚只要198元，点击链接立即抢购' }],
    },
    // round 9: friends' support (助力) or invitations counted into a prize, like likes
    {
      text: '邀请好友为参赛作品助力，助力值最高的3件作品各奖励500元购物卡。',
      errors: [{ messageId: 'followerGrowth', text: '助力值最高的3件作品各奖' }],
    },
    {
      text: '分享链接请好友帮忙，助力人数满20人即可领取定制帆布袋一个。',
      errors: [{ messageId: 'followerGrowth', text: '助力人数满20人即可领' }],
    },
    {
      text: '活动期间好友助力排名前五的网友将获赠景区年卡。',
      errors: [{ messageId: 'followerGrowth', text: '助力排名前五的网友将获' }],
    },
    {
      text: '助力榜前10名每人送价值200元的礼包。',
      errors: [{ messageId: 'followerGrowth', text: '助力榜前10名每人送' }],
    },
    {
      text: '邀请好友人数满10人即可领取50元话费。',
      errors: [{ messageId: 'followerGrowth', text: '邀请好友人数满10人即可领取50元话费' }],
    },
    {
      text: '邀请好友最多的前3名用户，每人获得一部手机。',
      errors: [{ messageId: 'followerGrowth', text: '邀请好友最多的前3名用户，每人获' }],
    },
    // round 9: a subsidy passage that also names a line to buy from (售楼热线, 订购热线, 看房电话) sells
    {
      text: '好政策配好房源！某某湾精装三居首付仅需5万元起，叠加人才补贴更划算，售楼热线0871-68889999。',
      errors: [{ messageId: 'commercial', text: '首付仅需5万元起，叠加人才补贴更划算，售楼热线' }],
    },
    {
      text: '享受购房补贴后，某某府一口价每平7800元，看房热线0874-5556666。',
      errors: [{ messageId: 'commercial', text: '一口价每平7800元，看房热线' }],
    },
    {
      text: '以旧换新补贴叠加门店让利，某品牌空调直降800元，订购热线0873-3334444。',
      errors: [{ messageId: 'commercial', text: '让利，某品牌空调直降800元，订购热线' }],
    },
    {
      text: '首套房补贴之外，某某花园特价房总价38万起，置业顾问电话13800001111。',
      errors: [{ messageId: 'commercial', text: '特价房总价38万起，置业顾问电话' }],
    },
    // round 9: a franchise's 招商 line beside its fee is still a sale
    {
      text: '奶茶品牌招商加盟，加盟费仅需3万元，招商热线400-800-1234。',
      errors: [{ messageId: 'commercial', text: '招商加盟，加盟费仅需3万元，招商热线' }],
    },
    {
      name: 'an ad quoting its own lines over a sentence end, with no warning, is still an ad',
      text: '“年终大促！原价399，今天只要199！”点击下方链接立即购买。',
      errors: [{ messageId: 'commercial', text: '大促！原价399，今天只要199！”点击下方链接立即购买' }],
    },
    // round 8: a share, a tag of friends, a follow or being a fan as the price of a gift or a discount; a share
    // shown by screenshot, or this account as the only channel, as the gate to a service
    {
      text: '转发本条微博并@两位好友，下周我们从评论里挑出10位网友，各寄一份家乡年货礼包。',
      errors: [{ messageId: 'followerGrowth', text: '转发本条微博并@两位好友，下周我们从评论里挑出10位网友，各寄一份家乡年货礼' }],
    },
    {
      text: '把这条视频分享到家族群，截图发给后台，就可兑换一张温泉体验券。',
      errors: [{ messageId: 'followerGrowth', text: '分享到家族群，截图发给后台，就可兑换一张温泉体验券' }],
    },
    {
      text: '关注本号并转发本文，到店出示页面即享咖啡半价。',
      errors: [{ messageId: 'followerGrowth', text: '关注本号并转发本文，到店出示页面即享咖啡半价' }],
    },
    {
      text: '分享本文给3位朋友，凭分享记录到店即送精美纪念品一份。',
      errors: [{ messageId: 'followerGrowth', text: '分享本文给3位朋友，凭分享记录到店即送精美纪念品' }],
    },
    { text: '凡是本号粉丝，入住指定酒店均享九折。', errors: [{ messageId: 'possiblyCommercial', text: '粉丝，入住指定酒店均享九折' }] },
    { text: '关注我们的粉丝到店消费可享受8折优惠。', errors: [{ messageId: 'possiblyCommercial', text: '粉丝到店消费可享受8折' }] },
    { text: '本号粉丝专享：报名研学营立减200元。', errors: [{ messageId: 'commercial', text: '粉丝专享：报名研学营立减200元' }] },
    {
      text: '将本条消息转发到家长群，窗口查验转发截图后予以受理。',
      errors: [{ messageId: 'followerGrowth', text: '转发到家长群，窗口查验转发截图' }],
    },
    {
      text: '分享到朋友圈满2小时，截图给工作人员才能领证。',
      errors: [{ messageId: 'followerGrowth', text: '分享到朋友圈满2小时，截图给工作人员才能' }],
    },
    { text: '转发至朋友圈后出示截图，再到窗口排号。', errors: [{ messageId: 'followerGrowth', text: '转发至朋友圈后出示截图' }] },
    {
      text: '没有通过本公众号预约的群众，窗口一律不予受理。',
      errors: [{ messageId: 'followerGrowth', text: '没有通过本公众号预约的群众，窗口一律不予' }],
    },
    { text: '不经本号小程序登记的，当天不能领取补贴。', errors: [{ messageId: 'followerGrowth', text: '不经本号小程序登记的，当天不能' }] },
    { text: '未在本号报名的学生，将不再安排参观。', errors: [{ messageId: 'followerGrowth', text: '未在本号报名的学生，将不再' }] },
    // round 7: the post itself (or its screenshot) shown at a business as the voucher for a discount
    { text: '即日起到店出示本文，可打九折。', errors: [{ messageId: 'possiblyCommercial', text: '出示本文，可打九折' }] },
    {
      text: '游客凭推文页面到合作餐厅消费，享受8.8折。',
      errors: [{ messageId: 'commercial', text: '凭推文页面到合作餐厅消费，享受8.8折' }],
    },
    {
      text: '持这条微博截图入住下列民宿，每晚立减50元。',
      errors: [{ messageId: 'commercial', text: '持这条微博截图入住下列民宿，每晚立减50元' }],
    },
    // round 7: an order taken by message in a format with a quantity of goods (“品名+数量”, 告知要几瓶)
    {
      text: '腊肉每斤68元，需要的请在评论区回复“姓名+数量”，周五统一配送。',
      errors: [{ messageId: 'possiblyCommercial', text: '68元，需要的请在评论区回复“姓名+数量' }],
    },
    {
      text: '今年的新米到了，10斤装每袋79元，后台回复“大米＋箱数”登记。',
      errors: [{ messageId: 'commercial', text: '10斤装每袋79元，后台回复“大米＋箱数' }],
    },
    {
      text: '蜂蜜每瓶45元，在留言区报上要几瓶，我们汇总后寄出。',
      errors: [{ messageId: 'possiblyCommercial', text: '45元，在留言区报上要几瓶' }],
    },
    // round 7: votes sold (充值加票, 购买票数, a paid gift worth votes): 刷票 by another name
    {
      text: '投票通道已开启，充值10元即可为选手增加50票。',
      errors: [{ messageId: 'followerGrowth', text: '充值10元即可为选手增加50票' }],
    },
    { text: '每天可免费投3票，另可花钱购买票数为家乡加油。', errors: [{ messageId: 'followerGrowth', text: '花钱购买票数' }] },
    { text: '在投票页面送出一个“小红花”礼物可抵10票。', errors: [{ messageId: 'followerGrowth', text: '礼物可抵10票' }] },
    { text: '票数不够的可以付费加票，1元1票。', errors: [{ messageId: 'followerGrowth', text: '付费加票' }] },
    // round 7: a gift for a purchase or an account (开卡即送, 存款即赠, 消费就送) with a place to ask is an offer
    {
      text: '办卡就送电影票两张，咨询电话0874-1234567。',
      errors: [{ messageId: 'possiblyCommercial', text: '办卡就送电影票两张，咨询电话' }],
    },
    {
      text: '即日起在本行开户存款即赠精美礼品，详询各网点。',
      errors: [{ messageId: 'possiblyCommercial', text: '开户存款即赠精美礼品，详询' }],
    },
    {
      text: '本月门店消费满额就送洗衣液一瓶，详情咨询服务台。',
      errors: [{ messageId: 'possiblyCommercial', text: '消费满额就送洗衣液一瓶，详情咨询' }],
    },
    // round 7: instalments offered (可分期, 支持分期付款) with a price and a WeChat ID to reach the seller
    {
      text: '个人教练带考C1驾照，学费3800元，学费可分期，微信：zhangjl8899。',
      errors: [{ messageId: 'possiblyCommercial', text: '3800元，学费可分期，微信：' }],
    },
    {
      text: '钢琴陪练每节课120元，课时费支持分期付款，联系微信：piano_li88。',
      errors: [{ messageId: 'possiblyCommercial', text: '120元，课时费支持分期付款，联系微信：' }],
    },
    // round 5: the buyer addressed by intent or interest (有意向的客户, 有兴趣的朋友, 想品尝的朋友) asked to get in touch
    { text: '核桃今年新货每公斤36元，有意向的客户请致电了解。', errors: [{ messageId: 'commercial', text: '36元，有意向的客户请致电' }] },
    {
      text: '野生菌干片200元一斤，有兴趣的朋友欢迎来电。',
      errors: [{ messageId: 'possiblyCommercial', text: '200元一斤，有兴趣的朋友欢迎来电' }],
    },
    {
      text: '手工红糖每块15元，想品尝的朋友联系村里合作社就行。',
      errors: [{ messageId: 'possiblyCommercial', text: '15元，想品尝的朋友联系' }],
    },
    // round 5: shipping promised to a buyer (全国顺丰发货, 上午下单下午发, 今天下单明天到)
    { text: '三七花干花每斤120元，全国顺丰发货。', errors: [{ messageId: 'possiblyCommercial', text: '120元，全国顺丰发货' }] },
    { text: '脐橙一箱58元，上午下单下午发。', errors: [{ messageId: 'possiblyCommercial', text: '58元，上午下单下午发' }] },
    { text: '鲜花饼一盒30元，今天下单明天到。', errors: [{ messageId: 'commercial', text: '30元，今天下单明天到' }] },
    // round 5: a price cut with a phone to book or order is a sale through a channel, at a fair or in consumption aid too
    {
      title: '年货展销会开幕',
      text: '展销会期间，市民到店选购可享9折优惠，满300元再送红糖一包，预约电话0873-1234567。',
      errors: [{ messageId: 'consumptionAid', text: '年货展销', severity: 'warn' }],
    },
    {
      text: '助农馆本周茶叶一律八折，满200元立减30元，联系电话0877-1234567。',
      errors: [{ messageId: 'consumptionAid', text: '助农', severity: 'warn' }],
    },
    // round 4: the buyer addressed as one who wants the goods (想要的朋友, 想尝尝的家人们)
    {
      text: '新鲜蓝莓一盒15元，五盒包邮，想要的朋友直接在评论区留言地址。',
      errors: [{ messageId: 'commercial', text: '15元，五盒包邮，想要的朋友直接' }],
    },
    { text: '想要的朋友私信我，一箱40元。', errors: [{ messageId: 'possiblyCommercial', text: '想要的朋友私信我，一箱40元' }] },
    {
      text: '想尝尝的家人们可以加微信，68元两斤。',
      errors: [{ messageId: 'possiblyCommercial', text: '想尝尝的家人们可以加微信，68元' }],
    },
    // a company named as the one that paid for an event or its prizes
    {
      text: '感谢某某饮品有限公司为本次运动会提供赞助。',
      errors: [{ messageId: 'possiblyCommercial', text: '感谢某某饮品有限公司为本次运动会提供赞助' }],
    },
    {
      text: '本次活动得到了云南某某集团有限公司的大力赞助。',
      errors: [{ messageId: 'possiblyCommercial', text: '集团有限公司的大力赞助' }],
    },
    { text: '活动奖品由某某电器商城提供。', errors: [{ messageId: 'possiblyCommercial', text: '奖品由某某电器商城提供' }] },
    // a comment or a reply as the ticket to a draw; likes gathered (集齐, 集够)
    {
      text: '评论区晒出你拍的家乡美景，我们将抽取5位幸运儿送出纪念品。',
      errors: [{ messageId: 'followerGrowth', text: '评论区晒出你拍的家乡美景，我们将抽取5位' }],
    },
    {
      text: '在留言区说说你的年味记忆，随机抽出3名读者送春联。',
      errors: [{ messageId: 'followerGrowth', text: '留言区说说你的年味记忆，随机抽出3名' }],
    },
    {
      text: '集齐30个赞的朋友截图发后台，即可领取景区门票一张。',
      errors: [{ messageId: 'followerGrowth', text: '集齐30个赞' }],
    },
    { text: '朋友圈集够50个赞，到服务台领取小礼品。', errors: [{ messageId: 'followerGrowth', text: '集够50个赞' }] },
    // following set as a quota or an assessment, following as the gate to a service a few words on
    {
      text: '请各村组织党员群众关注本号，每村关注人数不少于200人。',
      errors: [{ messageId: 'followerGrowth', text: '组织党员群众关注本号' }],
    },
    { text: '每个村民小组关注量要达到100人以上。', errors: [{ messageId: 'followerGrowth', text: '关注量要达到' }] },
    { text: '各单位要将本号粉丝数纳入考核。', errors: [{ messageId: 'followerGrowth', text: '粉丝数纳入考核' }] },
    {
      text: '扫描二维码关注后，输入身份证号即可查询社保缴费记录。',
      errors: [{ messageId: 'followerGrowth', text: '关注后，输入身份证号即可查询' }],
    },
    {
      text: '关注“某某人社”公众号后，绑定社保卡就能办理。',
      errors: [{ messageId: 'followerGrowth', text: '关注“某某人社”公众号后，绑定社保卡就能办理' }],
    },
    // followers bought by the number
    { text: '为提升影响力，拟向某网络公司购买10万粉丝，预算8000元。', errors: [{ messageId: 'followerGrowth', text: '购买10万粉丝' }] },
    { text: '去年该账号花钱买了5000个粉丝。', errors: [{ messageId: 'followerGrowth', text: '买了5000个粉丝' }] },
    // a phone or an address line beside a spend-and-get offer (充300送100); a private chat as the way to order (私聊下单);
    // a price open to haggling (量大可议价) beside a contact person; 拍一发二 said in a live-stream room
    {
      text: '洗车卡充300送100，地址：县城人民路88号，电话0874-1234567。',
      errors: [{ messageId: 'possiblyCommercial', text: '充300送100，地址：县城人民路88号，电话' }],
    },
    { text: '茶叶礼盒168元一盒，县内包邮，私聊下单。', errors: [{ messageId: 'commercial', text: '168元一盒，县内包邮，私聊下单' }] },
    {
      text: '土鸡蛋1.5元一个，量大可议价，联系人王姐。',
      errors: [{ messageId: 'possiblyCommercial', text: '1.5元一个，量大可议价，联系人' }],
    },
    { text: '今晚直播间拍一发二，手慢无。', errors: [{ messageId: 'possiblyCommercial', text: '拍一发二，手慢无' }] },
    // 预定 written for 预订; a minimum order (3斤起发, 两盒起送); the way to buy named as such (获取购买方式, 购买渠道见文末);
    // a deposit that buys more (预存100元抵200元)
    {
      text: '年夜饭预定电话：0874-3123456，8人桌888元。',
      errors: [{ messageId: 'commercial', text: '预定电话：0874-3123456，8人桌888元' }],
    },
    { text: '包间预定请拨0874-3123456，人均80元。', errors: [{ messageId: 'commercial', text: '预定请拨0874-3123456，人均80元' }] },
    { text: '手工红糖10元一斤，3斤起发。', errors: [{ messageId: 'possiblyCommercial', text: '10元一斤，3斤起发' }] },
    { text: '鲜花饼两盒起送，38元一盒。', errors: [{ messageId: 'possiblyCommercial', text: '两盒起送，38元' }] },
    { text: '后台回复“核桃”获取购买方式，25元一斤。', errors: [{ messageId: 'possiblyCommercial', text: '获取购买方式，25元' }] },
    { text: '购买渠道见文末，单价45元。', errors: [{ messageId: 'possiblyCommercial', text: '购买渠道见文末，单价45元' }] },
    { text: '预存100元抵200元，活动仅限本周。', errors: [{ messageId: 'possiblyCommercial', text: '存100元抵200元，活动仅限本周' }] },
    // a price with a promotion and a way in named anywhere in the passage (点击阅读原文, 扫码, 后台) is an offer with its channel
    { text: '团购价199元/人，点击阅读原文报名。', errors: [{ messageId: 'possiblyCommercial', text: '团购价199元' }] },
    { text: '亲子套餐168元，扫码报名。', errors: [{ messageId: 'possiblyCommercial', text: '套餐168元' }] },
    { text: '特价房源每平6800元，后台留言了解详情。', errors: [{ messageId: 'possiblyCommercial', text: '特价房源每平6800元' }] },
    // round 4 (dev5/dev6 kinds, other wordings): a share or a tag as the ticket to a draw
    {
      text: '把这条微博分享给好友，周日晚上随机选出5位网友送景区门票。',
      errors: [{ messageId: 'followerGrowth', text: '分享给好友，周日晚上随机选' }],
    },
    {
      text: '转载本文到朋友圈，月底抽3名读者寄出非遗台历。',
      errors: [{ messageId: 'followerGrowth', text: '转载本文到朋友圈，月底抽3' }],
    },
    {
      text: '@你的两位好友并留言，我们将从中选出8位朋友寄出明信片。',
      errors: [{ messageId: 'followerGrowth', text: '@你的两位好友并留言，我们将从中选出8位朋友寄出' }],
    },
    // following worded otherwise (订阅, 成为粉丝) as the gate to a vote
    {
      text: '投票方式：先订阅“某某文旅”公众号，再进入菜单栏投票，每个微信号每天限投5票。',
      errors: [{ messageId: 'followerGrowth', text: '订阅“某某文旅”公众号，再进入菜单栏投票' }],
    },
    {
      text: '成为我们的粉丝以后，就可以给喜欢的作品投票啦。',
      errors: [{ messageId: 'followerGrowth', text: '成为我们的粉丝以后，就可以给喜欢的作品投票' }],
    },
    { text: '只有本号粉丝才能参与“最美护士”评选投票。', errors: [{ messageId: 'followerGrowth', text: '只有本号粉丝才能参与' }] },
    {
      text: '关注本号之后点击底部“投票”按钮，每天可投三票。',
      errors: [{ messageId: 'followerGrowth', text: '关注本号之后点击底部“投票' }],
    },
    // followers and views paid for
    { text: '各单位可联系服务商购买粉丝，每1000个粉丝收费60元。', errors: [{ messageId: 'followerGrowth', text: '购买粉丝' }] },
    {
      text: '请各乡镇完成公众号阅读量任务，可由服务公司代刷，按每万次阅读200元结算。',
      errors: [{ messageId: 'followerGrowth', text: '代刷' }],
    },
    { text: '为完成考核指标，拟采购粉丝增长服务，单价0.1元/粉。', errors: [{ messageId: 'followerGrowth', text: '元/粉' }] },
    { text: '本月为视频号刷播放量10万次，费用从宣传经费列支。', errors: [{ messageId: 'followerGrowth', text: '刷播放' }] },
    // a cart or a link and a promise of delivery: a way to buy and a way to get it, with no price
    {
      text: '主页橱窗直接拍就行，今天拍明天发货。',
      errors: [{ messageId: 'commercial', text: '橱窗直接拍就行，今天拍明天发货' }],
    },
    {
      text: '右下角购物车点进去就可以拍，产地直发。',
      errors: [{ messageId: 'commercial', text: '右下角购物车点进去就可以拍，产地直发' }],
    },
    {
      text: '视频下方链接能买，当天发货，坏了包赔。',
      errors: [{ messageId: 'commercial', text: '链接能买，当天发货，坏了包赔' }],
    },
    // a company named as the backer of a public event
    { text: '本届赛事独家支持：某某酒业。', errors: [{ messageId: 'possiblyCommercial', text: '独家支持' }] },
    { text: '本次晚会由某某乳业集团倾情赞助。', errors: [{ messageId: 'possiblyCommercial', text: '由某某乳业集团倾情赞助' }] },
    { text: '马拉松指定饮用水：某某山泉。', errors: [{ messageId: 'possiblyCommercial', text: '指定饮用水' }] },
    { text: '本期节目由某某银行特约呈现。', errors: [{ messageId: 'possiblyCommercial', text: '特约呈现' }] },
    // a discount at a business reached by phone
    { text: '提“文旅推荐”入住可享八折，客栈电话0887-8123456。', errors: [{ messageId: 'possiblyCommercial', text: '八折，客栈电话' }] },
    {
      text: '住宿推荐山顶客栈，报公众号名字打九折，老板手机13800001111。',
      errors: [{ messageId: 'possiblyCommercial', text: '客栈，报公众号名字打九折，老板手机' }],
    },
    // a way in followed by what it costs (仅需/只要 + a price), even in a passage that names a benefit (惠民)
    {
      text: '#惠民#康乐口腔推出洗牙套餐，私信报名只要99元（门市价298元）。',
      errors: [{ messageId: 'commercial', text: '套餐，私信报名只要99元（门市价298元' }],
    },
    { text: '点击链接预约仅需68元，名额有限。', errors: [{ messageId: 'commercial', text: '点击链接预约仅需68元，名额有限' }] },
    { text: '到店体验低至19.9元，先到先得。', errors: [{ messageId: 'commercial', text: '到店体验低至19.9元，先到先得' }] },
    // a consumption-aid sale whose orders are taken by a chain (接龙) or paid on delivery
    {
      title: '助农',
      text: '土豆每袋20斤35元，需要的在群里接龙，周六统一配送。',
      errors: [{ messageId: 'consumptionAid', text: '助农', severity: 'warn' }],
    },
    {
      text: '#消费帮扶# 核桃每斤15元，货到付款。',
      errors: [{ messageId: 'consumptionAid', text: '消费帮扶', severity: 'warn' }],
    },
    // an invitation to taste before buying (欢迎莅临品鉴) is a call to buy beside a price or a launch
    {
      text: '某某酒庄2025年新酒上市，每瓶售价198元，欢迎莅临品鉴。',
      errors: [{ messageId: 'possiblyCommercial', text: '酒庄2025年新酒上市，每瓶售价198元，欢迎莅临品鉴' }],
    },
    {
      text: '某某茶业古树红茶新品上市，欢迎广大茶友品鉴。',
      errors: [{ messageId: 'possiblyCommercial', text: '新品上市，欢迎广大茶友品鉴' }],
    },
    // a price in Chinese numerals
    {
      text: '正宗宣威火腿，九十九元一只，需要的朋友私信下单。',
      errors: [{ messageId: 'possiblyCommercial', text: '九十九元一只，需要的朋友私信下单' }],
    },
    { text: '沃柑九块九一斤，点击下方链接购买。', errors: [{ messageId: 'possiblyCommercial', text: '九块九一斤，点击下方链接购买' }] },
    // the channel before the purchase, and an average price with 约
    { text: '会员在“某某商场”小程序下单，满99元包邮。', errors: [{ messageId: 'commercial', text: '小程序下单，满99元包邮' }] },
    {
      text: '某某·锦绣江南均价约6500元/平方米，首开加推88套。',
      errors: [{ messageId: 'possiblyCommercial', text: '均价约6500元/平方米，首开加推' }],
    },
    { text: '某某空调券后仅需1899元，数量有限。', errors: [{ messageId: 'possiblyCommercial', text: '券后仅需1899元，数量有限' }] },
    // consumption aid (§D.3 grey zone): a government fair is a reminder, a price through a channel to buy a warning
    {
      text: '县农业农村局将在县体育广场举办农特产品展销会。\n展销会现场，核桃每斤15元左右、土蜂蜜每斤60元左右，均由参展农户自主定价、现场销售。欢迎广大市民前来选购。',
      errors: [{ messageId: 'consumptionAid', text: '农特产品展销', severity: 'info' }],
    },
    {
      text: '为助力乡村振兴，县农业农村局联合县供销社开展消费帮扶活动，高原核桃每袋35元，点击下方小程序即可下单。',
      errors: [{ messageId: 'consumptionAid', text: '消费帮扶', severity: 'warn' }],
    },
    // an offer in one paragraph and the way to buy in the next are one ad, one finding
    {
      text: '明前古树茶每饼售价680元，整件购买享八五折，还可免费刻字定制。\n欢迎来电咨询：0883-7123456，也可到厂部茶室免费品鉴。',
      errors: [
        { messageId: 'possiblyCommercial', text: '售价680元，整件购买享八五折，还可免费刻字定制。\n欢迎来电咨询', severity: 'warn' },
      ],
    },
    {
      text: '某某农机合作社承接机收业务，玉米、水稻都能收，机手经验丰富。\n每亩收费90元，需要的农户请拨打0874-5123678预约。',
      errors: [{ messageId: 'possiblyCommercial', text: '承接机收业务，玉米、水稻都能收，机手经验丰富。\n每亩收费90元，需要的农户请拨打' }],
    },
    {
      text: '某某驾校春季招生：C1学费3680元，报名即送体检，另有周末班、夜班可选。\n名额有限，报名从速，报名电话：0874-3998866。',
      errors: [
        { messageId: 'commercial', text: '驾校春季招生：C1学费3680元，报名即送体检，另有周末班、夜班可选。\n名额有限，报名从速，报名电话' },
      ],
    },
    {
      name: 'a price paragraph and a booking paragraph that each warn are one blocking finding',
      text: '度假村推出双人泡汤套票，门市价398元，平台券后到手价仅238元，儿童另加38元。\n携程、美团同步上线，搜索“某某温泉”即可抢购，每日限量200套。',
      errors: [
        {
          messageId: 'commercial',
          text: '门市价398元，平台券后到手价仅238元，儿童另加38元。\n携程、美团同步上线，搜索“某某温泉”即可抢购，每日限量',
          severity: 'block',
        },
      ],
    },
    {
      name: 'two complete ads in neighbouring paragraphs stay two findings',
      text: '某某茶厂明前古树茶每饼售价680元，整件购买享八五折，欢迎选购。\n某某酒庄干红每瓶售价298元，整箱购买再送开瓶器，订购请致电0887-8123456。',
      errors: [
        { messageId: 'commercial', text: '售价680元，整件购买享八五折，欢迎选购' },
        { messageId: 'commercial', text: '酒庄干红每瓶售价298元，整箱购买再送开瓶器，订购请致电' },
      ],
    },
    // calls, channels and offers in everyday words
    {
      text: '高原沃柑5斤装29.9元，第二件半价，直接点视频下方的链接就能买。',
      errors: [{ messageId: 'commercial', text: '5斤装29.9元，第二件半价，直接点视频下方的链接就能买' }],
    },
    {
      text: '小粒咖啡生豆每件批发价380元，需要的老板可以添加客服微信 ynkafei2025 咨询订货，量大价优。',
      errors: [{ messageId: 'commercial', text: '380元，需要的老板可以添加客服微信 ynkafei2025 咨询订货，量大价优' }],
    },
    {
      text: '土蜂百花蜜每斤80元，两斤起送，有需要的朋友可以打村委会电话0874-6123789。',
      errors: [{ messageId: 'commercial', text: '80元，两斤起送，有需要的朋友可以打村委会电话' }],
    },
    {
      text: '某某中医馆理疗专治颈肩腰腿痛，一个疗程即可见效，首次体验只需99元，预约电话：0874-7212345。',
      errors: [{ messageId: 'commercial', text: '专治颈肩腰腿痛，一个疗程即可见效，首次体验只需99元，预约电话：' }],
    },
    {
      text: '某某小区一楼临街商铺出租，面积80平方米，月租金4500元，押一付三，有意者请拨打0871-65123987。',
      errors: [{ messageId: 'possiblyCommercial', text: '商铺出租，面积80平方米，月租金4500元，押一付三，有意者请拨打' }],
    },
    {
      text: '商业广场一楼铺位火热招商中，签约即享前三个月免租，招商热线：0874-3667788。',
      errors: [{ messageId: 'commercial', text: '火热招商中，签约即享前三个月免租，招商热线' }],
    },
    // the account marks the post an ad itself
    {
      text: '推广：某某农机合作社承接玉米机收业务，每亩仅需90元，需要的农户请拨打0874-5123678预约。',
      errors: [{ messageId: 'commercial', text: '推广：某某农机合作社承接玉米机收业务，每亩仅需90元，需要的农户请拨打' }],
    },
    {
      text: '【广告】某某汽车城国庆钜惠，到店即送精美礼品。',
      errors: [{ messageId: 'commercial', text: '【广告】某某汽车城国庆钜惠，到店即送' }],
    },
    // a shop's own 等…活动 is an offer: only many shops reported by the news are a market report
    {
      text: '某某商场推出满减、打折等促销活动，欢迎选购。',
      errors: [{ messageId: 'commercial', text: '商场推出满减、打折等促销活动，欢迎选购' }],
    },
    {
      name: 'a monitoring draft does not hide a shop that asks people to buy',
      text: '据县发展和改革局价格监测，本周蔬菜价格平稳。\n某某超市大白菜每斤0.99元，欢迎选购。',
      errors: [{ messageId: 'possiblyCommercial', text: '0.99元，欢迎选购' }],
    },
    // Art. 34: a gift for following and replying, a prize for the most liked, likes and shares in a score
    {
      text: '关注“某某文旅”公众号，后台回复“春游”即可获取免费门票领取码。',
      errors: [{ messageId: 'followerGrowth', text: '关注“某某文旅”公众号，后台回复“春游”即可获取免费门票' }],
    },
    {
      name: 'the follow-to-get line is one finding, not also a warning about the same passage',
      text: '春游福利来了\n关注“某某文旅”公众号，后台回复“春游”即可获取免费门票领取码，每天限量200张。',
      errors: [{ messageId: 'followerGrowth', text: '关注“某某文旅”公众号，后台回复“春游”即可获取免费门票' }],
    },
    {
      text: '在评论区留言并附上照片，评论点赞数最高的3位网友将获得双人自助晚餐券一张。',
      errors: [{ messageId: 'followerGrowth', text: '点赞数最高的3位网友将获得' }],
    },
    {
      text: '作品的转发量和点赞量按30%计入最终得分，请参赛选手积极动员亲友转发。',
      errors: [{ messageId: 'followerGrowth', text: '转发量和点赞量按30%计入最终得分' }],
    },
    {
      text: '转发本条微博并带话题#喝一杯家乡咖啡#，10月1日随机送出10份咖啡礼盒。',
      errors: [{ messageId: 'followerGrowth', text: '转发本条微博并带话题#喝一杯家乡咖啡#，10月1日随机送出' }],
    },
    // sales in words outside the old lexicon, and a contact line under the offer it belongs to
    {
      text: '某某小锅米线诚邀加盟！0加盟费，总部全程扶持开店。\n加盟热线：0871-68123456',
      errors: [{ messageId: 'commercial', text: '诚邀加盟！0加盟费，总部全程扶持开店。\n加盟热线', severity: 'block' }],
    },
    {
      text: '某某温泉酒店推出双人套餐，周一至周四仅需398元。\n预订电话：0875-5123456',
      errors: [{ messageId: 'commercial', text: '套餐，周一至周四仅需398元。\n预订电话：' }],
    },
    {
      text: '某某驾校C1手动挡3980元，学生再减200元，包接送，报名电话：0874-3998877。',
      errors: [{ messageId: 'commercial', text: '驾校C1手动挡3980元，学生再减200元，包接送，报名电话' }],
    },
    {
      text: '中秋月饼礼盒预售开启，付20元定金抵50元，9月5日前付尾款，直播间专享价128元一盒。',
      errors: [{ messageId: 'commercial', text: '预售开启，付20元定金抵50元，9月5日前付尾款，直播间专享价128元' }],
    },
    {
      text: '今晚7点某某农场直播间准时开播，高山土豆现挖现发，直播间链接在评论区置顶！',
      errors: [{ messageId: 'commercial', text: '农场直播间准时开播，高山土豆现挖现发，直播间链接在评论区', severity: 'block' }],
    },
    {
      text: '本人有一台九成新冰箱转让，价格800元，有意者请私信。',
      errors: [{ messageId: 'possiblyCommercial', text: '九成新冰箱转让，价格800元，有意者请私信' }],
    },
    {
      text: '年卡原价2888元，开业期间只要1288元，办卡请到前台。',
      errors: [{ messageId: 'commercial', text: '原价2888元，开业期间只要1288元，办卡请到' }],
    },
    {
      name: 'a property launch set line by line, with no price',
      text: '【御景府】荣耀加推\n火爆认筹中\n品鉴热线：0874-3118888',
      errors: [{ messageId: 'commercial', text: '加推\n火爆认筹中\n品鉴热线' }],
    },
    {
      text: '某某商场周年庆，全场低至3折，满200减50。',
      errors: [{ messageId: 'possiblyCommercial', text: '商场周年庆，全场低至3折，满200减50' }],
    },
    {
      text: '某某超市十周年店庆，全场8折，欢迎新老顾客光临。',
      errors: [{ messageId: 'commercial', text: '店庆，全场8折，欢迎新老顾客光临' }],
    },
    { text: '三二一上链接！高原红米5斤装39.9元。', errors: [{ messageId: 'commercial', text: '上链接！高原红米5斤装39.9元' }] },
    // calls to buy, channels and offers worded outside the old lexicon: a way in before the purchase,
    // a customer, a shop or company speaking of itself, an agent wanted, a purchase at a price
    {
      text: '某某口腔诊所开业，种植牙特惠价3980元/颗，洗牙仅需68元，预约电话：0874-3123456。',
      errors: [{ messageId: 'commercial', text: '诊所开业，种植牙特惠价3980元/颗，洗牙仅需68元，预约电话：' }],
    },
    {
      text: '点击阅读原文，进入小程序商城选购高原特色农产品，满99元包邮。',
      errors: [{ messageId: 'commercial', text: '进入小程序商城选购高原特色农产品，满99元包邮' }],
    },
    {
      text: '粉丝专享：凭本文截图到店消费可享8.8折优惠。',
      errors: [{ messageId: 'commercial', text: '粉丝专享：凭本文截图到店消费可享8.8折' }],
    },
    {
      text: '某某楼盘：建面约98-128㎡精装三居，准现房发售，首付低至15万。',
      errors: [{ messageId: 'possiblyCommercial', text: '发售，首付低至' }],
    },
    {
      text: '双十一大促，全场5折起，前1小时下单再送好礼。',
      errors: [{ messageId: 'commercial', text: '双十一大促，全场5折起，前1小时下单再送好礼' }],
    },
    {
      text: '某某保险“惠民保”每年只需69元，最高保额300万元，扫码立即投保。',
      errors: [{ messageId: 'commercial', text: '只需69元，最高保额300万元，扫码立即投保' }],
    },
    {
      text: '某某培训学校暑期班招生：小学数学一对一辅导，每课时150元，报满20课时送5课时。',
      errors: [{ messageId: 'possiblyCommercial', text: '培训学校暑期班招生：小学数学一对一辅导，每课时150元，报满20课时送5' }],
    },
    { text: '进群领取优惠券，每天10点准时开抢！', errors: [{ messageId: 'commercial', text: '进群领取优惠券，每天10点准时开抢' }] },
    {
      text: '宣威火腿整只168元起，顺丰冷链直发，需要的朋友评论区留言。',
      errors: [{ messageId: 'commercial', text: '168元起，顺丰冷链直发，需要的朋友评论区' }],
    },
    {
      text: '云南小粒咖啡豆500克装仅售59元，点击下方链接购买。',
      errors: [{ messageId: 'commercial', text: '仅售59元，点击下方链接购买' }],
    },
    {
      text: '某某白酒经销商招募中，零门槛代理，一件代发，利润丰厚，有意者详聊。',
      errors: [{ messageId: 'possiblyCommercial', text: '经销商招募中，零门槛代理，一件代发，利润丰厚' }],
    },
    {
      text: '今日特价：五花肉12.8元/斤，土鸡蛋0.8元/枚，数量有限，先到先得。',
      errors: [{ messageId: 'possiblyCommercial', text: '特价：五花肉12.8元/斤，土鸡蛋0.8元/枚，数量有限，先到先得' }],
    },
    {
      text: '某某KTV周一至周四欢唱套餐仅需88元，含果盘饮料，欢迎新老顾客光临。',
      errors: [{ messageId: 'commercial', text: '套餐仅需88元，含果盘饮料，欢迎新老顾客光临' }],
    },
    {
      text: '新楼盘开盘在即，VIP卡办理中，认购享98折优惠。',
      errors: [{ messageId: 'possiblyCommercial', text: '开盘在即，VIP卡办理中，认购享98折' }],
    },
    {
      text: '本店所有商品一律八折，欢迎广大市民光临选购。',
      errors: [{ messageId: 'commercial', text: '本店所有商品一律八折，欢迎广大市民光临选购' }],
    },
    {
      text: '某某景区门票原价120元，即日起网上预订仅需60元，预订请关注景区公众号。',
      errors: [{ messageId: 'possiblyCommercial', text: '原价120元，即日起网上预订仅需60元' }],
    },
    {
      text: '本公司长期收购核桃、花椒，价格从优，现金结算，联系电话0874-3123456。',
      errors: [{ messageId: 'commercial', text: '本公司长期收购核桃、花椒，价格从优' }],
    },
    {
      text: '某某手机新品发布，首销期间享12期免息，到店体验更有好礼相送。',
      errors: [{ messageId: 'possiblyCommercial', text: '新品发布，首销期间享12期免息，到店体验更有好礼相送' }],
    },
    // a sale only in the title, with urgency; a course sold on a promise, with its hotline under it
    {
      title: '【福利】某某鲜花饼买一送一，仅限今天！',
      text: '鲜花饼是云南特色小吃，以食用玫瑰花入馅。',
      errors: [{ messageId: 'possiblyCommercial', text: '【福利】某某鲜花饼买一送一，仅限今天', severity: 'warn' }],
    },
    {
      text: '会计初级职称考前冲刺班开课啦！名师授课，学费1680元，不过全额退费。\n咨询热线：0871-63567890',
      errors: [{ messageId: 'commercial', text: '冲刺班开课啦！名师授课，学费1680元，不过全额退费。\n咨询热线' }],
    },
    // a business named as the one offering, tour packages, cure claims beside a phone, an account selling
    // its own advertising, a shop behind a subsidy that asks people to come in, a gift for sharing
    {
      text: '某某医院引进德国先进设备，专家坐诊，治愈率高达98%，预约电话：0871-65123456。',
      errors: [{ messageId: 'possiblyCommercial', text: '治愈率高达98%，预约电话：' }],
    },
    {
      text: '某某旅行社推出“西双版纳6日游”，每人2980元，含往返机票和酒店，报名电话：0871-63123456。',
      errors: [{ messageId: 'possiblyCommercial', text: '旅行社推出“西双版纳6日游”，每人2980元，含往返机票和酒店，报名电话' }],
    },
    {
      text: '某某餐厅推出夏季新菜品，人均消费80元，欢迎前来品尝。',
      errors: [{ messageId: 'possiblyCommercial', text: '餐厅推出夏季新菜品，人均消费80元，欢迎前来品尝' }],
    },
    { text: '转发本文到朋友圈即可领取精美礼品一份。', errors: [{ messageId: 'followerGrowth', text: '转发本文到朋友圈即可领取精美礼品' }] },
    {
      text: '关注本公众号，回复“福利”即可领取景区优惠券。',
      errors: [{ messageId: 'followerGrowth', text: '关注本公众号，回复“福利”即可领取景区优惠券' }],
    },
    {
      text: '某某民宿新开业，房间干净整洁，推窗见海，周末房价288元起，订房请致电0872-2123456。',
      errors: [{ messageId: 'commercial', text: '民宿新开业，房间干净整洁，推窗见海，周末房价288元起，订房请致电' }],
    },
    {
      text: '某某农家乐推出“采摘+午餐”套餐，每人68元，欢迎预约。',
      errors: [{ messageId: 'possiblyCommercial', text: '农家乐推出“采摘+午餐”套餐，每人68元' }],
    },
    {
      text: '某某美容院夏季特惠，光子嫩肤原价1980元，现价680元。',
      errors: [{ messageId: 'possiblyCommercial', text: '美容院夏季特惠，光子嫩肤原价1980元，现价680元' }],
    },
    {
      text: '某某家具城清仓大甩卖，全场一折起，最后三天！',
      errors: [{ messageId: 'possiblyCommercial', text: '家具城清仓大甩卖，全场一折起，最后三天' }],
    },
    {
      text: '某某品牌空调以旧换新，政府补贴再叠加厂家直降，到手价只要2599元，欢迎到店咨询。',
      errors: [{ messageId: 'commercial', text: '直降，到手价只要2599元，欢迎到店' }],
    },
    {
      text: '县融媒体中心承接各类广告业务，价格优惠，欢迎洽谈。',
      errors: [{ messageId: 'commercial', text: '承接各类广告业务，价格优惠，欢迎洽谈' }],
    },
    // an ad set as a few brief paragraphs, each ending its sentence, is one offer
    {
      text: '本店新到一批高原蓝莓。\n每斤29.9元。\n需要的朋友请私信。',
      errors: [{ messageId: 'commercial', text: '本店新到一批高原蓝莓。\n每斤29.9元。\n需要的朋友请私信' }],
    },
    {
      html: '<p>某某县特产野生菌干货，<strong>限时特价</strong>每斤199元！</p><p>扫描下方二维码进店选购</p><img src="qr.png">',
      errors: [{ messageId: 'commercial', text: '限时特价每斤199元！\n扫描下方二维码进店选购' }],
    },
    {
      text: '宣威火腿新货到了！\n整只火腿每斤58元，切片装每袋35元。\n全国包邮，欢迎订购。',
      errors: [{ messageId: 'commercial', text: '58元，切片装每袋35元。\n全国包邮，欢迎订购' }],
    },
    {
      text: '某某农场的草莓熟了，个大味甜，价格实惠。\n草莓采摘每斤30元，带孩子来体验吧。\n地址：某某镇某某村',
      errors: [{ messageId: 'possiblyCommercial', text: '农场的草莓熟了，个大味甜，价格实惠。\n草莓采摘每斤30元' }],
    },
    // Art. 34: following made the condition of a service, worded 否则无法 or 方可缴费
    {
      text: '参保群众请先关注“某某医保”公众号，否则无法进行线上缴费。',
      errors: [{ messageId: 'followerGrowth', text: '请先关注“某某医保”公众号，否则无法', severity: 'block' }],
    },
    { text: '下载“某某市民通”APP后方可缴费。', errors: [{ messageId: 'followerGrowth', text: '下载“某某市民通”APP后方可缴费' }] },
    {
      name: "the office's own promotion words (settings) count as promotion signals",
      text: '明前春茶到了，欢迎扫码下单。',
      options: { extraTerms: ['明前春茶'] },
      errors: [{ messageId: 'possiblyCommercial', text: '明前春茶到了，欢迎扫码下单', severity: 'warn' }],
    },
    // a shop speaking of itself, new stock on sale
    { text: '本店春季新品上市，欢迎扫码下单。', errors: [{ messageId: 'commercial', text: '本店春季新品上市，欢迎扫码下单' }] },
    // quotation marks do not hide an ad: an unclosed quote, or a whole offer wrapped in quotes, is not a mention
    {
      name: 'a quote opened and never closed',
      text: '“原价199元，现价99元，限时秒杀，扫码下单！',
      errors: [{ messageId: 'commercial', text: '原价199元，现价99元，限时秒杀，扫码下单', severity: 'block' }],
    },
    {
      name: 'the whole offer inside quotes',
      text: '“原价199元，现价99元，限时秒杀，扫码下单！”',
      errors: [{ messageId: 'commercial', text: '原价199元，现价99元，限时秒杀，扫码下单', severity: 'block' }],
    },
    // one passage, one finding, however many signals it holds
    {
      text: '原价199元，现价99元，限时秒杀，扫码下单！',
      errors: [{ messageId: 'commercial', text: '原价199元，现价99元，限时秒杀，扫码下单', severity: 'block' }],
    },
    {
      name: 'an ad set line by line is one passage',
      text: '原价199元\n现价99元\n扫码下单',
      errors: [{ messageId: 'commercial', text: '原价199元\n现价99元\n扫码下单' }],
    },
    {
      name: 'two ads in two paragraphs are two findings',
      text: '我县召开春耕生产推进会，部署全年粮食生产任务，要求各乡镇抓好种子化肥供应和技术服务工作。\n高原蓝莓每斤29.9元，即可下单，包邮到家。\n会议还通报了一季度农业农村重点工作进展情况，安排部署了下一阶段工作。\n鲜花饼礼盒限时特价39元，欢迎选购。',
      errors: [
        { messageId: 'commercial', text: '29.9元，即可下单，包邮' },
        { messageId: 'commercial', text: '限时特价39元，欢迎选购' },
      ],
    },
    {
      text: '关注本公众号并转发本条消息，抽取10名网友送出精美礼品。',
      errors: [{ messageId: 'followerGrowth', text: '关注本公众号并转发本条消息，抽取', severity: 'block' }],
    },
    { text: '集赞满38个即可到服务大厅领取纪念品。', errors: [{ messageId: 'followerGrowth', text: '集赞' }] },
    { text: '市民须关注本公众号后方可预约办理业务。', errors: [{ messageId: 'followerGrowth', text: '须关注本公众号后方可预约' }] },
    // Art. 34: following or sharing made a condition for a service or an evaluation, share-to-win
    { text: '须先关注本公众号，方可办理社保查询业务。', errors: [{ messageId: 'followerGrowth', text: '须先关注本公众号，方可办理' }] },
    { text: '请将投票页面转发至朋友圈并截图，作为评选依据。', errors: [{ messageId: 'followerGrowth', text: '转发至朋友圈并截图，作为' }] },
    { text: '转发本条微博抽3位网友送手机！', errors: [{ messageId: 'followerGrowth', text: '转发本条微博抽3' }] },
    { text: '转发本条抽奖送手机。', errors: [{ messageId: 'followerGrowth', text: '转发本条抽奖' }] },
    { text: '下载“XX政务”APP后才能预约办理。', errors: [{ messageId: 'followerGrowth', text: '下载“XX政务”APP后才能预约' }] },
    {
      text: '本次活动由某某品牌独家冠名，全网最低价，订购热线：0871-6xxxxxx。',
      errors: [{ messageId: 'commercial', text: '由某某品牌独家冠名，全网最低价，订购热线' }],
    },
    { text: '本届音乐节由某某集团冠名赞助。', errors: [{ messageId: 'possiblyCommercial', text: '由某某集团冠名赞助', severity: 'warn' }] },
    {
      text: '正宗普洱茶，第一品牌，到手价128元，点击链接购买：https://item.taobao.com/item.htm?id=123',
      errors: [{ messageId: 'commercial', text: '第一品牌，到手价128元，点击链接购买：https://item.taobao.com/item.htm?id=123' }],
    },
    {
      text: '复制这条信息¥AbCd1234Ef¥打开手机淘宝，鲜花饼买一送一。',
      errors: [{ messageId: 'commercial', text: '复制这条信息¥AbCd1234Ef¥打开手机淘宝，鲜花饼买一送一' }],
    },
    {
      html: '<p>鲜花饼礼盒 <a href="https://shop.youzan.com/abc">进入店铺</a></p>',
      errors: [{ messageId: 'possiblyCommercial', text: '进入店铺' }],
    },
    {
      text: '全网销量第一的野生菌干货，特价59元。',
      errors: [{ messageId: 'possiblyCommercial', text: '全网销量第一的野生菌干货，特价59元' }],
    },
    {
      text: '点击左下角小黄车，拍下立减20元。',
      errors: [{ messageId: 'commercial', text: '点击左下角小黄车，拍下立减20元' }],
      options: { blockScore: 4 },
    },
    // sales worded outside the old lexicon
    {
      text: '购房热线：0871-63338888，项目均价8800元/㎡，首付5万起。',
      errors: [{ messageId: 'commercial', text: '购房热线：0871-63338888，项目均价8800元/㎡，首付5万起' }],
    },
    {
      text: '高原蓝莓每斤29.9元，有需要的市民即可下单，包邮到家。',
      errors: [{ messageId: 'commercial', text: '29.9元，有需要的市民即可下单，包邮' }],
    },
    {
      text: '限时特价！鲜花饼礼盒仅售39元，欢迎选购。',
      errors: [{ messageId: 'commercial', text: '限时特价！鲜花饼礼盒仅售39元，欢迎选购' }],
    },
    {
      text: '全场商品8折起，满300减100，买二送一。',
      errors: [{ messageId: 'possiblyCommercial', text: '全场商品8折起，满300减100，买二送一', severity: 'warn' }],
    },
    {
      text: '新款车型到店即享优惠，扫码预约试驾，赢取好礼。',
      errors: [{ messageId: 'commercial', text: '到店即享优惠，扫码预约试驾，赢取好礼' }],
    },
    {
      text: '有需要的朋友可直接联系他购买，电话13812345678。',
      errors: [{ messageId: 'possiblyCommercial', text: '需要的朋友可直接联系他购买，电话' }],
    },
    {
      name: 'a generic hotline beside a price, with urgency, sells',
      text: '报名热线：0871-1234567，培训费仅需1980元，名额有限。',
      errors: [{ messageId: 'commercial', text: '报名热线：0871-1234567，培训费仅需1980元，名额有限' }],
    },
    {
      name: 'without the urgency the same hotline and price only warn',
      text: '报名热线：0871-1234567，培训费仅需1980元。',
      errors: [{ messageId: 'possiblyCommercial', text: '报名热线：0871-1234567，培训费仅需1980元' }],
    },
    // sales in words no list holds: an incentive, urgency, a statement that it is on sale, a channel
    {
      text: '新店开业大酬宾！年卡限时998元，办卡即送私教课3节，名额仅剩30个，速来！',
      errors: [{ messageId: 'commercial', text: '新店开业大酬宾！年卡限时998元，办卡即送私教课3节，名额仅剩30个，速来' }],
    },
    {
      text: '本周充话费100元送50元，宽带新装首年仅需365元，各营业厅均可办理，详询10000。',
      errors: [{ messageId: 'commercial', text: '充话费100元送50元，宽带新装首年仅需365元，各营业厅均可办理，详询' }],
    },
    {
      text: '某某酒楼年夜饭预订火热进行中：8人套餐1888元，另赠果盘一份。订座请拨0871-64567890，先到先得。',
      errors: [{ messageId: 'commercial', text: '酒楼年夜饭预订火热进行中：8人套餐1888元，另赠果盘一份。订座请拨0871-64567890，先到先得' }],
    },
    {
      text: '理财产品今日起开售，起购金额1万元，额度有限，售完即止，详情请咨询各营业网点。',
      errors: [{ messageId: 'commercial', text: '开售，起购金额1万元，额度有限，售完即止，详情请咨询' }],
    },
    {
      text: '勐海古树春茶已经上市，需要的朋友可以直接加老板微信 ynpuer888，量大从优，支持邮寄。',
      errors: [{ messageId: 'possiblyCommercial', text: '需要的朋友可以直接加老板微信 ynpuer888，量大从优' }],
    },
    {
      text: '急售！滇池畔三室两厅，总价168万，业主诚心出售，有意者私信联系。',
      errors: [{ messageId: 'possiblyCommercial', text: '急售！滇池畔三室两厅，总价168万，业主诚心出售，有意者私信' }],
    },
    {
      text: '某某牌鱼油软胶囊，买3瓶送1瓶，厂家直销价每瓶仅128元，全国包邮，货到付款。',
      errors: [{ messageId: 'commercial', text: '买3瓶送1瓶，厂家直销价每瓶仅128元，全国包邮，货到付款' }],
    },
    {
      text: '现在预订海景房每晚388元，连住三晚打八折，后台私信即可预约。',
      errors: [{ messageId: 'commercial', text: '现在预订海景房每晚388元，连住三晚打八折，后台私信即可预约' }],
    },
    {
      text: '今晚8点直播间福利不断，野生菌礼盒9.9元秒杀，数量有限，点击主页头像进入直播间抢！',
      errors: [{ messageId: 'commercial', text: '直播间福利不断，野生菌礼盒9.9元秒杀，数量有限，点击主页头像进入直播间抢' }],
    },
    {
      text: '某某过桥米线火热招商中，投资5万元即可开店，有意向者请致电招商部0871-68889999。',
      errors: [{ messageId: 'commercial', text: '火热招商中，投资5万元即可开店，有意向者请致电' }],
    },
    {
      text: '各参评农户须将活动海报分享到朋友圈并保留24小时，凭截图到村委会登记。',
      errors: [{ messageId: 'followerGrowth', text: '分享到朋友圈并保留24小时，凭截图' }],
    },
    {
      text: '转发本文至朋友圈集满38个赞，凭截图可到售票处免费领取门票一张。',
      errors: [{ messageId: 'followerGrowth', text: '转发本文至朋友圈集满38个赞，凭截图' }],
    },
    {
      name: 'a sale only in the title',
      title: '高原蓝莓限时抢购，原价299现价99',
      text: '今年我县蓝莓种植面积达3万亩。',
      errors: [{ messageId: 'commercial', text: '限时抢购，原价299现价99' }],
    },
    {
      text: '消费帮扶：扫码选购我县高原特色农产品，每箱88元。',
      errors: [{ messageId: 'consumptionAid', text: '消费帮扶', severity: 'warn' }],
    },
    {
      name: 'an official selling at a price through a cart link is a consumption-aid warning (DESIGN §D.3)',
      text: '县长直播带货：高原红米5斤装39.9元，点击下方小黄车即可下单。',
      errors: [{ messageId: 'consumptionAid', text: '县长直播', severity: 'warn' }],
    },
    { text: '刷粉刷量服务，联系客服。', errors: [{ messageId: 'followerGrowth', text: '刷粉' }] },
    {
      name: 'a subsidy does not hide a shop that asks people to buy',
      text: '以旧换新补贴叠加商场让利，某某空调到手价2399元，今天下单明天安装。',
      errors: [{ messageId: 'commercial', text: '商场让利，某某空调到手价2399元，今天下单' }],
    },
    {
      text: '某某美容院新客体验价99元，还送面部补水护理一次，预约请私信。',
      errors: [{ messageId: 'commercial', text: '美容院新客体验价99元，还送面部补水护理一次，预约请私信' }],
    },
    {
      text: '宾川沃柑三人成团每份仅19.9元，点击下方链接参团。',
      errors: [{ messageId: 'commercial', text: '成团每份仅19.9元，点击下方链接参团' }],
    },
    {
      text: '今晚7点锁定某某直播间，下单就送同款围巾，库存不多，拼手速啦！',
      errors: [{ messageId: 'commercial', text: '直播间，下单就送同款围巾，库存不多，拼手速' }],
    },
    {
      text: '某某茶叶旗舰店秋茶上新，关注店铺领5元无门槛券，下单还有小样相送。',
      errors: [{ messageId: 'commercial', text: '旗舰店秋茶上新，关注店铺领5元无门槛券，下单还有' }],
    },
    {
      text: '参加线上普法答题活动须先关注“某某普法”公众号，关注后点击菜单栏进入。',
      errors: [{ messageId: 'followerGrowth', text: '须先关注“某某普法”公众号' }],
    },
    {
      text: '本次评选以网络点赞数为主要依据，请各单位动员干部职工积极点赞。',
      errors: [{ messageId: 'followerGrowth', text: '以网络点赞数为主要依据' }],
    },
    { text: '留言+转发，周五揪3位宝子送定制帆布袋！', errors: [{ messageId: 'followerGrowth', text: '转发，周五揪3' }] },
    {
      text: '点赞本条微博并@三位好友，即有机会获得演唱会门票两张！',
      errors: [{ messageId: 'followerGrowth', text: '点赞本条微博并@三位好友，即有机会获得演唱会门票' }],
    },
    {
      text: '某某装饰免费上门量房，全包装修每平米只需699元，签约再送全屋定制柜，咨询微信同号0871-65432100。',
      errors: [{ messageId: 'commercial', text: '免费上门量房，全包装修每平米只需699元，签约再送全屋定制柜，咨询微信同号' }],
    },
    {
      text: '某某酱香白酒，团购价每箱1680元，可开发票，送货上门。',
      errors: [{ messageId: 'commercial', text: '团购价每箱1680元，可开发票，送货上门' }],
    },
    {
      text: '公考冲刺线上课程99元，永久回看，扫描海报二维码立即报名。',
      errors: [{ messageId: 'possiblyCommercial', text: '99元，永久回看，扫描海报二维码立即报名' }],
    },
    {
      text: '某某意外险，每天不到1毛钱，保障一整年，点击链接即可投保。',
      errors: [{ messageId: 'possiblyCommercial', text: '1毛钱，保障一整年，点击链接即可投保' }],
    },
    {
      text: '某某艺术培训秋季招生，报名一期课程赠送画材一套，试听免费，联系电话0871-65550123。',
      errors: [{ messageId: 'possiblyCommercial', text: '报名一期课程赠送画材一套，试听免费' }],
    },
    {
      text: '请各候选人所在单位组织干部群众关注本公众号并参与投票，投票结果作为评选的重要参考。',
      errors: [{ messageId: 'followerGrowth', text: '组织干部群众关注本公众号' }],
    },
    {
      text: '自家果园的丑橘熟了，产地直发，10斤装49元，下单后48小时内发货，坏果包赔。',
      errors: [{ messageId: 'commercial', text: '果园的丑橘熟了，产地直发，10斤装49元，下单后48小时内发货，坏果包赔' }],
    },
    {
      text: '帐篷套餐299元/晚，含烧烤食材，工作日入住立减50，预订戳主页。',
      errors: [{ messageId: 'commercial', text: '套餐299元/晚，含烧烤食材，工作日入住立减50，预订戳主页' }],
    },
    {
      text: '海鲜自助晚餐周末两人同行一人免单，人均不到150元，订位电话0871-63339999。',
      errors: [{ messageId: 'commercial', text: '免单，人均不到150元，订位电话' }],
    },
    {
      text: '某某母婴店会员日，奶粉第二罐半价，积分翻倍，进店即有小礼品。',
      errors: [{ messageId: 'commercial', text: '第二罐半价，积分翻倍，进店' }],
    },
    {
      text: '本人一手车出售，2020年上牌，价格面议，非诚勿扰，有意私聊。',
      errors: [{ messageId: 'possiblyCommercial', text: '出售，2020年上牌，价格面议，非诚勿扰，有意私聊' }],
    },
    {
      text: '转发本条微博并关注@某某县文旅，抽3位网友送景区门票！',
      errors: [{ messageId: 'followerGrowth', text: '转发本条微博并关注@某某县文旅，抽3' }],
    },
    {
      text: '本周末小区团购接龙：昭通苹果10斤装58元，需要的邻居在群里接龙，周六上午统一配送。',
      errors: [{ messageId: 'commercial', text: '团购接龙：昭通苹果10斤装58元，需要的邻居在群里接龙' }],
    },
    {
      text: '正宗宣威火腿，一只只要368元，评论区扣1，私信我发链接！',
      errors: [{ messageId: 'possiblyCommercial', text: '只要368元，评论区扣1，私信我发链接' }],
    },
    {
      text: '领取电子营业执照，请关注“某某市场监管”公众号后，即可在线领取。',
      errors: [{ messageId: 'followerGrowth', text: '关注“某某市场监管”公众号后，即可在线领取' }],
    },
    // a lottery announced before its condition: the draw, then who may win (followers, likers, sharers), then the prize
    {
      text: '本周五将在留言区抽取5名点赞并关注我们的粉丝，各送一套非遗书签。',
      errors: [{ messageId: 'followerGrowth', text: '留言区抽取5名点赞并关注我们的粉丝，各送', severity: 'block' }],
    },
    {
      text: '评论区随机抽两位一键三连的观众，每人送一本县志。',
      errors: [{ messageId: 'followerGrowth', text: '评论区随机抽两位一键三连的观众，每人送' }],
    },
    // a consumption-aid sale whose order is booked by private message to the account (私信我们预约)
    {
      text: '县里开展助农行动，软籽石榴每箱58元，想尝鲜的朋友可以私信我们预约。',
      errors: [{ messageId: 'consumptionAid', text: '助农', severity: 'warn' }],
    },
    // a prize for a post whose likes or shares pass a mark (点赞过百, 转发超过200次)
    {
      text: '点赞数达到200的留言，每条都送一张景区门票。',
      errors: [{ messageId: 'followerGrowth', text: '点赞数达到200的留言，每条都送', severity: 'block' }],
    },
    {
      text: '留言点赞过百的前三位网友，将获赠县城文创礼包。',
      errors: [{ messageId: 'followerGrowth', text: '点赞过百的前三位网友，将获赠' }],
    },
    // the way to buy in everyday words: come and buy, buy from a named person, enrol by calling a person
    { text: '新挖的冬笋8元一斤，欢迎街坊们来买。', errors: [{ messageId: 'possiblyCommercial', text: '8元一斤，欢迎街坊们来买' }] },
    {
      text: '自家种的沃柑6元一斤，想要的直接找果园的老杨买。',
      errors: [{ messageId: 'possiblyCommercial', text: '6元一斤，想要的直接找果园的老杨买' }],
    },
    // Art. 34: following as the price of a service in other words, shares or follows set as a quota,
    // following to enter a draw, a prize by rank in Chinese numerals
    { text: '关注“某某教育”公众号后才能查看录取结果。', errors: [{ messageId: 'followerGrowth', text: '关注“某某教育”公众号后才能查看' }] },
    {
      text: '没有关注本号的家长将无法参加线上家长会。',
      errors: [{ messageId: 'followerGrowth', text: '没有关注本号的家长将无法', severity: 'block' }],
    },
    {
      text: '请各社区居民积极转发活动推文，各社区的转发情况将纳入文明社区评比。',
      errors: [{ messageId: 'followerGrowth', text: '转发情况将纳入文明社区评比' }],
    },
    {
      text: '请各位家长将本文转发到不少于两个微信群，并截图交给班主任。',
      errors: [{ messageId: 'followerGrowth', text: '转发到不少于两个微信群' }],
    },
    { text: '各村民小组要确保每户至少1人关注本公众号。', errors: [{ messageId: 'followerGrowth', text: '至少1人关注' }] },
    {
      text: '关注本公众号并回复“春节”，参与幸运大转盘赢取新年礼包。',
      errors: [{ messageId: 'followerGrowth', text: '关注本公众号并回复“春节”，参与幸运大转盘' }],
    },
    {
      text: '本条评论区点赞前五名的留言各得一份非遗伴手礼。',
      errors: [{ messageId: 'followerGrowth', text: '点赞前五名的留言各得' }],
    },
    // a booking invited (欢迎…预订), a limit per buyer beside a shop's sale
    {
      text: '山庄推出重阳节敬老宴席，每桌888元，欢迎各界朋友预订。',
      errors: [{ messageId: 'possiblyCommercial', text: '888元，欢迎各界朋友预订' }],
    },
    {
      text: '某某生鲜超市十周年店庆，大米每袋39.9元，每人限购两袋。',
      errors: [{ messageId: 'possiblyCommercial', text: '店庆，大米每袋39.9元，每人限购' }],
    },
    {
      text: '少儿美术班秋季开课，每期只需960元，报名请联系刘老师。',
      errors: [{ messageId: 'possiblyCommercial', text: '只需960元，报名请联系' }],
    },
    // a price without 元, the unit after the number (45一斤, 12/个), beside a call to order
    {
      text: '自家种的高山苹果熟了，45一箱，要的朋友评论区扣1。',
      errors: [{ messageId: 'possiblyCommercial', text: '45一箱，要的朋友评论区扣1', severity: 'warn' }],
    },
    {
      text: '刚出炉的鲜花饼12/个，喜欢的评论区扣1。',
      errors: [{ messageId: 'possiblyCommercial', text: '12/个，喜欢的评论区扣1', severity: 'warn' }],
    },
    // a consumption-aid sale taken in the comments (评论区扣1) or a buyers' group: the order goes through a channel
    {
      text: '#消费帮扶# 合作社的野生菌干货88元一袋，需要的评论区扣1，我们统一登记。',
      errors: [{ messageId: 'consumptionAid', text: '消费帮扶', severity: 'warn' }],
    },
    // a seller reached with no noun for the buyer (有需要的可以联系…) beside a price
    {
      text: '自家种的高山红薯开挖了，每斤3元，有需要的可以联系我们村的张大哥。',
      errors: [{ messageId: 'possiblyCommercial', text: '3元，有需要的可以联系' }],
    },
    // a cinema ticket as the prize for a share; a share quota written 转发到N个微信群 as a condition
    {
      text: '转发本文并@两位好友，即可领取电影票两张。',
      errors: [{ messageId: 'followerGrowth', text: '转发本文并@两位好友，即可领取电影票' }],
    },
    {
      text: '参与“最美庭院”评选的农户，须将投票链接转发到3个微信群。',
      errors: [{ messageId: 'followerGrowth', text: '转发到3个微信群' }],
    },
    // following an account and replying to it as the way to vote in an evaluation (Art. 34)
    {
      text: '为参加“最美村官”网络评选的选手加油！关注“乡村振兴在线”公众号，回复选手编号即可投票。',
      errors: [{ messageId: 'followerGrowth', text: '关注“乡村振兴在线”公众号，回复选手编号即可投票' }],
    },
    // a consumption-aid post that sells at a price through a channel: orders taken in the comments (扣“1”) or by a
    // private message that asks to book
    {
      text: '#助农# 自家果园的脐橙开摘了，10斤装39.9元，想要的朋友评论区扣“1”，我们挨个联系。',
      errors: [{ messageId: 'consumptionAid', text: '助农', severity: 'warn' }],
    },
    {
      text: '#助农# 高山土豆5斤装只要15元，需要的话私信我们咨询预约。',
      errors: [{ messageId: 'consumptionAid', text: '助农', severity: 'warn' }],
    },
  ],
});
