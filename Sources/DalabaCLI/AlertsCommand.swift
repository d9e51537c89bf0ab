import ArgumentParser
import Messages
import DalabaControl

/// `dalaba alerts`: the CAP alerts received and their state (docs/alerts.md). (DalabaControl runs it.)
struct AlertsCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: HelpMessage.alertsAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.alerts) }
}
