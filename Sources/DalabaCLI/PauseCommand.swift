import ArgumentParser
import Messages
import DalabaControl

/// `dalaba pause`. (DalabaControl runs it.)
struct PauseCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: HelpMessage.pauseAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.pause) }
}
