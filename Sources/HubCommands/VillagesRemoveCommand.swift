import ArgumentParser
import Hub

struct VillagesRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a village, everything the hub holds for it, and its station's login.")

    @Argument(help: "The village's name.")
    var name: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        try await options.withHub { connection in try await Villages.remove(name: name, on: connection) }
        print(HubMessage.villageRemoved.localized(["village": name]))
    }
}
