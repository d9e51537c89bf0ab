import ArgumentParser
import Foundation
import Hub
import Messages

/// `dalaba-hub` (`dalaba hub …`): the township's commands against the hub database (docs/hub.md).
public struct HubCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dalaba hub",
        abstract: HubHelp.rootAbstract.localized(),
        discussion: HubHelp.rootDiscussion.localized(),
        subcommands: [
            InitCommand.self, VillagesCommand.self, SayCommand.self, CancelCommand.self, StatusCommand.self, DeliveriesCommand.self,
            ProgramsCommand.self, HistoryCommand.self, AlertsCommand.self, RelaysCommand.self, PeopleCommand.self,
        ])

    public init() {}

    /// The program: parse, run (asynchronously), exit with argument-parser's message and status
    /// on failure. (A plain `await HubCommand.main()` in main.swift picks the synchronous
    /// overload.) Under a Chinese locale argument-parser's own words around ours (the headings
    /// of --help, "Error: ", "Missing expected argument …") are put in Chinese, as `dalaba` does.
    public static func start(_ arguments: [String]? = nil) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let isScript = (arguments ?? CommandLine.arguments).contains { $0.hasPrefix("--generate-completion-script") }
            guard Language.current == .chinese, !isScript else { exit(withError: error) }
            let code = exitCode(for: error)
            let message = ParserText.localized(fullMessage(for: error))
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
