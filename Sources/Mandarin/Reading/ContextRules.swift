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
    }

    /// Characters some rule below concerns (checked first, so other words cost nothing).
    static let concerned: Set<Unicode.Scalar> = ["得", "应", "为", "长", "重", "好", "子", "还"]

    /// Degree adverbs that follow the complement marker 得 (跑得很快, 下得太大, 干得非常好).
    private static let degreeAdverbs: [String] = ["很", "太", "非常", "十分", "特别", "更", "真", "挺", "比较", "相当", "越来越", "极", "不够"]
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
            if let next = around.next(), degreeAdverbs.contains(where: { next.hasPrefix($0) }) {
                return ("de5", "得 before a degree word (跑得很快): de5")
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

    /// A word read by what follows it: 看好/看住/看管 + people or belongings is kan1 (look after);
    /// 看好 + anything else keeps the dictionary's kan4 (look favourably on).
    static func reading(ofWord word: String, _ around: Neighbours) -> (reading: [String], rule: String)? {
        guard word == "看好" || word == "看住" || word == "看紧", let next = around.next(),
              custody.contains(where: { next.hasPrefix($0) }) else { return nil }
        let rest: [String] = word == "看好" ? ["hao3"] : word == "看住" ? ["zhu4"] : ["jin3"]
        return (["kan1"] + rest, "看好/看住 + people or belongings (look after): kan1")
    }
}
