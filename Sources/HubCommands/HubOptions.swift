import ArgumentParser
import Foundation
import Hub
import Messages
import PostgresNIO

/// The hub to talk to, shared by every subcommand.
struct HubOptions: ParsableArguments {
    @Option(
        name: .customLong("hub"),
        help: ArgumentHelp(
            HubHelp.optionHub.localized(),
            valueName: "url"))
    var hub: String?

    /// The settings, with the password from PGPASSWORD or the password file.
    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> HubSettings {
        let url = hub ?? environment["DALABA_HUB"].flatMap { $0.isEmpty ? nil : $0 }
        var settings = try HubSettings.resolve(url: url, environment: environment, osUser: Self.osUser())
        if settings.password == nil {
            let file = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" })
            if let file, let text = try? String(contentsOfFile: file, encoding: .utf8) {
                settings.password = PassFile.password(in: text, for: settings)
            }
        }
        return settings
    }

    /// Connects, runs `body`, closes.
    func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await settings().connect()
        do {
            let value = try await body(connection)
            try? await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw CommandFailure.from(error)
        }
    }

    /// Like `withConnection`, but first refuses a hub without the schema (or with a newer one).
    func withHub<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let settings = try settings()
        return try await withConnection { connection in
            let version = try await Migrator.currentVersion(connection)
            if version == 0 { throw HubError.notInitialized(url: settings.url) }
            if version > Migration.latestVersion { throw HubError.schemaTooNew(found: version, known: Migration.latestVersion) }
            return try await body(connection)
        }
    }

    static func osUser() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "root" }
        return String(cString: name)
    }
}

/// A failure printed as one line: PostgreSQL's own message rather than postgres-nio's
/// description (which hides it), our errors as they say themselves.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    static func from(_ error: any Error) -> any Error {
        if error is CommandFailure || error is ValidationError || error is ExitCode || error is CleanExit { return error }
        if error is PSQLError || error is PostgresTransactionError {
            let message = HubError.describe(error)
            if message.contains("permission denied") || message.contains("row-level security") {
                return CommandFailure(description: HubHelp.hubRefusedRole.localized(["message": message]))
            }
            return CommandFailure(description: HubHelp.hubRefused.localized(["message": message]))
        }
        return CommandFailure(description: "\(error)")
    }
}
