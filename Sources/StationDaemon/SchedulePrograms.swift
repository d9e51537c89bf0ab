import Foundation
import Schedule
import Station
import Vocabulary

/// The schedule files as the station engine's program source.
struct SchedulePrograms: ProgramSource {
    let snapshot: ScheduleSnapshot
    /// `status` asks `next(after:)` on every call; with a thousand programs working it out
    /// takes milliseconds of CPU, enough on a loaded box to push an answer past 50 ms while a
    /// reload competes for the processor. The answer for one instant holds for every later
    /// instant before its due, so the last one is kept (with the snapshot, which never changes).
    /// ("None" is not kept: the snapshot looks a bounded number of days ahead.)
    private let lastNext = NextOccurrenceMemo()

    init(snapshot: ScheduleSnapshot) {
        self.snapshot = snapshot
    }

    func occurrences(after: Date, through: Date) -> [AnnouncementDraft] {
        // The snapshot answers for [start, end); the engine asks for (after, through].
        snapshot.occurrences(from: after, to: through.addingTimeInterval(0.001))
            .filter { $0.due > after && $0.due <= through }
            .map(Self.draft)
    }

    func nextDue(after instant: Date) -> Date? {
        snapshot.nextOccurrence(after: instant)?.due
    }

    /// One occurrence, without building whole days of the timetable (`status` asks this).
    func next(after instant: Date) -> AnnouncementDraft? {
        if let known = lastNext.answer(after: instant) { return known }
        let next = snapshot.nextOccurrence(after: instant).map(Self.draft)
        lastNext.remember(next, after: instant)
        return next
    }

    static func draft(_ occurrence: Occurrence) -> AnnouncementDraft {
        let program = occurrence.program
        return AnnouncementDraft(
            title: program.title, text: program.text, voice: program.voice, repeatCount: program.repeatCount,
            gap: program.gap, chime: program.chime, priority: program.priority,
            source: .program(file: program.file), due: occurrence.due, order: occurrence.fileOrder, volume: program.volume,
            audio: program.audio, audioFirst: program.audioFirst, zones: program.zones)
    }

    /// The station rules from `station.yaml`.
    static func rules(_ settings: StationSettings) -> QueueRules {
        QueueRules(
            graceWindow: settings.grace,
            quietHours: settings.quietHours.map { QuietHours($0, timeZone: settings.timeZone) })
    }
}

/// The last `next(after:)` of one snapshot: the first occurrence strictly after `from` is also
/// the first strictly after any instant in [from, its due) (none lies in between).
final class NextOccurrenceMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var from: Date?  // guarded by lock
    private var next: AnnouncementDraft?

    /// The answer for `instant` when the remembered one covers it; nil when it must be worked out.
    func answer(after instant: Date) -> AnnouncementDraft? {
        lock.withLock {
            guard let from, let next, instant >= from, instant < next.due else { return nil }
            return next
        }
    }

    func remember(_ next: AnnouncementDraft?, after instant: Date) {
        guard let next else { return }
        lock.withLock {
            from = instant
            self.next = next
        }
    }
}
