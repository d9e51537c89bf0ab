import ArgumentParser
import Hub

struct PeopleRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a person and their login.")

    @Argument(help: "The person's name.")
    var name: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        try await options.withHub { connection in try await People.remove(name: name, on: connection) }
        print(HubMessage.personRemoved.localized(["name": name]))
    }
}
