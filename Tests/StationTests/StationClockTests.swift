import Foundation
import Testing

@testable import Station

/// The engine on a `TestClock`: time moves only when the test moves it, so nothing here waits
/// for due times to come (the speaker fakes still play for a few real milliseconds).
@Suite(.serialized) struct EngineOnTestClockTests {
    let quiet = StationLog(journald: true, write: { _ in })

    func makeEngine<Output: Speaker>(_ temp: TemporaryStore, _ output: Output, clock: TestClock, programs: ProgramSource = FixedPrograms([]),
                                           speakerRetry: TimeInterval = 10, log: StationLog? = nil) throws -> (StationEngine<Output>, EventLog) {
        let engine = StationEngine(
            store: temp.store, programs: programs, output: output, settings: .init(speakerRetry: speakerRetry),
            log: log ?? quiet, clock: clock)
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        return (engine, events)
    }

    func outcomes<Output>(_ engine: StationEngine<Output>) throws -> [String] {
        try engine.history(from: .distantPast, to: .distantFuture).map { "\($0.announcement.title):\($0.outcome?.rawValue ?? "playing")" }
    }

    @Test func aProgramPlaysAtItsDueInstantAndNotBefore() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = FakeSpeaker(seconds: 0.01)
        let programs = FixedPrograms([AnnouncementDraft(title: "p", text: "p", source: .program(file: "p.yaml"), due: at(60))])
        let (engine, events) = try makeEngine(temp, speaker, clock: clock, programs: programs)
        clock.advance(by: 59.999)
        engine.settle()
        #expect(speaker.played.isEmpty, "not a millisecond early")
        #expect(engine.status().queueLength == 1, "queued within the render lead")
        clock.advance(by: 0.001)
        #expect(events.wait(for: .finished))
        let record = try #require(try engine.history(from: .distantPast, to: .distantFuture).first)
        #expect(record.started == at(60))
    }

    @Test func pauseHoldsUntilResume() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = FakeSpeaker(seconds: 0.01)
        let (engine, events) = try makeEngine(temp, speaker, clock: clock)
        engine.setPaused(true, by: "test")
        _ = try engine.say(AnnouncementDraft(title: "held", text: "held", source: .user("test"), due: at(0)))
        clock.advance(by: 3600)
        engine.settle()
        #expect(speaker.played.isEmpty)
        #expect(engine.status().queueLength == 1)
        engine.setPaused(false, by: "test")
        #expect(events.wait(for: .finished))
        #expect(speaker.played == ["held"])
    }

    /// Moved from DaemonTests (it took 15 s of real time there): the engine part of a clock step.
    @Test func clockStepsForwardAndBackPlanAgainWithoutDoublesOrEarlyStarts() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = FakeSpeaker(seconds: 0.01)
        let lines = Lines()
        let hour: TimeInterval = 3600
        let programs = FixedPrograms([
            AnnouncementDraft(title: "宽限内", text: "一", source: .program(file: "1.yaml"), due: at(hour - 120)),
            AnnouncementDraft(title: "宽限外", text: "二", source: .program(file: "2.yaml"), due: at(hour - 1200)),
            AnnouncementDraft(title: "跳后", text: "三", source: .program(file: "3.yaml"), due: at(hour + 2)),
            AnnouncementDraft(title: "回拨后", text: "四", source: .program(file: "4.yaml"), due: at(hour + 6)),
        ])
        let (engine, events) = try makeEngine(temp, speaker, clock: clock, programs: programs, log: StationLog(journald: true, write: lines.add))

        engine.settle()  // the probe at start re-plans too: let it finish before the step
        clock.set(to: at(hour), firing: false)
        engine.clockChanged()
        #expect(events.wait(for: .clockChanged))
        #expect(events.wait(for: .finished))
        #expect(try outcomes(engine).sorted() == ["宽限内:played", "宽限外:missed"])

        clock.advance(by: 2)
        #expect(events.wait(for: .finished, count: 2))
        // Back by 4 s, to before the third one's due instant: it must not play again, and the
        // fourth must wait for its own instant on the moved clock.
        clock.set(to: at(hour - 2), firing: false)
        engine.clockChanged()
        #expect(events.wait(for: .clockChanged, count: 2))
        clock.set(to: at(hour + 5.999))
        engine.settle()
        let before = try outcomes(engine)
        #expect(before.count == 3, "nothing early, nothing twice: \(before)")
        clock.set(to: at(hour + 6))
        #expect(events.wait(for: .finished, count: 3))
        engine.settle()

        #expect(try outcomes(engine).sorted() == ["回拨后:played", "宽限内:played", "宽限外:missed", "跳后:played"], "each once")
        let records = try engine.history(from: .distantPast, to: .distantFuture)
        for title in ["跳后", "回拨后"] {
            let record = try #require(records.first { $0.announcement.title == title })
            #expect(record.started == record.announcement.due, "\(title) on its instant of the moved clock")
        }
        #expect(lines.all.contains { $0.contains("the clock was set forward past its due time") }, "\(lines.all)")
        #expect(lines.all.contains { $0.contains("the clock was set back by 4 s") })
        #expect(speaker.played.sorted() == ["回拨后", "宽限内", "跳后"])
    }

    @Test func anOfflineSpeakerIsProbedEveryRetryIntervalAndTheQueueWaitsForIt() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = UnpluggableSpeaker(seconds: 0.01)
        speaker.broken = true
        let (engine, events) = try makeEngine(temp, speaker, clock: clock, speakerRetry: 10)
        #expect(events.wait(for: .speakerOffline), "the probe at start finds it")
        _ = try engine.say(AnnouncementDraft(title: "等", text: "等", source: .user("test"), due: at(0)))
        let probes = speaker.probes
        clock.advance(by: 9.9)
        engine.settle()
        #expect(speaker.probes == probes, "not before the retry interval")
        clock.advance(by: 0.1)
        #expect(eventually { speaker.probes == probes + 1 }, "probed once the interval passed")
        // The probe's failure is booked on the engine's queue after the speaker counted it:
        // wait for that, or the clock below moves first and the next try lands 10 s later still.
        engine.settle()
        #expect(events.all.filter { $0.kind == .started }.isEmpty, "nothing started while offline")
        speaker.broken = false
        // The failed probe set the next try 10 s after it.
        clock.advance(by: 10)
        #expect(events.wait(for: .speakerOnline))
        #expect(events.wait(for: .finished))
        #expect(speaker.played == ["等"])
    }

    @Test func whatExpiresWhileTheSpeakerIsOfflineIsMissedWithTheReason() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = UnpluggableSpeaker(seconds: 0.01)
        speaker.broken = true
        let (engine, events) = try makeEngine(temp, speaker, clock: clock)
        #expect(events.wait(for: .speakerOffline))
        _ = try engine.say(AnnouncementDraft(title: "short-lived", text: "x", source: .user("test"), due: at(0), expires: at(5)))
        clock.advance(by: 5)
        #expect(events.wait(for: .missed))
        let record = try #require(try engine.history(from: .distantPast, to: .distantFuture).first)
        #expect(record.reason?.hasPrefix("the speaker was offline (device unplugged)") == true, "\(record.reason ?? "")")
        #expect(speaker.played.isEmpty)
    }
}

/// Waits (real time) until `condition` holds: for the engine's threads, not for due times.
func eventually(timeout: TimeInterval = 5, _ condition: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.005)
    }
    return false
}
