import ArgumentParser
import Messages
import DalabaControl

/// `dalaba skip`. (DalabaControl runs it.)
struct SkipCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: HelpMessage.skipAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.skip) }
}
