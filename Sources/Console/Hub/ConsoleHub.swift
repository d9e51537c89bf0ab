import Foundation
import Hub
import Logging
import PostgresNIO

/// The console's way to the hub: a pool of `dalaba_console` connections, each request's queries
/// in one transaction under the signed-in person's own role (`SET LOCAL ROLE`), so that the hub's
/// row-level security decides what they see and change.
final class ConsoleHub: Sendable {
    let settings: HubSettings
    let client: PostgresClient
    let logger: Logger

    init(settings: HubSettings, poolSize: Int, logger: Logger) throws {
        self.settings = settings
        self.logger = logger
        var configuration: PostgresClient.Configuration
        if settings.usesUnixSocket {
            configuration = .init(unixSocketPath: settings.unixSocketPath, username: settings.user, password: settings.password, database: settings.database)
        } else {
            let tls: PostgresClient.Configuration.TLS = switch settings.tlsConfiguration() {
            case .some((let configuration, true)): .require(configuration)
            case .some((let configuration, false)): .prefer(configuration)
            case nil: .disable
            }
            configuration = .init(host: settings.host, port: settings.port, username: settings.user, password: settings.password,
                                  database: settings.database, tls: tls)
        }
        configuration.options.maximumConnections = poolSize
        configuration.options.minimumConnections = min(2, poolSize)
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    }

    /// `body` in a transaction as the person's role; rolled back when it throws.
    func asPerson<T: Sendable>(_ person: Person, _ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: self.logger)
            do {
                // set_config('role', …, true) is SET LOCAL ROLE with the name as a parameter.
                try await connection.query("SELECT set_config('role', \(person.role), true)", logger: self.logger)
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: self.logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    /// `body` as the console's own role (looking up who signs in, recording refused sign-ins).
    func asConsole<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in try await body(connection) }
    }

    /// Whether PostgreSQL takes `password` for `role` (a person's, or the sign-in decoy's): a
    /// connection of its own, opened and closed. False for a wrong password (or a role that may
    /// not log in).
    func checkPassword(role: String, password: String) async throws -> Bool {
        var personal = settings
        personal.user = role
        personal.password = password
        do {
            let connection = try await PostgresConnection.connect(
                configuration: personal.connectionConfiguration(), id: 0, logger: logger)
            try? await connection.close()
            return true
        } catch let error as PSQLError {
            // 28P01 invalid_password, 28000 invalid_authorization_specification (no pg_hba line, NOLOGIN).
            if let state = error.serverInfo?[.sqlState], state.hasPrefix("28") { return false }
            throw error
        }
    }
}
