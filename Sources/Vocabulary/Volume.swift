#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import FoundationEssentials

/// How loud the station plays, as a share of full level. 100% is the announcement exactly as
/// rendered (what `dalaba preview` writes), or the mixer element at its maximum; percent is
/// of amplitude, so 50% is 6 dB lower and 25% is 12 dB lower. Written `70%` or `-3dB`
/// (decibels below full level; `0dB` is 100%). Pure.
public struct VolumeLevel: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 0 … 100.
    public let percent: Double

    public static let full = VolumeLevel(clamping: 100)

    public init(clamping percent: Double) {
        self.percent = min(max(percent, 0), 100)
    }

    /// The factor each sample is multiplied by.
    public var gain: Double { percent / 100 }

    /// Decibels relative to full level (0 at 100%, -inf at 0%).
    public var decibels: Double { 20 * log10(gain) }

    public init(parsing raw: String) throws(ValueError) {
        let text = TextWidth.folded(raw).lowercased().filter { $0 != " " && $0 != "\u{3000}" }
        if text.hasSuffix("db"), let value = Double(text.dropLast(2)), value.isFinite {
            guard value <= 0 else { throw ValueError(VocabularyMessage.volumeAboveFull(["text": raw])) }
            self.init(clamping: 100 * pow(10, value / 20))
            return
        }
        let number = text.hasSuffix("%") || text.hasSuffix("％") ? text.dropLast() : Substring(text)
        guard let value = Double(number), value.isFinite else {
            throw ValueError(VocabularyMessage.notAVolume(["text": raw]))
        }
        guard (0...100).contains(value) else { throw ValueError(VocabularyMessage.volumeOutOfRange(["text": raw])) }
        self.init(clamping: value)
    }

    /// `70%`, or `70.8%` when not whole.
    public var description: String { percentText + "%" }

    /// `70`, `70.8`: the number of percent, to a tenth.
    public var percentText: String {
        let rounded = (percent * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
    }

    /// `-3.1 dB`, for people comparing levels.
    public var decibelText: String {
        guard percent > 0 else { return "silent" }
        let tenths = (decibels * 10).rounded() / 10
        return (tenths == 0 ? "0" : "\(tenths)") + " dB"
    }

    public static func < (lhs: VolumeLevel, rhs: VolumeLevel) -> Bool { lhs.percent < rhs.percent }
}

extension VolumeLevel: Codable {
    /// On the wire and in the store: the percentage as a number.
    public init(from decoder: any Decoder) throws {
        self.init(clamping: try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(percent)
    }
}

/// `station.yaml`'s `volume:`: levels by time of day, the level outside them, and the
/// emergency level. Which level applies to an announcement, and why, is decided here (pure,
/// on a wall-clock time the caller reads in the station's zone).
public struct VolumePlan: Hashable, Sendable {
    public struct Span: Hashable, Sendable {
        public var hours: TimeRange
        public var level: VolumeLevel
        public init(_ hours: TimeRange, _ level: VolumeLevel) {
            self.hours = hours
            self.level = level
        }
    }

    /// In the order written; where two overlap the first one written wins.
    public var spans: [Span]
    /// Outside every span.
    public var other: VolumeLevel
    /// An emergency's level, whatever the hour, program or override: villagers must hear it.
    public var emergency: VolumeLevel

    public init(spans: [Span] = [], other: VolumeLevel = .full, emergency: VolumeLevel = .full) {
        self.spans = spans
        self.other = other
        self.emergency = emergency
    }

    /// A clerk's `dalaba volume 60% --until 18:00`: every announcement but an emergency plays
    /// at `level` until `until`.
    public struct Override: Hashable, Sendable {
        public var level: VolumeLevel
        public var until: Date
        public var by: String
        public init(level: VolumeLevel, until: Date, by: String) {
            self.level = level
            self.until = until
            self.by = by
        }
    }

    /// Why a level applies.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        case emergency
        case override(by: String, until: Date)
        case program
        case span(TimeRange)
        case other

        /// For `dalaba volume` and the log; the override's end is shown by the caller, who
        /// knows the station's zone.
        public var description: String {
            switch self {
            case .emergency: "the emergency level"
            case .override(let user, _): "set by \(user)"
            case .program: "the program's own level"
            case .span(let hours): "the level for \(hours)"
            case .other: "the level outside the volume hours"
            }
        }
    }

    /// The level in force: emergency first (an override never muffles it), then a clerk's
    /// override still running at `instant`, then the program's own `volume:`, then the span
    /// holding `time`, else `other`.
    public func level(at time: LocalTime, instant: Date, priority: Priority, program: VolumeLevel? = nil,
                      override: Override? = nil) -> (level: VolumeLevel, reason: Reason) {
        if priority == .emergency { return (emergency, .emergency) }
        if let override, instant < override.until { return (override.level, .override(by: override.by, until: override.until)) }
        if let program { return (program, .program) }
        if let span = spans.first(where: { $0.hours.contains(time) }) { return (span.level, .span(span.hours)) }
        return (other, .other)
    }

    /// The next time of day after `time` at which the plan's level changes (a span starts or
    /// ends), nil when the plan has no spans: where an override without `--until` ends.
    public func nextChange(after time: LocalTime) -> LocalTime? {
        let edges = Set(spans.flatMap { [$0.hours.start, $0.hours.end] }).sorted()
        return edges.first(where: { $0 > time }) ?? edges.first
    }
}
