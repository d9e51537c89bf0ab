import ArgumentParser
import DalabaControl

/// `dalaba watch`: events as they happen, until interrupted. (DalabaControl runs it.)
struct WatchCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print station events as they happen (started, finished, interrupted, reloaded, speaker offline…).")

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.watch) }
}
