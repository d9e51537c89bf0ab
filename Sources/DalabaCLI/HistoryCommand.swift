import ArgumentParser
import Messages
import DalabaControl

/// `dalaba history`: the play log (播出记录) of one day. (DalabaControl runs it.)
struct HistoryCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: HelpMessage.historyAbstract.localized())

    @Option(help: ArgumentHelp(HelpMessage.historyDate.localized()))
    var date: String?

    @Flag(help: ArgumentHelp(HelpMessage.historyCSV.localized()))
    var csv = false

    @OptionGroup var control: ControlOptions

    var arguments: HistoryArguments { HistoryArguments(date: date, csv: csv) }

    mutating func validate() throws {
        if let problem = arguments.problem(json: control.json) { throw ValidationError(problem) }
    }

    var invocation: ControlInvocation { control.invocation(.history(arguments)) }
}
