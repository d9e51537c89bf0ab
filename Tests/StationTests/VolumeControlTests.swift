import Foundation
import Testing

import Control
@testable import Station

@Suite struct VolumeControlTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-03-02 16:00 in Shanghai is t0 (08:00 UTC).
    var plan: VolumePlan {
        VolumePlan(spans: [.init(TimeRange(start: LocalTime(hour: 8, minute: 0)!, end: LocalTime(hour: 21, minute: 0)!),
                                 VolumeLevel(clamping: 100))],
                   other: VolumeLevel(clamping: 25))
    }
    func draft(_ priority: Priority = .normal, volume: VolumeLevel? = nil) -> AnnouncementDraft {
        AnnouncementDraft(title: "t", text: "x", priority: priority, source: .user("u"), due: t0, volume: volume)
    }

    @Test func theStationsClockChoosesTheSpan() {
        let control = VolumeControl(plan: plan, timeZone: shanghai)
        #expect(control.level(for: draft(), at: t0).level == .full)
        // 21:00 Shanghai: night.
        let night = at(5 * 3600)
        #expect(control.level(for: draft(), at: night) == .init(level: VolumeLevel(clamping: 25), reason: .other))
        #expect(control.level(for: draft(.emergency), at: night).reason == .emergency)
        #expect(control.level(for: draft(volume: VolumeLevel(clamping: 60)), at: night).level.percent == 60)
    }

    @Test func anOverrideHoldsUntilItsTimeOrThePlansNextChange() {
        let control = VolumeControl(plan: plan, timeZone: shanghai)
        let set = control.setOverride(VolumeLevel(clamping: 40), until: nil, by: "alice", at: t0)
        // Without --until: until 21:00, where the plan changes.
        #expect(set == .init(level: VolumeLevel(clamping: 40), reason: .override(by: "alice", until: at(5 * 3600))))
        #expect(control.level(for: draft(volume: VolumeLevel(clamping: 90)), at: at(3600)).level.percent == 40)
        #expect(control.level(for: draft(.emergency), at: at(3600)).level == .full, "an override never muffles an emergency")
        #expect(control.inForce(at: at(5 * 3600)).reason == .other, "over at its time")
        _ = control.setOverride(VolumeLevel(clamping: 10), until: at(60), by: "bob", at: t0)
        #expect(control.inForce(at: at(59)).level.percent == 10)
        #expect(control.inForce(at: at(60)).level == .full)
        _ = control.setOverride(VolumeLevel(clamping: 10), until: at(600), by: "bob", at: t0)
        #expect(control.setOverride(nil, until: nil, by: "bob", at: at(1)).level == .full, "back to the plan")
    }

    @Test func theStoreKeepsAProgramsLevelAndTheLevelPlayedAt() throws {
        let temp = try TemporaryStore()
        let queued = try temp.store.enqueue(draft(volume: VolumeLevel(clamping: 60)), at: t0)
        #expect(try temp.reopen().pending().first?.draft.volume == VolumeLevel(clamping: 60))
        let row = try temp.store.markStarted(queued.id, at: at(1), volume: VolumeLevel(clamping: 25))
        try temp.store.markFinished(queued.id, logID: row, outcome: .played, at: at(5))
        let missed = try temp.store.enqueue(draft(), at: t0)
        try temp.store.cancel(missed.id, reason: "no", at: at(6))
        #expect(try temp.store.history(from: t0, to: at(60)).map(\.volume) == [VolumeLevel(clamping: 25), nil])
    }
}

/// An output with a lead-in that records the level each playback was given.
final class LeveledSpeaker: Speaker, @unchecked Sendable {
    private let lock = NSLock()
    private var _played: [VolumeLevel] = []
    let leadIn: TimeInterval
    init(leadIn: TimeInterval) { self.leadIn = leadIn }
    var played: [VolumeLevel] { lock.withLock { _played } }
    var description: String { "leveled" }
    func render(_ announcement: Announcement) throws -> String { announcement.title }
    func play(_ rendered: String, shouldStop: @escaping () -> Bool) throws -> Bool { true }
    func play(_ rendered: String, at level: VolumeLevel, shouldStop: @escaping () -> Bool) throws -> Bool {
        lock.withLock { _played.append(level) }
        return true
    }
}

@Suite(.serialized) struct EngineVolumeTests {
    /// The lead-in starts before the due time so the chime is on it; the level is the one in force
    /// when it starts (here the plan changes between the render and the start), and it is logged.
    @Test func theLeadInStartsEarlyAndTheLevelIsTheOneAtTheStart() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)  // 16:00 in Shanghai
        let speaker = LeveledSpeaker(leadIn: 0.5)
        let due = at(3600)  // 17:00, when the evening level begins
        let programs = FixedPrograms([AnnouncementDraft(title: "p", text: "p", source: .program(file: "p.yaml"), due: due)])
        let engine = StationEngine(store: temp.store, programs: programs, output: speaker,
                                   log: StationLog(journald: true, write: { _ in }), clock: clock)
        let evening = TimeRange(start: LocalTime(hour: 17, minute: 0)!, end: LocalTime(hour: 22, minute: 0)!)
        engine.volume.replace(plan: VolumePlan(spans: [.init(evening, VolumeLevel(clamping: 40))]), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        clock.advance(by: 3600 - 0.501)
        engine.settle()
        #expect(speaker.played.isEmpty, "not before its lead-in")
        clock.advance(by: 0.001)
        #expect(events.wait(for: .finished))
        let record = try #require(try engine.history(from: .distantPast, to: .distantFuture).first)
        #expect(record.started == due, "started is when the chime sounds, after the lead-in")
        #expect(speaker.played == [VolumeLevel(clamping: 40)] && record.volume == VolumeLevel(clamping: 40))
    }
}

@Suite struct VolumeUntilTests {
    let calendar = StationCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)

    /// `--until HH:MM` is its next coming: later today, else tomorrow; a date-time must be ahead.
    @Test func untilIsTheNextComingOfTheTime() throws {
        // t0 is 16:00 in Shanghai.
        #expect(try calendar.nextInstant("18:00", now: t0) == at(2 * 3600))
        #expect(try calendar.nextInstant("06:30", now: t0) == at(14.5 * 3600))
        #expect(try calendar.nextInstant("16:00", now: t0) == at(24 * 3600), "now is not later")
        #expect(try calendar.nextInstant("2026-03-02T17:00", now: t0) == at(3600))
        #expect(throws: ControlError.badRequest("2026-03-02T15:00 has already passed (the station's clock is at 2026-03-02 16:00:00); give a later time")) {
            try calendar.nextInstant("2026-03-02T15:00", now: t0)
        }
        // An earlier day too: the same sentence with the station's clock, not --at's.
        #expect(throws: ControlError.badRequest("2020-01-01T07:00 has already passed (the station's clock is at 2026-03-02 16:00:00); give a later time")) {
            try calendar.nextInstant("2020-01-01T07:00", now: t0)
        }
        #expect(throws: ControlError.self) { try calendar.nextInstant("25:00", now: t0) }
    }
}
