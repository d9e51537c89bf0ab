import ArgumentParser
import DalabaControl

/// `dalaba pause`. (DalabaControl runs it.)
struct PauseCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Hold every announcement below emergency until `dalaba resume`; what plays now finishes.")

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.pause) }
}
