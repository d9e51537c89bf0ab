// How clerks may write times, dates, durations and ranges, and what we tell them when
// they get one wrong. Every function reads the value's source text (never a YAML-resolved
// number: an unquoted 12:00 is the integer 720 in YAML 1.1).
import Foundation
import Messages
import Vocabulary

enum ValueSyntax {
    /// Full-width digits and colons as ASCII (see Vocabulary.TextWidth).
    static func normalizeWidth(_ text: String) -> String { TextWidth.folded(text) }

    private static func isDigits<S: StringProtocol>(_ s: S) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// `8:05`, `08:05` or `08:05:30`.
    static func time(_ raw: String) throws(ValueError) -> LocalTime {
        let text = normalizeWidth(raw)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ isDigits($0) }),
              (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let h = Int(parts[0]), let m = Int(parts[1]) else {
            if text.isEmpty { throw ValueError(ScheduleMessage.timeMissing()) }
            throw ValueError(ScheduleMessage.notATime(["text": raw]))
        }
        let s = parts.count == 3 ? Int(parts[2]) ?? 0 : 0
        if h == 24 && m == 0 && s == 0 {
            throw ValueError(ScheduleMessage.time24(["time": text]))
        }
        guard h < 24 else { throw ValueError(ScheduleMessage.hourOutOfRange(["time": text])) }
        guard m < 60 else { throw ValueError(ScheduleMessage.minuteOutOfRange(["time": text])) }
        guard s < 60 else { throw ValueError(ScheduleMessage.secondOutOfRange(["time": text])) }
        return LocalTime(hour: h, minute: m, second: s)!
    }

    /// `2026-12-01`; also `2026/12/1`, `2026.12.1` and `2026年12月1日`, as clerks write them.
    static func date(_ raw: String) throws(ValueError) -> LocalDate {
        var text = normalizeWidth(raw)
        if text.hasSuffix("日") || text.hasSuffix("号") { text.removeLast() }
        let separators: Set<Character> = ["-", "/", ".", "年", "月"]
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ isDigits($0) }),
              parts[1].count <= 2, parts[2].count <= 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            throw ValueError(ScheduleMessage.notADate(["text": raw]))
        }
        guard (1...12).contains(m) else {
            throw ValueError(ScheduleMessage.monthOutOfRange(["text": raw]))
        }
        guard let date = LocalDate(year: y, month: m, day: d) else {
            let days = LocalDate.daysIn(month: m, year: y)
            throw ValueError(ScheduleMessage.dayOutOfRange(["text": raw, "days": days, "year": y,
                                                        "month": LocalizedText(english: monthName(m), chinese: "\(m)月")]))
        }
        return date
    }

    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"][month - 1]
    }

    /// A length of time in the one grammar (Vocabulary.DurationText); a bare number only
    /// when `bareUnit` says what it means (gap: seconds).
    static func duration(_ raw: String, bareUnit: Double? = nil) throws(ValueError) -> TimeInterval {
        try DurationText.seconds(raw, bareUnit: bareUnit)
    }

    /// `22:00-06:00`; the dash may also be `~`, `～`, `至`, `到`, `–` or `—`.
    static func range(_ raw: String) throws(ValueError) -> TimeRange {
        let text = normalizeWidth(raw)
        let separators: Set<Character> = ["-", "~", "～", "至", "到", "–", "—"]
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard parts.count == 2 else {
            throw ValueError(ScheduleMessage.notARange(["text": raw]))
        }
        let start = try time(String(parts[0]))
        let end = try time(String(parts[1]))
        guard start != end else {
            throw ValueError(ScheduleMessage.emptyRange(["text": raw]))
        }
        return TimeRange(start: start, end: end)
    }

    /// YAML's own spellings plus the Chinese ones a clerk would type.
    static func bool(_ raw: String) throws(ValueError) -> Bool {
        switch normalizeWidth(raw).lowercased() {
        case "true", "yes", "on", "y", "是", "开", "要", "有": return true
        case "false", "no", "off", "n", "否", "关", "不要", "无": return false
        default: throw ValueError(ScheduleMessage.notYesOrNo(["text": raw]))
        }
    }

    /// A positive whole number within bounds, e.g. `repeat: 2` or `repeat: 2遍`.
    static func count(_ raw: String, in bounds: ClosedRange<Int>, what: any MessageValue) throws(ValueError) -> Int {
        var text = normalizeWidth(raw)
        for suffix in ["遍", "次"] where text.hasSuffix(suffix) { text.removeLast() }
        guard isDigits(text), let value = Int(text) else {
            throw ValueError(ScheduleMessage.notAWholeNumber(["text": raw, "what": what, "example": bounds.lowerBound + 1]))
        }
        guard bounds.contains(value) else {
            throw ValueError(ScheduleMessage.outOfRange(["what": what, "value": value, "low": bounds.lowerBound,
                                                    "high": bounds.upperBound]))
        }
        return value
    }
}
