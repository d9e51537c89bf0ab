import Foundation
import Testing
import Vocabulary

@testable import Station

/// Issue 12 item 2: a full queue never refuses an emergency, and one user cannot fill it.
@Suite(.serialized) struct QueueLimitEngineTests {
    let later = Date().addingTimeInterval(86_400)

    func makeEngine(_ temp: TemporaryStore) throws -> (StationEngine<FakeSpeaker>, EventLog) {
        let engine = StationEngine(
            store: temp.store, programs: FixedPrograms([]), output: FakeSpeaker(seconds: 0.01),
            log: StationLog(journald: true, write: { _ in }))
        let events = EventLog()
        _ = engine.observe { events.append($0) }
        try engine.start()
        return (engine, events)
    }

    func draft(_ title: String, _ priority: Priority = .normal, by user: String = "clerk", due: Date) -> AnnouncementDraft {
        AnnouncementDraft(title: title, text: title, priority: priority, source: .user(user), due: due)
    }

    @Test func anEmergencyGetsIntoAFullQueueAndPushesOutTheLowItemDueLast() throws {
        let temp = try TemporaryStore(queueLimit: 4)
        let (engine, events) = try makeEngine(temp)
        let near = try engine.say(draft("low-near", .low, due: later))
        let far = try engine.say(draft("low-far", .low, due: later.addingTimeInterval(60)))
        _ = try engine.say(draft("n1", due: later))
        _ = try engine.say(draft("n2", due: later))
        #expect(throws: StoreError.self) { try engine.say(draft("n3", due: later)) }

        let fire = try engine.say(draft("fire", .emergency, due: later))
        let waiting = engine.upcoming(through: Date()).waiting.map(\.id)
        #expect(waiting.contains(fire.id) && waiting.contains(near.id) && !waiting.contains(far.id))
        #expect(engine.status().queueLength == 4)
        let record = try #require(try engine.history(from: .distantPast, to: .distantFuture).first { $0.announcement.id == far.id })
        #expect(record.outcome == .cancelled)
        #expect(record.reason?.contains("pushed out of the full queue") == true && record.reason?.contains("emergency \(fire.id)") == true)
        #expect(events.all.contains { $0.kind == .cancelled && $0.id == far.id })

        // No low item left to push out: the emergency is still accepted.
        _ = try engine.say(draft("fire2", .emergency, due: later))
        _ = try engine.say(draft("fire3", .emergency, due: later))
        #expect(engine.status().queueLength == 5)
    }

    @Test func oneUserCannotFillTheQueueButOthersAndEmergenciesGetIn() throws {
        let temp = try TemporaryStore()
        let (engine, _) = try makeEngine(temp)
        let cap = QueueLimits().perUser
        for index in 0..<cap { _ = try engine.say(draft("c\(index)", due: later)) }
        #expect(throws: StoreError.limitReached("clerk already has \(cap) announcements waiting, the most for one user; cancel some or wait for them to play")) {
            try engine.say(draft("one too many", due: later))
        }
        _ = try engine.say(draft("other's", by: "other", due: later))
        _ = try engine.say(draft("admin's", by: "root", due: later))
        _ = try engine.say(draft("clerk's emergency", .emergency, due: later))
        #expect(engine.status().queueLength == cap + 3)
    }
}

@Suite struct QueueLimitsTests {
    let due = Date(timeIntervalSince1970: 1_800_000_000)

    func waiting(_ priority: Priority, _ count: Int, by user: String = "clerk", from id: AnnouncementID = 1) -> [Announcement] {
        (0..<count).map {
            Announcement(id: id + AnnouncementID($0), draft: AnnouncementDraft(
                title: "t", text: "t", priority: priority, source: .user(user), due: due.addingTimeInterval(Double($0))))
        }
    }

    func draft(_ priority: Priority, by user: String = "clerk") -> AnnouncementDraft {
        AnnouncementDraft(title: "t", text: "t", priority: priority, source: .user(user), due: due)
    }

    @Test func eachPriorityHasItsLimit() {
        let limits = QueueLimits(total: 100, perPriority: [.low: 3, .normal: 50, .high: 2], perUser: 1000)
        #expect(limits.admit(draft(.low), waiting: waiting(.low, 2)) == .accept)
        #expect(limits.admit(draft(.low), waiting: waiting(.low, 3))
            == .refuse("3 low announcements are already waiting, the most for that priority; cancel some or wait for them to play"))
        #expect(limits.admit(draft(.normal), waiting: waiting(.low, 3)) == .accept)
        #expect(limits.admit(draft(.high), waiting: waiting(.high, 2)) != .accept)
        #expect(limits.admit(draft(.emergency), waiting: waiting(.emergency, 500)) == .accept)
    }

    @Test func aFullQueueTakesAnEmergencyInPlaceOfTheLowItemDueLast() {
        let limits = QueueLimits(total: 5)
        let queue = waiting(.normal, 2) + waiting(.low, 3, from: 10)
        guard case .refuse = limits.admit(draft(.high), waiting: queue) else { Issue.record("a full queue refuses"); return }
        #expect(limits.admit(draft(.emergency), waiting: queue) == .acceptPushingOut(queue[4]))
        #expect(limits.admit(draft(.emergency), waiting: waiting(.normal, 5)) == .accept)
    }

    @Test func theAdminHasNoPerUserLimit() {
        let limits = QueueLimits(perUser: 2)
        #expect(limits.admit(draft(.normal), waiting: waiting(.normal, 2)) != .accept)
        #expect(limits.admit(draft(.normal, by: "other"), waiting: waiting(.normal, 2)) == .accept)
        #expect(limits.admit(draft(.normal, by: "root"), waiting: waiting(.normal, 2, by: "root")) == .accept)
    }
}
