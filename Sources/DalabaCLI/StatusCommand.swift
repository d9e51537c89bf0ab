import ArgumentParser
import Messages
import DalabaControl

/// `dalaba status`: what the station is doing now. (DalabaControl runs it.)
struct StatusCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HelpMessage.statusAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.status) }
}
