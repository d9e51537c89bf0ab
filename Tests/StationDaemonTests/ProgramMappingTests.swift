import Foundation
import Schedule
import Station
import Testing
import Vocabulary

@testable import StationDaemon

@Suite struct ProgramMappingTests {
    func snapshot(_ folder: SchedulesFolder) -> ScheduleSnapshot {
        ScheduleLoader(knownVoices: nil).load(directory: folder.directory)
    }

    @Test func aProgramBecomesADraftWithEveryField() throws {
        let folder = try SchedulesFolder()
        try folder.write("station.yaml", "timezone: UTC\n")
        try folder.write("alarm.yaml", """
            title: 警报
            text: 请注意。
            days: daily
            times: ["08:00"]
            priority: emergency
            repeat: 3
            gap: 5
            voice: slow
            chime: false
            zones: [东头]
            """)
        try folder.write("station.yaml", "timezone: UTC\nzones:\n  东头: hw:1 left\n  西头: hw:1 right\n")
        let programs = SchedulePrograms(snapshot: snapshot(folder))
        let day = Date(timeIntervalSince1970: 1_772_409_600)  // 2026-03-02 00:00 UTC
        let drafts = programs.occurrences(after: day, through: day.addingTimeInterval(86_400))
        let draft = try #require(drafts.first)
        #expect(drafts.count == 1)
        #expect(draft.title == "警报")
        #expect(draft.text == "请注意。")
        #expect(draft.priority == Priority.emergency)
        #expect(draft.repeatCount == 3)
        #expect(draft.gap == 5)
        #expect(draft.voice == "slow")
        #expect(draft.chime == false)
        #expect(draft.source == .program(file: "alarm.yaml"))
        #expect(draft.zones == .named([try ZoneName(parsing: "东头")]))
        #expect(draft.due == day.addingTimeInterval(8 * 3600))
    }

    @Test func occurrencesAreTheHalfOpenSpanAfterThrough() throws {
        let folder = try SchedulesFolder()
        try folder.write("station.yaml", "timezone: UTC\n")
        try folder.program("a.yaml", title: "甲", time: "08:00")
        let programs = SchedulePrograms(snapshot: snapshot(folder))
        let due = Date(timeIntervalSince1970: 1_772_409_600 + 8 * 3600)
        #expect(programs.occurrences(after: due, through: due.addingTimeInterval(60)).isEmpty, "after: excluded")
        #expect(programs.occurrences(after: due.addingTimeInterval(-60), through: due).map(\.due) == [due], "through: included")
        #expect(programs.nextDue(after: due.addingTimeInterval(-1)) == due)
        #expect(programs.next(after: due.addingTimeInterval(-1))?.title == "甲")
        #expect(programs.next(after: due)?.due == due.addingTimeInterval(86_400))
    }

    /// `next(after:)` keeps its last answer (status asks it on every call): asked in any order,
    /// across dues, ties and a clock going back, it answers as the snapshot itself does.
    @Test func nextAfterAnswersAsTheSnapshotDoesWhateverWasAskedBefore() throws {
        let folder = try SchedulesFolder()
        try folder.write("station.yaml", "timezone: UTC\n")
        try folder.program("a.yaml", title: "甲", time: "08:00")
        try folder.program("b.yaml", title: "乙", time: "08:00")
        try folder.program("c.yaml", title: "丙", time: "12:30")
        let loaded = snapshot(folder)
        let programs = SchedulePrograms(snapshot: loaded)
        let day = Date(timeIntervalSince1970: 1_772_409_600)  // 2026-03-02 00:00 UTC
        let eight = day.addingTimeInterval(8 * 3600), half = day.addingTimeInterval(12.5 * 3600)
        let instants = [
            day, eight.addingTimeInterval(-1), eight.addingTimeInterval(-0.001), eight, eight.addingTimeInterval(1),
            half.addingTimeInterval(-1), half, day.addingTimeInterval(-3600), half.addingTimeInterval(3600), eight,
            day.addingTimeInterval(86_400 + 8 * 3600), day.addingTimeInterval(2),
        ]
        for instant in instants {
            let expected = loaded.nextOccurrence(after: instant).map(SchedulePrograms.draft)
            #expect(programs.next(after: instant) == expected, "after \(instant)")
        }
        #expect(programs.next(after: eight.addingTimeInterval(-1))?.title == "甲", "first in file order on a tie")
        #expect(programs.next(after: eight)?.title == "丙")
    }

    @Test func stationSettingsBecomeQueueRules() throws {
        let folder = try SchedulesFolder()
        try folder.write("station.yaml", "timezone: Asia/Shanghai\nquiet_hours: \"22:00-06:30\"\ngrace: 10m\n")
        let settings = snapshot(folder).station
        let rules = SchedulePrograms.rules(settings)
        #expect(rules.graceWindow == settings.grace)
        let quiet = try #require(rules.quietHours)
        #expect(quiet.span.start == LocalTime(secondsSinceMidnight: 22 * 3600))
        #expect(quiet.span.end == LocalTime(secondsSinceMidnight: 6 * 3600 + 30 * 60))
        #expect(quiet.timeZone.identifier == "Asia/Shanghai")
    }
}
