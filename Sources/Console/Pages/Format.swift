import Foundation

/// Times and states as the township reads them, in its own clock.
struct Format: Sendable {
    let now: Date
    /// Made once per page: a calendar per cell showed in the overview's time.
    private let calendar: Calendar
    private let today: DateComponents

    init(timeZone: TimeZone, now: Date = Date()) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        self.now = now
        today = calendar.dateComponents([.year, .month, .day], from: now)
    }

    /// "HH:MM" today, "MM-DD HH:MM" another day of this year, "YYYY-MM-DD HH:MM" else; "—" for none.
    func time(_ instant: Date?) -> String {
        guard let instant else { return "—" }
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let clock = pad(parts.hour, 2) + ":" + pad(parts.minute, 2)
        if parts.year == today.year && parts.month == today.month && parts.day == today.day { return clock }
        let sameYear = today.year == parts.year
        return (sameYear ? "" : pad(parts.year, 4) + "-") + pad(parts.month, 2) + "-" + pad(parts.day, 2) + " " + clock
    }

    /// "YYYY-MM-DD HH:MM:SS" (CSV), empty for none.
    func fullTime(_ instant: Date?) -> String {
        guard let instant else { return "" }
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return pad(p.year, 4) + "-" + pad(p.month, 2) + "-" + pad(p.day, 2) + " " + pad(p.hour, 2) + ":" + pad(p.minute, 2) + ":" + pad(p.second, 2)
    }

    /// "YYYY-MM-DDTHH:MM" for an `<input type=datetime-local>`.
    func inputTime(_ instant: Date) -> String {
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        return pad(p.year, 4) + "-" + pad(p.month, 2) + "-" + pad(p.day, 2) + "T" + pad(p.hour, 2) + ":" + pad(p.minute, 2)
    }

    /// A silence for people: "12秒", "5分钟", "2小时10分", "3天".
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)秒" }
        if total < 3600 { return "\(total / 60)分钟" }
        if total < 86_400 { return "\(total / 3600)小时\(total % 3600 / 60)分" }
        return "\(total / 86_400)天"
    }

    /// A clock offset: "+1.2秒", "−0.3秒", "—".
    static func offset(_ milliseconds: Int?) -> String {
        guard let milliseconds else { return "—" }
        let seconds = Double(milliseconds) / 1000
        let text = String(format: "%.1f秒", abs(seconds))
        return (milliseconds < 0 ? "−" : "+") + text
    }

    private func pad(_ value: Int?, _ width: Int) -> String {
        let text = String(value ?? 0)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static let states: [String: String] = [
        "pending": "待接收", "queued": "已排队", "playing": "正在播", "played": "已播出", "missed": "漏播",
        "failed": "失败", "cancelled": "已取消", "installed": "已安装", "refused": "被拒绝", "removed": "已删除",
    ]
    static func state(_ name: String) -> String { states[name] ?? name }

    static let priorities: [String: String] = ["low": "低", "normal": "普通", "high": "高", "emergency": "紧急"]
    static func priority(_ name: String) -> String { priorities[name] ?? name }

    /// A person's role as their name (`dalaba_person_王芳` → 王芳); other roles as they are.
    static func person(_ role: String) -> String {
        role.hasPrefix("dalaba_person_") ? String(role.dropFirst("dalaba_person_".count)) : role
    }
}
