import ArgumentParser
import DalabaControl

/// `dalaba skip`. (DalabaControl runs it.)
struct SkipCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Stop the announcement that is playing now; the next one follows.")

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.skip) }
}
