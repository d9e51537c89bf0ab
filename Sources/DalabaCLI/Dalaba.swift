import ArgumentParser
import Foundation
import Messages

/// The root of the `dalaba` command: configuration only; each subcommand lives in its own file.
public struct Dalaba: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dalaba",
        abstract: HelpMessage.rootAbstract.localized(),
        discussion: HelpMessage.rootDiscussion.localized(["examples": HelpMessage.examples]),
        subcommands: [
            Preview.self,
            StatusCommand.self, SayCommand.self, QueueCommand.self, CancelCommand.self, SkipCommand.self,
            PauseCommand.self, ResumeCommand.self, ReloadCommand.self, HistoryCommand.self, WatchCommand.self, VolumeCommand.self,
            AlertsCommand.self,
            PinyinCommand.self,
            NormalizeCommand.self,
            ScheduleCommand.self,
        ])

    public init() {}
}

extension Dalaba {
    /// Runs the command line and exits with our codes: 0 ok, 1 refused or failed, 2 usage
    /// (argument-parser's own default for usage errors is 64).
    public static func runAndExit(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // Bad input found while running (empty text…) is one line; bad arguments found while
                // parsing come with the usage of the command that was typed.
                let message = (error as? ValidationError).map { "Error: \($0.message)" } ?? fullMessage(for: error)
                FileHandle.standardError.write(Data((CLIText.localized(message) + "\n").utf8))
                exit(withError: ExitCode(2))
            }
            // Help and failures as exit(withError:) prints them, with argument-parser's own words
            // in the reader's language. A completion script is code: left as it is.
            let isScript = (arguments ?? CommandLine.arguments).contains { $0.hasPrefix("--generate-completion-script") }
            guard Language.current == .chinese, !isScript else { exit(withError: error) }
            let message = CLIText.localized(fullMessage(for: error))
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
