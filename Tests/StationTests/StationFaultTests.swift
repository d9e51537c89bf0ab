import Foundation
import Testing

@testable import Station

/// A speaker that can be unplugged: while broken, opening (probe) and playing throw, and a
/// playback under way fails at its next chunk.
final class UnpluggableSpeaker: Speaker, @unchecked Sendable {
    struct Unplugged: Error, CustomStringConvertible { var description: String { "device unplugged" } }

    private let lock = NSLock()
    private var _broken = false
    private var _played: [String] = []
    private var _probes = 0
    private var _held = false
    let seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    var broken: Bool {
        get { lock.withLock { _broken } }
        set { lock.withLock { _broken = newValue } }
    }
    var played: [String] { lock.withLock { _played } }
    var probes: Int { lock.withLock { _probes } }
    /// While true a playback goes on past its `seconds` (as FakeSpeaker's).
    var held: Bool {
        get { lock.withLock { _held } }
        set { lock.withLock { _held = newValue } }
    }

    func render(_ announcement: Announcement) throws -> String { announcement.title }

    func play(_ rendered: String, shouldStop: @escaping () -> Bool) throws -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end || held {
            if broken { throw Unplugged() }
            if shouldStop() { return false }
            Thread.sleep(forTimeInterval: 0.005)
        }
        lock.withLock { _played.append(rendered) }
        return true
    }

    func probe() throws {
        lock.withLock { _probes += 1 }
        if broken { throw Unplugged() }
    }

    var description: String { "unpluggable" }
}

@Suite(.serialized) struct StationFaultTests {
    func makeEngine(_ temp: TemporaryStore, speaker: UnpluggableSpeaker, programs: ProgramSource = FixedPrograms([]),
                    now: @escaping @Sendable () -> Date = Date.init) throws -> (StationEngine<UnpluggableSpeaker>, EventLog) {
        let engine = StationEngine(
            store: temp.store, programs: programs, output: speaker, settings: .init(speakerRetry: 0.05),
            log: StationLog(journald: true, write: { _ in }), now: now)
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        return (engine, events)
    }

    func draft(_ title: String, expires: Date? = nil) -> AnnouncementDraft {
        AnnouncementDraft(title: title, text: title, source: .user("test"), due: Date(), expires: expires)
    }

    @Test func speakerFailingMidPlayHoldsTheQueueAndReplaysWhenItIsBack() throws {
        let temp = try TemporaryStore()
        let speaker = UnpluggableSpeaker(seconds: 0.05)
        // Held until it is unplugged: with a 0.3 s play, a loaded machine could finish it first.
        speaker.held = true
        let (engine, events) = try makeEngine(temp, speaker: speaker)
        _ = try engine.say(draft("long"))
        #expect(events.wait(for: .started))
        speaker.broken = true
        #expect(events.wait(for: .speakerOffline))
        let status = engine.status()
        #expect(status.speakerError == "device unplugged")
        #expect(status.queueLength == 1, "the announcement waits")
        let probesBefore = speaker.probes
        // Retried every 0.05 s here (the default is 10 s): a probe must come well within 3 s.
        // A fixed 0.3 s sleep failed on a loaded CI machine, where the engine's queue can wait
        // that long for a core.
        #expect(eventually(timeout: 3) { speaker.probes > probesBefore }, "retried with the configured interval")
        #expect(events.all.filter { $0.kind == .started }.count == 1, "nothing started while offline")

        speaker.held = false
        speaker.broken = false
        #expect(events.wait(for: .speakerOnline))
        #expect(events.wait(for: .finished))
        #expect(speaker.played == ["long"])
        let outcomes = try engine.history(from: .distantPast, to: .distantFuture).map { "\($0.announcement.title):\($0.outcome!.rawValue)" }
        #expect(outcomes == ["long:interrupted", "long:played"])
        #expect(engine.status().speakerError == nil)
    }

    @Test func watchdogPingsFromTheEngineQueue() throws {
        let temp = try TemporaryStore()
        let speaker = UnpluggableSpeaker(seconds: 0.01)
        let (engine, _) = try makeEngine(temp, speaker: speaker)
        let pings = EventLog()
        engine.startWatchdog(every: 0.02, playerStallLimit: 5) { pings.append(StationEvent(kind: .resumed, time: Date())) }
        #expect(pings.wait(for: .resumed, count: 5, timeout: 2))
    }
}
