import Foundation
import Testing

@testable import Station

/// A store in a fresh temporary directory, removed when the test ends.
final class TemporaryStore {
    let directory: URL
    let store: StationStore

    init(queueLimit: Int = 1000) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("station-\(UUID().uuidString)")
        store = try StationStore(directory: directory, queueLimit: queueLimit)
    }

    func reopen() throws -> StationStore { try StationStore(directory: directory, queueLimit: store.queueLimit) }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

@Suite struct StationStoreTests {
    let draft = AnnouncementDraft(
        title: "插播", text: "请村民到村委会领取补贴", voice: "slow", repeatCount: 2, gap: 1.5, chime: false,
        priority: .high, source: .user("clerk"), due: t0, expires: at(3600), order: 0)

    @Test func enqueueRoundTripsEveryField() throws {
        let temp = try TemporaryStore()
        let queued = try temp.store.enqueue(draft, at: t0)
        #expect(queued.draft == draft)
        #expect(try temp.reopen().pending() == [queued])
    }

    @Test func queueLimitRefusesTheNextItem() throws {
        let temp = try TemporaryStore(queueLimit: 2)
        _ = try temp.store.enqueue(draft, at: t0)
        _ = try temp.store.enqueue(draft, at: t0)
        #expect(throws: StoreError.queueFull(limit: 2)) { try temp.store.enqueue(draft, at: t0) }
    }

    @Test func playedItemLeavesTheQueueAndIsLogged() throws {
        let temp = try TemporaryStore()
        let queued = try temp.store.enqueue(draft, at: t0)
        let log = try temp.store.markStarted(queued.id, at: at(1))
        try temp.store.markFinished(queued.id, logID: log, outcome: .played, at: at(5))
        #expect(try temp.store.pending().isEmpty)
        let history = try temp.store.history(from: t0, to: at(60))
        #expect(history.count == 1)
        #expect(history.first?.outcome == .played)
        #expect(history.first?.started == at(1))
        #expect(history.first?.finished == at(5))
        #expect(history.first?.announcement == queued)
    }

    @Test func interruptedItemGoesBackToTheQueue() throws {
        let temp = try TemporaryStore()
        let queued = try temp.store.enqueue(draft, at: t0)
        let log = try temp.store.markStarted(queued.id, at: at(1))
        try temp.store.markFinished(queued.id, logID: log, outcome: .interrupted, reason: "emergency 7", at: at(2))
        #expect(try temp.store.pending() == [queued])
        #expect(try temp.store.history(from: t0, to: at(60)).map(\.reason) == ["emergency 7"])
    }

    @Test func crashDuringPlaybackLeavesItPendingAndClosesItsLogLine() throws {
        let temp = try TemporaryStore()
        let playing = try temp.store.enqueue(draft, at: t0)
        let waiting = try temp.store.enqueue(draft, at: t0)
        _ = try temp.store.markStarted(playing.id, at: at(1))
        // No markFinished: the process died. A new process opens the same files.
        let reopened = try temp.reopen()
        #expect(try reopened.recover(at: at(9)).map(\.id) == [playing.id, waiting.id])
        let line = try #require(try reopened.history(from: t0, to: at(60)).first)
        #expect(line.outcome == .interrupted)
        #expect(line.finished == at(9))
        #expect(line.reason == "the daemon stopped during playback")
    }

    @Test func cancelOnlyWaitingItems() throws {
        let temp = try TemporaryStore()
        let queued = try temp.store.enqueue(draft, at: t0)
        try temp.store.cancel(queued.id, reason: "cancelled by clerk", at: at(1))
        #expect(try temp.store.pending().isEmpty)
        #expect(throws: StoreError.notPending(queued.id)) { try temp.store.cancel(queued.id, reason: "", at: at(2)) }
        #expect(throws: StoreError.notFound(999)) { try temp.store.cancel(999, reason: "", at: at(2)) }
        #expect(try temp.store.history(from: t0, to: at(60)).map(\.outcome) == [.cancelled])
    }

    @Test func timetableRecordsEachOccurrenceOnce() throws {
        let temp = try TemporaryStore()
        let first = try temp.store.recordTimetable(
            enqueue: [occurrence("a.yaml", due: 20), occurrence("b.yaml", due: 20)],
            missed: [occurrence("old.yaml", due: -4000)], missedReason: "the station was not running",
            plannedThrough: at(30), at: t0)
        #expect(first.map(\.title) == ["a.yaml", "b.yaml"])
        let again = try temp.reopen().recordTimetable(
            enqueue: [occurrence("a.yaml", due: 20), occurrence("a.yaml", due: 80)],
            missed: [occurrence("old.yaml", due: -4000)], missedReason: "the station was not running",
            plannedThrough: at(90), at: at(60))
        #expect(again.map(\.due) == [at(80)])
        #expect(try temp.store.plannedThrough() == at(90))
        #expect(try temp.store.pending().count == 3)
        let missed = try temp.store.history(from: t0, to: at(120)).filter { $0.outcome == .missed }
        #expect(missed.map(\.reason) == ["the station was not running"])
    }

    @Test func recordMissedKeepsEachReason() throws {
        let temp = try TemporaryStore()
        let a = try temp.store.enqueue(draft, at: t0)
        let b = try temp.store.enqueue(draft, at: t0)
        try temp.store.recordMissed([(a.id, "quiet hours"), (b.id, "paused")], at: at(1))
        #expect(try temp.store.history(from: t0, to: at(2)).map(\.reason) == ["quiet hours", "paused"])
        #expect(try temp.store.pending().isEmpty)
    }

    @Test func historyWindowIsHalfOpen() throws {
        let temp = try TemporaryStore()
        let a = try temp.store.enqueue(draft, at: t0)
        let log = try temp.store.markStarted(a.id, at: at(100))
        try temp.store.markFinished(a.id, logID: log, outcome: .played, at: at(110))
        #expect(try temp.store.history(from: at(100), to: at(101)).count == 1)
        #expect(try temp.store.history(from: t0, to: at(100)).isEmpty)
    }

    @Test func storeFilesUseWriteAheadLogging() throws {
        let temp = try TemporaryStore()
        _ = try temp.store.enqueue(draft, at: t0)
        #expect(FileManager.default.fileExists(atPath: temp.directory.appendingPathComponent("station.sqlite-wal").path))
    }
}
