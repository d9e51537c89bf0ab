import ArgumentParser
import DalabaControl

/// `--socket PATH` and `--json`, shared by every command that talks to dalabad.
struct ControlOptions: ParsableArguments {
    @Option(help: "The daemon's control socket (default: found by the same rule dalabad uses).")
    var socket: String?

    @Flag(help: "Print the daemon's reply as JSON instead of text.")
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
