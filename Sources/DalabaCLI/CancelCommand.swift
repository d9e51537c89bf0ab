import ArgumentParser
import DalabaControl
import Station

/// `dalaba cancel ID`. (DalabaControl runs it.)
struct CancelCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Remove a queued announcement by its id, or stop it if it is playing.")

    @Argument(help: "The announcement's id, as `dalaba queue` or `dalaba say` printed it.")
    var id: AnnouncementID

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.cancel(id)) }
}
