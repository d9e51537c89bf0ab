import Foundation
import Testing

@testable import Station
import Vocabulary

let east = try! ZoneName(parsing: "东头")
let west = try! ZoneName(parsing: "西头")

/// `say` for some zones (nil: all).
func say(_ id: AnnouncementID, _ priority: Priority = .normal, due: TimeInterval = 0, expires: TimeInterval? = nil, in zones: [ZoneName]?) -> Announcement {
    var announcement = say(id, priority, due: due, expires: expires)
    announcement.draft.zones = zones.map { .named($0) } ?? .all
    return announcement
}

/// The queue rules per zone, pure: no clock, no engine.
@Suite struct ZoneQueueTests {
    func queue(_ pending: [Announcement]) -> StationQueue { StationQueue(pending: pending, zones: [east, west]) }

    @Test func twoZonesStartDifferentAnnouncementsAtOnce() {
        let queue = queue([say(1, in: [east]), say(2, in: [west])])
        #expect(queue.decide(now: t0).actions == [.play(say(1, in: [east])), .play(say(2, in: [west]))])
    }

    @Test func oneForBothWaitsUntilBothAreFreeAndNothingOvertakesItThere() {
        var queue = queue([say(1, in: [east]), say(2, .high, due: 5, in: nil), say(3, due: 6, in: [west]), say(4, due: 7, in: [east])])
        let started1 = queue.start(1)
        #expect(started1)
        // 2 (both zones) is due while east plays: west stays free for it, 3 and 4 wait behind it.
        #expect(queue.decide(now: at(10)).actions == [])
        queue.finishPlaying(1, requeue: false)
        #expect(queue.decide(now: at(10)).actions == [.play(say(2, .high, due: 5, in: nil))])
        let started2 = queue.start(2)
        #expect(started2)
        #expect(queue.playingZones(2) == [east, west])
        queue.finishPlaying(2, requeue: false)
        #expect(queue.decide(now: at(10)).actions == [.play(say(3, due: 6, in: [west])), .play(say(4, due: 7, in: [east]))])
    }

    @Test func anEmergencyForAllInterruptsEveryZone() {
        var queue = queue([say(1, in: [east]), say(2, in: [west])])
        let started = queue.start(1) && queue.start(2)
        #expect(started)
        queue.add(say(3, .emergency, in: nil))
        #expect(queue.decide(now: t0).actions == [
            .interrupt(playing: say(1, in: [east]), by: say(3, .emergency, in: nil)),
            .interrupt(playing: say(2, in: [west]), by: say(3, .emergency, in: nil)),
        ])
    }

    @Test func anEmergencyForOneZoneLeavesTheOtherPlaying() {
        var queue = queue([say(1, in: [east]), say(2, in: [west])])
        let started = queue.start(1) && queue.start(2)
        #expect(started)
        queue.add(say(3, .emergency, in: [west]))
        #expect(queue.decide(now: t0).actions == [.interrupt(playing: say(2, in: [west]), by: say(3, .emergency, in: [west]))])
    }

    @Test func anOfflineZoneHoldsOnlyWhatIsForItAlone() {
        var queue = queue([say(1, in: [east]), say(2, due: 1, in: [west]), say(3, due: 2, in: nil)])
        queue.setOffline(east, true)
        #expect(queue.decide(now: at(5)).actions == [.play(say(2, due: 1, in: [west]))])
        let started2 = queue.start(2)
        #expect(started2)
        queue.finishPlaying(2, requeue: false)
        // The one for both zones plays where it can.
        #expect(queue.decide(now: at(5)).actions == [.play(say(3, due: 2, in: nil))])
        let started3 = queue.start(3)
        #expect(started3)
        #expect(queue.playingZones(3) == [west])
        #expect(queue.pending.map(\.id) == [1])
    }

    @Test func aStationWithoutZonesPlaysEverythingOnItsOneOutput() {
        let queue = StationQueue(pending: [say(1, in: [east])])
        #expect(queue.decide(now: t0).actions == [.play(say(1, in: [east]))])
    }

    @Test func anAnnouncementForAZoneTheStationNoLongerHasIsMissedAtItsExpiry() {
        var queue = queue([say(1, due: 0, expires: 60, in: [try! ZoneName(parsing: "学校")])])
        #expect(queue.decide(now: at(30)).actions == [])
        queue.setZones([east])
        let decision = queue.decide(now: at(60))
        #expect(decision.missed.map(\.reason) == ["none of its zones (学校) is among the station's zones"])
    }
}
