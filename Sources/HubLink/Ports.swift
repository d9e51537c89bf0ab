import ControlWire
import Foundation

/// The hub as the link uses it: one connection's worth of queries, all limited by the hub's
/// row-level security to this station's village. PostgresHub is the real one; tests use a fake.
public protocol HubSession: Sendable {
    /// Announcements for this village whose delivery is still `pending` (the station has not
    /// taken them), not cancelled, oldest first.
    func pendingAnnouncements() async throws -> [HubAnnouncement]
    /// Announcements whose delivery here is `queued` (the station took them), not cancelled.
    func queuedAnnouncements() async throws -> [HubAnnouncement]
    /// The station store the last heartbeat named (nil: none yet).
    func recordedStore() async throws -> String?
    func report(_ deliveries: [DeliveryReport]) async throws
    /// Announcements the township cancelled whose delivery here is not over (pending, queued
    /// or playing), oldest first.
    func cancelledAnnouncements() async throws -> [HubCancellation]
    /// The last play-log sequence the hub has from the station's store `store` (its identity:
    /// a store made afresh counts again from 1): uploads go on after it.
    func lastUploadedSequence(store: String) async throws -> Int64
    /// Play-log lines of store `store` and the delivery outcomes they tell, in one transaction:
    /// the sequence advances exactly when the outcomes are recorded, so a crash between the two
    /// loses nothing.
    func upload(_ lines: [HistoryRecord], store: String, outcomes: [DeliveryReport]) async throws
    func beat(_ heartbeat: Heartbeat) async throws
    /// The station's zones, by name in its order (empty: it names none), replacing what the
    /// hub had: the hub refuses an announcement for a zone the village does not have.
    func reportZones(_ names: [String]) async throws
    /// The station's program occurrences of one day (its day, in its zone), replacing what the
    /// hub had: the township sees each village's timetable and next program.
    func uploadTimetable(_ timetable: StationTimetable) async throws
    /// Every program pushed to this village, newest last.
    func programs() async throws -> [HubProgram]
    func report(_ programs: [ProgramReport]) async throws
}

/// dalabad as the link uses it: the control socket's commands (ControlWire's client in
/// StationSocket; an in-memory fake in tests and in the scale test).
public protocol StationPort: Sendable {
    func say(_ request: Request) throws -> SayReply
    /// Cancels the announcement queued under `key` (waiting, or stopped if playing), the play
    /// log keeping `reason`.
    func cancel(key: String, reason: String) throws -> CancelAnswer
    func status() throws -> StatusReply
    func history(after: Int64) throws -> HistoryReply
    /// Today's program occurrences (`timetable`); a dalabad older than the query refuses it.
    func timetable() throws -> TimetableReply
}

/// What dalabad made of a cancel by key.
public enum CancelAnswer: Equatable, Sendable {
    /// It was waiting or playing, and is cancelled.
    case cancelled
    /// No `say` ever had this key: the station never got it.
    case unknown
    /// It had already ended (played, missed …): the play log tells how.
    case ended
}
