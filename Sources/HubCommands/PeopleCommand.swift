import ArgumentParser

/// `dalaba hub people add|list|remove|console`: the web console's accounts (docs/console.md).
struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Add, list or remove the web console's people (village clerks, township staff), and make the console's own login.",
        subcommands: [PeopleAddCommand.self, PeopleListCommand.self, PeopleRemoveCommand.self, PeopleConsoleCommand.self],
        defaultSubcommand: PeopleListCommand.self)
}
