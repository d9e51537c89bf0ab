import ArgumentParser
import Messages
import DalabaControl

/// `dalaba skip`. (DalabaControl runs it.)
struct SkipCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: HelpMessage.skipAbstract.localized())

    @Option(help: ArgumentHelp(HelpMessage.skipZone.localized()))
    var zone: String?

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(zone.map { .skipZone($0) } ?? .skip) }
}
