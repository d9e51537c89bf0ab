import ArgumentParser
import Control
import Foundation
import Vocabulary

extension Priority: ExpressibleByArgument {}

/// `dalaba say TEXT`: queue an ad-hoc announcement (插播).
struct SayCommand: ParsableCommand {
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

    mutating func validate() throws {
        guard (1...10).contains(repeatCount) else { throw ValidationError("--repeat must be from 1 to 10") }
        if let at {
            // The form only (any day counts as future here): the daemon reads it on the station's clock.
            do { _ = try StationCalendar(timeZone: .gmt).due(at, now: .distantPast) } catch {
                throw ValidationError("--at: \(error.message)")
            }
        }
        if let expires, Self.seconds(expires) == nil {
            throw ValidationError("--expires must be a duration such as 90s, 30m, 2h or 1h30m, not \"\(expires)\"")
        }
    }

    func run() throws {
        let words = (text ?? readStandardInput()).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !words.isEmpty else {
            throw ValidationError("nothing to say: give the announcement text as an argument or on standard input")
        }
        let request = Request(
            .say, text: words, at: at, repeat: repeatCount, priority: priority, voice: voice, chime: !noChime,
            expires: expires.flatMap(Self.seconds))
        let (line, reply) = try control.call(request, as: SayReply.self)
        if control.json { return control.printLine(line) }
        print(reply.id)
    }

    /// `--expires` in the one duration grammar (30m, 2h, 1d, 2小时 …); nil unless a positive length.
    static func seconds(_ text: String) -> Double? {
        guard let seconds = try? DurationText.seconds(text), seconds > 0 else { return nil }
        return seconds
    }
}
