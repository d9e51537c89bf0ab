import Foundation
import Synchronization

/// Admits at most `limit` preview renderings at a time. A rendering holds one of the machine's
/// cores for a second or more (renderings run one after another on the preview's queue), so a
/// crowd of 试听 clicks would otherwise pile up behind each other and time out; past the limit
/// the console answers at once (503, "try again in a moment") instead of queueing.
final class RenderGate: Sendable {
    let limit: Int
    private let inside = Mutex(0)

    init(limit: Int) { self.limit = limit }

    /// True: admitted (call `leave()` when done); false: `limit` are already rendering.
    func enter() -> Bool {
        inside.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() {
        inside.withLock { count in count = max(0, count - 1) }
    }

    var count: Int { inside.withLock { $0 } }
}
