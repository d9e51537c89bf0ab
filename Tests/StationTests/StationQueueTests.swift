import Foundation
import Testing

@testable import Station
import Vocabulary

@Suite struct StationQueueTests {
    @Test func nothingPendingIsIdleWithNoWake() {
        let decision = StationQueue().decide(now: t0)
        #expect(decision.action == .idle)
        #expect(decision.wake == nil)
        #expect(decision.missed.isEmpty)
    }

    @Test func itemNotYetDueWakesAtItsDueTime() {
        let queue = StationQueue(pending: [say(1, due: 30)])
        let decision = queue.decide(now: t0)
        #expect(decision.action == .idle)
        #expect(decision.wake == at(30))
        #expect(queue.decide(now: at(30)).action == .play(say(1, due: 30)))
    }

    @Test func priorityThenDueThenFileOrderDecide() {
        let queue = StationQueue(pending: [
            program(1, "b.yaml", due: 0, order: 1), program(2, "a.yaml", due: 0, order: 0),
            say(3, .low, due: -10), say(4, .high, due: 0),
        ])
        #expect(queue.pending.map(\.id) == [4, 2, 1, 3])
        #expect(queue.decide(now: t0).action == .play(say(4, .high, due: 0)))
    }

    @Test func earlierDueWinsWithinAPriority() {
        let queue = StationQueue(pending: [say(2, due: -5), say(1, due: -1)])
        #expect(queue.decide(now: t0).action == .play(say(2, due: -5)))
    }

    @Test func highGoesAheadOfWaitingNormalButDoesNotInterrupt() {
        var queue = StationQueue(pending: [say(1, due: 0), say(2, due: 0)])
        queue.start(1)
        queue.add(say(3, .high, due: 0))
        #expect(queue.decide(now: t0).action == .idle)
        queue.finishPlaying(requeue: false)
        #expect(queue.decide(now: t0).action == .play(say(3, .high, due: 0)))
    }

    @Test func emergencyInterruptsLowerAndTheInterruptedReplaysNext() {
        var queue = StationQueue(pending: [say(1, due: 0), say(2, due: 0)])
        queue.start(1)
        queue.add(say(3, .emergency, due: 0))
        #expect(queue.decide(now: t0).action == .interrupt(playing: say(1, due: 0), by: say(3, .emergency, due: 0)))
        queue.finishPlaying(requeue: true)
        #expect(queue.decide(now: t0).action == .play(say(3, .emergency, due: 0)))
        queue.start(3)
        queue.finishPlaying(requeue: false)
        // The interrupted one plays again before the item that was waiting behind it.
        #expect(queue.decide(now: t0).action == .play(say(1, due: 0)))
    }

    @Test func emergencyDoesNotInterruptEmergency() {
        var queue = StationQueue(pending: [say(1, .emergency)])
        queue.start(1)
        queue.add(say(2, .emergency))
        #expect(queue.decide(now: t0).action == .idle)
    }

    @Test func emergencyDueLaterWakesTheStationWhilePlaying() {
        var queue = StationQueue(pending: [say(1)])
        queue.start(1)
        queue.add(say(2, .emergency, due: 12))
        #expect(queue.decide(now: t0).wake == at(12))
        #expect(queue.decide(now: at(12)).action == .interrupt(playing: say(1), by: say(2, .emergency, due: 12)))
    }

    @Test func pauseHoldsAllButEmergency() {
        var queue = StationQueue(pending: [say(1, .high), say(2, .emergency, due: 5)])
        queue.setPaused(true)
        #expect(queue.decide(now: t0).action == .idle)
        #expect(queue.decide(now: t0).wake == at(5))
        #expect(queue.decide(now: at(5)).action == .play(say(2, .emergency, due: 5)))
        queue.setPaused(false)
        #expect(queue.decide(now: t0).action == .play(say(1, .high)))
    }

    @Test func pausedItemThatExpiresIsMissedWithTheReason() {
        var queue = StationQueue(pending: [say(1, due: 0, expires: 60)])
        queue.setPaused(true)
        #expect(queue.decide(now: at(30)).wake == at(60))
        let decision = queue.decide(now: at(60))
        #expect(decision.missed == [.init(announcement: say(1, due: 0, expires: 60), reason: "held by paused until it expired")])
        #expect(decision.action == .idle)
    }

    @Test func programOccurrenceIsValidForTheGraceWindowOnly() {
        let queue = StationQueue(rules: QueueRules(graceWindow: 600), pending: [program(1, "a.yaml", due: 0)])
        #expect(queue.decide(now: at(599)).action == .play(program(1, "a.yaml", due: 0)))
        let late = queue.decide(now: at(600))
        #expect(late.action == .idle)
        #expect(late.missed.map(\.announcement.id) == [1])
        #expect(late.missed.first?.reason == "expired before its turn")
    }

    @Test func sayWithoutExpiryNeverExpires() {
        let queue = StationQueue(rules: QueueRules(graceWindow: 600), pending: [say(1, due: 0)])
        #expect(queue.decide(now: at(86_400 * 3)).action == .play(say(1)))
    }

    @Test func quietHoursHoldUntilTheyEndThenPlayIfStillValid() throws {
        // 22:00–06:00 in Shanghai; t0 is 16:00 there.
        let quiet = QuietHours(TimeRange(start: LocalTime(hour: 22, minute: 0)!, end: LocalTime(hour: 6, minute: 0)!), timeZone: shanghai)
        let night = at(7 * 3600)  // 23:00
        let queue = StationQueue(
            rules: QueueRules(graceWindow: 600, quietHours: quiet),
            pending: [say(1, due: 7 * 3600), program(2, "a.yaml", due: 7 * 3600), say(3, .emergency, due: 7 * 3600)])
        let decision = queue.decide(now: night)
        #expect(decision.action == .play(say(3, .emergency, due: 7 * 3600)))

        var afterEmergency = queue
        afterEmergency.remove(3)
        let held = afterEmergency.decide(now: night)
        #expect(held.action == .idle)
        // Wakes for the program's expiry first (23:10), which is logged missed then.
        #expect(held.wake == at(7 * 3600 + 600))
        let expired = afterEmergency.decide(now: at(7 * 3600 + 600))
        #expect(expired.missed.map(\.announcement.id) == [2])
        #expect(expired.missed.first?.reason == "held by quiet hours until it expired")
        afterEmergency.remove(2)
        let waiting = afterEmergency.decide(now: at(7 * 3600 + 600))
        #expect(waiting.wake == at(14 * 3600))  // 06:00 Shanghai
        #expect(afterEmergency.decide(now: at(14 * 3600)).action == .play(say(1, due: 7 * 3600)))
    }

    @Test func itemWhoseExpiryPrecedesItsDueIsMissed() {
        let queue = StationQueue(pending: [say(1, due: 100, expires: 50)])
        let decision = queue.decide(now: at(50))
        #expect(decision.missed.first?.reason == "expired before its due time")
    }

    @Test func versionCountsChanges() {
        var queue = StationQueue()
        queue.add(say(1))
        queue.setPaused(true)
        queue.setPaused(true)  // no change
        queue.start(1)  // remove counts
        queue.finishPlaying(requeue: false)
        #expect(queue.version == 4)
    }

    @Test func startRefusesWhenSomethingPlaysOrItemUnknown() {
        var queue = StationQueue(pending: [say(1), say(2)])
        let unknown = queue.start(9)
        let first = queue.start(1)
        let second = queue.start(2)
        #expect(!unknown)
        #expect(first)
        #expect(!second)
        #expect(queue.pending.map(\.id) == [2])
    }

    @Test func upcomingListsWhatIsDueWithinTheLead() {
        let queue = StationQueue(pending: [say(1, due: 10), say(2, due: 31), say(3, .high, due: 29)])
        #expect(queue.upcoming(now: t0, lead: 30).map(\.id) == [3, 1])
    }
}
