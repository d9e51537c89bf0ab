import Foundation

/// The station's records: announcement ids and everything written about them. Writes go to
/// the store; while it cannot be written (disk full, read-only) the station goes on from
/// memory — ids from `memoryIDBase` up, nothing of it kept across a restart — and `error`
/// says why. The engine's only way to the store; used on the engine's queue only.
final class StationRecords {
    let store: StationStore
    private let log: StationLog
    /// Why the store cannot be written; nil while writes succeed.
    private(set) var error: String?
    private var nextMemoryID = StationRecords.memoryIDBase
    /// Keys of `say`s queued in memory only (the store failing): a repeat must find them too.
    private var memoryKeys: [String: Announcement] = [:]
    /// Cancels made while the store could not be written: written once it can be.
    private var unrecordedCancels: [AnnouncementID: String] = [:]

    /// Ids from here up were given while the store could not be written; they live in memory only.
    static var memoryIDBase: AnnouncementID { 1 << 40 }
    static func isMemoryOnly(_ id: AnnouncementID) -> Bool { id >= memoryIDBase }

    init(store: StationStore, log: StationLog) {
        self.store = store
        self.log = log
    }

    var queueLimit: Int { store.queueLimit }

    /// What the last run left waiting (its playing item back in the queue).
    func recover(at instant: Date) throws -> [Announcement] { try store.recover(at: instant) }

    func plannedThrough() throws -> Date? { try store.plannedThrough() }

    /// The announcement queued under `key` before, with its last play-log line; nil when the
    /// key is new. A store that cannot be read throws: better a refused `say` (the link tries
    /// again) than one queued twice.
    func known(key: String) throws -> (Announcement, PlayRecord?)? {
        if let announcement = memoryKeys[key] { return (announcement, nil) }
        return try store.announcement(key: key).map { ($0.announcement, $0.last) }
    }

    /// Queues an ad-hoc announcement on disk; when the disk fails, in memory (better said
    /// without a record than not said). A full queue is a refusal (the engine's `QueueLimits`
    /// keep the waiting count within the store's limit, so memory cannot grow past it either).
    func enqueue(_ draft: AnnouncementDraft, at instant: Date) throws -> Announcement {
        do {
            let announcement = try store.enqueue(draft, at: instant)
            worked(at: instant)
            return announcement
        } catch let refusal as StoreError {
            throw refusal
        } catch {
            failed(error)
            let announcement = inMemory(draft)
            if let key = draft.key { memoryKeys[key] = announcement }
            log.warning("kept in memory only: it is lost if the daemon stops before it plays", id: announcement.id)
            return announcement
        }
    }

    /// Records the timetable's plan; returns the newly queued announcements. Without the
    /// store's (file, due) index, what `known` already holds is skipped here.
    func recordTimetable(_ plan: TimetablePlanner.Plan, missedReason: String, at instant: Date, known: [Announcement]) -> [Announcement] {
        do {
            let queued = try store.recordTimetable(
                enqueue: plan.enqueue, missed: plan.missed, missedReason: missedReason,
                plannedThrough: plan.plannedThrough, at: instant)
            worked(at: instant)
            return queued
        } catch {
            // The programs still play, from memory; only the record of them is lost.
            failed(error)
            let keys = Set(known.map(Self.occurrenceKey))
            return plan.enqueue.filter { !keys.contains(Self.occurrenceKey($0)) }.map(inMemory)
        }
    }

    func cancel(_ id: AnnouncementID, reason: String, at instant: Date) throws {
        if !Self.isMemoryOnly(id) { try store.cancel(id, reason: reason, at: instant) }
    }

    /// A clerk's cancel of a waiting announcement. An id never given is refused; while the
    /// disk fails, a wrong announcement must still be stoppable: the cancel holds in memory
    /// and is written once the store works again.
    func cancelByClerk(_ id: AnnouncementID, reason: String, waiting: Bool, at instant: Date) throws {
        if Self.isMemoryOnly(id) {
            guard waiting else { throw StoreError.notFound(id) }
            return
        }
        do {
            try store.cancel(id, reason: reason, at: instant)
            worked(at: instant)
        } catch let refusal as StoreError {
            throw refusal
        } catch {
            guard waiting else { throw error }
            failed(error)
            unrecordedCancels[id] = reason
            log.warning("cancelled in memory only (the state directory cannot be written); it is recorded once it can be, and would wait again if the daemon restarted before", id: id)
        }
    }

    func replace(_ announcement: Announcement) throws {
        if !Self.isMemoryOnly(announcement.id) { try store.replace(announcement) }
    }

    func recordMissed(_ missed: [Decision.Missed], at instant: Date) {
        do {
            try store.recordMissed(missed.filter { !Self.isMemoryOnly($0.announcement.id) }.map { ($0.announcement.id, $0.reason) }, at: instant)
            worked(at: instant)
        } catch {
            failed(error)
        }
    }

    /// The play-log row of a start, or nil (memory only, or the store failed).
    func markStarted(_ id: AnnouncementID, at instant: Date, volume: VolumeLevel? = nil) -> Int64? {
        guard !Self.isMemoryOnly(id) else { return nil }
        do {
            let row = try store.markStarted(id, at: instant, volume: volume)
            worked(at: instant)
            return row
        } catch {
            failed(error)
            return nil
        }
    }

    /// Closes a playback (a failed render never started: it gets a start line too).
    func markFinished(_ id: AnnouncementID, logID: Int64?, outcome: Outcome, reason: String?, at instant: Date) {
        guard !Self.isMemoryOnly(id) else { return }
        do {
            let row = try logID ?? store.markStarted(id, at: instant)
            try store.markFinished(id, logID: row, outcome: outcome, reason: reason, at: instant)
            worked(at: instant)
        } catch {
            failed(error)
            log.error("the play log misses this \(outcome.rawValue)", id: id)
        }
    }

    private static func occurrenceKey(_ announcement: Announcement) -> String { occurrenceKey(announcement.draft) }
    private static func occurrenceKey(_ draft: AnnouncementDraft) -> String {
        "\(draft.source.description)@\(draft.due.timeIntervalSince1970)"
    }

    private func inMemory(_ draft: AnnouncementDraft) -> Announcement {
        nextMemoryID += 1
        return Announcement(id: nextMemoryID, draft: draft)
    }

    private func failed(_ error: Error) {
        let message = "cannot write to the state directory: \(error)"
        if self.error == nil {  // once per outage: status carries the latest error
            log.error(message + " — playing from memory; what happens now is not kept across a restart")
        }
        self.error = message
    }

    private func worked(at instant: Date) {
        guard error != nil else { return }
        error = nil
        log.info("the state directory can be written again")
        for (id, reason) in unrecordedCancels.sorted(by: { $0.key < $1.key }) {
            do {
                try store.cancel(id, reason: reason, at: instant)
                unrecordedCancels[id] = nil
            } catch StoreError.notFound, StoreError.notPending {
                unrecordedCancels[id] = nil
            } catch {
                failed(error)
                return
            }
        }
    }
}
