import ArgumentParser
import DalabaControl

/// `dalaba status`: what the station is doing now. (DalabaControl runs it.)
struct StatusCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what plays now, what is next, the queue length, the speaker and any schedule errors.")

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.status) }
}
