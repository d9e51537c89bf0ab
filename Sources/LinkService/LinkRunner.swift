import Foundation
import Hub
import HubLink
import Logging
import PostgresNIO

/// The link's connection to the hub, kept up: connect, LISTEN on the village's channel, catch
/// up, then serve notifications, dalabad's events and the heartbeat until the connection goes;
/// then wait (capped exponential backoff with jitter) and start over. Offline first: nothing
/// here stops the station playing; whatever happened meanwhile is caught up on reconnect.
public final class LinkRunner: Sendable {
    public struct Configuration: Sendable {
        public var settings: HubSettings
        /// Seconds between heartbeats (each also catches up, in case a notification was lost).
        public var heartbeat: TimeInterval
        public var retryFirst: TimeInterval
        public var retryCap: TimeInterval

        public init(settings: HubSettings, heartbeat: TimeInterval = 30, retryFirst: TimeInterval = 0.5, retryCap: TimeInterval = 30) {
            self.settings = settings
            self.heartbeat = heartbeat
            self.retryFirst = retryFirst
            self.retryCap = retryCap
        }
    }

    enum Trigger: Sendable { case notification, stationEvent, stationBack, heartbeat }

    public let configuration: Configuration
    public let link: StationLink
    let log: @Sendable (String) -> Void
    private let current = TriggerBox()

    public init(configuration: Configuration, link: StationLink, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.link = link
        self.log = log
    }

    /// dalabad's watch saw something (or came back): tell the connection being served, if any.
    public func stationChanged(reconnected: Bool) {
        current.yield(reconnected ? .stationBack : .stationEvent)
    }

    /// Runs until the task is cancelled; the connection is closed before it returns.
    public func run() async {
        var backoff = Backoff(first: configuration.retryFirst, cap: configuration.retryCap)
        var lostSince: Date?
        let connectedOnce = Flag()
        while !Task.isCancelled {
            var connection: PostgresConnection?
            do {
                let opened = try await configuration.settings.connect()
                connection = opened
                let hub = try await PostgresHub(opened)
                let lost = lostSince
                try await opened.listen(on: hub.channel) { notifications in
                    try await link.connected(hub)
                    let after = lost.map { String(format: " after %.1f s without it", Date().timeIntervalSince($0)) } ?? ""
                    log("connected to the hub \(configuration.settings.url) as village \(hub.village)\(after)")
                    connectedOnce.set()
                    try await serve(hub, connection: opened, notifications: notifications)
                }
            } catch is CancellationError {
                // postgres-nio insists on a close before the connection goes (an assertion in debug builds).
                try? await connection?.close()
                break
            } catch {
                if lostSince == nil { lostSince = Date() }
                log("the hub: \(error)")
            }
            // A connection that got as far as serving starts the waits afresh.
            if connectedOnce.take() {
                backoff.reset()
                lostSince = Date()
            }
            try? await connection?.close()
            let wait = backoff.next()
            log(String(format: "trying the hub again in %.1f s", wait))
            try? await Task.sleep(nanoseconds: UInt64(wait * 1e9))
        }
    }

    private func serve(_ hub: PostgresHub, connection: PostgresConnection, notifications: PostgresNotificationSequence) async throws {
        let (triggers, continuation) = AsyncStream<Trigger>.makeStream(bufferingPolicy: .bufferingNewest(64))
        current.set(continuation)
        defer { current.set(nil) }
        let heartbeat = configuration.heartbeat
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for try await _ in notifications { continuation.yield(.notification) }
                throw LinkFailure.connectionClosed
            }
            group.addTask {
                while true {
                    try await Task.sleep(nanoseconds: UInt64(heartbeat * 1e9))
                    continuation.yield(.heartbeat)
                }
            }
            group.addTask { [link, log] in
                for await trigger in triggers {
                    do {
                        switch trigger {
                        case .notification: try await link.catchUp(hub)
                        case .stationBack:
                            // dalabad restarted: its station.yaml (zones, schedules) may have changed.
                            try await link.beat(hub)
                            try await link.catchUp(hub)
                        case .stationEvent:
                            try await link.syncLog(hub)
                            // A reload (or a program installed) may have changed today's timetable.
                            try await link.syncTimetable(hub)
                        case .heartbeat:
                            try await link.beat(hub)
                            try await link.catchUp(hub)
                        }
                    } catch {
                        // The hub gone ends the connection (the listener sees it); dalabad
                        // away is tried again on its return or the next heartbeat.
                        if connection.isClosed { throw LinkFailure.connectionClosed }
                        log("catching up: \(error)")
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}

/// The continuation of the connection being served, for dalabad's watch thread to poke.
final class TriggerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: AsyncStream<LinkRunner.Trigger>.Continuation?

    func set(_ new: AsyncStream<LinkRunner.Trigger>.Continuation?) {
        lock.withLock {
            continuation?.finish()
            continuation = new
        }
    }

    func yield(_ trigger: LinkRunner.Trigger) { _ = lock.withLock { continuation?.yield(trigger) } }
}

final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    /// The value, and false from now on.
    func take() -> Bool { lock.withLock { defer { value = false }; return value } }
}
