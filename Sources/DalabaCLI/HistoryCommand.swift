import ArgumentParser
import DalabaControl

/// `dalaba history`: the play log (播出记录) of one day. (DalabaControl runs it.)
struct HistoryCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the play log of a day: what played, was interrupted, skipped, cancelled, missed or failed.")

    @Option(help: "The day, YYYY-MM-DD in the station's time zone (default: today).")
    var date: String?

    @Flag(help: "Print CSV with a header line instead of text.")
    var csv = false

    @OptionGroup var control: ControlOptions

    var arguments: HistoryArguments { HistoryArguments(date: date, csv: csv) }

    mutating func validate() throws {
        if let problem = arguments.problem(json: control.json) { throw ValidationError(problem) }
    }

    var invocation: ControlInvocation { control.invocation(.history(arguments)) }
}
