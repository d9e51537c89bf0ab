import CAP
import Foundation
import Messages
import PostgresNIO

/// The hub's alert policy (table `alert_policy`, one row): the same `AlertPolicy` a station reads
/// from station.yaml, without a place (the hub matches each village's own).
public enum AlertPolicyStore {
    public static func load(on connection: PostgresConnection) async throws -> AlertPolicy {
        let rows = try await connection.query(
            "SELECT senders, drills, repeat_every, max_repeats, description_limit FROM alert_policy", logger: .hub)
        for try await (senders, drills, every, repeats, limit) in rows.decode(([String]?, Bool, Int, Int, Int).self) {
            // One reading per broadcast: a hub announcement carries no repeat count.
            return AlertPolicy(senders: senders, drills: drills, repeatEvery: TimeInterval(every), maxRepeats: repeats,
                               readings: 1, descriptionLimit: limit)
        }
        return AlertPolicy(readings: 1)
    }

    /// A change to the policy; nil leaves a setting as it is. `senders`: `.some(nil)` allows any sender.
    public struct Change: Sendable, Equatable {
        public var senders: [String]??
        public var drills: Bool?
        public var repeatEvery: TimeInterval?
        public var maxRepeats: Int?
        public var descriptionLimit: Int?

        public init(senders: [String]?? = nil, drills: Bool? = nil, repeatEvery: TimeInterval? = nil, maxRepeats: Int? = nil,
                    descriptionLimit: Int? = nil) {
            self.senders = senders
            self.drills = drills
            self.repeatEvery = repeatEvery
            self.maxRepeats = maxRepeats
            self.descriptionLimit = descriptionLimit
        }

        public var isEmpty: Bool { self == Change() }
    }

    /// A setting outside what a station also accepts (AlertPolicy's bounds), in the reader's language.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case repeatEvery, maxRepeats, descriptionLimit

        public var description: String {
            switch self {
            case .repeatEvery: HubErrorMessage.policyRepeatEvery.localized()
            case .maxRepeats: HubErrorMessage.policyMaxRepeats.localized()
            case .descriptionLimit: HubErrorMessage.policyDescriptionLimit.localized()
            }
        }
    }

    /// Applies `change` (the administrator's; the township may only read it) and returns the result.
    public static func update(_ change: Change, on connection: PostgresConnection) async throws -> AlertPolicy {
        if let every = change.repeatEvery, !AlertPolicy.repeatEveryBounds.contains(every) {
            throw Failure.repeatEvery
        }
        if let repeats = change.maxRepeats, !AlertPolicy.maxRepeatsBounds.contains(repeats) {
            throw Failure.maxRepeats
        }
        if let limit = change.descriptionLimit, !AlertPolicy.descriptionLimitBounds.contains(limit) {
            throw Failure.descriptionLimit
        }
        let setSenders = change.senders != nil
        let senders: [String]? = change.senders ?? nil
        try await connection.query(
            """
            UPDATE alert_policy SET
                senders = CASE WHEN \(setSenders) THEN \(senders)::text[] ELSE senders END,
                drills = coalesce(\(change.drills), drills),
                repeat_every = coalesce(\(change.repeatEvery.map { Int($0) }), repeat_every),
                max_repeats = coalesce(\(change.maxRepeats), max_repeats),
                description_limit = coalesce(\(change.descriptionLimit), description_limit),
                updated_by = current_user, updated_at = now()
            """, logger: .hub)
        return try await load(on: connection)
    }
}
