// CAP alerts received at the township hub (docs/hub.md, "Alerts"): read by the station's own
// strict parser, decided by the same rules (AlertRules), and fanned out as hub announcements to
// the villages whose region code (or, where the hub knows them, coordinates) the alert covers.
// An Update cancels the announcements of what it references and is sent itself; a Cancel cancels
// them through the hub's cancel path and, in the villages that heard it, says 预警已解除.
// Every message, refused or not, is kept with its state and a one-line reason.
import CAP
import Foundation
import Messages
import PostgresNIO
import Vocabulary

/// What became of one received message.
public struct AlertOutcome: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        case fannedOut = "fanned_out", ignored, rejected, cancelled
    }

    /// The hub's record of it (`alerts.id`).
    public var id: Int
    public var state: State
    public var title: String
    /// Why it was ignored or rejected.
    public var reason: LocalizedText?
    public var priority: Priority?
    /// The villages it went to, by name, in the hub's order.
    public var villages: [String]
    /// The announcements it became (one per broadcast time; for a Cancel, the 预警已解除 notice).
    public var announcements: [Int]
    /// The earlier alerts (`alerts.id`) this Update or Cancel withdrew.
    public var withdrawn: [Int]
}

/// One received message as `dalaba hub alerts` lists it.
public struct HubAlertSummary: Sendable, Equatable {
    public var id: Int
    public var receivedAt: Date
    public var via: String
    public var identifier: String?
    public var sender: String?
    public var msgType: String?
    public var title: String
    public var priority: String?
    public var expires: Date?
    /// fanned_out, ignored, rejected, cancelled (as stored; `isExpired` says whether a fanned-out one has expired).
    public var state: String
    public var reason: LocalizedText?
    public var villages: [String]

    public func isExpired(at now: Date) -> Bool {
        state == AlertOutcome.State.fannedOut.rawValue && (expires.map { $0 <= now } ?? false)
    }
}

public enum HubAlerts {
    /// The largest message read (the parser's limit, 1 MB): a relay's endpoint reads no more.
    public static var messageLimit: Int { XMLLimits().maxBytes }

    /// Serializes intake (two relays posting the same message at once must not both fan it
    /// out). Any constant; this one spells "dalcap".
    static let lockKey: Int64 = 0x6461_6c63_6170

    /// Reads `bytes` as a CAP 1.2 message and acts on it. `via` says where it came from
    /// (`file NAME`, `stdin`, `relay NAME`), as `dalaba hub alerts` shows it; `now` is the
    /// hub's time of reception (tests give their own). One transaction: the record and the
    /// announcements are made together or not at all.
    public static func receive(_ bytes: [UInt8], via: String, now: Date = Date(), on connection: PostgresConnection) async throws -> AlertOutcome {
        let alert: CAPAlert
        do {
            alert = try CAPParser.parse(bytes)
        } catch {
            return try await refuse(error, via: via, keeping: bytes, on: connection)
        }
        return try await Transaction.run(on: connection) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: .hub)
            return try await decide(alert, bytes: bytes, via: via, now: now, on: connection)
        }
    }

    /// A message refused before it could be parsed (the file was too big, unreadable, not a
    /// file): kept with its reason all the same.
    public static func refuse(_ rejection: CAPRejection, via: String, keeping bytes: [UInt8]? = nil, on connection: PostgresConnection) async throws -> AlertOutcome {
        let title = String(via.prefix(60))
        // The bytes are kept when within the parser's limit, so that the township sees what was refused.
        let kept = bytes.flatMap { $0.count <= XMLLimits().maxBytes ? $0 : nil }
        let id = try await record(Row(via: via, title: title, state: .rejected, reason: rejection.text, message: kept), on: connection)
        return AlertOutcome(id: id, state: .rejected, title: title, reason: rejection.text, priority: nil, villages: [],
                            announcements: [], withdrawn: [])
    }

    private static func decide(_ alert: CAPAlert, bytes: [UInt8], via: String, now: Date, on connection: PostgresConnection) async throws -> AlertOutcome {
        let info = AlertReading.chosenInfo(alert)
        var row = Row(via: via, alert: alert, title: info.map(AlertReading.title) ?? alert.identifier, expires: info?.expires?.date,
                      message: bytes)
        func setAside(_ state: AlertRecord.State, withdrawn: [Int] = []) async throws -> AlertOutcome {
            row.set(state)
            let id = try await record(row, on: connection)
            return AlertOutcome(id: id, state: row.state, title: row.title, reason: state.reason, priority: nil, villages: [],
                                announcements: [], withdrawn: withdrawn)
        }
        if try await isDuplicate(alert, on: connection) { return try await setAside(.ignored(AlertMessage.duplicate())) }
        let policy = try await AlertPolicyStore.load(on: connection)
        let drill: Bool
        switch AlertRules.verdict(alert, senders: policy.senders, drills: policy.drills, receiver: .hub) {
        case .setAside(let state): return try await setAside(state)
        case .cancel(let references):
            let withdrawn = try await withdraw(references, because: AlertMessage.cancelledBy(["identifier": alert.identifier]), on: connection)
            row.set(.ignored(AlertMessage.cancels(["count": withdrawn.count])))
            let id = try await record(row, on: connection)
            // Where people heard it (a delivery playing or played), they hear that it is lifted.
            var notices: [Int] = []
            var noticed: [String] = []
            for earlier in withdrawn {
                let villages = try await villagesThatHeard(earlier.id, on: connection)
                guard !villages.isEmpty else { continue }
                let text = AlertReading.cancellationNotice(title: earlier.title)
                let notice = NewAnnouncement(text: text, villages: villages.map(\.name), at: now, priority: earlier.priority ?? .high)
                let announcement = try await Announcements.insert(notice, villageIDs: villages.map(\.id), on: connection)
                try await link(id, announcement, on: connection)
                notices.append(announcement)
                noticed += villages.map(\.name).filter { !noticed.contains($0) }
            }
            return AlertOutcome(id: id, state: .ignored, title: row.title, reason: row.reasonText, priority: nil, villages: noticed,
                                announcements: notices, withdrawn: withdrawn.map(\.id))
        case .broadcast(let isDrill): drill = isDrill
        }
        // An Update replaces what it references even when it is for other villages now.
        let withdrawn = alert.msgType == .update
            ? try await withdraw(alert.references, because: AlertMessage.replacedBy(["identifier": alert.identifier]), on: connection) : []
        let withdrawnIDs = withdrawn.map(\.id)
        guard let info else { return try await setAside(.rejected(AlertMessage.nothingToSay()), withdrawn: withdrawnIDs) }
        let villages = try await placedVillages(on: connection).filter {
            info.covers(region: $0.region, location: $0.location)
        }.map(\.village)
        guard !villages.isEmpty else {
            let areas = info.areas.map(\.areaDesc).joined(separator: "; ")
            return try await setAside(.ignored(AlertMessage.notForAnyVillage(["areas": String(areas.prefix(120))])), withdrawn: withdrawnIDs)
        }
        let announcement: AlertAnnouncement
        switch AlertRules.announcement(info, title: row.title, now: now, policy: policy, drill: drill) {
        case .success(let made): announcement = made
        case .failure(let notSent): return try await setAside(notSent.state, withdrawn: withdrawnIDs)
        }
        row.state = .fannedOut
        row.priority = announcement.priority
        let id = try await record(row, on: connection)
        var ids: [Int] = []
        for time in announcement.times {
            // Each at its time: the first is the time of receipt (or `effective`, if later), which
            // a station that gets it later plays at once, as any announcement whose time has passed.
            let new = NewAnnouncement(text: announcement.text, villages: villages.map(\.name), at: time,
                                      priority: announcement.priority, expires: announcement.expires)
            let announcementID = try await Announcements.insert(new, villageIDs: villages.map(\.id), on: connection)
            try await link(id, announcementID, on: connection)
            ids.append(announcementID)
        }
        return AlertOutcome(id: id, state: .fannedOut, title: row.title, reason: nil, priority: announcement.priority,
                            villages: villages.map(\.name), announcements: ids, withdrawn: withdrawnIDs)
    }

    /// The same message received before (sender and identifier equal, sent equal as written or
    /// as an instant: a relay may rewrite the offset), as the station's AlertBook decides.
    private static func isDuplicate(_ alert: CAPAlert, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query(
            """
            SELECT 1 FROM alerts WHERE sender = \(alert.sender) AND identifier = \(alert.identifier)
              AND (sent = \(alert.sent.text) OR sent_at = \(alert.sent.date)) LIMIT 1
            """, logger: .hub)
        for try await _ in rows { return true }
        return false
    }

    private struct Withdrawn {
        var id: Int
        var title: String
        var priority: Priority?
    }

    /// Cancels the announcements of the referenced alerts still fanned out (the hub's cancel
    /// path, so that a delivery already queued at a station is withdrawn as any cancelled
    /// announcement is) and marks them cancelled with `reason`.
    private static func withdraw(_ references: [CAPReference], because reason: LocalizedText, on connection: PostgresConnection) async throws -> [Withdrawn] {
        var withdrawn: [Withdrawn] = []
        for reference in references {
            let sentAt = try? CAPTime(parsing: reference.sent).date
            let rows = try await connection.query(
                """
                UPDATE alerts SET state = 'cancelled', reason = \(reason.english), reason_zh = \(reason.chinese)
                WHERE state = 'fanned_out' AND sender = \(reference.sender) AND identifier = \(reference.identifier)
                  AND (sent = \(reference.sent) OR sent_at = \(sentAt))
                RETURNING id, title, priority
                """, logger: .hub)
            for try await (id, title, priority) in rows.decode((Int, String, String?).self) {
                withdrawn.append(Withdrawn(id: id, title: title, priority: priority.flatMap(Priority.init(rawValue:))))
            }
        }
        // The reason the stations and the township see with the cancelled deliveries.
        let why = reason.chinese
        for alert in withdrawn {
            let announcements = try await connection.query(
                "SELECT announcement_id FROM alert_announcements WHERE alert_id = \(alert.id) ORDER BY announcement_id", logger: .hub)
            var ids: [Int] = []
            for try await id in announcements.decode(Int.self) { ids.append(id) }
            for id in ids { _ = try await Announcements.cancel(id, reason: why, on: connection) }
        }
        return withdrawn
    }

    /// The villages where a broadcast of the alert is playing or has played.
    private static func villagesThatHeard(_ alertID: Int, on connection: PostgresConnection) async throws -> [Village] {
        let rows = try await connection.query(
            """
            SELECT DISTINCT v.id, v.name, v.region_code, v.village_code, v.station_role
            FROM alert_announcements a JOIN deliveries d ON d.announcement_id = a.announcement_id
            JOIN villages v ON v.id = d.village_id
            WHERE a.alert_id = \(alertID) AND d.state IN ('playing', 'played')
            ORDER BY v.region_code, v.village_code
            """, logger: .hub)
        var villages: [Village] = []
        for try await (id, name, region, code, role) in rows.decode((Int, String, String, String, String).self) {
            villages.append(Village(id: id, name: name, regionCode: region, villageCode: code, stationRole: role))
        }
        return villages
    }

    /// Every village with its 12-digit region code and, if set, its coordinates.
    private static func placedVillages(on connection: PostgresConnection) async throws -> [(village: Village, region: RegionCode?, location: Coordinate?)] {
        let rows = try await connection.query(
            """
            SELECT id, name, region_code, village_code, station_role, latitude, longitude
            FROM villages ORDER BY region_code, village_code
            """, logger: .hub)
        var list: [(village: Village, region: RegionCode?, location: Coordinate?)] = []
        for try await (id, name, region, code, role, latitude, longitude) in rows.decode(
            (Int, String, String, String, String, Double?, Double?).self)
        {
            let village = Village(id: id, name: name, regionCode: region, villageCode: code, stationRole: role)
            let location = latitude.flatMap { latitude in longitude.map { Coordinate(latitude: latitude, longitude: $0) } }
            list.append((village, RegionCode(village.code), location))
        }
        return list
    }

    private static func link(_ alertID: Int, _ announcementID: Int, on connection: PostgresConnection) async throws {
        try await connection.query(
            "INSERT INTO alert_announcements (alert_id, announcement_id) VALUES (\(alertID), \(announcementID))", logger: .hub)
    }

    /// An `alerts` row before it is written.
    private struct Row {
        var via: String
        var identifier: String?
        var sender: String?
        var sent: String?
        var sentAt: Date?
        var msgType: String?
        var status: String?
        var title: String
        var priority: Priority?
        var expires: Date?
        var state: AlertOutcome.State
        var reasonText: LocalizedText?
        var message: [UInt8]?

        init(via: String, title: String, state: AlertOutcome.State, reason: LocalizedText?, message: [UInt8]?) {
            self.via = via
            self.title = title
            self.state = state
            self.reasonText = reason
            self.message = message
        }

        init(via: String, alert: CAPAlert, title: String, expires: Date?, message: [UInt8]) {
            self.init(via: via, title: title, state: .ignored, reason: nil, message: message)
            identifier = alert.identifier
            sender = alert.sender
            sent = alert.sent.text
            sentAt = alert.sent.date
            msgType = alert.msgType.rawValue
            status = alert.status.rawValue
            self.expires = expires
        }

        /// The station's record states as the hub keeps them (a station's waiting/spoken is the
        /// hub's fanned out).
        mutating func set(_ recordState: AlertRecord.State) {
            reasonText = recordState.reason
            switch recordState {
            case .waiting, .spoken: state = .fannedOut
            case .cancelled: state = .cancelled
            case .ignored: state = .ignored
            case .rejected: state = .rejected
            }
        }
    }

    private static func record(_ row: Row, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query(
            """
            INSERT INTO alerts (via, identifier, sender, sent, sent_at, msg_type, status, title, priority, expires, state,
                                reason, reason_zh, message)
            VALUES (\(row.via), \(row.identifier), \(row.sender), \(row.sent), \(row.sentAt), \(row.msgType), \(row.status),
                    \(row.title), \(row.priority?.rawValue), \(row.expires), \(row.state.rawValue), \(row.reasonText?.english),
                    \(row.reasonText?.chinese), \(row.message.map { ByteBuffer(bytes: $0) }))
            RETURNING id
            """, logger: .hub)
        var id = 0
        for try await value in rows.decode(Int.self) { id = value }
        return id
    }

    /// The received messages, newest first, with the villages each went to.
    public static func list(limit: Int = 100, on connection: PostgresConnection) async throws -> [HubAlertSummary] {
        let rows = try await connection.query(
            """
            SELECT a.id, a.received_at, a.via, a.identifier, a.sender, a.msg_type, a.title, a.priority, a.expires, a.state,
                   a.reason, a.reason_zh,
                   coalesce((SELECT array_agg(v.name ORDER BY v.region_code, v.village_code) FROM villages v
                             WHERE v.id IN (SELECT t.village_id FROM alert_announcements l
                                            JOIN announcement_targets t ON t.announcement_id = l.announcement_id
                                            WHERE l.alert_id = a.id)), '{}')
            FROM alerts a ORDER BY a.id DESC LIMIT \(limit)
            """, logger: .hub)
        var list: [HubAlertSummary] = []
        for try await (id, received, via, identifier, sender, type, title, priority, expires, state, reason, reasonZh, villages) in rows.decode(
            (Int, Date, String, String?, String?, String?, String, String?, Date?, String, String?, String?, [String]).self)
        {
            list.append(HubAlertSummary(
                id: id, receivedAt: received, via: via, identifier: identifier, sender: sender, msgType: type, title: title,
                priority: priority, expires: expires, state: state,
                reason: reason.map { LocalizedText(english: $0, chinese: reasonZh ?? $0) }, villages: villages))
        }
        return list
    }
}
