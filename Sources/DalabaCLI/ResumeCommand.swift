import ArgumentParser
import Messages
import DalabaControl

/// `dalaba resume`. (DalabaControl runs it.)
struct ResumeCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: HelpMessage.resumeAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.resume) }
}
