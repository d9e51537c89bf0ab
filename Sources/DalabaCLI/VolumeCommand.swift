import ArgumentParser
import DalabaControl

/// `dalaba volume`: the level in force and why, or a level for a while. (DalabaControl runs it.)
struct VolumeCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "volume",
        abstract: "Show the level in force and why, or set one for a while (emergencies keep their own level).",
        discussion: """
            Without a level: the level in force and why (the hour's range, or one set here). With \
            one (60%, or dB below full after --: dalaba volume -- -6dB): that level until --until, \
            else until the volume plan's next change (or midnight); `dalaba volume plan` ends it. \
            It is kept in memory only: a daemon restart returns to the plan.
            """)

    @Argument(help: "A level, 0% to 100% (or dB below full, e.g. -6dB), or `plan`.")
    var level: String?

    @Option(help: "When the level ends: HH:MM (its next coming) or YYYY-MM-DDTHH:MM, in the station's time zone.")
    var until: String?

    @OptionGroup var control: ControlOptions

    var arguments: VolumeArguments { VolumeArguments(level: level, until: until) }

    mutating func validate() throws {
        if let problem = arguments.problem { throw ValidationError(problem) }
    }

    var invocation: ControlInvocation { control.invocation(.volume(arguments)) }
}
