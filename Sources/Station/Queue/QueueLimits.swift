/// How many announcements may wait at once: in all, per priority and per user. Pure: the
import Vocabulary
/// engine asks before it queues a `say`; program occurrences come from the timetable and are
/// not limited here. An emergency is never refused: in a full queue it pushes out the
/// waiting low-priority announcement due last.
public struct QueueLimits: Equatable, Sendable {
    /// Waiting announcements in all (emergencies may go beyond it).
    public var total: Int
    /// Waiting announcements of one priority; emergencies have no limit.
    public var perPriority: [Priority: Int]
    /// Waiting `say`s of one user, so one clerk (or a runaway script) cannot fill the queue.
    public var perUser: Int
    /// Users the per-user limit does not apply to: the admin.
    public var unlimitedUsers: Set<String>

    public init(total: Int = 1000, perPriority: [Priority: Int] = [.low: 300, .normal: 1000, .high: 300],
                perUser: Int = 100, unlimitedUsers: Set<String> = ["root"]) {
        self.total = total
        self.perPriority = perPriority
        self.perUser = perUser
        self.unlimitedUsers = unlimitedUsers
    }

    public enum Admission: Equatable, Sendable {
        case accept
        /// Accept, and end this waiting announcement to make room (logged `cancelled`).
        case acceptPushingOut(Announcement)
        /// Refused, with the sentence for the clerk.
        case refuse(String)
    }

    public func admit(_ draft: AnnouncementDraft, waiting: [Announcement]) -> Admission {
        if draft.priority == .emergency {
            guard waiting.count >= total else { return .accept }
            let farthest = waiting.filter { $0.priority == .low }.max { ($0.due, $0.id) < ($1.due, $1.id) }
            return farthest.map(Admission.acceptPushingOut) ?? .accept
        }
        if waiting.count >= total {
            return .refuse("the queue already holds \(waiting.count) announcements (at most \(total)); cancel some or wait for them to play — an emergency is still accepted")
        }
        if let limit = perPriority[draft.priority], waiting.count(where: { $0.priority == draft.priority }) >= limit {
            return .refuse("\(limit) \(draft.priority) announcements are already waiting, the most for that priority; cancel some or wait for them to play")
        }
        if case .user(let name) = draft.source, !unlimitedUsers.contains(name),
           waiting.count(where: { $0.source == draft.source }) >= perUser {
            return .refuse("\(name) already has \(perUser) announcements waiting, the most for one user; cancel some or wait for them to play")
        }
        // A CAP sender is limited as a user is, so that one runaway feed cannot fill the queue
        // (its emergencies still pass, above).
        if case .alert(let sender) = draft.source, waiting.count(where: { $0.source == draft.source }) >= perUser {
            return .refuse("the alert sender \(sender) already has \(perUser) announcements waiting, the most for one sender; cancel some or wait for them to play")
        }
        return .accept
    }
}
