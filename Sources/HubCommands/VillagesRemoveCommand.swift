import ArgumentParser
import Hub
import Messages

struct VillagesRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: HubHelp.villagesRemoveAbstract.localized())

    @Argument(help: ArgumentHelp(HubHelp.villageToRemove.localized()))
    var name: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        try await options.withHub { connection in try await Villages.remove(name: name, on: connection) }
        print(HubMessage.villageRemoved.localized(["village": name]))
    }
}
