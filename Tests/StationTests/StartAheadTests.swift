import Foundation
import Testing

@testable import Station
import Vocabulary

/// An output that starts ahead (`startAhead`, as the daemon's sound cards do): records, on the
/// station's clock, when the engine handed it each playback and the instant it was to start at.
final class AheadSpeaker: Speaker, @unchecked Sendable {
    struct Handed: Equatable { var title: String; var handedAt: Date; var startAt: Date? }
    private let lock = NSLock()
    private var _handed: [Handed] = []
    let clock: TestClock
    let startAhead: TimeInterval = 0.1

    init(clock: TestClock) { self.clock = clock }

    var handed: [Handed] { lock.withLock { _handed } }

    func render(_ announcement: Announcement) throws -> String { announcement.title }
    func play(_ rendered: String, shouldStop: @escaping () -> Bool) throws -> Bool { true }

    func play(_ rendered: String, at level: VolumeLevel, in zones: [ZoneName], startingAt instant: Date?,
              started: @escaping (Date) -> Void, shouldStop: @escaping () -> Bool) throws -> Bool {
        // The player gives the instant on the system's wall clock; back to the station's.
        let offset = clock.now().timeIntervalSince(Date())
        lock.withLock { _handed.append(Handed(title: rendered, handedAt: clock.now(), startAt: instant?.addingTimeInterval(offset))) }
        started(instant ?? Date())
        return true
    }

    var description: String { "ahead" }
}

/// Start latency (issue 13): the engine hands an announcement to its player `startAhead` before
/// its start, so the device is open and the player waiting when the instant comes.
@Suite(.serialized) struct StartAheadTests {
    let quiet = StationLog(journald: true, write: { _ in })

    @Test func handedOverAheadWithItsInstant() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = AheadSpeaker(clock: clock)
        let engine = StationEngine(store: temp.store, programs: FixedPrograms([]), output: speaker, log: quiet, clock: clock)
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        _ = try engine.say(AnnouncementDraft(title: "ahead", text: "ahead", source: .user("clerk"), due: at(10)))
        clock.advance(by: 9.85)
        engine.settle()
        #expect(speaker.handed.isEmpty, "handed over more than startAhead before its instant")
        clock.advance(by: 0.05)
        #expect(events.wait(for: .finished, count: 1))
        let handed = try #require(speaker.handed.first)
        #expect(handed.handedAt == at(9.9))
        let startAt = try #require(handed.startAt)
        #expect(abs(startAt.timeIntervalSince(at(10))) < 0.001, "to start at \(startAt), not on its due instant")
        let record = try #require(try engine.history(from: .distantPast, to: .distantFuture).first)
        let started = try #require(record.started)
        #expect(abs(started.timeIntervalSince(at(10))) < 0.001, "the play log's start is the instant the output started")
    }

    /// A `say` for now is handed over at once and starts at once.
    @Test func dueNowStartsAtOnce() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = AheadSpeaker(clock: clock)
        let engine = StationEngine(store: temp.store, programs: FixedPrograms([]), output: speaker, log: quiet, clock: clock)
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        _ = try engine.say(AnnouncementDraft(title: "now", text: "now", source: .user("clerk"), due: t0))
        #expect(events.wait(for: .finished, count: 1))
        let handed = try #require(speaker.handed.first)
        #expect(handed.handedAt == t0)
        #expect(abs((handed.startAt ?? .distantPast).timeIntervalSince(t0)) < 0.001)
    }
}

/// An output whose first render blocks until released, counting its renders.
final class SlowRenderSpeaker: Speaker, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    let release = DispatchSemaphore(value: 0)
    var renders: Int { lock.withLock { count } }

    func render(_ announcement: Announcement) throws -> String {
        let first = lock.withLock { count += 1; return count == 1 }
        if first { release.wait() }
        return announcement.title
    }
    func play(_ rendered: String, shouldStop: @escaping () -> Bool) throws -> Bool { true }
    var description: String { "slow" }
}

@Suite(.serialized) struct RenderStillRunningTests {
    let quiet = StationLog(journald: true, write: { _ in })

    /// Its time comes while its render ahead still runs: the player waits for that render
    /// instead of rendering the announcement a second time from the start.
    @Test func thePlayerWaitsForTheRenderUnderWayInsteadOfRenderingAgain() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = SlowRenderSpeaker()
        let engine = StationEngine(store: temp.store, programs: FixedPrograms([]), output: speaker, log: quiet, clock: clock)
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        _ = try engine.say(AnnouncementDraft(title: "slow", text: "slow", source: .user("clerk"), due: at(10)))
        clock.advance(by: 10)
        // Before: the player rendered it again at once (a second, quick render here) and played it.
        #expect(!events.wait(for: .finished, count: 1, timeout: 0.5), "not played before its render ended")
        speaker.release.signal()
        #expect(events.wait(for: .finished, count: 1))
        #expect(speaker.renders == 1, "rendered once, not again on the player thread")
    }

    /// A stop while the player waits for that render (a skip, a cancel, an emergency) wakes it
    /// at once. The wait used to ask every 10 ms (5 ms late on average, 10 at worst); 20 stops
    /// here, each timed from `stop()` to the job's `done`.
    @Test func aStopWakesThePlayerWaitingForTheRenderAtOnce() throws {
        let player = Player(output: SlowRenderSpeaker(), now: { Date() })
        player.startThread()
        let ends = EndTimes()
        var latencies: [Double] = []
        for round in 1...20 {
            let promise = RenderPromise<String>()
            player.play(.init(announcement: say(AnnouncementID(round)), rendered: nil, running: promise, willStart: { _ in },
                              done: { ends.record($0) }))
            let waiting = eventually(timeout: 5) { player.waitsForRender }
            #expect(waiting, "the player never waited for the render")
            // 3 ms into the wait: a look every 10 ms from its start would see the stop 7 ms late.
            Thread.sleep(forTimeInterval: 0.003)
            let stoppedAt = DispatchTime.now().uptimeNanoseconds
            player.stop()
            let (result, endedAt) = try #require(ends.next(timeout: 2), "round \(round): the stopped player did not end its job")
            let stoppedQuietly = if case .success(false) = result { true } else { false }
            #expect(stoppedQuietly, "stopped, not played nor failed: \(result)")
            latencies.append(Double(endedAt - stoppedAt) / 1e6)
            promise.fulfil(.success("late"))  // the render ends after: nobody takes it
        }
        let sorted = latencies.sorted()
        let summary = String(format: "median %.3f ms, 90th %.3f ms, max %.3f ms", sorted[9], sorted[17], sorted[19])
        print("stop to done while waiting for a render: \(summary)")
        // The old poll: 7 ms each (measured: 5.0 ms each with 5 ms into the wait).
        #expect(sorted[9] < 2, "\(summary)")
        #expect(sorted[17] < 5, "\(summary)")
    }
}

/// When each job of a player ended and how (its `done`), in order.
private final class EndTimes: @unchecked Sendable {
    private let condition = NSCondition()
    private var ends: [(Result<Bool, PlayerError>, UInt64)] = []

    func record(_ result: Result<Bool, PlayerError>) {
        let instant = DispatchTime.now().uptimeNanoseconds
        condition.withLock {
            ends.append((result, instant))
            condition.broadcast()
        }
    }

    /// The next job's end, waiting up to `timeout` seconds for it.
    func next(timeout: TimeInterval) -> (Result<Bool, PlayerError>, UInt64)? {
        let deadline = Date().addingTimeInterval(timeout)
        return condition.withLock {
            while ends.isEmpty { if !condition.wait(until: deadline) { return nil } }
            return ends.removeFirst()
        }
    }
}
