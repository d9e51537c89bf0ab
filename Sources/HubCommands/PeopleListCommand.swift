import ArgumentParser
import Hub

struct PeopleListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the web console's people and their villages.")

    @OptionGroup var options: HubOptions

    func run() async throws {
        let people = try await options.withHub { connection in try await People.list(on: connection) }
        guard !people.isEmpty else {
            print(HubMessage.peopleNone.localized())
            return
        }
        let header = [HubMessage.columnName, .columnVillage, .columnLogin].map { $0.localized() }
        print(HubText.table(header, people.map { [$0.name, $0.villageName ?? HubMessage.township.localized(), $0.role] }))
    }
}
