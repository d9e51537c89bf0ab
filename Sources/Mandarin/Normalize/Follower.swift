/// What the words right after a number say about how to read it: 2个 两个 but 2号 二号,
/// 1999年 digit by digit, 05月 as 五月, 120人 a count and not the ambulance hotline.
struct Follower: Equatable {
    /// A bare 2 is read 两 (a measure word or unit that counts: 个 人 天 公斤 万 …).
    var takesLiang = false
    /// Something is being counted or measured, so the number is not a phone number or hotline.
    var isQuantity = false
    /// 年 (a calendar year when the number has four digits) but not 年级.
    var isYear = false
    /// 度 after a number: a temperature or angle, read with 二 and with 零下 for negatives.
    var isDegree = false
    /// 元, 块, 万元…: a sum of money (trailing decimal zeros are not read: 3.50元 三点五元).
    var isMoney = false
    /// 月 日 号 时 点: a date or clock part, so a typed leading zero (05月) is not read.
    var dropsLeadingZero = false
    /// 室: a room number, said digit by digit when it has three or more digits.
    var isRoom = false
    /// 万 or 亿 right after the number (¥3万 reads 三万元: the currency goes after the 万).
    var isMagnitude = false

    /// Counting measure words and units that take 两 after a bare 2. Not here, so read with 二:
    /// 号 楼 层 栋 单元 室 月 日 期 班 组 队 排 级 类 等 (positions and names, not counts).
    private static let liangWords: Set<Unicode.Scalar> = Set(
        "个位名人口户家本次回遍趟天周年岁斤克吨米亩升块元角毛万亿千百台辆头只条件张份批项场所座套双对支把瓶箱袋包盒桶株棵片处起种样顿床幅篇段句节门轮届剂针粒倍成点时秒架艘枚颗根副部匹车桌碗杯罐道声下例步里顷厅"
            .unicodeScalars)
    /// Words that show a quantity but keep 二 (2号, 2楼); they still rule out a phone number.
    private static let namingWords: Set<Unicode.Scalar> = Set("号楼层栋室月日期班组队排级类等度".unicodeScalars)
    /// Second characters that turn an ambiguous first one into a counting unit (公斤, 平方米, 小时…).
    private static let liangPairs: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "公": Set("斤里顷分尺".unicodeScalars), "平": Set("方米".unicodeScalars), "立": ["方"],
        "毫": Set("升米克".unicodeScalars), "厘": ["米"], "小": ["时"], "分": ["钟"], "周": Set("岁年".unicodeScalars),
    ]

    init() {}

    /// Reads the (at most three) scalars after a number; `s[i...]` may be empty.
    init(_ s: [Unicode.Scalar], at i: Int) {
        guard i < s.count else { return }
        let a = s[i]
        let b: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        if let pairs = Follower.liangPairs[a], let b, pairs.contains(b) {
            takesLiang = true
            isQuantity = true
        } else if a == "年" {
            isQuantity = true
            isYear = b != "级"
            takesLiang = b != "级"
        } else if a == "点", let b, b.isDigit {
            // 2点30分 is a clock time (两点), 2点5公里 a decimal written in words (二点五).
            var k = i + 1
            while k < s.count && k <= i + 2 && s[k].isDigit { k += 1 }
            takesLiang = k < s.count && s[k] == "分"
            isQuantity = true
        } else if Follower.liangWords.contains(a) {
            takesLiang = true
            isQuantity = true
        } else if Follower.namingWords.contains(a) {
            isQuantity = true
        } else if a == "摄" || a == "华" {
            isDegree = b == "氏"
            isQuantity = isDegree
        }
        if a == "度" { isDegree = true }
        switch a {
        case "元", "块": isMoney = true
        case "万", "亿", "千": isMoney = b == "元"
        default: break
        }
        isMagnitude = a == "万" || a == "亿"
        isRoom = a == "室"
        dropsLeadingZero = "月日号时点".unicodeScalars.contains(a)
    }

    /// The follower of a number whose unit was typed as an abbreviation (5kg reads like 5公斤).
    init(unitName: String) {
        self.init(Array(unitName.unicodeScalars), at: 0)
        isQuantity = true
    }
}
