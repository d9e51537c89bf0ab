import ArgumentParser
import DalabaControl

/// `dalaba reload`. (DalabaControl runs it.)
struct ReloadCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Re-read schedules, station settings, voices and the local lexicon (as SIGHUP does).")

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.reload) }
}
