import Foundation

/// What the station must do now, decided by `StationQueue.decide(now:)`.
public struct Decision: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        /// Nothing to start or stop.
        case idle
        /// Nothing is playing and this announcement is due and allowed to sound.
        case play(Announcement)
        /// An emergency is due while something lower plays: stop it (it goes back to the queue).
        case interrupt(playing: Announcement, by: Announcement)
    }

    public struct Missed: Equatable, Sendable {
        public var announcement: Announcement
        public var reason: String
    }

    /// Pending announcements whose validity ran out: log them `missed` and drop them.
    public var missed: [Missed]
    public var action: Action
    /// The next instant at which the answer may change without anything else happening
    /// (an item falls due or expires, quiet hours end); nil when only a command can change it.
    public var wake: Date?
}

/// The queue and its rules as plain data: no clock, no I/O. The engine feeds it the time
/// and applies its decisions; everything about what plays when is decided here.
public struct StationQueue: Equatable, Sendable {
    /// Waiting announcements, in play order (priority, then due time, then file order, then id).
    public private(set) var pending: [Announcement] = []
    public private(set) var playing: Announcement?
    /// `dalaba pause`: holds everything below `emergency` until `resume`.
    public private(set) var paused = false
    /// Grows by one on every change, so observers can tell whether the queue moved.
    public private(set) var version = 0
    public var rules: QueueRules

    public init(rules: QueueRules = QueueRules(), pending: [Announcement] = []) {
        self.rules = rules
        self.pending = pending.sorted(by: Self.playsBefore)
    }

    static func playsBefore(_ a: Announcement, _ b: Announcement) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.due != b.due { return a.due < b.due }
        if a.draft.order != b.draft.order { return a.draft.order < b.draft.order }
        return a.id < b.id
    }

    public mutating func add(_ announcement: Announcement) {
        let index = pending.firstIndex { Self.playsBefore(announcement, $0) } ?? pending.endIndex
        pending.insert(announcement, at: index)
        version += 1
    }

    /// Removes a waiting announcement; nil when `id` is not waiting.
    @discardableResult
    public mutating func remove(_ id: AnnouncementID) -> Announcement? {
        guard let index = pending.firstIndex(where: { $0.id == id }) else { return nil }
        version += 1
        return pending.remove(at: index)
    }

    /// Moves a waiting announcement to "playing". Returns false when it is not waiting or
    /// something already plays.
    @discardableResult
    public mutating func start(_ id: AnnouncementID) -> Bool {
        guard playing == nil, let announcement = remove(id) else { return false }
        playing = announcement
        return true
    }

    /// Ends the current playback. An interrupted announcement goes back to the queue and
    /// plays again from its start; any other ending drops it.
    @discardableResult
    public mutating func finishPlaying(requeue: Bool) -> Announcement? {
        guard let current = playing else { return nil }
        playing = nil
        version += 1
        if requeue { add(current) }
        return current
    }

    public mutating func setPaused(_ paused: Bool) {
        guard self.paused != paused else { return }
        self.paused = paused
        version += 1
    }

    /// Why a non-emergency item may not sound at `now`, or nil when it may.
    public func holdReason(at now: Date) -> String? {
        if paused { return "paused" }
        if rules.isQuiet(at: now) { return "quiet hours" }
        return nil
    }

    /// Waiting announcements due within `lead` seconds of `now`, in play order: the ones
    /// worth rendering ahead of time.
    public func upcoming(now: Date, lead: TimeInterval) -> [Announcement] {
        let horizon = now.addingTimeInterval(lead)
        return pending.filter { $0.due <= horizon }
    }

    public func decide(now: Date) -> Decision {
        let hold = holdReason(at: now)
        var missed: [Decision.Missed] = []
        var best: Announcement?
        var wake: Date?
        func wakeAt(_ instant: Date?) {
            guard let instant, instant > now else { return }
            wake = min(wake ?? instant, instant)
        }

        for item in pending {
            let validUntil = rules.validUntil(item)
            if let validUntil, validUntil <= now {
                let why = item.due > now ? "expired before its due time" : (hold.map { "held by \($0) until it expired" } ?? "expired before its turn")
                missed.append(.init(announcement: item, reason: why))
                continue
            }
            let allowed = item.priority == .emergency || hold == nil
            if item.due <= now, allowed {
                if best == nil { best = item }  // `pending` is in play order
            } else {
                wakeAt(item.due)
            }
            wakeAt(validUntil)
        }
        if rules.isQuiet(at: now), pending.contains(where: { $0.priority < .emergency }) {
            wakeAt(rules.quietHours?.nextEnd(after: now))
        }

        let action: Decision.Action
        if let current = playing {
            if let best, best.priority == .emergency, current.priority < .emergency {
                action = .interrupt(playing: current, by: best)
            } else {
                action = .idle
            }
        } else if let best {
            action = .play(best)
        } else {
            action = .idle
        }
        return Decision(missed: missed, action: action, wake: wake)
    }
}
