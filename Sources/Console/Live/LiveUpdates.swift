import Foundation
import Hub
import Logging
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// Something that changed on the hub, as heard by LISTEN: a village's heartbeat or one of its
/// deliveries (`dalaba_heartbeats`, `dalaba_deliveries`), or the keep-alive tick.
enum HubChange: Sendable, Hashable {
    case village(Int)
    case delivery(announcement: Int, village: Int)
    case tick
}

/// One page's live stream: the changes since it last looked, and a signal that there are some.
/// The page collects them for a moment and asks the hub once for all the villages concerned.
final class Subscription: Sendable {
    let id = UUID()
    private let pending = Mutex<Set<HubChange>>([])
    let signals: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        let (signals, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        self.signals = signals
        self.continuation = continuation
    }

    func add(_ change: HubChange) {
        pending.withLock { _ = $0.insert(change) }
        continuation.yield()
    }

    func take() -> Set<HubChange> { pending.withLock { changes in defer { changes = [] }; return changes } }

    func finish() { continuation.finish() }
}

/// The console's one LISTEN connection (as `dalaba_console`: LISTEN needs no grant) and the pages
/// listening to it. It reconnects after a failure; a page asks the hub itself, as its person,
/// what changed, so that row-level security applies to every byte it sends.
final class LiveUpdates: Service, Sendable {
    let settings: HubSettings
    let logger: Logger
    let tickInterval: Duration
    private let subscriptions = Mutex<[UUID: Subscription]>([:])

    init(settings: HubSettings, logger: Logger, tickInterval: Duration = .seconds(20)) {
        self.settings = settings
        self.logger = logger
        self.tickInterval = tickInterval
    }

    func subscribe() -> Subscription {
        let subscription = Subscription()
        subscriptions.withLock { $0[subscription.id] = subscription }
        return subscription
    }

    func unsubscribe(_ subscription: Subscription) {
        subscriptions.withLock { $0[subscription.id] = nil }
        subscription.finish()
    }

    func publish(_ change: HubChange) {
        for subscription in subscriptions.withLock({ Array($0.values) }) { subscription.add(change) }
    }

    var subscriberCount: Int { subscriptions.withLock { $0.count } }

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.listenForever() }
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: self.tickInterval)
                        self.publish(.tick)
                    }
                }
                await group.next()
                group.cancelAll()
            }
        }
        for subscription in subscriptions.withLock({ subscriptions in defer { subscriptions = [:] }; return Array(subscriptions.values) }) {
            subscription.finish()
        }
    }

    private func listenForever() async {
        var delay = Duration.milliseconds(250)
        while !Task.isCancelled {
            do {
                let connection = try await settings.connect(logger: logger)
                delay = .milliseconds(250)
                await withTaskGroup(of: Void.self) { group in
                    group.addTask {
                        try? await connection.listen(on: "dalaba_heartbeats") { notifications in
                            for try await notification in notifications {
                                if let village = Int(notification.payload) { self.publish(.village(village)) }
                            }
                        }
                    }
                    group.addTask {
                        try? await connection.listen(on: "dalaba_deliveries") { notifications in
                            for try await notification in notifications {
                                // '<announcement_id> <village_id> <state>'
                                let parts = notification.payload.split(separator: " ")
                                guard parts.count >= 2, let announcement = Int(parts[0]), let village = Int(parts[1]) else { continue }
                                self.publish(.delivery(announcement: announcement, village: village))
                                self.publish(.village(village))
                            }
                        }
                    }
                    // Either listener ending means the connection is gone: start again.
                    await group.next()
                    group.cancelAll()
                }
                try? await connection.close()
            } catch {
                logger.warning("live updates: cannot listen on the hub: \(HubError.describe(error)); retrying")
            }
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(10))
        }
    }
}
