import Crypto
import Foundation
import Messages
import PostgresNIO

/// A relay allowed to post CAP messages to the hub's console (`POST /api/cap`).
public struct Relay: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var createdAt: Date
    public var revokedAt: Date?
    public var lastUsedAt: Date?
}

/// The relays' bearer tokens: `<id>.<secret>`, the secret 32 random bytes in base64url. The hub
/// keeps only the SHA-256 of the secret (a token is as strong as a key, so no slow hash is
/// needed) and compares it in constant time; the token is shown once, when it is made.
public enum Relays {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badName(String)
        case exists(String)
        case unknown(String)

        public var description: String {
            switch self {
            case .badName(let name): HubErrorMessage.relayBadName.localized(["name": name])
            case .exists(let name): HubErrorMessage.relayExists.localized(["name": name])
            case .unknown(let name): HubErrorMessage.relayUnknown.localized(["name": name])
            }
        }
    }

    static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }
    }

    /// Makes a relay and returns its token (to be shown once). A revoked relay's name can be
    /// used again: the old row is removed with its token.
    public static func add(name: String, on connection: PostgresConnection) async throws -> (relay: Relay, token: String) {
        guard isValidName(name) else { throw Failure.badName(name) }
        var generator = SystemRandomNumberGenerator()
        let secret = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let encoded = base64url(secret)
        return try await Transaction.run(on: connection) { connection in
            try await connection.query("DELETE FROM relays WHERE name = \(name) AND revoked_at IS NOT NULL", logger: .hub)
            let existing = try await connection.query("SELECT 1 FROM relays WHERE name = \(name)", logger: .hub)
            for try await _ in existing { throw Failure.exists(name) }
            let hash = ByteBuffer(bytes: Array(SHA256.hash(data: Array(encoded.utf8))))
            let rows = try await connection.query(
                "INSERT INTO relays (name, secret_hash) VALUES (\(name), \(hash)) RETURNING id, created_at", logger: .hub)
            for try await (id, created) in rows.decode((Int, Date).self) {
                return (Relay(id: id, name: name, createdAt: created), "\(id).\(encoded)")
            }
            throw Failure.unknown(name)
        }
    }

    /// The relay a bearer token belongs to, or nil (malformed, unknown, revoked, or a wrong
    /// secret — not told apart, so that a caller learns nothing). Notes the time it was used.
    public static func authenticate(token: String, on connection: PostgresConnection) async throws -> Relay? {
        let parts = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let id = Int(parts[0]), id > 0, parts[1].count == 43 else { return nil }
        let presented = Array(SHA256.hash(data: Array(parts[1].utf8)))
        let rows = try await connection.query(
            "SELECT name, secret_hash, created_at, revoked_at, last_used_at FROM relays WHERE id = \(id)", logger: .hub)
        var found: (Relay, [UInt8])?
        for try await (name, hash, created, revoked, used) in rows.decode((String, ByteBuffer, Date, Date?, Date?).self) {
            found = (Relay(id: id, name: name, createdAt: created, revokedAt: revoked, lastUsedAt: used), Array(buffer: hash))
        }
        guard let (relay, stored) = found, equalInConstantTime(presented, stored), relay.revokedAt == nil else { return nil }
        try await connection.query("UPDATE relays SET last_used_at = now() WHERE id = \(id)", logger: .hub)
        return relay
    }

    public static func revoke(name: String, on connection: PostgresConnection) async throws {
        let rows = try await connection.query(
            "UPDATE relays SET revoked_at = now() WHERE name = \(name) AND revoked_at IS NULL RETURNING 1", logger: .hub)
        for try await _ in rows { return }
        throw Failure.unknown(name)
    }

    public static func list(on connection: PostgresConnection) async throws -> [Relay] {
        let rows = try await connection.query(
            "SELECT id, name, created_at, revoked_at, last_used_at FROM relays ORDER BY name", logger: .hub)
        var relays: [Relay] = []
        for try await (id, name, created, revoked, used) in rows.decode((Int, String, Date, Date?, Date?).self) {
            relays.append(Relay(id: id, name: name, createdAt: created, revokedAt: revoked, lastUsedAt: used))
        }
        return relays
    }

    /// Whether two digests are equal, looking at every byte whatever the first difference.
    static func equalInConstantTime(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

extension HubAlerts {
    /// What the console's `POST /api/cap` gets back: refused for its token, or the outcome.
    public enum RelayReceipt: Sendable, Equatable {
        /// No such relay, revoked, or a wrong secret.
        case unauthorized
        case received(relay: String, AlertOutcome)
    }

    /// A message posted by a relay: its bearer token checked first, then received as from
    /// `relay NAME`. All the endpoint does is call this and turn the receipt into a reply.
    public static func receive(_ bytes: [UInt8], bearerToken: String, now: Date = Date(), on connection: PostgresConnection) async throws -> RelayReceipt {
        guard let relay = try await Relays.authenticate(token: bearerToken, on: connection) else { return .unauthorized }
        return .received(relay: relay.name, try await receive(bytes, via: "relay " + relay.name, now: now, on: connection))
    }
}
