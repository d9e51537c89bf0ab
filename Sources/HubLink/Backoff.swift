import Foundation

/// How long to wait before the next attempt at reaching the hub: doubling from `first` up to
/// `cap`, each wait drawn at random from its upper half, so that 300 stations that lost the hub
/// together do not all knock at the same instant when it comes back.
public struct Backoff: Sendable {
    public var first: TimeInterval
    public var cap: TimeInterval
    private var attempt = 0

    public init(first: TimeInterval = 0.5, cap: TimeInterval = 30) {
        self.first = first
        self.cap = cap
    }

    /// The next wait; `random` draws from 0..<1 (injected by tests).
    public mutating func next(random: () -> Double = { Double.random(in: 0..<1) }) -> TimeInterval {
        let ceiling = min(cap, first * pow(2, Double(min(attempt, 40))))
        attempt += 1
        return ceiling / 2 + ceiling / 2 * random()
    }

    /// After a connection that worked: the next loss starts again from `first`.
    public mutating func reset() { attempt = 0 }
}
