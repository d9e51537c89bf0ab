/// Grammar the model gets wrong and the lexicon cannot hold, for a polyphone that stands alone as
/// a word (or a word whose reading depends on what follows): decided by the neighbouring words.
/// Kept to constructions that announcements use and that have no exceptions there; each rule is
/// tested with sentences from real notices (Tests/MandarinTests/ContextRulesTests).
enum ContextRules {
    /// The words around the one being read, inside one run of hanzi (nil past its ends).
    struct Neighbours {
        var previous: () -> String?
        var next: () -> String?
        /// The k-th word after this one (1 = next).
        var following: (Int) -> String?
        /// The k-th word before this one (1 = previous).
        var preceding: (Int) -> String? = { _ in nil }
        /// No hanzi word before it in the clause: it follows punctuation or begins the sentence.
        var clauseStart: Bool
        /// The word before it opens the clause.
        var previousOpensClause = false
        /// Digits follow it right after the hanzi run (河长88千米): what follows is a number.
        var digitsFollow = false
        /// When digits follow: the hanzi right after them (up to two), "" when none do (为60周岁…: "周岁").
        var afterDigits = ""
        /// The first hanzi (up to two) of the clauses next to this run, across a 、 or ， (重打击处理、轻教育挽救:
        /// "轻教" after, and 轻彩礼、重日子: "轻彩" before); "" at the sentence's ends.
        var nextClauseStart: () -> String = { "" }
        var previousClauseStart: () -> String = { "" }

        /// Whether a word at one of `distances` before this one passes `test`.
        func anyPreceding(_ distances: ClosedRange<Int>, _ test: (String) -> Bool) -> Bool {
            distances.contains { k in preceding(k).map(test) ?? false }
        }

        /// Whether a word at one of `distances` after this one passes `test`.
        func anyFollowing(_ distances: ClosedRange<Int>, _ test: (String) -> Bool) -> Bool {
            distances.contains { k in following(k).map(test) ?? false }
        }
    }

    /// Characters some rule below concerns (checked first, so other words cost nothing).
    static let concerned: Set<Unicode.Scalar> = ["得", "应", "为", "长", "重", "好", "子", "还", "儿", "少", "头", "尽", "解",
                                                 "了", "啦", "藏", "种", "地", "落",
                                                 "数", "调", "差", "看", "供", "率", "薄", "降", "将", "盛", "系", "圈", "倒", "铺",
                                                 "汗", "干", "畜", "处", "当", "舍", "慌", "着", "挑", "量", "切", "撒", "弄", "钻", "累", "塞",
                                                 "行", "没", "场", "剥", "乐"]
    /// What one gives up for something greater: a lone 舍 before it is the verb shě (舍小家为大家,
    /// 舍家为国, 舍小我); the noun shè "house" lives in words (宿舍, 校舍, 猪舍) or follows its animal.
    private static let givenUp: [String] = ["小家", "小我", "家", "己", "身", "生", "命", "掉", "弃", "去", "个人", "私利"]
    /// Verbs after which 着 + 了 is the result zháo: catching fire (烧着了, 点着了) or being hurt (烫着了, 冻着了).
    private static let catchingVerbs: Set<String> = ["烧", "烤", "点", "引", "燎", "烫", "冻", "碰", "磕", "吓", "呛", "熏"]
    /// Verbs of meeting a standard: 应 before them is "should" even with 要求 after (应符合消防要求).
    private static let meetingAStandard: [String] = ["符合", "满足", "达到", "按照", "执行", "遵守", "服从", "根据", "依照", "严格"]
    /// Fire and what burns: 着 + 了 after them is zháo "has caught, is alight" (炉子里的煤着了, 柴火着了).
    private static let burning: Set<String> = ["火", "煤", "柴", "柴火", "炭", "木炭", "煤炉", "炉子", "柴草", "秸秆", "蚊香", "煤球",
                                               "蜂窝煤", "草垛", "柴堆", "稻草", "麦秸"]
    /// One-character verbs of doing again: a lone 重 before them is chóng "again" (重考, 请重交一份, 重测体温);
    /// 发 is left out: 重发 in a pest notice is zhòngfā "breaks out heavily".
    private static let redoVerbs: Set<String> = ["考", "交", "录", "填", "写", "做", "测", "装", "来", "报", "选", "拍", "印", "办",
                                                 "签", "量", "修", "建", "种", "栽", "补"]
    /// Degree words before a lone 重 (很重, 任务太重, 病情较重): zhòng "heavy, serious".
    private static let heavyDegrees: Set<String> = ["很", "太", "较", "非常", "十分", "特别", "更", "最", "越来越", "比较", "过",
                                                    "挺", "极", "相当", "格外", "尤其"]
    /// What a lone 撒 scatters or where it scatters it to (骨灰撒海, 撒在田里, 撒石灰消毒): the verb sǎ; sā lives
    /// in words (撒谎, 撒手, 撒网) and in names (恺撒), which the lexicon reads.
    private static let scattered: [String] = ["在", "入", "到", "上", "向", "于", "进", "落", "散", "海", "江", "河", "骨灰", "石灰",
                                              "化肥", "肥", "农药", "药", "纸钱", "冥币", "种", "盐", "沙", "草木灰", "漂白粉", "消毒",
                                              "毒饵", "鼠药", "灰", "粉", "些", "点", "一层", "一些", "满"]
    /// Words after which a lone 切 is qiè "be sure (not) to" (切不可麻痹大意, 切勿, 切莫).
    private static let cautionAfterQie: [String] = ["不可", "不能", "不要", "勿", "莫", "忌", "记"]
    /// Food and what it is cut into: a lone 切 before them is the verb qiē (切菜, 切西瓜, 切成小块); a lone
    /// 切 elsewhere is mostly qiè "be sure to" (切不可麻痹大意).
    private static let cutFood: [String] = ["菜", "瓜", "西瓜", "肉", "土豆", "葱", "姜", "蒜", "水果", "成", "碎", "生", "熟",
                                            "馒头", "萝卜", "白菜", "猪肉", "鱼", "面", "好"]
    /// Warnings before such a verb closing the clause (别冻着, 小心烫着, 以免呛着).
    private static let warnings: Set<String> = ["别", "小心", "当心", "防止", "以免", "免得", "不要", "千万别", "可别", "避免"]
    /// Feelings and states that 得慌 makes "unbearably so" (闷得慌, 累得慌, 饿得慌: ·dehuang, 现代汉语词典).
    private static let dehuangStates: Set<String> = ["闷", "累", "饿", "憋", "堵", "撑", "渴", "冷", "热", "烦", "闲", "硌", "呛",
                                                     "晃", "吵", "挤", "急", "难受", "疼", "痒", "酸", "胀", "慌", "臊", "腻", "气"]
    /// Words before 处 + a fine or a term, the verb chǔ "impose" (并处, 可处200元罚款).
    private static let penaltyImposers: Set<String> = ["并", "可", "可以", "另", "均", "再", "或", "或者", "将", "分别", "应",
                                                       "一律", "依法", "予以"]

    /// Degree adverbs that follow the complement marker 得 (跑得很快, 下得太大, 干得非常好).
    private static let degreeAdverbs: [String] = ["很", "太", "非常", "十分", "特别", "更", "真", "挺", "比较", "相当", "越来越", "极", "不够"]
    /// Adverbs and subjects before which 得 is the modal "must" (就得戴口罩, 更得把…, 大家得抓紧,
    /// 也得撵): dei3. 非得 and 总得 are words of the list already.
    private static let beforeModalDei: Set<String> = ["就", "也", "还", "都", "更", "又", "可", "只", "总", "必", "必须", "准", "真",
                                                      "我", "你", "您", "他", "她", "咱", "我们", "你们", "他们", "她们",
                                                      "咱们", "大家", "大伙", "大伙儿", "村民", "群众", "家长", "各家", "各户",
                                                      // … and adverbs of certainty and times (一定得去, 半夜得起来添煤)
                                                      "一定", "肯定", "还是", "恐怕", "估计", "现在", "今天", "明天", "每天",
                                                      "天天", "晚上", "半夜", "白天", "平时", "以后", "今后", "这回", "每户", "每人",
                                                      "人人", "自己", "老人", "孩子", "孩子们",
                                                      // … and times, places and adverbs that are no verb to complement (以前得雇七八个人,
                                                      // 今年得防着秋雨, 首先得说说, 家里得备上手电筒, 几乎得看一个月的天)
                                                      "以前", "今年", "明年", "往年", "首先", "几乎", "家里", "家中", "来回"]
    /// Adverbs of urgency after which 得 is the modal dei3 (得抓紧办, 得马上走).
    private static let urgency: Set<String> = ["抓紧", "赶紧", "赶快", "马上", "尽快", "立即", "立刻", "提前", "早点", "及早", "尽早",
                                               "亲自"]  // 会诊得亲自去: no complement starts so either
    /// Actions after which 得 following a phrase is the modal (出门得戴口罩, 有病得治, 这事得跟大家说).
    private static let modalActions: [String] = ["戴", "治", "跟", "交", "把", "让", "去", "找", "带", "先", "报告", "报备",
                                                    "登记", "配合", "小心", "当心", "靠", "交钱", "花钱", "多加",
                                                    // … and seeing that someone is there (家里得有人看着, 晚上得有专人值守)
                                                    "有人", "有专人"]
    /// What 得 de2 "get" takes after those subjects (他得了病, 还得了, 大家得奖): not the modal.
    private static let afterGettingDe: [String] = ["了", "过", "着", "奖", "分", "病", "票", "罪", "手", "胜", "利", "益", "逞",
                                                   "知", "救", "宠", "名", "势", "道", "意", "失", "当", "出", "数"]
    /// What 得 dé "get to" lets come about (健康长乐得实现, 权益得保障).
    private static let cameAbout: Set<String> = ["实现", "保障", "兑现", "偿"]
    /// Characters after which a lone 少 is still shao4 (the rest of a word the segmentation split:
    /// 少年, 少女, 少先队, 少将); anywhere else a lone 少 is "few, less": shao3 (少串门, 少聚会).
    private static let youngShao: [String] = ["年", "女", "男", "妇", "爷", "将", "校", "尉", "帅", "先", "壮", "儿", "林"]
    /// What 为 wei4 ("for, in order to") introduces: a purpose or the people it is done for.
    private static let afterPurposeWei: [String] = ["了", "何", "啥", "什么", "此", "使", "方便", "保障", "确保", "防止", "避免",
                                                     "切实", "进一步", "积极", "有效", "加强", "实现", "做好", "减少", "提高", "增强"]
    /// More purposes 为 wei4 introduces (为营造良好环境, 为打赢防汛攻坚战), where 为 could also be the
    /// copula after a verb of naming (确定为保护对象): taken only when no such verb or frame is before.
    private static let morePurposes: Set<String> = ["营造", "打赢", "打好", "抓好", "搞好", "维护", "保护", "巩固", "推进", "推动",
                                                  "促进", "落实", "贯彻", "全面", "更好", "预防", "防范", "杜绝", "严防", "筑牢",
                                                  "守护", "满足", "保证", "加快", "提升", "改善", "扎实", "深入", "强化", "规范",
                                                  "倡导", "弘扬", "降低", "减轻", "防治", "迎接", "庆祝", "响应", "配合", "支持",
                                                  "彻底", "坚决", "保持", "创建", "建设", "丰富", "消除", "帮助", "让", "使",
                                                  "保",  // a lone 保 is the verb (为保辖区安全): 保护区 is one word
                                                  // … and gain sought (不法分子为牟取暴利, 为谋取私利)
                                                  "牟取", "谋取", "赚取", "骗取", "获取", "贪图", "牟取暴利", "谋取私利",
                                                  // … and raising what someone earns (农机局为增加农机手的收入)
                                                  "增加", "增收", "拓宽",
                                                  // … and what one runs from (涉毒人员为逃避打击潜逃外地)
                                                  "逃避", "躲避", "规避"]
    /// Last characters of verbs of naming, listing and changing, after which 为 is the copula wei2
    /// (确定为, 认定为, 改为, 划为): the list holds most as words; these catch the rest.
    private static let namingVerbEnds: Set<Unicode.Scalar> = ["级", "定", "列", "评", "选", "改", "划", "视", "称", "作", "成", "变", "转",
                                                              "设", "名", "认", "分", "化", "立", "升", "降", "调", "评", "封", "聘", "任",
                                                              "编",
                                                              // … and of diagnosing (确诊为; 诊断为 below)
                                                              "诊"]
    /// Verbs of naming whose last character ends other words too (诊断为, 判断为; but 不断为…添砖加瓦).
    private static let namingVerbs: Set<String> = ["诊断", "判断", "理解", "解释", "翻译", "解读"]
    private static let beneficiaries: Set<String> = ["他们", "她们", "我们", "你们", "咱们", "大家", "群众", "村民", "居民", "人民",
                                                     "他", "她", "你", "您", "我", "老人", "孩子", "学生", "农民", "百姓", "老百姓",
                                                     "大伙", "乡亲", "乡亲们", "村民们", "广大", "老人家", "他人", "这事", "此事", "宝宝", "当事人",
                                                     "家人", "家里", "父母", "父亲", "母亲",
                                                     // … and the owners, users and pets of community notices (为业主安排, 为爱犬带上犬链)
                                                     "业主", "用户", "牧民", "爱犬", "宠物", "咱", "住户", "租户"]
    /// People who act for someone or something: 为 after them is wei4 (干部为群众办实事).
    private static let agents: Set<String> = ["干部", "党员", "志愿者", "医生", "医护人员", "民警", "农民", "村民", "群众", "村干部",
                                              "工作人员", "村委会", "村委", "大家", "我们", "他们", "她们", "你们", "咱们", "家长",
                                              "老师", "社区", "镇村", "网格员", "队员", "乡亲们", "村民们", "党员干部",
                                              "防疫员", "兽医", "医务人员", "防疫人员",
                                              // … and those who care for the sick (护士为前来的村民量了血压)
                                              "护士", "医师", "村医", "乡村医生", "家庭医生", "医疗队"]
    /// Adverbs of manner before 为, which make it the preposition wei4 "for" (共同为…出力, 积极为群众…,
    /// 纷纷为灾区捐款): the copula wei2 takes 均/多/即/尤/最 (均为, 尤为), never these.
    private static let mannerBeforeFor: Set<String> = ["共同", "一起", "一道", "一同", "积极", "努力", "主动", "专门", "特地", "特意",
                                                       "纷纷", "争相", "全力", "尽力", "竭力", "全心全意", "无偿", "义务", "热心", "真心",
                                                       "切实", "专"]
    /// Adverbs of time, frequency, ability and care before 为 (正在为小麦喷洒农药, 免费为农户更换厨具, 能为子女
    /// 留点念想, 及时为车辆更换雪地胎, 也为…敲响了警钟): with a clause going on after whom it names, 为 + whom
    /// + what is done, "for". After them the copula closes the clause soon (已为通识，) or has a frame before
    /// (以免费为名); 均/多/都/分别/即/要/会 (均为, 多为, 主要为) are not among them.
    private static let adverbsBeforeFor: Set<String> = ["免费", "正在", "正", "能", "能够", "可以", "及时", "定时", "逐个", "逐一",
                                                        "逐户", "先后", "提前", "也", "还", "再", "又", "已", "已经", "并", "来",
                                                        "去", "亲自", "定期", "每年", "每月", "每天", "经常", "不再", "没", "没有",
                                                        "耐心", "认真", "精心", "悉心", "用心", "全程", "继续", "集中", "专程",
                                                        "连夜", "加班加点", "加班加时", "及早", "尽快", "优先", "一直", "始终", "不断",
                                                        "持续", "率先", "愿意", "愿", "想", "还将", "也将", "仍", "仍然", "依然"]
    /// What one does a thing for, or not (不为名利，只为…; 不为待遇，只为“国家记忆”里有个名字): after 不/只
    /// 为 before them is wei4 "for the sake of". The copula keeps 不为过, 不为所动, 只为原价的一半.
    private static let gains: Set<String> = ["名", "利", "名利", "钱", "金钱", "钱财", "待遇", "报酬", "回报", "私利", "利益",
                                             "荣誉", "名誉", "功名", "出名", "赚钱", "面子", "别的", "自己"]
    /// What is done to animals or people after 为 + whom + 进行 (再次为犬只进行狂犬病疫苗免疫接种,
    /// 为圈舍进行消毒): 为 is "for".
    private static let treatments: [String] = ["接种", "免疫", "消毒", "驱虫", "注射", "检测", "体检", "治疗", "诊疗",
                                               // … and training and tagging (为参会人员进行培训, 为古樟树进行挂牌)
                                               "培训", "挂牌"]
    /// Services done for someone: 为 … 提供/服务/办理 … is wei4 "for".
    private static let services: [String] = ["提供", "服务", "办理", "解决", "排忧解难", "办实事", "送", "上门",
                                             "免费", "义诊", "体检", "捐", "代办", "讲解", "宣讲", "修", "安装", "发放",
                                             // … and what one does for a cause or a person (为自己的行为负责,
                                             // 为防疫工作作出贡献, 为他们点赞)
                                             "负责", "作出", "做出", "贡献", "点赞", "着想", "操心", "担心", "加油", "助力",
                                             "护航", "保驾", "让路", "付出", "奉献", "争光", "把关", "站岗", "买单",
                                             // … what one gains or lays down for it (为秋粮生产赢得农时, 为春耕
                                             // 争取时间, 为振兴奠定基础) and charging (为电动车充电)
                                             "赢得", "争取", "创造", "奠定", "打下", "充电",
                                             // … and the setting made for them (为幼儿创设活动天地, 为孩子营造/打造
                                             // 安全的环境, 为村民搭建平台)
                                             "创设", "营造", "打造", "搭建",
                                             // … and the file kept for each (各校要为每名学生建立健康档案)
                                             "建立", "建档",
                                             // … what one hangs up for them (为军属家庭悬挂光荣牌)
                                             "悬挂",
                                             // … and what is organised for them (为3岁以上人群开展接种)
                                             "开展", "举办",
                                             // … and what is given or brought to them (为犬只注射疫苗, 为小动物颁发
                                             // 免疫证, 为群众带来便利)
                                             "注射", "颁发", "带来",
                                             // … and what is offered to them (为老年人献上舞蹈, 将为群众献上文化大餐)
                                             "献",
                                             // … what is added to a cause (为乡村振兴添砖加瓦, 为节日增添
                                             // 气氛, 为集体经济注入活力)
                                             "添砖加瓦", "增添", "注入",
                                             // … and the way it shows them (为新时代…工作指明了方向)
                                             "指明",
                                             // … and what is paid or bought for them (单位为员工缴纳五险一金, 为员工购买保险)
                                             "缴纳", "缴费", "交纳", "购买",
                                             // … and what one keeps or does on someone's side (为举报人保密, 为其通风
                                             // 报信, 为其开脱罪责, 为他辩护, 为其撑腰)
                                             "保密", "通风报信", "开脱", "辩护", "求情", "说情", "隐瞒", "撑腰",
                                             // … and what is answered for them (面对面为老人们解答疑惑)
                                             "解答", "答疑",
                                             // … and the help given in person (定期为留守儿童辅导功课, 为老人理发)
                                             "辅导", "理发",
                                             // … and the shows put on for them (每月为每个行政村放映一场公益电影)
                                             "放映", "演出", "送戏",
                                             // … and what is done for them in the field notices of stop 29 (为白鹭包扎伤口,
                                             // 为鸟类撑起保护伞, 为获奖者颁奖, 为农户理赔, 为每个村配备, 为母猪买了保险)
                                             "包扎", "撑起", "筑起", "颁奖", "架设", "理赔", "代缴", "减免", "配备", "打扫",
                                             "揭牌", "定损", "送来", "谋划", "治病", "挂牌", "买", "上保险", "投保",
                                             // … and what is cheered or sought for them (我为党和政府点个赞, 为农民工找工作)
                                             "点个赞", "鼓掌", "喝彩", "找工作",
                                             // … and the jab given to them or their animals (正在为他家的牛打预防针)
                                             "打预防针", "打疫苗", "打针",
                                             // … and, in the notices of stop 30, what is put on, prepared, taught or
                                             // paid for them (为新兵佩戴红花, 为应征青年准备, 为全校师生上开学第一课,
                                             // 为幼儿报名, 为农机车辆粘贴反光贴, 为这些老人支付, 为在校大学生开设)
                                             "佩戴", "戴好", "准备", "上开学", "上了一堂", "报名", "赠书", "赠送", "粘贴", "张贴",
                                             "立规矩", "支付", "征集", "培养", "下达", "开设", "出一份力", "出力", "站好岗",
                                             "测量", "致辞", "解锁", "就业"]
    /// A service of two or more characters that the segmentation cut into single characters (定|损, 点|赞,
    /// 筑|起): sought in the next words joined, up to ten, with the service nouns taken out.
    private static func servicesSplit(after around: ContextRules.Neighbours) -> Bool {
        var joined = ""
        for k in 2...11 { guard let w = around.following(k) else { break }; joined += w }
        for noun in serviceNouns { joined = joined.replacingOccurrences(of: noun, with: "|") }
        return services.contains { $0.unicodeScalars.count >= 2 && joined.contains($0) }
    }
    /// Nouns that begin with a service (本科室负责人, 服务员, 服务站): a person or a place, so 为 before
    /// them is the copula (护士长为本科室负责人: is), not "for".
    private static let serviceNouns: Set<String> = ["负责人", "服务员", "服务站", "服务点", "服务中心", "服务区", "服务队"]
    /// What 以 … 为 sets something up as (以宣传单为载体, 以“…”为主题的活动, 以养老为名): before
    /// them, closing the clause or before 的, 为 is the copula wei2 even when 以 is out of sight.
    private static let asFrames: Set<String> = ["主题", "载体", "抓手", "主线", "核心", "重点", "宗旨", "目标", "原则", "契机",
                                                "纽带", "平台", "基础", "根本", "单位", "名", "主体", "中心", "导向", "依据",
                                                "前提", "方向", "诱饵", "幌子", "借口", "手段", "媒介", "桥梁", "阵地", "例"]
    /// What one hides: 藏 before them is the verb cang2 (藏猫腻, 藏隐患).
    private static let hiddenThings: [String] = ["猫腻", "陷阱", "隐患", "危险", "风险", "玄机", "祸心", "私心", "凶器", "毒品",
                                                 "粮"]  // 藏粮于地: store grain
    /// What follows a rate (知晓率低, 出米率达, 病粒率低于): 率 after a word and before one of them is lǜ.
    private static let afterRate: [String] = ["达", "为", "是", "低", "高", "超", "不足", "不低", "不高", "提高", "提升", "下降",
                                              "降", "上升", "增", "减", "在", "均", "和", "及", "与", "的", "较", "比", "同比",
                                              "明显", "大幅", "逐年", "稳", "保持", "要", "应", "须", "必须", "已", "仅", "只有",
                                              "约", "位居", "居", "排", "偏", "等", "纳入", "远", "列入", "计入", "总体", "满意度"]
    /// Degree words and what is measured, after which a free 薄 is báo "thin" (很薄, 冰层薄, 一层薄土).
    private static let thinAfter: [String] = ["很", "太", "较", "更", "最", "变", "越", "得", "挺", "特别", "比较", "非常", "相当",
                                              "层", "冰", "纸", "衣服", "被子"]
    /// What is thin, after a free 薄 (薄土, 薄冰, 薄被): báo.
    private static let thinThings: [String] = ["土", "冰", "被", "衣", "片", "膜", "纸", "雪", "毯", "棉", "一层", "一些", "一点", "薄"]
    /// What is held in a vessel, and the vessels: 盛 before them, or 盛装/盛放 a few words before them,
    /// is chéng "hold, fill" (盛满水, 盛装容器, 盛放食物的器皿), not shèng (旺盛, 盛装出席, 花朵盛放).
    private static let heldThings: [String] = ["容器", "器皿", "器具", "餐具", "碗", "盆", "桶", "瓶", "食物", "食品", "饭", "菜",
                                               "汤", "粥", "水", "酒", "白酒", "油", "液体", "农药", "粮食", "熟食", "生食"]
    /// What is said to be dry in health and weather notices: 干 after it is gān (口干, 皮肤干, 天气干).
    private static let drySubjects: Set<String> = ["口", "嘴", "嘴巴", "嘴唇", "舌头", "喉咙", "嗓子", "咽喉", "咽", "鼻子", "鼻腔",
                                                   "眼睛", "眼", "皮肤", "天气", "空气", "气候", "土壤"]
    /// A body, or a verb of sweating, a word or three before a free 汗: the sweat hàn, not the khan.
    private static let sweatContext: Set<String> = ["浑身", "全身", "满身", "一身", "身上", "满头", "头上", "额头", "脸上", "手心",
                                                    "出", "流", "冒", "淌", "擦", "出了", "流了", "冒了"]
    /// Waste and liquids one pours out: 倒 before where they go, with one of them a few words back, is
    /// dào "pour, dump" (垃圾不要倒在河边); 大树倒在路边 (fall) stays dǎo.
    private static let pouredThings: [String] = ["垃圾", "污水", "脏水", "废水", "泔水", "剩饭", "剩菜", "杂物", "粪便", "农药",
                                                 "药液", "废油", "地沟油",
                                                 // … ashes and cinders (把炉灰和煤渣倒在指定地点), dung
                                                 "灰", "渣", "粪", "粪水"]
    /// What falls over (房屋, 围墙, 大树, 电线杆, 大棚, 庄稼): 倒 after it is dǎo.
    private static let fallers: [String] = ["房", "屋", "墙", "树", "杆", "棚", "桥", "楼", "庄稼", "玉米", "小麦", "水稻", "麦子",
                                            "稻子", "人"]
    /// Adverbs and modals before a clause-final 倒 "pour, dump" (炉灰要浇透了再倒, 垃圾不能随便倒): not
    /// the result verbs of 倒 "fall" (吹倒, 撞倒, 摔倒).
    private static let beforeDumping: Set<String> = ["再", "就", "才", "要", "别", "不要", "不能", "不得", "乱", "随意", "随便",
                                                     "统一", "集中", "定点", "能", "可以", "严禁", "禁止", "往外"]
    /// Plants one grows, before which a free 种 is the verb zhòng (偷种罂粟, 种毒必铲, 在山上种大麻, 种玉米).
    private static let plantsGrown: [String] = ["罂粟", "大麻", "毒", "麻黄", "烟苗", "大烟", "玉米", "小麦", "水稻", "蔬菜",
                                                "果树", "花生", "土豆", "红薯", "辣椒", "药材", "庄稼", "棉花", "油菜", "大豆",
                                                // … and what land let out is planted with (流转土地后种苗木, 种树, 种茶)
                                                "苗木", "树苗", "树", "茶", "粮", "菜", "瓜", "花卉", "烟叶", "甘蔗", "中药材",
                                                // … and 种 + 养殖 (发展种养殖业: growing and raising)
                                                "养殖"]
    /// Last characters of the words after which 种 is the measure word zhǒng "kind" (一种, 这种, 几种,
    /// 有种…): before a plant too (一种罂粟, 有种大麻叫…).
    private static let countingEnds: Set<Unicode.Scalar> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "几",
                                                           "多", "哪", "某", "每", "这", "那", "各", "该", "此", "本", "另", "同",
                                                           "何", "啥", "么", "有", "品", "物", "变", "人", "良", "杂", "播", "新"]
    /// What one eats or uses something as: 当 + it + 用/吃 closing the clause is dàng "treat as"
    /// (罂粟壳不能当调料用, 别把保健品当药吃).
    private static let usedAs: Set<String> = ["用", "吃", "喝", "使", "使用", "看待", "对待"]
    /// Abilities and strengths judged poor: 差 after them is chà (抵抗力差, 免疫力差).
    private static let abilities: Set<String> = ["抵抗力", "免疫力", "体力", "能力", "记忆力", "自控力", "耐力", "自理能力"]
    /// Adverbs, modals and verbs of intent before a clause-final 种, the verb zhòng (再种, 抓紧种, 还没种).
    private static let beforePlanting: Set<String> = ["再", "去", "来", "要", "没", "不", "先", "还", "抢", "补", "复", "能", "可",
                                                      "会", "就", "才", "也", "又", "尽", "早", "晚", "都", "等着", "抓紧", "打算",
                                                      "准备", "适时", "及时", "赶紧", "马上", "可以", "不能", "没有", "还没", "应该",
                                                      "必须", "按时", "错季", "不要", "别"]
    /// Results a 种 "plant" fails or manages after 不 (种不了别的, 种不好, 种不出来): zhòng.
    private static let plantingResults: [String] = ["了", "好", "出", "成", "活", "下", "上", "完"]
    /// Results of repaying (还得上, 还不上, 还不起, 还得清: can or cannot pay back): after 还 + 得/不 and
    /// closing the clause or before the debt, 还 is huán; 还得上班, 还不起床 go on to a word.
    private static let repaidResults: Set<String> = ["上", "起", "清"]
    /// What is paid back, after 还 + 得/不 + a result (还不上贷款, 还不起钱).
    private static let debts: [String] = ["贷款", "钱", "债", "款", "欠款", "利息", "本金", "本息", "借款", "房贷", "车贷", "的",
                                          "吗", "呢", "啊", "怎么", "咋", "时", "的话", "就", "会"]
    /// Whether 还 + 得/不 + a result of repaying closes the clause or goes on to the debt.
    private static func repaying(after around: Neighbours, from k: Int) -> Bool {
        guard let result = around.following(k), repaidResults.contains(result) else { return false }
        return around.following(k + 1).map { w in debts.contains(where: { w.hasPrefix($0) }) } ?? true
    }
    /// Units led by a head: 长 closing a clause after one of them is zhǎng (村民小组长、, 网格长、, 楼栋长),
    /// not cháng "long".
    private static let ledUnits: [String] = ["人武部", "小组", "村民组", "网格", "栋", "楼栋", "单元", "片区", "班组", "中队", "大队",
                                             "小队", "生产队", "户", "村民小组",
                                             // … and who commands or leads a forest (副指挥长、, 总林长、)
                                             "指挥", "林"]
    /// Adverbs before a lone 是 after which 为 is "for, in order to" (主要是为适应…, 就是为群众).
    private static let beforeShiFor: Set<String> = ["主要", "就", "也", "都", "正", "只", "还", "更", "全", "完全", "恰恰", "其实",
                                                    "无非", "正好", "只不过", "不过"]
    /// Adverbs and prepositions after the future marker 将 jiāng (工作将陆续展开, 将于明天举行, 将全面
    /// 启动): 将 jiàng "general" is a noun in words (大将, 将领, 主将) and takes none of them.
    private static let afterFutureJiang: [String] = ["陆续", "全面", "于", "逐步", "继续", "进一步", "持续", "依次", "统一", "分批",
                                                     "分别", "集中", "逐渐", "正式", "再", "在", "会", "不", "对", "从", "按",
                                                     "根据", "按照", "视", "予以", "给予", "迎来", "成为", "实现", "开展", "启动",
                                                     "举行", "举办", "组织", "开始", "立即", "及时", "尽快", "陆", "一律", "严格",
                                                     "依法", "进行", "加大", "加强", "采取"]
    /// Modals and degree words after which 降 is jiàng "lower, fall" (可降1.5%, 能降两度, 再降): the
    /// verb xiáng "surrender" (迎降, 乞降, 投降) takes none of them.
    private static let beforeLowering: Set<String> = ["可", "能", "可以", "能够", "再", "会", "已", "已经", "又", "逐步", "逐年", "大幅",
                                                      "明显", "略", "稍", "还", "均", "每天", "每年", "每月", "最多", "最高", "将会"]
    /// How 系 ji4 "tie, fasten" ends and what it ties (系好安全带, 系上鞋带, 不系安全带, 系紧绳子): the
    /// results are whole words (not 确系上海人, 确系好人家), the things prefixes.
    private static let tyingResults: Set<String> = ["好", "上", "紧", "牢", "住"]
    private static let tiedThings: [String] = ["安全带", "鞋带", "领带", "红领巾", "围巾", "围裙", "腰带", "绳", "带子", "扣子",
                                               "纽扣", "头巾"]
    /// Where livestock go into their pen: 圈 (圈里) after them is juàn (牲畜要关进圈里, 把羊赶回圈里).
    private static let penEntries: Set<String> = ["进", "回", "关进", "赶进", "赶回", "关回", "放回", "赶到", "关到", "关在", "养在"]
    /// Verbs that shut or drive livestock somewhere: 圈 after them and 在/到 is the pen (关在圈里,
    /// 养在圈里, 拴在圈里).
    private static let penVerbs: Set<String> = ["关", "赶", "养", "拴", "撵", "圈"]
    /// Livestock whose pen 圈 (圈里) after them is (猪圈里, 牛圈里: the segmentation splits 猪|圈里).
    private static let penAnimals: Set<String> = ["猪", "牛", "羊", "马", "驴", "骡", "鸡", "鸭", "鹅", "兔"]
    /// 圈 (圈里) in its place is the pen: after 进/回 or a verb of shutting in + 在/到.
    private static func intoPen(_ around: Neighbours) -> Bool {
        guard let previous = around.previous() else { return false }
        if penEntries.contains(previous) || penAnimals.contains(previous) { return true }
        return ["在", "到"].contains(previous) && (around.preceding(2).map { penVerbs.contains($0) } ?? false)
    }
    /// Uses 供 gong1 "for the use of" names (供参考, 供使用, 供选择).
    private static let usesServed: [String] = ["参考", "使用", "选择", "查阅", "学习", "借鉴", "休息", "参观", "游客", "游人",
                                               "群众", "村民", "居民", "市民", "农户", "社会"]
    /// Words that make a later 为 the copula wei2 (以村民为主体, 把他评为, 将其列为, 被选为).
    private static let copulaFrames: Set<String> = ["以", "把", "将", "被", "视", "认", "称", "选", "评", "作", "拜", "奉", "任命", "评选"]
    /// Words of a request: 应 before them is ying4 ("at the request of": 应群众要求).
    private static let requestWords: Set<String> = ["要求", "邀请", "之邀", "号召", "请求"]
    /// What 长 chang2 ("long") measures when it stands before it.
    private static let durations: [String] = ["时间", "期", "久", "远", "途", "年", "达"]
    /// What is long rather than grown, before 长得 (时间长得很, 路长得很).
    private static let longThings: [String] = ["时间", "日子", "路", "距离", "队伍", "假期", "夜", "期", "线", "河", "绳", "周期", "过程"]
    /// What is judged poor (天气差, 信号差) and degree words (很差, 太差): 差 after them is cha4.
    private static let judged: [String] = ["很", "太", "较", "更", "最", "特别", "非常", "极", "天气", "质量", "条件", "成绩",
                                           "效果", "信号", "视力", "身体", "体质", "环境", "卫生", "服务", "态度", "水质", "空气", "路况",
                                           // … and any quality named with 性 (适应性差, 稳定性差, 透气性差)
                                           "性",
                                           // … and how a room or the air is (空气流通差, 通风差, 采光差, 隔音差)
                                           "流通", "通风", "透气", "采光", "光线", "隔音",
                                           // … and how badly (运气不会这么差)
                                           "这么", "那么",
                                           // … and the state of a crop or of the soil's moisture (苗情差, 墒情差, 长势差),
                                           // and 极差 "extremely poor" (平衡性极差)
                                           "情", "长势", "极"]
    /// Words of duty before a clause-final 看好/看住 (行李要看好): look after, not "favour".
    private static let dutyWords: Set<String> = ["要", "得", "一定要", "务必", "必须", "都要", "可要", "更要", "也要", "请"]
    /// What one looks after (看好/看住/看管 kan1): people and belongings, not prospects.
    private static let custody: [String] = ["自己", "自家", "孩子", "小孩", "子女", "老人", "家人", "家门", "门户", "门窗", "门",
                                            "财物", "钱包", "钱袋子", "地块", "田", "山林", "火源", "火种", "牲畜", "学生", "娃",
                                            "行李", "东西", "物品", "车辆", "电动车", "家禽"]
    /// 把 + people or belongings right before 看 (把孩子看好, 把自家的门看住): they are looked after,
    /// and 看 is kān.
    private static func keptByBa(_ around: Neighbours) -> Bool {
        guard let previous = around.previous(), custody.contains(where: { previous.hasPrefix($0) }) else { return false }
        return around.anyPreceding(2...4, { $0 == "把" })
    }
    /// Who is set to tend something, before a lone 看 (要有人看火, 安排专人看炉子): kān "tend".
    private static let tenders: Set<String> = ["人", "专人", "有人", "要", "得", "负责", "专门", "轮流", "留人", "派人"]
    /// What is tended (火, 炉子) besides the people and belongings of `custody`.
    private static let tended: Set<String> = ["火", "炉子", "炉火", "火炉", "火盆", "火塘", "灶", "灶火",
                                              // … and the hills and woods a ranger guards (安排专人看山)
                                              "山", "林", "山林", "林子"]

    /// One-character words before which 子 keeps zi3: numbers and ordinals (第三子), kinship and rank
    /// (其子, 父子, 王子, 君子, 男子), where 子 is "son, person", not a suffix.
    private static let fullToneZi: Set<String> = ["一", "两", "几", "这", "那", "每", "哪", "多", "半", "二", "三", "四",
                                                  "五", "六", "七", "八", "九", "十", "百", "千", "万", "其", "之", "父", "母",
                                                  "妻", "孝", "君", "天", "庶", "嫡", "爱", "幼", "养", "诸", "才", "男", "女",
                                                  "学", "弟", "臣", "赤", "游", "逆", "孙", "太", "世", "王", "公", "侯", "士",
                                                  "长", "次", "独", "遗", "犬", "小", "该", "此", "彼", "亲", "继", "义", "舍", "令"]

    /// A frame of the copula 为 up to five words back, except 将 just before it, which is "will"
    /// (还将为老人上门服务, 将为其申请), not the frame 将…列为.
    private static func copulaFrameBeforeWill(_ around: Neighbours) -> Bool {
        (1...5).contains { k in around.preceding(k).map { copulaFrames.contains($0) && !(k == 1 && $0 == "将") } ?? false }
    }

    /// A frame of the copula 为 wei2 up to five words back (以/把/将/被 …) or a verb of naming just
    /// before it (确定为, 改编为): what makes a 为 (or 为民) "is, as" rather than "for".
    private static func copulaFrameOrNamingVerb(before around: Neighbours) -> Bool {
        around.anyPreceding(1...5, { copulaFrames.contains($0) })
            || around.previous().flatMap { $0.unicodeScalars.last }.map { namingVerbEnds.contains($0) } ?? false
            || around.previous().map { namingVerbs.contains($0) } ?? false
    }

    /// The reading of the one-character word `char` in its place, and the rule's name; nil when no
    /// rule applies (the model or standalone.tsv decide).
    static func reading(of char: Unicode.Scalar, _ around: Neighbours) -> (reading: String, rule: String)? {
        guard concerned.contains(char) else { return nil }
        switch char {
        case "得":
            guard let next = around.next() else { return nil }
            // 得 + a serious illness named (当孩子得肺炎住院时, 老人得癌症): dé "contract".
            if ["肺炎", "癌症", "重病", "大病", "绝症", "白血病", "重感冒"].contains(where: { next.hasPrefix($0) }) {
                return ("de2", "得 + an illness (孩子得肺炎: contract): de2")
            }
            // 得与失, 得和失 (gain and loss, often quoted: 经得住“得与失”): the noun dé.
            if ["与", "和", "或"].contains(next), around.following(2).map({ $0.hasPrefix("失") }) ?? false {
                return ("de2", "得与失 (gain and loss): de2")
            }
            // 得 + a disease (人得热射病, 会得包虫病, 容易得感冒): dé "contract", not the complement.
            if diseaseFollows(around)
                || (around.previous().map { ["会", "能", "容易", "易", "可能", "都会", "也会", "就会", "不会"].contains($0) } ?? false
                    && ["流感", "感冒", "肺炎", "癌", "肝炎", "结核", "中暑", "冻疮", "近视"].contains(where: { next.hasPrefix($0) })) {
                return ("de2", "会/容易 + 得 + a disease (会得包虫病: contract): de2")
            }
            // 还得上, 还得起 (can repay): the complement marker, see 还.
            if around.previous() == "还", repaying(after: around, from: 1) {
                return ("de5", "还得上 (can repay): de5")
            }
            if next == "了", let previous = around.previous(), potentialVerbs.contains(previous) {
                return ("de5", "verb + 得了 (吃得了: can): de5")
            }
            if degreeAdverbs.contains(where: { next.hasPrefix($0) }) {
                return ("de5", "得 before a degree word (跑得很快): de5")
            }
            // Before an adverb of urgency 得 is "must" whoever precedes (这事得抓紧办, 得赶紧走): a
            // complement never starts so.
            if urgency.contains(next) {
                return ("dei3", "得 before an adverb of urgency (得抓紧办: must): dei3")
            }
            // Opening a clause before an action (这事不能拖，得抓紧办; 天冷了，得把孩子看好) 得 is
            // "must" too: there is no verb before it to complement, and 得 "get" takes its object
            // as a word (得知, 得到, 得益) or a noun, not an action.
            if around.previous() == nil, modalActions.contains(where: { next.hasPrefix($0) }) {
                return ("dei3", "得 opening a clause before an action (得把孩子看好: must): dei3")
            }
            if let previous = around.previous(), beforeModalDei.contains(previous),
               !afterGettingDe.contains(where: { next.hasPrefix($0) }) {
                return ("dei3", "得 after an adverb or a subject, before a verb (就得戴口罩, 大家得抓紧: must): dei3")
            }
            // After a phrase (出门, 有病, 这事儿) and before an action with its object (戴, 治, 跟, 交, 把)
            // 得 is "must": a complement after a phrase describes (说得清楚), it does not act.
            // 打扮得跟…一样 compares: de5.
            if let previous = around.previous(), previous.unicodeScalars.count >= 2, modalActions.contains(where: { next.hasPrefix($0) }),
               !(next == "跟" && around.anyFollowing(2...7, { ["一样", "似的", "一般", "差不多"].contains($0) })) {
                return ("dei3", "phrase + 得 + an action (出门得戴口罩: must): dei3")
            }
            // 得 + a verb of going, waiting or spending + how much of it (得走好几里路, 得等好几天,
            // 得跑老远): "must", the effort it takes; a complement does not go on to count it.
            if ["走", "跑", "等", "花", "排", "坐", "熬", "忙", "干"].contains(next),
               let after = around.following(2).map({ $0 + (around.following(3) ?? "") }),
               ["好几", "好多", "老远", "大半", "半天", "一整"].contains(where: { after.hasPrefix($0) }) {
                return ("dei3", "得 + a verb of going or waiting + how much (得走好几里路: must): dei3")
            }
            // 得 before what it lets come about (健康长乐得实现, 权益得保障) is dé "get to, be able
            // to": a complement does not open with such a verb. The modal (还得实现) was taken above.
            if let previous = around.previous(), !beforeModalDei.contains(previous), cameAbout.contains(next) {
                return ("de2", "得 before what comes about (愿望得实现, 权益得保障: get to): de2")
            }
            // Between a verb or adjective and what it came to (激动得眼泪都出来了, 听得懂) 得 is the
            // complement marker; 得 "get" takes 了 or its object (他得了病, 得奖).
            if let previous = around.previous(), !beforeModalDei.contains(previous),
               !afterGettingDe.contains(where: { next.hasPrefix($0) }) {
                return ("de5", "得 after a verb or adjective (激动得眼泪都出来了): de5")
            }
        case "儿":
            // A lone 儿 after a word is its r-colouring (提个醒儿, 花儿), not the syllable er2 (儿童
            // and 女儿 are words of the list and keep it).
            // A lone character opening the clause before it is more often a name (叶儿遗址, 瑚儿):
            // left to the model.
            if let previous = around.previous(), !(around.previousOpensClause && previous.unicodeScalars.count == 1) {
                return ("r5", "儿 after a word (提个醒儿): erhua r5")
            }
        case "少":
            if let next = around.next(), youngShao.contains(where: { next.hasPrefix($0) }) { return nil }
            return ("shao3", "少 on its own (少串门, 少聚会: few, less): shao3")
        case "尽":
            // 尽 jin3 "as far as possible" lives in words (尽量, 尽快, 尽早, 尽可能); a lone 尽 before
            // a duty or an effort is "fulfil, exhaust": 尽到责任, 尽力, 尽职, 尽心, 尽义务.
            if let next = around.next(), ["到", "力", "职", "责", "心", "义务", "孝", "本分", "赡养", "抚养", "扶养"].contains(where: { next.hasPrefix($0) }) {
                return ("jin4", "尽 before a duty or an effort (尽到责任): jin4")
            }
            // 应 X 尽 X (应保尽保, 应缴尽缴, 应退尽退): all that should be X-ed are, jin4; 应X may be one
            // word (应收) or two.
            if let previous = around.previous(), let next = around.next(), previous.unicodeScalars.count <= 2 {
                let verb = previous.hasPrefix("应") && previous.unicodeScalars.count == 2 ? String(previous.dropFirst()) : previous
                if verb == next, previous != verb || around.preceding(2) == "应" {
                    return ("jin4", "应 X 尽 X (应缴尽缴: all that should be): jin4")
                }
            }
        case "量":
            // A lone 量 before how often or how briefly it is done (量一下体温, 每天量两次, 早晚各量一次) is
            // the verb "measure", liáng; liàng "amount, estimate" lives in words (数量, 量力而行).
            if let next = around.next(), next.hasPrefix("一下") || next.hasPrefix("一次") || next.hasPrefix("两次")
                || (next.hasSuffix("次") && next.unicodeScalars.count <= 3 && next.unicodeScalars.allSatisfy({ Self.countDigits.contains($0) || $0 == "次" })) {
                return ("liang2", "量 before how often (量一下体温, 每天量两次): the verb liang2")
            }
        case "解":
            // A lone 解 in a notice is the verb "solve, untie, relieve" (为百姓解难题, 解渴); the
            // surname xie4 comes with a title or a name, which domain.tsv lists (解主任).
            return ("jie3", "解 on its own (解难题: solve): jie3")
        case "了":
            // After a verb or an adjective 了 is the particle le5 (睡醒了, 累了就睡); liao3 "finish,
            // be able to" follows 得/不 (吃得了, 受不了), which the list mostly holds as words, and
            // opens words (了解, 了不起): left to the model there.
            guard let previous = around.previous(), let last = previous.unicodeScalars.last else { return nil }
            if last == "不" { return ("liao3", cannot) }
            if previous == "得" {
                if let verb = around.preceding(2), potentialVerbs.contains(verb) {
                    return ("liao3", "verb + 得了 (吃得了: can): liao3")
                }
                return nil
            }
            return ("le5", "了 after a verb or adjective (睡醒了): le5")
        case "啦":
            // Closing a clause 啦 is the particle la5 (开始啦！); la1 lives in 啦啦队 and in names
            // (哆啦A梦), where the character before is 啦 or 哆 or the word goes on.
            if around.next() == nil, let previous = around.previous(), let last = previous.unicodeScalars.last,
               last != "啦", last != "哆" {
                return ("la5", "啦 closing a clause (开始啦): la5")
            }
        case "藏":
            // Before where or how it is hidden 藏 is the verb cang2 (藏好, 藏起来, 藏在床下); zang4
            // (Tibet, 宝藏) is in words and names (藏族, 驻藏大臣), which this does not see.
            if let next = around.next(), ["好", "起", "在", "进", "到", "着", "匿"].contains(where: { next.hasPrefix($0) }) {
                return ("cang2", "藏 before where or how it is hidden (藏好, 藏在): cang2")
            }
            if around.previous() == "所" { return ("cang2", "所藏 (what is kept): cang2") }
            // After a negation, a ban or 该 藏 is the verb (不买、不藏、不燃, 不要藏有易燃物品, 严禁藏匿), and so
            // is the 藏 that repeats it after 的 (该收的收，该藏的藏).
            if around.previous() == "的", around.preceding(2) == "藏" { return ("cang2", "该藏的藏 (what is to be stored): cang2") }
            if let previous = around.previous(), ["不", "别", "没", "勿", "莫", "不要", "不准", "不得", "严禁", "禁止", "不能", "该"].contains(previous) {
                return ("cang2", "藏 after a negation, a ban or 该 (不藏, 不要藏, 该藏的藏): cang2")
            }
            // Before what is hidden, 藏 is the verb too (花言巧语藏猫腻, 路边藏隐患).
            if let next = around.next(), hiddenThings.contains(where: { next.hasPrefix($0) }) {
                return ("cang2", "藏 before what is hidden (藏猫腻, 藏隐患): cang2")
            }
        case "率":
            // Closing a word of what is counted (知晓率, 病粒率, 出米率), before the clause ends or
            // what a rate does (达, 低于, 为), 率 is lǜ "rate"; shuài "lead" comes before whom it
            // leads (县长率队, 率工作组到村), and lives in words (率先, 率领, 坦率).
            guard around.previous() != nil, !around.clauseStart else { return nil }
            // … and before the rate itself (分娩率百分之九十九点八).
            if let next = around.next(), !afterRate.contains(where: { next.hasPrefix($0) }), afterNumber(around) == nil { return nil }
            return ("lv4", "率 closing what is counted (知晓率, 出米率低于): lv4")
        case "薄":
            // A free 薄 measured or compared (很薄, 冰层薄, 一层薄土) or before what is thin (薄土, 薄冰)
            // is the adjective báo; bó lives in words (薄弱, 单薄, 稀薄, 如履薄冰) and the surname.
            if let previous = around.previous(), thinAfter.contains(where: { previous.hasSuffix($0) }) {
                return ("bao2", "薄 after a degree word or a layer (很薄, 一层薄土): bao2")
            }
            if let next = around.next(), thinThings.contains(where: { next.hasPrefix($0) }) {
                return ("bao2", "薄 before what is thin (薄土, 薄冰): bao2")
            }
        case "铺":
            // Before where or how it is spread (铺在地上, 铺成一片, 铺平) 铺 is the verb pū; pù (shop,
            // bunk) lives in words (店铺, 床铺, 卧铺) and place names.
            if let next = around.next(), ["在", "到", "成", "平", "开", "满", "好", "上"].contains(where: { next.hasPrefix($0) }) {
                return ("pu1", "铺 before where or how it is spread (铺在地上, 铺平): pu1")
            }
        case "倒":
            // A building, a tree or a crop, then 倒 closing the clause or before 了 (房屋倒了两间, 玉米倒了一片):
            // dǎo "fall". Nothing poured is among them.
            if let previous = around.previous(), fallers.contains(where: { previous.hasSuffix($0) }),
               around.next() == nil || around.next() == "了" {
                return ("dao3", "a building, tree or crop + 倒 (房屋倒了: fall): dao3")
            }
            // Waste or a liquid, then 倒 + where it goes (垃圾不要倒在河边, 把污水倒到沟里): dào "dump".
            if let next = around.next(), ["在", "到", "向", "往"].contains(next),
               around.anyPreceding(1...4, { w in pouredThings.contains(where: { w.hasSuffix($0) }) }) {
                return ("dao4", "waste + 倒 + where it goes (垃圾不要倒在河边: dump): dao4")
            }
            // Closing the clause after an adverb or a modal, with the waste a few words back (炉灰要浇透了
            // 再倒, 垃圾不能随便倒): dump too. 被风吹倒 (fall) has a result verb before it.
            if around.next() == nil, let previous = around.previous(), beforeDumping.contains(previous),
               around.anyPreceding(2...7, { w in pouredThings.contains(where: { w.hasSuffix($0) }) }) {
                return ("dao4", "waste … 再倒 closing the clause (炉灰要浇透了再倒: dump): dao4")
            }
        case "盛":
            // Before what fills it or how (盛满水, 盛饭, 盛上汤) 盛 is the verb chéng. Not before 水,
            // which is also 盛水期 (the high-water season, shèng).
            if let next = around.next(), ["满", "上", "好", "进", "在", "到", "出", "饭", "菜", "汤", "粥", "酒", "油"].contains(where: { next.hasPrefix($0) }) {
                return ("cheng2", "盛 before what it holds or how (盛满水, 盛饭): cheng2")
            }
        case "将":
            // After 应, 应当, 须, 要 (小区应将电动自行车集中停放): 将 "take", the object marker jiāng.
            if let previous = around.previous(), ["应", "应当", "应该", "须", "必须", "要", "需", "需要", "务必"].contains(previous),
               around.next() != nil {
                return ("jiang1", "应/须 + 将 + what is handled (应将车辆集中停放): jiang1")
            }
            // Before an adverb or what is going to happen (夏收工作将陆续展开, 将于明天举行) 将 is the
            // future marker jiāng, which the model reads jiàng after a noun now and then.
            if around.previous() != nil, let next = around.next(), afterFutureJiang.contains(where: { next.hasPrefix($0) }) {
                return ("jiang1", "将 before an adverb or what is to happen (工作将陆续展开: will): jiang1")
            }
            // 请将 + what is handed over or put somewhere (请将回执交给班主任, 请将车辆停放在指定位置): the
            // object marker jiāng of a request; the model read jiàng before some nouns.
            if around.previous() == "请" || around.previous() == "务请" || around.previous() == "敬请", around.next() != nil {
                return ("jiang1", "请将 + what is handed over (请将回执交给班主任): jiang1")
            }
        case "降":
            // After a modal or a degree word (每天可降2%, 能降两度) or before how far (降至, 降到) 降 is
            // jiàng; xiáng "surrender" (迎降, 乞降, 尽降) follows none of them.
            if let previous = around.previous(), beforeLowering.contains(previous) {
                return ("jiang4", "降 after a modal or a degree word (可降, 能降): jiang4")
            }
            if let next = around.next(), ["至", "到", "低", "幅", "级", "价"].contains(where: { next.hasPrefix($0) }) {
                return ("jiang4", "降 before how far (降至, 降到): jiang4")
            }
        case "系":
            // 系 ji4 "tie, fasten" (现代汉语词典: 打结, 扣: 系鞋带, 系安全带) before how or what is tied
            // (系好安全带, 系上, 系紧); xi4 (be; department; relate) stands in words (关系, 联系, 系统,
            // 中文系) or before what it is (确系本人).
            if let next = around.next(), tyingResults.contains(next) || tiedThings.contains(where: { next.hasPrefix($0) }) {
                return ("ji4", "系 before how or what is tied (系好安全带, 系鞋带: tie): ji4")
            }
        case "干":
            // The adjective gān "dry" said of a mouth, skin or the air (出现口干、乏力; 天气干，要多喝水),
            // and the dry cough 干咳嗽; a free 干 is otherwise the verb gàn (干活, 苦干实干), which is
            // all the model has seen free.
            if let previous = around.previous(), drySubjects.contains(previous) {
                return ("gan1", "干 after a mouth, skin or the air (口干, 天气干: dry): gan1")
            }
            if let next = around.next(), next == "咳嗽" || next == "咳" {
                return ("gan1", "干 before 咳嗽 (干咳嗽: a dry cough): gan1")
            }
            // 干 + how long or how much + 活 (干一天活能挣150元, 干点活): do work, gàn, where the model read
            // gān before 一天 (干一杯 "bottoms up" has no 活).
            if around.anyFollowing(1...3, { ["活", "活儿", "农活", "家务", "家务活", "体力活", "重活", "累活"].contains($0) }) {
                return ("gan4", "干 + how long + 活 (干一天活: do work): gan4")
            }
            // Work to do (有活干, 有活儿干) and work done well or through (把工作干好, 把活干完): gàn; dried
            // things (晒干, 擦干, 衣服干了) are gān, words or after 晒/擦/烘/晾.
            if let previous = around.previous(), ["活", "活儿", "事", "事儿", "工作", "就", "着", "实", "苦", "带头", "撸起袖子"].contains(previous)
                || (around.next().map { ["好", "完"].contains($0) } ?? false && around.anyPreceding(2...4, { $0 == "把" })
                    && !(around.previous().map { ["晒", "擦", "烘", "晾", "吹", "风", "阴", "衣服", "被子", "粮食"].contains($0) } ?? false)) {
                return ("gan4", "活干, 把…干好 (有活干, 把工作干好: do): gan4")
            }
        case "汗":
            // Sweat on a body or running off it (浑身大汗时, 出了一身汗): hàn. Not a blanket hàn for a free
            // 汗: in history text it is the title khan (拥立…为大汗, 土谢图汗), hán.
            if around.anyPreceding(1...3, { sweatContext.contains($0) }) {
                return ("han4", "汗 after a body or a verb of sweating (浑身大汗, 出了一身汗): han4")
            }
        case "舍":
            // 不舍, 难舍 (眼中写满了不舍, 孩子难舍爸妈): shě "part with"; 舍不得 and 依依不舍 are words.
            if let previous = around.previous(), previous == "不" || previous == "难" || previous.hasSuffix("不") {
                return ("she3", "不舍/难舍 (part with): she3")
            }
            // A lone 舍 before what is given up (舍小家为大家, 舍家为国) is the verb shě; the model read
            // the noun shè. 牛舍/羊舍 (the animal's house) have the noun after their animal.
            if let next = around.next(), givenUp.contains(where: { (next + (around.following(2) ?? "")).hasPrefix($0) }) {
                return ("she3", "舍 before what is given up (舍小家为大家: give up): she3")
            }
        case "着":
            // Catching fire or being hurt by it, the cold or a knock (别把被褥烤着了, 柴草烧着了, 小心烫着, 别冻着):
            // zháo, the result; before 了, closing a clause after 把, or after a warning. 烧着水, 一直烧着,
            // 火烧着呢 keep the durative zhe.
            // 一点就着, 一碰就着 (catches fire at a touch): zháo closing the clause.
            if around.next() == nil, around.previous() == "就", let touch = around.preceding(2), ["点", "一点", "碰", "一碰"].contains(touch) {
                return ("zhao2", "一点就着 (catches fire at a touch): zhao2")
            }
            // The fire or the fuel + 着了 (炉子里的煤着了, 火着了，快跑): has caught, zháo.
            if let previous = around.previous(), burning.contains(previous), around.next() == "了" {
                return ("zhao2", "fire or fuel + 着了 (煤着了: is alight): zhao2")
            }
            if let previous = around.previous(), catchingVerbs.contains(previous) {
                let next = around.next()
                if next == "了"
                    || next == nil && (around.anyPreceding(2...5, { $0 == "把" }) || around.preceding(2).map { warnings.contains($0) } == true) {
                    return ("zhao2", "烧着了, 别烫着 (caught fire, got hurt): zhao2")
                }
            }
        case "慌":
            // X得慌 (闷得慌, 累得慌): the complement ·dehuang "unbearably", neutral (现代汉语词典); 慌 "flustered"
            // is a word of its own or opens one (慌了神, 慌张).
            if around.previous() == "得", let state = around.preceding(2), dehuangStates.contains(state) {
                return ("huang5", "state + 得慌 (闷得慌, 累得慌: unbearably): huang5")
            }
        case "处":
            // Before an amount (处五万元以下罚款, 可处200元罚款, 处三年以下有期徒刑) 处 is chǔ "impose";
            // chù "place" comes after a number (一处, 三处) or in words (此处, 到处).
            let amountFollows = around.digitsFollow
                || (around.next().map { n in ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万"].contains(where: { n.hasPrefix($0) }) } ?? false)
            if amountFollows, around.clauseStart || (around.previous().map { penaltyImposers.contains($0) } ?? false) {
                return ("chu3", "处 + a fine or a term (处五万元以下罚款: impose): chu3")
            }
            // After a count (十八处文物点, 九处, 几处): the measure chù "place". 处 "impose" follows an
            // imposer or opens the clause, not a number.
            if let previous = around.previous(), !previous.isEmpty,
               previous.unicodeScalars.allSatisfy({ ordinalNumerals[$0] != nil || "两百千万几数多".unicodeScalars.contains($0) }),
               !(around.next().map { n in ["理", "置", "分", "罚", "以", "于", "境", "事"].contains(where: { n.hasPrefix($0) }) } ?? false) {
                return ("chu4", "a count + 处 (十八处文物点: place): chu4")
            }
            // The place where something is most so (冰层最厚处达8厘米, 最深处可没过头顶): chù.
            if let previous = around.previous(), previous.unicodeScalars.count == 1, around.preceding(2) == "最" {
                return ("chu4", "最 + a quality + 处 (最厚处: the place): chu4")
            }
        case "圈":
            // Livestock shut in or driven back into their pen (鸡鸭要关进圈, 把猪赶回圈): juàn; quān
            // "circle, ring" is what one goes round or belongs to, not what one is shut into.
            if intoPen(around) {
                return ("juan4", "圈 after 进/回 or 关在 (关进圈, 赶回圈, 关在圈: the pen): juan4")
            }
        case "畜":
            // A lone 畜 is the noun chù "livestock" (户不漏畜, 畜不漏针: every head vaccinated); the
            // verb xù "raise" lives only in words (畜牧, 畜产品, 畜养), which are not read here.
            return ("chu4", "a lone 畜 (户不漏畜, 畜不漏针: livestock): chu4")
        case "供":
            // 供 before whom or what use it serves is gong1 "for the use of" (接种点供居民选择,
            // 供大家参考); gong4 (offer, confess) lives in words (上供, 供品, 口供, 供认).
            if let next = around.next(), beneficiaries.contains(next) || usesServed.contains(where: { next.hasPrefix($0) }) {
                return ("gong1", "供 before whom or what use it serves (供居民选择, 供参考): gong1")
            }
            // 以供 + what it is for (以供检查, 以供查阅): "so as to be available for", gōng; 以供奉 is a word.
            if around.previous() == "以", around.next() != nil {
                return ("gong1", "以供 + a use (以供检查): gong1")
            }
        case "累":
            // A lone 累 before 得 (累得一脸疲惫, 累得直不起腰) is tired, lèi; 积累得 is inside its word.
            if around.next() == "得" { return ("lei4", "累得 (累得一脸疲惫: tired): lei4") }
            // Feeling or fearing tiredness (不怕累, 不觉得累, 又累又乏): lèi; 累及, 累计 are lěi.
            if let previous = around.previous(), ["怕", "不怕", "觉得", "不觉得", "很", "太", "真", "又", "好", "多", "不"].contains(previous),
               !(around.next().map { n in ["及", "计", "积", "加"].contains(where: { n.hasPrefix($0) }) } ?? false) {
                return ("lei4", "怕累, 不觉得累 (tired): lei4")
            }
        case "种":
            // Before an aspect or a result 种 is the verb "plant" (种了五百亩, 种上, 种下); the
            // measure word zhong3 "kind" follows a number or 这/那/各 (words of the list: 这种, 各种).
            if let next = around.next(), ["了", "着", "过", "上", "下", "满", "出"].contains(where: { next.hasPrefix($0) }) {
                return ("zhong4", "种 before an aspect or a result (种了, 种上): plant, zhong4")
            }
            // 种不了别的, 种不好: cannot plant; a count or 这 before it makes it the measure word (一种不好的…).
            if around.next() == "不", let result = around.following(2), plantingResults.contains(where: { result.hasPrefix($0) }),
               !(around.previous().flatMap { $0.unicodeScalars.last }.map { countingEnds.contains($0) } ?? false) {
                return ("zhong4", "种不了, 种不好 (cannot plant): zhong4")
            }
            // 种的菜, 自家种的: what was planted; after a count (三种的) it stays the measure word.
            if around.next() == "的", !(around.previous().flatMap { $0.unicodeScalars.last }.map { "一二两三四五六七八九十几多哪某每".unicodeScalars.contains($0) } ?? false) {
                return ("zhong4", "种 before 的 (种的菜: what was planted): zhong4")
            }
            // Closing a clause after an adverb, a modal or a verb of intent (晒一晒再种, 抓紧种, 还没种,
            // 应种尽种) 种 is the verb "plant"; the measure word "kind, species" closes one after a
            // number or a noun (三种, 一个种, 特有种), which this leaves to the model.
            if around.next() == nil, let previous = around.previous(), beforePlanting.contains(previous) {
                return ("zhong4", "种 closing a clause after an adverb or a modal (晒一晒再种: plant): zhong4")
            }
            // Before a plant one grows (偷种罂粟, 种毒必铲, 在山上种大麻) 种 is "plant", unless a count or a
            // demonstrative makes it the measure word (一种罂粟, 这种, 有种大麻叫…).
            if let next = around.next(), plantsGrown.contains(where: { next.hasPrefix($0) }),
               !(around.previous().flatMap { $0.unicodeScalars.last }.map { countingEnds.contains($0) } ?? false) {
                return ("zhong4", "种 before a plant one grows (偷种罂粟, 种毒必铲): zhong4")
            }
            // Before how many plants or how much land (种几棵罂粟, 种五百株, 种两亩玉米): plant.
            if let next = around.next(), let first = next.unicodeScalars.first, "一两二三四五六七八九十几百千万半".unicodeScalars.contains(first),
               [next, around.following(2) ?? ""].contains(where: { w in ["棵", "株", "亩", "垄", "窝", "行", "片"].contains(where: { w.hasPrefix($0) || w.hasSuffix($0) }) }),
               !(around.previous().flatMap { $0.unicodeScalars.last }.map { countingEnds.contains($0) } ?? false) {
                return ("zhong4", "种 + how many plants or how much land (种几棵罂粟): zhong4")
            }
        case "地":
            // After a word of manner, before what is done (有计划地推进, 最大限度地减少, 扎实地推进,
            // 准确地填写): the adverb marker de5; a place word after it would be a word of its own (地区, 地带).
            // 等地 after a list of places (入山口等地): the places, dì.
            if around.previous() == "等" { return ("di4", "等地 after a list of places (车站、码头等地): di4") }
            // … and after a four-character phrase of manner (有条不紊地开展, 深入浅出地讲解, 图文并茂地描述).
            if let previous = around.previous(), mannerWords.contains(previous)
                || (previous.unicodeScalars.count == 4 && !notAdverbs.contains(previous)), let next = around.next(),
               !["区", "带", "方", "块", "面", "里", "上", "下", "处", "点", "段", "界", "域", "的", "和", "与", "及", "址", "图", "形", "势"].contains(where: { next.hasPrefix($0) }) {
                return ("de5", "a word of manner + 地 + what is done (有计划地推进): de5")
            }
            // After a reduplicated adjective 地 is the adverb marker de5 (认认真真地, 悄悄地); not
            // after a reduplicated noun of time or place (天天, 家家), where 地 may be the ground.
            if let previous = around.previous(), around.next() != nil {
                let c = Array(previous.unicodeScalars)
                let doubled = (c.count == 4 && c[0] == c[1] && c[2] == c[3]) || (c.count == 2 && c[0] == c[1])
                if doubled, !notAdverbs.contains(previous) {
                    return ("de5", "地 after a reduplicated adjective (认认真真地): de5")
                }
                // One by one: 一X一X地 + verb (一只一只地登记, 一个一个地检查, 一步一步地落实) is the adverb
                // marker too; not after a measure of land (一块一块地, 一片一片地, 一亩一亩地: the fields).
                var before = "", k = 1
                while before.unicodeScalars.count < 4, let word = around.preceding(k) { before = word + before; k += 1 }
                let b = Array(before.unicodeScalars.suffix(4))
                if b.count == 4, b[0] == "一", b[2] == "一", b[1] == b[3], !["块", "片", "亩", "垄", "畦", "丘"].contains(b[1]) {
                    return ("de5", "地 after 一X一X (一只一只地登记: one by one): de5")
                }
            }
        case "落":
            // 落 là "leave out, leave behind, fall behind" (现代汉语词典: 遗漏; 把东西放在一个地方忘记拿走;
            // 因为跟不上而被丢在后面): after a negation closing the clause or before what is left
            // (一个都不能落, 一个不落, 别落东西), and 落在后面 / 把钥匙落在车上. 落 luò "fall" takes
            // where it lands (落在地上, 落在身上, 落到实处).
            let next = around.next()
            if let previous = around.previous(), leaveOutNegations.contains(previous),
               next == nil || ["下", "了", "一个", "一户", "一人", "一家", "任何", "东西"].contains(next!) {
                return ("la4", "落 after a negation (一个都不能落: leave out): la4")
            }
            if let next, belongings.contains(where: { next.hasPrefix($0) }) {
                return ("la4", "落 + what is left behind (落东西): la4")
            }
            if next == "在", let place = around.following(2) {
                if ["后面", "后头", "后边"].contains(place) { return ("la4", "落在后面 (fall behind): la4") }
                if (1...4).contains(where: { around.preceding($0) == "把" }),
                   !["实", "身", "肩", "地", "心", "头"].contains(where: { place.hasPrefix($0) }) {
                    return ("la4", "把 … 落在 + where it was left (把钥匙落在车上): la4")
                }
            }
        case "当":
            // 把 + what + 当 + what it is taken for (不要把安全当儿戏, 把制度当摆设): dàng "treat as".
            if around.next() != nil, around.anyPreceding(2...4, { $0 == "把" }) {
                return ("dang4", "把…当 + what it is taken for (把安全当儿戏: treat as): dang4")
            }
            // 当 + what it serves as + 用/吃 closing the clause (罂粟壳不能当调料用, 别把保健品当药吃): dàng
            // "treat as" (现代汉语词典: 当 dàng 作为, 当做). 当 dāng "serve as, when" takes no such ending (当兵,
            // 当他回家时).
            if let next = around.next(), !next.isEmpty,
               (2...3).contains(where: { k in around.following(k).map { usedAs.contains($0) } ?? false && around.following(k + 1) == nil }) {
                return ("dang4", "当 + what it serves as + 用/吃 (当调料用: treat as): dang4")
            }
        case "数":
            // Counting: 数一下, 数清, 数到十, 数了 (shu3); the noun shu4 stands in words (人数, 数量).
            if let next = around.next(), next == "了" || next == "着"
                || ["一下", "一遍", "一数", "清", "到", "完", "过", "不清", "得清"].contains(where: { next.hasPrefix($0) }) {
                return ("shu3", "数 before 一下/清/到 (数一下人数: count): shu3")
            }
        case "调":
            // 调小, 调高, 调低: adjust (tiao2); 被调到, 被调走: transferred (diao4).
            if around.previous() == "被" { return ("diao4", "被调 (被调到镇上: transferred): diao4") }
            if let next = around.next(), ["小", "大", "高", "低", "亮", "暗", "准", "慢", "快", "匀"].contains(next) {
                return ("tiao2", "调 before how it is set (调小, 调高: adjust): tiao2")
            }
            // A setting or a price, then 调至/调到 a level (空调温度调至26℃, 水价调至每吨3元): adjust.
            if let next = around.next(), next == "至" || next == "到" || next == "为",
               around.anyPreceding(1...3, { w in settings.contains(where: { w.hasSuffix($0) }) }) {
                return ("tiao2", "a setting + 调至 a level (温度调至26℃: adjust): tiao2")
            }
        case "差":
            // 差 "poor, short of" (天气差, 差一点, 还差三户): cha4, after what is judged or a degree
            // word, or before an amount; the noun cha1 "difference" (能量差, 像差) and chai1 (出差)
            // are left to the words and the model.
            if let next = around.next(), ["一", "两", "三", "几", "点", "太", "很", "得", "不", "了", "多"].contains(where: { next.hasPrefix($0) }) {
                return ("cha4", "差 before an amount or a degree (差一点, 还差三户): cha4")
            }
            if let previous = around.previous(), judged.contains(where: { previous.hasSuffix($0) }) || abilities.contains(previous) {
                return ("cha4", "差 after what is judged or a degree word (天气差, 很差): cha4")
            }
            // Opening a clause, as the last of a list of faults (脏、乱、差的面貌): poor.
            // (差平方 of a formula, before a noun, stays the model's cha1).
            if around.clauseStart, around.next().map({ ["的", "等", "现象", "问题", "状况"].contains($0) }) ?? true {
                return ("cha4", "差 opening a clause (脏、乱、差): cha4")
            }
        case "头":
            // 屋里头, 村外头: the locative suffix after 里/外/前/后 is neutral (the list has 里头 and
            // 外头 as words, but the segmentation often takes 屋里 + 头).
            if let previous = around.previous(), let last = previous.unicodeScalars.last,
               ["里", "外", "前", "后"].contains(last) {
                return ("tou5", "头 after 里/外/前/后 (屋里头, 村外头): tou5")
            }
        case "应":
            // 应 before what is to be done is the modal "should" (发现火情应立即拨打); only a request
            // that follows makes it ying4 (应群众要求).
            guard let next = around.next() else { return nil }
            // 应征 + 服 + military service (毕业生应征服义务兵役): answer the call-up, yìng; the segmentation
            // took 征服 "conquer" (人类应征服自然 keeps yīng).
            if next == "征服", around.anyFollowing(2...4, { $0.hasSuffix("役") || $0.hasPrefix("兵役") }) {
                return ("ying4", "应征 + 服兵役 (应征服义务兵役: answer the call-up): ying4")
            }
            // 无人应答应立即报警: the segmentation takes 应 + 答应, but 应答 "answer" is meant.
            if next == "答应", around.following(2).map({ urgentAdverbs.contains($0) }) ?? false {
                return ("ying4", "应答 + 应 + an adverb of urgency (无人应答应立即报警: answer): ying4")
            }
            // Not when a verb of meeting a standard follows 应 (应符合消防要求, 应满足防洪要求): "should".
            for k in 1...6 where !meetingAStandard.contains(where: { next.hasPrefix($0) }) {
                guard let word = around.following(k) else { break }
                if requestWords.contains(word) { return ("ying4", "应 … 要求 (at the request of): ying4") }
            }
            return ("ying1", "应 before a verb (should): ying1")
        case "为":
            // Before a share or a decimal (为百分之五十九点八, 为一百一十二点五): the copula stating a figure.
            if let next = around.next(), next.hasPrefix("百分之") || next.hasPrefix("千分之") {
                return ("wei2", "为 + a share (为百分之五十九: is): wei2")
            }
            if let rest = afterNumber(around), rest.isEmpty || rest.hasPrefix("点") {
                return ("wei2", "为 + a figure closing the clause (为一百一十二点五: is): wei2")
            }
            // … or compared (为二〇一九年的两倍, 为去年的三倍): the copula.
            if around.anyFollowing(1...10, { $0.hasSuffix("倍") }), afterNumber(around) != nil {
                return ("wei2", "为 + a figure + 倍 (为二〇一九年的两倍: is): wei2")
            }
            // What something is called or set as, then 为 (主题为“我和家庭医生有个约定”, 口号为…): the copula;
            // a quotation after it is no longer cut off by its marks.
            if let previous = around.previous(), ["主题", "题目", "名称", "标题", "口号", "主旨", "主题词", "宣传语", "标语"].contains(previous) {
                return ("wei2", "主题为… (the theme is): wei2")
            }
            // A time right after 为 (通常为每年10月至12月): the copula stating when.
            if let next = around.next(), ["每年", "每月", "每天", "每日", "每周", "每季度", "当年", "次年", "当月", "次月"].contains(next) {
                return ("wei2", "为 + a time (通常为每年10月: is): wei2")
            }
            // 图为 opening a caption (图为近日…技术人员正在为生猪打疫苗): "the picture shows", the copula.
            if let previous = around.previous(), previous == "图" || previous == "上图" || previous == "下图",
               around.preceding(2) == nil {
                return ("wei2", "图为 opening a caption (图为…: shown is): wei2")
            }
            if let previous = around.previous(), mannerBeforeFor.contains(previous) {
                return ("wei4", "an adverb of manner + 为 (共同为…出力, 积极为群众…): wei4")
            }
            // An adverb of time, ability or care, then whom and what is done (正在为小麦喷洒农药, 免费为农户更换…):
            // "for", when three words or more follow in the clause, none is the passive 所 (已为人所知) and no
            // frame of the copula is before (以免费为名). A figure after it is left to the rules below.
            if let previous = around.previous(), adverbsBeforeFor.contains(previous),
               around.following(3) != nil, afterNumber(around) == nil, !around.digitsFollow,
               let next = around.next(), !asFrames.contains(next),
               !["主", "首", "准", "止", "例", "期", "此", "人", "何", "数", "零", "空", "多", "少", "最"].contains(where: { next.hasPrefix($0) }),
               !around.anyFollowing(1...6, { $0.hasPrefix("所") || $0 == "之一" }),
               !copulaFrameBeforeWill(around) {
                return ("wei4", "an adverb + 为 + whom + what is done (正在为小麦喷洒农药: for): wei4")
            }
            // 不为/只为 + what one does it for (不为待遇，只为…), and 只为 before anything but a figure (只为“国家记忆”
            // 里…; 人数只为十人 is the copula): "for the sake of". A 所 after it is the passive (只为少数人所知: wei2).
            if let previous = around.previous(), previous == "不" || previous == "只",
               (around.next().map({ gains.contains($0) }) ?? false)
                || previous == "只" && afterNumber(around) == nil && !around.anyFollowing(1...6, { ["一半", "倍", "分之", "左右"].contains(where: $0.hasSuffix) }),
               !(1...5).contains(where: { around.following($0)?.hasPrefix("所") ?? false }) {
                return ("wei4", "不为/只为 + what it is done for (不为名利，只为…): wei4")
            }
            // 上门为 + whom (防疫员将上门为全村的猫狗接种): come to the door for them; not 以上门为主 (is).
            if around.previous() == "上门", around.preceding(2) != "以",
               let next = around.next(), !["主", "准", "宜", "辅"].contains(where: { next.hasPrefix($0) }) {
                return ("wei4", "上门为 + whom (上门为群众服务: for): wei4")
            }
            // Opening a clause before an age, a head count or a year (为60周岁及以上老年人提供…,
            // 为200余名群众…, 为2020年…保驾护航; typed or written out): "for", as 为 opening a clause before words is below. A bare figure is the
            // copula (上涨了八个百分点，为59.5%; 性别比为112), and so is a year compared (为2019年的两倍).
            if let count = countFollows(around), around.clauseStart,
               ["岁", "周岁", "名", "位", "户", "余", "多", "年", "个", "家", "所"].contains(where: { count.hasPrefix($0) }),
               !["年的", "年同", "年比"].contains(count) {
                return ("wei4", "为 opening a clause (为实现…): wei4")
            }
            // … and after who does it or an adverb, before a head count (绿林镇为21名优抚对象发放, 每天能为300多名妇女
            // 开展筛查): "for". A count after a quantity is the copula (参加人数为21名, 补贴标准为每人80元), and so
            // it is after a place that is one of several (该村为3个村民小组之一): 个 is not taken here.
            if let count = countFollows(around), !around.clauseStart,
               ["名", "位", "户", "余名", "多名", "多位", "多户", "余户"].contains(where: { count.hasPrefix($0) }),
               let previous = around.previous(),
               ["镇", "乡", "县", "局", "站", "所", "院", "中心", "社区", "村委会", "公司", "支行", "银行", "队", "部门"].contains(where: { previous.hasSuffix($0) })
                || ["能", "再", "将", "已", "还", "又", "共", "先后", "累计", "已经", "每天", "每年", "免费", "专门", "集中", "上门", "共计", "今年"].contains(previous),
               !around.anyPreceding(2...5, { copulaFrames.contains($0) }) {
                return ("wei4", "who does it + 为 + a head count (镇里为21名…发放): wei4")
            }
            if let next = around.next() {
                // 以 … 为 + what it is set up as, closing the clause or before 的 (以“…”为主题的活动,
                // 以宣传单为载体，…): the copula, however far back 以 is.
                // (The rest of the clause up to 的, however the segmentation cut it: 抓手 may be 抓 + 手.)
                var rest = next, k = 2
                while let word = around.following(k), word != "的", k <= 4 { rest += word; k += 1 }
                if asFrames.contains(rest), around.following(k).map({ $0 == "的" }) ?? true {
                    return ("wei2", "以…为 + what it is set up as (为主题的, 为载体): wei2")
                }
                // 为 + who + 所 + verb (为其所用, 为人所知): the passive "by", wei2.
                if let done = around.following(2), done.hasPrefix("所"),
                   ["其", "人", "他", "她", "他们", "世人", "大家", "群众", "人们", "我"].contains(next) {
                    return ("wei2", "为 + who + 所 (为其所用: by): wei2")
                }
                // 为其 + what is done for that person (将为其申请救助, 同时为其做抢救处理): "for"; 为其 + a person is
                // the copula (所有人为其父亲), and 以其/视其 … 为 put 为 after 其, not before.
                if next == "其", let done = around.following(2),
                   !["父", "母", "妻", "夫", "儿", "女", "子", "家", "亲", "本人", "配偶", "监护", "法定", "兄", "弟", "姐", "妹", "爷", "奶", "孙", "丈"].contains(where: { done.hasPrefix($0) }),
                   !copulaFrameBeforeWill(around) {
                    return ("wei4", "为其 + what is done (将为其申请: for): wei4")
                }
                // Not after a verb of changing or naming (把理论知识转变为做好本职工作的动力: turned into).
                if afterPurposeWei.contains(where: { next.hasPrefix($0) }), !copulaFrameOrNamingVerb(before: around) {
                    return ("wei4", "为 before a purpose (为了, 为方便, 为确保): wei4")
                }
                if beneficiaries.contains(next) {
                    return ("wei4", "为 before the people served (为大家, 为群众): wei4")
                }
                if around.clauseStart { return ("wei4", "为 opening a clause (为实现…): wei4") }
                // After a word ending in 是 (一是为…, 二是为所有军属…, 也是为自己, 就是为群众): "for, in
                // order to". A lone 是 before 为 is left alone: 是为 "this is" (是为郑子亹) is classical.
                // 一是, 二是 … are read as a numeral and 是.
                // An adverb before a lone 是 does it too (主要是为适应新阶段的要求, 就是为群众).
                if let previous = around.previous(), previous.hasSuffix("是"),
                   previous.unicodeScalars.count >= 2 || around.preceding(2).map({ ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].contains($0) || beforeShiFor.contains($0) }) ?? false {
                    return ("wei4", "是 + 为 (二是为…: for): wei4")
                }
                let copulaBefore = copulaFrameOrNamingVerb(before: around)
                // The verb itself, not a noun it begins (该区域为保护区: is).
                if morePurposes.contains(next), !copulaBefore {
                    return ("wei4", "为 before a purpose (为营造…, 为打赢…): wei4")
                }
                // 为 … 而 + verb (为打赢攻坚战而努力): the purpose, "in order to".
                // Not 为 … 而成 (城墙为石砌而成: is) nor the passive 为 … 所/不容 (为焦母不容而…: by).
                if let k = (2...8).first(where: { around.following($0) == "而" }),
                   around.following(k + 1).map({ !$0.hasPrefix("成") }) ?? true,
                   !(1..<k).contains(where: { j in around.following(j).map { ["所", "不容", "所有"].contains($0) } ?? false }),
                   !copulaBefore {
                    return ("wei4", "为 … 而 (为…而努力: in order to): wei4")
                }
                // Before whom or what a service is done for (为行动不便的老人提供帮助, 为困难户解决…)
                // 为 is "for", up to ten words ahead of the service, inside the clause (为辖区内300名…家庭悬挂光荣牌).
                // 将 just before 为 is "will" (还将为老人上门服务), not the frame 将…列为.
                // Not after a verb of naming (对确定为患肺结核的病人提供…: determined as), 规定 aside
                // (按规定为困难群众提供补贴: for).
                if around.anyFollowing(2...11, { w in !serviceNouns.contains(w) && services.contains(where: { w.hasPrefix($0) }) })
                    || servicesSplit(after: around),
                   around.next() != "单位",  // 以各乡镇为单位组织报名: the frame, is
                   !around.anyFollowing(2...8, { $0.hasSuffix("阶段") }),  // 第一阶段为组织准备阶段: is
                   !copulaFrameBeforeWill(around),
                   !(around.previous().map { p in namingVerbs.contains(p)
                       || (p != "规定" && p.unicodeScalars.count == 2 && namingVerbEnds.contains(p.unicodeScalars.last!)) } ?? false) {
                    return ("wei4", "为 + whom + a service (为老人提供帮助): wei4")
                }
                // 为 + whom + 进行 + a treatment (再次为犬只进行狂犬病疫苗免疫接种): "for".
                if let k = (2...4).first(where: { around.following($0) == "进行" }),
                   (k + 1...k + 5).contains(where: { j in around.following(j).map { w in treatments.contains(where: { w.hasPrefix($0) }) } ?? false }),
                   !copulaBefore {
                    return ("wei4", "为 + whom + 进行 + a treatment (为犬只进行免疫接种): wei4")
                }
                // Between people who act and what they do it for (干部为群众办实事, 农民为农田抽水)
                // 为 is "for"; the copula wei2 there comes with 以/把/将/被… before (以村民为主体,
                // 把他评为…), which this looks for four words back.
                // X们 (志愿者们, 队员们) are people too, and so is an X员 the segmentation split (防疫|员).
                if let previous = around.previous(), agents.contains(previous) || previous == "们" || previous == "员",
                   !around.anyPreceding(2...5, { copulaFrames.contains($0) }),
                   !["主", "首", "准", "止", "例", "期", "此", "其", "人", "何"].contains(where: { next.hasPrefix($0) }) {
                    return ("wei4", "people + 为 + what they act for (农民为农田抽水): wei4")
                }
                // … with an adverb of time or addition between them (家庭医生们还为签约村民进行…,
                // 志愿者也为老人送去…): still "for". Not 都/均, after which 为 is the copula (都为本村村民).
                if let previous = around.previous(), ["还", "也", "又", "再", "将", "正在", "还将", "也将", "先后", "定期", "经常"].contains(previous),
                   let agent = around.preceding(2), agents.contains(agent) || agent.hasSuffix("们"),
                   !around.anyPreceding(3...6, { copulaFrames.contains($0) }),
                   !["主", "首", "准", "止", "例", "期", "此", "其", "人", "何"].contains(where: { next.hasPrefix($0) }) {
                    return ("wei4", "people + an adverb + 为 + what they act for (医生们还为村民…): wei4")
                }
            }
        case "长":
            // Before a length (跑道长五百米, 东西长一百七十米): "long", cháng.
            if let rest = afterNumber(around), lengthUnits.contains(where: { rest.hasPrefix($0) }) {
                return ("chang2", "长 + a length (长五百米: long): chang2")
            }
            // After a unit it leads (村民小组长、, 网格长要…, 楼栋长) 长 is the head, zhǎng; not before a span
            // (小组长期驻村) nor in 长得.
            if let previous = around.previous(), ledUnits.contains(where: { previous.hasSuffix($0) }),
               !(around.next().map { n in n == "得" || durations.contains(where: { n.hasPrefix($0) }) } ?? false) {
                return ("zhang3", "a unit + 长 (村民小组长、网格长: head): zhang3")
            }
            if let next = around.next() {
                if durations.contains(where: { next.hasPrefix($0) }) { return ("chang2", "长 before a span (长时间, 长期): chang2") }
                // 长出 + what comes out (长出来的苗, 长出新芽, 长出霉斑): grow, zhǎng. A length compared comes
                // before it as a figure (比去年长出一米) and is read above.
                if next.hasPrefix("出"), afterNumber(around) == nil {
                    return ("zhang3", "长出 (长出来的苗, 长出新芽: grow): zhang3")
                }
                // 长个心眼, 长点记性, 长高: grow (zhang3) what one gains, counted by 个/点 or named.
                if ["个", "点", "记性", "心眼", "见识", "本事", "教训", "高", "胖"].contains(where: { next.hasPrefix($0) }) {
                    return ("zhang3", "长 before what one grows (长个心眼, 长记性, 长高): zhang3")
                }
                // 长了 + what grew over a place (水面上长了一大片, 长了一层青苔, 菜叶上长了虫子); 时间长了 and
                // 长了两米 (longer by) keep cháng.
                if next == "了", let grown = around.following(2).map({ $0 + (around.following(3) ?? "") }),
                   ["一片", "一大片", "一层", "满", "不少", "许多", "很多", "虫", "青苔", "杂草", "草", "霉", "冻疮", "疹子"].contains(where: { grown.hasPrefix($0) }) {
                    return ("zhang3", "长了 + what grew (长了一层青苔): zhang3")
                }
                // 长得 + how: grown, looks (庄稼长得很好, 孩子长得很快), unless what is long is a
                // span or a way (时间长得很, 路长得很).
                if next == "得", !(around.previous().map { p in longThings.contains(where: { p.hasSuffix($0) }) } ?? false) {
                    return ("zhang3", "长得 (庄稼长得很好: grow): zhang3")
                }
            } else if !around.clauseStart {
                return ("chang2", "长 closing a clause (汛期长): chang2")
            }
        case "重":
            if around.next() == "则" { return ("zhong4", "重则 (in serious cases): zhong4") }
            // Weighed against a 轻 beside it (重感情轻钱财, 重打击处理、轻教育挽救, 轻彩礼、重日子): "value, stress",
            // zhòng, even before a verb of doing again (重建设轻管理).
            if around.anyFollowing(1...5, { $0.hasPrefix("轻") }) || around.anyPreceding(1...4, { $0.hasPrefix("轻") })
                || around.clauseStart && (around.nextClauseStart().hasPrefix("轻") || around.previousClauseStart().hasPrefix("轻")) {
                return ("zhong4", "重 … 轻 … (重感情轻钱财: value): zhong4")
            }
            if let rest = afterNumber(around), weightUnits.contains(where: { rest.hasPrefix($0) }) {
                return ("zhong4", "重 + a weight (总重三百八十一吨: heavy): zhong4")
            }
            if let next = around.next(), redoVerbs.contains(next) {
                return ("chong2", "重 + a verb of doing again (重考, 重交一份): chong2")
            }
            if let previous = around.previous(), heavyDegrees.contains(previous) {
                return ("zhong4", "a degree word + 重 (任务很重, 病情较重): zhong4")
            }
            // 重特大 (事故, 火灾): "serious and very large", zhòng. domain.tsv lists 重特大, but before 事故
            // the segmentation keeps 大事 whole and leaves 重 alone (遏制重|特|大事|故).
            if let next = around.next(), next.hasPrefix("特") {
                return ("zhong4", "重 + 特大 (遏制重特大事故: serious): zhong4")
            }
        case "行":
            // Keeping to one side or going at green (靠右行, 绿灯行): the verb xíng.
            if let previous = around.previous(), ["靠右", "靠左", "绿灯", "右", "左"].contains(previous) {
                return ("xing2", "靠右行, 绿灯行 (go): xing2")
            }
            // The row after an ordinal (第三行, 倒数第二行): háng. 第一|行动, 第三|行政村 are cut before 行.
            guard let previous = around.previous(), isOrdinal(previous),
                  !(around.next().map { n in notRowsAfter.contains(where: { n.hasPrefix($0) }) } ?? false)
            else { return nil }
            return ("hang2", "an ordinal + 行 (第三行: the row): hang2")
        case "乐":
            // 乐人 opening a clause (宴席每桌不得超过200元，乐人不超过4人): the musicians of a wedding or a
            // funeral, yuè. 长乐人 (a place) and 助人为乐 are words of the list.
            if around.clauseStart, around.next() == "人" {
                return ("yue4", "乐人 opening a clause (乐人不超过4人: musicians): yue4")
            }
        case "剥":
            // Skinning or shelling by hand (剥牛羊皮, 剥皮, 剥花生): bāo; bō lives in words (剥削, 剥夺, 剥离).
            if let next = around.next(), ["皮", "牛", "羊", "猪", "兔", "狗", "花生", "蒜", "壳", "橘", "玉米", "鸡蛋", "树皮"].contains(where: { next.hasPrefix($0) }) {
                return ("bao1", "剥 + skin or shell (剥牛羊皮, 剥花生): bao1")
            }
        case "场":
            // After an ordinal (第一|场 大雪, 第二|场 比赛): rain and snow are counted cháng, shows and
            // matches chǎng; the model mixes them up.
            guard let previous = around.previous(), isOrdinal(previous), let next = around.next() else { return nil }
            if weather.contains(where: { next.hasPrefix($0) }) { return ("chang2", "an ordinal + 场 + rain or snow (第一场大雪): chang2") }
            if shows.contains(where: { next.hasSuffix($0) }) { return ("chang3", "an ordinal + 场 + a show or contest (第一场比赛): chang3") }
            return nil
        case "没":
            // Water or snow up over a body part or a wheel (积水没过膝盖, 雪没过脚踝): mò "submerge";
            // 没过几天, 没过多久 keep the negation méi (standalone.tsv).
            guard around.next() == "过", let what = around.following(2) == "了" ? around.following(3) : around.following(2),
                  submerged.contains(where: { what.hasPrefix($0) })
            else { return nil }
            return ("mo4", "没过 + a body part or a wheel (积水没过膝盖: submerge): mo4")
        case "切":
            if let next = around.next(), cautionAfterQie.contains(where: { next.hasPrefix($0) }) {
                return ("qie4", "切 + 不可/勿/莫 (切不可麻痹大意: be sure not to): qie4")
            }
            if let next = around.next(), cutFood.contains(where: { next.hasPrefix($0) }) {
                return ("qie1", "切 + food (切菜, 切西瓜: cut): qie1")
            }
        case "弄":
            // After a number (南路五百九十六弄): the lane, lòng.
            if let previous = around.previous(), let last = previous.unicodeScalars.last, numeralScalars.contains(last), last != "点" {
                return ("long4", "a number + 弄 (五百九十六弄: lane): long4")
            }
            // 弄 + a result (弄得真好, 弄清, 弄坏, 弄脏): the verb nòng; lòng is the lane (弄堂, 100弄), words or after digits.
            if let next = around.next(), ["得", "好", "清", "坏", "脏", "乱", "错", "丢", "湿", "破", "到", "成", "明白", "懂"].contains(where: { next.hasPrefix($0) }) {
                return ("nong4", "弄 + a result (弄清, 弄坏): nong4")
            }
        case "钻":
            // 钻 + into somewhere (钻地里, 钻进, 钻到): zuān; zuàn is the drill (电钻, 钻石, 打钻), in words.
            if let next = around.next(), next.hasSuffix("里") || ["进", "到", "入", "出", "过", "空子"].contains(where: { next.hasPrefix($0) }) {
                return ("zuan1", "钻 + into somewhere (钻地里, 钻进): zuan1")
            }
        case "塞":
            // 塞 + into somewhere (塞进去, 塞到包里, 塞满): the verb sāi; sài (边塞, 要塞) and sè (堵塞) are in words.
            if let next = around.next(), ["进", "到", "满", "入", "给", "在", "住", "上"].contains(where: { next.hasPrefix($0) }) {
                return ("sai1", "塞 + into somewhere (塞进去, 塞到包里): sai1")
            }
        case "撒":
            if let next = around.next(), scattered.contains(where: { next.hasPrefix($0) }) {
                return ("sa3", "撒 + what is scattered or where (骨灰撒海, 撒石灰): sa3")
            }
        case "好":
            // Children 好玩火, 好玩水: "be fond of" (hao4), where 玩火 is a word of the list.
            if let next = around.next(), next.hasPrefix("玩"), let previous = around.previous(), children.contains(previous) {
                return ("hao4", "children + 好 + 玩… (孩子好玩火: be fond of): hao4")
            }
            // After a verb 好 is the result "well, properly" (挂好横幅, 教育好孩子), never hao4.
            if around.previous() != nil { return ("hao3", "好 after a verb (做好, 挂好): hao3") }
        case "子":
            // Not after a function word: the character named on its own (儿子的“子”: zǐ).
            if let previous = around.previous(), previous.unicodeScalars.count == 1, !fullToneZi.contains(previous),
               !["的", "之", "和", "与", "及", "或", "个"].contains(previous) {
                return ("zi5", "noun suffix 子 after a one-character stem: zi5")
            }
        case "看":
            // 把 + people or belongings + 看 + 住/紧/好 (把孩子看紧点, 把孩子看住): keep them, kān.
            if let next = around.next(), ["住", "紧", "好", "牢"].contains(next), keptByBa(around) {
                return ("kan1", "把 + people or belongings + 看住/看紧 (把孩子看紧点: look after): kan1")
            }
            // 看山护林, 看林护林: guarding the hills and woods with 护/守 after them, kān.
            if let next = around.next(), ["山", "林", "山林", "林子"].contains(next),
               let after = around.following(2), after.hasPrefix("护") || after.hasPrefix("守") {
                return ("kan1", "看山护林 (guard the hills): kan1")
            }
            // Someone set to tend the fire or the children, with what is tended closing the clause
            // (要有人看火, 安排专人看炉子, 家里得有人看孩子): kān. 来看火 "come and see", 别看火小,
            // 去看孩子 "visit" have no tender before 看 or go on after the object: kàn, the model's.
            guard let previous = around.previous(), tenders.contains(previous), let next = around.next(),
                  tended.contains(next) || custody.contains(next), around.following(2) == nil else { return nil }
            return ("kan1", "someone + 看 + what is tended, closing the clause (要有人看火: tend): kan1")
        case "挑":
            // A free 挑 is tiāo "choose, carry" (standalone.tsv); before what is poked open, off or out with
            // a pointed thing, or propped up and out (挑断, 挑破, 挑开, 挑顶, 挑梁, 挑檐, 挑灯) it is tiǎo.
            if let next = around.next(), ["断", "破", "开", "顶", "梁", "檐", "灯", "逗"].contains(where: { next.hasPrefix($0) }) {
                return ("tiao3", "挑 + what is poked or propped (挑断, 挑破, 挑梁): tiao3")
            }
        case "还":
            // 还得上, 还不上, 还不起 closing the clause or before the debt (贷得到、用得好、还得上; 贷款还不上):
            // can or cannot repay, huán.
            if let next = around.next(), next == "得" || next == "不", repaying(after: around, from: 2) {
                return ("huan2", "还得上/还不上 (can or cannot repay): huan2")
            }
            // Closing a clause 还 is "return" (借钱要按时还): the adverb hai2 never ends one.
            if around.next() == nil, around.previous() != nil, !around.clauseStart {
                return ("huan2", "还 closing a clause (借钱要按时还: return): huan2")
            }
            // 要还的, 是要还的 (what has to be paid back): 的 closes what is returned; the adverb
            // hai2 goes on to a verb or an adjective.
            if around.next() == "的", let previous = around.previous(), dutyWords.contains(previous) || ["该", "应该", "应当", "是要", "得要", "还要", "还得", "总要", "早晚要"].contains(previous) {
                return ("huan2", "要还的 (what has to be paid back): huan2")
            }
            // 借 + what + 还 + what (借书还书, 借钱还钱): give back what was borrowed.
            if let next = around.next(), returnables.contains(next),
               around.anyPreceding(1...3, { $0.hasPrefix("借") || $0.hasSuffix("借") }) {
                return ("huan2", "借 … 还 + what was borrowed (借书还书): huan2")
            }
            // The adverb goes before 不 (还不), hardly after it: 不还 is not paying back (到期不还将影响征信,
            // 有钱不还就是老赖), except in 不还是/不还有 (isn't it still …).
            if around.previous() == "不", !["是", "有", "在", "要", "得", "没", "能", "会", "可", "算"].contains(where: { around.next()?.hasPrefix($0) ?? false }) {
                return ("huan2", "不还 (到期不还: not pay back): huan2")
            }
            // 还上, 还完 closing the clause (欠款要尽快还上, 贷款早就还完了): paid back.
            if let next = around.next(), ["上", "完", "了"].contains(next),
               around.following(2) == nil || (next != "了" && around.following(2) == "了" && around.following(3) == nil) {
                return ("huan2", "还上/还完 closing the clause (欠款要尽快还上): huan2")
            }
            // Land given back to what it was (退耕还林还草, 秸秆还田, 退田还湖): huán.
            if let next = around.next(), ["林", "草", "田", "湖", "湿", "湿地", "耕", "牧", "河", "海", "绿"].contains(next) {
                return ("huan2", "还 + the land it goes back to (还林还草, 还田): huan2")
            }
            if let next = around.next(), !["给", "钱", "款", "清", "贷", "债", "回", "书", "账", "他", "她", "我", "你", "您"].contains(where: { next.hasPrefix($0) }) {
                return ("hai2", "还 before a verb (still, also): hai2")
            }
        default:
            break
        }
        return nil
    }

    /// Numerals that count how often (量三次, 量2次).
    private static let countDigits: Set<Unicode.Scalar> = Set("一二两三四五六七八九十几0123456789".unicodeScalars)

    /// What is borrowed and given back (借书还书, 借钱还钱, 借物还物).
    private static let returnables: Set<String> = ["书", "钱", "物", "款", "图书", "书籍", "东西", "车", "工具"]

    /// Verbs tried out in X一X / X了X (数一数, 量一量, 称了称): the verb's reading, both times.
    static let triedVerbs: [Unicode.Scalar: String] = ["数": "shu3", "量": "liang2", "称": "cheng1", "调": "tiao2", "转": "zhuan4",
                                                       "扫": "sao3", "查": "cha2", "看": "kan4", "刷": "shua1", "挑": "tiao1",
                                                       "冲": "chong1", "晃": "huang4", "扇": "shan1", "倒": "dao4", "弹": "tan2",
                                                       "藏": "cang2", "卷": "juan3", "磨": "mo2", "折": "zhe2", "泡": "pao4",
                                                       "背": "bei4", "削": "xiao1", "擦": "ca1", "算": "suan4", "试": "shi4"]
    static let triedVerb = "X一X / X了X (数一数, 量一量: try doing): the verb's reading"

    /// The rule of 了 closing a word of the list after 不 (干不了, 少不了, 受不了: cannot): liao3.
    static let cannot = "了 after 不 (干不了, 受不了: cannot): liao3"

    /// Words of the list ending in 地 that are places (纪念地, 集结地, 举办地): the ground dì, not the
    /// adverbial de5 of 偷偷地, 有秩序地, 适时地, which the dictionaries also list and disagree on.
    private static let placesEndingInDi: Set<String> = ["纪念地", "托管地", "供应地", "聚集地", "集结地", "注册地", "采地", "拍摄地",
                                                        "举办地", "休养地", "三角地", "魏瓦地", "集训地", "闲置地", "轮休地", "薄砂地",
                                                        "私有地", "磨石子地", "籍贯地", "空旷地", "木板地", "开垦地", "废弃地", "安葬地",
                                                        "埋葬地", "垦殖地", "各市地", "发案地", "十八层地", "产米地", "中省地", "空闲地",
                                                        "空地", "荫蔽地", "油性地", "集中地", "无目地", "斯文委地", "金城汤地", "金城池地"]
    /// What follows a place rather than the verb an adverbial goes with (纪念地的, 聚集地和…).
    private static let afterPlaces: Set<String> = ["的", "是", "和", "与", "及", "或", "为", "里", "上", "内", "外", "附近", "周边"]

    /// 地 closing a word of the list whose dictionaries disagree between dì and de (悄悄地, 有秩序地,
    /// 适时地, 创造性地): before the verb it goes with, it is the adverbial de5; a place (集结地, 举办地) is
    /// the ground dì; an idiom of heaven and earth (哭天抢地) or a word closing the clause is left as listed.
    static func adverbialDe(closing word: String, _ around: Neighbours) -> (reading: String, rule: String)? {
        if placesEndingInDi.contains(word) {
            // Some of them the phrase data reads de (举办地, 注册地, 供应地).
            return ("di4", "a place ending in 地 (集结地, 举办地): di4")
        }
        guard word.count >= 2, word.hasSuffix("地"), !word.contains("天"),
              let next = around.next(), !afterPlaces.contains(next) else { return nil }
        return ("de5", "地 closing an adverbial before its verb (有秩序地撤离, 适时地开展): de5")
    }

    /// Demonstratives whose 儿 the dictionaries write er2 but everyone says as erhua (哪儿 nar3).
    static let erhuaWords: Set<String> = ["哪儿", "这儿", "那儿"]

    /// The reading of 儿 closing a word of the list (`stored`: the list's reading of it), when it is
    /// the erhua: the list writes er5 there (事儿, 大伙儿, 一会儿) or the word is 哪儿/这儿/那儿.
    /// 女儿, 婴儿, 孤儿 keep er2.
    static func erhua(closing word: String, stored: String) -> (reading: String, rule: String)? {
        guard word.unicodeScalars.count > 1, word.unicodeScalars.last == "儿",
              stored == "er5" || erhuaWords.contains(word) else { return nil }
        return ("r5", "儿 closing a word (事儿, 哪儿): erhua r5")
    }

    static let measureZhi = "只 after a number or 这/每 (两只鸡, 每只羊): the measure word zhi1"
    /// What comes before the measure word 只: a number (digits too) or a demonstrative.
    private static let beforeMeasureZhi: Set<Unicode.Scalar> = ["一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                                                "百", "千", "万", "几", "每", "这", "那", "哪", "各", "半", "多", "余", "某"]
    /// What after 只 makes it the adverb zhǐ "only" (这只是开始, 那只能说明, 一只要…): verbs and modals.
    private static let afterOnlyZhi: Set<Unicode.Scalar> = ["是", "有", "要", "能", "需", "会", "可", "好", "得", "在", "限", "管",
                                                            "顾", "为", "见", "剩", "对", "允", "用", "收", "听", "想", "说", "看",
                                                            "不", "因", "知", "怕", "求", "准", "许", "供", "身", "占", "做", "靠",
                                                            "给", "让", "把", "被", "从", "向", "和", "与", "及", "就", "都", "也"]
    /// Whether the 只 at `p` is the measure word of animals: after a number or a demonstrative, before a
    /// noun or the end of the clause.
    static func countsAnimals(_ scalars: [Unicode.Scalar], at p: Int) -> Bool {
        guard p > 0 else { return false }
        let before = scalars[p - 1]
        guard beforeMeasureZhi.contains(before) || before.properties.numericType != nil else { return false }
        guard p + 1 < scalars.count else { return true }
        return !afterOnlyZhi.contains(scalars[p + 1])
    }

    /// Whether the next words, joined, name a disease in two to four characters ending in 病 (热|射|病, 包虫病).
    private static func diseaseFollows(_ around: Neighbours) -> Bool {
        var joined = ""
        for k in 1...4 {
            guard let word = around.following(k) else { return false }
            joined += word
            let n = joined.unicodeScalars.count
            if n > 4 { return false }
            if n >= 2, joined.hasSuffix("病") { return true }
        }
        return false
    }

    /// Characters of a number as the normalizer writes it out (500米 → 五百米, 99.8% → 百分之九十九点八).
    private static let numeralScalars = Set("零〇一二三四五六七八九十百千万亿两点".unicodeScalars)
    /// When a number follows (written out: 五百米), what comes after it, two words of it ("米"); nil
    /// when no number follows. 百分之 counts as part of the number.
    private static func afterNumber(_ around: Neighbours) -> String? {
        var joined = ""
        // Words until one that is not all numerals, and that one (a year read digit by digit is four words).
        for k in 1...12 {
            guard let word = around.following(k) else { break }
            joined += word
            if !word.unicodeScalars.allSatisfy({ numeralScalars.contains($0) }), !(k == 1 && word.hasPrefix("百分之")) {
                joined += around.following(k + 1) ?? ""  // and the word after (二〇一九年|的: "年的")
                break
            }
        }
        if joined.hasPrefix("百分之") { joined.removeFirst(3) }
        let scalars = Array(joined.unicodeScalars)
        let n = scalars.prefix(while: { numeralScalars.contains($0) }).count
        // A lone 一, 百, 千 or 万 before more is a word's start (一些, 百官, 千方百计, 万人), not a number.
        guard n > 0, !(n == 1 && "一百千万亿两点零".unicodeScalars.contains(scalars[0]) && scalars.count > 1) else { return nil }
        return String(String.UnicodeScalarView(scalars[n...]))
    }
    /// What follows a number right after this word, typed (为21名: "名", the per-character reading of
    /// typed digits) or written out (为二十一名); up to two characters, nil when no number follows.
    private static func countFollows(_ around: Neighbours) -> String? {
        if around.next() == nil, around.digitsFollow { return around.afterDigits }
        return afterNumber(around).map { String($0.prefix(2)) }
    }
    /// Units of length and weight after a number: 长 before them is cháng "long" (跑道长五百米), 重
    /// zhòng "heavy" (总重三百八十一吨).
    private static let lengthUnits: [String] = ["米", "千米", "公里", "厘米", "毫米", "里", "尺", "丈", "寸", "英尺", "码", "海里", "多米", "余米"]
    private static let weightUnits: [String] = ["吨", "公斤", "斤", "克", "千克", "两", "多吨", "余吨", "多斤", "多公斤"]

    /// Numerals of an ordinal word 第一 … 第十, with their readings.
    private static let ordinalNumerals: [Unicode.Scalar: String] = ["一": "yi1", "二": "er4", "三": "san1", "四": "si4", "五": "wu3",
                                                                   "六": "liu4", "七": "qi1", "八": "ba1", "九": "jiu3", "十": "shi2"]
    /// Whether a word is an ordinal written in hanzi (第三, 第十二, 倒数第二).
    private static func isOrdinal(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let at = scalars.lastIndex(of: "第"), at + 1 < scalars.count else { return false }
        return scalars[(at + 1)...].allSatisfy { ordinalNumerals[$0] != nil || $0 == "百" || $0 == "两" }
    }
    /// Starts of words that make 行 after an ordinal the verb or a word of its own (第一行动, 第二行为).
    private static let notRowsAfter: [String] = ["动", "为", "政", "驶", "走", "进", "业", "使", "程", "李", "至"]
    /// What water or snow rises over: 没过 before it is mò (积水没过膝盖, 没过车轮).
    private static let submerged: [String] = ["膝", "脚", "小腿", "大腿", "腰", "胸", "肩", "头顶", "脖子", "车轮", "轮胎", "车轴",
                                              "排气管", "底盘", "路面", "桥面", "堤", "田埂", "人", "成人", "大人", "屋顶", "房顶", "车顶"]
    /// Rain and snow, counted with 场 cháng (第一场雪, 第一场大雨).
    private static let weather: [String] = ["雪", "雨", "大雪", "大雨", "暴雨", "暴雪", "春雨", "秋雨", "冬雪", "降雪", "降雨",
                                            "霜", "寒潮", "冰雹", "透雨", "瑞雪", "冻雨", "小雪", "中雪", "雷雨", "强降", "冷空气",
                                            "像样", "大范围", "寒流", "倒春寒"]
    /// What comes in rolls: 一卷 before it is the measure juǎn (一卷纸, 一卷胶带); 第一卷 "volume" keeps juàn.
    private static let rolls: [String] = ["纸", "卫生纸", "胶带", "胶布", "布", "铁丝", "钢丝", "地膜", "薄膜", "保鲜膜", "塑料",
                                          "绳", "毛线", "线", "电线", "纱布", "绷带", "草席", "席", "凉席", "垃圾袋", "封箱"]

    /// An ordinal word with the row or the counted event after it (第三行 háng, 第一场大雪 cháng,
    /// 第一场比赛 chǎng): the word list reads these by the model, which mixes them up.
    private static func ordinalWord(_ word: String, _ around: Neighbours) -> (reading: [String], rule: String)? {
        let s = Array(word.unicodeScalars)
        guard s.count == 3, s[0] == "第", let number = ordinalNumerals[s[1]] else { return nil }
        switch s[2] {
        case "场":
            guard let next = around.next() else { return nil }
            if weather.contains(where: { next.hasPrefix($0) }) {
                return (["di4", number, "chang2"], "第…场 + rain or snow (第一场大雪: cháng): chang2")
            }
            if shows.contains(where: { next.hasSuffix($0) }) {
                return (["di4", number, "chang3"], "第…场 + a show or contest (第一场比赛: chǎng): chang3")
            }
            return nil
        case "行":
            if let next = around.next(), notRowsAfter.contains(where: { next.hasPrefix($0) }) { return nil }
            return (["di4", number, "hang2"], "第…行 (第一行: the row): hang2")
        default:
            return nil
        }
    }

    /// First characters of the words `reading(ofWord:)` concerns (checked first): two-character words, and ordinal words (第一场).
    static let wordStarts: Set<Unicode.Scalar> = ["看", "得", "不", "没", "好", "落", "多", "同", "调", "为", "盛", "圈", "上", "下", "哀",
                                                   "河", "湖", "倾", "起", "答", "星", "烧", "着", "一", "乐", "第", "中"]
    /// Shows and contests, counted with the measure 场 chǎng (一场电影, 一场文艺演出, 一场篮球赛); 场 cháng
    /// counts what happens, a rain or a fight (一场大雨, 一场硬仗), 一场's usual reading.
    private static let shows: [String] = ["电影", "演出", "赛", "赛事", "晚会", "讲座", "考试", "戏", "表演", "汇演",
                                          "展演", "放映", "音乐会", "联欢会", "报告会", "宣讲会", "演唱会", "运动会"]
    /// Words that may stand between 一场 and the show it counts (一场精彩的文艺演出, 一场公益电影).
    private static let showModifiers: Set<String> = ["精彩", "精彩纷呈", "别开生面", "的", "公益", "专题", "文艺", "露天", "免费",
                                                     "特别", "主题", "普法", "法治", "安全", "知识", "健康", "红色", "爱国",
                                                     "乡村", "农村", "文化", "生动", "热闹", "别样", "高质量", "趣味",
                                                     "篮球", "足球", "排球", "乒乓球", "羽毛球", "拔河", "象棋"]
    /// What makes 乐得 "so glad that" + how it shows (乐得合不拢嘴, 乐得直拍手): le4 de5; 乐得 "be glad
    /// to" keeps de2 (乐得清闲).
    private static let gladnessShown: [String] = ["合不拢", "直", "笑", "眉开眼笑", "心花怒放", "手舞足蹈", "跳", "拍手", "连声"]
    /// How or where waste is dumped: 倾倒 after it is qīngdào (定点倾倒, 随意倾倒, 严禁倾倒).
    private static let dumpManners: Set<String> = ["定点", "随意", "乱", "任意", "集中", "统一", "违规", "非法", "偷偷", "随地",
                                                   "肆意", "禁止", "严禁", "不得", "不准", "不要", "擅自", "私自", "向", "往"]
    /// What states a length: 河长 before it is "the river is … long" (河长88千米, 河长约五十公里).
    private static let lengthStarts: [String] = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "几",
                                                 "约", "达", "近", "仅", "超过", "不足", "不到"]
    /// Verbs of playing music: 哀乐 after them is the funeral music āiyuè (播放哀乐, 奏哀乐).
    private static let musicPlayed: Set<String> = ["播放", "放", "播", "奏", "演奏", "吹奏", "奏起", "奏响", "响起", "放起",
                                                   "高奏", "放着", "播着", "使用", "用"]

    /// Adverbs of urgency that open what one should do (应立即, 应及时): after 应答 they show that 应答应
    /// is 应答 yìngdá "answer" + 应 yīng "should" (敲门无人应答应立即报警), not 应 + 答应 "promise".
    private static let urgentAdverbs: Set<String> = ["立即", "马上", "及时", "迅速", "尽快", "立刻", "赶紧", "赶快", "第一时间"]

    /// Teams and offices one is posted to: 上调/下调 before them is diao4 (上调天津队, 下调到基层单位).
    private static let postings: [String] = ["队", "局", "厅", "部", "委", "处", "科", "机关", "单位", "基层", "中央", "县里",
                                             "市里", "省里", "镇里", "乡里", "工作"]
    /// Negations after which 落 (落下) is là "leave out" (一个都不能落, 一户也不落下).
    private static let leaveOutNegations: Set<String> = ["不", "别", "不能", "不要", "不会", "不可", "决不", "绝不", "不许", "莫"]
    /// What one forgets to take (落东西, 别落下钥匙): 落 before it is là.
    private static let belongings: [String] = ["东西", "钥匙", "手机", "钱包", "证件", "身份证", "行李", "书包", "雨伞"]

    /// One-character verbs before which 得到 is 得 de5 + the result 到 (听得到, 看得到, 做得到: can
    /// be heard, seen, done), not the verb 得到 de2dao4 "obtain" (他得到了, 也得到了帮助); and
    /// before which 得了 is de5 liao3 "can" (吃得了), not de2 le5 "got" (他得了病).
    private static let potentialVerbs: Set<String> = ["听", "看", "做", "办", "买", "找", "想", "拿", "收", "吃", "用", "见",
                                                       "摸", "闻", "达", "等", "赶", "够", "管", "顾", "跑", "走", "学", "记",
                                                       "写", "读", "算", "猜", "查", "感", "睡", "搬", "抓", "送", "借", "接",
                                                       // … and getting a loan (贷得到、用得好、还得上)
                                                       "贷",
                                                       // … and doing, helping, curing (干得了吗, 帮得了, 治得了)
                                                       "干", "帮", "治", "修", "搬", "扛", "背", "管"]
    /// Roles one refuses to play: 不当 + one of them is bu4 dang1 "not act as" (不当旁观者, 不当逃兵);
    /// otherwise 不当 is the adjective dang4 "improper" (处置不当, 不当行为).
    private static let roles: [String] = ["者", "客", "兵", "掌柜", "观众", "老好人", "局外人"]
    /// Settings and prices one adjusts to a level (温度, 音量, 水价): 调至 after them is tiao2.
    private static let settings: [String] = ["温度", "水温", "室温", "音量", "声音", "亮度", "价", "价格", "标准", "费率", "利率", "档",
                                             "模式", "频道", "时间"]
    /// Words ending in a role's suffix that are not roles: conjunctions after "improper" (使用不当或者疏忽大意).
    private static let notRoles: Set<String> = ["或者", "再者", "甚者", "或者说"]
    /// What one did not take: 没收 + the smallest amount or 过 is mei2 shou1 (没收一分钱, 没收过):
    /// "did not take"; 没收 + what is seized is mo4 shou1 "confiscate" (没收违法所得, 没收工具).
    private static let amountsNotTaken: [String] = ["一分", "一毛", "一文", "分文", "过"]
    /// Words of manner before 地 + a verb (有计划地, 有针对性地, 最大限度地, 扎实地, 准确地): the adverb
    /// marker de5. 集中 is left out (人员集中地: a place).
    private static let mannerWords: Set<String> = ["计划", "针对性", "程度", "限度", "可能", "高质量", "扎实", "持续", "统一", "进一步",
                                                   "详细", "准确", "规范", "精准", "健康", "快乐", "更加", "高效", "反复", "大力",
                                                   "正确", "不断", "认真", "积极", "科学", "合理", "全面", "深入", "广泛", "严格",
                                                   "耐心", "主动", "妥善", "彻底", "坚决", "细致", "真正", "安全", "自觉", "充分",
                                                   "逐步", "切实", "有效", "迅速", "更好", "及时", "有序", "稳妥", "稳步", "顺利",
                                                   "平稳", "幸福", "安心", "放心", "清楚", "清晰", "明确", "果断", "系统", "深刻",
                                                   "如实", "客观", "公正", "公平", "公开", "热情", "亲切", "仔细", "细心", "用心",
                                                   "尽心", "努力", "快速", "自动", "不停", "一次性", "创造性", "有力", "有组织",
                                                   "有步骤", "有重点", "有目的", "有意识", "有选择", "无偿", "较好", "很好", "更快",
                                                   "实事求是", "因地制宜", "分类", "分批", "分步", "分阶段", "定时", "及早", "尽早",
                                                   "平等", "同等", "公平", "均等"]
    /// Reduplicated words that are not adjectives: 地 after them may be the ground (天天地里干活).
    private static let notAdverbs: Set<String> = ["天天", "年年", "月月", "日日", "人人", "家家", "户户", "村村", "处处", "事事",
                                                  "时时", "个个", "样样", "头头", "家家户户", "方方面面", "世世代代", "祖祖辈辈"]
    /// Verbs of what the hands are doing, after which 着手 is 着 + 手 (拉着手, 空着手, 背着手).
    private static let handActions: Set<String> = ["拉", "空", "牵", "握", "搓", "揣", "背", "摇", "挥", "甩", "挽", "举", "插",
                                                   "抄", "攥", "捂", "扶", "抱", "拍", "倒背", "反背", "袖"]
    /// Who is fond of playing (好 hao4 before 玩…).
    private static let children: Set<String> = ["孩子", "小孩", "小孩子", "孩子们", "儿童", "学生", "青少年", "小朋友", "娃娃", "男孩", "女孩"]
    /// What children are fond of playing with: 好玩 + it is hao4 wan2 (孩子好玩水); 好玩 "fun" takes
    /// no object (真好玩, 好玩的地方).
    private static let playthings: [String] = ["水", "火", "电", "手机", "游戏"]

    /// A word read by its neighbours: 看好/看住/看管 + people or belongings is kan1 (look after),
    /// 看好 + anything else keeps the dictionary's kan4 (look favourably on); 得到 after a one-character
    /// verb, 不当 before a role, 没收 before an amount, 好玩 before a plaything.
    static func reading(ofWord word: String, _ around: Neighbours) -> (reading: [String], rule: String)? {
        switch word {
        case "看着":
            // 看着(点)孩子 "keep an eye on" (kan1); 看着办, 眼看着 (a word of the list), 看着孩子长大 keep kan4.
            guard var next = around.next() else {
                // 炉子要看着: what is watched comes first, 要看着 closes the clause.
                if let previous = around.previous(), dutyWords.contains(previous) {
                    return (["kan1", "zhe5"], "… 要看着 (炉子要看着: keep an eye on): kan1")
                }
                return nil
            }
            var k = 1
            if next == "点" || next == "点儿" {
                guard let after = around.following(2) else {
                    // 看着点 closing the clause after someone told to: 大人要看着点.
                    if let previous = around.previous(), ["要", "得", "帮", "给", "多", "好好"].contains(previous) {
                        return (["kan1", "zhe5"], "看着点 (keep an eye on): kan1")
                    }
                    return nil
                }
                next = after
                k = 2
            }
            // Watching them while speaking or smiling (家长看着孩子一边叮嘱, 看着孩子笑) is kàn.
            guard custody.contains(where: { next.hasPrefix($0) }),
                  !(k + 1...k + 3).contains(where: { around.following($0).map { ["长大", "成长", "一天天", "一边", "叮嘱", "说", "笑",
                                                                                      "微笑", "点头", "流泪", "受苦"].contains($0) } ?? false })
            else { return nil }
            return (["kan1", "zhe5"], "看着(点) + people or belongings (look after): kan1")
        case "落下":
            if let previous = around.previous(), leaveOutNegations.contains(previous) {
                return (["la4", "xia4"], "落下 after a negation (一户都不能落下: leave out): la4")
            }
            if let next = around.next(), belongings.contains(where: { next.hasPrefix($0) }) {
                return (["la4", "xia4"], "落下 + what is left behind (落下东西): la4")
            }
            return nil
        case "多重":
            // 有多重, 多重啊: how heavy (zhong4); 多重保障, 多重措施: multiple (chong2, the word's own).
            let next = around.next()
            if around.previous() == "有" || next == nil || ["啊", "呢", "吗", "呀", "了"].contains(next!) {
                return (["duo1", "zhong4"], "有多重 (how heavy): zhong4")
            }
            return nil
        case "上调", "下调":
            // 上调/下调 adjust a price or a pension up or down (domain.tsv: 基础养老金上调, 下调利率: tiao2);
            // a person posted to a higher or lower office or team is diao4 (他被上调到县里, 自青年队上调天津队).
            guard around.previous() == "被"
                || around.anyFollowing(1...3, { w in postings.contains(where: { w.hasSuffix($0) }) })
            else { return nil }
            return ([word == "上调" ? "shang4" : "xia4", "diao4"], "被上调, 上调 + a team or office (posted): diao4")
        case "调到", "调走", "调往":
            // 被调到镇上, 被上调到县里: a person transferred (diao4); 调到26度 stays the word's tiao2.
            guard around.previous() == "被"
                || (around.previous().map { ["上", "下"].contains($0) } ?? false) && around.preceding(2) == "被"
            else { return nil }
            return (["diao4", word == "调到" ? "dao4" : word == "调走" ? "zou3" : "wang3"], "被调到 (transferred): diao4")
        case "为民":
            // 为民 is "for the people" (domain.tsv: 为民服务中心, 执政为民), but after a verb of naming or
            // changing, or a frame (以/把/将 …), it is the copula before a noun (改编为民军): wei2.
            guard copulaFrameOrNamingVerb(before: around) else { return nil }
            return (["wei2", "min2"], "verb of naming + 为民… (改编为民军: the copula): wei2")
        case "盛装", "盛放":
            // 盛装容器, 盛放食物的器皿: hold (chéng); 盛装出席, 花朵盛放 keep shèng.
            guard around.anyFollowing(1...4, { w in heldThings.contains(where: { w.hasPrefix($0) }) })
            else { return nil }
            return (["cheng2", word == "盛装" ? "zhuang1" : "fang4"], "盛装/盛放 + what is held or the vessel (盛装容器): cheng2")
        case "着手":
            // A hand held or carried (空着手, 手拉着手, 背着手): the aspect 着 zhe5 before 手, not 着手 zhuóshǒu
            // "set about", which follows an adverb or a subject (立即着手整改).
            guard let previous = around.previous(), handActions.contains(previous) else { return nil }
            return (["zhe5", "shou3"], "a verb of the hands + 着手 (空着手, 手拉着手): zhe5 shou3")
        case "答应":
            // The rest of 应答 + the modal 应 (无人应答应立即报警), see 应 above.
            guard around.previous() == "应", around.next().map({ urgentAdverbs.contains($0) }) ?? false else { return nil }
            return (["da2", "ying1"], "应答 + 应 + an adverb of urgency (无人应答应立即报警): da2 ying1")
        case "起来":
            // 一起 + 来 (让我们一起来收听, 大家一起来): the segmentation takes 一 + 起来, but 来 "come (and do)"
            // after 一起 keeps its tone. Not 一起来就… "as soon as one gets up".
            guard around.previous() == "一", around.next() != "就" else { return nil }
            return (["qi3", "lai2"], "一起 + 来 (我们一起来收听: come together): lai2")
        case "同行":
            // 同行人员, 同行的人, 与家人同行: travelling together (xing2), as epidemic notices use it;
            // hang2 "the same trade" comes before 业 or between trades (同行之间), left as listed.
            let next = around.next()
            // … and walking with someone (与爱同行, 和你同行, 结伴同行).
            if next == nil || ["人员", "人", "者", "的", "家属", "亲属", "旅客"].contains(where: { next!.hasPrefix($0) })
                || (around.previous().map { p in ["与", "和", "跟", "同", "结伴", "一路"].contains(p) } ?? false)
                || around.preceding(2) == "与" || around.preceding(2) == "和" {
                return (["tong2", "xing2"], "同行 + who (同行人员: travelling together): xing2")
            }
            return nil
        case "落地":
            // 一个不落地 (none left out, adverbially): 不落 là + the marker 地.
            guard around.previous() == "不", let counted = around.preceding(2), counted.hasPrefix("一") else { return nil }
            return (["la4", "de5"], "一个不落地 (leaving none out): la4 de5")
        case "看好", "看住", "看紧":
            let rest: [String] = word == "看好" ? ["hao3"] : word == "看住" ? ["zhu4"] : ["jin3"]
            // 行李要看好, 孩子一定要看住: what is looked after comes first, the verb closes the clause.
            if around.next() == nil, let previous = around.previous(), dutyWords.contains(previous) {
                return (["kan1"] + rest, "… 要看好 (行李要看好: look after): kan1")
            }
            // 把孩子看好, 把孩子看住点: what is looked after comes after 把.
            if keptByBa(around) {
                return (["kan1"] + rest, "把 + people or belongings + 看好 (把孩子看好: look after): kan1")
            }
            guard let next = around.next(), custody.contains(where: { next.hasPrefix($0) }) else { return nil }
            return (["kan1"] + rest, "看好/看住 + people or belongings (look after): kan1")
        case "河长", "湖长":
            // 河长 is the river's official (hézhǎng, domain.tsv: 河长制, 人人都是河长); before a length
            // it is the river being long (河长88千米: cháng).
            guard around.digitsFollow || (around.next().map { n in lengthStarts.contains(where: { n.hasPrefix($0) }) } ?? false)
            else { return nil }
            return ([word == "河长" ? "he2" : "hu2", "chang2"], "河长 + a length (河长88千米: long): chang2")
        case "倾倒":
            // 定点倾倒, 严禁倾倒建筑垃圾: dumping (qīngdào); 大树倾倒, 为之倾倒 keep qīngdǎo.
            if let previous = around.previous(), dumpManners.contains(previous) {
                return (["qing1", "dao4"], "how or where + 倾倒 (定点倾倒: dump): dao4")
            }
            if let next = around.next(), pouredThings.contains(where: { next.hasPrefix($0) }) || ["建筑", "生活", "废", "渣土", "杂物"].contains(where: { next.hasPrefix($0) }) {
                return (["qing1", "dao4"], "倾倒 + waste (倾倒建筑垃圾: dump): dao4")
            }
            return nil
        case "哀乐":
            // 播放哀乐, 奏哀乐, 哀乐声: the funeral music (āiyuè, 现代汉语词典); āilè "sorrow and joy" is
            // the listed word's reading (人生哀乐; 喜怒哀乐 is a word of its own).
            if let previous = around.previous(), musicPlayed.contains(previous) {
                return (["ai1", "yue4"], "verb of playing + 哀乐 (播放哀乐: funeral music): yue4")
            }
            if let next = around.next(), ["声", "低回", "响起", "齐鸣", "队"].contains(where: { next.hasPrefix($0) }) {
                return (["ai1", "yue4"], "哀乐 + 声/响起 (哀乐声: funeral music): yue4")
            }
            return nil
        case "圈里":
            // 关进圈里, 赶回圈里: the livestock pen (juàn); 娱乐圈里, 朋友圈里 stay quān. 圈里的粪, 圈里的猪:
            // what lies or lives in the pen.
            let penContent = around.next() == "的"
                && (around.following(2).map { w in penAnimals.contains(where: { w.hasPrefix($0) }) || ["粪", "牲", "家禽", "畜"].contains(where: { w.hasPrefix($0) }) } ?? false)
            guard intoPen(around) || penContent else { return nil }
            return (["juan4", "li3"], "圈里 after 进/回 or 关在 (关进圈里, 关在圈里: in the pen): juan4")
        case "得到":
            guard let previous = around.previous(), potentialVerbs.contains(previous) else { return nil }
            return (["de5", "dao4"], "一-character verb + 得到 (听得到: can be heard): de5 dao4")
        case "不当":
            guard let next = around.next(), !notRoles.contains(next), roles.contains(where: { next.hasSuffix($0) }) else { return nil }
            return (["bu4", "dang1"], "不当 + a role (不当旁观者: not act as): dang1")
        case "没收":
            guard let next = around.next(), amountsNotTaken.contains(where: { next.hasPrefix($0) }) else { return nil }
            return (["mei2", "shou1"], "没收 + an amount (没收一分钱: did not take): mei2")
        case "烧着":
            // 柴草烧着了, 把山林烧着: caught fire (zháo), as the lone 着 above; 烧着水, 一直烧着 keep zhe.
            guard around.next() == "了" || around.next() == nil && around.anyPreceding(1...5, { $0 == "把" }) else { return nil }
            return (["shao1", "zhao2"], "烧着了, 把…烧着 (caught fire): zhao2")
        case "星星":
            // 星星 before 火 or 之火 is xīngxīng "tiny spots" (一点星星火，可毁万亩林; 现代汉语词典: 星星之火，
            // 可以燎原); the stars in the sky are xīng·xing (天上的星星), the listed reading.
            guard let next = around.next(), next == "火" || next.hasPrefix("之火") else { return nil }
            return (["xing1", "xing1"], "星星 + 火 (一点星星火: tiny spots): xing1 xing1")
        case "一场":
            // Up to four words on, past modifiers only (一场精彩的文艺演出): a show makes it chǎng.
            for k in 1...5 {
                guard let word = around.following(k) else { return nil }
                if shows.contains(where: { word.hasSuffix($0) }) { return (["yi1", "chang3"], "一场 + a show or contest (一场电影: measure chǎng): chang3") }
                guard showModifiers.contains(word) else { return nil }
            }
            return nil
        case "一卷":
            // Two words joined: the segmentation may cut the roll's name (垃圾|袋).
            guard let next = around.next(), case let joined = next + (around.following(2) ?? ""),
                  rolls.contains(where: { joined.hasPrefix($0) }) else { return nil }
            return (["yi1", "juan3"], "一卷 + what comes in rolls (一卷纸: measure juǎn): juan3")
        case "上将", "中将":
            // 上/中 + 将 "take" before what is taken (在概念厘定上将其定义为, 体验互动中将冬训理论学习…):
            // 将 jiāng; the ranks 上将, 中将 (海军上将, 授予中将军衔) keep jiàng.
            guard let next = around.next(), ["其", "之", "该", "此", "这", "那", "所", "各"].contains(where: { next.hasPrefix($0) }) else { return nil }
            return ([word == "上将" ? "shang4" : "zhong1", "jiang1"], "上/中 + 将 + what is taken (上将其定义为): jiang1")
        case "乐得":
            guard let next = around.next(), gladnessShown.contains(where: { next.hasPrefix($0) }) else { return nil }
            return (["le4", "de5"], "乐得 + how the gladness shows (乐得合不拢嘴): de5")
        case "好玩":
            guard let next = around.next(), playthings.contains(where: { next.hasPrefix($0) }) else { return nil }
            return (["hao4", "wan2"], "好玩 + a plaything (孩子好玩水: be fond of): hao4")
        default:
            return ordinalWord(word, around)
        }
    }
}
