import Foundation
import Testing

@testable import Station
import Vocabulary

/// An output that "plays" by sleeping in 5 ms chunks and records what it played.
final class FakeSpeaker: Speaker, @unchecked Sendable {
    private let lock = NSLock()
    private var _played: [String] = []
    private var _failing: Set<String> = []
    private var _held = false
    let seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    var played: [String] { lock.withLock { _played } }
    /// While true a playback goes on past its `seconds` (until stopped or let go): a test that
    /// acts while something plays must not depend on how fast a loaded machine gets there.
    var held: Bool {
        get { lock.withLock { _held } }
        set { lock.withLock { _held = newValue } }
    }
    func failRender(of title: String) { lock.withLock { _ = _failing.insert(title) } }

    func render(_ announcement: Announcement) throws -> String {
        if lock.withLock({ _failing.contains(announcement.title) }) {
            throw StoreError.notFound(announcement.id)
        }
        return announcement.title
    }

    func play(_ rendered: String, shouldStop: @escaping () -> Bool) throws -> Bool {
        lock.withLock { _played.append(rendered) }
        let end = Date().addingTimeInterval(seconds)
        while Date() < end || held {
            if shouldStop() { return false }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return true
    }

    var description: String { "fake" }
}

/// Collects events so a test can wait for one.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [StationEvent] = []

    func append(_ event: StationEvent) { lock.withLock { events.append(event) } }
    var all: [StationEvent] { lock.withLock { events } }

    /// Waits up to `timeout` for `count` events of `kind`.
    func wait(for kind: StationEvent.Kind, count: Int = 1, timeout: TimeInterval = 5) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if all.filter({ $0.kind == kind }).count >= count { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }
}

@Suite(.serialized) struct StationEngineTests {
    func makeEngine(_ temp: TemporaryStore, speaker: FakeSpeaker, programs: ProgramSource = FixedPrograms([]))
        throws -> (StationEngine<FakeSpeaker>, EventLog)
    {
        let engine = StationEngine(
            store: temp.store, programs: programs, output: speaker, log: StationLog(journald: true, write: { _ in }))
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        return (engine, events)
    }

    func draft(_ title: String, _ priority: Priority = .normal, due: Date = Date()) -> AnnouncementDraft {
        AnnouncementDraft(title: title, text: title, priority: priority, source: .user("test"), due: due)
    }

    @Test func sayPlaysAndIsLoggedPlayed() throws {
        let temp = try TemporaryStore()
        let speaker = FakeSpeaker(seconds: 0.05)
        let (engine, events) = try makeEngine(temp, speaker: speaker)
        let queued = try engine.say(draft("one"))
        #expect(events.wait(for: .finished))
        #expect(speaker.played == ["one"])
        let history = try engine.history(from: .distantPast, to: .distantFuture)
        #expect(history.map(\.outcome) == [.played])
        #expect(history.first?.announcement.id == queued.id)
    }

    @Test func emergencyInterruptsAndTheInterruptedReplaysFromItsStart() throws {
        let temp = try TemporaryStore()
        let speaker = FakeSpeaker(seconds: 0.05)
        // Held until the emergency has cut in: with a 0.4 s play, a loaded machine let "long"
        // finish before the emergency arrived.
        speaker.held = true
        let (engine, events) = try makeEngine(temp, speaker: speaker)
        _ = try engine.say(draft("long"))
        #expect(events.wait(for: .started))
        _ = try engine.say(draft("fire", .emergency))
        #expect(events.wait(for: .interrupted))
        speaker.held = false
        #expect(events.wait(for: .finished, count: 2))
        #expect(speaker.played == ["long", "fire", "long"])
        let outcomes = try engine.history(from: .distantPast, to: .distantFuture).map { "\($0.announcement.title):\($0.outcome!.rawValue)" }
        #expect(outcomes == ["long:interrupted", "fire:played", "long:played"])
    }

    @Test func skipAndCancelEndThePlayingItemWithTheirOutcome() throws {
        let temp = try TemporaryStore()
        let speaker = FakeSpeaker(seconds: 5)
        let (engine, events) = try makeEngine(temp, speaker: speaker)
        _ = try engine.say(draft("a"))
        let b = try engine.say(draft("b"))
        #expect(events.wait(for: .started))
        #expect(engine.skip(by: "test")?.title == "a")
        #expect(events.wait(for: .started, count: 2))
        try engine.cancel(b.id, by: "test")
        #expect(events.wait(for: .cancelled))
        let outcomes = try engine.history(from: .distantPast, to: .distantFuture).map(\.outcome)
        #expect(outcomes == [.skipped, .cancelled])
        #expect(engine.skip(by: "test") == nil)
    }

    @Test func renderFailureIsLoggedFailedAndTheNextPlays() throws {
        let temp = try TemporaryStore()
        let speaker = FakeSpeaker(seconds: 0.01)
        speaker.failRender(of: "bad")
        let (engine, events) = try makeEngine(temp, speaker: speaker)
        _ = try engine.say(draft("bad"))
        _ = try engine.say(draft("good"))
        #expect(events.wait(for: .finished))
        let history = try engine.history(from: .distantPast, to: .distantFuture)
        #expect(history.map(\.outcome) == [.failed, .played])
        #expect(engine.status().speakerError == nil)
    }

    @Test func stopRequeuesThePlayingItemForTheNextRun() throws {
        let temp = try TemporaryStore()
        let speaker = FakeSpeaker(seconds: 5)
        let (engine, events) = try makeEngine(temp, speaker: speaker)
        let item = try engine.say(draft("long"))
        #expect(events.wait(for: .started))
        let stopped = DispatchSemaphore(value: 0)
        engine.stop { stopped.signal() }
        #expect(stopped.wait(timeout: .now() + 2) == .success)
        #expect(try temp.reopen().recover(at: Date()).map(\.id) == [item.id])
    }
}

@Suite(.serialized) struct StationEngineReloadTests {
    @Test func reloadReplacesQueuedOccurrencesAndPlansNewTimesNearNow() throws {
        let temp = try TemporaryStore()
        let speaker = FakeSpeaker(seconds: 0.01)
        let due = Date().addingTimeInterval(20)
        let first = AnnouncementDraft(title: "旧", text: "旧", source: .program(file: "p.yaml"), due: due)
        let engine = StationEngine(
            store: temp.store, programs: FixedPrograms([first]), output: speaker, log: StationLog(journald: true, write: { _ in }))
        try engine.start()
        #expect(engine.status().next?.title == "旧")

        var edited = first
        edited.title = "新"
        let soon = AnnouncementDraft(title: "加", text: "加", source: .program(file: "q.yaml"), due: Date().addingTimeInterval(0.3))
        engine.reload(programs: FixedPrograms([edited, soon]), rules: QueueRules(), errors: [])
        let waiting = engine.upcoming(through: due).waiting
        #expect(waiting.map(\.title).sorted() == ["加", "新"])
        #expect(try temp.store.pending().count == 2, "replaced in place, not added twice")
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        #expect(events.wait(for: .finished))
        #expect(speaker.played == ["加"])

        engine.reload(programs: FixedPrograms([]), rules: QueueRules(), errors: [])
        #expect(engine.status().queueLength == 0)
        let outcomes = try engine.history(from: .distantPast, to: .distantFuture).map { "\($0.announcement.title):\($0.outcome!.rawValue)" }
        #expect(outcomes == ["加:played", "新:cancelled"])
    }
}

/// A speaker whose device is unplugged.
final class BrokenSpeaker: Speaker, @unchecked Sendable {
    struct Unplugged: Error, CustomStringConvertible { var description: String { "No such device" } }
    func render(_ announcement: Announcement) throws -> String { announcement.title }
    func play(_ rendered: String, shouldStop: @escaping () -> Bool) throws -> Bool { throw Unplugged() }
    var description: String { "broken" }
}

@Suite struct StationEngineSpeakerTests {
    @Test func speakerFailureKeepsTheAnnouncementAndShowsTheSpeakerOffline() throws {
        let temp = try TemporaryStore()
        let engine = StationEngine(
            store: temp.store, programs: FixedPrograms([]), output: BrokenSpeaker(), log: StationLog(journald: true, write: { _ in }))
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        _ = try engine.say(AnnouncementDraft(title: "x", text: "x", source: .user("test"), due: Date()))
        #expect(events.wait(for: .interrupted))
        #expect(events.all.contains { $0.kind == .speakerOffline && $0.message == "No such device" })
        let status = engine.status()
        #expect(status.speakerError == "No such device")
        #expect(status.queueLength == 1, "not dropped: it waits for the speaker")
        let record = try #require(try engine.history(from: .distantPast, to: .distantFuture).first)
        #expect(record.outcome == .interrupted)
        #expect(record.reason?.contains("the speaker failed (No such device)") == true, "\(record.reason ?? "")")
    }
}
