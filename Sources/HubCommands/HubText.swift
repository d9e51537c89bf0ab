import Foundation
import Vocabulary

/// How the hub's commands print: times in this machine's zone (the township's), tables padded
/// by terminal columns (a Chinese character takes two), CSV quoted as RFC 4180 says.
struct HubText {
    var timeZone: TimeZone = .current
    var now: Date = Date()

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// "HH:MM:SS" today, "YYYY-MM-DD HH:MM:SS" on another day, "-" for none.
    func time(_ instant: Date?) -> String {
        guard let instant else { return "-" }
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let clock = pad(parts.hour, 2) + ":" + pad(parts.minute, 2) + ":" + pad(parts.second, 2)
        return calendar.isDate(instant, inSameDayAs: now) ? clock : day(instant) + " " + clock
    }

    /// "YYYY-MM-DD HH:MM:SS" always (CSV).
    func fullTime(_ instant: Date?) -> String {
        guard let instant else { return "" }
        let parts = calendar.dateComponents([.hour, .minute, .second], from: instant)
        return day(instant) + " " + pad(parts.hour, 2) + ":" + pad(parts.minute, 2) + ":" + pad(parts.second, 2)
    }

    func day(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return pad(parts.year, 4) + "-" + pad(parts.month, 2) + "-" + pad(parts.day, 2)
    }

    /// A silence or an offset for people: "12s", "5m 3s", "2h 10m", "3d 4h".
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m \(total % 60)s" }
        if total < 86_400 { return "\(total / 3600)h \(total % 3600 / 60)m" }
        return "\(total / 86_400)d \(total % 86_400 / 3600)h"
    }

    /// The station's clock against the hub's: "+0.2s", "-3.0s".
    static func offset(_ milliseconds: Int?) -> String {
        guard let milliseconds else { return "-" }
        let seconds = Double(milliseconds) / 1000
        let tenths = (abs(seconds) * 10).rounded() / 10
        return (milliseconds < 0 ? "-" : "+") + String(tenths) + "s"
    }

    private func pad(_ value: Int?, _ width: Int) -> String {
        let text = String(value ?? 0)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Rows under a header, columns separated by two spaces, the last column not padded.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], TextWidth.columns(cell)) }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - TextWidth.columns(cell) + 2)
            }.joined()
        }.joined(separator: "\n")
    }

    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { row in
            row.map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
