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
        /// No hanzi word before it in the clause: it follows punctuation or begins the sentence.
        var clauseStart: Bool
        /// The word before it opens the clause.
        var previousOpensClause = false
    }

    /// Characters some rule below concerns (checked first, so other words cost nothing).
    static let concerned: Set<Unicode.Scalar> = ["得", "应", "为", "长", "重", "好", "子", "还", "儿", "少", "头", "尽", "解"]

    /// Degree adverbs that follow the complement marker 得 (跑得很快, 下得太大, 干得非常好).
    private static let degreeAdverbs: [String] = ["很", "太", "非常", "十分", "特别", "更", "真", "挺", "比较", "相当", "越来越", "极", "不够"]
    /// Adverbs and subjects before which 得 is the modal "must" (就得戴口罩, 更得把…, 大家得抓紧,
    /// 也得撵): dei3. 非得 and 总得 are words of the list already.
    private static let beforeModalDei: Set<String> = ["就", "也", "还", "都", "更", "又", "可", "只", "总", "必", "准", "真",
                                                      "我", "你", "您", "他", "她", "咱", "我们", "你们", "他们", "她们",
                                                      "咱们", "大家", "大伙", "大伙儿", "村民", "群众", "家长", "各家", "各户"]
    /// What 得 de2 "get" takes after those subjects (他得了病, 还得了, 大家得奖): not the modal.
    private static let afterGettingDe: [String] = ["了", "过", "着", "奖", "分", "病", "票", "罪", "手", "胜", "利", "益", "逞",
                                                   "知", "救", "宠", "名", "势", "道", "意", "失", "当", "出", "数"]
    /// Characters after which a lone 少 is still shao4 (the rest of a word the segmentation split:
    /// 少年, 少女, 少先队, 少将); anywhere else a lone 少 is "few, less": shao3 (少串门, 少聚会).
    private static let youngShao: [String] = ["年", "女", "男", "妇", "爷", "将", "校", "尉", "帅", "先", "壮", "儿", "林"]
    /// What 为 wei4 ("for, in order to") introduces: a purpose or the people it is done for.
    private static let afterPurposeWei: [String] = ["了", "何", "啥", "什么", "此", "使", "方便", "保障", "确保", "防止", "避免",
                                                     "切实", "进一步", "积极", "有效", "加强", "实现", "做好", "减少", "提高", "增强"]
    private static let beneficiaries: Set<String> = ["他们", "她们", "我们", "你们", "咱们", "大家", "群众", "村民", "居民", "人民",
                                                     "他", "她", "你", "您", "我", "老人", "孩子", "学生", "农民", "百姓", "老百姓",
                                                     "大伙", "乡亲", "乡亲们", "村民们", "广大"]
    /// Words of a request: 应 before them is ying4 ("at the request of": 应群众要求).
    private static let requestWords: Set<String> = ["要求", "邀请", "之邀", "号召", "请求"]
    /// What 长 chang2 ("long") measures when it stands before it.
    private static let durations: [String] = ["时间", "期", "久", "远", "途", "年", "达"]
    /// What one looks after (看好/看住/看管 kan1): people and belongings, not prospects.
    private static let custody: [String] = ["自己", "自家", "孩子", "小孩", "子女", "老人", "家人", "家门", "门户", "门窗", "门",
                                            "财物", "钱包", "钱袋子", "地块", "田", "山林", "火源", "火种", "牲畜", "学生", "娃"]
    /// One-character words before which 子 keeps zi3: numbers and ordinals (第三子), kinship and rank
    /// (其子, 父子, 王子, 君子, 男子), where 子 is "son, person", not a suffix.
    private static let fullToneZi: Set<String> = ["一", "两", "几", "这", "那", "每", "哪", "多", "半", "二", "三", "四",
                                                  "五", "六", "七", "八", "九", "十", "百", "千", "万", "其", "之", "父", "母",
                                                  "妻", "孝", "君", "天", "庶", "嫡", "爱", "幼", "养", "诸", "才", "男", "女",
                                                  "学", "弟", "臣", "赤", "游", "逆", "孙", "太", "世", "王", "公", "侯", "士",
                                                  "长", "次", "独", "遗", "犬", "小", "该", "此", "彼", "亲", "继", "义", "舍", "令"]

    /// The reading of the one-character word `char` in its place, and the rule's name; nil when no
    /// rule applies (the model or standalone.tsv decide).
    static func reading(of char: Unicode.Scalar, _ around: Neighbours) -> (reading: String, rule: String)? {
        guard concerned.contains(char) else { return nil }
        switch char {
        case "得":
            guard let next = around.next() else { return nil }
            if degreeAdverbs.contains(where: { next.hasPrefix($0) }) {
                return ("de5", "得 before a degree word (跑得很快): de5")
            }
            if let previous = around.previous(), beforeModalDei.contains(previous),
               !afterGettingDe.contains(where: { next.hasPrefix($0) }) {
                return ("dei3", "得 after an adverb or a subject, before a verb (就得戴口罩, 大家得抓紧: must): dei3")
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
            if let next = around.next(), ["到", "力", "职", "责", "心", "义务", "孝", "本分"].contains(where: { next.hasPrefix($0) }) {
                return ("jin4", "尽 before a duty or an effort (尽到责任): jin4")
            }
        case "解":
            // A lone 解 in a notice is the verb "solve, untie, relieve" (为百姓解难题, 解渴); the
            // surname xie4 comes with a title or a name, which domain.tsv lists (解主任).
            return ("jie3", "解 on its own (解难题: solve): jie3")
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
            guard around.next() != nil else { return nil }
            for k in 1...6 {
                guard let word = around.following(k) else { break }
                if requestWords.contains(word) { return ("ying4", "应 … 要求 (at the request of): ying4") }
            }
            return ("ying1", "应 before a verb (should): ying1")
        case "为":
            if let next = around.next() {
                if afterPurposeWei.contains(where: { next.hasPrefix($0) }) {
                    return ("wei4", "为 before a purpose (为了, 为方便, 为确保): wei4")
                }
                if beneficiaries.contains(next) {
                    return ("wei4", "为 before the people served (为大家, 为群众): wei4")
                }
                if around.clauseStart { return ("wei4", "为 opening a clause (为实现…): wei4") }
            }
        case "长":
            if let next = around.next() {
                if durations.contains(where: { next.hasPrefix($0) }) { return ("chang2", "长 before a span (长时间, 长期): chang2") }
            } else if !around.clauseStart {
                return ("chang2", "长 closing a clause (汛期长): chang2")
            }
        case "重":
            if around.next() == "则" { return ("zhong4", "重则 (in serious cases): zhong4") }
        case "好":
            // After a verb 好 is the result "well, properly" (挂好横幅, 教育好孩子), never hao4.
            if around.previous() != nil { return ("hao3", "好 after a verb (做好, 挂好): hao3") }
        case "子":
            if let previous = around.previous(), previous.unicodeScalars.count == 1, !fullToneZi.contains(previous) {
                return ("zi5", "noun suffix 子 after a one-character stem: zi5")
            }
        case "还":
            if let next = around.next(), !["给", "钱", "款", "清", "贷", "债", "回", "书", "账", "他", "她", "我", "你", "您"].contains(where: { next.hasPrefix($0) }) {
                return ("hai2", "还 before a verb (still, also): hai2")
            }
        default:
            break
        }
        return nil
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

    /// A word read by what follows it: 看好/看住/看管 + people or belongings is kan1 (look after);
    /// 看好 + anything else keeps the dictionary's kan4 (look favourably on).
    static func reading(ofWord word: String, _ around: Neighbours) -> (reading: [String], rule: String)? {
        guard word == "看好" || word == "看住" || word == "看紧", let next = around.next(),
              custody.contains(where: { next.hasPrefix($0) }) else { return nil }
        let rest: [String] = word == "看好" ? ["hao3"] : word == "看住" ? ["zhu4"] : ["jin3"]
        return (["kan1"] + rest, "看好/看住 + people or belongings (look after): kan1")
    }
}
