import ArgumentParser
import Messages
import DalabaControl
import Station

/// `dalaba cancel ID`. (DalabaControl runs it.)
struct CancelCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: HelpMessage.cancelAbstract.localized())

    @Argument(help: ArgumentHelp(HelpMessage.cancelID.localized()))
    var id: AnnouncementID

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.cancel(id)) }
}
