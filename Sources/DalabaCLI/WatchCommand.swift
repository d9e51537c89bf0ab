import ArgumentParser
import Messages
import DalabaControl

/// `dalaba watch`: events as they happen, until interrupted. (DalabaControl runs it.)
struct WatchCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: HelpMessage.watchAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.watch) }
}
