import ArgumentParser
import DalabaControl

/// `dalaba resume`. (DalabaControl runs it.)
struct ResumeCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "End a pause: held announcements play if they are still valid.")

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.resume) }
}
