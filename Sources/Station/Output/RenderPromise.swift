import Foundation

/// A render ahead that is still running, as the player can wait for it: when an announcement's
/// time comes before its render is done, the player takes this one's result instead of
/// rendering the announcement a second time from the start (which cost the whole render:
/// 238 ms in `dalaba-bench zones`, docs/audio.md).
final class RenderPromise<Rendered>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Rendered, Error>?

    /// The render's result; wakes a player waiting for it.
    func fulfil(_ result: Result<Rendered, Error>) {
        condition.withLock {
            self.result = result
            condition.broadcast()
        }
    }

    /// Blocks until the render is done, asking `shouldStop` every 10 ms; nil when it turned true first.
    func wait(shouldStop: () -> Bool) -> Result<Rendered, Error>? {
        condition.lock()
        defer { condition.unlock() }
        while result == nil {
            condition.unlock()
            let stop = shouldStop()
            condition.lock()
            if stop { return result }
            if result == nil { _ = condition.wait(until: Date().addingTimeInterval(0.01)) }
        }
        return result
    }
}
