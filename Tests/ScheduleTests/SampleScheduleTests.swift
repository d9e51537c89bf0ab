import Foundation
import Testing
@testable import Schedule

/// The repo's own schedules/ and voices/ are what `make run` uses: they must be clean.
@Suite struct SampleScheduleTests {
    @Test func samplesPassWithTheRepoVoices() throws {
        let voices = VoiceNames.inDirectory(repoRoot.appendingPathComponent("voices"))
        #expect(voices.isSuperset(of: ["standard", "slow"]))
        let snapshot = ScheduleLoader(knownVoices: voices).load(directory: repoRoot.appendingPathComponent("schedules"))
        #expect(snapshot.diagnostics.isEmpty, "\(snapshot.diagnostics.map(\.description))")
        #expect(snapshot.programs.map(\.id) == ["epidemic-evening", "epidemic-morning", "epidemic-noon",
                                                 "spring-plowing", "winter-training"])
        #expect(snapshot.station.quietHours?.description == "22:00-06:00")
    }

    @Test func samplesGiveTheExpectedTimetables() {
        let snapshot = ScheduleLoader(knownVoices: nil).load(directory: repoRoot.appendingPathComponent("schedules"))
        func day(_ iso: String) -> [String] {
            snapshot.timetable(for: date(iso)).map { "\($0.timeText) \($0.program.id)" }
        }
        // A Thursday in the winter-training window; the Thursday before New Year is excepted.
        #expect(day("2026-12-03") == ["07:00 epidemic-morning", "08:00 winter-training", "12:00 epidemic-noon",
                                      "18:30 epidemic-evening", "19:30 winter-training"])
        #expect(day("2026-12-31") == ["07:00 epidemic-morning", "12:00 epidemic-noon", "18:30 epidemic-evening"])
        #expect(day("2027-03-01") == ["07:00 epidemic-morning", "09:00 spring-plowing", "12:00 epidemic-noon",
                                      "12:00 spring-plowing", "15:00 spring-plowing", "18:00 spring-plowing",
                                      "18:30 epidemic-evening"])
    }
}
