import Foundation
import Schedule
import Station
import Vocabulary

/// The schedule files as the station engine's program source.
struct SchedulePrograms: ProgramSource {
    let snapshot: ScheduleSnapshot

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
        snapshot.nextOccurrence(after: instant).map(Self.draft)
    }

    static func draft(_ occurrence: Occurrence) -> AnnouncementDraft {
        let program = occurrence.program
        return AnnouncementDraft(
            title: program.title, text: program.text, voice: program.voice, repeatCount: program.repeatCount,
            gap: program.gap, chime: program.chime, priority: program.priority,
            source: .program(file: program.file), due: occurrence.due, order: occurrence.fileOrder, volume: program.volume,
            audio: program.audio, audioFirst: program.audioFirst)
    }

    /// The station rules from `station.yaml`.
    static func rules(_ settings: StationSettings) -> QueueRules {
        QueueRules(
            graceWindow: settings.grace,
            quietHours: settings.quietHours.map { QuietHours($0, timeZone: settings.timeZone) })
    }
}
