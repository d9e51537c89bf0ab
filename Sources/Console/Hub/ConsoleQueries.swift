import Foundation
import Hub
import PostgresNIO

/// One village as the overview shows it.
struct VillageRow: Sendable {
    var id: Int
    var name: String
    var code: String
    /// Heard within `offlineAfter` and said it is up.
    var online: Bool
    var lastSeen: Date?
    var silence: Double?
    var speaker: String?
    var scheduleErrors: Int?
    var scheduleDetail: String?
    var clockOffsetMilliseconds: Int?
    var version: String?
    /// The text of the hub announcement the village is playing now, if any.
    var playing: String?
    /// The next program of its timetable of today (docs/hub.md, "Timetables"), if any.
    var nextDue: Date? = nil
    var nextTitle: String? = nil
}

/// An announcement as the console shows it.
struct AnnouncementInfo: Sendable {
    var id: Int
    var text: String
    var priority: String
    var at: Date?
    var expires: Date?
    var createdBy: String
    var createdAt: Date
    var cancelledAt: Date?
}

/// One village's part of an announcement.
struct DeliveryInfo: Sendable {
    var villageID: Int
    var village: String
    var state: String
    var queuedAt: Date?
    var startedAt: Date?
    var finishedAt: Date?
    var reason: String?
}

/// One announcement with its deliveries (as the person may see them).
struct AnnouncementRow: Sendable {
    var summary: AnnouncementInfo
    var deliveries: [DeliveryInfo]
}

/// The console's queries: each one statement, run as the person (their row-level security
/// filters the rows), never one round trip per village.
enum ConsoleQueries {
    /// Every village the person may see (only `ids` when given), with its heartbeat, what it
    /// plays now and its next program after `now` (the pages' clock, as 节目 marks it): one query.
    static func villages(ids: [Int]? = nil, offlineAfter: Double, now: Date, on connection: PostgresConnection) async throws -> [VillageRow] {
        let rows = try await connection.query(
            """
            SELECT v.id, v.name, v.code, h.online, h.last_seen, extract(epoch FROM clock_timestamp() - h.last_seen)::float8,
                   h.speaker, h.schedule_errors, h.schedule_detail, h.clock_offset_ms, h.version, p.text, n.due, n.title
            FROM villages v
            LEFT JOIN heartbeats h ON h.village_id = v.id
            LEFT JOIN LATERAL (
                SELECT a.text FROM deliveries d JOIN announcements a ON a.id = d.announcement_id
                WHERE d.village_id = v.id AND d.state = 'playing' ORDER BY d.started_at DESC NULLS LAST LIMIT 1
            ) p ON true
            LEFT JOIN LATERAL (
                SELECT t.due, t.title FROM timetable_programs t WHERE t.village_id = v.id AND t.due > \(now)
                ORDER BY t.due, t.position LIMIT 1
            ) n ON true
            WHERE \(ids)::integer[] IS NULL OR v.id = ANY(\(ids)::integer[])
            ORDER BY v.region_code, v.village_code
            """, logger: .hub)
        var list: [VillageRow] = []
        for try await (id, name, code, online, lastSeen, silence, speaker, errors, detail, offset, version, playing, nextDue, nextTitle) in rows.decode(
            (Int, String, String, Bool?, Date?, Double?, String?, Int?, String?, Int?, String?, String?, Date?, String?).self)
        {
            list.append(VillageRow(
                id: id, name: name, code: code, online: online == true && (silence ?? .infinity) <= offlineAfter, lastSeen: lastSeen,
                silence: silence, speaker: speaker, scheduleErrors: errors, scheduleDetail: detail, clockOffsetMilliseconds: offset,
                version: version, playing: playing, nextDue: nextDue, nextTitle: nextTitle))
        }
        return list
    }

    /// The villages the person may send to, with their zones: (id, name, zones).
    static func targets(on connection: PostgresConnection) async throws -> [(id: Int, name: String, zones: [String])] {
        let rows = try await connection.query(
            """
            SELECT v.id, v.name, coalesce(array_agg(z.name ORDER BY z.position, z.name) FILTER (WHERE z.name IS NOT NULL), '{}')
            FROM villages v LEFT JOIN zones z ON z.village_id = v.id
            GROUP BY v.id ORDER BY v.region_code, v.village_code
            """, logger: .hub)
        var list: [(id: Int, name: String, zones: [String])] = []
        for try await (id, name, zones) in rows.decode((Int, String, [String]).self) { list.append((id, name, zones)) }
        return list
    }

    /// The latest `limit` announcements the person may see (or the one `id`), each with the
    /// deliveries of the villages the person may see: one query.
    static func announcements(id: Int? = nil, limit: Int = 50, on connection: PostgresConnection) async throws -> [AnnouncementRow] {
        let rows = try await connection.query(
            """
            SELECT a.id, a.text, a.priority, a.at, a.expires, a.created_by::text, a.created_at, a.cancelled_at,
                   d.village_id, v.name, d.state, d.queued_at, d.started_at, d.finished_at, d.reason
            FROM (SELECT * FROM announcements WHERE \(id)::bigint IS NULL OR id = \(id) ORDER BY id DESC LIMIT \(limit)) a
            LEFT JOIN deliveries d ON d.announcement_id = a.id
            LEFT JOIN villages v ON v.id = d.village_id
            ORDER BY a.id DESC, v.region_code, v.village_code
            """, logger: .hub)
        var list: [AnnouncementRow] = []
        for try await (id, text, priority, at, expires, by, created, cancelled, villageID, village, state, queued, started, finished, reason)
            in rows.decode((Int, String, String, Date?, Date?, String, Date, Date?, Int?, String?, String?, Date?, Date?, Date?, String?).self)
        {
            if list.last?.summary.id != id {
                list.append(AnnouncementRow(
                    summary: AnnouncementInfo(
                        id: id, text: text, priority: priority, at: at, expires: expires, createdBy: by, createdAt: created,
                        cancelledAt: cancelled),
                    deliveries: []))
            }
            if let villageID, let village, let state {
                list[list.count - 1].deliveries.append(DeliveryInfo(
                    villageID: villageID, village: village, state: state, queuedAt: queued, startedAt: started, finishedAt: finished,
                    reason: reason))
            }
        }
        return list
    }

    /// A row of the audit log, written as the person (or the console) in the current transaction.
    static func audit(action: String, target: String?, detail: String? = nil, client: String?, on connection: PostgresConnection) async throws {
        try await connection.query(
            "INSERT INTO audit_log (action, target, detail, client) VALUES (\(action), \(target), \(detail), \(client))", logger: .hub)
    }
}

extension PostgresConnection {
    /// The first column of every row, decoded.
    func firstColumn<T: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> [T] {
        var values: [T] = []
        for try await value in try await self.query(query, logger: .hub).decode(T.self) { values.append(value) }
        return values
    }
}
