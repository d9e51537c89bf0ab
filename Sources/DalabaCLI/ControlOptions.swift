import ArgumentParser
import Messages
import DalabaControl

/// `--socket PATH` and `--json`, shared by every command that talks to dalabad.
struct ControlOptions: ParsableArguments {
    @Option(help: ArgumentHelp(HelpMessage.optionSocket.localized()))
    var socket: String?

    @Flag(help: ArgumentHelp(HelpMessage.optionJSON.localized()))
    var json = false

    func invocation(_ action: ControlInvocation.Action) -> ControlInvocation {
        ControlInvocation(action, socket: socket, json: json)
    }

    /// Runs the command as the light `dalaba` does (DalabaControl), with its usage errors as
    /// argument-parser's.
    func run(_ invocation: ControlInvocation) throws {
        do { try ControlRunner.run(invocation) } catch let failure as UsageFailure {
            throw ValidationError(failure.message)
        }
    }
}

/// A command that talks to dalabad: what it asks, as the light `dalaba` would read it too.
protocol ControlCommand: ParsableCommand {
    var control: ControlOptions { get }
    var invocation: ControlInvocation { get }
}

extension ControlCommand {
    func run() throws { try control.run(invocation) }
}
