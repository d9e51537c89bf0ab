import Foundation
import Messages
import PostgresNIO
import Vocabulary

/// A notice the township sends: to some villages (by name) or all, to some of their zones or all.
public struct NewAnnouncement: Sendable, Equatable {
    public var text: String
    /// nil: every village on the hub.
    public var villages: [String]?
    /// Empty: every zone of each village.
    public var zones: [String]
    /// nil: at once.
    public var at: Date?
    public var priority: Priority
    /// nil: never (a station that gets it late still plays it).
    public var expires: Date?

    public init(text: String, villages: [String]?, zones: [String] = [], at: Date? = nil, priority: Priority = .normal, expires: Date? = nil) {
        self.text = text
        self.villages = villages
        self.zones = zones
        self.at = at
        self.priority = priority
        self.expires = expires
    }
}

public enum Announcements {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case emptyText
        case noVillages
        case expiresBeforeStart
        /// The hub refused targets naming zones their villages do not have (migrations 6 and
        /// 8): each such village, in the hub's order, with the names it lacks and the zones it has.
        case unknownZones([ZoneRefusal])

        public var description: String {
            switch self {
            case .emptyText: HubErrorMessage.emptyText.localized()
            case .noVillages: HubErrorMessage.noVillages.localized()
            case .expiresBeforeStart: HubErrorMessage.expiresBeforeStart.localized()
            case .unknownZones(let refusals):
                refusals.map { refusal in
                    (refusal.zones.isEmpty ? HubErrorMessage.zonesNone : HubErrorMessage.zonesUnknown).localized([
                        "village": refusal.village, "names": refusal.unknown.joined(separator: Language.current == .chinese ? "、" : ", "),
                        "zones": refusal.zones.joined(separator: Language.current == .chinese ? "、" : ", "),
                    ])
                }.joined(separator: "\n")
            }
        }

        /// The trigger's refusal (SQLSTATE DLZ01, its DETAIL JSON: an array of refusals, or one
        /// object from migration 6's row trigger) as this failure; nil for any other error.
        static func zones(in error: any Error) -> Failure? {
            guard let psql = error as? PSQLError, psql.serverInfo?[.sqlState] == "DLZ01",
                  let detail = psql.serverInfo?[.detail] else { return nil }
            let data = Data(detail.utf8)
            if let refusals = try? JSONDecoder().decode([ZoneRefusal].self, from: data) { return .unknownZones(refusals) }
            if let refusal = try? JSONDecoder().decode(ZoneRefusal.self, from: data) { return .unknownZones([refusal]) }
            return nil
        }

        /// One village a notice named zones for that it does not have.
        public struct ZoneRefusal: Decodable, Equatable, Sendable {
            public var village: String
            /// The names it does not have, as the notice gave them.
            public var unknown: [String]
            /// The zones it has, in its station's order (empty: none).
            public var zones: [String]

            public init(village: String, unknown: [String], zones: [String]) {
                self.village = village
                self.unknown = unknown
                self.zones = zones
            }
        }
    }

    /// Records the announcement and its targets in one transaction; the hub's trigger makes one
    /// pending delivery per village and tells each village's link (NOTIFY). Returns the id and
    /// the villages it went to.
    public static func say(_ new: NewAnnouncement, on connection: PostgresConnection) async throws -> (id: Int, villages: [Village]) {
        try check(new)
        return try await Transaction.run(on: connection) { connection in
            let villages = try await Villages.named(new.villages, on: connection)
            guard !villages.isEmpty else { throw Failure.noVillages }
            let id = try await insert(new, villageIDs: villages.map(\.id), on: connection)
            return (id, villages)
        }
    }

    /// Refuses an announcement that could never play (no text, expiring before its time).
    public static func check(_ new: NewAnnouncement) throws(Failure) {
        guard !new.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyText }
        if let expires = new.expires, expires <= (new.at ?? Date()) { throw .expiresBeforeStart }
    }

    /// The announcement and its targets by village id (`new.villages` is not read), in the
    /// caller's transaction: the web console runs it as the signed-in person, whose row-level
    /// security refuses a target outside their villages (42501) and so the whole transaction.
    public static func insert(_ new: NewAnnouncement, villageIDs ids: [Int], on connection: PostgresConnection) async throws -> Int {
        try check(new)
        guard !ids.isEmpty else { throw Failure.noVillages }
        let text = new.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let rows = try await connection.query(
            """
            INSERT INTO announcements (text, priority, at, expires)
            VALUES (\(text), \(new.priority.rawValue), \(new.at), \(new.expires)) RETURNING id
            """, logger: .hub)
        var id = 0
        for try await value in rows.decode(Int.self) { id = value }
        do {
            try await connection.query(
                """
                INSERT INTO announcement_targets (announcement_id, village_id, zones)
                SELECT \(id), v, \(new.zones) FROM unnest(\(ids)::integer[]) AS v
                """, logger: .hub)
        } catch {
            // A zone a village does not have, refused by the hub's trigger: said in the
            // reader's language, naming the zones the village has.
            throw Failure.zones(in: error) ?? error
        }
        return id
    }

    /// Of the villages `ids`, those whose zones the hub does not know yet (their station has not
    /// reported them since migration 6): an announcement for some of their zones is not checked
    /// here but at the station. By name, in the hub's order.
    public static func villagesWithUnknownZones(_ ids: [Int], on connection: PostgresConnection) async throws -> [String] {
        let rows = try await connection.query(
            """
            SELECT v.name FROM villages v
            WHERE v.id = ANY(\(ids)::integer[]) AND NOT EXISTS (SELECT FROM zone_reports r WHERE r.village_id = v.id)
            ORDER BY v.region_code, v.village_code
            """, logger: .hub)
        var names: [String] = []
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }

    /// What a cancel found.
    public enum Cancel: Sendable, Equatable {
        /// Cancelled now: the villages' links cancel it at their stations.
        case cancelled
        /// Cancelled before (by whom, when).
        case already(by: String?, at: Date)
        case unknown
    }

    /// Cancels an announcement with the clerk's reason (optional). The hub records who (its
    /// login) and tells the villages; each link cancels it at its station by the hub's key,
    /// queued or playing, and reports the delivery `cancelled` with who and why (or how it ended,
    /// if it had). A delivery keeps its state until its station has answered.
    public static func cancel(_ id: Int, reason: String? = nil, on connection: PostgresConnection) async throws -> Cancel {
        let why = reason.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let rows = try await connection.query(
            """
            UPDATE announcements SET cancelled_at = now(), cancel_reason = \(why)
            WHERE id = \(id) AND cancelled_at IS NULL RETURNING 1
            """, logger: .hub)
        for try await _ in rows { return .cancelled }
        let earlier = try await connection.query(
            "SELECT cancelled_by::text, cancelled_at FROM announcements WHERE id = \(id)", logger: .hub)
        for try await (by, at) in earlier.decode((String?, Date?).self) {
            if let at { return .already(by: by, at: at) }
        }
        return .unknown
    }
}
