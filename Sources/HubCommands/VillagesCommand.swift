import ArgumentParser

/// `dalaba hub villages add|list|remove`.
struct VillagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "villages",
        abstract: "Add, list, remove or locate the villages on the hub (each with its station's login).",
        subcommands: [VillagesAddCommand.self, VillagesListCommand.self, VillagesRemoveCommand.self, VillagesLocateCommand.self],
        defaultSubcommand: VillagesListCommand.self)
}
