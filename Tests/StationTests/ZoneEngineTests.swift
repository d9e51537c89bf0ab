import Foundation
import Testing

@testable import Station
import Vocabulary

/// An output with zones that records when each playback started, in which zones, and fails
/// the zones it is told are dead (as their device would: at open).
final class ZoneSpeaker: Speaker, @unchecked Sendable {
    struct Play: Equatable { var title: String; var zones: [ZoneName] }
    struct Dead: Error, CustomStringConvertible { var description: String { "No such device" } }
    private let lock = NSLock()
    private var _plays: [Play] = []
    private var _dead: Set<ZoneName> = []
    private var _held = false
    let seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    var plays: [Play] { lock.withLock { _plays } }
    /// While true a playback goes on past its `seconds` (as FakeSpeaker's).
    var held: Bool {
        get { lock.withLock { _held } }
        set { lock.withLock { _held = newValue } }
    }
    func kill(_ zone: ZoneName) { lock.withLock { _ = _dead.insert(zone) } }

    func render(_ announcement: Announcement) throws -> String { announcement.title }
    func play(_ rendered: String, shouldStop: @escaping () -> Bool) throws -> Bool { try play(rendered, at: .full, in: [.whole], shouldStop: shouldStop) }

    func play(_ rendered: String, at level: VolumeLevel, in zones: [ZoneName], shouldStop: @escaping () -> Bool) throws -> Bool {
        let dead = lock.withLock { _dead }
        let alive = zones.filter { !dead.contains($0) }
        guard !alive.isEmpty else { throw Dead() }
        lock.withLock { _plays.append(Play(title: rendered, zones: alive)) }
        let end = Date().addingTimeInterval(seconds)
        var finished = true
        while Date() < end || held {
            if shouldStop() { finished = false; break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        let failed = zones.filter { dead.contains($0) }
        if !failed.isEmpty { throw ZoneOutputFailure(failed: Dictionary(uniqueKeysWithValues: failed.map { ($0, "No such device") }), othersFinished: finished) }
        return finished
    }

    func probe(zone: ZoneName) throws { if lock.withLock({ _dead.contains(zone) }) { throw Dead() } }
    func output(of zone: ZoneName) -> String { "fake \(zone)" }
    var description: String { "fake" }
}

/// The engine with two zones on a `TestClock`.
@Suite(.serialized) struct ZoneEngineTests {
    let quiet = StationLog(journald: true, write: { _ in })

    func makeEngine(_ temp: TemporaryStore, _ speaker: ZoneSpeaker, clock: TestClock) throws -> (StationEngine<ZoneSpeaker>, EventLog) {
        let engine = StationEngine(store: temp.store, programs: FixedPrograms([]), output: speaker,
                                   settings: .init(zones: [east, west]), log: quiet, clock: clock)
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        return (engine, events)
    }

    func draft(_ title: String, _ priority: Priority = .normal, due: TimeInterval = 0, expires: TimeInterval? = nil, in zones: [ZoneName]?) -> AnnouncementDraft {
        var draft = AnnouncementDraft(title: title, text: title, priority: priority, source: .user("clerk"), due: at(due), expires: expires.map(at))
        draft.zones = zones.map { .named($0) } ?? .all
        return draft
    }

    @Test func twoZonesPlayDifferentThingsAtTheSameTime() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = ZoneSpeaker(seconds: 0.05)
        // Held while the status is read: with a 0.3 s play, one could end first on a loaded machine.
        speaker.held = true
        let (engine, events) = try makeEngine(temp, speaker, clock: clock)
        _ = try engine.say(draft("east", due: 10, in: [east]))
        _ = try engine.say(draft("west", due: 10, in: [west]))
        clock.advance(by: 10)
        #expect(events.wait(for: .started, count: 2))
        let status = engine.status()
        speaker.held = false
        #expect(status.zones.map(\.playingTitle) == ["east", "west"], "both sound at once")
        #expect(status.zones.map(\.speaker) == ["fake 东头", "fake 西头"])
        #expect(events.wait(for: .finished, count: 2))
        let records = try engine.history(from: .distantPast, to: .distantFuture)
        #expect(records.map(\.started) == [at(10), at(10)])
    }

    @Test func anAnnouncementForBothStartsInBothAndAnEmergencyInterruptsEveryZone() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = ZoneSpeaker(seconds: 5)
        let (engine, events) = try makeEngine(temp, speaker, clock: clock)
        _ = try engine.say(draft("east", in: [east]))
        _ = try engine.say(draft("west", in: [west]))
        #expect(events.wait(for: .started, count: 2))
        _ = try engine.say(draft("火警", .emergency, in: nil))
        #expect(events.wait(for: .interrupted, count: 2))
        #expect(events.wait(for: .started, count: 3))
        #expect(speaker.plays.last == .init(title: "火警", zones: [east, west]), "one playback in both zones")
        engine.stop {}
    }

    @Test func aDeadZoneDoesNotHoldTheOtherAndItsOwnAreMissedAsOffline() throws {
        let temp = try TemporaryStore()
        let clock = TestClock(t0)
        let speaker = ZoneSpeaker(seconds: 0.05)
        speaker.kill(east)
        let (engine, events) = try makeEngine(temp, speaker, clock: clock)
        engine.settle()
        #expect(events.wait(for: .speakerOffline))
        _ = try engine.say(draft("east only", expires: 60, in: [east]))
        _ = try engine.say(draft("west only", in: [west]))
        _ = try engine.say(draft("both", due: 1, in: nil))
        #expect(events.wait(for: .finished, count: 1))
        clock.advance(by: 1)
        #expect(events.wait(for: .finished, count: 2))
        #expect(speaker.plays == [.init(title: "west only", zones: [west]), .init(title: "both", zones: [west])])
        let status = engine.status()
        #expect(status.zones.map(\.speakerError) == ["No such device", nil])
        clock.advance(by: 60)
        engine.settle()
        let missed = try engine.history(from: .distantPast, to: .distantFuture).first { $0.announcement.title == "east only" }
        #expect(missed?.outcome == .missed)
        #expect(missed?.reason == "the speaker was offline (No such device) until it expired")
    }
}
