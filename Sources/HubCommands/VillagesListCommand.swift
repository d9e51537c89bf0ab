import ArgumentParser
import Hub
import Messages

struct VillagesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HubHelp.villagesListAbstract.localized())

    @OptionGroup var options: HubOptions

    func run() async throws {
        let villages = try await options.withHub { connection in try await Villages.list(on: connection) }
        guard !villages.isEmpty else {
            print(HubMessage.villagesNone.localized())
            return
        }
        let header = [HubMessage.columnVillage, .columnCode, .columnLogin].map { $0.localized() }
        print(HubText.table(header, villages.map { [$0.name, $0.code, $0.stationRole] }))
    }
}
