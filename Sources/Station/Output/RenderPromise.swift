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

    /// Blocks until the render is done; nil when `shouldStop` turned true first. `shouldStop` is
    /// asked once on entry and again each time `wake()` is called, so whoever makes it true
    /// calls `wake()` after (the player's `stop()` does): the stop is seen at once, not at the
    /// next look of a poll (it asked every 10 ms before).
    func wait(shouldStop: () -> Bool) -> Result<Rendered, Error>? {
        condition.lock()
        defer { condition.unlock() }
        // `shouldStop` is asked with this lock held: a `wake()` after it turned true cannot
        // fall between the look and the wait.
        while result == nil {
            if shouldStop() { return nil }
            condition.wait()
        }
        return result
    }

    /// Has a waiting player ask its `shouldStop` again.
    func wake() {
        condition.withLock { condition.broadcast() }
    }
}
