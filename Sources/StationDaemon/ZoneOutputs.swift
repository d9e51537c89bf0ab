import Audio
import Foundation
import Station
import Vocabulary

/// Where each zone's sound goes, opened on this machine: a zone on its own ALSA device gets its
/// own sink; zones on channels of one card share one `CardFeed` (one open PCM); a zone without
/// a route (the one zone of a station without `zones:`) uses the station's output. Playing in
/// several zones groups them by device, so zones on one card start in the same period and
/// zones on different devices start together on their own threads.
final class ZoneOutputs: @unchecked Sendable {
    // The sinks are used by one playback at a time (the engine never gives a zone two).
    enum Target: @unchecked Sendable {
        /// A whole device, or the station's output.
        case sink(AudioSink)
        /// Channels of a shared card.
        case card(CardFeed, [Int])
    }

    private var routes: [ZoneName: Target] = [:]
    let stationSink: AudioSink

    init(stationSink: AudioSink) {
        self.stationSink = stationSink
    }

    /// Opens the routes of `zones` (nothing is opened until something plays).
    init(zones: StationZones, stationSink: AudioSink, openLimit: TimeInterval) {
        self.stationSink = stationSink
        var feeds: [String: CardFeed] = [:]
        for zone in zones.zones {
            guard let route = zone.route else { continue }
            guard let channel = route.channel else { continue }
            let count = zones.zones.compactMap { $0.route?.device == route.device ? $0.route?.channel : nil }.max().map { $0 + 1 } ?? 2
            let feed = feeds[route.device] ?? CardFeed(device: route.device, channelCount: count, openLimit: openLimit)
            feeds[route.device] = feed
            routes[zone.name] = .card(feed, [channel])
        }
        for zone in zones.zones {
            guard let route = zone.route, route.channel == nil else { continue }
            routes[zone.name] = .sink(ALSASink(device: route.device, openLimit: openLimit))
        }
    }

    func target(_ zone: ZoneName) -> Target { routes[zone] ?? .sink(stationSink) }

    /// Whether any zone plays on a sound card (which wakes with the stream: the lead-in).
    var anyALSA: Bool {
        stationSink is ALSASink || routes.values.contains { if case .sink(let sink) = $0 { sink is ALSASink } else { true } }
    }

    func name(of zone: ZoneName) -> String {
        switch target(zone) {
        case .sink(let sink): sink.name
        case .card(let feed, let channels): CardChannelSink(feed: feed, channel: channels[0]).name
        }
    }

    /// Plays `buffer` in `zones`, all starting together; see `Speaker.play(_:at:in:shouldStop:)`
    /// for what it throws.
    func play(_ buffer: PCMBuffer, in zones: [ZoneName], startingAt instant: Date? = nil, started: @escaping (Date) -> Void = { _ in },
              shouldStop: @escaping () -> Bool) throws -> PlaybackEnd {
        // One group per sink or card; the zones of one card become one playback in their channels.
        var groups: [(zones: [ZoneName], target: Target)] = []
        for zone in zones {
            let target = target(zone)
            if case .card(let feed, let channels) = target,
               let index = groups.firstIndex(where: { if case .card(let other, _) = $0.target { other === feed } else { false } }),
               case .card(_, let existing) = groups[index].target {
                groups[index] = (groups[index].zones + [zone], .card(feed, existing + channels))
            } else if case .sink(let sink) = target,
                      let index = groups.firstIndex(where: { if case .sink(let other) = $0.target { other === sink } else { false } }) {
                groups[index].zones.append(zone)
            } else {
                groups.append(([zone], target))
            }
        }
        let stop = StopCheck(shouldStop)
        let start = StartOnce(started)
        if groups.count == 1 {
            return try Self.play(buffer, on: groups[0].target, startingAt: instant, started: start.callAsFunction, shouldStop: stop.callAsFunction)
        }
        // Different devices: each on its own thread, started together.
        let results = Results(count: groups.count)
        let done = DispatchGroup()
        for (index, group) in groups.enumerated() {
            done.enter()
            let thread = Thread {
                results.set(index, Result {
                    try Self.play(buffer, on: group.target, startingAt: instant, started: start.callAsFunction, shouldStop: stop.callAsFunction)
                })
                done.leave()
            }
            thread.qualityOfService = .userInteractive
            thread.start()
        }
        done.wait()
        var failed: [ZoneName: String] = [:]
        var finished = true
        var firstError: Error?
        for (index, result) in results.all.enumerated() {
            switch result {
            case .success(let end): finished = finished && end == .finished
            case .failure(let error):
                firstError = firstError ?? error
                for zone in groups[index].zones { failed[zone] = String(describing: error) }
            case nil: break
            }
        }
        if let firstError {
            if failed.count == zones.count { throw firstError }
            throw ZoneOutputFailure(failed: failed, othersFinished: finished)
        }
        return finished ? .finished : .stopped
    }

    private static func play(_ buffer: PCMBuffer, on target: Target, startingAt instant: Date?, started: (Date) -> Void,
                             shouldStop: () -> Bool) throws -> PlaybackEnd {
        switch target {
        case .sink(let sink): return try sink.play(buffer, startingAt: instant, started: started, shouldStop: shouldStop)
        case .card(let feed, let channels):
            // The card's own thread keeps its device open while it plays (and opens it now, ahead
            // of the instant, when idle); the playback is handed over at the instant.
            if let instant {
                feed.openAhead(until: instant)
                let raised = StartInstant.realtime()
                let due = StartInstant.wait(until: instant, shouldStop: shouldStop)
                if raised { StartInstant.normal() }
                if !due { return .stopped }
            }
            started(Date())
            return try feed.play(buffer, in: channels, shouldStop: shouldStop)
        }
    }

    /// Opens and closes a zone's device without sound. WAV and null outputs cannot go offline.
    func probe(_ zone: ZoneName) throws {
        switch target(zone) {
        case .sink(let sink):
            guard sink is ALSASink else { return }
            _ = try sink.play(PCMBuffer(sampleRate: PCMBuffer.stationRate), shouldStop: { false })
        case .card(let feed, _): try feed.probe()
        }
    }
}

/// The player's stop question, asked from the threads of several devices (it takes a lock).
private final class StopCheck: @unchecked Sendable {
    let ask: () -> Bool
    init(_ ask: @escaping () -> Bool) { self.ask = ask }
    func callAsFunction() -> Bool { ask() }
}

/// The first of several devices to start tells the player (once).
private final class StartOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var told = false
    private let started: (Date) -> Void
    init(_ started: @escaping (Date) -> Void) { self.started = started }
    func callAsFunction(_ instant: Date) {
        let first = lock.withLock { () -> Bool in
            defer { told = true }
            return !told
        }
        if first { started(instant) }
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<PlaybackEnd, Error>?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ result: Result<PlaybackEnd, Error>) { lock.withLock { results[index] = result } }
    var all: [Result<PlaybackEnd, Error>?] { lock.withLock { results } }
}
