import ControlWire
import Foundation
import Vocabulary

/// A hub announcement → what to do with it at the station, now: a `say` with the hub's id as
/// its key, or (its time gone) a `missed` report with the reason. Pure.
public enum Handoff: Equatable, Sendable {
    case say(Request)
    case missed(DeliveryReport)

    public static func of(_ announcement: HubAnnouncement, now: Date, timeZone: TimeZone) -> Handoff {
        if let expires = announcement.expires, expires <= now {
            return .missed(DeliveryReport(
                announcement: announcement.id, state: .missed, finished: now,
                reason: "expired at \(Wire.instant.format(expires)) before it reached the station (the link could not reach the hub or dalabad until \(Wire.instant.format(now)))"))
        }
        // A time still ahead goes as the station's local time, to the second (rounded up, so
        // it is never in the past when dalabad reads it); a time passed means at once.
        var at: String?
        var due = now
        if let time = announcement.at, time.timeIntervalSince(now) >= 1 {
            let whole = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.up))
            at = localTime(whole, in: timeZone)
            due = whole
        }
        let expires = announcement.expires.map { max(0.001, $0.timeIntervalSince(due)) }
        return .say(Request(
            .say, text: announcement.text, at: at, priority: Priority(rawValue: announcement.priority) ?? .normal,
            expires: expires, key: announcement.key, zones: announcement.zones.isEmpty ? nil : announcement.zones))
    }

    /// `YYYY-MM-DDTHH:MM:SS` in the station's zone (what `say`'s `at` reads).
    static func localTime(_ instant: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}

/// The station's word about a hub announcement → the delivery's state at the hub. Pure.
public enum DeliveryOutcome {
    /// From `say`'s reply: newly queued, or (a repeat) where the first one stands.
    public static func of(_ reply: SayReply, announcement: Int64, now: Date) -> DeliveryReport {
        switch reply.status {
        case nil, "waiting": DeliveryReport(announcement: announcement, state: .queued, queued: now)
        case "playing": DeliveryReport(announcement: announcement, state: .playing, queued: now)
        case let status?:
            ended(status, announcement: announcement, started: nil, finished: reply.finished ?? now, reason: reply.reason)
                ?? DeliveryReport(announcement: announcement, state: .queued, queued: now)
        }
    }

    /// From a play-log line with a hub key; nil for a line that does not move the delivery
    /// (another's, or `interrupted`: it goes back to the queue and plays again).
    public static func of(_ line: HistoryRecord) -> DeliveryReport? {
        guard let id = AnnouncementKey.id(in: line.key) else { return nil }
        if line.status == "playing" {
            return DeliveryReport(announcement: id, state: .playing, started: line.started)
        }
        return ended(line.status, announcement: id, started: line.started, finished: line.finished, reason: line.reason)
    }

    private static func ended(_ status: String, announcement: Int64, started: Date?, finished: Date?, reason: String?) -> DeliveryReport? {
        let state: DeliveryReport.State
        var why = reason
        switch status {
        case "played": state = .played
        case "missed": state = .missed
        case "failed": state = .failed
        case "cancelled": state = .cancelled
        // Stopped part-way by someone at the station: it will not play again.
        case "skipped":
            state = .cancelled
            why = "skipped at the station" + (reason.map { ": \($0)" } ?? "")
        default: return nil
        }
        return DeliveryReport(announcement: announcement, state: state, started: started, finished: finished, reason: why)
    }
}
