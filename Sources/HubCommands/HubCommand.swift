import ArgumentParser
import Hub

/// `dalaba-hub` (`dalaba hub …`): the township's commands against the hub database (docs/hub.md).
public struct HubCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dalaba hub",
        abstract: "The township hub: villages, announcements to them, programs, and what the stations report.",
        discussion: """
            The hub is a PostgreSQL database, named by --hub URL, else DALABA_HUB, else the standard PG* \
            environment variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGSSLROOTCERT). A \
            password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the command line.
            """,
        subcommands: [
            InitCommand.self, VillagesCommand.self, SayCommand.self, StatusCommand.self, DeliveriesCommand.self,
            ProgramsCommand.self, HistoryCommand.self, AlertsCommand.self, RelaysCommand.self, PeopleCommand.self,
        ])

    public init() {}

    /// The program: parse, run (asynchronously), exit with argument-parser's message and status
    /// on failure. (A plain `await HubCommand.main()` in main.swift picks the synchronous
    /// overload.)
    public static func start() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
