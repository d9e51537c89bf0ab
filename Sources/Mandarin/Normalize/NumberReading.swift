/// Spoken Chinese for digit strings: the pure arithmetic of Mandarin numerals, no context.
/// Digits are values 0...9 (not characters), most significant first.
enum NumberReading {
    static let digitNames: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The longest integer read as a number (九千九百九十九亿…); longer strings are codes.
    static let maxCardinalDigits = 12

    /// Digit by digit: years, codes, phone numbers. `yao` reads 1 as 幺, as people do on the phone
    /// (一 and 七 are easily confused over a bad line or a loudspeaker).
    static func digits<C: Collection>(_ d: C, yao: Bool = false) -> String where C.Element == UInt8 {
        var s = ""
        s.reserveCapacity(d.count * 3)
        for x in d { s += (yao && x == 1) ? "幺" : digitNames[Int(x)] }
        return s
    }

    /// A cardinal with 万/亿 grouping and 零 insertion: 10086 一万零八十六, 30500 三万零五百,
    /// 100000 十万, 112 一百一十二. `liang` says 两 where counting Mandarin does (两千, 两万, 两亿:
    /// a leading 2 before 千/万/亿) and keeps 二 before 百 and 十 (二百, 二十) — both are standard
    /// before 百 and the formal one is chosen. A bare 2 (两个 vs 二号) is the caller's decision.
    /// More than `maxCardinalDigits` significant digits are read digit by digit.
    static func cardinal(_ d: [UInt8], liang: Bool = false) -> String {
        guard let first = d.firstIndex(where: { $0 != 0 }) else { return "零" }
        let sig = Array(d[first...])
        if sig.count > maxCardinalDigits { return digits(sig) }

        let groupUnits = ["", "万", "亿"]
        let groupCount = (sig.count + 3) / 4
        var out = ""
        var pendingZero = false
        for g in 0..<groupCount {
            let unitIndex = groupCount - 1 - g
            // Group g covers 4 digits counted from the right; pad the leading group with zeros.
            let hi = sig.count - unitIndex * 4
            let lo = max(0, hi - 4)
            var group = [UInt8](repeating: 0, count: 4 - (hi - lo))
            group += sig[lo..<hi]
            if group.allSatisfy({ $0 == 0 }) {
                pendingZero = !out.isEmpty
                continue
            }
            if !out.isEmpty && (pendingZero || group[0] == 0) { out += "零" }
            pendingZero = false
            out += readGroup(group, leading: out.isEmpty, liang: liang, unitIndex: unitIndex)
            out += groupUnits[unitIndex]
        }
        return out
    }

    /// One group of four digits (千百十个) within a larger number.
    private static func readGroup(_ g: [UInt8], leading: Bool, liang: Bool, unitIndex: Int) -> String {
        let placeUnits = ["千", "百", "十", ""]
        var s = ""
        var started = false
        var zero = false
        for p in 0..<4 {
            let d = g[p]
            if d == 0 {
                if started { zero = true }
                continue
            }
            if zero {
                s += "零"
                zero = false
            }
            if p == 2 && d == 1 && !started && leading {
                s += "十"  // 12 十二, 100000 十万 — but 112 一百一十二 and 10010 一万零一十
            } else if liang && d == 2 && (p == 0 || (p == 3 && !started && leading && unitIndex > 0)) {
                s += "两" + placeUnits[p]  // 两千; 两万 and 两亿 (the group is exactly 2)
            } else {
                s += digitNames[Int(d)] + placeUnits[p]
            }
            started = true
        }
        return s
    }

    /// A decimal as read: 0.25 零点二五, 3.50 三点五零, 12.5 十二点五 (二, never 两: 二点五).
    static func decimal(integer: [UInt8], fraction: [UInt8]) -> String {
        let head = cardinal(integer)
        return fraction.isEmpty ? head : head + "点" + digits(fraction)
    }

    /// True when the digits are the number 2 (allowing leading zeros is not wanted: "02" is a code).
    static func isBareTwo(_ d: [UInt8]) -> Bool { d.count == 1 && d[0] == 2 }

    /// The numeric value of at most 9 digits (enough for months, hours, small counts).
    static func value(_ d: [UInt8]) -> Int? {
        guard d.count <= 9 else { return nil }
        return d.reduce(0) { $0 * 10 + Int($1) }
    }
}
