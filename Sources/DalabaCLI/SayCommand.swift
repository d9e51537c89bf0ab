import ArgumentParser
import DalabaControl
import Vocabulary

extension Priority: ExpressibleByArgument {}

/// `dalaba say TEXT`: queue an ad-hoc announcement (插播). (DalabaControl runs it.)
struct SayCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: "Queue an announcement now or at a given time, and print its id.")

    @Argument(help: "What to announce, in Chinese; read from standard input when omitted.")
    var text: String?

    @Option(help: "When to play it: HH:MM[:SS] today or YYYY-MM-DDTHH:MM[:SS] (default: now).")
    var at: String?

    @Option(name: .customLong("repeat"), help: "How many times the text is read in a row (1-10).")
    var repeatCount = 1

    @Option(help: "low, normal, high (goes ahead of waiting items) or emergency (interrupts, with the alert tone).")
    var priority: Priority = .normal

    @Option(help: "The voice profile to speak with (default: the station's standard voice).")
    var voice: String?

    @Flag(name: .customLong("no-chime"), help: "Leave out the ding-dong before the text.")
    var noChime = false

    @Option(help: "Give up if it cannot play within this long after its time, e.g. 30m, 2h (default: never).")
    var expires: String?

    @OptionGroup var control: ControlOptions

    var arguments: SayArguments {
        SayArguments(
            text: text, at: at, repeatCount: repeatCount, priority: priority, voice: voice, chime: !noChime,
            expires: expires.flatMap(Self.seconds))
    }

    mutating func validate() throws {
        if let problem = arguments.problem { throw ValidationError(problem) }
        if let expires, Self.seconds(expires) == nil {
            throw ValidationError("--expires must be a duration such as 90s, 30m, 2h or 1h30m, not \"\(expires)\"")
        }
    }

    var invocation: ControlInvocation { control.invocation(.say(arguments)) }

    /// `--expires` in the one duration grammar (30m, 2h, 1d, 2小时 …); nil unless a positive length.
    static func seconds(_ text: String) -> Double? {
        guard let seconds = try? DurationText.seconds(text), seconds > 0 else { return nil }
        return seconds
    }
}
