/// Dates (2031-05-06, 2031/5/6, 2031.5.6, 2031-05, 10/1), clock times (8:30, 13:30-15:00) and,
/// for colon shapes that are not a time, ratios (3:1 三比一).
extension NormalizationPass {
    static let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    static func isValidDate(month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth[month - 1]
    }

    /// Year digit by digit, month and day as numbers: 2031-05-06 二零三一年五月六日. A full date
    /// shape with an impossible month or day (2031-13-45) is read digit by digit with pauses.
    func matchDate(_ start: Int) -> Match? {
        let yearEnd = runEnd(start)
        guard yearEnd - start == 4, let sep = at(yearEnd), sep == "-" || sep == "/" || sep == ".",
              isDigit(yearEnd + 1) else { return nil }
        let monthRange = (yearEnd + 1)..<runEnd(yearEnd + 1)
        guard monthRange.count <= 2 else { return nil }
        let year = digitValues(start..<yearEnd)
        let month = NumberReading.value(digitValues(monthRange)) ?? 0

        if at(monthRange.upperBound) == sep, isDigit(monthRange.upperBound + 1) {
            let dayRange = (monthRange.upperBound + 1)..<runEnd(monthRange.upperBound + 1)
            guard dayRange.count <= 2, !(at(dayRange.upperBound) == sep && isDigit(dayRange.upperBound + 1)) else {
                return nil
            }
            let day = NumberReading.value(digitValues(dayRange)) ?? 0
            if Self.isValidDate(month: month, day: day) {
                let typedDayWord = at(dayRange.upperBound) == "日" || at(dayRange.upperBound) == "号"
                let text = NumberReading.digits(year) + "年" + NumberReading.cardinal([UInt8(month / 10), UInt8(month % 10)])
                    + "月" + NumberReading.cardinal([UInt8(day / 10), UInt8(day % 10)]) + (typedDayWord ? "" : "日")
                return Match(text: text, end: dayRange.upperBound)
            }
            guard sep != "." else { return nil }  // left to the dotted reading
            let text = [start..<yearEnd, monthRange, dayRange].map { NumberReading.digits(digitValues($0)) }
                .joined(separator: "，")
            return Match(text: text, end: dayRange.upperBound)
        }

        // Year and month only (2031-05): only for a plausible year, so 2031.5 stays a decimal.
        let yearValue = NumberReading.value(year) ?? 0
        guard sep != ".", (1800...2199).contains(yearValue), (1...12).contains(month),
              !isDigit(monthRange.upperBound), at(monthRange.upperBound) != "月" else { return nil }
        return Match(text: NumberReading.digits(year) + "年" + NumberReading.cardinal([UInt8(month / 10), UInt8(month % 10)]) + "月",
                     end: monthRange.upperBound)
    }

    /// A clock time, possibly the start of a time range; any other number:number is a ratio.
    func matchClock(_ start: Int) -> Match? {
        guard let colon = at(runEnd(start)), colon == ":" || colon == "：" else { return nil }
        let parts = colonGroups(start)
        guard parts.count >= 2 else { return nil }
        if let time = clockTime(parts) {
            var end = parts.last!.upperBound
            var text = time
            if let conn = rangeConnector(at: end), isDigit(conn.next) {
                let second = colonGroups(conn.next)
                if second.count >= 2, let time2 = clockTime(second) {
                    text += conn.text + time2
                    end = second.last!.upperBound
                }
            }
            return Match(text: text, end: end)
        }
        // Not a time (3:1, 1:1000, 12:99): a ratio or score, each side a number.
        let text = parts.map { NumberReading.cardinal(digitValues($0)) }.joined(separator: "比")
        return Match(text: text, end: parts.last!.upperBound)
    }

    /// Up to three digit groups joined by ASCII or full-width colons.
    private func colonGroups(_ start: Int) -> [Range<Int>] {
        var parts = [start..<runEnd(start)]
        var k = parts[0].upperBound
        while parts.count < 3, let c = at(k), c == ":" || c == "：", isDigit(k + 1) {
            let r = (k + 1)..<runEnd(k + 1)
            parts.append(r)
            k = r.upperBound
        }
        return parts
    }

    /// 8:30 八点三十分, 21:00 二十一点, 14:05 十四点零五分, 2:00 两点, 8:30:15 八点三十分十五秒;
    /// nil unless hour ≤ 24 and minutes and seconds are two digits ≤ 59.
    private func clockTime(_ parts: [Range<Int>]) -> String? {
        guard parts[0].count <= 2, parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        let values = parts.map { NumberReading.value(digitValues($0)) ?? 99 }
        let (h, m) = (values[0], values[1])
        let sec = values.count > 2 ? values[2] : 0
        guard h <= 24, m <= 59, sec <= 59, h < 24 || (m == 0 && sec == 0) else { return nil }
        func twoDigits(_ v: Int) -> String {
            v < 10 ? "零" + NumberReading.digitNames[v] : NumberReading.cardinal([UInt8(v / 10), UInt8(v % 10)])
        }
        var text = h == 2 ? "两" : NumberReading.cardinal([UInt8(h / 10), UInt8(h % 10)])
        text += "点"
        if m > 0 || sec > 0 { text += (m == 0 ? "零" : twoDigits(m)) + "分" }
        if sec > 0 { text += twoDigits(sec) + "秒" }
        return text
    }

    /// a/b: a date (10/1 十月一日) when it is a valid month/day and not a likely fraction — the
    /// numerator is larger, the "denominator" is above 12, or date words are next to it;
    /// otherwise a fraction (2/5 五分之二).
    func matchSlash(_ start: Int) -> Match? {
        let aEnd = runEnd(start)
        guard at(aEnd) == "/", isDigit(aEnd + 1) else { return nil }
        let bEnd = runEnd(aEnd + 1)
        guard aEnd - start <= 4, bEnd - aEnd - 1 <= 4 else { return nil }
        if let c = at(bEnd), c == "/" || c == "." || c == ":", isDigit(bEnd + 1) { return nil }
        let aDigits = digitValues(start..<aEnd)
        let bDigits = digitValues((aEnd + 1)..<bEnd)
        let a = NumberReading.value(aDigits) ?? 0
        let b = NumberReading.value(bDigits) ?? 0
        if Self.isValidDate(month: a, day: b) && (a > b || b > 12 || hasDateWordNear(start, bEnd)) {
            let typedDayWord = at(bEnd) == "日" || at(bEnd) == "号"
            return Match(text: NumberReading.cardinal(aDigits) + "月" + NumberReading.cardinal(bDigits) + (typedDayWord ? "" : "日"),
                         end: bEnd)
        }
        return Match(text: NumberReading.cardinal(bDigits) + "分之" + NumberReading.cardinal(aDigits), end: bEnd)
    }

    private static let dateWordsAfter = ["起", "前", "止", "至", "到", "上午", "下午", "中午", "晚", "早", "凌晨", "当天", "周", "星期", "（周", "(周"]
    private static let dateWordsBefore = ["于", "从", "自", "至", "到", "截至", "截止", "在"]

    private func hasDateWordNear(_ start: Int, _ end: Int) -> Bool {
        let after = String(String.UnicodeScalarView(s[end..<min(s.count, end + 3)]))
        let before = String(String.UnicodeScalarView(s[max(0, start - 2)..<start]))
        return Self.dateWordsAfter.contains { after.hasPrefix($0) } || Self.dateWordsBefore.contains { before.hasSuffix($0) }
    }
}
