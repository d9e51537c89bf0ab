// Dates, times, counts and durations the way a Chinese reader writes them:
// 12月3日 周四 18:30, 3 条, 2小时30分钟. Integer fields in, text out: no calendar or
// locale data is loaded (the caller has the station's date already).

public enum ChineseFormat {
    /// 周一 … 周日 for ISO weekdays 1 (Monday) … 7 (Sunday).
    public static func weekday(_ isoWeekday: Int) -> String {
        ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][(isoWeekday - 1) % 7]
    }

    /// `12月3日 周四`; with `year`, `2026年12月3日 周四`.
    public static func date(year: Int? = nil, month: Int, day: Int, isoWeekday: Int? = nil) -> String {
        let base = (year.map { "\($0)年" } ?? "") + "\(month)月\(day)日"
        return isoWeekday.map { base + " " + weekday($0) } ?? base
    }

    /// `18:30`, or `18:30:15` when the seconds are not zero.
    public static func time(hour: Int, minute: Int, second: Int = 0) -> String {
        second == 0 ? "\(twoDigits(hour)):\(twoDigits(minute))"
            : "\(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))"
    }

    /// `12月3日 周四 18:30`.
    public static func dateTime(month: Int, day: Int, isoWeekday: Int, hour: Int, minute: Int, second: Int = 0) -> String {
        date(month: month, day: day, isoWeekday: isoWeekday) + " " + time(hour: hour, minute: minute, second: second)
    }

    /// `3 条广播`, `2 个文件`: the number, its measure word, the thing (if any).
    public static func count(_ number: Int, _ measureWord: String, _ noun: String = "") -> String {
        "\(number) \(measureWord)\(noun)"
    }

    /// `2小时30分钟`, `1分钟5秒`, `45秒`, `0秒`: whole seconds, zero parts left out.
    public static func duration(seconds: Int) -> String {
        let seconds = max(0, seconds)
        let hours = seconds / 3600, minutes = seconds % 3600 / 60, rest = seconds % 60
        var out = ""
        if hours > 0 { out += "\(hours)小时" }
        if minutes > 0 { out += "\(minutes)分钟" }
        if rest > 0 || out.isEmpty { out += "\(rest)秒" }
        return out
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
