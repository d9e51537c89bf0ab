import Foundation

/// Whether the loudspeaker works, as the engine last learned it: a failed playback or probe
/// takes it offline, and while offline it is probed again every `retry` seconds. A value:
/// the engine applies the transitions and announces the ones that are news.
struct SpeakerHealth: Equatable {
    /// The last error while offline; nil while the speaker works.
    private(set) var error: String?
    /// While offline: when to probe it next. Nothing plays until a probe or a playback succeeds.
    private(set) var retryAt: Date?
    /// A probe is under way (one at a time).
    var probing = false
    /// How many times it failed: a probe's "works" counts only if it did not fail since the
    /// probe began (a probe that opened the device just before a playback failed is stale).
    private(set) var failures = 0

    var isOnline: Bool { error == nil }

    /// The speaker failed at `instant`; true when it was online until now (news to announce).
    mutating func failed(_ message: String, at instant: Date, retry: TimeInterval) -> Bool {
        let wasOnline = error == nil
        failures += 1
        error = message
        retryAt = instant.addingTimeInterval(retry)
        return wasOnline
    }

    /// The speaker answered; true when it was offline until now (news to announce).
    mutating func works() -> Bool {
        retryAt = nil
        defer { error = nil }
        return error != nil
    }

    /// Offline, no probe under way, and its retry time has come.
    func probeDue(at instant: Date) -> Bool {
        guard !isOnline, !probing, let retryAt else { return false }
        return retryAt <= instant
    }

    /// When the engine must wake to probe again, if it must.
    var wake: Date? { !isOnline && !probing ? retryAt : nil }
}
