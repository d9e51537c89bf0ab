import ArgumentParser
import Messages

/// `dalaba hub villages add|list|remove`.
struct VillagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "villages",
        abstract: HubHelp.villagesAbstract.localized(),
        subcommands: [VillagesAddCommand.self, VillagesListCommand.self, VillagesRemoveCommand.self, VillagesLocateCommand.self],
        defaultSubcommand: VillagesListCommand.self)
}
