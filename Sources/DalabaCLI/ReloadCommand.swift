import ArgumentParser
import Messages
import DalabaControl

/// `dalaba reload`. (DalabaControl runs it.)
struct ReloadCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: HelpMessage.reloadAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.reload) }
}
