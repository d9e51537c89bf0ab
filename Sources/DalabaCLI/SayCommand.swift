import ArgumentParser
import Messages
import DalabaControl
import Vocabulary

extension Priority: ExpressibleByArgument {}

/// `dalaba say TEXT`: queue an ad-hoc announcement (插播). (DalabaControl runs it.)
struct SayCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: HelpMessage.sayAbstract.localized())

    @Argument(help: ArgumentHelp(HelpMessage.sayText.localized()))
    var text: String?

    @Option(help: ArgumentHelp(HelpMessage.sayAt.localized()))
    var at: String?

    @Option(name: .customLong("repeat"), help: ArgumentHelp(HelpMessage.sayRepeat.localized()))
    var repeatCount = 1

    @Option(help: ArgumentHelp(HelpMessage.sayPriority.localized()))
    var priority: Priority = .normal

    @Option(help: ArgumentHelp(HelpMessage.sayVoice.localized()))
    var voice: String?

    @Flag(name: .customLong("no-chime"), help: ArgumentHelp(HelpMessage.noChime.localized()))
    var noChime = false

    @Option(help: ArgumentHelp(HelpMessage.sayExpires.localized()))
    var expires: String?

    @Option(help: ArgumentHelp(HelpMessage.sayAudio.localized()))
    var audio: String?

    @Option(help: ArgumentHelp(HelpMessage.sayZones.localized()))
    var zones: String?

    @OptionGroup var control: ControlOptions

    var arguments: SayArguments {
        SayArguments(
            text: text, at: at, repeatCount: repeatCount, priority: priority, voice: voice, chime: !noChime,
            expires: expires.flatMap(Self.seconds), audio: audio, zones: zones)
    }

    mutating func validate() throws {
        if let problem = arguments.problem { throw ValidationError(problem) }
        if let expires, Self.seconds(expires) == nil {
            throw ValidationError(HelpMessage.badExpires.localized(["value": expires]))
        }
    }

    var invocation: ControlInvocation { control.invocation(.say(arguments)) }

    /// `--expires` in the one duration grammar (30m, 2h, 1d, 2小时 …); nil unless a positive length.
    static func seconds(_ text: String) -> Double? {
        guard let seconds = try? DurationText.seconds(text), seconds > 0 else { return nil }
        return seconds
    }
}
