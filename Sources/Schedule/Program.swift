// A program (节目): one schedule file, validated. Plain values, no behaviour but recurrence
// (Recurrence.swift), so the daemon can compare and store them freely.
import Foundation
import Vocabulary

/// Which days a program plays (`days:`).
public enum DaysRule: Hashable, Sendable {
    case daily
    case weekdays
    case weekends
    /// Listed weekday names and/or listed dates; a day matching any entry plays.
    case selected(weekdays: Set<Weekday>, dates: Set<LocalDate>)
}

/// One time of day from a `times:` list, with the line it was written on.
public struct TimeEntry: Hashable, Sendable {
    public let time: LocalTime
    public let line: Int
    public let column: Int
    public init(time: LocalTime, line: Int, column: Int = 1) {
        self.time = time
        self.line = line
        self.column = column
    }
}

/// When in a day a program plays (`times:` or `every:` + `between:`).
public enum TimesRule: Hashable, Sendable {
    /// Sorted, without duplicates.
    case at([TimeEntry])
    /// Every `interval` seconds from `range.start` up to and including `range.end`.
    /// `range` never crosses midnight.
    case every(interval: Int, range: TimeRange, line: Int)
}

public struct Program: Hashable, Sendable {
    /// The file name without extension: the program's identity (`epidemic-morning`).
    public var id: String
    /// The file name (`epidemic-morning.yaml`).
    public var file: String
    public var title: String
    public var text: String
    public var days: DaysRule
    public var times: TimesRule
    /// Both inclusive; nil means no limit.
    public var from: LocalDate?
    public var until: LocalDate?
    public var except: Set<LocalDate>
    /// How many times the text is read in a row (`repeat:`), 1…10.
    public var repeatCount: Int
    /// Silence between two readings, in seconds.
    public var gap: TimeInterval
    /// A voice profile name from `voices/`; nil means the station's default.
    public var voice: String?
    public var priority: Priority
    public var chime: Bool
    /// Line of each key as written, by its English name (`title`, `times`…).
    public var keyLines: [String: Int]
    /// The program's own level (`volume:`), over the station's level for the hour; nil
    /// follows the station's plan.
    public var volume: VolumeLevel? = nil
    /// A recording to play (`audio:`), its path resolved (absolute, or beside the program
    /// file); nil when the program is text only. `text` is empty when it is a recording only.
    public var audio: String? = nil
    /// The recording plays before the text (`audio:` written above `text:`).
    public var audioFirst: Bool = false
    /// The zones it plays in (`zones:` / 分区); every zone unless written. Checked against the
    /// station's zones when the folder is assembled (ZonesCheck).
    public var zones: ZoneSelection = .all
    /// Where each name of `zones` was written, for an unknown zone's file:line.
    public var zonePositions: [ZoneName: SourcePosition] = [:]

    public static let defaultGap: TimeInterval = Repetition.defaultGap
}
