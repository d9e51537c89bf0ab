import Messages
import PostgresNIO

/// A village on the hub, with the login role its station connects as.
public struct Village: Sendable, Equatable {
    public var id: Int
    public var name: String
    /// The county-level division code of GB/T 2260 (6 digits).
    public var regionCode: String
    /// Township (3 digits) and village (3 digits) within the county: with `regionCode`, the
    /// 12-digit statistical division code.
    public var villageCode: String
    public var stationRole: String

    public var code: String { regionCode + villageCode }

    /// The login role of a village's station: one per village, named after its 12-digit code.
    public static func stationRole(regionCode: String, villageCode: String) -> String {
        "dalaba_station_" + regionCode + villageCode
    }
}

/// Adding, listing and removing villages: the administrator's work (creating a login role takes
/// PostgreSQL's CREATEROLE, which the `postgres` superuser has).
public enum Villages {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badName(String)
        case badCode(String, digits: Int, what: String)
        case exists(String)
        case unknown([String])
        case roleExists(String)

        public var description: String {
            switch self {
            case .badName(let name): HubErrorMessage.villageBadName.localized(["name": name])
            case .badCode(let code, _, let what):
                (what.hasPrefix("county") ? HubErrorMessage.villageBadCounty : .villageBadCode).localized(["code": code])
            case .exists(let name): HubErrorMessage.villageExists.localized(["name": name])
            case .unknown(let names):
                HubErrorMessage.villageUnknown.localized(["names": names.joined(separator: Language.current == .chinese ? "、" : ", ")])
            case .roleExists(let role): HubErrorMessage.villageRoleExists.localized(["role": role])
            }
        }
    }

    static func validate(name: String, regionCode: String, villageCode: String) throws(Failure) {
        guard !name.isEmpty, !name.contains(where: { $0 == "," || $0 == "，" || $0.isWhitespace }) else { throw .badName(name) }
        guard regionCode.count == 6, regionCode.allSatisfy(\.isASCIIDigit) else {
            throw .badCode(regionCode, digits: 6, what: "county code (GB/T 2260)")
        }
        guard villageCode.count == 6, villageCode.allSatisfy(\.isASCIIDigit) else {
            throw .badCode(villageCode, digits: 6, what: "village code (township 3 digits + village 3 digits)")
        }
    }

    /// Adds a village and creates its station's login role with `password` (stored as a SCRAM
    /// verifier: the password itself never reaches the server). One transaction: a failure
    /// leaves neither the village nor the role.
    public static func add(
        name: String, regionCode: String, villageCode: String, password: String, on connection: PostgresConnection
    ) async throws -> Village {
        try validate(name: name, regionCode: regionCode, villageCode: villageCode)
        let role = Village.stationRole(regionCode: regionCode, villageCode: villageCode)
        return try await Transaction.run(on: connection) { connection in
            if try await exists("SELECT 1 FROM villages WHERE name = \(name) OR (region_code = \(regionCode) AND village_code = \(villageCode))", on: connection) {
                throw Failure.exists(name)
            }
            if try await exists("SELECT 1 FROM pg_roles WHERE rolname = \(role)", on: connection) {
                throw Failure.roleExists(role)
            }
            // Role names and verifiers cannot be bound parameters; both are made here (digits,
            // base64), quoted all the same.
            let verifier = SCRAMVerifier.make(password: password)
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE ROLE \(SQL.identifier(role)) LOGIN PASSWORD \(SQL.literal(verifier)) IN ROLE dalaba_station"), logger: .hub)
            let rows = try await connection.query(
                """
                INSERT INTO villages (name, region_code, village_code, station_role)
                VALUES (\(name), \(regionCode), \(villageCode), \(role)) RETURNING id
                """, logger: .hub)
            var id = 0
            for try await value in rows.decode(Int.self) { id = value }
            return Village(id: id, name: name, regionCode: regionCode, villageCode: villageCode, stationRole: role)
        }
    }

    public static func list(on connection: PostgresConnection) async throws -> [Village] {
        let rows = try await connection.query(
            "SELECT id, name, region_code, village_code, station_role FROM villages ORDER BY region_code, village_code",
            logger: .hub)
        var villages: [Village] = []
        for try await (id, name, region, code, role) in rows.decode((Int, String, String, String, String).self) {
            villages.append(Village(id: id, name: name, regionCode: region, villageCode: code, stationRole: role))
        }
        return villages
    }

    /// The villages named (all of them when `names` is nil), in the order given; unknown names
    /// are refused together.
    public static func named(_ names: [String]?, on connection: PostgresConnection) async throws -> [Village] {
        let all = try await list(on: connection)
        guard let names else { return all }
        let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let unknown = names.filter { byName[$0] == nil }
        guard unknown.isEmpty else { throw Failure.unknown(unknown) }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.map { byName[$0]! }
    }

    /// Removes a village, everything the hub holds for it, and its station's login role.
    public static func remove(name: String, on connection: PostgresConnection) async throws {
        try await Transaction.run(on: connection) { connection in
            let village = try await named([name], on: connection)[0]
            try await connection.query("DELETE FROM villages WHERE id = \(village.id)", logger: .hub)
            try await connection.query(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS \(SQL.identifier(village.stationRole))"), logger: .hub)
        }
    }

    /// Sets (or with nil, clears) where a village's loudspeakers are, for CAP alerts' polygons
    /// and circles (migration 3).
    public static func locate(name: String, latitude: Double?, longitude: Double?, on connection: PostgresConnection) async throws {
        let rows = try await connection.query(
            "UPDATE villages SET latitude = \(latitude), longitude = \(longitude) WHERE name = \(name) RETURNING 1", logger: .hub)
        for try await _ in rows { return }
        throw Failure.unknown([name])
    }

    private static func exists(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query(query, logger: .hub)
        for try await _ in rows { return true }
        return false
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
