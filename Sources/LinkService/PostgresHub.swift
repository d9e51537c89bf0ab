import ControlWire
import Foundation
import Hub
import HubLink
import Logging
import PostgresNIO

/// The hub over one PostgreSQL connection, as the station's own role: row-level security
/// limits every statement to this village (docs/hub.md), so none of them names it.
public struct PostgresHub: HubSession {
    let connection: PostgresConnection
    /// This station's village (`current_village()`), which names its notification channel.
    public let village: Int

    public var channel: String { "dalaba_village_\(village)" }

    public init(_ connection: PostgresConnection) async throws {
        self.connection = connection
        let rows = try await connection.query("SELECT current_village()", logger: .hub)
        var village: Int?
        for try await value in rows.decode(Int?.self) { village = value }
        guard let village else { throw LinkFailure.notAStation }
        self.village = village
    }

    public func pendingAnnouncements() async throws -> [HubAnnouncement] { try await announcements(delivery: "pending") }

    public func queuedAnnouncements() async throws -> [HubAnnouncement] { try await announcements(delivery: "queued") }

    /// The village's announcements, not cancelled, whose delivery is in `state`, oldest first.
    private func announcements(delivery state: String) async throws -> [HubAnnouncement] {
        let rows = try await connection.query(
            """
            SELECT a.id, a.text, a.priority, a.at, a.expires, t.zones
            FROM deliveries d JOIN announcements a ON a.id = d.announcement_id
                JOIN announcement_targets t ON t.announcement_id = d.announcement_id AND t.village_id = d.village_id
            WHERE d.village_id = current_village() AND d.state = \(state) AND a.cancelled_at IS NULL
            ORDER BY a.id
            """, logger: .hub)
        var announcements: [HubAnnouncement] = []
        for try await (id, text, priority, at, expires, zones) in rows.decode((Int64, String, String, Date?, Date?, [String]).self) {
            announcements.append(HubAnnouncement(id: id, text: text, priority: priority, at: at, expires: expires, zones: zones))
        }
        return announcements
    }

    public func recordedStore() async throws -> String? {
        let rows = try await connection.query("SELECT store FROM heartbeats WHERE village_id = current_village()", logger: .hub)
        var store: String?
        for try await value in rows.decode(String?.self) { store = value }
        return store
    }

    public func cancelledAnnouncements() async throws -> [HubCancellation] {
        let rows = try await connection.query(
            """
            SELECT a.id, a.cancelled_by::text, a.cancel_reason
            FROM deliveries d JOIN announcements a ON a.id = d.announcement_id
            WHERE d.village_id = current_village() AND d.state IN ('pending', 'queued', 'playing') AND a.cancelled_at IS NOT NULL
            ORDER BY a.id
            """, logger: .hub)
        var list: [HubCancellation] = []
        for try await (id, by, why) in rows.decode((Int64, String?, String?).self) {
            list.append(HubCancellation(id: id, by: by, why: why))
        }
        return list
    }

    public func report(_ deliveries: [HubLink.DeliveryReport]) async throws {
        guard !deliveries.isEmpty else { return }
        try await transaction { for report in deliveries { try await update(report) } }
    }

    /// Moves a delivery forward only: pending → queued → playing → an end; an end stays (the
    /// hub's trigger would refuse, and one refused row must not hold up the rest); `cancelled`
    /// may still become playing or played (the station had it before it heard of the cancel).
    private func update(_ report: HubLink.DeliveryReport) async throws {
        let state = report.state.rawValue
        try await connection.query(
            """
            UPDATE deliveries SET state = \(state), queued_at = coalesce(queued_at, \(report.queued)),
                started_at = coalesce(\(report.started), started_at), finished_at = coalesce(\(report.finished), finished_at),
                reason = coalesce(\(report.reason), reason)
            WHERE announcement_id = \(report.announcement) AND village_id = current_village() AND (
                (state IN ('pending', 'queued', 'playing')
                    AND (CASE state WHEN 'pending' THEN 0 WHEN 'queued' THEN 1 ELSE 2 END)
                        < (CASE \(state)::text WHEN 'queued' THEN 1 WHEN 'playing' THEN 2 ELSE 3 END))
                OR (state = 'cancelled' AND \(state)::text IN ('playing', 'played')))
            """, logger: .hub)
    }

    public func lastUploadedSequence(store: String) async throws -> Int64 {
        let rows = try await connection.query("SELECT play_log_last_seq(\(store))", logger: .hub)
        var last: Int64 = 0
        for try await value in rows.decode(Int64.self) { last = value }
        return last
    }

    public func upload(_ lines: [HistoryRecord], store: String, outcomes: [HubLink.DeliveryReport]) async throws {
        try await transaction {
            for line in lines {
                guard let seq = line.seq else { continue }
                let hubID = AnnouncementKey.id(in: line.key)
                try await connection.query(
                    """
                    INSERT INTO play_log (village_id, store, seq, title, text, outcome, reason, priority, source, due_at,
                        started_at, finished_at, volume, announcement_id, zones)
                    VALUES (current_village(), \(store), \(seq), \(line.title), \(line.text), \(line.status), \(line.reason),
                        \(line.priority.rawValue), \(line.source), \(line.due), \(line.started), \(line.finished), \(line.volume),
                        (SELECT id FROM announcements WHERE id = \(hubID)), \(line.zones ?? []))
                    ON CONFLICT DO NOTHING
                    """, logger: .hub)
            }
            for report in outcomes { try await update(report) }
        }
    }

    public func beat(_ heartbeat: Heartbeat) async throws {
        try await connection.query(
            """
            INSERT INTO heartbeats (village_id, online, speaker, schedule_errors, schedule_detail, station_time, version, store)
            VALUES (current_village(), \(heartbeat.online), \(heartbeat.speaker), \(heartbeat.scheduleErrors),
                \(heartbeat.scheduleDetail), \(heartbeat.stationTime), \(heartbeat.version), \(heartbeat.store))
            ON CONFLICT (village_id) DO UPDATE SET online = excluded.online, speaker = excluded.speaker,
                schedule_errors = excluded.schedule_errors, schedule_detail = excluded.schedule_detail,
                station_time = excluded.station_time, version = excluded.version,
                store = coalesce(excluded.store, heartbeats.store)
            """, logger: .hub)
    }

    public func reportZones(_ names: [String]) async throws {
        do {
            try await connection.query("SELECT report_zones(\(names))", logger: .hub)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42883" {
            // A hub not yet migrated to 6 (no report_zones): it checks no zones; nothing to tell it.
        }
    }

    /// Replaces the village's timetable (the day's row and its programs) in one transaction.
    public func uploadTimetable(_ timetable: StationTimetable) async throws {
        do {
            try await transaction {
                try await connection.query(
                    """
                    INSERT INTO timetables (village_id, day, time_zone) VALUES (current_village(), \(timetable.date)::date, \(timetable.timeZone))
                    ON CONFLICT (village_id) DO UPDATE SET day = excluded.day, time_zone = excluded.time_zone, uploaded_at = now()
                    """, logger: .hub)
                try await connection.query("DELETE FROM timetable_programs WHERE village_id = current_village()", logger: .hub)
                for (position, program) in timetable.programs.enumerated() {
                    try await connection.query(
                        """
                        INSERT INTO timetable_programs (village_id, position, due, title, text, zones, source, priority)
                        VALUES (current_village(), \(position), \(program.due), \(program.title), \(program.text), \(program.zones),
                            \(program.source), \(program.priority))
                        """, logger: .hub)
                }
            }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42P01" {
            // A hub not yet migrated to 7 (no timetables): it shows none; nothing to tell it.
        }
    }

    public func programs() async throws -> [HubProgram] {
        let rows = try await connection.query(
            """
            SELECT p.id, p.file_name, p.yaml, p.removed_at IS NOT NULL, t.state
            FROM program_targets t JOIN programs p ON p.id = t.program_id
            WHERE t.village_id = current_village() ORDER BY p.id
            """, logger: .hub)
        var programs: [HubProgram] = []
        for try await (id, name, yaml, removed, state) in rows.decode((Int64, String, String, Bool, String).self) {
            programs.append(HubProgram(id: id, fileName: name, yaml: yaml, removed: removed, state: HubProgram.State(rawValue: state) ?? .pending))
        }
        return programs
    }

    public func report(_ programs: [ProgramReport]) async throws {
        guard !programs.isEmpty else { return }
        try await transaction {
            for report in programs {
                try await connection.query(
                    """
                    UPDATE program_targets SET state = \(report.state.rawValue), reason = \(report.reason)
                    WHERE program_id = \(report.program) AND village_id = current_village()
                    """, logger: .hub)
            }
        }
    }

    private func transaction(_ body: () async throws -> Void) async throws {
        try await connection.query("BEGIN", logger: .hub)
        do {
            try await body()
            try await connection.query("COMMIT", logger: .hub)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: .hub)
            throw error
        }
    }
}

public enum LinkFailure: Error, CustomStringConvertible {
    case notAStation
    case connectionClosed
    case credentials(String)

    public var description: String {
        switch self {
        case .notAStation:
            "this login is not a village's station on the hub (current_village() is empty): use the credentials `dalaba hub villages add` printed for this village"
        case .connectionClosed: "the hub closed the connection"
        case .credentials(let why): why
        }
    }
}
