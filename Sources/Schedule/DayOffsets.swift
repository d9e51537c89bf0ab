// Station wall-clock time → instant. Daylight saving is handled explicitly because the
// station's zone need not be China's (which has none):
// - a wall time that does not exist (skipped by a spring-forward jump) has no instant,
//   and that occurrence is skipped — playing it an hour off would surprise more;
// - a wall time that happens twice (fall-back) maps to its first instant, so it fires once.
import Foundation
import Vocabulary

/// The offsets of one local day, so that most days need one zone lookup per end, not per time.
struct DayOffsets {
    let date: LocalDate
    let timeZone: TimeZone
    private let midnightWall: Int
    /// Set when the day has one offset throughout (no transition): the common case.
    private let uniformOffset: Int?

    init(date: LocalDate, timeZone: TimeZone) {
        self.date = date
        self.timeZone = timeZone
        midnightWall = date.daysSinceEpoch * 86_400
        let startOffset = Self.offset(timeZone, at: midnightWall - Self.offset(timeZone, at: midnightWall))
        let endWall = midnightWall + 86_399
        let endOffset = Self.offset(timeZone, at: endWall - Self.offset(timeZone, at: endWall))
        let consistent = startOffset == endOffset
            && Self.offset(timeZone, at: midnightWall - startOffset) == startOffset
            && Self.offset(timeZone, at: endWall - endOffset) == endOffset
        uniformOffset = consistent ? startOffset : nil
    }

    /// The instant of `time` on this day, or nil if that wall time does not exist.
    func instant(of time: LocalTime) -> Date? {
        let wall = midnightWall + time.secondsSinceMidnight
        if let uniformOffset { return Date(timeIntervalSince1970: Double(wall - uniformOffset)) }
        // Try every offset in force within a day either side; keep those that reproduce `wall`.
        var candidates: [Int] = []
        for probe in [wall - 86_400, wall, wall + 86_400] {
            let offset = Self.offset(timeZone, at: probe)
            if Self.offset(timeZone, at: wall - offset) == offset { candidates.append(wall - offset) }
        }
        return candidates.min().map { Date(timeIntervalSince1970: Double($0)) }
    }

    private static func offset(_ zone: TimeZone, at seconds: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
    }
}
