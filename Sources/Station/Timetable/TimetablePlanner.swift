import Foundation

/// Decides which program occurrences enter the queue, and which are already lost.
/// Pure: the engine supplies the time, the programs and how far it has planned before.
public enum TimetablePlanner {
    public struct Plan: Equatable, Sendable {
        /// Occurrences to queue now (due within the render lead, or overdue but inside the grace window).
        public var enqueue: [AnnouncementDraft]
        /// Occurrences that fell due while the station was not running, longer ago than the grace window.
        public var missed: [AnnouncementDraft]
        /// Everything due up to here has been decided; the next plan starts after it.
        public var plannedThrough: Date
        /// When to plan again: `lead` seconds before the next occurrence after `plannedThrough`.
        public var nextPlanning: Date?
    }

    /// How far back a restart looks for occurrences it slept through: older ones are not
    /// worth a play-log line each.
    public static let catchUpLimit: TimeInterval = 24 * 3600

    /// - Parameters:
    ///   - plannedThrough: where the previous plan ended (persisted); nil on a fresh station,
    ///     which then claims no occurrence before `now`.
    ///   - lead: how long before its due time an occurrence is queued, so it can be rendered.
    public static func plan(
        programs: ProgramSource, plannedThrough: Date?, now: Date, lead: TimeInterval, graceWindow: TimeInterval
    ) -> Plan {
        // A plan that ends further ahead than one lead means the clock went back: plan from now
        // again (the store's (file, due) index keeps what already played from playing twice).
        let resume = plannedThrough.map { $0 > now.addingTimeInterval(lead) ? now : $0 } ?? now
        let from = max(resume, now.addingTimeInterval(-catchUpLimit))
        let through = max(from, now.addingTimeInterval(lead))
        var enqueue: [AnnouncementDraft] = []
        var missed: [AnnouncementDraft] = []
        for draft in programs.occurrences(after: from, through: through) {
            if draft.due.addingTimeInterval(graceWindow) <= now {
                missed.append(draft)
            } else {
                enqueue.append(draft)
            }
        }
        let nextPlanning = programs.nextDue(after: through).map { $0.addingTimeInterval(-lead) }
        return Plan(enqueue: enqueue, missed: missed, plannedThrough: through, nextPlanning: nextPlanning)
    }
}

extension TimetablePlanner {
    /// After a schedule reload: what becomes of program occurrences already in the queue.
    public struct Reconciliation: Equatable, Sendable {
        /// Still in the timetable but changed (text, voice, priority…): replace in place.
        public var replace: [Announcement]
        /// No longer in the timetable (program deleted, time changed or removed): take out.
        public var remove: [Announcement]
    }

    /// Matches queued program occurrences against the reloaded programs by (file, due instant),
    /// so a changed program's occurrences are replaced rather than added twice.
    public static func reconcile(queued: [Announcement], with programs: ProgramSource) -> Reconciliation {
        var result = Reconciliation(replace: [], remove: [])
        for announcement in queued {
            guard case .program(let file) = announcement.source else { continue }
            let due = announcement.due
            let match = programs.occurrences(after: due.addingTimeInterval(-0.001), through: due)
                .first { $0.source == .program(file: file) && $0.due == due }
            if let match {
                if match != announcement.draft { result.replace.append(Announcement(id: announcement.id, draft: match)) }
            } else {
                result.remove.append(announcement)
            }
        }
        return result
    }
}
