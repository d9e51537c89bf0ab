import PostgresNIO

/// A person of the web console (docs/console.md): a PostgreSQL login role of their own, so that
/// PostgreSQL checks their password (SCRAM) and the hub's row-level security decides what they see.
public struct Person: Sendable, Equatable {
    /// The name they sign in with (e.g. 王芳).
    public var name: String
    /// Their login role, `dalaba_person_<name>`.
    public var role: String
    /// Their village (a clerk); nil: township staff, who see every village.
    public var villageID: Int?
    public var villageName: String?

    public var isTownship: Bool { villageID == nil }

    public static func role(forName name: String) -> String { "dalaba_person_" + name }
}

/// Adding, listing and removing people, and the console's own login: the administrator's work
/// (creating roles takes CREATEROLE, which the `postgres` superuser has).
public enum People {
    /// The console's service role (migration 2): NOINHERIT, a member of every person's role.
    public static let consoleRole = "dalaba_console"
    /// The role the console logs in as (and is always refused) when a name has no person, so that
    /// an unknown name costs one SCRAM login like a wrong password (migration 5: NOLOGIN, a random
    /// password nobody knows, no privileges).
    public static let signInDecoyRole = "dalaba_signin_decoy"

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badName(String)
        case exists(String)
        case unknown(String)
        case roleExists(String)
        case shortPassword

        public var description: String {
            switch self {
            case .badName(let name):
                "The name \"\(name)\" cannot be used: 1 to 16 characters, no commas, spaces or quotes (it is typed on the console's sign-in page)."
            case .exists(let name):
                "There is already a person named \(name): `dalaba hub people list` shows them."
            case .unknown(let name):
                "No person named \(name) on this hub: `dalaba hub people list` shows them."
            case .roleExists(let role):
                "The login role \(role) already exists on this PostgreSQL: remove the person first, or drop the role."
            case .shortPassword:
                "The password must be at least 8 characters long."
            }
        }
    }

    public static func validate(name: String) throws(Failure) {
        guard !name.isEmpty, name.count <= 16,
            !name.contains(where: { $0 == "," || $0 == "，" || $0 == "\"" || $0 == "'" || $0.isWhitespace || $0.isNewline })
        else { throw .badName(name) }
    }

    /// Adds a person with `password` (stored by PostgreSQL as a SCRAM verifier made here: the
    /// password never reaches the server): township staff when `village` is nil, else that
    /// village's clerk. The console's role becomes a member of the new role. One transaction.
    public static func add(name: String, village: String?, password: String, on connection: PostgresConnection) async throws -> Person {
        try validate(name: name)
        guard password.count >= 8 else { throw Failure.shortPassword }
        let role = Person.role(forName: name)
        return try await Transaction.run(on: connection) { connection in
            var villageRow: Village?
            if let village { villageRow = try await Villages.named([village], on: connection)[0] }
            if try await exists("SELECT 1 FROM people WHERE name = \(name)", on: connection) { throw Failure.exists(name) }
            if try await exists("SELECT 1 FROM pg_roles WHERE rolname = \(role)", on: connection) { throw Failure.roleExists(role) }
            let group = villageRow == nil ? "dalaba_township" : "dalaba_clerk"
            let verifier = SCRAMVerifier.make(password: password)
            try await connection.query(PostgresQuery(unsafeSQL:
                "CREATE ROLE \(SQL.identifier(role)) LOGIN PASSWORD \(SQL.literal(verifier)) IN ROLE dalaba_people, \(group)"), logger: .hub)
            try await connection.query(PostgresQuery(unsafeSQL: "GRANT \(SQL.identifier(role)) TO \(consoleRole)"), logger: .hub)
            try await connection.query(
                "INSERT INTO people (role, name, village_id) VALUES (\(role), \(name), \(villageRow?.id))", logger: .hub)
            return Person(name: name, role: role, villageID: villageRow?.id, villageName: villageRow?.name)
        }
    }

    public static func list(on connection: PostgresConnection) async throws -> [Person] {
        let rows = try await connection.query(
            """
            SELECT p.name, p.role::text, p.village_id, v.name FROM people p LEFT JOIN villages v ON v.id = p.village_id
            ORDER BY p.village_id NULLS FIRST, p.name
            """, logger: .hub)
        var people: [Person] = []
        for try await (name, role, village, villageName) in rows.decode((String, String, Int?, String?).self) {
            people.append(Person(name: name, role: role, villageID: village, villageName: villageName))
        }
        return people
    }

    /// The person signing in as `name` (nil: nobody of that name), without the village's name:
    /// the console asks this as itself, and may read `people` but not `villages`.
    public static func named(_ name: String, on connection: PostgresConnection) async throws -> Person? {
        let rows = try await connection.query(
            "SELECT name, role::text, village_id FROM people WHERE name = \(name)", logger: .hub)
        for try await (name, role, village) in rows.decode((String, String, Int?).self) {
            return Person(name: name, role: role, villageID: village, villageName: nil)
        }
        return nil
    }

    /// Removes a person and their login role.
    public static func remove(name: String, on connection: PostgresConnection) async throws {
        try await Transaction.run(on: connection) { connection in
            guard let person = try await named(name, on: connection) else { throw Failure.unknown(name) }

            try await connection.query("DELETE FROM people WHERE role = \(person.role)", logger: .hub)
            try await connection.query(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS \(SQL.identifier(person.role))"), logger: .hub)
        }
    }

    /// Lets the console's role log in with `password` (a new one each time: the old credentials
    /// file stops working).
    public static func setConsolePassword(_ password: String, on connection: PostgresConnection) async throws {
        let verifier = SCRAMVerifier.make(password: password)
        try await connection.query(PostgresQuery(unsafeSQL:
            "ALTER ROLE \(consoleRole) LOGIN NOINHERIT PASSWORD \(SQL.literal(verifier))"), logger: .hub)
    }

    private static func exists(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query(query, logger: .hub)
        for try await _ in rows { return true }
        return false
    }
}
