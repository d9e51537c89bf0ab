import ArgumentParser
import Foundation

/// The root of the `dalaba` command: configuration only; each subcommand lives in its own file.
public struct Dalaba: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dalaba",
        abstract: "Control the village loudspeaker: say announcements, manage the queue, check schedules.",
        discussion: """
            The station daemon dalabad plays the programs in the schedule files and what staff \
            queue here. Commands that change the queue need membership of the group dalaba.

            Examples:
              dalaba status
              dalaba say "各位村民请注意，今晚七点在村委会开会。" --at 18:30
              dalaba say "紧急通知：请立即撤离河道。" --priority emergency
              dalaba schedule check
              dalaba history --date 2026-12-01
              dalaba preview --voice slow -o notice.wav "请大家勤洗手、戴口罩。"

            Exit status: 0 done, 1 refused or failed, 2 wrong usage.
            """,
        subcommands: [
            Preview.self,
            StatusCommand.self, SayCommand.self, QueueCommand.self, CancelCommand.self, SkipCommand.self,
            PauseCommand.self, ResumeCommand.self, ReloadCommand.self, HistoryCommand.self, WatchCommand.self, VolumeCommand.self,
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
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            // Bad input found while running (empty text…) is one line; bad arguments found while
            // parsing come with the usage of the command that was typed.
            let message = (error as? ValidationError).map { "Error: \($0.message)" } ?? fullMessage(for: error)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            exit(withError: ExitCode(2))
        }
    }
}
