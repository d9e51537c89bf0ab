import ControlWire
import FoundationEssentials
import Messages
import Vocabulary

/// One control command as typed: what to ask dalabad and how to show the answer. Built by
/// argument-parser in dalaba-tools (DalabaCLI) and by `QuickArguments` in the light `dalaba`;
/// a test checks that the two agree.
public struct ControlInvocation: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case status, queue, skip, pause, resume, reload, watch, alerts
        case cancel(Int64)
        /// `skip --zone NAME`: what plays in that zone only.
        case skipZone(String)
        case say(SayArguments)
        case history(HistoryArguments)
        case volume(VolumeArguments)
    }

    public var action: Action
    /// `--socket`; nil: found by `SocketPath.forClient()`.
    public var socket: String?
    /// `--json`: print the daemon's reply instead of text.
    public var json: Bool

    public init(_ action: Action, socket: String? = nil, json: Bool = false) {
        self.action = action
        self.socket = socket
        self.json = json
    }
}

/// `dalaba say`'s arguments.
public struct SayArguments: Equatable, Sendable {
    /// nil: read from standard input.
    public var text: String?
    public var at: String?
    public var repeatCount: Int
    public var priority: Priority
    public var voice: String?
    public var chime: Bool
    /// `--expires` in seconds.
    public var expires: Double?
    /// `--audio FILE`: a recording to play, as typed (SayText makes it absolute for the daemon).
    public var audio: String?
    /// `--zones 东头,西头` as typed; nil: every zone.
    public var zones: String?

    public init(
        text: String?, at: String? = nil, repeatCount: Int = 1, priority: Priority = .normal, voice: String? = nil,
        chime: Bool = true, expires: Double? = nil, audio: String? = nil, zones: String? = nil
    ) {
        self.zones = zones
        self.audio = audio
        self.text = text
        self.at = at
        self.repeatCount = repeatCount
        self.priority = priority
        self.voice = voice
        self.chime = chime
        self.expires = expires
    }

    /// What is wrong with the options, as the usage error's sentence; nil when they are fine.
    /// (`--expires` is read by DalabaCLI.)
    public var problem: String? {
        guard (1...10).contains(repeatCount) else { return ControlMessage.repeatRange.localized() }
        if let at {
            // The form only (any day counts as future here): the daemon reads it on the station's clock.
            do { _ = try StationCalendar(timeZone: .gmt).due(at, now: .distantPast) } catch {
                return ControlMessage.atProblem.localized(["problem": DaemonMessage.localized(error.message)])
            }
        }
        // The names' form only: which zones the station has, the daemon knows.
        if let zones {
            do { _ = try ZoneSelection(parsing: zones) } catch { return error.text.localized }
        }
        return nil
    }

    /// The zones for the request: the names, or nil for every zone (the field left out, so a
    /// daemon older than zones reads the request as before).
    public var zoneNames: [String]? {
        guard let zones, case .named(let names)? = try? ZoneSelection(parsing: zones) else { return nil }
        return names.map(\.text)
    }
}

/// `dalaba volume [LEVEL|plan] [--until TIME]`'s arguments; no level: show the level in force.
public struct VolumeArguments: Equatable, Sendable {
    public var level: String?
    public var until: String?

    public init(level: String? = nil, until: String? = nil) {
        self.level = level
        self.until = until
    }

    public var problem: String? {
        if let level, level != "plan" {
            do { _ = try VolumeLevel(parsing: level) } catch { return error.text.localized }
        }
        if let until {
            guard level != nil, level != "plan" else { return ControlMessage.untilNeedsLevel.localized() }
            do { _ = try StationCalendar(timeZone: .gmt).due(until, now: .distantPast) } catch {
                return ControlMessage.untilProblem.localized(["problem": DaemonMessage.localized(error.message)])
            }
        }
        return nil
    }
}

/// `dalaba history`'s arguments.
public struct HistoryArguments: Equatable, Sendable {
    /// YYYY-MM-DD in the station's zone; nil: today.
    public var date: String?
    public var csv: Bool

    public init(date: String? = nil, csv: Bool = false) {
        self.date = date
        self.csv = csv
    }

    public func problem(json: Bool) -> String? {
        if csv && json { return ControlMessage.csvAndJSON.localized() }
        if let date {
            do { _ = try StationCalendar(timeZone: .gmt).day(date, now: Date()) } catch {
                return ControlMessage.dateProblem.localized(["problem": DaemonMessage.localized(error.message)])
            }
        }
        return nil
    }
}
