import ArgumentParser
import Messages

/// `dalaba hub people add|list|remove|console`: the web console's accounts (docs/console.md).
struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: HubPeopleHelp.peopleAbstract.localized(),
        subcommands: [PeopleAddCommand.self, PeopleListCommand.self, PeopleRemoveCommand.self, PeopleConsoleCommand.self],
        defaultSubcommand: PeopleListCommand.self)
}
