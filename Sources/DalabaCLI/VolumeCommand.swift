import ArgumentParser
import DalabaControl

/// `dalaba volume`: the level in force and why, or a level for a while. (DalabaControl runs it.)
struct VolumeCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "volume",
        abstract: HelpMessage.volumeAbstract.localized(),
        discussion: HelpMessage.volumeDiscussion.localized())

    @Argument(help: ArgumentHelp(HelpMessage.volumeLevel.localized()))
    var level: String?

    @Option(help: ArgumentHelp(HelpMessage.volumeUntil.localized()))
    var until: String?

    @OptionGroup var control: ControlOptions

    var arguments: VolumeArguments { VolumeArguments(level: level, until: until) }

    mutating func validate() throws {
        if let problem = arguments.problem { throw ValidationError(problem) }
    }

    var invocation: ControlInvocation { control.invocation(.volume(arguments)) }
}
