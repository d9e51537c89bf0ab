import Foundation

/// What the queries read: a copy of the engine's state, published by the engine after each
/// change, so that `status`, `queue` and friends never wait behind the engine's queue (a
/// reload's planning, a store write's fsync).
final class StatusBoard: @unchecked Sendable {
    struct Published {
        var status: StationStatus
        var waiting: [Announcement]
        var programs: ProgramSource
        /// Program occurrences up to here are queued (or decided); later ones are not yet.
        var plannedThrough: Date?
        var rules: QueueRules
    }

    private let lock = NSLock()
    private var published: Published

    init(_ initial: Published) { published = initial }

    var current: Published { lock.withLock { published } }

    func publish(_ new: Published) { lock.withLock { published = new } }
}
