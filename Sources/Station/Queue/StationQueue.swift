import Foundation
import Vocabulary

/// What the station must do now, decided by `StationQueue.decide(now:)`.
public struct Decision: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        /// Nothing to start or stop.
        case idle
        /// Nothing is playing in its zones and this announcement is due and allowed to sound.
        case play(Announcement)
        /// An emergency is due while something lower plays in one of its zones: stop it (it
        /// goes back to the queue).
        case interrupt(playing: Announcement, by: Announcement)
    }

    public struct Missed: Equatable, Sendable {
        public var announcement: Announcement
        public var reason: String
    }

    /// Pending announcements whose validity ran out: log them `missed` and drop them.
    public var missed: [Missed]
    /// Everything to do now, in play order: zones are independent, so several announcements
    /// may start (or be interrupted) at one instant. A station with one zone has at most one.
    public var actions: [Action]
    /// The next instant at which the answer may change without anything else happening
    /// (an item falls due or expires, quiet hours end); nil when only a command can change it.
    public var wake: Date?

    /// The first thing to do (the only one with one zone).
    public var action: Action { actions.first ?? .idle }
}

/// The queue and its rules as plain data: no clock, no I/O. The engine feeds it the time
/// and applies its decisions; everything about what plays when is decided here.
///
/// Zones (分区): each announcement plays in the station's zones its `zones` selects, and each
/// zone plays one announcement at a time, so announcements for different zones play at once.
/// A station without `zones:` has one zone (`ZoneName.whole`) and the rules are those of one
/// loudspeaker. Per zone the rules are the same: play order, `high` ahead but never
/// interrupting, `emergency` interrupting anything lower in its zones, quiet hours and pause.
/// An announcement for several zones starts when all of them are free (it starts in all of them
/// together), and while it is due and waits for them, nothing after it in play order starts in
/// them (it keeps its place in each zone; nothing overtakes it).
public struct StationQueue: Equatable, Sendable {
    /// Waiting announcements, in play order (priority, then due time, then file order, then id).
    public private(set) var pending: [Announcement] = []
    /// What plays now, in the order it started, with the zones each plays in.
    public private(set) var playingNow: [Playing] = []
    /// `dalaba pause`: holds everything below `emergency` until `resume`.
    public private(set) var paused = false
    /// Grows by one on every change, so observers can tell whether the queue moved.
    public private(set) var version = 0
    public var rules: QueueRules
    /// The station's zones, in its order.
    public private(set) var zones: [ZoneName] = [.whole]
    /// Zones whose speaker is offline: nothing starts in them (what is due for them alone waits,
    /// and expires as missed, as with the one speaker of a station without zones).
    public private(set) var offline: Set<ZoneName> = []

    public struct Playing: Equatable, Sendable {
        public var announcement: Announcement
        public var zones: [ZoneName]
    }

    public init(rules: QueueRules = QueueRules(), pending: [Announcement] = [], zones: [ZoneName] = [.whole]) {
        self.rules = rules
        self.pending = pending.sorted(by: Self.playsBefore)
        self.zones = zones.isEmpty ? [.whole] : zones
    }

    /// The first of what plays (the only one with one zone).
    public var playing: Announcement? { playingNow.first?.announcement }

    static func playsBefore(_ a: Announcement, _ b: Announcement) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.due != b.due { return a.due < b.due }
        if a.draft.order != b.draft.order { return a.draft.order < b.draft.order }
        return a.id < b.id
    }

    /// The station's zones an announcement plays in, in the station's order (names the station
    /// no longer has are left out; an empty answer means none of its zones exists).
    public func zones(of announcement: Announcement) -> [ZoneName] {
        // A station without zones plays everything on its one output.
        if zones == [.whole] { return zones }
        let selection = announcement.zoneSelection
        return zones.filter { selection.includes($0) }
    }

    /// The zones something plays in now.
    public var busyZones: Set<ZoneName> { Set(playingNow.flatMap(\.zones)) }

    /// The zones `id` plays in, while it plays.
    public func playingZones(_ id: AnnouncementID) -> [ZoneName]? {
        playingNow.first { $0.announcement.id == id }?.zones
    }

    /// The announcement playing in `zone`, if any.
    public func playing(in zone: ZoneName) -> Announcement? {
        playingNow.first { $0.zones.contains(zone) }?.announcement
    }

    /// New station zones (a reload). What plays keeps playing where it started.
    public mutating func setZones(_ names: [ZoneName]) {
        let names = names.isEmpty ? [ZoneName.whole] : names
        guard names != zones else { return }
        zones = names
        offline.formIntersection(names)
        version += 1
    }

    /// A zone's speaker went offline (true) or came back (false).
    public mutating func setOffline(_ zone: ZoneName, _ isOffline: Bool) {
        if isOffline { offline.insert(zone) } else { offline.remove(zone) }
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

    /// Moves a waiting announcement to "playing" in its zones whose speaker works. Returns false
    /// when it is not waiting, when something already plays in one of those zones, or when none
    /// of its zones can sound.
    @discardableResult
    public mutating func start(_ id: AnnouncementID) -> Bool {
        guard let announcement = pending.first(where: { $0.id == id }) else { return false }
        let target = zones(of: announcement).filter { !offline.contains($0) }
        guard !target.isEmpty, busyZones.isDisjoint(with: target) else { return false }
        remove(id)
        playingNow.append(Playing(announcement: announcement, zones: target))
        return true
    }

    /// Ends the current playback (the first, with one zone). An interrupted announcement goes
    /// back to the queue and plays again from its start; any other ending drops it.
    @discardableResult
    public mutating func finishPlaying(requeue: Bool) -> Announcement? {
        guard let current = playing else { return nil }
        return finishPlaying(current.id, requeue: requeue)
    }

    /// Ends the playback of `id` (see `finishPlaying(requeue:)`).
    @discardableResult
    public mutating func finishPlaying(_ id: AnnouncementID, requeue: Bool) -> Announcement? {
        guard let index = playingNow.firstIndex(where: { $0.announcement.id == id }) else { return nil }
        let current = playingNow.remove(at: index).announcement
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
        var actions: [Decision.Action] = []
        var wake: Date?
        func wakeAt(_ instant: Date?) {
            guard let instant, instant > now else { return }
            wake = min(wake ?? instant, instant)
        }
        // Zones taken by what plays, and zones a due item earlier in play order waits for.
        let busy = busyZones
        var claimed: Set<ZoneName> = []
        var interrupted: Set<AnnouncementID> = []

        for item in pending {
            let validUntil = rules.validUntil(item)
            if let validUntil, validUntil <= now {
                let why: String
                if item.due > now {
                    why = "expired before its due time"
                } else if let hold {
                    why = "held by \(hold) until it expired"
                } else if zones(of: item).isEmpty {
                    why = "none of its zones (\(item.zoneSelection)) is among the station's zones"
                } else {
                    why = "expired before its turn"
                }
                missed.append(.init(announcement: item, reason: why))
                continue
            }
            wakeAt(validUntil)
            let allowed = item.priority == .emergency || hold == nil
            guard item.due <= now, allowed else {
                wakeAt(item.due)
                continue
            }
            // Its zones that can sound; with none (all offline, or none exists) it waits.
            let target = zones(of: item).filter { !offline.contains($0) }
            guard !target.isEmpty else { continue }
            let wanted = Set(target)
            defer { claimed.formUnion(wanted) }
            guard claimed.isDisjoint(with: wanted) else { continue }  // an earlier item waits there
            if busy.isDisjoint(with: wanted) {
                actions.append(.play(item))
                continue
            }
            // Something plays in one of its zones: an emergency stops what is lower there.
            guard item.priority == .emergency else { continue }
            for current in playingNow where !current.zones.allSatisfy({ !wanted.contains($0) })
                && current.announcement.priority < .emergency && !interrupted.contains(current.announcement.id) {
                interrupted.insert(current.announcement.id)
                actions.append(.interrupt(playing: current.announcement, by: item))
            }
        }
        if rules.isQuiet(at: now), pending.contains(where: { $0.priority < .emergency }) {
            wakeAt(rules.quietHours?.nextEnd(after: now))
        }
        return Decision(missed: missed, actions: actions, wake: wake)
    }
}

extension Announcement {
    /// The zones it plays in, as written.
    public var zoneSelection: ZoneSelection { draft.zones }
}
