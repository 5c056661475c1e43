/**
 * Licensed news sources: units on the national 互联网新闻信息稿源单位名单 (Cyberspace Administration
 * of China; 2021-10 edition, 1,358 units; 2025-06 edition, 1,451 units, published 2025-07-02 on
 * the 网信中国 account). Art. 25 allows reposts from these and from Party and government sites.
 *
 * This is a seed, not the whole list: the central news units and their sites, the central news
 * websites, and the best-known provincial news units and their new-media brands, by the names
 * posts cite them with. Offices add the rest in settings (来源白名单); a name missing here is
 * warned about, never blocked. Membership was taken from reprints of the two editions and should
 * be checked against the edition in force when the list is updated.
 */
export const NEWS_SOURCE_UNITS: readonly string[] = [
  // central news units and the papers, sites and apps they run
  '新华社', '新华网', '新华每日电讯', '参考消息', '经济参考报', '瞭望', '半月谈', '中国证券报', '上海证券报',
  '人民日报', '人民网', '人民日报海外版', '环球时报', '环球网', '证券时报', '健康时报', '国际金融报',
  '中央广播电视总台', '总台', '央视', '央视新闻', '央视网', '央广', '央广网', '中国之声', '国际在线', 'CGTN', '中国国际广播电台',
  '求是', '求是网', '光明日报', '光明网', '经济日报', '中国经济网', '中国日报', '中国日报网', '中国新闻社', '中新社', '中新网',
  '中国新闻网', '中国新闻周刊', '解放军报', '中国军网', '科技日报', '工人日报', '中工网', '中国青年报', '中国青年网', '中青在线',
  '中国妇女报', '农民日报', '中国农网', '法治日报', '法治网', '人民政协报', '人民政协网', '中国纪检监察报', '中央纪委国家监委网站',
  '学习强国', '中国网', '中国台湾网', '中国西藏网', '中国网信网', '中国记协网', '央视频', '人民日报客户端', '新华社客户端',
  // industry papers of central ministries and organisations
  '中国教育报', '中国教育新闻网', '健康报', '中国环境报', '中国自然资源报', '中国应急管理报', '中国交通报', '中国水利报',
  '中国文化报', '中国旅游报', '中国民族报', '人民公安报', '检察日报', '人民法院报', '中国社会报', '中国劳动保障报',
  '中国市场监管报', '中国税务报', '金融时报', '中国财经报', '中国气象报', '中国电力报', '中国消费者报', '中国医药报',
  // provincial and municipal news units with national reach
  '澎湃新闻', '上观新闻', '解放日报', '文汇报', '新民晚报', '界面新闻', '第一财经', '新京报', '北京日报', '北京青年报',
  '北京晚报', '千龙网', '天津日报', '津云', '南方日报', '南方都市报', '南方网', '羊城晚报', '广州日报', '深圳特区报', '读创',
  '浙江日报', '潮新闻', '浙江在线', '钱江晚报', '新华日报', '交汇点', '扬子晚报', '现代快报', '四川日报', '川观新闻',
  '红星新闻', '封面新闻', '华西都市报', '重庆日报', '上游新闻', '华龙网', '湖北日报', '极目新闻', '长江日报', '楚天都市报',
  '湖南日报', '新湖南', '红网', '潇湘晨报', '河南日报', '大河报', '大河网', '顶端新闻', '大众日报', '大众网', '齐鲁晚报',
  '贵州日报', '天眼新闻', '多彩贵州网', '广西日报', '广西云', '四川观察', '每日经济新闻', '21世纪经济报道', '经济观察报',
  // Yunnan news units and their brands
  '云南日报', '云南网', '春城晚报', '开屏新闻', '都市时报', '云南信息报', '云南广播电视台', '七彩云端', '云南手机台',
  '昆明日报', '掌上春城', '昆明信息港', '云南政协报', '民族时报', '云南法制报', '曲靖日报', '玉溪日报', '保山日报',
  '昭通日报', '丽江日报', '普洱日报', '临沧日报', '楚雄日报', '红河日报', '文山日报', '西双版纳报', '大理日报',
  '德宏团结报', '怒江报', '迪庆日报',
];
