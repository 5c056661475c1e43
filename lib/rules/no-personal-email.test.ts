import { ruleTester } from '../../test/harness/rule-tester';
import rule from './no-personal-email';

ruleTester(rule, {
  valid: [
    // the receiving unit named in the notice's contact block, a line or a clause before the address
    '对拟聘用人员有异议的，请在公示期内实名向县卫健委人事科反映，电话0874-3123456，邮箱wjwrsk@126.com。',
    '受理机构：县人民医院医务科\n投诉电话：0871-61234567\n邮箱：rmyyyw@163.com',
    '意见建议可书面提交至镇党政综合办公室，联系电话：0875-1234567，电子邮箱：zdzbgs@163.com',
    '投稿邮箱：kmxc@km.gov.cn',
    '来信请寄 ynxf@yn.gov.cn',
    '举报邮箱 ynjubao@163.com',
    '投稿邮箱：kmrbtg2024@163.com',
    // an office's own box (政务邮箱, 单位邮箱, 局…邮箱) whose letters read like a name (lin+ye+ju) is the office's
    '县林业和草原局政务邮箱：linyeju01@163.com，欢迎监督。',
    '县卫生健康局单位邮箱 weijianju01@163.com，欢迎来信。',
    '政务邮箱：lincaoju6@163.com（县林草局）',
    '监督举报邮箱：12388123@qq.com',
    '联系邮箱：zh***@163.com',
    '商务合作 service@example.com',
    '协会邮箱 info@ynta.org.cn',
    '访问 www.yn.gov.cn 了解详情',
    '县委宣传部邮箱 xcb2024@126.com',
    '请将简历发送至 hr@yndaily.com',
    '报名邮箱：dlzwfw@163.com',
    // a box labelled as the unit's own (单位邮箱, 学校邮箱, 公司邮箱, 政务邮箱), even after a contact person
    '联系人：王老师，电话：0871-1234567，单位邮箱：ynxyrsc@163.com',
    '咨询：李老师 0874-3123456；学校邮箱 xyzx2026@126.com',
    '联系人：赵经理，公司邮箱：hr_ynjt@163.com',
    '联系人：周老师，政务邮箱：xfbgs2026@163.com',
    // a mailbox that receives letters or applications is the unit's
    '来信请发至 xfb2025@163.com',
    '请将材料发送至 ynsy_bm@163.com（报名专用）。',
    // a section's mailbox (财务科, 人事股, 党政办 …)
    '材料扫描件发至财务科邮箱 cwk_xyy@163.com。',
    // a unit named right before the address, and a mailbox for contributions (来稿, 征稿, 参赛作品)
    '申报材料请发至县人社局 xrsj2026@163.com。',
    '来稿请发送至 xrmtzx@163.com',
    '参赛作品发送至 cszp2026@126.com，截止日期12月31日。',
    // a people's organisation's mailbox (文联, 妇联, 总工会, 协会)
    '参赛作品请发送至县文联邮箱 wenlianzp@163.com',
    '意见建议可发送至县总工会邮箱 zgh2026@126.com',
    // a unit's abbreviation with a year is no person's handle (no pinyin name before the year)
    '报名邮箱：ljxzp2025@163.com',
    '简历请发送至 kmzhaopin2024@163.com',
    // a place's box with a number (a city, a county: yuxi88, luliangxian66) is no person's handle
    '投稿邮箱：yuxi88@163.com',
    '参赛作品请发送至 luliangxian66@163.com',
    '征稿邮箱 honghezhou88@126.com',
    // round 12: a place and a unit's initials (anningswj = 安宁 商务局, kunmingrsj, lulianggjw) are an office's box, a contact named or not
    '联系人：李某，联系电话：0871-68791234；邮箱：anningswj@163.com',
    '联系人：赵某，邮箱：kunmingrsj@163.com',
    '联系人：王某，邮箱：lulianggjw@126.com',
    '报名表请发至联系人刘某，邮箱 dalishijyj@qq.com',
    // round 14: a unit's own labelled box (举报邮箱, 投稿邮箱, 官方邮箱) after the unit's name is the unit's, initials and a year or not
    '昭通市纪委监委举报邮箱：zhaojw2023@163.com，欢迎群众监督。',
    '县融媒体中心投稿邮箱：liurm2020@126.com',
    '市文旅局官方邮箱 wanglj2019@qq.com',
  ],
  invalid: [
    // a person named after the unit: the address is that person's
    { text: '受理单位：县人社局\n联系人：李某某\n邮箱：lmm88@qq.com', errors: [{ messageId: 'email', text: 'lmm88@qq.com' }] },
    // a pinyin name with a birth year is a person's own mailbox, even where a unit receives mail through it
    { text: '报名邮箱：zhangmin1988@163.com', errors: [{ messageId: 'email', text: 'zhangmin1988@163.com' }] },
    { text: '简历请投递至 liuyang_1995@qq.com（人事科）。', errors: [{ messageId: 'email', text: 'liuyang_1995@qq.com' }] },
    { text: '来稿请发送至 wangfang2001@126.com，注明作者姓名。', errors: [{ messageId: 'email', text: 'wangfang2001@126.com' }] },
    // a pinyin full name (surname and a two-syllable given name) with any number is a person's own box, even as the
    // entry box of a contest or a call for contributions
    { text: '投稿请发至 zhaoxiaoyan66@163.com，注明作者和联系电话。', errors: [{ messageId: 'email', text: 'zhaoxiaoyan66@163.com' }] },
    { text: '参赛作品发送至 wangjianguo_12@126.com', errors: [{ messageId: 'email', text: 'wangjianguo_12@126.com' }] },
    { text: '征稿邮箱：yang.lihua8@sina.com', errors: [{ messageId: 'email', text: 'yang.lihua8@sina.com' }] },
    { text: '报名表填好后发到 chenxiaolong321@qq.com 即可', errors: [{ messageId: 'email', text: 'chenxiaolong321@qq.com' }] },
    // the person who wrote, applied or enrolled (来信人, 应聘者, 报名人) is a private person, not a unit's mailbox
    {
      text: '读者来信摘登：“谢谢社区帮我找回走失的狗。”来信人：陈小雨（chenxiaoyu2001@126.com）',
      errors: [{ messageId: 'email', text: 'chenxiaoyu2001@126.com' }],
    },
    { text: '应聘者张丽的邮箱 zhangli_95@qq.com 已录入系统。', errors: [{ messageId: 'email', text: 'zhangli_95@qq.com' }] },
    { text: '报名人刘洋，邮箱 liuyang0310@sina.com', errors: [{ messageId: 'email', text: 'liuyang0310@sina.com' }] },
    // what a person does in the next clause (来信反映, 咨询认领) does not label the address before it
    { text: '王晓琳（wangxl@126.com）来信反映路灯不亮。', errors: [{ messageId: 'email', text: 'wangxl@126.com' }] },
    {
      text: '失主陈静（chenjing2015@qq.com），咨询认领事宜请联系城关派出所。',
      errors: [{ messageId: 'email', text: 'chenjing2015@qq.com' }],
    },
    // …but not a box the label makes a person's own (个人邮箱), nor a name and a birth year under a unit's label
    { text: '联系人：杨老师，个人邮箱：yangls@126.com', errors: [{ messageId: 'email', text: 'yangls@126.com' }] },
    { text: '联系人：何老师，单位邮箱：hexiaolin1992@qq.com', errors: [{ messageId: 'email', text: 'hexiaolin1992@qq.com' }] },
    // 联系邮箱 names no organisation
    { text: '联系邮箱：lixm2000@163.com', errors: [{ messageId: 'email', text: 'lixm2000@163.com' }] },
    {
      text: '失主李某某的邮箱 lixiaoming1988@163.com',
      errors: [{ messageId: 'email', text: 'lixiaoming1988@163.com', suggestion: '失主李某某的邮箱 li***@163.com' }],
    },
    {
      text: '网友“彩云之南”（2845123456@qq.com）留言称',
      errors: [{ messageId: 'email', text: '2845123456@qq.com', suggestion: '网友“彩云之南”（28***@qq.com）留言称' }],
    },
    { text: '联系人张先生，邮箱 zhangwei.km@gmail.com。', errors: [{ messageId: 'email', text: 'zhangwei.km@gmail.com' }] },
    { text: '申请人邮箱：wangfang@foxmail.com', errors: [{ messageId: 'email', text: 'wangfang@foxmail.com' }] },
    { text: '请联系 yx_li@sina.cn', errors: [{ messageId: 'email', text: 'yx_li@sina.cn' }] },
    { text: '作者邮箱 abc@126.com', errors: [{ messageId: 'email', text: 'abc@126.com', suggestion: '作者邮箱 a***@126.com' }] },
    { text: '本人邮箱 wang.li@ynu.edu.cn', errors: [{ messageId: 'email', text: 'wang.li@ynu.edu.cn' }] },
    { text: '举报人个人邮箱 chenhua@company.cn', errors: [{ messageId: 'email', text: 'chenhua@company.cn' }] },
    { text: '邮箱：２８４５１２３４５６＠ｑｑ．ｃｏｍ', errors: [{ messageId: 'email', text: '２８４５１２３４５６＠ｑｑ．ｃｏｍ' }] },
    { text: '邮箱 li\u200bming@163.com', errors: [{ messageId: 'email', text: 'li\u200bming@163.com' }] },
    { text: '患者家属邮箱 jubaoren@163.com', errors: [{ messageId: 'email', text: 'jubaoren@163.com' }] },
    {
      text: '两人邮箱分别为 liuyang@139.com 和 zhaolei@outlook.com。',
      errors: [
        { messageId: 'email', text: 'liuyang@139.com' },
        { messageId: 'email', text: 'zhaolei@outlook.com' },
      ],
    },
    // round 12: a surname and the given name's initials with a birth year (yangxm1986) is a person's handle, under a unit's call for entries too
    {
      text: '电子稿请发送至评委会秘书杨老师邮箱yangxm1986@126.com，邮件主题注明作品名称。',
      errors: [{ messageId: 'email', text: 'yangxm1986@126.com' }],
    },
    { text: '来稿请发至编辑部李老师邮箱 lihz1990@163.com。', errors: [{ messageId: 'email', text: 'lihz1990@163.com' }] },
    { text: '作品征集邮箱：zhangwl_1978@qq.com', errors: [{ messageId: 'email', text: 'zhangwl_1978@qq.com' }] },
    // …and a surname with one initial too (wangjb is no unit's: its place part is one syllable)
    { text: '联系人：王某，邮箱：wangjb@163.com', errors: [{ messageId: 'email', text: 'wangjb@163.com' }] },
    // round 14: a name and initials owned by a private person (失主, 家长, 本人) are no place and unit's initials
    {
      text: '失物招领：捡到钱包的市民可联系失主王芳，邮箱wangfangzwj@126.com。',
      errors: [{ messageId: 'email', text: 'wangfangzwj@126.com' }],
    },
    { text: '请家长李明于周五前回复，邮箱 limingljb@163.com', errors: [{ messageId: 'email', text: 'limingljb@163.com' }] },
    { text: '遗失物品的失主刘洋，邮箱：liuyanglyb@qq.com', errors: [{ messageId: 'email', text: 'liuyanglyb@qq.com' }] },
    // …but a call for entries (征集邮箱, no unit's own-box label) with its named contact after it keeps the person's handle
    { text: '昆明市档案馆征集邮箱：zhangjd2023@163.com（张老师）。', errors: [{ messageId: 'email', text: 'zhangjd2023@163.com' }] },
  ],
});

// round 11 (issue #17, blind dev14): a mailbox labelled as a private person's by who they are (失主邮箱, 家长的邮箱)
ruleTester(rule, {
  valid: ['家长可将作品发送至学校邮箱 jzxx2026@163.com。', '失物请交至客运站服务台（邮箱 kyz_fwt@163.com）。'],
  invalid: [
    {
      text: '如有拾到者，请送至公交公司调度室，或发邮件到失主的邮箱 lucky_km@126.com。',
      errors: [{ messageId: 'email', text: 'lucky_km@126.com' }],
    },
    { text: '请将孩子送至附近派出所，或联系家长的邮箱 sunny_mama@163.com。', errors: [{ messageId: 'email', text: 'sunny_mama@163.com' }] },
    {
      text: '拾到者请交至车站值班室，或发邮件到他女儿的邮箱 lucky_star@qq.com。',
      errors: [{ messageId: 'email', text: 'lucky_star@qq.com' }],
    },
    { text: '请交到客运站服务台，也可写信到她的邮箱 xiaohua_km@163.com。', errors: [{ messageId: 'email', text: 'xiaohua_km@163.com' }] },
  ],
});
