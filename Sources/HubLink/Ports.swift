import ControlWire
import Foundation

/// The hub as the link uses it: one connection's worth of queries, all limited by the hub's
/// row-level security to this station's village. PostgresHub is the real one; tests use a fake.
public protocol HubSession: Sendable {
    /// Announcements for this village whose delivery is still `pending` (the station has not
    /// taken them), not cancelled, oldest first.
    func pendingAnnouncements() async throws -> [HubAnnouncement]
    func report(_ deliveries: [DeliveryReport]) async throws
    /// The last station play-log sequence the hub has: uploads go on after it.
    func lastUploadedSequence() async throws -> Int64
    /// Play-log lines and the delivery outcomes they tell, in one transaction: the sequence
    /// advances exactly when the outcomes are recorded, so a crash between the two loses nothing.
    func upload(_ lines: [HistoryRecord], outcomes: [DeliveryReport]) async throws
    func beat(_ heartbeat: Heartbeat) async throws
    /// Every program pushed to this village, newest last.
    func programs() async throws -> [HubProgram]
    func report(_ programs: [ProgramReport]) async throws
}

/// dalabad as the link uses it: the control socket's commands (ControlWire's client in
/// StationSocket; an in-memory fake in tests and in the scale test).
public protocol StationPort: Sendable {
    func say(_ request: Request) throws -> SayReply
    func status() throws -> StatusReply
    func history(after: Int64) throws -> HistoryReply
}
