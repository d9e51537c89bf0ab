import ArgumentParser
import Hub
import Messages
import PostgresNIO

/// `dalaba hub init`: creates the hub database if it is missing, then brings its schema to this
/// build's version. Safe to run again (after an upgrade of dalaba, it applies the new migrations).
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: HubHelp.initAbstract.localized(),
        discussion: HubHelp.initDiscussion.localized())

    @OptionGroup var options: HubOptions

    func run() async throws {
        let settings = try options.settings()
        let created = try await createDatabaseIfMissing(settings)
        let outcome = try await options.withConnection { connection in try await Migrator.migrate(connection) }
        if created { print(HubMessage.initCreated.localized(["database": settings.database])) }
        if outcome.applied.isEmpty {
            print(HubMessage.initUpToDate.localized(["url": settings.url, "version": outcome.to]))
        } else {
            print(HubMessage.initMigrated.localized([
                "url": settings.url, "version": outcome.to, "from": outcome.from,
                "applied": outcome.applied.map(String.init).joined(separator: ", "),
            ]))
        }
    }

    /// Connecting to a database that does not exist fails with 3D000; then the database is
    /// made from the `postgres` maintenance database, as createdb does.
    private func createDatabaseIfMissing(_ settings: HubSettings) async throws -> Bool {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: settings.connectionConfiguration(), id: 1, logger: .hub)
            try? await connection.close()
            return false
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "3D000" {
            var maintenance = settings
            maintenance.database = "postgres"
            let connection = try await maintenance.connect()
            do {
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(SQL.identifier(settings.database))"), logger: .hub)
                try? await connection.close()
                return true
            } catch {
                try? await connection.close()
                throw CommandFailure.from(error)
            }
        } catch {
            throw HubError.cannotConnect(url: settings.url, underlying: HubError.describe(error))
        }
    }
}
