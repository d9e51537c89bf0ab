import Foundation
import PostgresNIO

/// One village as `dalaba hub status` shows it.
public struct VillageStatus: Sendable, Equatable {
    public var name: String
    public var code: String
    /// Its link's heartbeat came within the allowed silence and said the station is up.
    public var online: Bool
    /// nil: never heard from.
    public var lastSeen: Date?
    /// Seconds since `lastSeen` by the hub's clock.
    public var silence: Double?
    public var speaker: String?
    public var scheduleErrors: Int?
    public var clockOffsetMilliseconds: Int?
    public var version: String?
    /// The next program of its timetable of today (migration 7), after the hub's clock; nil
    /// when none is left today or no timetable was uploaded.
    public var nextProgram: (due: Date, title: String)? {
        get { nextDue.flatMap { due in nextTitle.map { (due, $0) } } }
        set { nextDue = newValue?.due; nextTitle = newValue?.title }
    }
    var nextDue: Date?
    var nextTitle: String?
}

/// One village's part of an announcement, as `dalaba hub deliveries ID` shows it.
public struct DeliveryReport: Sendable, Equatable {
    public var village: String
    public var state: String
    public var queuedAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var reason: String?
}

public struct AnnouncementSummary: Sendable, Equatable {
    public var id: Int
    public var text: String
    public var priority: String
    public var at: Date?
    public var expires: Date?
    public var createdBy: String
    public var createdAt: Date
    public var cancelledAt: Date?
    /// The hub login that cancelled it, and the reason it gave.
    public var cancelledBy: String? = nil
    public var cancelReason: String? = nil
}

/// One line of a station's play log, as `dalaba hub history` shows it.
public struct PlayRecord: Sendable, Equatable {
    public var village: String
    public var seq: Int
    public var dueAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
    public var outcome: String
    public var source: String?
    public var title: String?
    public var text: String?
    public var announcementID: Int?
    public var reason: String?
}

public enum Reports {
    /// Every village, heard from or not. `offlineAfter`: the silence (seconds) after which a
    /// village counts as offline whatever its last heartbeat said.
    public static func status(offlineAfter: Double, on connection: PostgresConnection) async throws -> [VillageStatus] {
        let rows = try await connection.query(
            """
            SELECT v.name, v.code, h.online, h.last_seen, extract(epoch FROM clock_timestamp() - h.last_seen)::float8,
                   h.speaker, h.schedule_errors, h.clock_offset_ms, h.version, n.due, n.title
            FROM villages v LEFT JOIN heartbeats h ON h.village_id = v.id
                LEFT JOIN LATERAL (SELECT p.due, p.title FROM timetable_programs p
                                   WHERE p.village_id = v.id AND p.due > now() ORDER BY p.due, p.position LIMIT 1) n ON true
            ORDER BY v.region_code, v.village_code
            """, logger: .hub)
        var villages: [VillageStatus] = []
        for try await (name, code, online, lastSeen, silence, speaker, errors, offset, version, nextDue, nextTitle) in rows.decode(
            (String, String, Bool?, Date?, Double?, String?, Int?, Int?, String?, Date?, String?).self)
        {
            let heard = online == true && (silence ?? .infinity) <= offlineAfter
            villages.append(VillageStatus(
                name: name, code: code, online: heard, lastSeen: lastSeen, silence: silence, speaker: speaker,
                scheduleErrors: errors, clockOffsetMilliseconds: offset, version: version, nextDue: nextDue, nextTitle: nextTitle))
        }
        return villages
    }

    public static func announcement(_ id: Int, on connection: PostgresConnection) async throws -> AnnouncementSummary? {
        let rows = try await connection.query(
            """
            SELECT id, text, priority, at, expires, created_by::text, created_at, cancelled_at, cancelled_by::text, cancel_reason
            FROM announcements WHERE id = \(id)
            """,
            logger: .hub)
        for try await (id, text, priority, at, expires, by, created, cancelled, cancelledBy, why) in rows.decode(
            (Int, String, String, Date?, Date?, String, Date, Date?, String?, String?).self)
        {
            return AnnouncementSummary(
                id: id, text: text, priority: priority, at: at, expires: expires, createdBy: by, createdAt: created, cancelledAt: cancelled,
                cancelledBy: cancelledBy, cancelReason: why)
        }
        return nil
    }

    /// The announcements, newest first (`limit` of them).
    public static func announcements(limit: Int, on connection: PostgresConnection) async throws -> [AnnouncementSummary] {
        let rows = try await connection.query(
            """
            SELECT id, text, priority, at, expires, created_by::text, created_at, cancelled_at
            FROM announcements ORDER BY id DESC LIMIT \(limit)
            """, logger: .hub)
        var list: [AnnouncementSummary] = []
        for try await (id, text, priority, at, expires, by, created, cancelled) in rows.decode(
            (Int, String, String, Date?, Date?, String, Date, Date?).self)
        {
            list.append(AnnouncementSummary(
                id: id, text: text, priority: priority, at: at, expires: expires, createdBy: by, createdAt: created, cancelledAt: cancelled))
        }
        return list
    }

    public static func deliveries(of id: Int, on connection: PostgresConnection) async throws -> [DeliveryReport] {
        let rows = try await connection.query(
            """
            SELECT v.name, d.state, d.queued_at, d.started_at, d.finished_at, d.reason
            FROM deliveries d JOIN villages v ON v.id = d.village_id
            WHERE d.announcement_id = \(id)
            ORDER BY v.region_code, v.village_code
            """, logger: .hub)
        var list: [DeliveryReport] = []
        for try await (village, state, queued, started, finished, reason) in rows.decode(
            (String, String, Date?, Date?, Date?, String?).self)
        {
            list.append(DeliveryReport(village: village, state: state, queuedAt: queued, startedAt: started, finishedAt: finished, reason: reason))
        }
        return list
    }

    /// The play log, oldest first, of one village or all, due within `interval` when given.
    public static func history(village: String?, interval: DateInterval?, on connection: PostgresConnection) async throws -> [PlayRecord] {
        if let village { _ = try await Villages.named([village], on: connection) }
        let rows = try await connection.query(
            """
            SELECT v.name, p.seq, p.due_at, p.started_at, p.finished_at, p.outcome, p.source, p.title, p.text, p.announcement_id, p.reason
            FROM play_log p JOIN villages v ON v.id = p.village_id
            WHERE (\(village)::text IS NULL OR v.name = \(village))
              AND (\(interval?.start)::timestamptz IS NULL OR p.due_at >= \(interval?.start))
              AND (\(interval?.end)::timestamptz IS NULL OR p.due_at < \(interval?.end))
            ORDER BY p.due_at, v.name, p.seq
            """, logger: .hub)
        var list: [PlayRecord] = []
        for try await (name, seq, due, started, finished, outcome, source, title, text, announcement, reason) in rows.decode(
            (String, Int, Date, Date?, Date?, String, String?, String?, String?, Int?, String?).self)
        {
            list.append(PlayRecord(
                village: name, seq: seq, dueAt: due, startedAt: started, finishedAt: finished, outcome: outcome, source: source,
                title: title, text: text, announcementID: announcement, reason: reason))
        }
        return list
    }
}
