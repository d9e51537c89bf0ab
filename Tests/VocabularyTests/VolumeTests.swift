import Foundation
import Testing
import Vocabulary

@Suite struct VolumeTests {
    func time(_ h: Int, _ m: Int) -> LocalTime { LocalTime(hour: h, minute: m)! }
    func hours(_ a: Int, _ b: Int) -> TimeRange { TimeRange(start: time(a, 0), end: time(b, 0)) }

    /// 06-08 70%, 08-21 85%, 21-22 60%; 40% outside, emergencies at 100%.
    var plan: VolumePlan {
        VolumePlan(spans: [.init(hours(6, 8), VolumeLevel(clamping: 70)), .init(hours(8, 21), VolumeLevel(clamping: 85)),
                           .init(hours(21, 22), VolumeLevel(clamping: 60))],
                   other: VolumeLevel(clamping: 40))
    }
    let noon = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func levelsAndDecibels() throws {
        #expect(try VolumeLevel(parsing: "70%").percent == 70)
        #expect(try VolumeLevel(parsing: " ７０ ％ ").percent == 70)
        #expect(try VolumeLevel(parsing: "25").description == "25%")
        #expect(abs(try VolumeLevel(parsing: "-12dB").percent - 25.12) < 0.01)
        #expect(try VolumeLevel(parsing: "0dB") == .full)
        #expect(abs(VolumeLevel(clamping: 25).decibels - -12.04) < 0.01)
        #expect(VolumeLevel(clamping: 50).decibelText == "-6.0 dB")
        #expect(VolumeLevel(clamping: 70.84).description == "70.8%")
        #expect(throws: ValueError("'120%' is not between 0% and 100%")) { try VolumeLevel(parsing: "120%") }
        #expect(throws: ValueError("'loud' is not a volume — write a percentage like 70% or decibels below full like -6dB")) {
            try VolumeLevel(parsing: "loud")
        }
        #expect(throws: ValueError.self) { try VolumeLevel(parsing: "+3dB") }
    }

    @Test func theHourDecides() {
        #expect(plan.level(at: time(6, 0), instant: noon, priority: .normal) == (VolumeLevel(clamping: 70), .span(hours(6, 8))))
        #expect(plan.level(at: time(7, 59), instant: noon, priority: .low).level.percent == 70)
        #expect(plan.level(at: time(8, 0), instant: noon, priority: .high) == (VolumeLevel(clamping: 85), .span(hours(8, 21))))
        #expect(plan.level(at: time(21, 30), instant: noon, priority: .normal).level.percent == 60)
        #expect(plan.level(at: time(22, 0), instant: noon, priority: .normal) == (VolumeLevel(clamping: 40), .other))
        #expect(plan.level(at: time(3, 0), instant: noon, priority: .normal).reason == .other)
        // No plan at all: everything as rendered (today's station).
        #expect(VolumePlan().level(at: time(3, 0), instant: noon, priority: .normal).level == .full)
    }

    @Test func emergencyThenOverrideThenProgram() {
        let override = VolumePlan.Override(level: VolumeLevel(clamping: 30), until: noon.addingTimeInterval(60), by: "alice")
        let program = VolumeLevel(clamping: 90)
        #expect(plan.level(at: time(12, 0), instant: noon, priority: .emergency, program: program, override: override)
            == (.full, .emergency))
        #expect(plan.level(at: time(12, 0), instant: noon, priority: .normal, program: program, override: override)
            == (VolumeLevel(clamping: 30), .override(by: "alice", until: noon.addingTimeInterval(60))))
        // The override's time is up: the program's own level, then the hour's.
        let later = noon.addingTimeInterval(60)
        #expect(plan.level(at: time(12, 1), instant: later, priority: .normal, program: program, override: override) == (program, .program))
        #expect(plan.level(at: time(12, 1), instant: later, priority: .normal, override: override).level.percent == 85)
        var quietEmergency = plan
        quietEmergency.emergency = VolumeLevel(clamping: 80)
        #expect(quietEmergency.level(at: time(23, 0), instant: noon, priority: .emergency).level.percent == 80)
    }

    @Test func spansAcrossMidnightAndOverlaps() {
        let night = VolumePlan(spans: [.init(hours(22, 6), VolumeLevel(clamping: 25)), .init(hours(5, 7), VolumeLevel(clamping: 50))])
        #expect(night.level(at: time(23, 0), instant: noon, priority: .normal).level.percent == 25)
        #expect(night.level(at: time(5, 30), instant: noon, priority: .normal).level.percent == 25, "the first written wins")
        #expect(night.level(at: time(6, 30), instant: noon, priority: .normal).level.percent == 50)
        #expect(night.level(at: time(12, 0), instant: noon, priority: .normal).level == .full)
    }

    @Test func nextChangeEndsAnOverride() {
        #expect(plan.nextChange(after: time(7, 0)) == time(8, 0))
        #expect(plan.nextChange(after: time(8, 0)) == time(21, 0))
        #expect(plan.nextChange(after: time(22, 30)) == time(6, 0), "after the last edge: the first one, tomorrow")
        #expect(VolumePlan().nextChange(after: time(9, 0)) == nil)
    }
}
